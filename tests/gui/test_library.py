"""Library tab: search in both scripts, filters, language fallback, the actions into other tabs, user content."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from studio.config import resolve_paths
from studio.content import dump_toml
from studio.core.content import Exercise, Kind, QuestionSet
from studio.core.interviews import InterviewDraft
from studio.store.interviews import InterviewRepository
from studio.ui.library.dialogs import ItemEditor, LetterDialog
from studio.ui.library.page import LibraryPage
from studio.ui.library.user_items import skeleton
from studio.ui.shell import Shell
from studio.ui.tasks import SyncTaskRunner
from tests.gui.conftest import Answers
from tests.gui.support import Recorder


def _open(qapp: QApplication, qtbot: QtBot, language: str) -> Shell:
    shell = Shell(qapp, resolve_paths().ensure(), language, runner=SyncTaskRunner())
    shell.recorder = Recorder()  # type: ignore[attr-defined]
    shell.context.messages.posted.connect(shell.recorder)  # type: ignore[attr-defined]
    qtbot.addWidget(shell.window)
    shell.window.show()
    assert shell.open_store()
    shell.window.show_tab("library")
    return shell


@pytest.fixture
def library_en(qapp: QApplication, qtbot: QtBot, answers: Answers) -> Iterator[tuple[Shell, LibraryPage]]:
    """The studio in English, on the Library tab."""
    shell = _open(qapp, qtbot, "en")
    page = shell.window.page("library")
    assert isinstance(page, LibraryPage)
    yield shell, page
    shell.window.close()
    if shell.context.store is not None:
        shell.context.store.close()


@pytest.fixture
def library_ru(qapp: QApplication, qtbot: QtBot, answers: Answers) -> Iterator[tuple[Shell, LibraryPage]]:
    """The studio in Russian, on the Library tab."""
    shell = _open(qapp, qtbot, "ru")
    page = shell.window.page("library")
    assert isinstance(page, LibraryPage)
    yield shell, page
    shell.window.close()
    if shell.context.store is not None:
        shell.context.store.close()


def _titles(page: LibraryPage) -> list[str]:
    """The text of every item and question node in the tree."""
    out: list[str] = []
    for index in range(page.browser.tree.topLevelItemCount()):
        group = page.browser.tree.topLevelItem(index)
        stack = [group.child(i) for i in range(group.childCount())]
        while stack:
            node = stack.pop(0)
            out.append(node.text(0))
            stack += [node.child(i) for i in range(node.childCount())]
    return out


def _user_files(page: LibraryPage) -> list[Path]:
    return sorted(page.context.paths.user_content_dir.rglob("*.toml"))


def _errors(shell: Shell) -> list[str]:
    return shell.recorder.texts("error")  # type: ignore[attr-defined,no-any-return]


# ----------------------------------------------------------------------------------------------- browsing


def test_library_loads_every_kind(library_en: tuple[Shell, LibraryPage]) -> None:
    """All five kinds show up in the tree, so nothing in data/ is unreachable from the tab."""
    _shell, page = library_en
    kinds = {key[0] for key in page.visible_keys()}
    assert kinds == {Kind.QUESTIONS, Kind.EXERCISES, Kind.CHECKLISTS, Kind.LETTERS, Kind.GUIDES}
    assert page.browser.count_label.text().startswith("Items:")


def test_search_in_english_is_live(library_en: tuple[Shell, LibraryPage], qtbot: QtBot) -> None:
    """Typing “customer” narrows the tree as you type, and every hit really mentions it."""
    _shell, page = library_en
    everything = len(page.visible_keys())
    qtbot.keyClicks(page.browser.search, "customer")
    keys = page.visible_keys()
    assert 0 < len(keys) < everything
    assert (Kind.QUESTIONS, "hr_interview", "difficult_client") in keys
    assert page.browser.count_label.text().startswith("Found:")
    page.browser.search.clear()
    qtbot.keyClicks(page.browser.search, "zzqxv")
    assert page.visible_keys() == []
    assert "Nothing found" in page.browser.count_label.text()


def test_search_in_russian(library_ru: tuple[Shell, LibraryPage]) -> None:
    """Searching “клиент” in the Russian studio finds Russian items, case- and ё-insensitively."""
    _shell, page = library_ru
    page.browser.search.insert("КЛИЕНТ")  # typed as one insertion: QTest cannot synthesise Cyrillic key events
    titles = _titles(page)
    assert titles and all(any("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in title) for title in titles)
    assert (Kind.EXERCISES, "roleplay_refund_demand") in {key[:2] for key in page.visible_keys()}
    page.browser.search.clear()
    page.browser.search.insert("четко")  # written without ё, matches “чётко”
    assert page.visible_keys()


def test_filters_by_kind_stage_and_language(library_en: tuple[Shell, LibraryPage]) -> None:
    """The kind, stage and language filters each narrow the tree to what they name."""
    _shell, page = library_en
    page.browser.kind_combo.setCurrentIndex(page.browser.kind_combo.findData("exercises"))
    assert {key[0] for key in page.visible_keys()} == {Kind.EXERCISES}
    page.browser.kind_combo.setCurrentIndex(0)
    page.browser.stage_combo.setCurrentIndex(page.browser.stage_combo.findData("phone_screen"))
    keys = page.visible_keys()
    assert {key[:2] for key in keys if key[2] is None} == {
        (Kind.QUESTIONS, "phone_screen"),
        (Kind.CHECKLISTS, "phone_screen"),
    }
    page.browser.stage_combo.setCurrentIndex(0)
    page.browser.lang_combo.setCurrentIndex(page.browser.lang_combo.findData("ru"))
    assert page.select_item("exercises", "roleplay_refund_demand")
    assert "Ролевая игра" in page.details.detail.toPlainText()
    page.browser.mine_check.setChecked(True)
    assert page.visible_keys() == []
    assert "No items match" in page.browser.count_label.text()


def test_question_detail_shows_hints_and_examples(library_en: tuple[Shell, LibraryPage]) -> None:
    """A question opens with why it is asked, a strong answer, technique, hints and good and bad examples."""
    _shell, page = library_en
    assert page.select_item("questions", "hr_interview", "difficult_client")
    text = page.details.detail.toPlainText()
    for heading in ("Why it is asked", "What a strong answer shows", "Technique", "Hints", "A good answer"):
        assert heading in text
    assert "A weak answer" in text
    assert page.details.rehearse_button.isVisible() and page.details.rehearse_button.isEnabled()
    assert not page.details.start_button.isVisible()


def test_question_set_links_open_its_questions(library_en: tuple[Shell, LibraryPage]) -> None:
    """A stage's question set lists its questions as links; following one opens it, ready to rehearse."""
    _shell, page = library_en
    assert page.select_item("questions", "hr_interview")
    assert page.details.rehearse_button.isVisible() and not page.details.rehearse_button.isEnabled()
    assert "difficult customer" in page.details.detail.toPlainText()
    page.details.detail.anchorClicked.emit(QUrl("question:mistake_with_client"))
    assert page.current == (Kind.QUESTIONS, "hr_interview", "mistake_with_client")
    assert page.details.rehearse_button.isEnabled()
    assert page.browser.tree.currentItem().text(0).startswith("Describe a time you made a mistake")


