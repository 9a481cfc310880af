"""One entry point: validate a parsed table as the model of its kind."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from studio.core.content.base import ContentError, Kind
from studio.core.content.guides import Guide
from studio.core.content.items import ChecklistTemplate, Exercise, Letter, QuestionSet

Model = ChecklistTemplate | Exercise | QuestionSet | Letter | Guide

MODELS: dict[Kind, type[ChecklistTemplate] | type[Exercise] | type[QuestionSet] | type[Letter] | type[Guide]] = {
    Kind.CHECKLISTS: ChecklistTemplate,
    Kind.EXERCISES: Exercise,
    Kind.QUESTIONS: QuestionSet,
    Kind.LETTERS: Letter,
    Kind.GUIDES: Guide,
}


def validate(kind: Kind | str, raw: Mapping[str, Any], source: str, *, check_name: bool = True) -> Model:
    """Validate ``raw`` as content of ``kind`` (a folder name such as ``checklists``)."""
    try:
        model = MODELS[Kind(kind)]
    except ValueError:
        raise ContentError(source, None, "<kind>", f"unknown content kind '{kind}'") from None
    return model.validate(raw, source, check_name=check_name)
