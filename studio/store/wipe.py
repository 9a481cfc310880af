""" "Delete all my data": remove every place the studio wrote."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from studio.config import APP_AUTHOR, APP_NAME, Paths, location_pointer_file
from studio.fsutil import TEMP_SUFFIX
from studio.store.archive.names import BACKUP_TEMP_PREFIX, OLD_PREFIX, STAGING_PREFIX, ArchiveError

log = logging.getLogger(__name__)

WINDOW_STATE_FILE = "window.ini"  # QSettings of the main window (geometry, splitters); also its ``.lock``
CONTENT_CACHE_FILE = "content-cache.json"


def _places_outside(paths: Paths) -> list[Path]:
    """Files the studio may have written outside the data folder that belong to this data folder."""
    places: list[Path] = []
    try:
        import platformdirs

        platform_cache = Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
    except Exception:  # platformdirs cannot tell on this system: nothing to look at
        platform_cache = None
    if platform_cache is not None and platform_cache != paths.cache_dir:
        places.append(platform_cache / CONTENT_CACHE_FILE)  # left there by versions that ignored --data-dir
    pointer = location_pointer_file()
    try:
        points_here = Path(pointer.read_text(encoding="utf-8").strip()).resolve() == paths.data_dir.resolve()
    except OSError:
        points_here = False
    if points_here:
        places.append(pointer)
    return places


def delete_all_data(paths: Paths, *, confirmed: bool) -> list[Path]:
    """Remove every piece of the user's data: database, takes, content, backups, trash, damaged files, cache, logs.

    Nothing is kept (no safety backup: that is the point). Every place the studio writes goes: inside the data
    folder the database and its companions, takes, content, backups, trash, damaged files, logs, cache, the window
    geometry file and unfinished temporary files; outside it the platform log and cache folders (when the data
    folder is not overridden), the content cache a previous version may have left in the platform cache folder, and
    the pointer that remembers a moved data folder (when it points here). Never the data folder itself or anything
    else in it (the user may have pointed ``--data-dir`` at a folder that holds other things). **Close the Store
    first.**

    Args:
        paths: the studio's paths.
        confirmed: must be True: the UI asks the user first; a False here is a programming error.

    Returns:
        The files and folders removed.

    Raises:
        ArchiveError: not confirmed, or something could not be removed (named).
    """
    if confirmed is not True:
        raise ArchiveError("delete_all_data needs the user's confirmation (confirmed=True)")
    db = paths.db_path
    targets: list[Path] = [
        db,
        db.with_name(db.name + "-wal"),
        db.with_name(db.name + "-shm"),
        db.with_name(db.name + "-journal"),
        paths.takes_dir,
        paths.user_content_dir,
        paths.backups_dir,
        paths.trash_dir,
        paths.quarantine_dir,
        paths.cache_dir,
        paths.log_dir,
    ]
    if paths.data_dir.is_dir():
        targets += sorted(
            p
            for p in paths.data_dir.iterdir()
            if p.name.startswith((STAGING_PREFIX, OLD_PREFIX, BACKUP_TEMP_PREFIX, WINDOW_STATE_FILE))
            or (p.name.startswith(db.name) and p.name.endswith(TEMP_SUFFIX))
        )
    outside = [paths.cache_dir, paths.log_dir, *_places_outside(paths)]
    removed = []
    for target in targets + outside[2:]:
        # Outside the data folder only the studio's own folders and files listed above are touched.
        if paths.data_dir not in target.parents and target not in outside:
            continue
        try:
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
            elif target.exists() or target.is_symlink():
                target.unlink()
            else:
                continue
        except OSError as exc:
            raise ArchiveError(f"could not delete {target}: {exc}", str(target)) from exc
        removed.append(target)
    log.warning("all user data deleted from %s (%d items)", paths.data_dir, len(removed))
    return removed
