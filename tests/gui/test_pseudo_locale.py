"""A pseudo-locale with every string ~40 % longer: no button, label or box is squeezed below its text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from studio.config import resolve_paths
from studio.ui.shell import Shell
from studio.ui.tasks import SyncTaskRunner


class PseudoTranslator(QTranslator):
    """Returns each source string 40 % longer (accented padding inside brackets), keeping %1 placeholders."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        if not source or source.startswith("<"):
            return source
        extra = max(1, round(len(source) * 0.4))
        lines = source.split("\n")
        lines[0] = "[" + lines[0] + "·" * extra + "]"
        return "\n".join(lines)


@pytest.fixture
def pseudo_shell(qapp: QApplication, qtbot: QtBot, answers: list[int]) -> Iterator[Shell]:
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    shell = Shell(qapp, resolve_paths().ensure(), "en", runner=SyncTaskRunner())
    shell.context.audio.input_devices = lambda: ["Fake microphone"]
    qtbot.addWidget(shell.window)
    shell.window.resize(1280, 800)
    shell.window.show()
    assert shell.open_store()
    yield shell
    shell.window.close()
    assert shell.context.store is not None
    shell.context.store.close()
    qapp.removeTranslator(translator)


def squeezed(root: QWidget) -> list[str]:
    """Text widgets narrower than their own minimum (their text would be cut off)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (QAbstractButton, QLabel, QComboBox, QGroupBox)) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + 1:
                found.append(f"{type(widget).__name__} {widget.text()[:40]!r}: height {widget.height()} < {need}")
            continue
        hint = widget.minimumSizeHint()
        if widget.width() + 1 < hint.width():
            text = widget.title() if isinstance(widget, QGroupBox) else getattr(widget, "currentText", None)
            text = text() if callable(text) else widget.text() if hasattr(widget, "text") else ""
            found.append(f"{type(widget).__name__} {text[:40]!r}: width {widget.width()} < {hint.width()}")
    return found


def test_pseudo_locale_nothing_clipped(pseudo_shell: Shell, qtbot: QtBot) -> None:
    """With 40 % longer strings every tab still fits 1280×800 and no text widget is squeezed."""
    window = pseudo_shell.window
    assert window.interviews.add_button.text().startswith("[")  # the pseudo-locale is really in use
    problems: list[str] = []
    for index, key in enumerate(window.TAB_KEYS):
        window.tabs.setCurrentIndex(index)
        window.resize(1280, 800)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1280, f"[{key}] needs {window.minimumSizeHint().width()} px"
        problems += [f"[{key}] {p}" for p in squeezed(window)]
    assert not problems, "\n".join(problems)
