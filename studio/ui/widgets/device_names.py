"""Audio devices named for people: the one place that turns PortAudio's names ("default", "pulse") into words.

The record bar's microphone list and Settings both fill their lists here, so the same device reads the same in both;
the value each entry stores stays the device's real name (what the studio remembers and opens).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

SYSTEM_DEFAULT = "default"  # the device ALSA and PortAudio call "default": whatever the system routes to


def device_label(name: str) -> str:
    """What to call a device in the interface; ``""`` (no choice made) is the system default too."""
    words = {
        "": QCoreApplication.translate("DeviceNames", "System default"),
        SYSTEM_DEFAULT: QCoreApplication.translate("DeviceNames", "System default"),
        "sysdefault": QCoreApplication.translate("DeviceNames", "System default (sound card directly)"),
        "pulse": QCoreApplication.translate("DeviceNames", "PulseAudio sound server"),
        "pipewire": QCoreApplication.translate("DeviceNames", "PipeWire sound server"),
        "jack": QCoreApplication.translate("DeviceNames", "JACK sound server"),
        "dmix": QCoreApplication.translate("DeviceNames", "Shared output (dmix)"),
        "dsnoop": QCoreApplication.translate("DeviceNames", "Shared input (dsnoop)"),
    }
    return words.get(name.strip().lower(), name)


def fill_device_combo(
    combo: QComboBox,
    names: Sequence[str],
    current: str,
    *,
    offer_system_default: bool,
    keep_missing: bool = True,
) -> None:
    """List ``names`` in ``combo`` by their people's names (the item data is the real name) and select ``current``.

    Args:
        combo: The list to fill (its signals are left to the caller).
        names: The devices found, by real name.
        current: The remembered device ("" for the system default).
        offer_system_default: Add a "System default" entry (data "") unless a device called "default" already is one.
        keep_missing: A remembered device that is not connected gets an entry "… (not connected)", still selected.
    """
    combo.clear()
    if offer_system_default and SYSTEM_DEFAULT not in names:
        combo.addItem(device_label(""), "")
    for name in names:
        label = device_label(name)
        combo.addItem(label, name)
        if label != name:  # the real name stays findable, in the tooltip
            combo.setItemData(combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
    index = combo.findData(current)
    if index < 0 and not current:
        index = combo.findData(SYSTEM_DEFAULT)
    if index < 0 and current and keep_missing and (names or offer_system_default):
        text = QCoreApplication.translate("DeviceNames", "%1 (not connected)").replace("%1", device_label(current))
        combo.addItem(text, current)
        index = combo.count() - 1
    combo.setCurrentIndex(max(0, index))
