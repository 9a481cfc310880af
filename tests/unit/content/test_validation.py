"""Tests for studio/content/loader.py validation: lines of schema errors, all errors at once, languages, briefs."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.content import ContentError, Kind, Library, load_item_toml, load_library
from studio.core.checklists import parse_template
from studio.core.content import Exercise, QuestionSet


def write(root: Path, kind: str, name: str, text: str) -> Path:
    folder = root / kind
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


CHECKLIST = """id = "list"
lang = "en"
title = "A list"
stage = "phone"
description = "About it"

[[sections]]
title = "Before"

[[sections.items]]
id = "a"
text = "Do it"
colour = "red"

[[sections.items]]
id = "a"
text = ""
"""


VALID_EN = """id = "list"
lang = "en"
title = "A list"
stage = "case"
description = "About it"

[[sections]]
title = "Before"

[[sections.items]]
id = "a"
text = "Do it"
"""


def test_schema_errors_carry_their_lines_and_come_all_at_once(tmp_path: Path) -> None:
    """Every schema problem of a file is reported in one error, each with the line of its field."""
    path = write(tmp_path, "checklists", "list.en.toml", CHECKLIST)
    with pytest.raises(ContentError) as info:
        load_item_toml(path, Kind.CHECKLISTS)
    found = [(e.field, e.line) for e in info.value.errors]
    assert found == [
        ("stage", 4),
        ("sections[0].items[0].colour", 13),
        ("sections[0].items[1].text", 17),
        ("sections[0].items[1].id", 16),
    ]
    text = str(info.value)
    assert text.startswith(f"{path}, line 4:") and "and 3 more" in text and "line 13" in text


def test_library_reports_schema_lines_even_from_the_cache(tmp_path: Path) -> None:
    """A bad user file's error names its line on a cached load too (the cache holds tables, not text)."""
    user, cache = tmp_path / "user", tmp_path / "cache.json"
    write(user, "checklists", "list.en.toml", VALID_EN.replace('text = "Do it"', 'text = "Do it"\ncolour = "red"'))
    for _ in range(2):
        errors = load_library(user_dir=user, cache_file=cache).user_errors
        assert [(e.field, e.line) for e in errors] == [("sections[0].items[0].colour", 13)]


def test_template_import_errors_carry_lines() -> None:
    """A checklist template import names the line of a schema mistake, like a content file does."""
    with pytest.raises(ContentError) as info:
        parse_template(CHECKLIST, "mine.toml")
    assert info.value.line == 4 and len(info.value.errors) == 4


def test_template_and_content_word_syntax_errors_alike(tmp_path: Path) -> None:
    """One formatter words TOML syntax errors for content files and checklist templates."""
    text = 'id = "x"\ntitle = "oops\n'
    path = write(tmp_path, "checklists", "x.en.toml", text)
    with pytest.raises(ContentError) as content:
        load_item_toml(path, Kind.CHECKLISTS)
    with pytest.raises(ContentError) as template:
        parse_template(text, "x.en.toml")
    assert content.value.message == template.value.message and content.value.line == template.value.line == 2


def test_builtin_english_with_cyrillic_or_russian_with_stray_latin_is_refused(tmp_path: Path) -> None:
    """The loader itself refuses a shipped English text with Cyrillic and a Russian text with non-term Latin."""
    en = VALID_EN.replace("Do it", "Do it сейчас")
    ru = en.replace('lang = "en"', 'lang = "ru"').replace("A list", "Список").replace("About it", "О чём")
    ru = ru.replace("Before", "До звонка").replace("Do it сейчас", "Открыть CRM и отчёт KPI, then go")
    write(tmp_path, "checklists", "list.en.toml", en)
    write(tmp_path, "checklists", "list.ru.toml", ru)
    library = load_library(tmp_path, use_cache=False)
    assert library.ids(Kind.CHECKLISTS) == []
    messages = {Path(e.file).name: str(e) for e in library.builtin_errors}
    assert "Cyrillic" in messages["list.en.toml"] and "line 12" in messages["list.en.toml"]
    assert "go, then" in messages["list.ru.toml"] and "CRM" not in messages["list.ru.toml"].split("Latin words")[1]


