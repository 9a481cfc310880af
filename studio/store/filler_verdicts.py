"""The user's confirmations and rejections of filled-pause marks, per voice (input device name) and language.

Kept in the ``setting`` key/value table under one key (:data:`KEY`) as a JSON list, so no table of its own is
needed. Each verdict remembers the take and the mark's start so that judging the same mark again replaces the
earlier answer instead of counting twice. ``studio.core.filler_feedback`` turns the (confidence, confirmed) pairs
into the user's threshold.

A damaged stored value reads as "no verdicts" (the detector falls back to its default) and is replaced by the next
verdict; it never stops the review from showing.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from typing import Any

from studio.store.db import Store
from studio.store.models import Setting

log = logging.getLogger(__name__)

KEY = "filler_verdicts"
# Verdicts kept per voice and language (oldest dropped first): enough for a stable threshold, bounded in size.
MAX_PER_VOICE = 400


@dataclass(frozen=True)
class FillerVerdict:
    """One judged mark.

    Attributes:
        voice: Input device name the take was recorded with ("" for imported takes).
        language: "ru" or "en" (the report's language).
        take_id: The take the mark belongs to.
        start: Mark start (s), with ``take_id`` the mark's identity.
        end: Mark end (s).
        confidence: The detector's confidence for the mark (0..1).
        confirmed: True = "yes, a filler", False = "no, a word".
    """

    voice: str
    language: str
    take_id: int
    start: float
    end: float
    confidence: float
    confirmed: bool

    def same_mark(self, other: FillerVerdict) -> bool:
        """Whether both are about the same mark of the same take (for the same voice and language)."""
        return (self.voice, self.language, self.take_id) == (other.voice, other.language, other.take_id) and abs(
            self.start - other.start
        ) < 1e-3


def _parse(item: Any) -> FillerVerdict | None:
    try:
        return FillerVerdict(
            voice=str(item["voice"]),
            language=str(item["language"]),
            take_id=int(item["take_id"]),
            start=float(item["start"]),
            end=float(item["end"]),
            confidence=float(item["confidence"]),
            confirmed=bool(item["confirmed"]),
        )
    except (KeyError, TypeError, ValueError):
        return None


class FillerVerdictRepository:
    """Reads and writes the filled-pause verdicts (one short session per call)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def all(self) -> list[FillerVerdict]:
        """Every stored verdict, oldest first (unreadable entries are skipped)."""
        with self._store.session() as session:
            row = session.get(Setting, KEY)
            text = row.value if row is not None else "[]"
        try:
            items = json.loads(text)
        except json.JSONDecodeError:
            log.warning("stored filled-pause verdicts are not JSON; treating them as none")
            return []
        if not isinstance(items, list):
            return []
        return [v for v in (_parse(item) for item in items) if v is not None]

    def verdicts(self, voice: str, language: str) -> list[FillerVerdict]:
        """The verdicts for one voice and language, oldest first."""
        return [v for v in self.all() if v.voice == voice and v.language == language]

    def pairs(self, voice: str, language: str) -> list[tuple[float, bool]]:
        """(confidence, confirmed) per verdict, as ``studio.core.filler_feedback`` takes them."""
        return [(v.confidence, v.confirmed) for v in self.verdicts(voice, language)]

    def verdict_for(self, voice: str, language: str, take_id: int, start: float) -> bool | None:
        """The stored answer for one mark (True/False), or None when it was not judged."""
        probe = FillerVerdict(voice, language, take_id, start, start, 0.0, False)
        for verdict in reversed(self.all()):
            if verdict.same_mark(probe):
                return verdict.confirmed
        return None

    def add(self, verdict: FillerVerdict) -> None:
        """Store a verdict, replacing an earlier one about the same mark; keeps the newest ``MAX_PER_VOICE``."""
        kept = [v for v in self.all() if not v.same_mark(verdict)]
        kept.append(verdict)
        same_voice = [v for v in kept if (v.voice, v.language) == (verdict.voice, verdict.language)]
        if len(same_voice) > MAX_PER_VOICE:
            dropped = {id(v) for v in same_voice[: len(same_voice) - MAX_PER_VOICE]}
            kept = [v for v in kept if id(v) not in dropped]
        self._write(kept)

    def count(self) -> int:
        """How many verdicts are stored (every voice and language)."""
        return len(self.all())

    def clear(self) -> int:
        """Forget every verdict (Settings: reset); returns how many there were."""
        count = self.count()
        with self._store.session() as session:
            row = session.get(Setting, KEY)
            if row is not None:
                session.delete(row)
        return count

    def _write(self, verdicts: list[FillerVerdict]) -> None:
        text = json.dumps([asdict(v) for v in verdicts], separators=(",", ":"))
        with self._store.session() as session:
            session.merge(Setting(key=KEY, value=text))
