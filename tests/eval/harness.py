"""Run the delivery analysis over a truth document and score it with the dev set's ``score.py``.

Shared by ``scripts/eval.py`` (``make eval``) and the regression guard (tests/unit/analysis/test_devset_guard.py).
The dev set's syllable truth counts a filled pause as one syllable (an acoustic nucleus detector cannot tell it
from a word); the report leaves filled pauses out of its pace, so the count scored is the report's syllables plus
its filled pauses.
"""

from __future__ import annotations

import importlib.util
import io
import time
from pathlib import Path
from types import ModuleType
from typing import Any


def load_scorer(devset: Path) -> ModuleType:
    """Import the dev set's ``score.py`` by path."""
    spec = importlib.util.spec_from_file_location("devset_score", devset / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {devset / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def clip_results(path: Path, language: str, **options: Any) -> dict[str, Any]:
    """Analyse one file and map the report onto the scorer's result fields."""
    from studio.analysis import analyze_file

    report = analyze_file(path, language, **options)
    syllables = (report.metrics.get("syllables") or 0.0) + len(report.filled_pauses)
    return {
        "syllables": syllables,
        "segments": [[s.start, s.end] for s in report.segments],
        "pauses": [[p.start, p.end] for p in report.pauses],
        "filled_pauses": [[f.start, f.end] for f in report.filled_pauses],
        "f0_median_hz": report.metrics.get("f0_median_hz"),
        "duration_s": report.duration_s,
        "speech_s": report.metrics.get("speech_s"),
    }


def run_set(truth: dict[str, Any], base: Path, scorer: ModuleType, quiet: bool) -> tuple[dict, dict, float]:
    """Analyse every clip of a truth document and score it; returns (results, summary, seconds of analysis)."""
    results: dict[str, Any] = {}
    elapsed = 0.0
    for clip_id, t in sorted(truth["clips"].items()):
        path = Path(t["audio"])
        path = path if path.is_absolute() else base / path
        start = time.perf_counter()
        results[clip_id] = clip_results(path, t.get("language", "en"))
        elapsed += time.perf_counter() - start
    buffer = io.StringIO()
    summary = scorer.score(truth, results, out=buffer)
    if not quiet:
        print(buffer.getvalue(), end="")
    return results, summary, elapsed
