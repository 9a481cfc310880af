"""Marks on a take's timeline: overflows, device loss, and the phase starts of an exercise recording.

Stored as JSON in the take's row; this is the one place that encodes and decodes them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

OVERFLOW = "overflow"
PHASE = "phase"


class Mark:
    """One point on a take's timeline.

    Attributes:
        t: Seconds from the start of the take.
        kind: "overflow", "phase", or how the take ended when not by the user ("device_lost", "disk_full", …).
        label: For a phase mark, the phase id; else "".
    """

    __slots__ = ("kind", "label", "t")

    def __init__(self, t: float, kind: str, label: str = "") -> None:
        self.t = float(t)
        self.kind = str(kind)
        self.label = str(label)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mark) and (self.t, self.kind, self.label) == (other.t, other.kind, other.label)

    def __hash__(self) -> int:
        return hash((self.t, self.kind, self.label))

    def __repr__(self) -> str:
        return f"Mark({self.t!r}, {self.kind!r}, {self.label!r})"

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"t": self.t, "kind": self.kind}
        if self.label:
            data["label"] = self.label
        return data


def marks_to_json(marks: Iterable[Mark]) -> str:
    """Encode marks for the take's row."""
    return json.dumps([mark.to_dict() for mark in marks])


def marks_from_json(text: str | None) -> list[Mark]:
    """Decode a take's marks; anything unreadable is skipped (a damaged field never hides the take)."""
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return []
    marks: list[Mark] = []
    if not isinstance(data, list):
        return marks
    for item in data:
        if not isinstance(item, dict):
            continue
        try:
            marks.append(Mark(float(item.get("t", 0.0)), str(item.get("kind", "")), str(item.get("label", ""))))
        except (TypeError, ValueError):
            continue
    return marks


def phase_marks(marks: Iterable[Mark]) -> list[tuple[float, str]]:
    """(time, phase id) of the phase marks, for ``studio.core.delivery.per_phase``."""
    return [(mark.t, mark.label) for mark in marks if mark.kind == PHASE]
