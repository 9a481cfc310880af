"""The language rule (no Cyrillic in English; only allowed Latin terms in Russian) and text validation."""

from __future__ import annotations

import dataclasses
import re

from studio.core.content.base import ContentError, Kind
from studio.core.content.items import ContentItem
from studio.core.content.toml_text import locate, parse_toml_text
from studio.core.content.validation import Model, validate

# ------------------------------------------------------------------------------------------------ languages

#: Latin words a Russian text may use: industry abbreviations, STAR's letters, site and service names. Anything
#: else in Latin letters in a Russian file is a leftover of a translation.
RU_LATIN_TERMS: frozenset[str] = frozenset(
    word.casefold()
    for word in (
        "A", "R", "S", "T", "STAR", "KPI", "CRM", "CSAT", "NPS", "CES", "SLA", "ERP", "HR", "IT", "CV", "PDF",
        "HeadHunter", "hh", "ru", "com", "SuperJob", "LinkedIn", "TenChat", "Glassdoor", "dreamjob", "otzovik",
        "soft", "skills", "skill", "hard", "Re", "Zoom", "Teams", "Telegram", "upsell", "cross-sell", "churn",
        "email", "e-mail", "B2B", "B2C", "SMART", "FAQ", "QBR", "MRR", "ARR", "LTV",
    )
)  # fmt: skip
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
#: Fields that hold ids or fixed words, not prose.
_NOT_PROSE = frozenset(
    {"id", "lang", "source", "stage", "kind", "exercise_kind", "letter_kind", "guide_kind", "category", "technique"}
    | {"verdict", "origin", "fallback_from", "tags", "brief"}
)


def prose(model: object, path: str = "") -> list[tuple[str, str]]:
    """Every human-readable text of an item as (field path, text); ids and fixed words are left out."""
    out: list[tuple[str, str]] = []
    if isinstance(model, str):
        out.append((path, model))
    elif isinstance(model, tuple | list):
        for index, element in enumerate(model):
            out += prose(element, f"{path}[{index}]")
    elif dataclasses.is_dataclass(model) and not isinstance(model, type):
        for f in dataclasses.fields(model):
            if f.name not in _NOT_PROSE:
                out += prose(getattr(model, f.name), f"{path}.{f.name}" if path else f.name)
    return out


def language_problems(model: ContentItem, source: str) -> list[ContentError]:
    """Texts not in the item's language: any Cyrillic in English, Latin words in Russian other than the terms
    of :data:`RU_LATIN_TERMS`."""
    problems: list[ContentError] = []
    for path, text in prose(model):
        if model.lang == "en":
            match = _CYRILLIC.search(text)
            if match:
                snippet = text[max(0, match.start() - 10) : match.start() + 10].replace("\n", " ")
                problems.append(ContentError(source, model.id, path, f"Cyrillic in an English text: '…{snippet}…'"))
        elif model.lang == "ru":
            words = _LATIN_WORD.findall(_PLACEHOLDER.sub(" ", text))
            foreign = sorted({w for w in words if w.casefold() not in RU_LATIN_TERMS})
            if foreign:
                problems.append(
                    ContentError(
                        source,
                        model.id,
                        path,
                        f"Latin words in a Russian text: {', '.join(foreign)} (allowed terms: RU_LATIN_TERMS)",
                    )
                )
    return problems


def validate_text(
    kind: Kind | str, text: str, source: str, *, check_name: bool = True, check_language: bool = False
) -> Model:
    """Parse and validate the text of one content file; every problem carries its line where the text shows it.

    Args:
        check_language: also refuse texts not in the item's language (see :func:`language_problems`).
    """
    raw = parse_toml_text(text, source)
    try:
        model = validate(kind, raw, source, check_name=check_name)
        if check_language:
            problems = language_problems(model, source)
            if problems:
                raise ContentError.combine(problems)
    except ContentError as exc:
        locate(exc, text)
        raise
    return model
