"""Dialogs of the checklists tab: pick a template, add/edit an item, save a run as a template."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from studio.core.content import ChecklistTemplate
from studio.ui.dialogs.form import error_label, lay_out_form


@dataclass(frozen=True)
class TemplateChoice:
    """A template offered in the picker: built-in (``user_row`` None) or the user's own."""

    template: ChecklistTemplate
    label: str
    user_row: int | None = None


class TemplatePicker(QDialog):
    """Pick a template (and, to start a run, what it is for: an interview or nothing)."""

    def __init__(
        self,
        templates: Sequence[TemplateChoice],
        targets: Sequence[tuple[int | None, str]] | None,
        default_target: int | None = None,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Start a checklist"))
        self.templates = list(templates)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Checklist templates"))
        for choice in self.templates:
            item = QListWidgetItem(choice.label)
            item.setToolTip(choice.template.description)
            self.list.addItem(item)
        if self.templates:
            self.list.setCurrentRow(0)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(40)
        self.list.currentRowChanged.connect(self._on_row_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Checklist is for"))
        form = QFormLayout()
        if targets is not None:
            for target_id, label in targets:
                self.target.addItem(label, target_id)
            self.target.setCurrentIndex(max(0, self.target.findData(default_target)))
            form.addRow(self.tr("&For:"), self.target)
        else:
            self.target.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(bool(self.templates))
        layout = QVBoxLayout(self)
        if not self.templates:
            layout.addWidget(QLabel(self.tr("No checklist templates were found.")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.description)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._on_row_changed(self.list.currentRow())
        self.resize(460, 420)

    def _on_row_changed(self, row: int) -> None:
        self.description.setText(self.templates[row].template.description if 0 <= row < len(self.templates) else "")

    def select_template(self, template_id: str) -> bool:
        for row, choice in enumerate(self.templates):
            if choice.template.id == template_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def chosen(self) -> TemplateChoice | None:
        row = self.list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None

    def chosen_target(self) -> int | None:
        data = self.target.currentData()
        return None if data is None else int(data)


class ItemDialog(QDialog):
    """Add or edit an item: its text, section and hint."""

    def __init__(
        self, sections: Sequence[str], text: str = "", section: str = "", hint: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit item") if text else self.tr("Add item"))
        self.text = QPlainTextEdit(text)
        self.text.setAccessibleName(self.tr("Item text"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(72)
        self.section = QComboBox()
        self.section.setEditable(True)
        self.section.setAccessibleName(self.tr("Section"))
        for name in sections:
            if name:
                self.section.addItem(name)
        self.section.setCurrentText(section)
        self.hint = QLineEdit(hint)
        self.hint.setAccessibleName(self.tr("Hint"))
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Text:"), self.text)
        form.addRow(self.tr("&Section:"), self.section)
        form.addRow(self.tr("&Hint:"), self.hint)
        lay_out_form(self, form, self.error, self._on_accept)
        self.resize(440, 240)

    def values(self) -> tuple[str, str, str]:
        return self.text.toPlainText().strip(), self.section.currentText().strip(), self.hint.text().strip()

    def _on_accept(self) -> None:
        if not self.values()[0]:
            self.error.setText(self.tr("Please write what the item is."))
            self.text.setFocus()
            return
        self.accept()


class SaveTemplateDialog(QDialog):
    """Name a new template made from a run, and say which stage it is for."""

    def __init__(
        self, title: str, stage: str, stages: Sequence[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save as my template"))
        self.title = QLineEdit(title)
        self.title.setAccessibleName(self.tr("Template title"))
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Stage"))
        for key, label in stages:
            self.stage.addItem(label, key)
        self.stage.setCurrentIndex(max(0, self.stage.findData(stage)))
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Stage:"), self.stage)
        form.addRow(self.tr("&Description:"), self.description)
        lay_out_form(self, form, self.error, self._on_accept)
        self.title.selectAll()
        self.resize(420, 200)

    def values(self) -> tuple[str, str, str]:
        return self.title.text().strip(), str(self.stage.currentData()), self.description.text().strip()

    def _on_accept(self) -> None:
        if not self.values()[0]:
            self.error.setText(self.tr("Please give the template a title."))
            self.title.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()
