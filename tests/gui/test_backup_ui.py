"""File menu: back up, restore (after a check and a confirmation), export, delete all my data."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.config import resolve_paths
from studio.core.interviews import InterviewDraft
from studio.store.interviews import InterviewRepository
from studio.ui.shell import Shell
from studio.ui.tasks import SyncTaskRunner
from tests.gui.support import close_shell


def _companies(shell: Shell) -> list[str]:
    assert shell.context.store is not None
    return [row.company for row in InterviewRepository(shell.context.store).list()]


def _reopen(qapp: QApplication, qtbot: QtBot) -> Shell:
    again = Shell(qapp, resolve_paths().ensure(), "en", runner=SyncTaskRunner())
    qtbot.addWidget(again.window)
    assert again.open_store()
    return again


def test_backup_then_restore_brings_back_that_state(
    shell: Shell, qapp: QApplication, qtbot: QtBot, answers: list[int], tmp_path: Path
) -> None:
    """Back up with one interview, add another, restore: only the first is there, after a restart."""
    assert shell.context.store is not None
    repo = InterviewRepository(shell.context.store)
    repo.add(InterviewDraft("Kept Ltd"))
    archive = tmp_path / "backup.zip"
    shell.backup_to(archive)
    assert zipfile.is_zipfile(archive)
    repo.add(InterviewDraft("Later Inc"))
    answers.append(0)  # Restore
    assert shell.restore_from(archive)
    assert shell.restart_requested
    again = _reopen(qapp, qtbot)
    assert _companies(again) == ["Kept Ltd"]
    close_shell(again)


def test_hostile_archive_refused_nothing_changed(shell: Shell, tmp_path: Path, answers: list[int]) -> None:
    """An archive with a path escaping the data folder is refused with its name; the data stays."""
    assert shell.context.store is not None
    InterviewRepository(shell.context.store).add(InterviewDraft("Stays"))
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("../outside.txt", "x")
    assert not shell.restore_from(evil)
    assert not (tmp_path / "outside.txt").exists()
    assert any("evil.zip" in t for t in shell.recorder.texts("error"))  # type: ignore[attr-defined]
    assert _companies(shell) == ["Stays"]
    assert answers.asked == []  # type: ignore[attr-defined]


def test_export_csv_and_json(shell: Shell, tmp_path: Path) -> None:
    """Export writes CSV files and a JSON file that contain the interviews."""
    assert shell.context.store is not None
    InterviewRepository(shell.context.store).add(InterviewDraft("Exported Co"))
    shell.export_to(tmp_path / "csv", "csv")
    shell.export_to(tmp_path / "all.json", "json")
    written = list(tmp_path.rglob("*"))
    assert any("Exported Co" in p.read_text(encoding="utf-8-sig") for p in written if p.suffix == ".csv")
    assert any("Exported Co" in p.read_text(encoding="utf-8") for p in written if p.suffix == ".json")


def test_delete_all_needs_two_confirmations(shell: Shell, qapp: QApplication, qtbot: QtBot, answers: list[int]) -> None:
    """Cancel at the second question keeps everything; two yeses delete it all."""
    assert shell.context.store is not None
    InterviewRepository(shell.context.store).add(InterviewDraft("Gone Soon"))
    answers.extend([0, 1])
    assert not shell.delete_all()
    assert _companies(shell) == ["Gone Soon"]
    answers.extend([0, 0])
    assert shell.delete_all()
    again = _reopen(qapp, qtbot)
    assert _companies(again) == []
    close_shell(again)
