"""Items written beyond the guides say so, and the new letter kinds have names and a stage."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from studio.content import load_library
from studio.ui.library.render import letter_html, letter_kind_label, stage_of


def test_coach_letters_are_labelled_and_named(qapp: QApplication) -> None:
    """A coach's letter shows where it comes from, its kind in words and sits on the interview-day stage."""
    library = load_library(use_cache=False)
    letter = library.find("letters", "nudge_after_silence", "en")
    assert letter is not None and letter.source == "coach"
    html = letter_html(letter)
    assert "beyond the three guides" in html
    assert letter_kind_label(letter.letter_kind) == "A nudge after silence"
    assert stage_of(letter) == "day_of_interview"
    guide_letter = library.find("letters", "accept_offer", "en")
    assert guide_letter is not None and "beyond the three guides" not in letter_html(guide_letter)
