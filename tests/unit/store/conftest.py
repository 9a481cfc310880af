"""Store fixtures: a real SQLite file in the test's data folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from studio.config import Paths, resolve_paths
from studio.store.db import Store


@pytest.fixture
def paths() -> Paths:
    return resolve_paths().ensure()


@pytest.fixture
def store(paths: Paths) -> Iterator[Store]:
    opened, _report = Store.open(paths.db_path, paths.backups_dir, paths.quarantine_dir)
    yield opened
    opened.close()
