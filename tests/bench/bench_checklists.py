"""S7: a checklist tick → committed and fsync'd (WAL, synchronous=FULL), p99; with the raw-SQLite floor beside it.

Run by ``tests/bench/run.py`` (``make bench``); ``python tests/bench/bench_checklists.py`` prints the rows alone.
The reference is the same single-row UPDATE + COMMIT through plain ``sqlite3`` on the same file with the same
pragmas: the disk's own fsync latency, which no code above it can beat.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run(quick: bool = False) -> list[dict[str, object]]:
    """Tick and untick one item many times through the repository, then through raw sqlite3; ms per commit."""
    from studio.core.content import ChecklistItem, ChecklistSection, ChecklistTemplate
    from studio.store.checklists import ChecklistRepository
    from studio.store.db import Store

    rounds = 300 if quick else 2000
    ours: list[float] = []
    raw: list[float] = []
    fsyncs: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-checklists-") as folder:
        root = Path(folder)
        store, _ = Store.open(root / "studio.sqlite3", root / "backups", root / "damaged")
        conn = sqlite3.connect(root / "studio.sqlite3", isolation_level=None)
        fd = os.open(root / "fsync.bin", os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            for name, value in (("synchronous", "FULL"), ("foreign_keys", "ON"), ("busy_timeout", "5000")):
                conn.execute(f"PRAGMA {name}={value}")
            repo = ChecklistRepository(store)
            template = ChecklistTemplate(
                id="bench",
                lang="en",
                title="Bench",
                stage="day_of_interview",
                description="bench",
                sections=(
                    ChecklistSection(
                        title="S", items=tuple(ChecklistItem(id=f"i{n}", text=f"Item {n}") for n in range(40))
                    ),
                ),
            )
            run_row = repo.start_run(template)
            assert run_row.id is not None
            ids = [row.id for row in repo.items(run_row.id) if row.id is not None]
            for n in range(20):  # warm up the pool and the statement caches
                repo.set_checked(ids[n % 20], n % 2 == 0)
            # side by side, round by round, so the disk's mood hits all three alike
            for n in range(rounds):
                checked = (n // 20) % 2 == 0
                start = time.perf_counter()
                repo.set_checked(ids[n % 20], checked)
                ours.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                conn.execute("BEGIN")
                conn.execute("UPDATE checklistitem SET checked = ? WHERE id = ?", (int(checked), ids[20 + n % 20]))
                conn.execute("COMMIT")
                raw.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                os.write(fd, b"x" * 128)
                os.fsync(fd)
                fsyncs.append((time.perf_counter() - start) * 1000)
        finally:
            os.close(fd)
            conn.close()
            store.close()

    p99, ref = _p(ours, 0.99), _p(raw, 0.99)
    return [
        {
            "id": "S7",
            "what": f"checklist tick → committed + fsync'd, p99 of {rounds} (p50 {statistics.median(ours):.2f} ms)",
            "value": round(p99, 3),
            "unit": "ms",
            "reference": round(ref, 3),
            "ratio": round(p99 / ref, 3) if ref else None,
            "target": "<= 5 ms",
        },
        {
            "id": "S7-floor",
            "what": f"raw sqlite3 UPDATE+COMMIT, same pragmas, p99 (p50 {statistics.median(raw):.2f} ms)",
            "value": round(ref, 3),
            "unit": "ms",
            "reference": None,
            "ratio": None,
            "target": "reference only",
        },
        {
            "id": "S7-fsync",
            "what": f"bare write+fsync of this disk, p99 (p50 {statistics.median(fsyncs):.2f} ms)",
            "value": round(_p(fsyncs, 0.99), 3),
            "unit": "ms",
            "reference": None,
            "ratio": None,
            "target": "reference only",
        },
    ]


if __name__ == "__main__":
    for row in run(quick=os.environ.get("BENCH_QUICK") == "1"):
        print(row)
