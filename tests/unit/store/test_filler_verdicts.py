"""Filled-pause verdicts: stored per voice and language, one answer per mark, bounded, damage-tolerant, reset."""

from __future__ import annotations

import pytest

from studio.core.filler_feedback import DEFAULT_THRESHOLD, is_calibrated, user_threshold
from studio.store import filler_verdicts
from studio.store.db import Store
from studio.store.filler_verdicts import KEY, FillerVerdict, FillerVerdictRepository
from studio.store.models import Setting


def _verdict(
    take: int, start: float, confidence: float, ok: bool, voice: str = "Mic", lang: str = "en"
) -> FillerVerdict:
    return FillerVerdict(voice, lang, take, start, start + 0.4, confidence, ok)


def test_verdicts_kept_per_voice_and_language(store: Store) -> None:
    """A verdict counts only for its own voice and language, and survives a new repository (it is stored)."""
    repo = FillerVerdictRepository(store)
    repo.add(_verdict(1, 1.0, 0.8, True))
    repo.add(_verdict(1, 2.0, 0.55, False))
    repo.add(_verdict(2, 1.0, 0.6, True, voice="Headset"))
    repo.add(_verdict(3, 1.0, 0.6, False, lang="ru"))
    again = FillerVerdictRepository(store)
    assert again.pairs("Mic", "en") == [(0.8, True), (0.55, False)]
    assert again.pairs("Headset", "en") == [(0.6, True)]
    assert again.pairs("Mic", "ru") == [(0.6, False)]
    assert again.pairs("Other", "en") == []
    assert user_threshold(again.pairs("Mic", "en")) > DEFAULT_THRESHOLD
    assert is_calibrated(again.pairs("Mic", "en")) and not is_calibrated(again.pairs("Mic", "ru"))


def test_judging_a_mark_again_replaces_the_answer(store: Store) -> None:
    """Changing one's mind about a mark keeps one verdict for it, the latest."""
    repo = FillerVerdictRepository(store)
    repo.add(_verdict(1, 1.0, 0.8, True))
    repo.add(_verdict(1, 1.0, 0.8, False))
    assert repo.pairs("Mic", "en") == [(0.8, False)]
    assert repo.verdict_for("Mic", "en", 1, 1.0) is False
    assert repo.verdict_for("Mic", "en", 1, 5.0) is None


def test_oldest_verdicts_dropped_past_the_limit(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the per-voice limit the oldest verdicts go, so the stored value stays small."""
    monkeypatch.setattr(filler_verdicts, "MAX_PER_VOICE", 3)
    repo = FillerVerdictRepository(store)
    for i in range(5):
        repo.add(_verdict(1, float(i), 0.5 + i / 100, True))
    repo.add(_verdict(9, 0.0, 0.9, True, voice="Other"))
    assert [c for c, _ in repo.pairs("Mic", "en")] == [0.52, 0.53, 0.54]
    assert repo.pairs("Other", "en") == [(0.9, True)]


def test_damaged_value_reads_as_none_and_is_replaced(store: Store) -> None:
    """A stored value that is not a JSON list of verdicts reads as none; the next verdict writes a good one."""
    with store.session() as session:
        session.merge(Setting(key=KEY, value="{not json"))
    repo = FillerVerdictRepository(store)
    assert repo.all() == []
    with store.session() as session:
        session.merge(
            Setting(
                key=KEY,
                value='[{"voice": "Mic"}, 3, {"voice": "Mic", "language": "en", "take_id": 1,'
                ' "start": 1, "end": 2, "confidence": 0.7, "confirmed": true}]',
            )
        )
    assert repo.pairs("Mic", "en") == [(0.7, True)]
    repo.add(_verdict(2, 1.0, 0.6, False))
    assert repo.count() == 2


def test_clear_forgets_everything(store: Store) -> None:
    """Reset removes every verdict of every voice and language and says how many there were."""
    repo = FillerVerdictRepository(store)
    repo.add(_verdict(1, 1.0, 0.8, True))
    repo.add(_verdict(2, 1.0, 0.8, True, voice="Headset", lang="ru"))
    assert repo.clear() == 2
    assert repo.all() == [] and repo.clear() == 0
