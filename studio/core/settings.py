"""User settings declared once, with defaults and a version (stored in the database by ``studio.store``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    kind: type

    def coerce(self, value: Any) -> Any:
        """Return ``value`` if it has the declared type, else the default (a damaged value never crashes)."""
        if self.kind is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        return value if isinstance(value, self.kind) else self.default


SPECS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec("settings_version", SETTINGS_VERSION, int),
        SettingSpec("language", "", str),  # "" = follow the OS locale
        SettingSpec("theme", "system", str),  # system | light | dark
        SettingSpec("input_device", "", str),
        SettingSpec("output_device", "", str),
        SettingSpec("target_seconds", 90, int),
        SettingSpec("chimes", True, bool),
        SettingSpec("notifications", True, bool),
        SettingSpec("long_pause_seconds", 2.0, float),
        SettingSpec("carry_over", True, bool),
        SettingSpec("prompter_font_pt", 16, int),
        SettingSpec("auto_backup_keep", 5, int),
        SettingSpec("welcome_done", False, bool),  # the first-run welcome was skipped or used
    )
}


def default(key: str) -> Any:
    return SPECS[key].default
