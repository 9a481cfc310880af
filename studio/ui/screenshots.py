"""Demo data for ``--screenshot``: a screenshot of an empty studio shows nothing, so add a little first."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)


def prepare_demo(shell: Any) -> None:
    """Fill an empty store with sample interviews, takes, a half-ticked checklist, an exercise attempt and a
    library selection, so the screenshots show the studio in use."""
    from studio.store.interviews import InterviewRepository

    repo = InterviewRepository(shell.context.store)
    if repo.list():
        return
    _add_sample_interviews(shell, repo)
    for name, prepare in (
        ("voice", prepare_voice_demo),
        ("checklists", _tab_demo("studio.ui.checklists.demo", "prepare_checklists_demo")),
        ("exercises", _tab_demo("studio.ui.exercises.demo", "prepare_exercises_demo")),
        ("library", _tab_demo("studio.ui.library", "prepare_library_demo")),
    ):
        try:
            prepare(shell)
        except Exception:  # one tab's demo must not spoil the other screenshots
            log.exception("demo data for the %s tab failed", name)
    shell.window.interviews.list.setCurrentRow(0)


def _tab_demo(module: str, function: str) -> Any:
    def run(shell: Any) -> None:
        import importlib

        getattr(importlib.import_module(module), function)(shell)

    return run


def _add_sample_interviews(shell: Any, repo: Any) -> None:
    from studio.core.interviews import InterviewDraft

    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    repo.add(
        InterviewDraft(
            QCoreApplication.translate("Demo", "Northwind Telecom"),
            QCoreApplication.translate("Demo", "Client relations manager"),
            now + timedelta(days=2, hours=3),
            "phone_screen",
        )
    )
    repo.add(
        InterviewDraft(
            QCoreApplication.translate("Demo", "Blue Harbor Bank"),
            QCoreApplication.translate("Demo", "Key account manager"),
            now + timedelta(days=6),
            "hr_interview",
        )
    )
    shell.window.interviews.refresh()
    shell.window.interviews.list.setCurrentRow(0)


def demo_speech(seconds: float = 40.0, rate: int = 16000, seed: int = 7) -> Any:
    """A speech-like signal for screenshots: voiced 'syllables' with a gliding pitch, grouped into phrases."""
    import numpy as np

    rng = np.random.default_rng(seed)
    out = np.zeros(int(seconds * rate), dtype=np.float32)
    t = 0.3
    while t < seconds - 1.0:
        phrase_end = min(seconds - 0.5, t + rng.uniform(2.0, 5.0))
        while t < phrase_end:
            dur = rng.uniform(0.12, 0.25)
            n = int(dur * rate)
            i0 = int(t * rate)
            tt = np.arange(n) / rate
            f0 = rng.uniform(110, 170) * (1 + 0.15 * np.sin(2 * np.pi * 2 * tt))
            phase = 2 * np.pi * np.cumsum(f0) / rate
            voice = sum(np.sin(k * phase) / k for k in range(1, 6))
            env = np.sin(np.pi * np.arange(n) / n) ** 2 * rng.uniform(0.25, 0.6)
            out[i0 : i0 + n] += (voice * env).astype(np.float32)[: len(out) - i0]
            t += dur + rng.uniform(0.02, 0.08)
        t += rng.uniform(0.4, 1.6)
    out += rng.normal(0, 0.003, len(out)).astype(np.float32)
    return np.clip(out, -1, 1)


def prepare_voice_demo(shell: Any) -> None:
    """Two takes of the self-introduction with a script, the newer one selected."""
    import tempfile
    from pathlib import Path

    import soundfile as sf

    from studio.audio.importer import import_audio
    from studio.store.voice import NewTake

    page = shell.window.page("voice")
    if page is None or page.takes.topLevelItemCount():
        return
    page.script_edit.setPlainText(
        QCoreApplication.translate(
            "Demo",
            "• Who I am: client relations manager, 5 years in telecom\n"
            "• Experience: 120 key accounts, complaints desk lead\n"
            "• Achievement: renewals up from 78 % to 90 % in a year\n"
            "• Why this role: long-term relationships, not one-off sales\n"
            "• Goal: grow into leading a client team",
        )
    )
    page.save_script()
    prompt_id = page.prompt_combo.currentData()
    made: list[int] = []
    with tempfile.TemporaryDirectory() as tmp:
        for index, seconds in enumerate((72.0, 64.0)):
            wav = Path(tmp) / f"demo{index}.wav"
            sf.write(str(wav), demo_speech(seconds, seed=7 + index), 16000)
            imported = import_audio(wav, shell.context.paths.data_dir)
            take = page.repo.add_take(
                NewTake(imported.path, imported.frames, imported.samplerate, imported.channels, "Demo", "imported"),
                prompt_id=prompt_id,
            )
            page.repo.update_take(
                take.id,
                rating=3 + index,
                name=QCoreApplication.translate("Demo", "Take %1").replace("%1", str(index + 1)),
            )
            made.append(take.id)
    page.refresh_takes()
    for take_id in made:  # one at a time: a new analysis cancels the running one
        page.analyse_take(take_id)
        shell.context.runner.wait_all(120000)
        for _ in range(5):
            QCoreApplication.processEvents()
    page.takes.clearSelection()
    page.takes.topLevelItem(0).setSelected(True)
