"""Checklists tab: runs per interview, ticks committed before shown, every step undoable, export and templates."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QStyle,
    QStyleOptionViewItem,
)
from pytestqt.qtbot import QtBot

from studio.config import resolve_paths
from studio.content import Library
from studio.core.checklists import parse_markdown_tasks, template_toml
from studio.core.content import ChecklistItem, ChecklistSection, ChecklistTemplate
from studio.core.interviews import InterviewDraft
from studio.store.checklists import ChecklistRepository
from studio.store.interviews import InterviewRepository
from studio.ui.checklists.dialogs import ItemDialog, SaveTemplateDialog, TemplatePicker
from studio.ui.checklists.page import ChecklistsPage
from studio.ui.dialogs import files
from studio.ui.dialogs.interview_dialog import InterviewDialog
from studio.ui.shell import Shell
from studio.ui.tasks import SyncTaskRunner
from tests.gui.support import Recorder


def _template(template_id: str, lang: str, title: str, stage: str, sections: list[tuple[str, list[str]]]):  # type: ignore[no-untyped-def]
    return ChecklistTemplate(
        id=template_id,
        lang=lang,
        title=title,
        stage=stage,
        description=f"{title} description",
        sections=tuple(
            ChecklistSection(
                title=name,
                items=tuple(ChecklistItem(id=f"{template_id}-{s}-{n}", text=t) for n, t in enumerate(texts)),
            )
            for s, (name, texts) in enumerate(sections)
        ),
    )


PHONE = _template(
    "phone_screen",
    "en",
    "Phone screening",
    "phone_screen",
    [("Before", ["Find a quiet place", "Charge the phone", "Keep the CV at hand"]), ("During", ["Smile", "Listen"])],
)
DAY = _template("day_of_interview", "en", "Day of the interview", "day_of_interview", [("Evening", ["Sleep", "Route"])])
DAY_RU = _template(
    "day_of_interview",
    "ru",
    "День собеседования",
    "day_of_interview",
    [("Накануне", ["Лечь спать вовремя", "Проверить маршрут и время в пути"])],
)


@pytest.fixture
def cshell(qapp: QApplication, qtbot: QtBot, answers: list[int]) -> Iterator[Shell]:
    """A shown main window on a fresh store whose checklist library is the test's own templates."""
    shell = Shell(qapp, resolve_paths().ensure(), "en", runner=SyncTaskRunner())
    shell.context.library.set(Library([PHONE, DAY, DAY_RU]))
    messages = Recorder()
    shell.context.messages.posted.connect(messages)
    shell.messages = messages  # type: ignore[attr-defined]
    qtbot.addWidget(shell.window)
    shell.window.show()
    assert shell.open_store()
    yield shell
    shell.window.close()
    if shell.context.store is not None:
        shell.context.store.close()


def _page(shell: Shell) -> ChecklistsPage:
    page = shell.window.page("checklists")
    assert isinstance(page, ChecklistsPage)
    shell.window.show_tab("checklists")
    return page


def _picker(template_id: str, target: int | None) -> Callable[[QDialog], bool]:
    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, TemplatePicker)
        assert dialog.select_template(template_id)
        if dialog.target.isVisible() or dialog.target.count():
            dialog.target.setCurrentIndex(dialog.target.findData(target))
        return True

    return run


def _started(shell: Shell, page: ChecklistsPage, qtbot: QtBot, interview: bool = True) -> int:
    """An interview (optional) with a phone-screen run shown in the tab; returns the run id."""
    interview_id = None
    if interview:
        row = InterviewRepository(shell.context.store).add(InterviewDraft("Acme", "Manager", stage="other"))  # type: ignore[arg-type]
        shell.window.interviews.changed()
        interview_id = row.id
    page.run_dialog = _picker("phone_screen", interview_id)  # type: ignore[method-assign]
    qtbot.mouseClick(page.runs.start_button, Qt.MouseButton.LeftButton)
    assert page.run_id is not None
    return page.run_id


