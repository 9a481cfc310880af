"""Exercise timer on the real clock with two CPU burners: how late phase boundaries fire (never early)."""

from __future__ import annotations

import threading

from studio.core.clock import SystemClock
from studio.core.exercise import EventKind, ExercisePlan, PhasePlan, Session, SessionState, TransitionKind


def _lateness(seconds: tuple[float, ...]) -> list[float]:
    stop = threading.Event()

    def burn() -> None:
        while not stop.is_set():
            pass

    burners = [threading.Thread(target=burn, name=f"cpu-burner-{k}") for k in range(2)]
    plan = ExercisePlan("bench", tuple(PhasePlan(f"p{i}", f"P{i}", s) for i, s in enumerate(seconds)), True)
    clock = SystemClock()
    session = Session(plan, clock, warnings_s=(1.0,))
    wake = threading.Event()  # never set: its wait(timeout) stands in for the single-shot timer
    events = []
    try:
        for burner in burners:
            burner.start()
        session.start()
        last = len(seconds) - 1
        while session.state is SessionState.RUNNING:
            boundary = session.next_boundary()
            assert boundary is not None
            wake.wait(max(0.0, boundary - clock.monotonic()))
            for event in session.due_events():
                events.append(event)
                if event.kind is EventKind.PHASE_DEADLINE_REACHED:
                    (session.finish if session.phase_index == last else session.next_phase)()
    finally:
        stop.set()
        for burner in burners:
            burner.join()
    kinds = (TransitionKind.WARNING, TransitionKind.PHASE_DEADLINE_REACHED)
    fired = [t.mono for t in session.transitions if t.kind in kinds]
    return [at - event.due_mono for at, event in zip(fired, events, strict=True)]


def run(quick: bool = False) -> list[dict[str, object]]:
    lateness = _lateness((2.0, 3.0, 2.0) if quick else (5.0, 10.0, 5.0, 10.0))
    worst_ms = max(lateness) * 1000
    earliest_ms = min(lateness) * 1000
    return [
        {
            "id": "R11",
            "what": f"phase boundary lateness, real clock, 2 burners ({len(lateness)} boundaries)",
            "value": round(worst_ms, 2),
            "unit": "ms worst",
            "reference": round(earliest_ms, 2),
            "ratio": None,
            "target": "<= 250 ms late, never early (reference = earliest, must be >= 0)",
        }
    ]
