"""Checklist runs as pure data: readiness, ordering, export text, suggestions and user-template TOML."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.core.checklists import (
    ChecklistError,
    RunExport,
    RunItem,
    html_document,
    markdown,
    move_after,
    move_before,
    parse_markdown_tasks,
    parse_template,
    readiness,
    readiness_percent,
    slug,
    step,
    suggest_templates,
    template_from_items,
    template_toml,
    unique_id,
)
from studio.core.content import ChecklistTemplate, ContentError

TEMPLATE_TOML = """
id = "phone_screen"
lang = "en"
title = "Phone screening"
stage = "phone_screen"
description = "Before the call"

[[sections]]
title = "Before"

[[sections.items]]
id = "quiet"
text = "Find a quiet place"
hint = "No background noise"

[[sections.items]]
id = "cv"
text = "Keep the CV at hand"

[[sections]]
title = "During"

[[sections.items]]
id = "smile"
text = "Smile — it is heard"
"""


def _items() -> list[RunItem]:
    return [
        RunItem(1, "One", "A", checked=True),
        RunItem(2, "Two", "B"),
        RunItem(3, "Three", "A", note="call back"),
        RunItem(4, "Four", "B", checked=True),
    ]


def test_readiness_rounds_down_and_empty_is_zero() -> None:
    """100 % only when everything is ticked; an empty run is 0 %, not a division error."""
    assert readiness_percent(0, 0) == 0
    assert readiness_percent(2, 3) == 66
    assert readiness_percent(199, 200) == 99
    assert readiness_percent(3, 3) == 100
    ready = readiness(_items())
    assert (ready.checked, ready.total, ready.percent) == (2, 4, 50)


@given(st.integers(0, 500), st.integers(0, 500))
def test_readiness_is_always_between_0_and_100(checked: int, total: int) -> None:
    """Any counts give a percent in 0..100, and 100 only for a complete run."""
    value = readiness_percent(checked, total)
    assert 0 <= value <= 100
    assert (value == 100) == (total > 0 and checked >= total)


def test_move_before_after_and_step() -> None:
    """Moves put the item where asked and keep every other item in order."""
    order = [1, 2, 3, 4]
    assert move_before(order, 4, 2) == [1, 4, 2, 3]
    assert move_before(order, 1, None) == [2, 3, 4, 1]
    assert move_after(order, 1, 3) == [2, 3, 1, 4]
    assert step(order, order, 3, -1) == [1, 3, 2, 4]
    assert step(order, order, 1, -1) is None
    assert step(order, order, 4, +1) is None
    # with a filter on (2 and 3 hidden), moving 4 up jumps over the hidden ones only
    assert step(order, [1, 4], 4, -1) == [4, 1, 2, 3]
    with pytest.raises(KeyError):
        move_before(order, 9, 1)


@given(st.permutations(list(range(8))), st.integers(0, 7), st.one_of(st.none(), st.integers(0, 7)))
def test_move_before_is_a_permutation(order: list[int], moving: int, before: int | None) -> None:
    """A move never loses or duplicates an item."""
    moved = move_before(order, moving, before)
    assert sorted(moved) == sorted(order)
    if before is not None and before != moving:
        assert moved.index(moving) == moved.index(before) - 1


def test_suggestions_follow_the_stage_and_skip_existing() -> None:
    """Phone screen → phone screening checklist; offer → offer decision; only templates that exist, not twice."""
    available = ["phone_screen", "day_of_interview", "offer_decision", "hr_interview"]
    assert suggest_templates("phone_screen", available) == ["phone_screen", "day_of_interview"]
    assert suggest_templates("offer", available) == ["offer_decision"]
    assert suggest_templates("hr_interview", available, already=["day_of_interview"]) == ["hr_interview"]
    assert suggest_templates("unknown", available) == []


def test_markdown_lists_every_item_and_reads_back() -> None:
    """The Markdown export has every item with its tick, grouped by section, and markup in texts is escaped."""
    items = [*_items(), RunItem(5, "Use *stars* and [links]", "A")]
    text = markdown(RunExport("Day of interview", items, subtitle="Acme — Manager"))
    tasks = parse_markdown_tasks(text)
    assert [t for _c, t in tasks] == ["One", "Three", "Use *stars* and [links]", "Two", "Four"]
    assert [c for c, _t in tasks] == [True, False, False, False, True]
    assert "## A" in text and "## B" in text and "Readiness: 40 % (2 of 5)" in text
    assert "call back" in text


def test_html_escapes_and_contains_every_item() -> None:
    """The HTML for PDF/print escapes text and shows each item with a box."""
    items = [RunItem(1, "<b>bold</b> & co", "A", checked=True), RunItem(2, "Второй пункт", "A")]
    doc = html_document(RunExport("Чек-лист", items))
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; co" in doc and "Второй пункт" in doc
    assert doc.count("☑") == 1 and doc.count("☐") == 1


def test_template_from_items_round_trips_through_toml() -> None:
    """A run saved as a template keeps sections and texts, and its TOML reads back to the same template."""
    template = template_from_items(
        _items(), template_id="my-list", lang="en", title="My list", stage="phone_screen", description=""
    )
    assert [s.title for s in template.sections] == ["A", "B"]
    assert [i.text for i in template.items] == ["One", "Three", "Two", "Four"]
    assert parse_template(template_toml(template), "x.toml") == template
    with pytest.raises(ChecklistError) as err:
        template_from_items([], template_id="x", lang="en", title="T", stage="phone_screen", description="")
    assert err.value.field == "items"
    with pytest.raises(ChecklistError) as err:
        template_from_items(_items(), template_id="x", lang="en", title="T", stage="party", description="")
    assert err.value.field == "stage"


def test_parse_template_names_file_and_field() -> None:
    """A malformed template names the file and the field (or the line of a syntax error)."""
    template = parse_template(TEMPLATE_TOML, "mine.toml")
    assert isinstance(template, ChecklistTemplate) and len(template.items) == 3
    with pytest.raises(ContentError) as err:
        parse_template(TEMPLATE_TOML.replace('stage = "phone_screen"', 'stage = "party"'), "mine.toml")
    assert err.value.file == "mine.toml" and err.value.field == "stage"
    with pytest.raises(ContentError) as err:
        parse_template(TEMPLATE_TOML.replace('text = "Keep the CV at hand"', "text = 5"), "mine.toml")
    assert err.value.item_id == "cv" and err.value.field.endswith(".text")
    with pytest.raises(ContentError) as err:
        parse_template('id = "x"\ntitle = \nlang = "en"', "broken.toml")
    assert err.value.line == 2 and "syntax" in str(err.value)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_parse_template_only_ever_raises_content_error(text: str) -> None:
    """Arbitrary text is either a template or a ContentError — never another exception."""
    try:
        parse_template(text, "fuzz.toml")
    except ContentError as exc:
        assert "fuzz.toml" in str(exc)


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=80).filter(lambda s: s.strip()), st.text(max_size=80))
def test_any_item_text_survives_toml(text: str, hint: str) -> None:
    """Quotes, backslashes, control characters and Cyrillic in texts survive the TOML round trip."""
    items = [RunItem(1, text, "Раздел", hint=hint)]
    template = template_from_items(items, template_id="t", lang="ru", title="T", stage="case", description="d")
    assert parse_template(template_toml(template), "t.toml") == template


def test_slug_and_unique_id() -> None:
    """Template ids are valid words and never collide with taken ones."""
    assert slug("My Phone Screen!") == "my-phone-screen"
    assert slug("Мой список") == "my-checklist"
    assert unique_id("a", ["a", "a-2"]) == "a-3"
    assert unique_id("b", ["a"]) == "b"