def _db_items(shell: Shell, run_id: int) -> list[tuple[str, str, bool]]:
    repo = ChecklistRepository(shell.context.store)  # type: ignore[arg-type]
    return [(i.text, i.section, i.checked) for i in repo.items(run_id)]


def _row_of_text(page: ChecklistsPage, text: str) -> int:
    for row in range(page.run_view.model.rowCount()):
        item = page.run_view.model.item_at(row)
        if item is not None and item.text == text:
            return row
    raise AssertionError(f"{text!r} not shown")


def _click_checkbox(qtbot: QtBot, page: ChecklistsPage, row: int) -> None:
    index = page.run_view.model.index(row)
    option = QStyleOptionViewItem()
    page.run_view.view.initViewItemOption(option)
    option.rect = page.run_view.view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    option.index = index
    rect = page.run_view.view.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, page.run_view.view
    )
    qtbot.mouseClick(page.run_view.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _undo(shell: Shell) -> None:
    """Undo through the Edit menu's action, as the user would."""
    action = next(a for a in shell.window.edit_menu.actions() if a.text().replace("&", "").startswith("Undo"))
    assert action.isEnabled()
    action.trigger()


def test_tab_installed_and_every_control_has_an_accessible_name(cshell: Shell, qtbot: QtBot) -> None:
    """The page replaces the placeholder and screen readers can name every interactive widget."""
    page = _page(cshell)
    _started(cshell, page, qtbot)
    kinds = (QAbstractButton, QAbstractItemView, QPlainTextEdit, QLineEdit, QComboBox, QProgressBar)
    widgets = [w for kind in kinds for w in page.findChildren(kind) if w.isVisible()]
    assert len(widgets) > 15
    unnamed = [f"{type(w).__name__}:{getattr(w, 'text', lambda: '')()}" for w in widgets if not w.accessibleName()]
    assert unnamed == []


def test_start_run_for_an_interview_shows_items_and_readiness(cshell: Shell, qtbot: QtBot) -> None:
    """Start a run… copies the template under the chosen interview, with 0 % and its date in the tree."""
    page = _page(cshell)
    run_id = _started(cshell, page, qtbot)
    node = page.runs.run_node(run_id)
    assert node is not None and node.parent() is not None
    assert "Acme" in node.parent().text(0)
    assert node.text(1) == "0 %" and "Phone screening" in node.text(0) and "started" in node.text(0)
    texts = [
        page.run_view.model.item_at(r).text
        for r in range(page.run_view.model.rowCount())
        if page.run_view.model.item_at(r)
    ]  # type: ignore[union-attr]
    assert texts == ["Find a quiet place", "Charge the phone", "Keep the CV at hand", "Smile", "Listen"]
    assert page.run_view.model.data(page.run_view.model.index(0)) == "Before"  # grouped: a section header first


def test_tick_with_mouse_and_space_is_committed_then_shown(cshell: Shell, qtbot: QtBot) -> None:
    """A mouse click and the Space key both tick; the store has it, the bar and tree show 40 %."""
    page = _page(cshell)
    run_id = _started(cshell, page, qtbot)
    _click_checkbox(qtbot, page, _row_of_text(page, "Charge the phone"))
    assert _db_items(cshell, run_id)[1][2] is True
    page.run_view.view.setCurrentIndex(page.run_view.model.index(_row_of_text(page, "Smile")))
    page.run_view.view.setFocus()
    qtbot.keyClick(page.run_view.view, Qt.Key.Key_Space)
    assert [c for _t, _s, c in _db_items(cshell, run_id)] == [False, True, False, True, False]
    assert page.run_view.progress.value() == 40
    assert page.runs.run_node(run_id).text(1) == "40 %"  # type: ignore[union-attr]
    qtbot.keyClick(page.run_view.view, Qt.Key.Key_Space)
    assert _db_items(cshell, run_id)[3][2] is False


def test_failed_commit_leaves_the_box_unticked(cshell: Shell, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the store cannot write, the checkbox stays as it was and the user is told why."""
    page = _page(cshell)
    run_id = _started(cshell, page, qtbot)

    def broken(_item_id: int, _checked: bool, at: object = None) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(page.repository, "set_checked", broken)
    row = _row_of_text(page, "Smile")
    _click_checkbox(qtbot, page, row)
    assert (
        page.run_view.model.data(page.run_view.model.index(row), Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Unchecked
    )
    assert not any(c for _t, _s, c in _db_items(cshell, run_id))
    assert any("disk full" in t for t in cshell.messages.texts("error"))  # type: ignore[attr-defined]
    assert _edit_action(cshell, "Undo").text().replace("&", "").startswith("Undo Start checklist")  # no failed tick


def test_add_edit_delete_items_and_undo_each(cshell: Shell, qtbot: QtBot) -> None:
    """Add after the current item, edit it (F2), delete it (Del), and Edit → Undo reverts each step."""
    page = _page(cshell)
    run_id = _started(cshell, page, qtbot)
    page.run_view.view.setCurrentIndex(page.run_view.model.index(_row_of_text(page, "Find a quiet place")))

    def add(dialog: QDialog) -> bool:
        assert isinstance(dialog, ItemDialog)
        dialog.text.setPlainText("Close the window")
        dialog.hint.setText("street noise")
        return True

    page.run_dialog = add  # type: ignore[method-assign]
    qtbot.mouseClick(page.run_view.add_button, Qt.MouseButton.LeftButton)
    assert [t for t, _s, _c in _db_items(cshell, run_id)][:2] == ["Find a quiet place", "Close the window"]
    assert page.current_item().text == "Close the window"  # type: ignore[union-attr]
    assert "street noise" in page.run_view.hint.text()

    def edit(dialog: QDialog) -> bool:
        assert isinstance(dialog, ItemDialog)
        dialog.text.setPlainText("Close the window and the door")
        dialog.section.setCurrentText("During")
        return True

    page.run_dialog = edit  # type: ignore[method-assign]
    page.run_view.view.setFocus()
    qtbot.keyClick(page.run_view.view, Qt.Key.Key_F2)
    assert ("Close the window and the door", "During", False) in _db_items(cshell, run_id)
    qtbot.keyClick(page.run_view.view, Qt.Key.Key_Delete)
    assert len(_db_items(cshell, run_id)) == 5
    assert any("Ctrl+Z" in t for t in cshell.messages.texts("info"))  # type: ignore[attr-defined]
    _undo(cshell)
    assert ("Close the window and the door", "During", False) in _db_items(cshell, run_id)
    _undo(cshell)
    assert ("Close the window", "Before", False) in _db_items(cshell, run_id)
    _undo(cshell)
    assert [t for t, _s, _c in _db_items(cshell, run_id)] == [
        "Find a quiet place",
        "Charge the phone",
        "Keep the CV at hand",
        "Smile",
        "Listen",
    ]
    cshell.window.undo_stack.redo()
    assert len(_db_items(cshell, run_id)) == 6


def test_alt_up_down_reorders_persists_and_undoes(cshell: Shell, qtbot: QtBot) -> None:
    """Alt+Up/Down move the item (joining the next section at a header); the order is in the store; undo works."""
    page = _page(cshell)
    run_id = _started(cshell, page, qtbot)
    page.run_view.view.setCurrentIndex(page.run_view.model.index(_row_of_text(page, "Keep the CV at hand")))
    page.run_view.view.setFocus()
    qtbot.keyClick(page.run_view.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [t for t, _s, _c in _db_items(cshell, run_id)][:3] == [
        "Find a quiet place",
        "Keep the CV at hand",
        "Charge the phone",
    ]
    assert page.current_item().text == "Keep the CV at hand"  # type: ignore[union-attr]
    page.run_view.view.setCurrentIndex(page.run_view.model.index(_row_of_text(page, "Charge the phone")))
    qtbot.keyClick(
        page.run_view.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier
    )  # last of "Before": joins "During"
    assert ("Charge the phone", "During", False) in _db_items(cshell, run_id)
    fresh = ChecklistRepository(cshell.context.store).items(run_id)  # type: ignore[arg-type]
    assert [i.position for i in fresh] == list(range(5))
    _undo(cshell)
    _undo(cshell)
    assert [t for t, _s, _c in _db_items(cshell, run_id)][:3] == [
        "Find a quiet place",
        "Charge the phone",
        "Keep the CV at hand",
    ]


def test_drag_move_goes_through_the_store(cshell: Shell, qtbot: QtBot) -> None:
    """The view's internal drag move (moveRows) stores the new order and section, undoable."""
    page = _page(cshell)
    run_id = _started(cshell, page, qtbot)
    source = _row_of_text(page, "Listen")
    target = _row_of_text(page, "Charge the phone")
    assert page.run_view.model.moveRows(QModelIndex(), source, 1, QModelIndex(), target)
    qtbot.waitUntil(lambda: _db_items(cshell, run_id)[1][0] == "Listen")
    assert _db_items(cshell, run_id)[1] == ("Listen", "Before", False)
    _undo(cshell)
    assert _db_items(cshell, run_id)[-1] == ("Listen", "During", False)


def test_uncheck_all_and_undo(cshell: Shell, qtbot: QtBot) -> None:
    """Uncheck all clears the ticks; undo brings exactly them back."""
    page = _page(cshell)
    run_id = _started(cshell, page, qtbot)
    for text in ("Find a quiet place", "Smile"):
        _click_checkbox(qtbot, page, _row_of_text(page, text))
    qtbot.mouseClick(page.run_view.uncheck_button, Qt.MouseButton.LeftButton)
    assert not any(c for _t, _s, c in _db_items(cshell, run_id)) and page.run_view.progress.value() == 0
    _undo(cshell)
    assert [c for _t, _s, c in _db_items(cshell, run_id)] == [True, False, False, True, False]
    assert page.run_view.progress.value() == 40


def test_duplicate_archive_delete_runs_with_undo(cshell: Shell, qtbot: QtBot) -> None:
    """Duplicate, archive and delete a run from the buttons; each comes back with Undo."""
    page = _page(cshell)
    run_id = _started(cshell, page, qtbot)
    repo = ChecklistRepository(cshell.context.store)  # type: ignore[arg-type]
    qtbot.mouseClick(page.runs.duplicate_button, Qt.MouseButton.LeftButton)
    copy_id = page.run_id
    assert copy_id not in (None, run_id) and len(repo.summaries()) == 2
    qtbot.mouseClick(page.runs.archive_button, Qt.MouseButton.LeftButton)
    assert page.runs.run_node(copy_id) is None and [s.id for s in repo.summaries()] == [run_id]  # type: ignore[arg-type]
    page.runs.show_archived.setChecked(True)
    assert "archived" in page.runs.run_node(copy_id).text(0)  # type: ignore[arg-type, union-attr]
    _undo(cshell)
    assert repo.get_run(copy_id).archived is False  # type: ignore[arg-type, union-attr]
    page.select_run(run_id)
    qtbot.mouseClick(page.runs.delete_run_button, Qt.MouseButton.LeftButton)
    assert repo.get_run(run_id) is None and page.runs.run_node(run_id) is None
    _undo(cshell)
    assert repo.get_run(run_id) is not None and page.run_id == run_id
    _undo(cshell)  # the duplicate goes away
    assert [s.id for s in repo.summaries()] == [run_id]


def test_open_items_filter_and_grouping(cshell: Shell, qtbot: QtBot) -> None:
    """Open items only hides ticked ones (also right after a tick); grouping off removes the section headers."""
    page = _page(cshell)
    _started(cshell, page, qtbot)
    _click_checkbox(qtbot, page, _row_of_text(page, "Smile"))
    qtbot.mouseClick(page.run_view.open_only_box, Qt.MouseButton.LeftButton)
    assert page.run_view.open_only_box.isChecked()
    shown = [
        page.run_view.model.item_at(r).text
        for r in range(page.run_view.model.rowCount())
        if page.run_view.model.item_at(r)
    ]  # type: ignore[union-attr]
    assert "Smile" not in shown and len(shown) == 4
    _click_checkbox(qtbot, page, _row_of_text(page, "Listen"))
    qtbot.waitUntil(lambda: page.run_view.model.row_of(page.run_view.model.items()[-1].id) == -1)
    page.run_view.group_box.setChecked(False)
    assert all(page.run_view.model.item_at(r) is not None for r in range(page.run_view.model.rowCount()))
    assert page.run_view.model.rowCount() == 3


def test_note_is_saved_and_undoable(cshell: Shell, qtbot: QtBot) -> None:
    """Typing a note saves it when the field loses focus; one Undo takes the whole note back."""
    page = _page(cshell)
    run_id = _started(cshell, page, qtbot)
    page.run_view.view.setCurrentIndex(page.run_view.model.index(_row_of_text(page, "Smile")))
    page.run_view.note.setFocus()
    qtbot.keyClicks(page.run_view.note, "even on the phone")
    page.run_view.view.setFocus()
    qtbot.waitUntil(lambda: ChecklistRepository(cshell.context.store).items(run_id)[3].note == "even on the phone")  # type: ignore[arg-type]
    assert "even on the phone" in page.run_view.model.data(page.run_view.model.index(_row_of_text(page, "Smile")))
    _undo(cshell)
    assert ChecklistRepository(cshell.context.store).items(run_id)[3].note == ""  # type: ignore[arg-type]
    assert page.run_view.note.toPlainText() == ""


def test_note_saved_when_moving_to_another_item_keeps_the_new_selection(cshell: Shell, qtbot: QtBot) -> None:
    """A note still being typed is saved when another item is picked, and the selection stays on the new item."""
    page = _page(cshell)
    run_id = _started(cshell, page, qtbot)
    page.run_view.view.setCurrentIndex(page.run_view.model.index(_row_of_text(page, "Smile")))
    page.run_view.note.setFocus()
    qtbot.keyClicks(page.run_view.note, "warm voice")
    page.run_view.view.setCurrentIndex(
        page.run_view.model.index(_row_of_text(page, "Listen"))
    )  # the note field still has focus
    assert ChecklistRepository(cshell.context.store).items(run_id)[3].note == "warm voice"  # type: ignore[arg-type]
    assert page.current_item().text == "Listen"  # type: ignore[union-attr]
    assert page.run_view.note.toPlainText() == ""
    qtbot.keyClicks(page.run_view.note, "nod")
    qtbot.waitUntil(lambda: ChecklistRepository(cshell.context.store).items(run_id)[4].note == "nod")  # type: ignore[arg-type]
    assert page.run_view.note.textCursor().position() == 3  # the autosave did not reset the cursor


def _fill_interview(company: str, stage: str) -> Callable[[InterviewDialog], bool]:
    def run(dialog: InterviewDialog) -> bool:
        dialog.company.setText(company)
        dialog.stage.setCurrentIndex(dialog.stage.findData(stage))
        dialog._on_accept()
        return dialog.result() == InterviewDialog.DialogCode.Accepted

    return run


def test_new_interview_suggests_the_runs_of_its_stage(cshell: Shell, qtbot: QtBot, answers: list[int]) -> None:
    """Adding a phone-screen interview offers phone screening + day of interview; yes starts both, undo removes them."""
    page = _page(cshell)
    panel = cshell.window.interviews
    panel.run_dialog = _fill_interview("Northwind", "phone_screen")  # type: ignore[method-assign]
    answers.append(0)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert any("Phone screening" in a and "Day of the interview" in a for a in answers.asked)  # type: ignore[attr-defined]
    repo = ChecklistRepository(cshell.context.store)  # type: ignore[arg-type]
    assert sorted(s.run.template_id for s in repo.summaries()) == ["day_of_interview", "phone_screen"]
    assert page.run_id is not None
    _undo(cshell)  # one step for both
    assert repo.summaries() == []
    panel.run_dialog = _fill_interview("Blue Harbor", "offer")  # type: ignore[method-assign]
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)  # offer → nothing in this library: not asked
    assert len(answers.asked) == 1  # type: ignore[attr-defined]
    panel.run_dialog = _fill_interview("Contoso", "other")  # type: ignore[method-assign]
    answers.append(1)  # "Not now"
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert len(answers.asked) == 2 and repo.summaries() == []  # type: ignore[attr-defined]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_export_markdown_and_pdf_contain_every_item(
    cshell: Shell, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Markdown parses back to every item with its tick; the PDF's text (pdftotext) has every item, RU too."""
    cshell.context.language = "ru"
    page = _page(cshell)
    page.run_dialog = _picker("day_of_interview", None)  # type: ignore[method-assign]
    qtbot.mouseClick(page.runs.start_button, Qt.MouseButton.LeftButton)
    assert page.run_view.title.text() == "День собеседования"
    _click_checkbox(qtbot, page, _row_of_text(page, "Лечь спать вовремя"))
    targets = iter([tmp_path / "run.md", tmp_path / "run.pdf"])
    monkeypatch.setattr(files, "handler", lambda *_args: next(targets))
    page.run_view.export_markdown_action.trigger()
    page.run_view.export_pdf_action.trigger()
    tasks = parse_markdown_tasks((tmp_path / "run.md").read_text(encoding="utf-8"))
    assert tasks == [(True, "Лечь спать вовремя"), (False, "Проверить маршрут и время в пути")]
    assert (tmp_path / "run.pdf").read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(tmp_path / "run.pdf"), "-"], capture_output=True, check=True, text=True
    ).stdout
    for expected in ("День собеседования", "Лечь спать вовремя", "Проверить маршрут и время в пути", "Накануне"):
        assert expected in _flat(text)
    fonts = subprocess.run(["pdffonts", str(tmp_path / "run.pdf")], capture_output=True, check=True, text=True)
    assert re.search(r"DejaVuSans\S*\s.*\byes\b", fonts.stdout), fonts.stdout  # embedded


