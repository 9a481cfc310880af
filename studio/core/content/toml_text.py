"""TOML text: bounded parsing (size, nesting) with one syntax-error formatter, writing, and line numbers of fields."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from typing import Any

import tomli_w

from studio.core.content.base import ContentError, split_file_name

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
