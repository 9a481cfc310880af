"""Tests for studio/core/content.py: the content schema and its error messages."""

from __future__ import annotations

import copy
import itertools
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.core.content import (
    CHECKLIST_STAGES,
    LETTER_PLACEHOLDERS,
    MODELS,
    ChecklistTemplate,
    ContentError,
    Exercise,
    Guide,
    Kind,
    Letter,
    QuestionSet,
    fill_placeholders,
    placeholders,
    split_file_name,
    validate,
)

FUZZ = settings(
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def checklist_raw() -> dict[str, Any]:
    return {
        "id": "phone_screen",
        "lang": "en",
        "title": "Phone screening",
        "source": "002",
        "tags": ["phone"],
        "stage": "phone_screen",
        "description": "A short first call.",
        "sections": [
            {
                "title": "Before the call",
                "items": [
                    {"id": "charge_phone", "text": "Charge your phone"},
                    {"id": "quiet_place", "text": "Find a quiet place", "hint": "No distractions."},
                ],
            },
            {"title": "During", "items": [{"id": "smile", "text": "Smile"}]},
        ],
    }


def exercise_raw() -> dict[str, Any]:
    return {
        "id": "support_case",
        "lang": "en",
        "title": "Support requests case",
        "kind": "case",
        "duration_min": 30,
        "statement": "Requests to support rose by 30 % in a month.",
        "phases": [
            {"id": "analysis", "title": "Analysis", "minutes": 10, "questions": ["Why did requests grow?"]},
            {"id": "options", "title": "Options", "minutes": 12.5},
            {"id": "plan", "title": "Plan", "minutes": 7.5, "questions": []},
        ],
        "criteria": ["Finds the root cause"],
        "assessor_questions": ["What risks do you see?"],
        "preparation": ["Practise cases"],
        "good_behaviour": ["Asks about the data"],
        "bad_behaviour": ["Jumps to hiring more staff"],
    }


def questions_raw() -> dict[str, Any]:
    return {
        "id": "hr_interview",
        "lang": "ru",
        "title": "Собеседование с HR",
        "stage": "hr_interview",
        "questions": [
            {
                "id": "difficult_client",
                "text": "Расскажите о трудном клиенте.",
                "category": "behavioural",
                "why": "Проверяют клиентоориентированность.",
                "strong_answer": "Конкретная история по STAR.",
                "good_example": "Клиент был недоволен сроками…",
                "bad_example": "Я старался побыстрее от него отделаться.",
                "hints": ["Ситуация, задача, действия, результат"],
                "technique": "star",
            },
            {
                "id": "mistakes",
                "text": "Расскажите о своих ошибках.",
                "category": "provocative",
                "why": "Проверяют самокритичность.",
                "strong_answer": "Урок, который вы извлекли.",
            },
        ],
    }


def letter_raw() -> dict[str, Any]:
    return {
        "id": "accept_offer",
        "lang": "en",
        "title": "Accepting an offer",
        "letter_kind": "accept",
        "subject": "Accepting the {role} offer",
        "body": "Dear {interviewer},\n\nI am glad to accept the {role} position at {company}. I can start on {date}."
        "\n\nBest regards,\n{name}",
    }


def guide_raws() -> list[dict[str, Any]]:
    head = {"lang": "en", "title": "A guide", "source": "002"}
    return [
        {
            **head,
            "id": "intro",
            "guide_kind": "self_introduction",
            "parts": [{"title": "Who you are", "hint": "Name and field", "seconds": 20}],
            "examples": [{"title": "Good", "text": "Hello, I am Anna…", "verdict": "good"}],
        },
        {**head, "id": "hh", "guide_kind": "headhunter_steps", "steps": [{"title": "Facts", "text": "Years…"}]},
        {
            **head,
            "id": "offer",
            "guide_kind": "offer_evaluation",
            "criteria": [{"title": "Salary", "question": "Does it match the market?"}],
            "red_flags": ["Vague KPIs"],
            "phrases": [{"situation": "Salary too low", "good": "Could we discuss…", "bad": "I'm worth more!"}],
        },
        {
            **head,
            "id": "star",
            "guide_kind": "star",
            "parts": [{"title": "Situation", "hint": "Where and when"}],
            "examples": [{"situation": "S", "task": "T", "action": "A", "result": "R"}],
        },
        {**head, "id": "needs", "guide_kind": "employer_needs", "steps": [{"title": "Ask", "text": "How do I…"}]},
    ]


BASES: list[tuple[Kind, Callable[[], dict[str, Any]]]] = [
    (Kind.CHECKLISTS, checklist_raw),
    (Kind.EXERCISES, exercise_raw),
    (Kind.QUESTIONS, questions_raw),
    (Kind.LETTERS, letter_raw),
    *[(Kind.GUIDES, (lambda raw=raw: copy.deepcopy(raw))) for raw in guide_raws()],
]


def file_of(raw: dict[str, Any]) -> str:
    return f"data/x/{raw['id']}.{raw['lang']}.toml"


def expect_error(kind: Kind, raw: dict[str, Any], source: str | None = None) -> ContentError:
    with pytest.raises(ContentError) as info:
        validate(kind, raw, source or file_of(raw))
    return info.value


# ------------------------------------------------------------------------------------------------ valid data


@pytest.mark.parametrize(("kind", "make"), BASES)
def test_valid_item_validates_and_round_trips(kind: Kind, make: Callable[[], dict[str, Any]]) -> None:
    """A valid dict of every kind validates, and to_raw() gives back a dict that validates to the same model."""
    raw = make()
    model = validate(kind, raw, file_of(raw))
    assert isinstance(model, MODELS[kind])
    assert validate(kind, model.to_raw(), file_of(raw)) == model


def test_checklist_fields_are_read() -> None:
    """Sections, items, hints and header fields land where the UI expects them."""
    model = ChecklistTemplate.validate(checklist_raw(), "phone_screen.en.toml")
    assert model.stage == "phone_screen" and model.source == "002" and model.tags == ("phone",)
    assert [s.title for s in model.sections] == ["Before the call", "During"]
    assert [i.id for i in model.items] == ["charge_phone", "quiet_place", "smile"]
    assert model.items[1].hint == "No distractions." and model.items[0].hint is None
    assert model.fallback_from is None and model.origin == "builtin"


def test_text_is_trimmed_and_empty_optional_text_is_absent() -> None:
    """Multi-line TOML strings carry edge whitespace; it is trimmed, and an empty hint means no hint."""
    raw = checklist_raw()
    raw["description"] = "\n  A short first call.\n"
    raw["sections"][0]["items"][0]["hint"] = "   "
    model = ChecklistTemplate.validate(raw, "phone_screen.en.toml")
    assert model.description == "A short first call."
    assert model.items[0].hint is None


def test_exercise_fields_are_read() -> None:
    """Phase minutes may be fractional and must add up to the duration."""
    model = Exercise.validate(exercise_raw(), "support_case.en.toml")
    assert model.exercise_kind == "case" and model.duration_min == 30
    assert [p.minutes for p in model.phases] == [10, 12.5, 7.5]
    assert model.phases[0].questions == ("Why did requests grow?",) and model.phases[1].questions == ()


def test_question_set_fields_are_read() -> None:
    """Questions keep their category, technique, examples and hints."""
    model = QuestionSet.validate(questions_raw(), "hr_interview.ru.toml")
    first, second = model.questions
    assert first.technique == "star" and first.hints == ("Ситуация, задача, действия, результат",)
    assert second.good_example is None and second.hints == () and second.category == "provocative"


def test_guide_kinds_keep_their_parts() -> None:
    """Each guide kind reads its own tables: timed parts, STAR examples, offer criteria and phrases."""
    intro, _hh, offer, star, _needs = (validate(Kind.GUIDES, raw, file_of(raw)) for raw in guide_raws())
    assert isinstance(intro, Guide) and intro.parts[0].seconds == 20 and intro.examples[0].verdict == "good"
    assert isinstance(offer, Guide) and offer.red_flags == ("Vague KPIs",) and offer.phrases[0].bad
    assert isinstance(star, Guide) and star.parts[0].seconds is None and star.examples[0].result == "R"


def test_letter_fill_replaces_known_placeholders_and_keeps_missing_ones() -> None:
    """'Copy with my details' fills what the user gave and leaves the rest visible as {placeholder}."""
    letter = Letter.validate(letter_raw(), "accept_offer.en.toml")
    subject, body = letter.fill({"role": "Client manager", "company": "Acme", "name": "Anna", "date": ""})
    assert subject == "Accepting the Client manager offer"
    assert "position at Acme" in body and body.endswith("Anna") and "{date}" in body and "{interviewer}" in body


def test_placeholder_helpers() -> None:
    """Escaped braces are text, not placeholders, and unbalanced braces are rejected."""
    assert placeholders("Hi {name}, see {{this}}") == ["name"]
    assert fill_placeholders("{{x}} {name}", {"name": "A"}) == "{x} A"
    with pytest.raises(ValueError):
        placeholders("Hi {name")


def test_split_file_name() -> None:
    """Only <id>.<lang>.toml names are content file names."""
    assert split_file_name("data/checklists/phone_screen.ru.toml") == ("phone_screen", "ru")
    assert split_file_name("phone_screen.toml") is None


# ------------------------------------------------------------------------------------------------ errors


def test_error_message_names_file_item_and_field() -> None:
    """str(ContentError) tells the author exactly where to look."""
    raw = checklist_raw()
    raw["sections"][1]["items"][0]["text"] = ""
    err = expect_error(Kind.CHECKLISTS, raw)
    assert (err.file, err.item_id, err.field) == ("data/x/phone_screen.en.toml", "smile", "sections[1].items[0].text")
    assert str(err) == (
        "data/x/phone_screen.en.toml: item 'smile', field 'sections[1].items[0].text': must not be empty"
    )


def test_unknown_key_is_reported_with_a_suggestion() -> None:
    """A typo in a key is an error, not silently ignored data."""
    raw = checklist_raw()
    raw["sections"][0]["items"][1]["hitn"] = "typo"
    err = expect_error(Kind.CHECKLISTS, raw)
    assert err.field == "sections[0].items[1].hitn" and "hint" in err.message and err.item_id == "quiet_place"


@pytest.mark.parametrize(
    ("mutate", "field", "words"),
    [
        (lambda r: r.pop("stage"), "stage", "missing"),
        (lambda r: r.update(stage="interview"), "stage", "not one of"),
        (lambda r: r.update(title=5), "title", "must be text"),
        (lambda r: r.update(tags="phone"), "tags", "list"),
        (lambda r: r.update(source="003"), "source", "not one of"),
        (lambda r: r.update(lang="de"), "lang", "not one of"),
        (lambda r: r.update(lang="ru"), "lang", "file name"),
        (lambda r: r.update(id="phone"), "id", "file name"),
        (lambda r: r.update(id="Phone Screen"), "id", "valid id"),
        (lambda r: r.update(sections=[]), "sections", "empty"),
        (lambda r: r.update(sections={"title": "x"}), "sections", "list of tables"),
        (lambda r: r["sections"][0].update(items=["Charge"]), "sections[0].items[0]", "table"),
        (lambda r: r["sections"][1]["items"][0].update(id="charge_phone"), "sections[1].items[0].id", "duplicate"),
    ],
)
def test_checklist_errors_name_the_field(mutate: Callable[[dict[str, Any]], object], field: str, words: str) -> None:
    """Each kind of mistake in a checklist is reported at the right field with a telling message."""
    raw = checklist_raw()
    mutate(raw)
    err = expect_error(Kind.CHECKLISTS, raw, "data/checklists/phone_screen.en.toml")
    assert err.field == field
    assert words in err.message
    assert "phone_screen.en.toml" in str(err) and field in str(err)


@pytest.mark.parametrize(
    ("mutate", "field", "words"),
    [
        (lambda r: r.update(duration_min=31), "phases", "add up to 30"),
        (lambda r: r.update(duration_min=True), "duration_min", "whole number"),
        (lambda r: r.update(duration_min=30.0), "duration_min", "whole number"),
        (lambda r: r["phases"][0].update(minutes=0), "phases[0].minutes", "greater than zero"),
        (lambda r: r["phases"][0].update(minutes="10"), "phases[0].minutes", "number"),
        (lambda r: r["phases"][1].update(id="analysis"), "phases[1].id", "duplicate"),
        (lambda r: r.update(kind="quiz"), "kind", "not one of"),
        (lambda r: r.update(criteria=[]), "criteria", "empty"),
        (lambda r: r.update(criteria=["ok", 3]), "criteria[1]", "must be text"),
    ],
)
def test_exercise_errors_name_the_field(mutate: Callable[[dict[str, Any]], object], field: str, words: str) -> None:
    """Exercise durations, phases and lists are checked and the error points at the culprit."""
    raw = exercise_raw()
    mutate(raw)
    err = expect_error(Kind.EXERCISES, raw)
    assert err.field == field and words in err.message


def test_question_errors_name_the_question() -> None:
    """An error inside a question names that question's id as the item."""
    raw = questions_raw()
    del raw["questions"][1]["why"]
    err = expect_error(Kind.QUESTIONS, raw)
    assert (err.item_id, err.field) == ("mistakes", "questions[1].why")
    raw = questions_raw()
    raw["questions"][0]["category"] = "Behavioural questions"
    assert expect_error(Kind.QUESTIONS, raw).field == "questions[0].category"


@pytest.mark.parametrize(
    ("field", "text", "words"),
    [
        ("subject", "Offer for {position}", "{position}"),
        ("body", "Dear {Name}", "{Name}"),
        ("body", "Dear {}", "{}"),
        ("body", "Dear {name", "bad placeholder"),
        ("body", "Salary: {name!r}", "bare name"),
        ("subject", "{role:>10}", "bare name"),
    ],
)
def test_letter_placeholder_errors(field: str, text: str, words: str) -> None:
    """Only {name}, {company}, {role}, {interviewer} and {date} may appear; the error names the stranger."""
    raw = letter_raw()
    raw[field] = text
    err = expect_error(Kind.LETTERS, raw)
    assert err.field == field and words in err.message


def test_guide_rejects_tables_of_another_kind() -> None:
    """A headhunter-steps guide may not carry offer phrases: keys depend on guide_kind."""
    raw = guide_raws()[1]
    raw["phrases"] = [{"situation": "s", "good": "g", "bad": "b"}]
    assert expect_error(Kind.GUIDES, raw).field == "phrases"
    raw = guide_raws()[0]
    raw["examples"][0]["verdict"] = "fine"
    assert expect_error(Kind.GUIDES, raw).field == "examples[0].verdict"


def test_name_check_can_be_skipped_for_imports() -> None:
    """A user's import file may have any name; the id inside it is what counts."""
    raw = checklist_raw()
    model = ChecklistTemplate.validate(raw, "/home/me/Downloads/my list.toml", check_name=False)
    assert model.id == "phone_screen"
    assert ChecklistTemplate.validate(raw, "notes.toml").id == "phone_screen"


def test_non_table_root_and_unknown_kind() -> None:
    """Garbage at the top level or an unknown kind is a ContentError too."""
    with pytest.raises(ContentError) as info:
        ChecklistTemplate.validate(["not", "a", "table"], "x.en.toml")  # type: ignore[arg-type]
    assert info.value.field == "<root>"
    with pytest.raises(ContentError):
        validate("recipes", checklist_raw(), "x.en.toml")


# ------------------------------------------------------------------------------------------------ fuzzing

WRONG_VALUES = st.sampled_from([None, 0, -1, 7, 2.5, float("nan"), True, "", " ", "x", [], [1], {}, {"a": 1}])


def _slots(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every (path to a container, key) in a nested dict/list, for picking a mutation site."""
    out: list[tuple[Any, ...]] = []
    if isinstance(value, dict):
        for key, inner in value.items():
            out.append((*path, key))
            out.extend(_slots(inner, (*path, key)))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            out.append((*path, index))
            out.extend(_slots(inner, (*path, index)))
    return out


def _container(raw: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        raw = raw[step]
    return raw


def _check_error(err: ContentError, source: str) -> None:
    assert err.file == source and source in str(err)
    assert isinstance(err.field, str) and err.field and f"field '{err.field}'" in str(err)


@FUZZ
@given(base=st.sampled_from(BASES), pick=st.integers(min_value=0), wrong=WRONG_VALUES)
def test_fuzz_wrong_type_gives_content_error(base: tuple[Kind, Any], pick: int, wrong: Any) -> None:
    """Any value replaced by another type yields a model or a ContentError naming file and field, never a crash."""
    kind, make = base
    raw = make()
    source = file_of(raw)
    path = _slots(raw)[pick % len(_slots(raw))]
    _container(raw, path)[path[-1]] = wrong
    try:
        validate(kind, raw, source)
    except ContentError as err:
        _check_error(err, source)


@FUZZ
@given(base=st.sampled_from(BASES), pick=st.integers(min_value=0))
def test_fuzz_dropped_key_is_named(base: tuple[Kind, Any], pick: int) -> None:
    """Dropping a key either leaves a valid item (optional key) or an error that names the dropped key."""
    kind, make = base
    raw = make()
    source = file_of(raw)
    keys = [path for path in _slots(raw) if isinstance(path[-1], str)]
    path = keys[pick % len(keys)]
    del _container(raw, path)[path[-1]]
    try:
        validate(kind, raw, source)
    except ContentError as err:
        _check_error(err, source)
        assert path[-1] in err.field or (path[-1] == "minutes" and err.field == "phases")


@FUZZ
@given(base=st.sampled_from(BASES), pick=st.integers(min_value=0), key=st.text(min_size=1, max_size=12))
def test_fuzz_unknown_key_is_named(base: tuple[Kind, Any], pick: int, key: str) -> None:
    """An extra key anywhere is rejected and the error names it."""
    kind, make = base
    raw = make()
    source = file_of(raw)
    tables = [()] + [path for path in _slots(raw) if isinstance(_container(raw, (*path, None)), dict)]
    path = tables[pick % len(tables)]
    table = _container(raw, (*path, None))
    key = f"x_{key}"
    table[key] = "value"
    err = expect_error(kind, raw, source)
    _check_error(err, source)
    assert err.field.endswith(key)


@FUZZ
@given(
    name=st.text(alphabet=st.characters(categories=["L", "N"]) | st.just("_"), min_size=1, max_size=10),
    field=st.sampled_from(["subject", "body"]),
)
def test_fuzz_unknown_placeholder_is_named(name: str, field: str) -> None:
    """Any placeholder outside the allowed five is reported by name."""
    raw = letter_raw()
    raw[field] += " {" + name + "}"
    if name in LETTER_PLACEHOLDERS:
        validate(Kind.LETTERS, raw, file_of(raw))
        return
    err = expect_error(Kind.LETTERS, raw)
    assert err.field == field and "{" + name + "}" in err.message


JUNK = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["id", "lang", "title", "stage", "sections", "items", "text", "phases", "minutes", "x"]),
            inner,
            max_size=5,
        )
    ),
    max_leaves=20,
)


@FUZZ
@given(kind=st.sampled_from(list(Kind)), junk=JUNK)
def test_fuzz_junk_never_crashes(kind: Kind, junk: Any) -> None:
    """Arbitrary nested junk is answered with a ContentError, never another exception."""
    with pytest.raises(ContentError) as info:
        validate(kind, junk, "junk.en.toml")
    _check_error(info.value, "junk.en.toml")


IDS = st.builds(
    "_".join, st.lists(st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=5), min_size=1, max_size=3)
)
TEXT = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=30).filter(lambda s: s.strip() != "")


@st.composite
def checklist_templates(draw: st.DrawFn) -> ChecklistTemplate:
    item_ids = draw(st.lists(IDS, min_size=1, max_size=8, unique=True))
    cut = sorted(draw(st.lists(st.integers(1, len(item_ids)), max_size=3, unique=True)))
    bounds = [0, *[c for c in cut if c < len(item_ids)], len(item_ids)]
    sections = []
    for start, end in itertools.pairwise(bounds):
        items = [
            {"id": item_id, "text": draw(TEXT), **({"hint": draw(TEXT)} if draw(st.booleans()) else {})}
            for item_id in item_ids[start:end]
        ]
        sections.append({"title": draw(TEXT), "items": items})
    raw = {
        "id": draw(IDS),
        "lang": draw(st.sampled_from(["ru", "en"])),
        "title": draw(TEXT),
        "stage": draw(st.sampled_from(CHECKLIST_STAGES)),
        "description": draw(TEXT),
        "tags": draw(st.lists(TEXT, max_size=3)),
        "sections": sections,
    }
    return ChecklistTemplate.validate(raw, "generated", check_name=False)


@settings(FUZZ, max_examples=80)
@given(template=checklist_templates())
def test_generated_templates_round_trip_through_to_raw(template: ChecklistTemplate) -> None:
    """to_raw() is the exact inverse of validate() for any valid template."""
    assert ChecklistTemplate.validate(template.to_raw(), "again", check_name=False) == template
    shape = tuple(tuple((i.id, i.hint is not None) for i in s.items) for s in template.sections)
    assert template.signature() == (template.stage, shape)
