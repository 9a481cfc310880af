"""Loose regression guard on real speech: the dev set and the takes spliced from it must stay near their figures.

``make eval`` prints the exact figures; this only fails when a change makes them clearly worse. Skipped when the
dev set (../shared/devset) is not beside the repository.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.eval import splice
from tests.eval.harness import load_scorer, run_set

DEVSET = Path(__file__).resolve().parents[3].parent / "shared" / "devset"

pytestmark = pytest.mark.skipif(not (DEVSET / "truth.json").is_file(), reason="dev set not present")


@pytest.fixture(scope="module")
def devset_run() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Truth, results and summary of the dev set."""
    truth = json.loads((DEVSET / "truth.json").read_text(encoding="utf-8"))
    results, summary, _ = run_set(truth, DEVSET, load_scorer(DEVSET), quiet=True)
    return truth, results, summary


def test_syllable_count_error_stays_small(devset_run: tuple[dict, dict, dict]) -> None:
    """Syllables on real English: median |error| and bias stay well under the old 20 % undercount."""
    _, _, summary = devset_run
    assert summary["syllable_median_abs_rel_err"] <= 0.13
    assert abs(summary["syllable_mean_signed_rel_err"]) <= 0.08


def test_no_false_pause_on_word_timed_read_speech(devset_run: tuple[dict, dict, dict]) -> None:
    """The word-timed read clips have no pause of 0.25 s or more: none may be found."""
    _, _, summary = devset_run
    assert summary["pause_counts_tp_det_true"][1] == 0
    assert summary["speech_frame_f1"] >= 0.95


def test_filled_pause_counts_stay_close(devset_run: tuple[dict, dict, dict]) -> None:
    """Filled-pause counts: no clip off by more than one; at most one false mark per minute of read speech."""
    truth, results, summary = devset_run
    assert summary["filled_pause_count_mean_abs_err"] <= 0.5
    read_marks, read_seconds = 0, 0.0
    for clip_id, t in truth["clips"].items():
        if t.get("filled_pause_count") is not None:
            assert abs(len(results[clip_id]["filled_pauses"]) - t["filled_pause_count"]) <= 1, clip_id
        if t.get("filled_pause_count") == 0:
            read_marks += len(results[clip_id]["filled_pauses"])
            read_seconds += float(t["duration_s"])
    assert read_marks / (read_seconds / 60.0) <= 1.0


def test_pitch_stays_with_praat(devset_run: tuple[dict, dict, dict]) -> None:
    """Median F0 within 1 semitone of Praat on every clip."""
    _, _, summary = devset_run
    within, total = (int(x) for x in summary["f0_clips_within_1_semitone"].split("/"))
    assert within == total


def test_pauses_on_spliced_real_speech(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Real utterances joined by known gaps (room tone, 10-40 dB SNR): pauses found, no filled pauses in read speech."""
    folder = tmp_path_factory.mktemp("splice")
    truth = splice.build(DEVSET, folder, takes_per_condition=2)
    results, summary, _ = run_set(truth, folder, load_scorer(DEVSET), quiet=True)
    assert summary["pause_recall"] >= 0.85
    assert summary["pause_precision"] >= 0.8
    assert abs(summary["syllable_mean_signed_rel_err"]) <= 0.1
    read_marks = sum(len(r["filled_pauses"]) for r in results.values())
    read_minutes = sum(float(t["duration_s"]) for t in truth["clips"].values()) / 60.0
    assert read_marks / read_minutes <= 1.0
