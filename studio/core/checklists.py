"""Checklist runs as pure data: readiness, ordering, export text, stage suggestions and user-template TOML.

No Qt and no I/O. The store copies a template's items into a run; everything here works on plain values
(:class:`RunItem`) so the store, the UI and the tests share one definition of "50 % ready" or "move up".

User templates are kept as TOML text. Reading and writing use the content schema's own TOML functions
(:func:`studio.core.content.parse_toml_text`, :func:`~studio.core.content.dumps_toml`), so a template and a content
file report syntax errors in the same words and are written the same way.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from studio.core.content import (
    CHECKLIST_STAGES,
    LANGS,
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    ContentError,
    dumps_toml,
    locate,
    parse_toml_text,
)
from studio.core.interviews import STAGE_CHECKLISTS

#: Longest text a run's item or a template title may have (the table columns are sized for this).
MAX_TITLE = 300
MAX_ITEM_TEXT = 2000
#: A user template TOML larger than this is refused before parsing (a checklist is a few kilobytes).
MAX_TEMPLATE_BYTES = 512 * 1024

_ID_RE = re.compile(r"^[a-z0-9]+(?:[_-][a-z0-9]+)*$")
_SLUG_RE = re.compile(r"[^a-z0-9]+")


class ChecklistError(ValueError):
    """A checklist edit is not acceptable; ``field`` names what was wrong."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


@dataclass(frozen=True)
class RunItem:
    """One item of a run, as the pure functions need it."""

    id: int
    text: str
    section: str = ""
    hint: str = ""
    note: str = ""
    checked: bool = False


@dataclass(frozen=True)
class Readiness:
    """How far a run is: ``checked`` of ``total`` items, ``percent`` rounded down (100 only when all are done)."""

    checked: int
    total: int

    @property
    def percent(self) -> int:
        return readiness_percent(self.checked, self.total)


def readiness_percent(checked: int, total: int) -> int:
    """Whole percent of items ticked, rounded down so a run shows 100 % only when every item is ticked.

    An empty run is 0 %: there is nothing ticked to be ready with.
    """
    if total <= 0:
        return 0
    checked = max(0, min(checked, total))
    return (checked * 100) // total


def readiness(items: Iterable[RunItem]) -> Readiness:
    """Readiness of a run's items."""
    done = total = 0
    for item in items:
        total += 1
        done += bool(item.checked)
    return Readiness(done, total)


# ------------------------------------------------------------------------------------------------- ordering


def move_before(order: Sequence[int], moving: int, before: int | None) -> list[int]:
    """Move ``moving`` so it stands right before ``before`` (or last when ``before`` is None).

    Raises:
        KeyError: ``moving`` or ``before`` is not in ``order``.
    """
    if moving not in order:
        raise KeyError(moving)
    if before is not None and before not in order:
        raise KeyError(before)
    rest = [i for i in order if i != moving]
    if before is None or before == moving:
        if before == moving:
            return list(order)
        return [*rest, moving]
    index = rest.index(before)
    return [*rest[:index], moving, *rest[index:]]


def move_after(order: Sequence[int], moving: int, after: int) -> list[int]:
    """Move ``moving`` so it stands right after ``after``."""
    if moving == after:
        return list(order)
    rest = [i for i in order if i != moving]
    if after not in rest:
        raise KeyError(after)
    index = rest.index(after) + 1
    return [*rest[:index], moving, *rest[index:]]


def step(order: Sequence[int], visible: Sequence[int], moving: int, delta: int) -> list[int] | None:
    """Move ``moving`` one place up (``delta`` = -1) or down (+1) among the ``visible`` items.

    Hidden items (a filter is on) keep their places relative to each other. Returns the new full order, or None
    when the item is already first/last among the visible ones.
    """
    if delta not in (-1, 1):
        raise ValueError("delta must be -1 or +1")
    if moving not in visible:
        raise KeyError(moving)
    index = list(visible).index(moving) + delta
    if index < 0 or index >= len(visible):
        return None
    neighbour = visible[index]
    return move_before(order, moving, neighbour) if delta < 0 else move_after(order, moving, neighbour)


def positions(order: Sequence[int]) -> dict[int, int]:
    """Item id → position for an order (0, 1, 2, …)."""
    return {item_id: index for index, item_id in enumerate(order)}