def test_fallback_is_labelled(library_en: tuple[Shell, LibraryPage]) -> None:
    """An item that exists only in Russian is shown in the English studio with a clear label."""
    _shell, page = library_en
    model = page.own.save_text(Kind.QUESTIONS, skeleton(Kind.QUESTIONS, "ru", "only_russian"))
    assert page.select_item("questions", model.id, "why_this_company")
    assert page.details.fallback_label.isVisible()
    assert page.details.fallback_label.text() == "Shown in Russian: no English version yet."
    assert any(title.endswith("[RU]") for title in _titles(page))
    assert page.select_item("questions", "hr_interview")
    assert not page.details.fallback_label.isVisible()


# ------------------------------------------------------------------------------------------------ actions


def test_rehearse_this_makes_the_voice_prompt(library_en: tuple[Shell, LibraryPage], qtbot: QtBot) -> None:
    """“Rehearse this” switches to the Voice tab with that question as the current prompt."""
    shell, page = library_en
    page.select_item("questions", "hr_interview", "difficult_client")
    qtbot.mouseClick(page.details.rehearse_button, Qt.MouseButton.LeftButton)
    assert shell.window.tabs.currentWidget() is shell.window.hosts["voice"]
    voice = shell.window.page("voice")
    assert voice is not None
    assert voice.prompt_combo.currentText().startswith("Tell me about a time you had to deal with a very difficult")


