"""Main window: interviews sidebar with undo, menus, about, geometry, damaged-database handling."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.config import resolve_paths
from studio.store import snapshots
from studio.ui.dialogs.interview_dialog import InterviewDialog
from studio.ui.shell import Shell
from studio.ui.tasks import SyncTaskRunner


def _fill(company: str, role: str = "", stage: str = "phone_screen"):  # type: ignore[no-untyped-def]
    def run(dialog: InterviewDialog) -> bool:
        dialog.company.setText(company)
        dialog.role.setText(role)
        dialog.stage.setCurrentIndex(dialog.stage.findData(stage))
        dialog._on_accept()
        return dialog.result() == InterviewDialog.DialogCode.Accepted

    return run


def test_five_tabs_and_menus(shell: Shell) -> None:
    """The window has Voice, Interview, Exercises, Checklists, Library and the four menus; every tab is built."""
    window = shell.window
    assert [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())] == [
        "Voice",
        "Interview",
        "Exercises",
        "Checklists",
        "Library",
    ]
    assert all(host.page is not None for host in window.hosts.values())
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus[:3] == ["File", "Edit", "View"] and menus[-1] == "Help"
    assert "Qt" in window.about_text() and "PySide6" in window.about_text()


def test_add_interview_then_delete_and_undo(shell: Shell, qtbot: QtBot) -> None:
    """Add through the dialog, delete with the Delete key, bring it back with Ctrl+Z."""
    panel = shell.window.interviews
    panel.run_dialog = _fill("Acme Telecom", "Client manager")  # type: ignore[method-assign]
    with qtbot.waitSignal(shell.context.events.interviews_changed):
        panel.add_button.click()
    assert panel.list.count() == 1
    assert "Acme Telecom — Client manager" in panel.list.item(0).text()
    panel.list.setCurrentRow(0)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert panel.list.count() == 0
    assert any("Ctrl+Z" in t for t in shell.recorder.texts("info"))  # type: ignore[attr-defined]
    shell.window.undo_stack.undo()
    assert panel.list.count() == 1
    assert len(panel.repository.list()) == 1  # type: ignore[union-attr]


def test_empty_company_refused_in_dialog(shell: Shell) -> None:
    """The dialog stays open and says what is wrong when the company is empty; nothing is stored."""
    panel = shell.window.interviews
    seen: list[str] = []

    def run(dialog: InterviewDialog) -> bool:
        dialog.company.setText("  ")
        dialog._on_accept()
        seen.append(dialog.error.text())
        return dialog.result() == InterviewDialog.DialogCode.Accepted

    panel.run_dialog = run  # type: ignore[method-assign]
    panel.add_button.click()
    assert "company" in seen[0].lower()
    assert panel.repository.list() == []  # type: ignore[union-attr]


def test_geometry_and_tab_restored(qapp: QApplication, qtbot: QtBot, answers: list[int]) -> None:
    """Window size and current tab come back in a new window."""
    paths = resolve_paths().ensure()
    first = Shell(qapp, paths, "en", runner=SyncTaskRunner())
    qtbot.addWidget(first.window)
    first.window.show()
    qtbot.waitExposed(first.window)
    first.window.resize(700, 500)
    qtbot.waitUntil(lambda: first.window.width() == 700)
    first.window.tabs.setCurrentIndex(2)
    first.window.close()
    second = Shell(qapp, paths, "en", runner=SyncTaskRunner())
    qtbot.addWidget(second.window)
    second.window.show()
    qtbot.waitExposed(second.window)
    assert second.window.tabs.currentIndex() == 2
    assert second.window.size().width() == 700


def test_shortcuts_listed(shell: Shell) -> None:
    """Help → Keyboard shortcuts lists the actions that have keys."""
    rows = dict((what, keys) for keys, what in shell.window.shortcut_rows())
    assert "New interview…" in rows and rows["Quit"]


def test_damaged_database_offers_newest_backup(qapp: QApplication, qtbot: QtBot, answers: list[int]) -> None:
    """A damaged DB at start: the user is asked, the backup is restored, the damaged file is kept."""
    paths = resolve_paths().ensure()
    first = Shell(qapp, paths, "en", runner=SyncTaskRunner())
    qtbot.addWidget(first.window)
    assert first.open_store()
    first.window.interviews.run_dialog = _fill("Kept Corp")  # type: ignore[method-assign]
    first.window.interviews.add()
    assert first.context.store is not None
    snapshots.snapshot(paths.db_path, paths.backups_dir, "manual")
    first.window.close()
    first.context.store.close()
    paths.db_path.write_bytes(b"broken" * 1000)
    for suffix in ("-wal", "-shm"):
        paths.db_path.with_name(paths.db_path.name + suffix).unlink(missing_ok=True)

    answers.append(0)  # "Restore the backup"
    second = Shell(qapp, paths, "en", runner=SyncTaskRunner())
    qtbot.addWidget(second.window)
    assert second.open_store()
    assert any("damaged" in q for q in answers.asked)  # type: ignore[attr-defined]
    assert [p.name for p in paths.quarantine_dir.iterdir()]  # the damaged file still exists
    assert second.window.interviews.list.count() == 1
    assert second.context.store is not None
    second.context.store.close()


def test_error_message_reaches_status_bar(shell: Shell, qtbot: QtBot) -> None:
    """An error posted from non-GUI code shows in the status bar."""
    shell.context.messages.error("Disk is full")
    qtbot.waitUntil(lambda: "Disk is full" in shell.window.statusBar().currentMessage())