def test_print_goes_through_the_print_dialog(cshell: Shell, qtbot: QtBot, tmp_path: Path) -> None:
    """Print… asks through QPrintDialog and lays every item on the chosen printer (here a PDF file)."""
    page = _page(cshell)
    _started(cshell, page, qtbot)
    target = tmp_path / "printed.pdf"

    def accept(dialog: QDialog) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        assert isinstance(dialog, QPrintDialog)
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return True

    page.files.exec_print_dialog = accept  # type: ignore[method-assign]
    page.run_view.print_action.trigger()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, check=True, text=True).stdout
    for item in ("Find a quiet place", "Charge the phone", "Keep the CV at hand", "Smile", "Listen"):
        assert item in _flat(text)


def test_save_run_as_template_then_start_from_it(cshell: Shell, qtbot: QtBot) -> None:
    """A run (with an added item) saved as my template is offered by Start a run… and copies its items."""
    page = _page(cshell)
    run_id = _started(cshell, page, qtbot)
    ChecklistRepository(cshell.context.store).add_item(run_id, "Ask about next steps", section="After")  # type: ignore[arg-type]

    def name_it(dialog: QDialog) -> bool:
        assert isinstance(dialog, SaveTemplateDialog)
        dialog.title.setText("My phone screen")
        return True

    page.run_dialog = name_it  # type: ignore[method-assign]
    page.run_view.save_template_action.trigger()
    mine = [c for c in page.template_choices() if c.user_row is not None]
    assert [c.template.id for c in mine] == ["my-phone-screen"] and "my template" in mine[0].label
    page.run_dialog = _picker("my-phone-screen", None)  # type: ignore[method-assign]
    qtbot.mouseClick(page.runs.start_button, Qt.MouseButton.LeftButton)
    assert [t for t, _s, _c in _db_items(cshell, page.run_id)][-1] == "Ask about next steps"  # type: ignore[arg-type]


