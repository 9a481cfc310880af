"""Audio devices are named for people in one place: the record bar and Settings call the same device the same, and
what is stored stays the device's real name."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from studio.store.settings import SettingsRepository
from studio.ui.dialogs.settings_dialog import SettingsDialog
from studio.ui.shell import Shell
from studio.ui.voice.page import VoicePage
from studio.ui.widgets.device_names import device_label

DEVICES = ["USB Mic: Audio (hw:1,0)", "pulse", "default"]


def _items(combo: QComboBox) -> list[tuple[str, str]]:
    return [(combo.itemText(i), str(combo.itemData(i))) for i in range(combo.count())]


def test_raw_names_become_words() -> None:
    """ "default" and "" read "System default", "pulse" the sound server; a real device keeps its name."""
    assert device_label("default") == device_label("") == "System default"
    assert device_label("pulse") == "PulseAudio sound server"
    assert device_label("USB Mic: Audio (hw:1,0)") == "USB Mic: Audio (hw:1,0)"


def test_record_bar_and_settings_name_devices_alike(shell: Shell) -> None:
    """The microphone list and Settings show the same words for the same devices, once each; the stored choice is
    the real name."""
    shell.context.audio.input_devices = lambda: list(DEVICES)
    page = shell.window.page("voice")
    assert isinstance(page, VoicePage)
    bar = page.record_bar
    bar.refresh_devices()
    bar_items = _items(bar.device_combo)
    assert ("PulseAudio sound server", "pulse") in bar_items and ("System default", "default") in bar_items
    assert all(text not in ("pulse", "default") for text, _data in bar_items)
    bar.device_combo.setCurrentIndex(bar.device_combo.findData("pulse"))
    assert shell.context.store is not None
    assert SettingsRepository(shell.context.store).get("input_device") == "pulse"
    dialog = SettingsDialog(shell, shell.window)
    settings_items = _items(dialog.input_device)
    assert [text for text, _d in settings_items].count("System default") == 1
    assert set(bar_items) <= set(settings_items)
    assert dialog.input_device.currentText() == "PulseAudio sound server"
    assert dialog.values()["input_device"] == "pulse"
