"""GUI fixtures: a real main window on the real store in the test's data folder, with recorded messages."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from studio.config import resolve_paths
from studio.ui import dialogs
from studio.ui.shell import Shell
from studio.ui.tasks import SyncTaskRunner
from tests.gui.support import Recorder, close_shell


class Answers(list[int]):
    """Scripted answers for ask(), taken from the front; the questions asked are kept in ``asked``."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def __call__(self, _parent: object, title: str, text: str, _choices: object) -> int:
        self.asked.append(f"{title}: {text}")
        return self.pop(0) if self else -1


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Replace ask() with scripted answers for the test."""
    scripted = Answers()
    monkeypatch.setattr(dialogs.ask, "handler", scripted)
    return scripted


@pytest.fixture
def shell(qapp: QApplication, qtbot: object, answers: Answers) -> Iterator[Shell]:
    """A shown main window whose store is open."""
    shell = Shell(qapp, resolve_paths().ensure(), "en", runner=SyncTaskRunner())
    recorder = Recorder()
    shell.context.messages.posted.connect(recorder)
    shell.recorder = recorder  # type: ignore[attr-defined]
    qtbot.addWidget(shell.window)  # type: ignore[attr-defined]
    shell.window.show()
    assert shell.open_store()
    yield shell
    close_shell(shell)


@pytest.fixture
def voice(qapp: QApplication, qtbot: object, answers: Answers) -> Iterator[tuple[Shell, Any]]:
    """A shown main window on the Voice tab, with fake audio, its messages recorded; yields (shell, page)."""
    from studio.ui.voice.page import VoicePage
    from tests.gui.voice_fakes import install_fakes

    shell = Shell(qapp, resolve_paths().ensure(), "en", runner=SyncTaskRunner())
    install_fakes(shell.context)
    recorder = Recorder()
    shell.context.messages.posted.connect(recorder)
    shell.recorder = recorder  # type: ignore[attr-defined]
    qtbot.addWidget(shell.window)  # type: ignore[attr-defined]
    shell.window.show()
    assert shell.open_store()
    shell.window.show_tab("voice")
    page = shell.window.page("voice")
    assert isinstance(page, VoicePage)
    yield shell, page
    close_shell(shell)