def test_import_and_export_templates(cshell: Shell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A malformed TOML is refused with the file and field named and nothing stored; a good one round-trips."""
    page = _page(cshell)
    bad = tmp_path / "bad.toml"
    bad_text = re.sub(r"stage = ['\"]phone_screen['\"]", "stage = 'brunch'", template_toml(PHONE))
    bad.write_text(bad_text, encoding="utf-8")
    assert page.files.import_template(bad) is None
    [error] = cshell.messages.texts("error")  # type: ignore[attr-defined]
    assert "bad.toml" in error and "stage" in error and "brunch" in error
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    assert page.files.import_template(binary) is None
    assert "UTF-8" in cshell.messages.texts("error")[-1]  # type: ignore[attr-defined]
    assert [c for c in page.template_choices() if c.user_row is not None] == []
    good = tmp_path / "good.toml"
    good.write_text(template_toml(DAY), encoding="utf-8")
    monkeypatch.setattr(files, "handler", lambda *_args: good)
    page.runs.import_template_action.trigger()
    assert page.files.import_template(good) == "day_of_interview-3"  # built-in id and the first import are taken
    out = tmp_path / "exported.toml"
    assert page.files.export_template(out, "phone_screen") == out
    from studio.core.checklists import parse_template

    assert parse_template(out.read_text(encoding="utf-8"), "exported.toml") == PHONE


def test_runs_do_not_change_when_the_template_does(cshell: Shell, qtbot: QtBot) -> None:
    """After the library's template changes, an existing run shows its original items."""
    page = _page(cshell)
    run_id = _started(cshell, page, qtbot)
    page.library = Library([_template("phone_screen", "en", "Phone screening", "phone_screen", [("X", ["Other"])])])
    page.show_run(None)
    page.select_run(run_id)
    assert _db_items(cshell, run_id)[0][0] == "Find a quiet place"
    assert page.run_view.model.items()[0].text == "Find a quiet place"


def test_real_content_offers_the_issue_templates(shell: Shell) -> None:
    """With the bundled content, Start a run… offers phone screening and day-of-interview in EN."""
    page = shell.window.page("checklists")
    assert isinstance(page, ChecklistsPage)
    ids = {c.template.id for c in page.template_choices()}
    assert {"phone_screen", "day_of_interview"} <= ids
    assert all(c.template.lang == "en" for c in page.template_choices() if c.template.id == "phone_screen")


def test_runs_follow_their_interview_through_delete_and_undo(cshell: Shell, qtbot: QtBot) -> None:
    """Deleting an interview keeps its runs (standalone); undoing the deletion gives them back to it."""
    page = _page(cshell)
    run_id = _started(cshell, page, qtbot)
    repo = ChecklistRepository(cshell.context.store)  # type: ignore[arg-type]
    interview_id = repo.get_run(run_id).interview_id  # type: ignore[union-attr]
    assert interview_id is not None
    panel = cshell.window.interviews
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert repo.get_run(run_id).interview_id is None  # type: ignore[union-attr]
    assert "Standalone" in page.runs.run_node(run_id).parent().text(0)  # type: ignore[union-attr]
    _undo(cshell)
    assert repo.get_run(run_id).interview_id == interview_id  # type: ignore[union-attr]
    assert "Acme" in page.runs.run_node(run_id).parent().text(0)  # type: ignore[union-attr]


def _edit_action(shell: Shell, prefix: str) -> QAction:
    return next(a for a in shell.window.edit_menu.actions() if a.text().replace("&", "").startswith(prefix))


def test_ticks_are_undone_in_order_and_clear_the_redo(cshell: Shell, qtbot: QtBot) -> None:
    """Each tick is its own undo step (Ctrl+Z unticks it, not the run's start), and a new tick drops a pending redo."""
    page = _page(cshell)
    run_id = _started(cshell, page, qtbot)
    _click_checkbox(qtbot, page, _row_of_text(page, "Find a quiet place"))
    assert _edit_action(cshell, "Undo").text().replace("&", "") == "Undo Tick “Find a quiet place”"
    page.run_view.view.setCurrentIndex(page.run_view.model.index(_row_of_text(page, "Smile")))
    page.run_view.view.setFocus()
    qtbot.keyClick(page.run_view.view, Qt.Key.Key_Space)
    assert [c for _t, _s, c in _db_items(cshell, run_id)] == [True, False, False, True, False]
    page.run_view.view.setFocus()
    qtbot.keyClick(page.run_view.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [c for _t, _s, c in _db_items(cshell, run_id)] == [True, False, False, False, False]
    assert page.run_view.model.data(
        page.run_view.model.index(_row_of_text(page, "Smile")), Qt.ItemDataRole.CheckStateRole
    ) == (Qt.CheckState.Unchecked)
    assert page.run_view.progress.value() == 20 and page.runs.run_node(run_id).text(1) == "20 %"  # type: ignore[union-attr]
    _undo(cshell)
    assert not any(c for _t, _s, c in _db_items(cshell, run_id)) and page.run_id == run_id
    assert _edit_action(cshell, "Undo").text().replace("&", "").startswith("Undo Start checklist")
    cshell.window.undo_stack.redo()  # the first tick again, with the same tick time
    assert _db_items(cshell, run_id)[0][2] is True and page.run_view.progress.value() == 20
    assert _edit_action(cshell, "Redo").isEnabled()
    _click_checkbox(qtbot, page, _row_of_text(page, "Listen"))
    assert not _edit_action(cshell, "Redo").isEnabled()
    assert _edit_action(cshell, "Undo").text().replace("&", "") == "Undo Tick “Listen”"


def test_untick_undo_restores_the_tick_time(cshell: Shell, qtbot: QtBot) -> None:
    """Undoing an untick puts the item back ticked at its original time, not at the time of the undo."""
    page = _page(cshell)
    run_id = _started(cshell, page, qtbot)
    repo = ChecklistRepository(cshell.context.store)  # type: ignore[arg-type]
    _click_checkbox(qtbot, page, _row_of_text(page, "Smile"))
    ticked_at = repo.items(run_id)[3].checked_at
    assert ticked_at is not None
    _click_checkbox(qtbot, page, _row_of_text(page, "Smile"))
    assert repo.items(run_id)[3].checked is False
    assert _edit_action(cshell, "Undo").text().replace("&", "") == "Undo Untick “Smile”"
    _undo(cshell)
    assert repo.items(run_id)[3].checked is True and repo.items(run_id)[3].checked_at == ticked_at


def test_navigator_starts_a_template_and_opens_a_run(cshell: Shell, qtbot: QtBot) -> None:
    """The window's navigator starts a run of a template in the asked language for an interview, and shows any run."""
    page = _page(cshell)
    row = InterviewRepository(cshell.context.store).add(InterviewDraft("Acme", stage="other"))  # type: ignore[arg-type]
    cshell.window.interviews.changed()
    cshell.window.show_tab("voice")
    run_id = cshell.window.start_checklist("day_of_interview", "ru", row.id)
    assert run_id is not None and page.run_id == run_id
    assert cshell.window.tabs.currentWidget() is cshell.window.hosts["checklists"]
    run = page.repository.get_run(run_id)
    assert run is not None and run.template_lang == "ru" and run.interview_id == row.id
    assert page.run_view.title.text() == "День собеседования"
    assert cshell.window.start_checklist("no_such_list", "en", None) is None
    assert any("no_such_list" in t for t in cshell.messages.texts("warning"))  # type: ignore[attr-defined]
    other = cshell.window.start_checklist("phone_screen", "en", None)
    assert other is not None and page.run_id == other
    qtbot.mouseClick(page.runs.archive_button, Qt.MouseButton.LeftButton)  # the run goes out of the tree
    assert cshell.window.open_checklist_run(other) and page.run_id == other
    assert page.runs.show_archived.isChecked() and page.runs.run_node(other) is not None
    assert cshell.window.open_checklist_run(run_id) and page.run_id == run_id
    assert not cshell.window.open_checklist_run(99999)
