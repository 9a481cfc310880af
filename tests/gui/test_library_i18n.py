"""Library tab language: the Russian catalogue covers every string, and keyboard mnemonics never collide."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from studio.config import resolve_paths
from studio.ui.library.page import LibraryPage
from studio.ui.shell import Shell
from studio.ui.tasks import SyncTaskRunner
from tests.gui.conftest import Answers

ROOT = Path(__file__).resolve().parents[2]
LIBRARY = ROOT / "studio" / "ui" / "library"
CATALOGUE = ROOT / "resources" / "translations" / "studio_ru.ts"
LIBRARY_CONTEXTS = {"library", "LibraryPage", "ItemEditor", "LetterDialog"}
PLACEHOLDER = re.compile(r"%\d|\{[a-z_]+\}")


def _source_strings() -> set[tuple[str, str]]:
    """(context, text) of every ``self.tr("…")`` and ``_t("…")`` call in the Library package."""
    found: set[tuple[str, str]] = set()

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call) and child.args and isinstance(child.args[0], ast.Constant):
                func, text = child.func, child.args[0].value
                if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(text, str):
                    owner = func.value
                    page = getattr(owner, "attr", None) == "page" or getattr(owner, "id", None) == "page"
                    found.add(("LibraryPage" if page else str(cls), text))
                elif (
                    isinstance(func, ast.Attribute)
                    and func.attr == "translate"
                    and len(child.args) >= 2
                    and isinstance(child.args[1], ast.Constant)
                    and isinstance(text, str)
                ):
                    found.add((text, str(child.args[1].value)))
            visit(child, inner)

    for path in LIBRARY.glob("*.py"):
        visit(ast.parse(path.read_text(encoding="utf-8")), None)
    return found


def _catalogue(path: Path) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message.findtext("translation") or ""
    return out


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text)
    return match[1].casefold() if match else None


def test_russian_catalogue_covers_every_string() -> None:
    """Every Library string has a Russian translation keeping its placeholders and its one mnemonic."""
    catalogue = _catalogue(CATALOGUE)
    strings = _source_strings()
    missing = sorted(key for key in strings if not catalogue.get(key))
    assert not missing, f"untranslated: {missing}"
    ours = {key: text for key, text in catalogue.items() if key[0] in LIBRARY_CONTEXTS}
    stale = sorted(key for key in ours if key not in strings)
    assert not stale, f"no longer in the code: {stale}"
    for (context, source), translation in ours.items():
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (context, source)
        assert (_mnemonic(source) is None) == (_mnemonic(translation) is None), (context, source)


@pytest.fixture
def page_en(qapp: QApplication, qtbot: QtBot, answers: Answers) -> Iterator[tuple[Shell, LibraryPage]]:
    """The English studio on the Library tab."""
    shell = Shell(qapp, resolve_paths().ensure(), "en", runner=SyncTaskRunner())
    qtbot.addWidget(shell.window)
    shell.window.show()
    assert shell.open_store()
    shell.window.show_tab("library")
    page = shell.window.page("library")
    assert isinstance(page, LibraryPage)
    yield shell, page
    shell.window.close()
    if shell.context.store is not None:
        shell.context.store.close()


def _page_mnemonic_sources(page: LibraryPage) -> list[str]:
    """The page's labels and buttons, including the edit button's two texts."""
    texts = [w.text() for w in page.findChildren(QAbstractButton) + page.findChildren(QLabel) if "&" in w.text()]
    return sorted({*texts, "E&dit…", "Make m&y copy…"})


def test_mnemonics_do_not_collide_in_english(page_en: tuple[Shell, LibraryPage]) -> None:
    """Alt+letter on the Library tab reaches one widget, never a menu, a tab or a sidebar button."""
    shell, page = page_en
    window = shell.window
    taken = {_mnemonic(action.text()) for action in window.menuBar().actions()}
    taken |= {_mnemonic(window.tabs.tabText(i)) for i in range(window.tabs.count())}
    taken |= {_mnemonic(b.text()) for b in window.interviews.findChildren(QAbstractButton)}
    ours = [_mnemonic(text) for text in _page_mnemonic_sources(page)]
    assert len(ours) == len(set(ours)), ours
    assert not (set(ours) & taken), set(ours) & taken


def test_mnemonics_do_not_collide_in_russian(page_en: tuple[Shell, LibraryPage]) -> None:
    """The Russian mnemonics are unique too, and clear of the window's own in the studio's catalogue."""
    _shell, page = page_en
    ours_catalogue = _catalogue(CATALOGUE)
    ours = [_mnemonic(ours_catalogue[("LibraryPage", text)]) for text in _page_mnemonic_sources(page)]
    assert None not in ours and len(ours) == len(set(ours)), ours
    studio = ROOT / "resources" / "translations" / "studio_ru.ts"
    if not studio.exists():
        return
    window_texts = {"&Voice", "&Exercises", "&Checklists", "&Library", "&File", "&Edit", "&View", "&Help"}
    window_texts |= {"&Add…", "&Edit…", "&Delete"}
    theirs = {
        _mnemonic(translation)
        for (context, source), translation in _catalogue(studio).items()
        if context in ("MainWindow", "InterviewsPanel") and source in window_texts and translation
    }
    assert not (set(ours) & theirs), set(ours) & theirs
