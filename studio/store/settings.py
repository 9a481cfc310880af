"""Settings stored as JSON values in the ``setting`` table; unknown or damaged values fall back to defaults."""

from __future__ import annotations

import json
from typing import Any

from studio.core.settings import SPECS
from studio.store.db import Store
from studio.store.models import Setting


class SettingsRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, key: str) -> Any:
        spec = SPECS[key]
        with self._store.session() as session:
            row = session.get(Setting, key)
        if row is None:
            return spec.default
        try:
            return spec.coerce(json.loads(row.value))
        except ValueError:
            return spec.default

    def set(self, key: str, value: Any) -> None:
        spec = SPECS[key]
        if spec.coerce(value) != value:
            raise TypeError(f"setting {key!r} expects {spec.kind.__name__}, got {value!r}")
        with self._store.session() as session:
            session.merge(Setting(key=key, value=json.dumps(value)))
