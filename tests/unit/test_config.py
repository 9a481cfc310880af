"""Paths: one module decides where data, logs and cache live."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio import config


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
