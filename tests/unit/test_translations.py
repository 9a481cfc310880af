"""The Russian catalogue: every source string lupdate finds is in it and translated; placeholders survive."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "studio_ru.ts"


def _entries(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message.find("translation")
    return out


def test_lupdate_finds_nothing_missing(tmp_path: Path) -> None:
    """Run lupdate over the sources into a copy of the catalogue: no new string, none unfinished."""
    copy = tmp_path / "studio_ru.ts"
    shutil.copyfile(CATALOGUE, copy)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "studio").rglob("*.py"))
    result = subprocess.run(
        [str(lupdate), *sources, "-ts", str(copy), "-no-obsolete", "-locations", "none"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    before, after = _entries(CATALOGUE), _entries(copy)
    new = sorted(set(after) - set(before))
    assert not new, f"strings missing from the catalogue (run `make translations-update`): {new[:10]}"
    unfinished = [key for key, tr in after.items() if tr is None or tr.get("type") == "unfinished" or not tr.text]
    assert not unfinished, f"untranslated: {unfinished[:10]}"


def test_placeholders_and_accelerators_kept() -> None:
    """Each translation keeps the source's %N placeholders and has at most one & accelerator."""
    for (context, source), tr in _entries(CATALOGUE).items():
        text = tr.text or ""
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), (context, source, text)
        accelerators = len(re.findall(r"&(?!&)\w", text.replace("&amp;", "")))
        assert accelerators <= 1, (context, source, text)


def test_no_translation_call_hides_inside_an_f_string() -> None:
    """lupdate cannot see tr() inside an f-string's braces: such a string would stay English in Russian."""
    pattern = re.compile(r"""f(["']).*?\{[^}]*\b(tr|translate)\(""")
    root = Path(__file__).resolve().parents[2] / "studio"
    hidden = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert not hidden, hidden
