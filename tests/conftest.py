"""Fixtures for every test: a fresh data folder, offscreen Qt, and no thread left behind."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")


@pytest.fixture(scope="session", autouse=True)
def _private_home_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Point the XDG data, state and cache folders at a session temp folder: no test writes into the real home.

    One folder for the whole session (not per test), so caches other libraries keep there are built only once.
    """
    root = tmp_path_factory.mktemp("xdg")
    names = ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")
    saved = {name: os.environ.get(name) for name in names}
    for name in names:
        os.environ[name] = str(root / name.lower())
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Give each test its own empty data folder through the app's own override."""
    folder = tmp_path / "studio-data"
    folder.mkdir()
    monkeypatch.setenv("STUDIO_DATA_DIR", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    return folder


@pytest.fixture(autouse=True)
def _no_thread_left_behind() -> Iterator[None]:
    """Fail a test that leaves a Python thread running: leaked threads hide hangs and lost data."""
    before = set(threading.enumerate())
    yield
    leaked = []
    for thread in threading.enumerate():
        if thread in before:
            continue
        thread.join(timeout=2.0)
        if thread.is_alive():
            leaked.append(thread.name)
    if leaked:
        pytest.fail(f"test left threads running: {leaked}", pytrace=False)
