"""The library's questions as the mock interview needs them: by id, by stage, with texts in one language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from studio.core.content import QUESTION_STAGES, QuestionSet


@dataclass(frozen=True)
class QuestionRef:
    """One question of the library.

    Attributes:
        id: Content id (stable across languages).
        text: The question.
        why: Why interviewers ask it.
        strong_answer: What a strong answer does.
        stage: The question set's stage.
        hints: Short hints.
    """

    id: str
    text: str
    why: str
    strong_answer: str
    stage: str
    hints: tuple[str, ...] = ()


def all_questions(library: Any, lang: str) -> list[QuestionRef]:
    """Every question of every stage in ``lang`` (falling back to the other language), in stage order."""
    if library is None:
        return []
    out: list[QuestionRef] = []
    seen: set[str] = set()
    for stage in QUESTION_STAGES:
        for model in library.by_stage("questions", stage, lang):
            if not isinstance(model, QuestionSet):
                continue
            for q in model.questions:
                if q.id in seen:
                    continue
                seen.add(q.id)
                out.append(QuestionRef(q.id, q.text, q.why, q.strong_answer, model.stage, tuple(q.hints)))
    return out


def questions_by_id(library: Any, lang: str) -> dict[str, QuestionRef]:
    return {q.id: q for q in all_questions(library, lang)}


def star_examples(library: Any, lang: str) -> list[Any]:
    """The guide's worked STAR stories (read-only examples), in ``lang``."""
    if library is None:
        return []
    out = []
    for model in library.items("guides", lang):
        if getattr(model, "guide_kind", None) == "star":
            out.extend(example for example in model.examples if hasattr(example, "situation"))
    return out
