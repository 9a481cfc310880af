"""Writing content as TOML by hand (the standard library reads TOML but cannot write it). Pure: no I/O.

Used for exporting and saving content items and checklist templates; ``tomllib`` reads the result back to an equal
dict (tests check the round trip).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any


def toml_string(text: str) -> str:
    """A TOML string: a literal one ('...') when the text allows it (tomllib parses those much faster)."""
    if "'" not in text and not any(ord(char) < 0x20 or ord(char) == 0x7F for char in text):
        return f"'{text}'"
    return basic_string(text)


def basic_string(text: str) -> str:
    out = ['"']
    for char in text:
        code = ord(char)
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif char == "\r":
            out.append("\\r")
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04X}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else basic_string(key)


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"cannot write {value} to TOML content")
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        inner = ",\n".join(f"    {toml_value(element)}" for element in value)
        return f"[\n{inner},\n]"
    raise TypeError(f"cannot write {type(value).__name__} to TOML content")


def _is_table_array(value: object) -> bool:
    return isinstance(value, list | tuple) and bool(value) and all(isinstance(v, Mapping) for v in value)


def _write_table(lines: list[str], table: Mapping[str, Any], prefix: str) -> None:
    """Plain keys first, then arrays of tables (``[[prefix.key]]``), recursively."""
    for key, value in table.items():
        if not _is_table_array(value):
            lines.append(f"{toml_key(key)} = {toml_value(value)}")
    for key, value in table.items():
        if _is_table_array(value):
            name = f"{prefix}.{toml_key(key)}" if prefix else toml_key(key)
            for element in value:
                lines.append("")
                lines.append(f"[[{name}]]")
                _write_table(lines, element, name)


def dumps_raw(raw: Mapping[str, Any]) -> str:
    """Write a content dict (plain values, lists of texts, arrays of tables) as TOML, by hand."""
    lines: list[str] = []
    _write_table(lines, raw, "")
    return "\n".join(lines).strip("\n") + "\n"
