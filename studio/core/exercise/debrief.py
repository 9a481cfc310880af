"""After an attempt: planned vs used time per phase and the self-assessment (scores, written answers)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from studio.core.exercise.session import Session


class DebriefError(ValueError):
    """A debrief entry is not acceptable; ``criterion`` names the criterion (empty for other fields)."""

    def __init__(self, criterion: str, message: str) -> None:
        super().__init__(f"criterion {criterion!r}: {message}" if criterion else message)
        self.criterion = criterion


class PhaseRow(NamedTuple):
    """Planned vs used time of one phase (``overtime_s``: used beyond what the phase was allotted)."""

    phase_id: str
    title: str
    planned_s: float
    used_s: float
    overtime_s: float


def phase_report(session: Session) -> list[PhaseRow]:
    """Planned, used and overtime seconds per phase.

    ``overtime_s`` is the time used beyond the phase's allotment (plan + extensions + time carried in), which is
    what the countdown showed as overtime; what the phase later handed on does not hide it.
    """
    return [
        PhaseRow(t.phase_id, t.title, t.planned_s, t.used_s, max(0.0, t.used_s - t.allotted_s))
        for t in session.phase_times()
    ]


@dataclass(frozen=True)
class CriterionScore:
    """A self-score of one success criterion: 1 (poor) to 5 (excellent), with a note."""

    criterion_id: str
    score: int
    note: str = ""
    title: str = ""


@dataclass(frozen=True)
class AssessorAnswer:
    """A written answer to one of the assessors' typical questions."""

    question: str
    answer: str
    question_id: str = ""


@dataclass(frozen=True)
class Debrief:
    """The self-assessment after an attempt.

    Raises:
        DebriefError: If a score is not a whole number 1-5 or a criterion is empty or repeated (names it).
    """

    scores: tuple[CriterionScore, ...] = ()
    answers: tuple[AssessorAnswer, ...] = ()
    summary: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "scores", tuple(self.scores))
        object.__setattr__(self, "answers", tuple(self.answers))
        seen: set[str] = set()
        for item in self.scores:
            name = item.criterion_id
            if not name.strip():
                raise DebriefError("", "a criterion id is empty")
            if name in seen:
                raise DebriefError(name, "is scored twice")
            seen.add(name)
            if isinstance(item.score, bool) or not isinstance(item.score, int) or not 1 <= item.score <= 5:
                raise DebriefError(name, f"score {item.score!r} is outside 1-5 (a whole number is needed)")

    def average_score(self) -> float | None:
        """Mean of the scores, or None without scores."""
        return sum(s.score for s in self.scores) / len(self.scores) if self.scores else None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able dict (inverse of :meth:`from_dict`)."""
        return {
            "scores": [
                {"criterion_id": s.criterion_id, "score": s.score, "note": s.note, "title": s.title}
                for s in self.scores
            ],
            "answers": [
                {"question": a.question, "answer": a.answer, "question_id": a.question_id} for a in self.answers
            ],
            "summary": self.summary,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Debrief:
        """Build a debrief from :meth:`to_dict` output (validated like any other)."""
        return cls(
            tuple(CriterionScore(**s) for s in data.get("scores", ())),
            tuple(AssessorAnswer(**a) for a in data.get("answers", ())),
            str(data.get("summary", "")),
        )
