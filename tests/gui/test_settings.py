"""Settings dialog: values persist in the store, theme applies at once, the data folder moves safely."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from studio.config import read_location_pointer
from studio.store.settings import SettingsRepository
from studio.ui.dialogs.settings_dialog import SettingsDialog
from studio.ui.shell import Shell


def test_values_saved_and_reloaded(shell: Shell) -> None:
    """Changed values are stored and shown again by a new dialog."""
    dialog = SettingsDialog(shell, shell.window)
    dialog.target.setValue(120)
    dialog.long_pause.setValue(3.0)
    dialog.chimes.setChecked(False)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert "next time" in dialog.note.text()
    dialog.apply()
    assert shell.context.store is not None
    repo = SettingsRepository(shell.context.store)
    assert repo.get("target_seconds") == 120 and repo.get("long_pause_seconds") == 3.0
    assert repo.get("chimes") is False and repo.get("language") == "ru"
    again = SettingsDialog(shell, shell.window)
    assert again.target.value() == 120 and not again.chimes.isChecked()


def test_dark_theme_applies_immediately(shell: Shell, qapp: QApplication) -> None:
    """Choosing Dark switches the palette at once; Light switches back."""
    dialog = SettingsDialog(shell, shell.window)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.apply()
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 100
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.apply()
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 150


def test_move_data_folder_copies_and_keeps_old(shell: Shell, tmp_path: Path) -> None:
    """Moving the data copies every file, points the next start at the copy and keeps the original."""
    dialog = SettingsDialog(shell, shell.window)
    target = tmp_path / "moved"
    assert dialog.move_data_to(target)
    assert (target / "studio.sqlite3").exists()
    assert shell.context.paths.db_path.exists()
    assert read_location_pointer() == target.resolve()
    assert shell.context.store is not None and SettingsRepository(shell.context.store).get("theme") == "system"


def test_move_into_non_empty_folder_refused(shell: Shell, tmp_path: Path) -> None:
    """A non-empty target is refused with a message and nothing is pointed at it."""
    target = tmp_path / "busy"
    target.mkdir()
    (target / "other.txt").write_text("x")
    dialog = SettingsDialog(shell, shell.window)
    assert not dialog.move_data_to(target)
    assert "not empty" in dialog.note.text()
    assert read_location_pointer() is None


def test_reset_filled_pause_corrections(shell: Shell, answers: list[int]) -> None:
    """The reset button asks first, then forgets every stored filler answer; Cancel keeps them."""
    from studio.store.filler_verdicts import FillerVerdict, FillerVerdictRepository

    assert shell.context.store is not None
    repo = FillerVerdictRepository(shell.context.store)
    dialog = SettingsDialog(shell, shell.window)
    assert not dialog.reset_fillers_button.isEnabled()
    repo.add(FillerVerdict("Mic", "en", 1, 1.0, 1.4, 0.8, True))
    repo.add(FillerVerdict("Mic", "ru", 2, 1.0, 1.4, 0.6, False))
    dialog = SettingsDialog(shell, shell.window)
    assert dialog.reset_fillers_button.isEnabled() and "2" in dialog.fillers_label.text()
    answers.append(1)  # Cancel
    dialog.reset_fillers_button.click()
    assert repo.count() == 2
    answers.append(0)  # Reset
    dialog.reset_fillers_button.click()
    assert repo.count() == 0
    assert not dialog.reset_fillers_button.isEnabled() and "estimates again" in dialog.note.text()