def test_user_items_may_mix_languages(tmp_path: Path) -> None:
    """The language rule binds shipped content only: a user's own English item may quote a Russian phrase."""
    user = tmp_path / "user"
    text = VALID_EN.replace("Do it", "Say «здравствуйте»").replace('"list"', '"mine"')
    write(user, "checklists", "mine.en.toml", text)
    library = load_library(tmp_path / "none", user_dir=user, use_cache=False)
    assert library.user_errors == () and library.ids(Kind.CHECKLISTS) == ["mine"]


BRIEF_EN = """id = "calls"
lang = "en"
title = "Every call"
intro = "Your partner plays the client."
criteria = ["Listens", "Agrees a next step"]
preparation = ["Read the product sheet"]
"""

EXERCISE_EN = """id = "call"
lang = "en"
title = "A call"
kind = "role_play"
brief = "calls"
duration_min = 5
statement = "The client wants a discount."
criteria = ["Keeps the price", "Listens"]

[[phases]]
id = "talk"
title = "Talk"
minutes = 5
"""


def test_exercise_brief_is_merged_so_the_ui_sees_a_plain_exercise(tmp_path: Path) -> None:
    """An exercise naming a shared brief gets its intro, criteria and lists, and no longer names the brief."""
    write(tmp_path, "briefs", "calls.en.toml", BRIEF_EN)
    write(tmp_path, "exercises", "call.en.toml", EXERCISE_EN)
    library = load_library(tmp_path, use_cache=False, strict=True)
    exercise = library.get(Kind.EXERCISES, "call", "en")
    assert isinstance(exercise, Exercise) and exercise.brief is None
    assert exercise.statement == "Your partner plays the client.\n\nThe client wants a discount."
    assert exercise.criteria == ("Listens", "Agrees a next step", "Keeps the price")
    assert exercise.preparation == ("Read the product sheet",)
    assert library.ids(Kind.EXERCISES) == ["call"]


def test_missing_or_foreign_brief_is_named(tmp_path: Path) -> None:
    """An exercise naming a brief that does not exist in its language is skipped with the field named."""
    write(tmp_path, "briefs", "calls.en.toml", BRIEF_EN)
    path = write(tmp_path, "exercises", "call.en.toml", EXERCISE_EN.replace('brief = "calls"', 'brief = "nope"'))
    errors = load_library(tmp_path, use_cache=False).builtin_errors
    assert [(e.file, e.field, e.line) for e in errors] == [(str(path), "brief", 5)]


def test_pair_check_compares_criteria_hints_and_examples(tmp_path: Path) -> None:
    """RU and EN must agree beyond ids: the number of criteria, a question's hints and examples, phase questions."""
    library = load_library()
    exercise = next(m for m in library.all() if isinstance(m, Exercise) and m.lang == "en")
    twin = library.exact(Kind.EXERCISES, exercise.id, "ru")
    assert isinstance(twin, Exercise)
    questions = next(m for m in library.all() if isinstance(m, QuestionSet) and m.lang == "en")
    qtwin = library.exact(Kind.QUESTIONS, questions.id, "ru")
    assert isinstance(qtwin, QuestionSet)
    raw = qtwin.to_raw()
    raw["questions"][0]["hints"] = [*raw["questions"][0].get("hints", []), "Ещё одна подсказка"]
    lib = Library([exercise, questions])
    lib.add(Exercise.validate({**twin.to_raw(), "criteria": list(twin.criteria[:-1])}, "x", check_name=False))
    lib.add(QuestionSet.validate(raw, "x", check_name=False))
    assert {p.item_id for p in lib.check_pairs()} == {exercise.id, questions.id}
