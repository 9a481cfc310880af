"""Stage names: the interview dialog, the Library's stage filter and the checklist template dialog share one table."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from studio.core.content import CHECKLIST_STAGES
from studio.core.interviews import JOURNEY, STAGES
from studio.ui.checklists.dialogs import SaveTemplateDialog
from studio.ui.dialogs.interview_dialog import InterviewDialog
from studio.ui.library.browser import LibraryBrowser
from studio.ui.stage_labels import stage_choices, stage_label


def _entries(combo: QComboBox) -> dict[str, str]:
    return {str(combo.itemData(i)): combo.itemText(i) for i in range(combo.count()) if combo.itemData(i)}


def test_every_stage_menu_names_a_stage_the_same_way(qapp: QApplication, qtbot: QtBot) -> None:
    """“Group interview” (and every other stage) reads the same in the interview dialog, Library and checklists."""
    interview = InterviewDialog()
    browser = LibraryBrowser("en")
    template = SaveTemplateDialog("T", "group_interview", stage_choices(CHECKLIST_STAGES))
    for widget in (interview, browser, template):
        qtbot.addWidget(widget)
    menus = [_entries(interview.stage), _entries(browser.stage_combo), _entries(template.stage)]
    assert list(menus[0]) == list(STAGES)
    for entries in menus:
        assert entries["group_interview"] == "Group interview"
        assert all(label == stage_label(stage) for stage, label in entries.items())
        assert list(entries) == [stage for stage in JOURNEY if stage in entries]  # journey order everywhere


def test_unknown_stage_is_shown_readably() -> None:
    """A stage id the studio does not know (from a newer content file) is shown as words, not hidden."""
    assert stage_label("board_meeting") == "board meeting"
