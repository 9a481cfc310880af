"""The content models: checklist templates, exercises (with shared briefs), question sets and letters."""

from __future__ import annotations

import dataclasses
import math
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from studio.core.content.base import (
    CHECKLIST_STAGES,
    EXERCISE_KINDS,
    LETTER_PLACEHOLDERS,
    QUESTION_STAGES,
    ContentError,
    Kind,
)
from studio.core.content.reader import _head_kwargs, _header_raw, _put, _read_header, _unique

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
        stage = reader.choice("stage", CHECKLIST_STAGES) or ""
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
        _unique(reader, id_paths)
        reader.close()
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
        return (
            self.stage,
            tuple(tuple((item.id, item.hint is not None) for item in section.items) for section in self.sections),
        )

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


#: The list fields of an exercise, in file order; a shared brief contributes to each of them.
_EXERCISE_LISTS: tuple[str, ...] = ("criteria", "assessor_questions", "preparation", "good_behaviour", "bad_behaviour")


@dataclass(frozen=True, kw_only=True)
class Exercise(ContentItem):
    """A timed exercise: a case, a role-play, a group task or a presentation.

    ``brief`` names a shared :class:`Brief` (the frame common to, say, every role-play). The loader resolves it
    with :func:`resolve_brief`, so the exercises the library hands out are self-contained and have ``brief`` None.
    """

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
    brief: str | None = None

    @classmethod
    def validate(cls, raw: Mapping[str, Any], source: str, *, check_name: bool = True) -> Exercise:
        """Build an exercise from a parsed TOML table; raise ContentError naming file, item and field."""
        reader, head = _read_header(raw, source, check_name)
        exercise_kind = reader.choice("kind", EXERCISE_KINDS) or ""
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
        brief = reader.opt_ident("brief")
        # With a shared brief the common criteria come from it; the exercise may add its own or none.
        criteria = reader.text_list("criteria", required=brief is None, non_empty=brief is None)
        extra: dict[str, Any] = {
            key: reader.text_list(key, required=False, non_empty=False) for key in _EXERCISE_LISTS[1:]
        }
        _unique(reader, id_paths)
        total = sum(phase.minutes for phase in phases)
        if not reader.errors and not math.isclose(total, duration, abs_tol=1e-6):
            reader.report("phases", f"phase minutes add up to {total:g}, but duration_min is {duration}")
        reader.close()
        return cls(
            **_head_kwargs(head),
            exercise_kind=exercise_kind,
            duration_min=duration,
            statement=statement,
            phases=tuple(phases),
            criteria=criteria,
            brief=brief,
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
        _put(raw, "brief", self.brief)
        if self.criteria or self.brief is None:
            raw["criteria"] = list(self.criteria)
        for key in _EXERCISE_LISTS[1:]:
            _put(raw, key, getattr(self, key))
        return raw

    def signature(self) -> tuple[Any, ...]:
        return (
            self.exercise_kind,
            self.duration_min,
            self.brief,
            tuple((phase.id, float(phase.minutes), len(phase.questions)) for phase in self.phases),
            tuple((key, len(getattr(self, key))) for key in _EXERCISE_LISTS),
            self.statement.count("\n\n"),
        )

    def search_groups(self) -> list[tuple[str | None, str, list[str]]]:
        texts = [self.title, self.statement, *self.criteria, *self.assessor_questions, *self.preparation]
        texts += [*self.good_behaviour, *self.bad_behaviour]
        groups: list[tuple[str | None, str, list[str]]] = [(None, self.title, texts)]
        for phase in self.phases:
            groups.append((phase.id, phase.title, [phase.title, *phase.questions]))
        return groups


@dataclass(frozen=True, kw_only=True)
class Brief:
    """The frame several exercises share, e.g. what every role-play is judged on and how to prepare for it.

    Briefs live in ``data/briefs/<id>.<lang>.toml``. They are not library items: an exercise names one in its
    ``brief`` field and :func:`resolve_brief` merges it in, so each exercise file keeps only what is its own.

    Attributes:
        intro: a paragraph put before the exercise's own statement, or None.
        criteria, assessor_questions, preparation, good_behaviour, bad_behaviour: put before the exercise's own.
    """

    id: str
    lang: str
    title: str
    intro: str | None = None
    criteria: tuple[str, ...] = ()
    assessor_questions: tuple[str, ...] = ()
    preparation: tuple[str, ...] = ()
    good_behaviour: tuple[str, ...] = ()
    bad_behaviour: tuple[str, ...] = ()

    @classmethod
    def validate(cls, raw: Mapping[str, Any], source: str, *, check_name: bool = True) -> Brief:
        """Build a brief from a parsed TOML table; raise ContentError naming file, item and field."""
        reader, head = _read_header(raw, source, check_name)
        intro = reader.opt_text("intro")
        lists = {key: reader.text_list(key, required=False, non_empty=False) for key in _EXERCISE_LISTS}
        reader.close()
        return cls(id=head.id, lang=head.lang, title=head.title, intro=intro, **lists)

    def signature(self) -> tuple[Any, ...]:
        """The language-independent shape the RU and EN versions must share."""
        return (self.intro is not None, tuple((key, len(getattr(self, key))) for key in _EXERCISE_LISTS))


def resolve_brief(exercise: Exercise, brief: Brief, source: str) -> Exercise:
    """The exercise with ``brief`` merged in: its intro before the statement, its lists before the exercise's own.

    Raises:
        ContentError: the brief is of another language, or the merged exercise has no criteria.
    """
    if brief.lang != exercise.lang:
        raise ContentError(source, exercise.id, "brief", f"brief '{brief.id}' is in {brief.lang}, not {exercise.lang}")
    merged: dict[str, Any] = {}
    for key in _EXERCISE_LISTS:
        own = getattr(exercise, key)
        merged[key] = tuple(dict.fromkeys((*getattr(brief, key), *own)))
    if not merged["criteria"]:
        message = "must not be empty (neither the exercise nor its brief has any)"
        raise ContentError(source, exercise.id, "criteria", message)
    statement = f"{brief.intro}\n\n{exercise.statement}" if brief.intro else exercise.statement
    return dataclasses.replace(exercise, statement=statement, brief=None, **merged)


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
        stage = reader.choice("stage", QUESTION_STAGES) or ""
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
        _unique(reader, id_paths)
        reader.close()
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
        return (
            self.stage,
            tuple(
                (
                    q.id,
                    q.category,
                    q.technique,
                    q.good_example is not None,
                    q.bad_example is not None,
                    len(q.hints),
                )
                for q in self.questions
            ),
        )

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
        for key, text in (("subject", subject), ("body", body)):
            try:
                names = placeholders(text)
            except ValueError as exc:
                reader.report(key, f"bad placeholder: {exc}")
                continue
            for name in names:
                if name not in LETTER_PLACEHOLDERS:
                    allowed = ", ".join("{" + p + "}" for p in LETTER_PLACEHOLDERS)
                    reader.report(key, f"unknown placeholder '{{{name}}}' (allowed: {allowed})")
        reader.close()
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
