"""Entry point: command line, logging, crash handling, and the QApplication.

Start-up order matters for speed: only PySide6 is imported before the window is shown; the store (SQLAlchemy),
numpy, pyqtgraph and the audio libraries load after the first paint.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from studio import __version__
from studio.config import Paths, resolve_paths

log = logging.getLogger("studio")

HEAVY_MODULES = ("numpy", "pyqtgraph", "sqlalchemy", "sqlmodel", "sounddevice", "soundfile", "parselmouth")


def build_parser() -> Any:
    import argparse  # not needed for a plain start: keeps the first paint fast

    parser = argparse.ArgumentParser(
        prog="interview-studio",
        description="Offline interview-rehearsal studio. Run without arguments to open the window; "
        "'interview-studio analyze FILE' prints a delivery report for an audio file.",
    )
    parser.add_argument("--version", action="version", version=f"Interview Studio {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="keep all data in DIR (also: STUDIO_DATA_DIR)")
    parser.add_argument("--lang", choices=("ru", "en"), help="interface language (default: settings, then OS)")
    parser.add_argument(
        "--screenshot",
        metavar="DIR",
        help=(
            "render the welcome view, every tab's views and the compare and settings dialogs to DIR/<view>.png "
            "(<view>.ru.png with --lang ru) and exit"
        ),
    )
    parser.add_argument("--self-test", action="store_true", help="check store, content and audio; exit 0 or 1")
    return parser


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_log_failure: list[str] = []


def log_failure() -> str | None:
    """Why the log file could not be written (disk full, permissions), or None when all went well."""
    return _log_failure[0] if _log_failure else None


class _QuietFailure:
    """Mixin for file handlers: on the first write error print one line and stop writing, never a traceback each.

    ``logging`` prints a full traceback for every record that cannot be written; on a full disk that is hundreds.
    """

    baseFilename: str
    _failed = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self._failed:
            super().emit(record)  # type: ignore[misc]

    def flush(self) -> None:
        if self._failed:
            return
        try:
            super().flush()  # type: ignore[misc]
        except OSError as exc:
            self._fail(exc)

    def handleError(self, record: logging.LogRecord) -> None:
        self._fail(sys.exc_info()[1])

    def _fail(self, exc: BaseException | None) -> None:
        if self._failed:
            return
        self._failed = True
        message = f"cannot write the log file {self.baseFilename}: {exc}; file logging stopped"
        _log_failure.append(message)
        print(f"interview-studio: {message}", file=sys.stderr, flush=True)


class _PlainFileHandler(_QuietFailure, logging.FileHandler):
    """The start-up file handler (no ``logging.handlers`` import before the first paint)."""


def _rotating_handler(path: Path) -> logging.Handler:
    from logging.handlers import RotatingFileHandler

    class _RotatingFileHandler(_QuietFailure, RotatingFileHandler):
        pass

    return _RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")


def setup_logging(paths: Paths, verbose: bool = False, rotating: bool = True) -> None:
    """Log file in the log folder plus warnings on stderr.

    Args:
        rotating: use the rotating handler now; the GUI starts with a plain file handler (``logging.handlers``
            pulls in sockets and pickling) and switches with ``use_rotating_log`` after the first paint.
    """
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    fmt = logging.Formatter(LOG_FORMAT)
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler
        handler = _rotating_handler(paths.log_file) if rotating else _PlainFileHandler(paths.log_file, encoding="utf-8")
    except OSError as exc:
        print(f"interview-studio: cannot write the log file in {paths.log_dir}: {exc}", file=sys.stderr)
        handler = logging.StreamHandler()
    handler.setFormatter(fmt)
    root.addHandler(handler)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(fmt)
    root.addHandler(console)


def use_rotating_log(paths: Paths) -> None:
    """Swap the plain start-up file handler for the rotating one."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _PlainFileHandler):
            root.removeHandler(handler)
            handler.close()
    try:
        rotating = _rotating_handler(paths.log_file)
    except OSError:
        return
    rotating.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(rotating)


class _Defaults:
    """The parsed arguments of a plain start (no argparse import needed)."""

    data_dir = None
    lang = None
    screenshot = None
    self_test = False