def sections_in_order(items: Iterable[RunItem]) -> list[tuple[str, list[RunItem]]]:
    """Group items by section, sections in order of first appearance, items in their order within each."""
    groups: dict[str, list[RunItem]] = {}
    for item in items:
        groups.setdefault(item.section, []).append(item)
    return list(groups.items())


# ------------------------------------------------------------------------------------------------ suggestions


def suggest_templates(stage: str, available: Iterable[str], already: Iterable[str] = ()) -> list[str]:
    """Template ids that fit an interview ``stage``, in the stage's order, limited to ``available`` ones.

    Args:
        stage: the interview's stage id.
        available: template ids the library (or the user) has.
        already: template ids the interview already has a run of (not suggested again).
    """
    have = set(available)
    skip = set(already)
    return [tid for tid in STAGE_CHECKLISTS.get(stage, ()) if tid in have and tid not in skip]


# ----------------------------------------------------------------------------------------------------- export


@dataclass(frozen=True)
class ExportLabels:
    """Words the export uses; the UI passes translated ones."""

    readiness: str = "Readiness"
    of: str = "of"
    note: str = "Note"
    hint: str = "Hint"
    general: str = "General"


@dataclass(frozen=True)
class RunExport:
    """What an exported run shows."""

    title: str
    items: Sequence[RunItem]
    subtitle: str = ""
    group_by_section: bool = True
    labels: ExportLabels = field(default_factory=ExportLabels)


def _md_inline(text: str) -> str:
    """One line of Markdown: newlines folded, characters that would start markup escaped."""
    flat = " ".join(text.split())
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", flat)


