"""Every tab and dialog at 1280×800 and 1920×1080, in English and Russian: no text is cut off or elided, no
identifier is shown instead of words, and the Russian interface has no English left in it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.layout_check import Finding, unique
from tests.gui.ui_tour import LANGUAGES, SIZES, Tour

CASES = [pytest.param(lang, size, id=f"{lang}-{size[0]}x{size[1]}") for lang in LANGUAGES for size in SIZES]
MUST_SEE = {"welcome", "voice", "exercises", "checklists", "library", "dialog/settings", "dialog/new-interview"}


def walk(app: QApplication, lang: str, size: tuple[int, int]) -> tuple[list[str], list[Finding]]:
    """Visit every view of a filled studio; returns the views seen and what a user would frown at."""
    tour = Tour(app, lang, size)
    seen: list[str] = []
    found: list[Finding] = []
    try:
        for name, root in tour.views():
            seen.append(name)
            found += tour.look(name, root)
    finally:
        tour.close()
    return seen, unique(tour.problems + found)


@pytest.mark.parametrize(("lang", "size"), CASES)
def test_every_text_fits_and_is_translated(qapp: QApplication, qtbot: QtBot, lang: str, size: tuple[int, int]) -> None:
    """A person looking at every tab and dialog sees no cut-off text and, in Russian, no English."""
    seen, found = walk(qapp, lang, size)
    assert set(seen) >= MUST_SEE, f"views not reached: {sorted(MUST_SEE - set(seen))}; problems: {found}"
    assert not found, f"{len(found)} findings in {lang} at {size[0]}×{size[1]}:\n" + "\n".join(map(str, found))
