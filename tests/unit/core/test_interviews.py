"""Interview stages: one journey list covers every stage an interview, a checklist or a question set can name."""

from __future__ import annotations

from studio.core.content import CHECKLIST_STAGES, QUESTION_STAGES
from studio.core.interviews import JOURNEY, STAGES, journey_order


def test_every_stage_is_on_the_journey_once() -> None:
    """Interview, checklist and question stages all come from the one journey list, so one label table covers them."""
    assert len(JOURNEY) == len(set(JOURNEY))
    assert set(STAGES) | set(CHECKLIST_STAGES) | set(QUESTION_STAGES) <= set(JOURNEY)


def test_interview_stages_keep_journey_order() -> None:
    """The interview dialog lists its stages in the same order as every other stage menu."""
    assert journey_order(STAGES) == list(STAGES)


def test_journey_order_sorts_and_keeps_unknown_ids_last() -> None:
    """Stages are sorted along the journey, each once; an id the studio does not know goes last, not lost."""
    assert journey_order(["offer", "brunch", "phone_screen", "offer"]) == ["phone_screen", "offer", "brunch"]
