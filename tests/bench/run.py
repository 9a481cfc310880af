"""Run every ``tests/bench/bench_*.py`` (or the ones named), print one table, write ``bench/results/*.json``.

Usage: python tests/bench/run.py [--quick] [AREA ...]   e.g. ``startup audio``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
RESULTS = ROOT / "bench" / "results"


def _load(path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fmt(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 1000 else f"{value:.0f}"
    return str(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("areas", nargs="*", help="bench_<area>.py to run (default: all)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    RESULTS.mkdir(parents=True, exist_ok=True)
    files = sorted(HERE.glob("bench_*.py"))
    if args.areas:
        files = [f for f in files if f.stem.removeprefix("bench_") in args.areas]
    rows: list[dict[str, object]] = []
    failed = 0
    for path in files:
        area = path.stem.removeprefix("bench_")
        started = time.perf_counter()
        try:
            area_rows = _load(path).run(quick=args.quick)
        except Exception:
            failed += 1
            traceback.print_exc()
            area_rows = [{"id": "-", "what": f"{area}: FAILED (see traceback)", "value": None}]
        for row in area_rows:
            row.setdefault("area", area)
        (RESULTS / f"{area}.json").write_text(
            json.dumps({"area": area, "seconds": time.perf_counter() - started, "rows": area_rows}, indent=2),
            encoding="utf-8",
        )
        rows.extend(area_rows)
    headers = ["area", "id", "what", "value", "unit", "reference", "ratio", "target"]
    table = [[_fmt(r.get(h)) for h in headers] for r in rows]
    widths = [max(len(h), *(len(t[i]) for t in table)) if table else len(h) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for t in table:
        print("  ".join(c.ljust(w) for c, w in zip(t, widths, strict=True)))
    print(f"\nresults written to {RESULTS}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
