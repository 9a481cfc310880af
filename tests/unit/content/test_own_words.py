"""The shipped content is written in its own words: no text repeats a run of 12 or more words of a seed guide."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from studio.content import Library, load_library
from studio.core.content import QuestionSet, prose

SEEDS = Path(__file__).resolve().parents[3].parent / "shared" / "seeds"
RUN = 12
_WORD = re.compile(r"[0-9a-zа-я]+")

#: Question wordings that are standard interview questions (the same in every guide and on every job site), so
#: they may match a guide word for word: (set id, question id).
STANDARD_QUESTIONS: frozenset[tuple[str, str]] = frozenset(
    {
        ("hr_interview", "difficult_client"),
        ("hr_interview", "mistake_with_client"),
        ("hr_interview", "team_project"),
        ("practical_tasks", "customer_wrong_but_sure"),
    }
)


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold().replace("ё", "е"))


def shingles(tokens: list[str], size: int = RUN) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def longest_shared_run(tokens: list[str], guide: set[tuple[str, ...]], guide_words: list[str]) -> int:
    """The longest run of ``tokens`` that also occurs in the guide (at least RUN long, else 0)."""
    best = 0
    i = 0
    while i <= len(tokens) - RUN:
        if tuple(tokens[i : i + RUN]) in guide:
            end = i + RUN
            text = " " + " ".join(guide_words) + " "
            while end < len(tokens) and f" {' '.join(tokens[i : end + 1])} " in text:
                end += 1
            best = max(best, end - i)
            i = end
        else:
            i += 1
    return best


@pytest.fixture(scope="module")
def guide() -> tuple[set[tuple[str, ...]], list[str]]:
    """Every 12-word run of the three seed guides."""
    if not SEEDS.is_dir():
        pytest.skip(f"the seed guides are not at {SEEDS}")
    tokens: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        tokens += [*words(path.read_text(encoding="utf-8")), "¶"]
    return shingles(tokens), tokens


@pytest.fixture(scope="module")
def library() -> Library:
    """The shipped library."""
    return load_library(strict=True)


def test_no_text_repeats_twelve_words_of_a_guide(
    library: Library, guide: tuple[set[tuple[str, ...]], list[str]]
) -> None:
    """Facts are carried over, sentences are not: a run of 12+ words shared with a guide fails, naming the text."""
    runs, guide_words = guide
    copied: list[str] = []
    for model in library.all():
        for path, text in prose(model):
            if isinstance(model, QuestionSet) and path.endswith(".text"):
                index = int(path.split("[")[1].split("]")[0])
                if (model.id, model.questions[index].id) in STANDARD_QUESTIONS:
                    continue
            tokens = words(text)
            if len(tokens) >= RUN and shingles(tokens) & runs:
                length = longest_shared_run(tokens, runs, guide_words)
                copied.append(f"{model.kind}/{model.id}.{model.lang} {path}: {length} words")
    assert copied == []


def test_the_check_catches_a_copied_sentence(guide: tuple[set[tuple[str, ...]], list[str]]) -> None:
    """The overlap check is not vacuous: twelve consecutive words lifted from a guide are found."""
    runs, guide_words = guide
    lifted = guide_words[1000 : 1000 + RUN]
    assert longest_shared_run(["my", "own", *lifted, "words"], runs, guide_words) >= RUN
