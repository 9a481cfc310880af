"""Settings: language, devices, defaults, chimes, pause threshold, theme, data folder, filled-pause corrections.

Values are declared once in ``studio.core.settings`` and stored in the database; only window geometry lives in
QSettings. Changes apply when the dialog is accepted; the language applies at the next start.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio.ui.dialogs.form import lay_out_form
from studio.ui.widgets.device_names import fill_device_combo


class SettingsDialog(QDialog):
    """Edits the settings through a SettingsRepository; ``apply()`` writes them."""

    def __init__(self, shell: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from studio.store.settings import SettingsRepository

        self.shell = shell
        self.settings = SettingsRepository(shell.context.store)
        self.setWindowTitle(self.tr("Settings"))
        get = self.settings.get

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, label in (("", self.tr("As the system")), ("en", "English"), ("ru", "Русский")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(get("language"))))

        self.input_device = QComboBox()
        self.input_device.setAccessibleName(self.tr("Microphone"))
        self.output_device = QComboBox()
        self.output_device.setAccessibleName(self.tr("Speakers or headphones"))
        inputs, outputs = self._device_names()
        for combo, names, current in (
            (self.input_device, inputs, get("input_device")),
            (self.output_device, outputs, get("output_device")),
        ):
            fill_device_combo(combo, names, str(current or ""), offer_system_default=True)

        self.target = QSpinBox()
        self.target.setRange(10, 1800)
        self.target.setSuffix(self.tr(" s"))
        self.target.setValue(int(get("target_seconds")))
        self.target.setAccessibleName(self.tr("Default target length"))
        self.chimes = QCheckBox(self.tr("Play a chime at phase changes and warnings"))
        self.chimes.setChecked(bool(get("chimes")))
        self.notifications = QCheckBox(self.tr("Show a system notification at phase changes"))
        self.notifications.setChecked(bool(get("notifications")))
        self.carry_over = QCheckBox(self.tr("Carry unused or overrun time to the next phases"))
        self.carry_over.setChecked(bool(get("carry_over")))
        self.long_pause = QDoubleSpinBox()
        self.long_pause.setRange(0.5, 10.0)
        self.long_pause.setSingleStep(0.5)
        self.long_pause.setSuffix(self.tr(" s"))
        self.long_pause.setValue(float(get("long_pause_seconds")))
        self.long_pause.setAccessibleName(self.tr("Long pause threshold"))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        for code, label in (
            ("system", self.tr("As the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(get("theme"))))
        self.keep_backups = QSpinBox()
        self.keep_backups.setRange(1, 50)
        self.keep_backups.setValue(int(get("auto_backup_keep")))
        self.keep_backups.setAccessibleName(self.tr("Automatic backups to keep"))

        self.data_label = QLabel(str(shell.context.paths.data_dir))
        self.data_label.setWordWrap(True)
        self.move_button = QPushButton(self.tr("Move…"))
        self.move_button.setToolTip(self.tr("Copy all your data to another folder and use it from the next start"))
        self.move_button.clicked.connect(self._on_move)
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_label, 1)
        data_row.addWidget(self.move_button)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.reset_fillers_button = QPushButton(self.tr("Reset my filled-pause corrections"))
        self.reset_fillers_button.setToolTip(
            self.tr("Forget which marks you confirmed or rejected; the filler detector goes back to its default")
        )
        self.reset_fillers_button.clicked.connect(self._on_reset_fillers)
        self.fillers_label = QLabel()
        self.fillers_label.setWordWrap(True)
        fillers_row = QVBoxLayout()  # the line of text above the button: it may wrap in a narrow dialog
        fillers_row.addWidget(self.fillers_label)
        fillers_row.addWidget(self.reset_fillers_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._show_filler_count()

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("&Microphone:"), self.input_device)
        form.addRow(self.tr("&Output:"), self.output_device)
        form.addRow(self.tr("Default &target length:"), self.target)
        form.addRow(self.tr("Long &pause from:"), self.long_pause)
        form.addRow("", self.chimes)
        form.addRow("", self.notifications)
        form.addRow("", self.carry_over)
        form.addRow(self.tr("&Backups to keep:"), self.keep_backups)
        form.addRow(self.tr("Filled pauses:"), fillers_row)
        form.addRow(self.tr("Data folder:"), data_row)
        lay_out_form(self, form, self.note, self._on_ok)
        self.language.currentIndexChanged.connect(
            lambda _i: self.note.setText(self.tr("The new language applies when the studio starts next time."))
        )

    def _device_names(self) -> tuple[list[str], list[str]]:
        lister = self.shell.context.audio.input_devices
        if lister is not None:
            return list(lister()), []
        try:
            from studio.audio import devices

            if not devices.audio_status().portaudio_loaded:
                return [], []
            return [d.name for d in devices.list_input_devices()], [d.name for d in devices.list_output_devices()]
        except Exception:  # no audio stack: the dialog still works for everything else
            return [], []

    def values(self) -> dict[str, Any]:
        return {
            "language": str(self.language.currentData()),
            "theme": str(self.theme.currentData()),
            "input_device": str(self.input_device.currentData()),
            "output_device": str(self.output_device.currentData()),
            "target_seconds": int(self.target.value()),
            "long_pause_seconds": float(self.long_pause.value()),
            "chimes": self.chimes.isChecked(),
            "notifications": self.notifications.isChecked(),
            "carry_over": self.carry_over.isChecked(),
            "auto_backup_keep": int(self.keep_backups.value()),
        }

    def apply(self) -> None:
        for key, value in self.values().items():
            self.settings.set(key, value)
        self.shell.set_theme(self.values()["theme"])

    def _on_ok(self) -> None:
        self.apply()
        self.accept()

    def _filler_verdicts(self) -> Any:
        from studio.store.filler_verdicts import FillerVerdictRepository

        return FillerVerdictRepository(self.shell.context.store)

    def _show_filler_count(self) -> None:
        count = self._filler_verdicts().count()
        if count:
            self.fillers_label.setText(
                self.tr("%1 of your answers tune the filler detector.").replace("%1", str(count))
            )
        else:
            self.fillers_label.setText(self.tr("The filler detector uses its default threshold."))
        self.reset_fillers_button.setEnabled(count > 0)

    def _on_reset_fillers(self) -> None:
        from studio.ui.dialogs.ask import ask

        choice = ask(
            self,
            self.tr("Reset filled-pause corrections"),
            self.tr(
                "Forget every mark you confirmed or rejected, for every microphone and language? Filler counts "
                "go back to estimates."
            ),
            [self.tr("Reset"), self.tr("Cancel")],
        )
        if choice == 0:
            self.reset_filler_corrections()

    def reset_filler_corrections(self) -> int:
        """Forget the user's filled-pause answers now (not on OK: it is its own action); returns how many."""
        count = self._filler_verdicts().clear()
        self._show_filler_count()
        self.note.setText(self.tr("Your filled-pause corrections were cleared; filler counts are estimates again."))
        return count

    def _on_move(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Move the data to"), str(Path.home()))
        if folder:
            self.move_data_to(Path(folder))

    def move_data_to(self, target: Path) -> bool:
        """Copy everything to ``target``, verify, and use it from the next start; the old folder is kept."""
        from studio.config import move_data, write_location_pointer

        ctx = self.shell.context
        source = ctx.paths.data_dir
        assert ctx.store is not None
        ctx.store.close()
        try:
            count = move_data(source, target)
            write_location_pointer(target)
        except OSError as exc:
            self.note.setText(self.tr("The data was not moved: %1").replace("%1", str(exc)))
            return False
        finally:
            ctx.store.reopen()  # keep working on the current folder until the restart
        self.note.setText(
            self.tr(
                "%1 files copied to %2. The studio uses the new folder from the next start; the old folder "
                "%3 is kept until you delete it."
            )
            .replace("%1", str(count))
            .replace("%2", str(target))
            .replace("%3", str(source))
        )
        return True