def test_start_opens_the_exercise(library_en: tuple[Shell, LibraryPage], qtbot: QtBot) -> None:
    """“Start” switches to the Exercises tab with that exercise chosen."""
    shell, page = library_en
    exercises = shell.window.page("exercises")
    if not callable(getattr(exercises, "show_exercise", None)):
        pytest.skip("the Exercises tab has no show_exercise() yet")
    page.select_item("exercises", "support_requests_case")
    qtbot.mouseClick(page.details.start_button, Qt.MouseButton.LeftButton)
    assert shell.window.tabs.currentWidget() is shell.window.hosts["exercises"]
    assert exercises.exercise is not None and exercises.exercise.id == "support_requests_case"
    shell.window.show_tab("library")
    mine = page.own.save_text(Kind.EXERCISES, skeleton(Kind.EXERCISES, "en", "my_new_role_play"))
    qtbot.mouseClick(page.details.start_button, Qt.MouseButton.LeftButton)
    assert exercises.exercise is not None and exercises.exercise.id == mine.id


def test_start_the_group_task_in_russian_shows_its_start_view_in_russian(
    library_en: tuple[Shell, LibraryPage], qtbot: QtBot
) -> None:
    """Library in Russian → the group task → Start: the Exercises tab shows that task's start view, in Russian."""
    shell, page = library_en
    page.browser.lang_combo.setCurrentIndex(page.browser.lang_combo.findData("ru"))
    assert page.select_item("exercises", "loyalty_group_task")
    assert page.details.start_button.isVisible()
    qtbot.mouseClick(page.details.start_button, Qt.MouseButton.LeftButton)
    exercises = shell.window.page("exercises")
    assert shell.window.tabs.currentWidget() is shell.window.hosts["exercises"]
    assert exercises is not None and exercises.stack.currentWidget() is exercises.choose_view
    shown = exercises.exercise
    assert shown is not None and shown.id == "loyalty_group_task" and shown.lang == "ru"
    assert exercises.lang == "ru"
    assert page.library is not None
    russian = page.library.exact(Kind.EXERCISES, "loyalty_group_task", "ru")
    assert russian is not None and exercises.choose_view.title_label.text() == russian.title


def test_own_items_reach_the_other_tabs_without_a_reload(library_en: tuple[Shell, LibraryPage]) -> None:
    """A checklist and an exercise saved in the Library are offered by the Checklists and Exercises tabs at once."""
    shell, page = library_en
    checklist = page.own.save_text(Kind.CHECKLISTS, skeleton(Kind.CHECKLISTS, "en", "my_morning"))
    exercise = page.own.save_text(Kind.EXERCISES, skeleton(Kind.EXERCISES, "en", "my_pitch"))
    checklists = shell.window.page("checklists")
    assert checklists is not None
    assert checklist.id in {c.template.id for c in checklists.template_choices()}
    run_id = shell.window.start_checklist(checklist.id, "en", None)
    assert run_id is not None and checklists.run_view.title.text() == checklist.title
    exercises = shell.window.page("exercises")
    assert exercises is not None and exercises.select_exercise(exercise.id)
    page.select_item("checklists", checklist.id)
    assert page.own.delete_current()
    assert checklist.id not in {c.template.id for c in checklists.template_choices()}


def test_search_in_the_other_language_is_offered(library_en: tuple[Shell, LibraryPage]) -> None:
    """A Russian word in the English library says it is found in Russian, and the link switches the language."""
    _shell, page = library_en
    page.browser.search.insert("клиент")
    assert page.visible_keys() == []
    label = page.browser.count_label.text()
    assert "Nothing found" in label and "English" in label and "found in Russian" in label
    page.browser.count_label.linkActivated.emit("other")
    assert page.lang == "ru" and page.visible_keys()
    assert page.browser.count_label.text().startswith("Found:")


