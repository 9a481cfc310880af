"""The main window: interviews sidebar, the four tabs, menus and status bar.

Built without importing numpy, pyqtgraph, SQLAlchemy or the audio libraries, so the first paint is fast; the
store opens right after the first paint (``first_painted``) and the tabs fill in then.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedLayout,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio import __version__
from studio.ui.context import StudioContext
from studio.ui.interviews import InterviewsPanel

if TYPE_CHECKING:
    from studio.ui.checklists.page import ChecklistsPage
    from studio.ui.exercises.page import ExercisesPage
    from studio.ui.interview.page import InterviewPage
    from studio.ui.library.page import LibraryPage
    from studio.ui.voice.page import VoicePage

log = logging.getLogger(__name__)

TabFactory = Callable[[StudioContext, "MainWindow"], QWidget]


class TabHost(QWidget):
    """Holds a tab's place: a plain notice until the real page is installed."""

    def __init__(self, notice: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack = QStackedLayout(self)
        self.notice = QLabel(notice)
        self.notice.setWordWrap(True)
        # Centred by style sheet: touching the Qt namespace before the first paint costs ~35 ms of enum set-up.
        self.notice.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.notice.setMargin(24)
        self._stack.addWidget(self.notice)
        self.page: QWidget | None = None

    def install(self, page: QWidget) -> None:
        self.page = page
        self._stack.addWidget(page)
        self._stack.setCurrentWidget(page)


class MainWindow(QMainWindow):
    """Signals:
    first_painted(): emitted once, after the window's first paint.
    """

    first_painted = Signal()

    TAB_KEYS = ("voice", "interview", "exercises", "checklists", "library")

    def __init__(self, context: StudioContext) -> None:
        super().__init__()
        self.context = context
        context.navigator = self
        self.setWindowTitle(self.tr("Interview Studio"))
        self.setObjectName("MainWindow")
        self._painted = False
        self._message_boxes: list[QWidget] = []
        self.undo_stack = QUndoStack(self)

        self.interviews = InterviewsPanel(context, self.undo_stack)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Studio sections"))
        opening = self.tr("Opening…")  # each page is built once the store is open, right after the first paint
        titles = {
            "voice": self.tr("&Voice"),
            "interview": self.tr("&Interview"),
            "exercises": self.tr("&Exercises"),
            "checklists": self.tr("&Checklists"),
            "library": self.tr("&Library"),
        }
        self.hosts: dict[str, TabHost] = {}
        for key in self.TAB_KEYS:
            host = TabHost(opening)
            host.setObjectName(f"tab_{key}")
            self.hosts[key] = host
            self.tabs.addTab(host, titles[key])

        splitter = QSplitter()
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.interviews)
        self.right = QStackedWidget()  # the tabs, or the first-run welcome in their place
        self.right.addWidget(self.tabs)
        self.welcome: QWidget | None = None
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        self.splitter = splitter
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setCentralWidget(central)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Opening your data…"))
        context.messages.posted.connect(self._on_message)
        self.resize(1200, 760)
        self._settings = QSettings(str(context.paths.data_dir / "window.ini"), QSettings.Format.IniFormat)
        self._restore_geometry()

    # ----- menus -------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_interview_action = QAction(self.tr("&New interview…"), self)
        self.new_interview_action.triggered.connect(self.interviews.add)
        self.new_interview_action.setEnabled(False)
        file_menu.addAction(self.new_interview_action)
        file_menu.addSeparator()
        self.backup_action = QAction(self.tr("&Back up now…"), self)
        self.restore_action = QAction(self.tr("&Restore from a backup…"), self)
        self.export_data_action = QAction(self.tr("E&xport all data…"), self)
        self.delete_all_action = QAction(self.tr("&Delete all my data…"), self)
        for action in (self.backup_action, self.restore_action, self.export_data_action):
            action.setEnabled(False)
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.delete_all_action.setEnabled(False)
        file_menu.addAction(self.delete_all_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.triggered.connect(self.close)
        self.quit_action = quit_action
        file_menu.addAction(quit_action)
        self.file_menu = file_menu

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.undo_action, self.redo_action = undo, redo
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setEnabled(False)
        edit_menu.addAction(self.settings_action)
        self.edit_menu = edit_menu

        view_menu = bar.addMenu(self.tr("&View"))
        for index, key in enumerate(self.TAB_KEYS):
            action = QAction(self.tabs.tabText(index).replace("&", ""), self)
            action.triggered.connect(lambda _checked=False, k=key: self.show_tab(k))
            view_menu.addAction(action)
            setattr(self, f"show_{key}_action", action)
        self.view_menu = view_menu

        help_menu = bar.addMenu(self.tr("&Help"))
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.triggered.connect(self.show_shortcuts)
        self.shortcuts_action = shortcuts
        help_menu.addAction(shortcuts)
        about = QAction(self.tr("&About Interview Studio"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.help_menu = help_menu

    def install_shortcuts(self) -> None:
        """Bind the menu shortcuts (after the first paint: key sequences pull in Qt's enum tables, ~30 ms)."""
        from PySide6.QtGui import QKeySequence

        self.new_interview_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        for index, key in enumerate(self.TAB_KEYS):
            getattr(self, f"show_{key}_action").setShortcut(QKeySequence(f"Ctrl+{index + 1}"))

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(keys, what) for every action with a shortcut, for Help → Keyboard shortcuts."""
        rows: list[tuple[str, str]] = []
        for action in self.findChildren(QAction):
            keys = action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)
            if keys and action.text():
                rows.append((keys, action.text().replace("&", "")))
        return sorted(set(rows), key=lambda r: r[1])

    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td><b>{k}</b></td><td>&nbsp;&nbsp;{w}</td></tr>" for k, w in self.shortcut_rows())
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self, self.tr("Keyboard shortcuts"), f"<table>{rows}</table>")

    def about_text(self) -> str:
        import platform

        return (
            self.tr(
                "<h3>Interview Studio %1</h3><p>An offline studio for rehearsing job interviews. "
                "Nothing you record or write leaves this computer.</p>"
                "<p>Python %2 · Qt %3 · PySide6 %4</p>"
            )
            .replace("%1", __version__)
            .replace("%2", platform.python_version())
            .replace("%3", qVersion())
            .replace("%4", pyside_version)
        )

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About Interview Studio"), self.about_text())

    # ----- store and tabs ----------------------------------------------------------------------------------
    def store_opened(self, factories: dict[str, TabFactory]) -> None:
        """Install the real tab pages and enable what needs the store."""
        from studio.store.interviews import InterviewRepository

        assert self.context.store is not None
        self.install_shortcuts()
        self.interviews.attach(InterviewRepository(self.context.store))
        for action in (
            self.new_interview_action,
            self.settings_action,
            self.backup_action,
            self.restore_action,
            self.export_data_action,
            self.delete_all_action,
        ):
            action.setEnabled(True)
        from studio.ui.icons import icon

        for index, key in enumerate(self.TAB_KEYS):
            self.tabs.setTabIcon(index, icon(key))
        failed: list[str] = []
        for key, factory in factories.items():
            try:
                self.hosts[key].install(factory(self.context, self))
            except Exception as exc:  # one broken tab must not take the studio down
                log.exception("could not build the %s tab", key)
                failed.append(self.tabs.tabText(self.tabs.indexOf(self.hosts[key])).replace("&", ""))
                self.hosts[key].notice.setText(
                    self.tr("This section could not be opened: %1\n\nThe other sections work. Details are in %2.")
                    .replace("%1", str(exc))
                    .replace("%2", str(self.context.paths.log_file))
                )
        if failed:
            self.context.messages.error(
                self.tr("Some sections could not be opened: %1. The others work.").replace("%1", ", ".join(failed))
            )
        else:
            self.statusBar().showMessage(self.tr("Ready."), 4000)
        if self.context.offer_welcome:
            self.offer_welcome()

    def offer_welcome(self, force: bool = False) -> bool:
        """Show the first-run welcome in place of the tabs on an empty studio (or when ``force``)."""
        from studio.store.interviews import InterviewRepository
        from studio.store.settings import SettingsRepository

        assert self.context.store is not None
        if not force and (
            SettingsRepository(self.context.store).get("welcome_done") or InterviewRepository(self.context.store).list()
        ):
            return False
        from studio.ui.welcome import WelcomeView

        if self.welcome is None:
            self.welcome = WelcomeView(self.context, self)
            self.welcome.finished.connect(lambda: self.right.setCurrentWidget(self.tabs))
            self.right.addWidget(self.welcome)
        self.right.setCurrentWidget(self.welcome)
        return True

    def page(self, key: str) -> QWidget | None:
        return self.hosts[key].page

    def show_tab(self, key: str) -> None:
        self.right.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.hosts[key])

    # ----- navigation (studio.ui.navigation.Navigator) -----------------------------------------------------
    def _open(self, key: str) -> QWidget | None:
        page = self.hosts[key].page
        if page is None:
            self.context.messages.warning(self.tr("That section is still opening; try again in a moment."))
            return None
        self.show_tab(key)
        return page

    def open_take(self, take_id: int) -> bool:
        page = cast("VoicePage | None", self._open("voice"))
        return page is not None and page.open_take(take_id)

    def rehearse_question(self, question_id: str, lang: str, text: str) -> bool:
        page = cast("VoicePage | None", self._open("voice"))
        return page is not None and page.rehearse_question(question_id, lang, text)

    def start_exercise(self, exercise_id: str, lang: str) -> bool:
        page = cast("ExercisesPage | None", self._open("exercises"))
        return page is not None and page.show_exercise(exercise_id, lang)

    def open_attempt(self, attempt_id: int) -> bool:
        page = cast("ExercisesPage | None", self._open("exercises"))
        return page is not None and page.open_attempt(attempt_id)

    def start_checklist(self, template_id: str, lang: str, interview_id: int | None) -> int | None:
        page = cast("ChecklistsPage | None", self._open("checklists"))
        return None if page is None else page.start_template(template_id, lang, interview_id)

    def open_checklist_run(self, run_id: int) -> bool:
        page = cast("ChecklistsPage | None", self._open("checklists"))
        return page is not None and page.open_run(run_id)

    def practise_questions(self, question_ids: list[str], lang: str) -> bool:
        page = cast("InterviewPage | None", self._open("interview"))
        return page is not None and page.practise_questions(question_ids, lang)

    def library_page(self) -> LibraryPage | None:
        return cast("LibraryPage | None", self.hosts["library"].page)

    # ----- messages ----------------------------------------------------------------------------------------
    def _on_message(self, level: str, text: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        if level == "error":
            self.statusBar().showMessage(text)
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Interview Studio"), text, parent=self)
            box.setModal(False)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._message_boxes = [b for b in self._message_boxes if b.isVisible()] + [box]
            box.show()
        else:
            self.statusBar().showMessage(text, 8000)

    # ----- geometry ----------------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self._settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self._settings.value("splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        tab = self._settings.value("tab", 0)
        try:
            self.tabs.setCurrentIndex(int(tab))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            pass

    def save_geometry(self) -> None:
        self._settings.setValue("geometry", self.saveGeometry())
        self._settings.setValue("splitter", self.splitter.saveState())
        self._settings.setValue("tab", self.tabs.currentIndex())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        for host in self.hosts.values():
            closer = getattr(host.page, "can_close", None)
            if callable(closer) and not closer():
                event.ignore()
                return
        self.save_geometry()
        for box in self._message_boxes:  # error notes belong to this window: they go with it
            if box.isVisible():
                box.close()
        self._message_boxes = []
        for host in self.hosts.values():
            shutdown = getattr(host.page, "shutdown", None)
            if callable(shutdown):
                shutdown()
        if self.context.store is not None:
            self.context.takes.shutdown()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
