"""Content schema: checklists, exercises, question sets, letters and guides, validated from plain dicts.

Every content file is one TOML table (``data/<folder>/<id>.<lang>.toml``) that the loader parses and hands to
``<Model>.validate(raw, source)``. Validation is strict on purpose: an unknown key is a typo, a wrong type or an
empty text is a mistake, and each one raises :class:`ContentError` naming the file, the item and the field, so a
broken file is fixed in seconds instead of surfacing as a blank widget. This module is pure: no I/O, no Qt.

Models are frozen dataclasses holding tuples, so a loaded library can be shared freely. ``to_raw()`` turns a
model back into the dict it was validated from (the loader writes it as TOML for export).
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import re
import string
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar

LANGS: tuple[str, ...] = ("ru", "en")
SOURCES: tuple[str, ...] = ("000", "001", "002")

CHECKLIST_STAGES: tuple[str, ...] = (
    "vacancy_research",
    "experience_story",
    "self_presentation",
    "appearance",
    "phone_screen",
    "hr_interview",
    "practical_tasks",
    "manager_meeting",
    "group_interview",
    "case",
    "presentation",
    "offer",
    "headhunter_call",
    "day_of_interview",
    "employer_needs",
)
QUESTION_STAGES: tuple[str, ...] = (
    "phone_screen",
    "hr_interview",
    "practical_tasks",
    "manager_meeting",
    "group_interview",
    "headhunter_call",
    "offer",
    "self_presentation",
)
EXERCISE_KINDS: tuple[str, ...] = ("case", "role_play", "group_task", "presentation")
GUIDE_KINDS: tuple[str, ...] = ("self_introduction", "headhunter_steps", "offer_evaluation", "star", "employer_needs")
VERDICTS: tuple[str, ...] = ("good", "bad")
#: Categories the guides use; the schema accepts any snake_case word so a new category needs no code change.
QUESTION_CATEGORIES: tuple[str, ...] = (
    "behavioural",
    "motivation",
    "provocative",
    "experience",
    "situational",
    "closing",
    "general",
)
LETTER_PLACEHOLDERS: tuple[str, ...] = ("name", "company", "role", "interviewer", "date")

_ID_RE = re.compile(r"^[a-z0-9]+(?:[_-][a-z0-9]+)*$")
_FILE_RE = re.compile(r"^(?P<id>[^./\\]+)\.(?P<lang>[^./\\]+)\.toml$")


class Kind(StrEnum):
    """A kind of content; the value is also the folder name under ``data/``."""

    CHECKLISTS = "checklists"
    EXERCISES = "exercises"
    QUESTIONS = "questions"
    LETTERS = "letters"
    GUIDES = "guides"


class ContentError(Exception):
    """A content file is malformed; names the file, the item and the field so the author can fix it.

    Attributes:
        file: the file (path or name) the data came from.
        item_id: the item inside it (the file's id, or a nested item's id), or None if unknown.
        field: a dotted path to the field, e.g. ``sections[1].items[0].text``.
        message: what is wrong.
        line: the line of a TOML syntax error, if known.
    """

    def __init__(self, file: str, item_id: str | None, field: str, message: str, line: int | None = None) -> None:
        self.file = str(file)
        self.item_id = item_id
        self.field = field
        self.message = message
        self.line = line
        super().__init__(self.file, item_id, field, message, line)

    def __str__(self) -> str:
        where = f"{self.file}, line {self.line}" if self.line is not None else self.file
        item = self.item_id if self.item_id is not None else "?"
        return f"{where}: item '{item}', field '{self.field}': {self.message}"


def split_file_name(name: str) -> tuple[str, str] | None:
    """Split ``<id>.<lang>.toml`` into (id, lang); None if the name has another form."""
    match = _FILE_RE.match(name.replace("\\", "/").rsplit("/", 1)[-1])
    return (match["id"], match["lang"]) if match else None


# --------------------------------------------------------------------------------------------------- reading


def _type_name(value: object) -> str:
    return {
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "a table",
    }.get(type(value), type(value).__name__)


class _Reader:
    """Reads one table, checking every key it is asked for and, at the end, that no other key is present."""

    def __init__(self, raw: object, source: str, item_id: str | None, path: str) -> None:
        self.source = source
        self.item_id = item_id
        self.path = path
        if not isinstance(raw, Mapping):
            raise self.error("", f"must be a table, not {_type_name(raw)}")
        self.raw: Mapping[Any, Any] = raw
        self.seen: set[str] = set()

    def where(self, key: str) -> str:
        if not key:
            return self.path or "<root>"
        return f"{self.path}.{key}" if self.path else key

    def error(self, key: str, message: str) -> ContentError:
        return ContentError(self.source, self.item_id, self.where(key), message)

    def _get(self, key: str, required: bool) -> Any:
        self.seen.add(key)
        if key not in self.raw:
            if required:
                raise self.error(key, "is missing")
            return None
        return self.raw[key]

    def text(self, key: str) -> str:
        value = self._get(key, True)
        return self._check_text(key, value)

    def opt_text(self, key: str) -> str | None:
        value = self._get(key, False)
        if value is None:
            return None
        if isinstance(value, str) and not value.strip():
            return None
        return self._check_text(key, value)

    def _check_text(self, key: str, value: object) -> str:
        if not isinstance(value, str):
            raise self.error(key, f"must be text, not {_type_name(value)}")
        stripped = value.strip()
        if not stripped:
            raise self.error(key, "must not be empty")
        return stripped

    def ident(self, key: str) -> str:
        value = self.text(key)
        if not _ID_RE.fullmatch(value):
            raise self.error(key, f"'{value}' is not a valid id (lowercase letters, digits, '_' or '-')")
        return value

    def opt_ident(self, key: str) -> str | None:
        value = self.opt_text(key)
        if value is not None and not _ID_RE.fullmatch(value):
            raise self.error(key, f"'{value}' is not a valid word (lowercase letters, digits, '_' or '-')")
        return value

    def choice(self, key: str, choices: Iterable[str]) -> str:
        allowed = tuple(choices)
        value = self.text(key)
        if value not in allowed:
            raise self.error(key, f"'{value}' is not one of: {', '.join(allowed)}")
        return value

    def opt_choice(self, key: str, choices: Iterable[str]) -> str | None:
        allowed = tuple(choices)
        value = self.opt_text(key)
        if value is not None and value not in allowed:
            raise self.error(key, f"'{value}' is not one of: {', '.join(allowed)}")
        return value

    def positive_int(self, key: str) -> int:
        value = self._get(key, True)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, f"must be a whole number, not {_type_name(value)}")
        if value <= 0:
            raise self.error(key, f"must be greater than zero, not {value}")
        return value

    def positive_number(self, key: str) -> float | int:
        value = self._get(key, True)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(key, f"must be a number, not {_type_name(value)}")
        if not math.isfinite(value) or value <= 0:
            raise self.error(key, f"must be a finite number greater than zero, not {value}")
        return value

    def text_list(self, key: str, required: bool = True, non_empty: bool = True) -> tuple[str, ...]:
        value = self._get(key, required)
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.error(key, f"must be a list of texts, not {_type_name(value)}")
        if non_empty and not value:
            raise self.error(key, "must not be empty")
        out: list[str] = []
        for index, element in enumerate(value):
            out.append(self._check_text(f"{key}[{index}]", element))
        return tuple(out)

    def tables(self, key: str, required: bool = True) -> list[tuple[str, Any]]:
        """Return (path, raw table) for each element of an array of tables."""
        value = self._get(key, required)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.error(key, f"must be a list of tables ([[{key}]]), not {_type_name(value)}")
        if required and not value:
            raise self.error(key, "must not be empty")
        return [(self.where(f"{key}[{index}]"), element) for index, element in enumerate(value)]

    def sub(self, path: str, raw: object, item_id: str | None = None) -> _Reader:
        return _Reader(raw, self.source, item_id if item_id is not None else self.item_id, path)

    def sub_with_id(self, path: str, raw: object) -> tuple[_Reader, str]:
        """Open a nested table that carries its own ``id``, so later errors name that item."""
        reader = self.sub(path, raw)
        item_id = reader.ident("id")
        reader.item_id = item_id
        return reader, item_id

    def finish(self) -> None:
        unknown = sorted(str(key) for key in self.raw if key not in self.seen)
        if unknown:
            raise self.error(unknown[0], "unknown key (a typo?)" + _suggest(unknown[0], self.seen))


def _suggest(key: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(key, sorted(known), n=1)
    return f"; did you mean '{close[0]}'?" if close else ""


def _unique(reader: _Reader, ids: Iterable[tuple[str, str]]) -> None:
    """Raise if an id repeats; ``ids`` is (path of the id field, id)."""
    seen: dict[str, str] = {}
    for path, item_id in ids:
        if item_id in seen:
            raise ContentError(reader.source, item_id, path, f"duplicate id (first used at {seen[item_id]})")
        seen[item_id] = path


@dataclass(frozen=True)
class _Header:
    id: str
    lang: str
    title: str
    source: str | None
    tags: tuple[str, ...]


def _read_header(raw: object, source: str, check_name: bool) -> tuple[_Reader, _Header]:
    """Read the keys every content file has and check them against the file name."""
    item_hint = None
    if isinstance(raw, Mapping) and isinstance(raw.get("id"), str):
        item_hint = raw["id"]
    reader = _Reader(raw, source, item_hint, "")
    item_id = reader.ident("id")
    reader.item_id = item_id
    lang = reader.choice("lang", LANGS)
    title = reader.text("title")
    src = reader.opt_choice("source", SOURCES)
    tags = reader.text_list("tags", required=False, non_empty=False)
    if check_name:
        parts = split_file_name(source)
        if parts is not None:
            file_id, file_lang = parts
            if item_id != file_id:
                raise reader.error("id", f"'{item_id}' does not match the file name (expected '{file_id}')")
            if lang != file_lang:
                raise reader.error("lang", f"'{lang}' does not match the file name (expected '{file_lang}')")
    return reader, _Header(item_id, lang, title, src, tags)


def _header_raw(item: ContentItem) -> dict[str, Any]:
    raw: dict[str, Any] = {"id": item.id, "lang": item.lang, "title": item.title}
    if item.source is not None:
        raw["source"] = item.source
    if item.tags:
        raw["tags"] = list(item.tags)
    return raw


def _put(raw: dict[str, Any], key: str, value: object) -> None:
    """Set an optional key only when it has a value, so ``to_raw`` output validates back to the same model."""
    if value is None or value == ():
        return
    raw[key] = list(value) if isinstance(value, tuple) else value


# ---------------------------------------------------------------------------------------------------- models


@dataclass(frozen=True, kw_only=True)
class ContentItem:
    """What every content item has.

    Attributes:
        id: stable id shared by the RU and EN versions.
        lang: ``ru`` or ``en``.
        title: shown in lists.
        source: which seed document the facts come from (``000``, ``001``, ``002``), if any.
        tags: free words for filtering.
        fallback_from: set by the library when the item is shown in place of the requested language; it names the
            language the item is actually in, so the UI can label it.
        origin: ``builtin`` (shipped in ``data/``) or ``user`` (the user's own).
    """

    kind: ClassVar[Kind]

    id: str
    lang: str
    title: str
    source: str | None = None
    tags: tuple[str, ...] = ()
    fallback_from: str | None = field(default=None, compare=False)
    origin: str = field(default="builtin", compare=False)

    def to_raw(self) -> dict[str, Any]:
        """The dict this item validates from (the TOML file's content)."""
        raise NotImplementedError

    def signature(self) -> tuple[Any, ...]:
        """The language-independent structure; the RU and EN versions of an item must have the same one."""
        raise NotImplementedError

    def search_groups(self) -> list[tuple[str | None, str, list[str]]]:
        """Searchable texts as (nested item id or None, label, texts); the library folds and indexes them."""
        raise NotImplementedError


@dataclass(frozen=True, kw_only=True)
class ChecklistItem:
    """One tickable line of a checklist template."""

    id: str
    text: str
    hint: str | None = None


@dataclass(frozen=True, kw_only=True)
class ChecklistSection:
    """A titled group of checklist items."""

    title: str
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True, kw_only=True)
class ChecklistTemplate(ContentItem):
    """A checklist template for one interview stage; runs copy its items."""

    kind: ClassVar[Kind] = Kind.CHECKLISTS

    stage: str
    description: str
    sections: tuple[ChecklistSection, ...]

    @property
    def items(self) -> tuple[ChecklistItem, ...]:
        """All items in order, across sections."""
        return tuple(item for section in self.sections for item in section.items)

    @classmethod
    def validate(cls, raw: Mapping[str, Any], source: str, *, check_name: bool = True) -> ChecklistTemplate:
        """Build a template from a parsed TOML table; raise ContentError naming file, item and field."""
        reader, head = _read_header(raw, source, check_name)
        stage = reader.choice("stage", CHECKLIST_STAGES)
        description = reader.text("description")
        sections: list[ChecklistSection] = []
        id_paths: list[tuple[str, str]] = []
        for path, sraw in reader.tables("sections"):
            sreader = reader.sub(path, sraw)
            title = sreader.text("title")
            items: list[ChecklistItem] = []
            for ipath, iraw in sreader.tables("items"):
                ireader, item_id = sreader.sub_with_id(ipath, iraw)
                items.append(ChecklistItem(id=item_id, text=ireader.text("text"), hint=ireader.opt_text("hint")))
                ireader.finish()
                id_paths.append((f"{ipath}.id", item_id))
            sreader.finish()
            sections.append(ChecklistSection(title=title, items=tuple(items)))
        reader.finish()
        _unique(reader, id_paths)
        return cls(**_head_kwargs(head), stage=stage, description=description, sections=tuple(sections))

    def to_raw(self) -> dict[str, Any]:
        raw = _header_raw(self)
        raw["stage"] = self.stage
        raw["description"] = self.description
        sections = []
        for section in self.sections:
            items = []
            for item in section.items:
                entry: dict[str, Any] = {"id": item.id, "text": item.text}
                _put(entry, "hint", item.hint)
                items.append(entry)
            sections.append({"title": section.title, "items": items})
        raw["sections"] = sections
        return raw

    def signature(self) -> tuple[Any, ...]:
        return (self.stage, tuple(tuple(item.id for item in section.items) for section in self.sections))

    def search_groups(self) -> list[tuple[str | None, str, list[str]]]:
        groups: list[tuple[str | None, str, list[str]]] = [(None, self.title, [self.title, self.description])]
        for section in self.sections:
            for item in section.items:
                groups.append((item.id, item.text, [item.text, item.hint or "", section.title]))
        return groups


@dataclass(frozen=True, kw_only=True)
class Phase:
    """A timed phase of an exercise."""

    id: str
    title: str
    minutes: float | int
    questions: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Exercise(ContentItem):
    """A timed exercise: a case, a role-play, a group task or a presentation."""

    kind: ClassVar[Kind] = Kind.EXERCISES

    exercise_kind: str
    duration_min: int
    statement: str
    phases: tuple[Phase, ...]
    criteria: tuple[str, ...]
    assessor_questions: tuple[str, ...] = ()
    preparation: tuple[str, ...] = ()
    good_behaviour: tuple[str, ...] = ()
    bad_behaviour: tuple[str, ...] = ()

    @classmethod
    def validate(cls, raw: Mapping[str, Any], source: str, *, check_name: bool = True) -> Exercise:
        """Build an exercise from a parsed TOML table; raise ContentError naming file, item and field."""
        reader, head = _read_header(raw, source, check_name)
        exercise_kind = reader.choice("kind", EXERCISE_KINDS)
        duration = reader.positive_int("duration_min")
        statement = reader.text("statement")
        phases: list[Phase] = []
        id_paths: list[tuple[str, str]] = []
        for path, praw in reader.tables("phases"):
            preader, phase_id = reader.sub_with_id(path, praw)
            phases.append(
                Phase(
                    id=phase_id,
                    title=preader.text("title"),
                    minutes=preader.positive_number("minutes"),
                    questions=preader.text_list("questions", required=False, non_empty=False),
                )
            )
            preader.finish()
            id_paths.append((f"{path}.id", phase_id))
        criteria = reader.text_list("criteria")
        extra = {
            key: reader.text_list(key, required=False, non_empty=False)
            for key in ("assessor_questions", "preparation", "good_behaviour", "bad_behaviour")
        }
        reader.finish()
        _unique(reader, id_paths)
        total = sum(phase.minutes for phase in phases)
        if not math.isclose(total, duration, abs_tol=1e-6):
            raise reader.error("phases", f"phase minutes add up to {total:g}, but duration_min is {duration}")
        return cls(
            **_head_kwargs(head),
            exercise_kind=exercise_kind,
            duration_min=duration,
            statement=statement,
            phases=tuple(phases),
            criteria=criteria,
            **extra,
        )

    def to_raw(self) -> dict[str, Any]:
        raw = _header_raw(self)
        raw["kind"] = self.exercise_kind
        raw["duration_min"] = self.duration_min
        raw["statement"] = self.statement
        phases = []
        for phase in self.phases:
            entry: dict[str, Any] = {"id": phase.id, "title": phase.title, "minutes": phase.minutes}
            _put(entry, "questions", phase.questions)
            phases.append(entry)
        raw["phases"] = phases
        raw["criteria"] = list(self.criteria)
        for key in ("assessor_questions", "preparation", "good_behaviour", "bad_behaviour"):
            _put(raw, key, getattr(self, key))
        return raw

    def signature(self) -> tuple[Any, ...]:
        return (
            self.exercise_kind,
            self.duration_min,
            tuple((phase.id, float(phase.minutes)) for phase in self.phases),
        )

    def search_groups(self) -> list[tuple[str | None, str, list[str]]]:
        texts = [self.title, self.statement, *self.criteria, *self.assessor_questions, *self.preparation]
        texts += [*self.good_behaviour, *self.bad_behaviour]
        groups: list[tuple[str | None, str, list[str]]] = [(None, self.title, texts)]
        for phase in self.phases:
            groups.append((phase.id, phase.title, [phase.title, *phase.questions]))
        return groups


@dataclass(frozen=True, kw_only=True)
class Question:
    """An interview question with what it probes and how to answer it."""

    id: str
    text: str
    category: str
    why: str
    strong_answer: str
    good_example: str | None = None
    bad_example: str | None = None
    hints: tuple[str, ...] = ()
    technique: str | None = None


@dataclass(frozen=True, kw_only=True)
class QuestionSet(ContentItem):
    """The questions of one interview stage."""

    kind: ClassVar[Kind] = Kind.QUESTIONS

    stage: str
    questions: tuple[Question, ...]

    @classmethod
    def validate(cls, raw: Mapping[str, Any], source: str, *, check_name: bool = True) -> QuestionSet:
        """Build a question set from a parsed TOML table; raise ContentError naming file, item and field."""
        reader, head = _read_header(raw, source, check_name)
        stage = reader.choice("stage", QUESTION_STAGES)
        questions: list[Question] = []
        id_paths: list[tuple[str, str]] = []
        for path, qraw in reader.tables("questions"):
            qreader, qid = reader.sub_with_id(path, qraw)
            questions.append(
                Question(
                    id=qid,
                    text=qreader.text("text"),
                    category=qreader.ident("category"),
                    why=qreader.text("why"),
                    strong_answer=qreader.text("strong_answer"),
                    good_example=qreader.opt_text("good_example"),
                    bad_example=qreader.opt_text("bad_example"),
                    hints=qreader.text_list("hints", required=False, non_empty=False),
                    technique=qreader.opt_ident("technique"),
                )
            )
            qreader.finish()
            id_paths.append((f"{path}.id", qid))
        reader.finish()
        _unique(reader, id_paths)
        return cls(**_head_kwargs(head), stage=stage, questions=tuple(questions))

    def to_raw(self) -> dict[str, Any]:
        raw = _header_raw(self)
        raw["stage"] = self.stage
        questions = []
        for q in self.questions:
            entry: dict[str, Any] = {
                "id": q.id,
                "text": q.text,
                "category": q.category,
                "why": q.why,
                "strong_answer": q.strong_answer,
            }
            _put(entry, "good_example", q.good_example)
            _put(entry, "bad_example", q.bad_example)
            _put(entry, "hints", q.hints)
            _put(entry, "technique", q.technique)
            questions.append(entry)
        raw["questions"] = questions
        return raw

    def signature(self) -> tuple[Any, ...]:
        return (self.stage, tuple((q.id, q.category, q.technique) for q in self.questions))

    def search_groups(self) -> list[tuple[str | None, str, list[str]]]:
        groups: list[tuple[str | None, str, list[str]]] = [(None, self.title, [self.title])]
        for q in self.questions:
            texts = [q.text, q.why, q.strong_answer, q.good_example or "", q.bad_example or "", *q.hints]
            groups.append((q.id, q.text, texts))
        return groups


def placeholders(text: str) -> list[str]:
    """The ``{placeholder}`` names used in a letter text; raises ValueError on unbalanced braces."""
    names: list[str] = []
    for _literal, name, spec, conversion in string.Formatter().parse(text):
        if name is None:
            continue
        if spec or conversion:
            raise ValueError(f"placeholder '{{{name}}}' must be a bare name, without '!' or ':'")
        names.append(name)
    return names


def fill_placeholders(text: str, values: Mapping[str, str]) -> str:
    """Replace the placeholders that have a value; keep the others as ``{name}`` for the user to fill in."""
    out: list[str] = []
    for literal, name, _spec, _conversion in string.Formatter().parse(text):
        out.append(literal)
        if name is not None:
            value = values.get(name)
            out.append(value if value else "{" + name + "}")
    return "".join(out)


@dataclass(frozen=True, kw_only=True)
class Letter(ContentItem):
    """A letter template with ``{name}``-style placeholders."""

    kind: ClassVar[Kind] = Kind.LETTERS

    letter_kind: str
    subject: str
    body: str

    @classmethod
    def validate(cls, raw: Mapping[str, Any], source: str, *, check_name: bool = True) -> Letter:
        """Build a letter from a parsed TOML table; raise ContentError naming file, item, field and placeholder."""
        reader, head = _read_header(raw, source, check_name)
        letter_kind = reader.ident("letter_kind")
        subject = reader.text("subject")
        body = reader.text("body")
        reader.finish()
        for key, text in (("subject", subject), ("body", body)):
            try:
                names = placeholders(text)
            except ValueError as exc:
                raise reader.error(key, f"bad placeholder: {exc}") from None
            for name in names:
                if name not in LETTER_PLACEHOLDERS:
                    allowed = ", ".join("{" + p + "}" for p in LETTER_PLACEHOLDERS)
                    raise reader.error(key, f"unknown placeholder '{{{name}}}' (allowed: {allowed})")
        return cls(**_head_kwargs(head), letter_kind=letter_kind, subject=subject, body=body)

    def fill(self, values: Mapping[str, str]) -> tuple[str, str]:
        """Subject and body with the given placeholders filled in (empty values stay as placeholders)."""
        return fill_placeholders(self.subject, values), fill_placeholders(self.body, values)

    def to_raw(self) -> dict[str, Any]:
        raw = _header_raw(self)
        raw.update(letter_kind=self.letter_kind, subject=self.subject, body=self.body)
        return raw

    def signature(self) -> tuple[Any, ...]:
        return (self.letter_kind, tuple(sorted(set(placeholders(self.subject + self.body)))))

    def search_groups(self) -> list[tuple[str | None, str, list[str]]]:
        return [(None, self.title, [self.title, self.subject, self.body])]


@dataclass(frozen=True, kw_only=True)
class GuidePart:
    """A part of a structure (self-introduction, STAR): what to say and, for timed parts, for how long."""

    title: str
    hint: str
    seconds: int | None = None


@dataclass(frozen=True, kw_only=True)
class GuideExample:
    """An example text judged good or bad."""

    title: str
    text: str
    verdict: str


@dataclass(frozen=True, kw_only=True)
class GuideStep:
    """A step of a process (a headhunter's interview, learning what the employer needs)."""

    title: str
    text: str


@dataclass(frozen=True, kw_only=True)
class OfferCriterion:
    """A criterion to weigh an offer by, with the question to ask yourself."""

    title: str
    question: str


@dataclass(frozen=True, kw_only=True)
class Phrase:
    """A negotiation situation with a good and a bad way to say it."""

    situation: str
    good: str
    bad: str


@dataclass(frozen=True, kw_only=True)
class StarExample:
    """A worked STAR story."""

    situation: str
    task: str
    action: str
    result: str
    title: str | None = None


# guide_kind -> {key: (required, reader)}; each reader turns one raw table into a model.
def _read_timed_part(r: _Reader) -> GuidePart:
    return GuidePart(title=r.text("title"), hint=r.text("hint"), seconds=r.positive_int("seconds"))


def _read_part(r: _Reader) -> GuidePart:
    return GuidePart(title=r.text("title"), hint=r.text("hint"))


def _read_example(r: _Reader) -> GuideExample:
    return GuideExample(title=r.text("title"), text=r.text("text"), verdict=r.choice("verdict", VERDICTS))


def _read_step(r: _Reader) -> GuideStep:
    return GuideStep(title=r.text("title"), text=r.text("text"))


def _read_criterion(r: _Reader) -> OfferCriterion:
    return OfferCriterion(title=r.text("title"), question=r.text("question"))


def _read_phrase(r: _Reader) -> Phrase:
    return Phrase(situation=r.text("situation"), good=r.text("good"), bad=r.text("bad"))


def _read_star(r: _Reader) -> StarExample:
    return StarExample(
        title=r.opt_text("title"),
        situation=r.text("situation"),
        task=r.text("task"),
        action=r.text("action"),
        result=r.text("result"),
    )


_GUIDE_TABLES: dict[str, dict[str, tuple[bool, Callable[[_Reader], Any]]]] = {
    "self_introduction": {"parts": (True, _read_timed_part), "examples": (False, _read_example)},
    "headhunter_steps": {"steps": (True, _read_step)},
    "offer_evaluation": {"criteria": (True, _read_criterion), "phrases": (False, _read_phrase)},
    "star": {"parts": (True, _read_part), "examples": (False, _read_star)},
    "employer_needs": {"steps": (True, _read_step)},
}
_GUIDE_LISTS: dict[str, tuple[str, ...]] = {"offer_evaluation": ("red_flags",)}


@dataclass(frozen=True, kw_only=True)
class Guide(ContentItem):
    """A structured guide; which parts it has depends on ``guide_kind``."""

    kind: ClassVar[Kind] = Kind.GUIDES

    guide_kind: str
    parts: tuple[GuidePart, ...] = ()
    examples: tuple[GuideExample | StarExample, ...] = ()
    steps: tuple[GuideStep, ...] = ()
    criteria: tuple[OfferCriterion, ...] = ()
    red_flags: tuple[str, ...] = ()
    phrases: tuple[Phrase, ...] = ()

    @classmethod
    def validate(cls, raw: Mapping[str, Any], source: str, *, check_name: bool = True) -> Guide:
        """Build a guide from a parsed TOML table; raise ContentError naming file, item and field."""
        reader, head = _read_header(raw, source, check_name)
        guide_kind = reader.choice("guide_kind", GUIDE_KINDS)
        values: dict[str, tuple[Any, ...]] = {}
        for key, (required, read) in _GUIDE_TABLES[guide_kind].items():
            models = []
            for path, traw in reader.tables(key, required=required):
                sub = reader.sub(path, traw)
                models.append(read(sub))
                sub.finish()
            values[key] = tuple(models)
        for key in _GUIDE_LISTS.get(guide_kind, ()):
            values[key] = reader.text_list(key)
        reader.finish()
        return cls(**_head_kwargs(head), guide_kind=guide_kind, **values)

    def to_raw(self) -> dict[str, Any]:
        raw = _header_raw(self)
        raw["guide_kind"] = self.guide_kind
        for key in _GUIDE_TABLES[self.guide_kind]:
            tables = []
            for model in getattr(self, key):
                entry: dict[str, Any] = {}
                for name, value in _fields(model):
                    _put(entry, name, value)
                tables.append(entry)
            if tables:
                raw[key] = tables
        for key in _GUIDE_LISTS.get(self.guide_kind, ()):
            raw[key] = list(getattr(self, key))
        return raw

    def signature(self) -> tuple[Any, ...]:
        shape = tuple((key, len(getattr(self, key))) for key in _GUIDE_TABLES[self.guide_kind])
        lists = tuple((key, len(getattr(self, key))) for key in _GUIDE_LISTS.get(self.guide_kind, ()))
        verdicts = tuple(getattr(example, "verdict", None) for example in self.examples)
        return (self.guide_kind, shape, lists, verdicts)

    def search_groups(self) -> list[tuple[str | None, str, list[str]]]:
        texts = [self.title, *self.red_flags]
        for group in (self.parts, self.examples, self.steps, self.criteria, self.phrases):
            for model in group:
                texts += [str(value) for _name, value in _fields(model) if isinstance(value, str)]
        return [(None, self.title, texts)]


def _fields(model: Any) -> list[tuple[str, Any]]:
    return [(f.name, getattr(model, f.name)) for f in dataclasses.fields(model)]


def _head_kwargs(head: _Header) -> dict[str, Any]:
    return {"id": head.id, "lang": head.lang, "title": head.title, "source": head.source, "tags": head.tags}


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