def main(argv: list[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] == "analyze":
        # One BLAS thread for the command-line analysis (single-threaded work; OpenBLAS starting a thread per
        # core costs ~50 ms of start-up on a busy machine). Only works before numpy is imported.
        if "numpy" not in sys.modules:
            os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        from studio.analysis.cli import main as analyze_main

        return analyze_main(args_list[1:])
    args: Any = _Defaults()
    if args_list:
        try:
            args = build_parser().parse_args(args_list)
        except SystemExit as exc:  # argparse exits 2 on bad arguments (after printing usage), 0 on --help
            return int(exc.code or 0)
    if args.screenshot:
        return _screenshot_in_fresh_folder(args)
    paths = resolve_paths(args.data_dir)
    if args.self_test:  # read-only: creates no folder, database or migration
        from studio.selftest import run_self_test

        setup_logging(paths)
        log.info("Interview Studio %s self-test; data in %s", __version__, paths.data_dir)
        return run_self_test(paths, log_failure)
    try:
        paths.ensure()
    except OSError as exc:
        print(f"interview-studio: cannot use the data folder {paths.data_dir}: {exc}", file=sys.stderr)
        return 1
    setup_logging(paths, rotating=False)
    log.info("Interview Studio %s starting; data in %s", __version__, paths.data_dir)
    return run_gui(paths, language=args.lang)


def _screenshot_in_fresh_folder(args: Any) -> int:
    """``--screenshot``: the demo interviews and takes go into a temporary data folder, never the user's data."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="interview-studio-screenshot-") as tmp:
        root = Path(tmp)
        paths = Paths(data_dir=root / "data", log_dir=root / "logs", cache_dir=root / "cache").ensure()
        setup_logging(paths)
        log.info("Interview Studio %s screenshots; demo data in %s", __version__, paths.data_dir)
        try:
            return run_gui(paths, language=args.lang, screenshot_dir=args.screenshot)
        finally:
            logging.shutdown()
            for handler in list(logging.getLogger().handlers):
                logging.getLogger().removeHandler(handler)


def run_gui(paths: Paths, language: str | None = None, screenshot_dir: str | None = None) -> int:
    if screenshot_dir:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from studio.ui.i18n import install_translators, system_language

    def qt_message(mode: QtMsgType, _context: Any, message: str) -> None:
        level = {
            QtMsgType.QtDebugMsg: logging.DEBUG,
            QtMsgType.QtInfoMsg: logging.INFO,
            QtMsgType.QtWarningMsg: logging.WARNING,
            QtMsgType.QtCriticalMsg: logging.ERROR,
            QtMsgType.QtFatalMsg: logging.CRITICAL,
        }.get(mode, logging.WARNING)
        logging.getLogger("qt").log(level, "%s", message)

    qInstallMessageHandler(qt_message)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Interview Studio")
    app.setOrganizationName("InterviewStudio")
    app.setApplicationVersion(__version__)
    language = language or _stored_language(paths) or system_language()
    translators = install_translators(app, language)
    from studio.ui.shell import RESTART_EXIT_CODE, Shell

    instance = None if screenshot_dir else _claim_data_dir(paths)
    if instance is False:
        print(
            f"interview-studio: Interview Studio is already open on {paths.data_dir}; its window was brought forward",
            file=sys.stderr,
        )
        return 0
    current: list[Any] = []
    if instance is not None:
        instance.activated.connect(lambda: current and _bring_forward(current[-1].window))
    while True:
        shell = Shell(app, paths, language)
        current[:] = [shell]
        shell.translators = translators
        sys.excepthook = shell.excepthook
        if screenshot_dir:
            return shell.screenshot(Path(screenshot_dir))
        probe = os.environ.get("STUDIO_FIRST_PAINT_PROBE")
        if probe:
            shell.window.first_painted.connect(lambda target=Path(probe): _write_probe(target, app))
        shell.window.first_painted.connect(lambda: use_rotating_log(paths))
        shell.context.offer_welcome = True  # a real session: an empty studio opens on the welcome
        shell.start()
        code = int(app.exec())
        # Background work (start-up imports, an analysis, an export) must end before the interpreter does.
        if shell.context.runner is not None:
            shell.context.runner.wait_all(30000)
        if code != RESTART_EXIT_CODE:
            return code
        # the data was restored or deleted: start again on it with a fresh window
        shell.window.close()
        shell.window.deleteLater()


def _claim_data_dir(paths: Paths) -> Any:
    """The single-instance claim on the data folder: the claim object, False when another copy already runs there
    (it was asked to come forward), or None when local sockets are not available (the studio then just starts)."""
    try:
        from studio.ui.single_instance import SingleInstance
    except ImportError:  # a bundle built without QtNetwork: the database's own locking still protects the data
        return None
    instance = SingleInstance(paths.data_dir)
    return instance if instance.claim() else False


def _bring_forward(window: Any) -> None:
    window.show()
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


def _stored_language(paths: Paths) -> str | None:
    """The language saved in settings, read with sqlite3 directly (SQLAlchemy is not loaded yet)."""
    import json
    import sqlite3

    if not paths.db_path.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{paths.db_path}?mode=ro", uri=True, timeout=1)
        try:
            row = conn.execute("SELECT value FROM setting WHERE key = 'language'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    if not row:
        return None
    try:
        value = json.loads(row[0])
    except ValueError:
        return None
    return value if value in ("ru", "en") else None


def _write_probe(path: Path, app: Any) -> None:
    """Record which heavy modules were loaded at first paint (start-up test and benchmark), then quit."""
    import json

    loaded = sorted(name for name in HEAVY_MODULES if name in sys.modules)
    path.write_text(json.dumps({"heavy_loaded": loaded}), encoding="utf-8")
    print("first-paint", flush=True)
    app.quit()


def format_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))
