"""Settings: declared defaults, typed values, damaged values fall back."""

from __future__ import annotations

import pytest

from studio.store.db import Store
from studio.store.models import Setting
from studio.store.settings import SettingsRepository


def test_defaults_and_round_trip(store: Store) -> None:
    """An unset key gives its default; a set one persists."""
    repo = SettingsRepository(store)
    assert repo.get("target_seconds") == 90
    repo.set("target_seconds", 120)
    assert SettingsRepository(store).get("target_seconds") == 120


def test_wrong_type_refused(store: Store) -> None:
    """Setting a value of the wrong type raises and stores nothing."""
    repo = SettingsRepository(store)
    with pytest.raises(TypeError):
        repo.set("chimes", "yes")
    assert repo.get("chimes") is True


def test_damaged_value_falls_back(store: Store) -> None:
    """A value that is not JSON, or has the wrong type, reads as the default instead of crashing."""
    with store.session() as session:
        session.add(Setting(key="theme", value="{not json"))
        session.add(Setting(key="chimes", value='"maybe"'))
    repo = SettingsRepository(store)
    assert repo.get("theme") == "system"
    assert repo.get("chimes") is True
