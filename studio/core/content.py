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
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar

import tomli_w

from studio.core.interviews import JOURNEY

LANGS: tuple[str, ...] = ("ru", "en")
#: Where an item's facts come from: one of the three seed guides, or ``coach`` for material written beyond them
#: (what a career coach would add); the Library can label ``coach`` items.
SOURCES: tuple[str, ...] = ("000", "001", "002", "coach")

# Stage ids come from the one journey list (studio.core.interviews.JOURNEY), in its order.
CHECKLIST_STAGES: tuple[str, ...] = tuple(stage for stage in JOURNEY if stage != "other")
QUESTION_STAGES: tuple[str, ...] = tuple(
    stage
    for stage in JOURNEY
    if stage
    in {
        "self_presentation",
        "headhunter_call",
        "phone_screen",
        "hr_interview",
        "practical_tasks",
        "manager_meeting",
        "group_interview",
        "offer",
    }
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

    Validation does not stop at the first mistake: every problem of a file is collected, and the error raised is
    the first one with all of them in ``errors`` (its message lists them all), so an author fixes a file in one go.

    Attributes:
        file: the file (path or name) the data came from.
        item_id: the item inside it (the file's id, or a nested item's id), or None if unknown.
        field: a dotted path to the field, e.g. ``sections[1].items[0].text``.
        message: what is wrong.
        line: the line of the mistake in the file, if known (syntax errors always; schema errors when the loader
            had the file's text).
        errors: every problem found in the file, this one first.
    """

    def __init__(self, file: str, item_id: str | None, field: str, message: str, line: int | None = None) -> None:
        self.file = str(file)
        self.item_id = item_id
        self.field = field
        self.message = message
        self.line = line
        self.errors: tuple[ContentError, ...] = (self,)
        super().__init__(self.file, item_id, field, message, line)

    @classmethod
    def combine(cls, errors: Iterable[ContentError]) -> ContentError:
        """One error standing for several: the first, carrying all of them in ``errors``."""
        flat = [err for error in errors for err in error.errors]
        if not flat:
            raise ValueError("no errors to combine")
        first = flat[0]
        combined = cls(first.file, first.item_id, first.field, first.message, first.line)
        combined.errors = (combined, *flat[1:])
        return combined

    def _one(self, with_file: bool) -> str:
        where = self.file if with_file else ""
        if self.line is not None:
            where = f"{where}, line {self.line}" if where else f"line {self.line}"
        item = self.item_id if self.item_id is not None else "?"
        head = f"{where}: " if where else ""
        return f"{head}item '{item}', field '{self.field}': {self.message}"

    def __str__(self) -> str:
        text = self._one(with_file=True)
        rest = self.errors[1:]
        if rest:
            text += f" (and {len(rest)} more: " + "; ".join(err._one(with_file=False) for err in rest) + ")"
        return text


def split_file_name(name: str) -> tuple[str, str] | None:
    """Split ``<id>.<lang>.toml`` into (id, lang); None if the name has another form."""
    match = _FILE_RE.match(name.replace("\\", "/").rsplit("/", 1)[-1])
    return (match["id"], match["lang"]) if match else None


# ------------------------------------------------------------------------------------------------ TOML text

#: A content file or template larger than this is refused before parsing (the largest shipped file is ~25 KiB).
MAX_FILE_BYTES = 512 * 1024
#: Tables and lists nested deeper than this are refused: content never nests more than four levels, and absurd
#: nesting would otherwise exhaust the recursion limit of the parser or of later passes.
MAX_DEPTH = 32

_SYNTAX_POS = re.compile(r"\(at line (\d+), column (\d+)\)")


def _depth_exceeds(value: object, limit: int) -> bool:
    """True if ``value`` nests tables or lists deeper than ``limit`` (checked without recursion)."""
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        current, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(current, dict):
            stack.extend((child, depth + 1) for child in current.values())
        elif isinstance(current, list):
            stack.extend((child, depth + 1) for child in current)
    return False


def parse_toml_text(text: str, source: str, *, max_bytes: int = MAX_FILE_BYTES) -> dict[str, Any]:
    """Parse the TOML text of a content file or checklist template: the one place TOML syntax errors are worded.

    Raises:
        ContentError: naming ``source`` (and the line of a syntax error) when the text is too large, is not valid
            TOML, or nests absurdly deep; never any other exception.
    """
    parts = split_file_name(source)
    item_id = parts[0] if parts else None
    if len(text) > max_bytes or len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise ContentError(source, item_id, "<file>", f"is larger than {max_bytes // 1024} KiB")
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _SYNTAX_POS.search(message)
        line = int(match[1]) if match else None
        message = message[: match.start()].strip() if match else message
        raise ContentError(source, item_id, "<syntax>", f"TOML syntax error: {message}", line=line) from None
    except RecursionError:
        raise ContentError(source, item_id, "<syntax>", f"nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as exc:  # e.g. lone surrogates
        raise ContentError(source, item_id, "<syntax>", f"not readable as TOML: {exc}") from None
    if _depth_exceeds(raw, MAX_DEPTH):
        raise ContentError(source, item_id, "<syntax>", f"nested deeper than {MAX_DEPTH} levels")
    return raw


def dumps_toml(raw: Mapping[str, Any]) -> str:
    """Write a content dict as TOML; ``tomllib`` reads it back to an equal dict.

    Long texts are written as multi-line strings for readability, unless a text holds something (a carriage
    return, say) that a multi-line string would not keep exactly; then every string is written on one line.
    """
    text = tomli_w.dumps(raw, multiline_strings=True)
    if tomllib.loads(text) != raw:
        text = tomli_w.dumps(raw)
    return text


_TABLE_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\- ]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY_LINE = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")
_LAST_INDEX = re.compile(r"\[\d+\]$")


def field_lines(text: str) -> dict[str, int]:
    """Map the dotted field paths of a content file (as errors name them) to the line they start on.

    ``sections[1].items[0].text`` is the line of ``text =`` in the first ``[[sections.items]]`` of the second
    ``[[sections]]``. Only the layout content files use is understood (key lines, ``[table]`` and ``[[array]]``
    headers, multi-line strings); anything else simply has no line.
    """
    lines: dict[str, int] = {}
    counters: dict[str, int] = {}  # array-of-tables name (with the indices of its parents) -> last index
    prefix = ""
    closing: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if closing is not None:  # inside a multi-line string
            if line.count(closing) % 2 == 1:
                closing = None
            continue
        header = _TABLE_HEADER.match(line)
        if header:
            names = [part.strip() for part in header[2].split(".")]
            path = ""
            for depth, name in enumerate(names):
                path = f"{path}.{name}" if path else name
                last = depth == len(names) - 1
                if last and header[1] == "[[":
                    counters[path] = counters.get(path, -1) + 1
                    for key in [k for k in counters if k.startswith(path + "[")]:
                        del counters[key]
                if path in counters:
                    path = f"{path}[{counters[path]}]"
            prefix = path
            lines.setdefault(prefix, number)
            lines.setdefault(_LAST_INDEX.sub("", prefix), number)  # the array itself: its first table
            continue
        key_match = _KEY_LINE.match(line)
        if key_match:
            name = key_match[1]
            lines.setdefault(f"{prefix}.{name}" if prefix else name, number)
            rest = line[key_match.end() :]
            for quote in ('"""', "'''"):
                if rest.count(quote) % 2 == 1:
                    closing = quote
                    break
    return lines


def locate(error: ContentError, text: str) -> None:
    """Give ``error`` and each of its companions the line of the field it names, where ``text`` shows one."""
    lines = field_lines(text)
    for err in error.errors:
        if err.line is not None:
            continue
        path = err.field
        while path:
            if path in lines:
                err.line = lines[path]
                break
            if _LAST_INDEX.search(path):  # an element of a list: the line of the list
                path = _LAST_INDEX.sub("", path)
            else:  # a field the file lacks: the line of the table that should hold it
                path = path.rsplit(".", 1)[0] if "." in path else ""


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
    """Reads one table, checking every key it is asked for and, at the end, that no other key is present.

    A bad value does not stop the reading: the problem is recorded in ``errors`` (shared by the readers of one
    file) and a harmless stand-in is returned, so every problem of a file is found in one pass. The root reader's
    :meth:`close` raises them together.
    """

    def __init__(
        self, raw: object, source: str, item_id: str | None, path: str, errors: list[ContentError] | None = None
    ) -> None:
        self.source = source
        self.item_id = item_id
        self.path = path
        self.errors: list[ContentError] = errors if errors is not None else []
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

    def report(self, key: str, message: str) -> None:
        """Record a problem and go on reading."""
        self.errors.append(self.error(key, message))

    def _soft(self, read: Callable[[], Any], default: Any) -> Any:
        try:
            return read()
        except ContentError as exc:
            self.errors.append(exc)
            return default

    def _get(self, key: str, required: bool) -> Any:
        self.seen.add(key)
        if key not in self.raw:
            if required:
                raise self.error(key, "is missing")
            return None
        return self.raw[key]

    def text(self, key: str) -> str:
        return self._soft(lambda: self._check_text(key, self._get(key, True)), "")  # type: ignore[no-any-return]

    def opt_text(self, key: str) -> str | None:
        def read() -> str | None:
            value = self._get(key, False)
            if value is None:
                return None
            if isinstance(value, str) and not value.strip():
                return None
            return self._check_text(key, value)

        return self._soft(read, None)  # type: ignore[no-any-return]

    def _check_text(self, key: str, value: object) -> str:
        if not isinstance(value, str):
            raise self.error(key, f"must be text, not {_type_name(value)}")
        stripped = value.strip()
        if not stripped:
            raise self.error(key, "must not be empty")
        return stripped

    def ident(self, key: str) -> str:
        def read() -> str:
            value = self._check_text(key, self._get(key, True))
            if not _ID_RE.fullmatch(value):
                raise self.error(key, f"'{value}' is not a valid id (lowercase letters, digits, '_' or '-')")
            return value

        return self._soft(read, "")  # type: ignore[no-any-return]

    def opt_ident(self, key: str) -> str | None:
        value = self.opt_text(key)
        if value is not None and not _ID_RE.fullmatch(value):
            self.report(key, f"'{value}' is not a valid word (lowercase letters, digits, '_' or '-')")
            return None
        return value

    def choice(self, key: str, choices: Iterable[str]) -> str | None:
        """The value if it is one of ``choices``; None (and a recorded problem) otherwise."""
        allowed = tuple(choices)

        def read() -> str:
            value = self._check_text(key, self._get(key, True))
            if value not in allowed:
                raise self.error(key, f"'{value}' is not one of: {', '.join(allowed)}")
            return value

        return self._soft(read, None)  # type: ignore[no-any-return]

    def opt_choice(self, key: str, choices: Iterable[str]) -> str | None:
        allowed = tuple(choices)
        value = self.opt_text(key)
        if value is not None and value not in allowed:
            self.report(key, f"'{value}' is not one of: {', '.join(allowed)}")
            return None
        return value

    def positive_int(self, key: str) -> int:
        def read() -> int:
            value = self._get(key, True)
            if isinstance(value, bool) or not isinstance(value, int):
                raise self.error(key, f"must be a whole number, not {_type_name(value)}")
            if value <= 0:
                raise self.error(key, f"must be greater than zero, not {value}")
            return value

        return self._soft(read, 1)  # type: ignore[no-any-return]

    def positive_number(self, key: str) -> float | int:
        def read() -> float | int:
            value = self._get(key, True)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise self.error(key, f"must be a number, not {_type_name(value)}")
            if not math.isfinite(value) or value <= 0:
                raise self.error(key, f"must be a finite number greater than zero, not {value}")
            return value

        return self._soft(read, 1)  # type: ignore[no-any-return]

    def text_list(self, key: str, required: bool = True, non_empty: bool = True) -> tuple[str, ...]:
        def read() -> tuple[str, ...]:
            value = self._get(key, required)
            if value is None:
                return ()
            if not isinstance(value, list):
                raise self.error(key, f"must be a list of texts, not {_type_name(value)}")
            if non_empty and not value:
                raise self.error(key, "must not be empty")
            out: list[str] = []
            for index, element in enumerate(value):
                try:
                    out.append(self._check_text(f"{key}[{index}]", element))
                except ContentError as exc:
                    self.errors.append(exc)
            return tuple(out)

        return self._soft(read, ())  # type: ignore[no-any-return]

    def tables(self, key: str, required: bool = True) -> list[tuple[str, Any]]:
        """Return (path, raw table) for each element of an array of tables; elements that are not tables are
        reported and left out."""

        def read() -> list[tuple[str, Any]]:
            value = self._get(key, required)
            if value is None:
                return []
            if not isinstance(value, list):
                raise self.error(key, f"must be a list of tables ([[{key}]]), not {_type_name(value)}")
            if required and not value:
                raise self.error(key, "must not be empty")
            out: list[tuple[str, Any]] = []
            for index, element in enumerate(value):
                if isinstance(element, Mapping):
                    out.append((self.where(f"{key}[{index}]"), element))
                else:
                    self.report(f"{key}[{index}]", f"must be a table, not {_type_name(element)}")
            return out

        return self._soft(read, [])  # type: ignore[no-any-return]

    def sub(self, path: str, raw: object, item_id: str | None = None) -> _Reader:
        return _Reader(raw, self.source, item_id if item_id is not None else self.item_id, path, self.errors)

    def sub_with_id(self, path: str, raw: object) -> tuple[_Reader, str]:
        """Open a nested table that carries its own ``id``, so later errors name that item."""
        reader = self.sub(path, raw)
        item_id = reader.ident("id")
        reader.item_id = item_id or reader.item_id
        return reader, item_id

    def finish(self) -> None:
        """Record every key that was never asked for (a typo, most likely)."""
        for key in sorted(str(key) for key in self.raw if key not in self.seen):
            self.report(key, "unknown key (a typo?)" + _suggest(key, self.seen))

    def close(self) -> None:
        """Finish the root table and raise every problem recorded while reading the file, if any."""
        self.finish()
        if self.errors:
            raise ContentError.combine(self.errors)


def _suggest(key: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(key, sorted(known), n=1)
    return f"; did you mean '{close[0]}'?" if close else ""


def _unique(reader: _Reader, ids: Iterable[tuple[str, str]]) -> None:
    """Record a problem for every repeated id; ``ids`` is (path of the id field, id). Empty (invalid) ids are
    already reported."""
    seen: dict[str, str] = {}
    for path, item_id in ids:
        if not item_id:
            continue
        if item_id in seen:
            reader.errors.append(
                ContentError(reader.source, item_id, path, f"duplicate id (first used at {seen[item_id]})")
            )
            continue
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
    reader.item_id = item_id or item_hint
    lang = reader.choice("lang", LANGS) or ""
    title = reader.text("title")
    src = reader.opt_choice("source", SOURCES)
    tags = reader.text_list("tags", required=False, non_empty=False)
    if check_name:
        parts = split_file_name(source)
        if parts is not None:
            file_id, file_lang = parts
            if item_id and item_id != file_id:
                reader.report("id", f"'{item_id}' does not match the file name (expected '{file_id}')")
            if lang and lang != file_lang:
                reader.report("lang", f"'{lang}' does not match the file name (expected '{file_lang}')")
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
    return GuideExample(title=r.text("title"), text=r.text("text"), verdict=r.choice("verdict", VERDICTS) or "")


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
        if guide_kind is None:  # which parts a guide has depends on its kind: nothing more can be checked
            reader.seen.update(str(key) for key in reader.raw)
            reader.close()
        assert guide_kind is not None
        values: dict[str, Any] = {}
        for key, (required, read) in _GUIDE_TABLES[guide_kind].items():
            models = []
            for path, traw in reader.tables(key, required=required):
                sub = reader.sub(path, traw)
                models.append(read(sub))
                sub.finish()
            values[key] = tuple(models)
        for key in _GUIDE_LISTS.get(guide_kind, ()):
            values[key] = reader.text_list(key)
        reader.close()
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
        seconds = tuple(part.seconds for part in self.parts)
        titled = tuple(getattr(example, "title", None) is not None for example in self.examples)
        return (self.guide_kind, shape, lists, verdicts, seconds, titled)

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