def test_start_a_run_opens_the_checklist(library_en: tuple[Shell, LibraryPage], qtbot: QtBot) -> None:
    """“Start a run” switches to the Checklists tab showing a new run of that template, for the chosen interview."""
    shell, page = library_en
    assert shell.context.store is not None
    row = InterviewRepository(shell.context.store).add(InterviewDraft("Acme", "Account manager", stage="phone_screen"))
    shell.window.interviews.refresh()
    shell.window.interviews.list.setCurrentRow(0)
    page.select_item("checklists", "phone_screen")
    qtbot.mouseClick(page.details.run_button, Qt.MouseButton.LeftButton)
    assert shell.window.tabs.currentWidget() is shell.window.hosts["checklists"]
    checklists = shell.window.page("checklists")
    assert checklists is not None and checklists.run_id is not None
    run = checklists.repository.get_run(checklists.run_id)
    assert run is not None and run.template_id == "phone_screen" and run.interview_id == row.id


def test_copy_letter_with_my_details(library_en: tuple[Shell, LibraryPage], qtbot: QtBot) -> None:
    """“Copy with my details” takes company and role from the interview and copies the filled letter."""
    shell, page = library_en
    assert shell.context.store is not None
    InterviewRepository(shell.context.store).add(InterviewDraft("Northwind", "Client manager", stage="offer"))
    shell.window.interviews.refresh()
    shell.window.interviews.list.setCurrentRow(0)
    page.select_item("letters", "follow_up_after_interview")
    seen: dict[str, str] = {}

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, LetterDialog)
        seen.update(dialog.values())
        dialog.fields["name"].setText("Anna Petrova")
        dialog.fields["interviewer"].setText("Ms Smith")
        assert "Anna Petrova" in dialog.preview.toPlainText()
        return True

    page.run_dialog = fill  # type: ignore[method-assign]
    qtbot.mouseClick(page.details.copy_button, Qt.MouseButton.LeftButton)
    assert seen["company"] == "Northwind" and seen["role"] == "Client manager"
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Subject: Re: Job offer – Client manager")
    assert "Dear Ms Smith" in copied and "Northwind" in copied and copied.rstrip().endswith("Anna Petrova")
    assert "{" not in copied


# ------------------------------------------------------------------------------------------- user content


def test_new_item_refuses_invalid_text_then_saves(library_en: tuple[Shell, LibraryPage]) -> None:
    """The editor names the wrong field and saves nothing until the text is valid; the saved item is marked mine."""
    _shell, page = library_en
    seen: list[str] = []

    def edit(dialog: QDialog) -> bool:
        assert isinstance(dialog, ItemEditor)
        good = dialog.text()
        dialog.edit.setPlainText(re.sub(r"stage = ['\"]hr_interview['\"]", "stage = 'lunch'", good))
        assert not dialog.try_save()
        seen.append(dialog.error.text())
        assert _user_files(page) == []
        dialog.edit.setPlainText(good.replace("[[questions]]", "[[questions]"))
        assert not dialog.try_save()
        seen.append(dialog.error.text())
        dialog.edit.setPlainText(good.replace("Why do you want to work for us?", "What do you know about us?"))
        return dialog.try_save()

    page.run_dialog = edit  # type: ignore[method-assign]
    saved = page.own.new_item(Kind.QUESTIONS)
    assert isinstance(saved, QuestionSet)
    assert "Not saved" in seen[0] and "stage" in seen[0] and "lunch" in seen[0]
    assert "Line" in seen[1]
    assert _user_files(page) == [page.context.paths.user_content_dir / "questions" / f"{saved.id}.en.toml"]
    assert any(title.endswith("(mine)") for title in _titles(page))
    assert page.details.delete_button.isVisible() and page.details.edit_button.text() == "E&dit…"


def test_edit_own_item_and_copy_builtin(library_en: tuple[Shell, LibraryPage]) -> None:
    """Editing an own item rewrites its file; “Make my copy” of a built-in exercise creates a new own item."""
    _shell, page = library_en
    model = page.own.save_text(Kind.CHECKLISTS, skeleton(Kind.CHECKLISTS, "en", "my_day"))
    page.select_item("checklists", model.id)

    def retitle(dialog: QDialog) -> bool:
        assert isinstance(dialog, ItemEditor)
        dialog.edit.setPlainText(dialog.text().replace("My checklist", "Interview morning"))
        return dialog.try_save()

    page.run_dialog = retitle  # type: ignore[method-assign]
    page.own.edit_current()
    path = page.context.paths.user_content_dir / "checklists" / "my_day.en.toml"
    assert "Interview morning" in path.read_text(encoding="utf-8")
    assert len(_user_files(page)) == 1

    page.select_item("exercises", "support_requests_case")
    assert page.details.edit_button.text() == "Make m&y copy…"
    page.run_dialog = lambda dialog: dialog.try_save()  # type: ignore[method-assign,attr-defined]
    copy = page.own.edit_current()
    assert isinstance(copy, Exercise) and copy.id == "my_support_requests_case" and copy.origin == "user"
    assert page.current == (Kind.EXERCISES, copy.id, None)


