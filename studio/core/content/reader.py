"""Field-by-field reading of a parsed TOML table, collecting every error of a file with its field path."""

from __future__ import annotations

import dataclasses
import difflib
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from studio.core.content.base import _ID_RE, LANGS, SOURCES, ContentError, split_file_name

if TYPE_CHECKING:
    from studio.core.content.items import ContentItem

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


def _fields(model: Any) -> list[tuple[str, Any]]:
    return [(f.name, getattr(model, f.name)) for f in dataclasses.fields(model)]


def _head_kwargs(head: _Header) -> dict[str, Any]:
    return {"id": head.id, "lang": head.lang, "title": head.title, "source": head.source, "tags": head.tags}