def markdown(export: RunExport) -> str:
    """The run as Markdown: a heading, readiness, then ``- [x]`` / ``- [ ]`` task lines grouped by section."""
    ready = readiness(export.items)
    labels = export.labels
    lines = [f"# {_md_inline(export.title)}", ""]
    if export.subtitle:
        lines += [_md_inline(export.subtitle), ""]
    lines += [f"{labels.readiness}: {ready.percent} % ({ready.checked} {labels.of} {ready.total})", ""]
    groups = sections_in_order(export.items) if export.group_by_section else [("", list(export.items))]
    has_titles = export.group_by_section and any(title for title, _ in groups)
    for title, items in groups:
        if has_titles:
            lines += [f"## {_md_inline(title or labels.general)}", ""]
        for item in items:
            lines.append(f"- [{'x' if item.checked else ' '}] {_md_inline(item.text)}")
            if item.hint:
                lines.append(f"  - *{labels.hint}:* {_md_inline(item.hint)}")
            if item.note.strip():
                lines.append(f"  - *{labels.note}:* {_md_inline(item.note)}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def parse_markdown_tasks(text: str) -> list[tuple[bool, str]]:
    """The (checked, text) task lines of an exported Markdown run (used to check an export reads back)."""
    out: list[tuple[bool, str]] = []
    for line in text.splitlines():
        match = re.match(r"^- \[([ xX])\] (.*)$", line)
        if match:
            out.append((match[1] != " ", re.sub(r"\\(.)", r"\1", match[2])))
    return out


def html_document(export: RunExport, font_family: str = "DejaVu Sans") -> str:
    """The run as simple HTML for Qt's rich-text engine (PDF and printing): ☑ / ☐ boxes, notes in italics."""
    ready = readiness(export.items)
    labels = export.labels
    esc = html.escape
    parts = [
        f"<html><body style=\"font-family: '{esc(font_family)}'; font-size: 11pt\">",
        f"<h1>{esc(export.title)}</h1>",
    ]
    if export.subtitle:
        parts.append(f"<p>{esc(export.subtitle)}</p>")
    counts = f"({ready.checked} {esc(labels.of)} {ready.total})"
    parts.append(f"<p><b>{esc(labels.readiness)}: {ready.percent} %</b> {counts}</p>")
    groups = sections_in_order(export.items) if export.group_by_section else [("", list(export.items))]
    has_titles = export.group_by_section and any(title for title, _ in groups)
    for title, items in groups:
        if has_titles:
            parts.append(f"<h2>{esc(title or labels.general)}</h2>")
        parts.append('<table cellspacing="0" cellpadding="3">')
        for item in items:
            box = "☑" if item.checked else "☐"
            extra = ""
            if item.hint:
                extra += f'<br/><span style="color:#555555">{esc(labels.hint)}: {esc(item.hint)}</span>'
            if item.note.strip():
                extra += f"<br/><i>{esc(labels.note)}: {esc(item.note)}</i>"
            parts.append(f'<tr><td valign="top">{box}</td><td>{esc(item.text)}{extra}</td></tr>')
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


# ------------------------------------------------------------------------------------------- user templates


def slug(text: str, fallback: str = "my-checklist") -> str:
    """An id made of a title's Latin letters and digits (Cyrillic titles get ``fallback``)."""
    value = _SLUG_RE.sub("-", text.lower()).strip("-")[:60].strip("-")
    return value if value and _ID_RE.match(value) else fallback


def unique_id(base: str, taken: Iterable[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… whichever is not ``taken``."""
    used = set(taken)
    if base not in used:
        return base
    n = 2
    while f"{base}-{n}" in used:
        n += 1
    return f"{base}-{n}"


def template_from_items(
    items: Sequence[RunItem],
    *,
    template_id: str,
    lang: str,
    title: str,
    stage: str,
    description: str,
    default_section: str = "Checklist",
) -> ChecklistTemplate:
    """A template made from a run's items (sections kept in order; items get ids ``item-1``, ``item-2``…).

    Raises:
        ChecklistError: the run has no items, or the id, language, title or stage is not acceptable.
    """
    if not items:
        raise ChecklistError("items", "a template needs at least one item")
    if not _ID_RE.match(template_id):
        raise ChecklistError("id", f"'{template_id}' is not a valid id (lowercase letters, digits, '_' or '-')")
    if lang not in LANGS:
        raise ChecklistError("lang", f"'{lang}' is not one of: {', '.join(LANGS)}")
    if stage not in CHECKLIST_STAGES:
        raise ChecklistError("stage", f"unknown stage '{stage}'")
    if not title.strip():
        raise ChecklistError("title", "the title is empty")
    counter = 0
    sections: list[ChecklistSection] = []
    for section_title, group in sections_in_order(items):
        entries: list[ChecklistItem] = []
        for item in group:
            if not item.text.strip():
                continue
            counter += 1
            entries.append(ChecklistItem(id=f"item-{counter}", text=item.text.strip(), hint=item.hint.strip() or None))
        if entries:
            sections.append(ChecklistSection(title=section_title.strip() or default_section, items=tuple(entries)))
    if not sections:
        raise ChecklistError("items", "every item is empty")
    return ChecklistTemplate(
        id=template_id,
        lang=lang,
        title=title.strip()[:MAX_TITLE],
        stage=stage,
        description=description.strip() or title.strip(),
        sections=tuple(sections),
        origin="user",
    )


def parse_template(text: str, source: str) -> ChecklistTemplate:
    """Parse and validate a user template's TOML text.

    Raises:
        ContentError: naming ``source``, the item and the field (or the line of a syntax error).
    """
    raw = parse_toml_text(text, source, max_bytes=MAX_TEMPLATE_BYTES)
    try:
        template = ChecklistTemplate.validate(raw, source, check_name=False)
    except ContentError as exc:
        locate(exc, text)
        raise
    except (TypeError, ValueError, AttributeError, KeyError) as exc:  # the schema must never crash an import
        raise ContentError(source, None, "<root>", f"not a checklist template: {exc}") from None
    if len(template.title) > MAX_TITLE:
        raise ContentError(source, template.id, "title", f"is longer than {MAX_TITLE} characters")
    for path, item in ((f"items[{i}]", it) for i, it in enumerate(template.items)):
        if len(item.text) > MAX_ITEM_TEXT:
            raise ContentError(source, item.id, f"{path}.text", f"is longer than {MAX_ITEM_TEXT} characters")
    return dataclasses.replace(template, origin="user")


def template_toml(template: ChecklistTemplate) -> str:
    """The template as TOML that :func:`parse_template` reads back to an equal template."""
    return dumps_toml(template.to_raw())


def template_items(template: ChecklistTemplate) -> list[tuple[str, str, str]]:
    """(section, text, hint) for every item of a template, in order: what a new run copies."""
    return [(section.title, item.text, item.hint or "") for section in template.sections for item in section.items]