def test_user_item_may_not_take_a_builtin_id(library_en: tuple[Shell, LibraryPage]) -> None:
    """Saving an own item under a built-in id is refused with the reason, and nothing is written."""
    _shell, page = library_en
    from studio.core.content import ContentError

    with pytest.raises(ContentError) as caught:
        page.own.save_text(Kind.CHECKLISTS, skeleton(Kind.CHECKLISTS, "en", "phone_screen"))
    assert caught.value.field == "id" and "built-in" in caught.value.message
    assert _user_files(page) == []


def test_delete_own_item_and_undo(library_en: tuple[Shell, LibraryPage]) -> None:
    """Deleting an own item removes its file and node; Ctrl+Z (the window's undo stack) brings both back."""
    shell, page = library_en
    model = page.own.save_text(Kind.EXERCISES, skeleton(Kind.EXERCISES, "en", "my_role_play"))
    page.select_item("exercises", model.id)
    assert page.own.delete_current()
    assert _user_files(page) == []
    assert (Kind.EXERCISES, model.id, None) not in page.visible_keys()
    shell.window.undo_stack.undo()
    assert len(_user_files(page)) == 1
    assert page.current == (Kind.EXERCISES, model.id, None)
    assert page.select_item("exercises", "support_requests_case")
    assert not page.own.delete_current()  # built-in items cannot be deleted


def test_delete_key_on_the_tree(library_en: tuple[Shell, LibraryPage], qtbot: QtBot) -> None:
    """Del on the tree deletes the selected own item and never the interview selected in the sidebar."""
    shell, page = library_en
    assert shell.context.store is not None
    InterviewRepository(shell.context.store).add(InterviewDraft("Acme", "Manager", stage="other"))
    shell.window.interviews.refresh()
    shell.window.interviews.list.setCurrentRow(0)
    model = page.own.save_text(Kind.CHECKLISTS, skeleton(Kind.CHECKLISTS, "en", "my_list"))
    page.select_item("checklists", model.id)
    shell.window.activateWindow()
    page.browser.tree.setFocus()
    qtbot.waitUntil(lambda: page.browser.tree.hasFocus())
    qtbot.keyClick(page.browser.tree, Qt.Key.Key_Delete)
    assert _user_files(page) == []
    assert shell.window.interviews.list.count() == 1


def test_export_then_import(library_en: tuple[Shell, LibraryPage], answers: Answers, tmp_path: Path) -> None:
    """An exported item imports back: a built-in one as a renamed copy, an own one after asking replace or keep."""
    shell, page = library_en
    page.select_item("exercises", "roleplay_discount_request")
    exported = page.own.export_current(tmp_path / "discount.toml")
    assert exported is not None
    imported = page.own.import_file(exported)
    assert imported is not None and imported.id == "roleplay_discount_request_2" and imported.origin == "user"
    assert any("under the id" in text for text in shell.recorder.texts("info"))  # type: ignore[attr-defined]

    own = page.own.export_current(tmp_path / "own.toml")
    assert own is not None
    answers.append(1)  # keep both
    again = page.own.import_file(own)
    assert again is not None and again.id == "roleplay_discount_request_2_2"
    assert "Replace it" in answers.asked[-1]
    answers.append(2)  # cancel
    assert page.own.import_file(own) is None
    assert len(_user_files(page)) == 2
    answers.append(0)  # replace
    replaced = page.own.import_file(own)
    assert replaced is not None and replaced.id == "roleplay_discount_request_2"
    assert len(_user_files(page)) == 2
    assert _errors(shell) == []


