"""The shipped content names things one way: the glossary below is enforced on every text."""

from __future__ import annotations

import re

import pytest

from studio.content import Library, load_library
from studio.core.content import prose

#: (language, preferred term, pattern of the variants it replaces).
GLOSSARY: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    (
        "en",
        "client relationship manager",
        re.compile(
            r"client[- ]relations manager|customer[- ]relationship manager|\baccount manager|"
            r"\bclient manager|customer manager|client-relationship manager",
            re.IGNORECASE,
        ),
    ),
    ("en", "CV", re.compile(r"\br[eé]sum[eé]s?\b", re.IGNORECASE)),
    ("ru", "менеджер по работе с клиентами", re.compile(r"менеджер\w* по (?:взаимодействию|работе с клиентурой)")),
)


@pytest.fixture(scope="module")
def library() -> Library:
    """The shipped library."""
    return load_library(strict=True)


@pytest.mark.parametrize(("lang", "term", "variants"), GLOSSARY, ids=[g[1] for g in GLOSSARY])
def test_one_term_for_each_thing(library: Library, lang: str, term: str, variants: re.Pattern[str]) -> None:
    """Every text uses the glossary's term, never one of its variants."""
    found = [
        f"{model.kind}/{model.id}.{model.lang} {path}: '{match[0]}'"
        for model in library.all()
        if model.lang == lang
        for path, text in prose(model)
        for match in [variants.search(text)]
        if match
    ]
    assert found == [], f"use '{term}'"


def test_the_role_is_named_in_both_languages(library: Library) -> None:
    """The glossary terms are really in use, so the check is not vacuous."""
    texts = {
        lang: " ".join(text for m in library.all() if m.lang == lang for _p, text in prose(m)) for lang in ("en", "ru")
    }
    assert "client relationship manager" in texts["en"] and " CV" in texts["en"]
    assert "менеджер по работе с клиентами" in texts["ru"]
