"""Small helpers for the Qt Linguist catalogue (resources/translations/studio_ru.ts).

    python scripts/ts_tool.py merge MAIN.ts OTHER.ts [...]   copy finished translations from other catalogues
    python scripts/ts_tool.py fill MAIN.ts TABLE.py          fill from a dict RU = {(context, source): text}
    python scripts/ts_tool.py reuse MAIN.ts OLD.ts           fill from OLD by identical source text, any context
    python scripts/ts_tool.py missing MAIN.ts                list unfinished messages; exit 1 if any
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator


def _messages(tree: ET.ElementTree) -> Iterator[tuple[tuple[str, str], ET.Element]]:
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is not None:
                yield (name, message.findtext("source") or ""), tr


def _fill(main_path: str, table: dict[tuple[str, str], str]) -> int:
    tree = ET.parse(main_path)
    filled = 0
    for key, tr in _messages(tree):
        if tr.get("type") == "unfinished" and table.get(key):
            tr.text = table[key]
            del tr.attrib["type"]
            filled += 1
    with open(main_path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return filled


def main(argv: list[str]) -> int:
    command, main_path, *rest = argv
    if command == "missing":
        missing = [key for key, tr in _messages(ET.parse(main_path)) if tr.get("type") == "unfinished"]
        for context, source in missing:
            print(f"{context}: {source!r}")
        return 1 if missing else 0
    if command == "merge":
        table = {
            key: tr.text or ""
            for path in rest
            for key, tr in _messages(ET.parse(path))
            if tr.get("type") != "unfinished"
        }
    elif command == "reuse":
        by_source = {
            key[1]: tr.text or "" for key, tr in _messages(ET.parse(rest[0])) if tr.get("type") != "unfinished"
        }
        table = {key: by_source.get(key[1], "") for key, _tr in _messages(ET.parse(main_path))}
    elif command == "fill":
        table = runpy.run_path(rest[0])["RU"]
    else:
        print(__doc__)
        return 2
    print(f"{_fill(main_path, table)} messages filled in {main_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
