"""Paths: one module decides where data, logs and cache live."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from studio import config

ROOT = Path(__file__).resolve().parents[2]


def test_env_var_overrides_platform_dirs(data_dir: Path) -> None:
    """STUDIO_DATA_DIR (set by the test fixture) moves everything under it: tests never touch real data."""
    paths = config.resolve_paths()
    assert paths.data_dir == data_dir.resolve()
    assert paths.log_dir.is_relative_to(data_dir.resolve())
    assert paths.db_path.parent == data_dir.resolve()


def test_argument_beats_env_var(tmp_path: Path) -> None:
    """--data-dir wins over the environment variable."""
    chosen = tmp_path / "chosen"
    assert config.resolve_paths(chosen).data_dir == chosen.resolve()


def test_platform_dirs_without_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Without an override the platform's user folders are used (here redirected through XDG variables)."""
    monkeypatch.delenv(config.ENV_DATA_DIR)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    paths = config.resolve_paths()
    assert paths.data_dir.is_relative_to(tmp_path / "xdg-data")


def test_ensure_creates_folders(data_dir: Path) -> None:
    """ensure() makes the folders the studio writes to."""
    paths = config.resolve_paths().ensure()
    for folder in (paths.data_dir, paths.log_dir, paths.takes_dir, paths.backups_dir):
        assert folder.is_dir()


def test_content_and_resources_found() -> None:
    """The bundled content and resource folders are found from the source tree."""
    assert config.content_dir().name in ("data", "_data")
    assert config.resources_dir().is_dir()


def test_overridden_data_dir_holds_logs_and_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With --data-dir, the log and cache folders (content cache included) live inside it."""
    paths = config.resolve_paths(tmp_path / "profile")
    assert paths.log_dir.parent == paths.data_dir and paths.cache_dir.parent == paths.data_dir
    moved = tmp_path / "moved"
    moved.mkdir()
    config.write_location_pointer(moved)
    monkeypatch.delenv(config.ENV_DATA_DIR)
    pointed = config.resolve_paths()
    assert pointed.log_dir.parent == moved and pointed.cache_dir.parent == moved


def test_studio_with_data_dir_writes_nothing_into_home(tmp_path: Path) -> None:
    """A self-test and a window start with --data-dir write nothing of the studio's into the home folders."""
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "profile"
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_") and k != config.ENV_DATA_DIR}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", STUDIO_FIRST_PAINT_PROBE=str(tmp_path / "probe.json"))
    for args in (["--self-test"], []):
        result = subprocess.run(
            [sys.executable, "-m", "studio", "--data-dir", str(data), *args],
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
            cwd=ROOT,
        )
        assert "Traceback" not in result.stderr, result.stderr
        assert "store" in result.stdout or "first-paint" in result.stdout, result.stdout + result.stderr
    leaked = [p for p in home.rglob("*") if "interview" in str(p).lower()]
    assert leaked == []
    assert (data / "logs" / "studio.log").is_file()
