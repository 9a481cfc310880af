"""Paths and settings: the one place that knows where the studio keeps things.

Data, log and cache folders come from platformdirs and can be overridden, in this order of precedence, by
``--data-dir`` on the command line, then the ``STUDIO_DATA_DIR`` environment variable. Tests always set a
temporary folder, so they never touch a user's real data.

This module imports nothing heavy: it runs before the first paint.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "InterviewStudio"
APP_AUTHOR = "InterviewStudio"
ENV_DATA_DIR = "STUDIO_DATA_DIR"
DB_FILENAME = "studio.sqlite3"


class Paths:
    """Every folder and file the studio writes to, derived from one data folder.

    A plain immutable class rather than a dataclass: ``dataclasses`` costs ~3 ms of import before the first paint.
    """

    __slots__ = ("cache_dir", "data_dir", "log_dir")
    data_dir: Path
    log_dir: Path
    cache_dir: Path

    def __init__(self, data_dir: Path, log_dir: Path, cache_dir: Path) -> None:
        object.__setattr__(self, "data_dir", data_dir)
        object.__setattr__(self, "log_dir", log_dir)
        object.__setattr__(self, "cache_dir", cache_dir)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Paths is immutable (tried to set {name})")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Paths) and (self.data_dir, self.log_dir, self.cache_dir) == (
            other.data_dir,
            other.log_dir,
            other.cache_dir,
        )

    def __hash__(self) -> int:
        return hash((self.data_dir, self.log_dir, self.cache_dir))

    def __repr__(self) -> str:
        return f"Paths(data_dir={self.data_dir!r}, log_dir={self.log_dir!r}, cache_dir={self.cache_dir!r})"

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def takes_dir(self) -> Path:
        return self.data_dir / "takes"

    @property
    def trash_dir(self) -> Path:
        return self.data_dir / "trash"

    @property
    def quarantine_dir(self) -> Path:
        """Where unreadable database files are moved aside (never deleted)."""
        return self.data_dir / "damaged"

    @property
    def user_content_dir(self) -> Path:
        return self.data_dir / "content"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "studio.log"

    def ensure(self) -> Paths:
        """Create the folders if missing and return self."""
        for folder in (self.data_dir, self.log_dir, self.cache_dir, self.takes_dir, self.backups_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """Return the studio's paths.

    Args:
        data_dir: an explicit data folder (from ``--data-dir``); wins over ``STUDIO_DATA_DIR``.

    When a data folder is given either way, logs and cache live inside it too, so one folder holds
    everything of that profile; otherwise the platform's own user folders are used.
    """
    chosen = data_dir if data_dir is not None else os.environ.get(ENV_DATA_DIR) or None
    if chosen is not None:
        root = Path(chosen).expanduser().resolve()
        return Paths(data_dir=root, log_dir=root / "logs", cache_dir=root / "cache")
    import platformdirs

    moved = read_location_pointer()
    if moved is not None:
        return Paths(data_dir=moved, log_dir=moved / "logs", cache_dir=moved / "cache")

    return Paths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
        cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)),
    )


def location_pointer_file() -> Path:
    """The small file that remembers a data folder the user moved (Settings → Data folder)."""
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)) / "data-location.txt"


def read_location_pointer() -> Path | None:
    try:
        text = location_pointer_file().read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return Path(text) if text and Path(text).is_dir() else None


def write_location_pointer(folder: Path) -> None:
    from studio.fsutil import atomic_write

    atomic_write(location_pointer_file(), str(folder))


def move_data(source: Path, target: Path) -> int:
    """Copy the whole data folder to ``target`` and verify every file; the source is left untouched.

    The caller closes the store first and points the studio at ``target`` (``write_location_pointer``) only
    after this returns. Returns the number of files copied.

    Raises:
        OSError: the target is not empty, is inside the source, or a copy did not verify (named in the message).
    """
    import shutil

    source, target = source.resolve(), target.resolve()
    if target == source or source in target.parents:
        raise OSError(f"{target} is inside the current data folder {source}")
    if target.exists() and any(target.iterdir()):
        raise OSError(f"{target} is not empty; choose an empty folder")
    target.mkdir(parents=True, exist_ok=True)
    copied = 0
    for path in sorted(source.rglob("*")):
        rel = path.relative_to(source)
        dest = target / rel
        if path.is_symlink():
            continue
        if path.is_dir():
            dest.mkdir(parents=True, exist_ok=True)
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, dest)
        if dest.stat().st_size != path.stat().st_size:
            raise OSError(f"copying {rel} did not verify (sizes differ)")
        copied += 1
    return copied


def package_root() -> Path:
    """The folder that holds ``data/`` and ``resources/``: the source tree, a wheel, or a frozen bundle."""
    import sys

    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    here = Path(__file__).resolve().parent
    if (here / "_data").is_dir():  # installed wheel: data force-included into the package
        return here
    return here.parent


def content_dir() -> Path:
    root = package_root()
    return root / "_data" if (root / "_data").is_dir() else root / "data"


def resources_dir() -> Path:
    root = package_root()
    return root / "_resources" if (root / "_resources").is_dir() else root / "resources"
