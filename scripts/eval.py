"""``make eval``: the delivery analysis against real, labelled speech.

Runs ``studio.analysis.analyze_file`` on every clip of the speech dev set (``../shared/devset``) and on the
spliced set built from it (``tests/eval/splice.py``: real utterances joined by gaps of known length, room tone or
noise at 10-40 dB SNR), scores both with the dev set's own ``score.py`` and prints its tables plus a one-line
summary. Filled pauses are also counted on espeak-ng material, English and Russian (``tests/eval/espeak.py``:
fluent reading, synthetic held "uh"/«э-э» and hummed «м-м» between phrases, espeak-ng's own slowed filler words).
Everything is written to ``bench/results/eval.json``.

Usage: python scripts/eval.py [--devset DIR] [--no-splice] [--no-espeak] [--takes N] [--quiet]

Syllables are scored as the report's syllables plus its filled pauses (see tests/eval/harness.py).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEVSET = ROOT.parent / "shared" / "devset"
RESULTS = ROOT / "bench" / "results" / "eval.json"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:+.1f}%"


def summary_line(dev: dict[str, Any], splice: dict[str, Any] | None) -> str:
    """One line with the figures the targets are about."""
    parts = [
        f"syllables |err| {100 * dev.get('syllable_median_abs_rel_err', float('nan')):.1f}% "
        f"mean {_pct(dev.get('syllable_mean_signed_rel_err'))}",
        "word-timed false pauses {}".format(dev.get("pause_counts_tp_det_true", ["-", "-"])[1]),
        f"frame F1 {dev.get('speech_frame_f1', float('nan')):.3f}",
        f"filled |count err| {dev.get('filled_pause_count_mean_abs_err', float('nan')):.2f} "
        f"(det-true {dev.get('filled_pause_count_total_det_minus_true', '-')})",
        f"F0 within 1 st {dev.get('f0_clips_within_1_semitone', '-')}",
    ]
    if splice:
        parts.append(
            f"spliced pauses P {splice.get('pause_precision', float('nan')):.3f} "
            f"R {splice.get('pause_recall', float('nan')):.3f} F1 {splice.get('pause_f1', float('nan')):.3f}, "
            f"syllables |err| {100 * splice.get('syllable_median_abs_rel_err', float('nan')):.1f}% "
            f"mean {_pct(splice.get('syllable_mean_signed_rel_err'))}"
        )
    return "eval: " + "; ".join(parts)


def fluent_false_fillers(truth: dict[str, Any], results: dict[str, Any]) -> tuple[int, float]:
    """Filled pauses detected on clips known to have none: (count, per minute of those clips).

    A clip has none when its transcript counts none, or when it is a spliced take (read speech).
    """
    count, seconds = 0, 0.0
    for clip_id, t in truth["clips"].items():
        if (t.get("filled_pause_count") == 0 or "condition" in t) and clip_id in results:
            count += len(results[clip_id]["filled_pauses"])
            seconds += float(t["duration_s"])
    return count, (count / (seconds / 60.0) if seconds else 0.0)


def worst_filler_count_error(truth: dict[str, Any], results: dict[str, Any]) -> int:
    """Largest per-clip |detected - true| filled-pause count over the clips with a count."""
    errors = [
        abs(len(results[c]["filled_pauses"]) - t["filled_pause_count"])
        for c, t in truth["clips"].items()
        if t.get("filled_pause_count") is not None and c in results
    ]
    return max(errors) if errors else 0


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--devset", type=Path, default=DEFAULT_DEVSET, help="dev set folder (truth.json, score.py)")
    parser.add_argument("--no-splice", action="store_true", help="skip the spliced set")
    parser.add_argument("--no-espeak", action="store_true", help="skip the espeak-ng filled-pause material")
    parser.add_argument("--takes", type=int, default=None, help="spliced takes per condition")
    parser.add_argument("--quiet", action="store_true", help="print only the summary line")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the JSON results")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from tests.eval.harness import load_scorer, run_set

    devset = args.devset.resolve()
    if not (devset / "truth.json").is_file():
        print(f"eval: no dev set at {devset} (truth.json missing)", file=sys.stderr)
        return 1
    scorer = load_scorer(devset)
    truth = json.loads((devset / "truth.json").read_text(encoding="utf-8"))
    if not args.quiet:
        print(f"== dev set ({devset})")
    dev_results, dev_summary, dev_time = run_set(truth, devset, scorer, args.quiet)
    fluent_count, fluent_rate = fluent_false_fillers(truth, dev_results)
    worst = worst_filler_count_error(truth, dev_results)
    doc: dict[str, Any] = {
        "devset": {"summary": dev_summary, "results": dev_results, "analysis_s": round(dev_time, 3)},
        "fluent_false_fillers": {"count": fluent_count, "per_min": round(fluent_rate, 3)},
        "filled_pause_worst_clip_count_error": worst,
    }
    splice_summary = None
    if not args.no_splice:
        from tests.eval import splice

        takes = args.takes or splice.TAKES_PER_CONDITION
        cache = Path(tempfile.gettempdir()) / "studio-eval-splice"
        spliced = splice.build(devset, cache, takes)
        if not args.quiet:
            print("\n== spliced set (real utterances, known gaps; room tone or noise at 10-40 dB SNR)")
        sp_results, splice_summary, sp_time = run_set(spliced, cache, scorer, args.quiet)
        per_condition = {}
        for condition in splice.CONDITIONS:
            subset = {"clips": {k: v for k, v in spliced["clips"].items() if v["condition"] == condition}}
            part = {k: sp_results[k] for k in subset["clips"]}
            per_condition[condition] = scorer.score(subset, part, out=io.StringIO())
        if not args.quiet:
            print("\nspliced pauses per condition (precision / recall / F1, matched/detected/true):")
            for condition, s in per_condition.items():
                print(
                    f"  {condition:<6} P {s['pause_precision']:.3f} R {s['pause_recall']:.3f} "
                    f"F1 {s['pause_f1']:.3f}  {s['pause_counts_tp_det_true']}  "
                    f"syllables mean {_pct(s.get('syllable_mean_signed_rel_err'))}"
                )
        sp_count, sp_rate = fluent_false_fillers(spliced, sp_results)
        doc["spliced_false_fillers"] = {"count": sp_count, "per_min": round(sp_rate, 3)}
        doc["spliced"] = {
            "summary": splice_summary,
            "per_condition": per_condition,
            "results": sp_results,
            "analysis_s": round(sp_time, 3),
        }
    if not args.no_espeak:
        from tests.eval import espeak

        synthetic = espeak.evaluate(Path(tempfile.gettempdir()) / "studio-eval-espeak")
        doc["espeak"] = synthetic
        if not args.quiet and synthetic["kinds"]:
            print("\n== espeak-ng filled pauses (EN and RU, 120/160/200 WPM): detected / true per take")
            for take_id, row in synthetic["takes"].items():
                print(f"  {take_id:<22} {row['found']}/{row['true']}")
    line = summary_line(dev_summary, splice_summary)
    line += (
        f"; filler worst clip |count err| {worst}; no-filler dev clips: {fluent_count} false ({fluent_rate:.2f}/min)"
    )
    if "spliced_false_fillers" in doc:
        sp = doc["spliced_false_fillers"]
        line += f", spliced read speech: {sp['count']} false ({sp['per_min']:.2f}/min)"
    kinds = doc.get("espeak", {}).get("kinds", {})
    if kinds:
        fluent = kinds["fluent"]
        line += f"; espeak-ng: fluent {fluent['found']} false in {fluent['minutes']:.1f} min, " + ", ".join(
            f"{kind} {kinds[kind]['found']}/{kinds[kind]['true']} (worst take |err| {kinds[kind]['worst']})"
            for kind in ("held", "slowed")
        )
    doc["summary_line"] = line
    print(line)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(TypeError):
        args.out.write_text(json.dumps(doc, indent=1, default=float), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