def test_malformed_import_names_file_and_field(library_en: tuple[Shell, LibraryPage], tmp_path: Path) -> None:
    """A bad file is refused with an error naming the file and the field, and nothing changes."""
    shell, page = library_en
    assert page.library is not None
    before = len(page.library)
    text = skeleton(Kind.EXERCISES, "en", "bad_one").replace("duration_min = 15", 'duration_min = "fifteen"')
    path = tmp_path / "bad exercise.toml"
    path.write_text(text, encoding="utf-8")
    assert page.own.import_file(path) is None
    error = _errors(shell)[-1]
    assert "bad exercise.toml" in error and "duration_min" in error and "bad_one" in error
    (tmp_path / "letter.toml").write_text('id = "x"\nlang = "en"\ntitle = "T"\nletter_kind = "accept"\n', "utf-8")
    assert page.own.import_file(tmp_path / "letter.toml") is None
    assert "letter.toml" in _errors(shell)[-1]
    (tmp_path / "latin1.toml").write_bytes("title = 'caf\xe9'".encode("latin-1"))
    assert page.own.import_file(tmp_path / "latin1.toml") is None
    assert "latin1.toml" in _errors(shell)[-1] and "UTF-8" in _errors(shell)[-1]
    assert len(page.library) == before and _user_files(page) == []


_VALID = skeleton(Kind.CHECKLISTS, "en", "fuzzed")


@st.composite
def _mangled(draw: st.DrawFn) -> str:
    """A valid checklist with one line deleted, duplicated or overwritten, or a little junk spliced in."""
    lines = _VALID.splitlines()
    index = draw(st.integers(0, len(lines) - 1))
    how = draw(st.sampled_from(["drop", "dup", "replace", "splice"]))
    junk = draw(st.text(alphabet=st.sampled_from(list("=[]{}\"'#\n ,.abcé0-")), max_size=12))
    if how == "drop":
        del lines[index]
    elif how == "dup":
        lines.insert(index, lines[index])
    elif how == "replace":
        lines[index] = junk
    else:
        at = draw(st.integers(0, len(lines[index])))
        lines[index] = lines[index][:at] + junk + lines[index][at:]
    return "\n".join(lines)


def test_import_fuzz_never_breaks_the_library(
    library_en: tuple[Shell, LibraryPage], answers: Answers, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Mangled TOML through the import path is either imported whole or refused naming the file; never a crash."""
    shell, page = library_en
    assert page.library is not None
    folder = tmp_path_factory.mktemp("fuzz")

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(text=_mangled())
    def check(text: str) -> None:
        path = folder / "mangled.toml"
        path.write_text(text, encoding="utf-8")
        assert page.library is not None
        before = (len(page.library), _user_files(page))
        errors, asked = len(_errors(shell)), len(answers.asked)
        result = page.own.import_file(path)  # a repeat of an imported id asks; nobody answers, so it is cancelled
        if result is None:
            refused = len(_errors(shell)) == errors + 1 and "mangled.toml" in _errors(shell)[-1]
            assert refused or len(answers.asked) == asked + 1
            assert (len(page.library), _user_files(page)) == before
        else:
            assert page.library.exact(result.kind, result.id, result.lang) is not None
            assert dump_toml(result)

    check()


# ----------------------------------------------------------------------------------------------- keyboard


def test_keyboard_search_open_and_actions(library_en: tuple[Shell, LibraryPage], qtbot: QtBot) -> None:
    """Ctrl+F focuses search, Enter opens the first hit, and Tab from the tree reaches the action button."""
    shell, page = library_en
    shell.window.activateWindow()
    page.browser.tree.setFocus()
    qtbot.waitUntil(lambda: page.browser.tree.hasFocus())
    qtbot.keyClick(page.browser.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.browser.search.hasFocus())
    qtbot.keyClicks(page.browser.search, "very difficult customer")
    qtbot.keyClick(page.browser.search, Qt.Key.Key_Return)
    assert page.current == (Kind.QUESTIONS, "hr_interview", "difficult_client")
    assert page.browser.tree.hasFocus()
    qtbot.keyClick(page.browser.tree, Qt.Key.Key_Return)
    assert page.details.detail.hasFocus()
    focus = page.details.detail
    for _ in range(3):
        if focus is page.details.rehearse_button:
            break
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
    assert focus is page.details.rehearse_button
    for widget in (
        page.browser.search,
        page.browser.tree,
        page.details.detail,
        page.details.rehearse_button,
        page.details.export_button,
    ):
        assert widget.accessibleName()
