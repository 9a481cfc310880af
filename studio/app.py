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
    parser.add_argument("--screenshot", metavar="DIR", help="render every tab to DIR/<tab>.png and exit")
    parser.add_argument("--self-test", action="store_true", help="check store, content and audio; exit 0 or 1")
    return parser


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


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
        if rotating:
            from logging.handlers import RotatingFileHandler

            handler = RotatingFileHandler(paths.log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        else:
            handler = logging.FileHandler(paths.log_file, encoding="utf-8")
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
    from logging.handlers import RotatingFileHandler

    root = logging.getLogger()
    for handler in list(root.handlers):
        if type(handler) is logging.FileHandler:
            root.removeHandler(handler)
            handler.close()
    try:
        rotating = RotatingFileHandler(paths.log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
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
        from studio.analysis.cli import main as analyze_main

        return analyze_main(args_list[1:])
    args: Any = _Defaults()
    if args_list:
        try:
            args = build_parser().parse_args(args_list)
        except SystemExit as exc:  # argparse exits 2 on bad arguments (after printing usage), 0 on --help
            return int(exc.code or 0)
    paths = resolve_paths(args.data_dir)
    try:
        paths.ensure()
    except OSError as exc:
        print(f"interview-studio: cannot use the data folder {paths.data_dir}: {exc}", file=sys.stderr)
        return 1
    gui = not args.self_test
    setup_logging(paths, rotating=not gui)
    log.info("Interview Studio %s starting; data in %s", __version__, paths.data_dir)
    if args.self_test:
        from studio.selftest import run_self_test

        return run_self_test(paths)
    return run_gui(paths, language=args.lang, screenshot_dir=args.screenshot)


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

    while True:
        shell = Shell(app, paths, language)
        shell.translators = translators
        sys.excepthook = shell.excepthook
        if screenshot_dir:
            return shell.screenshot(Path(screenshot_dir))
        probe = os.environ.get("STUDIO_FIRST_PAINT_PROBE")
        if probe:
            shell.window.first_painted.connect(lambda target=Path(probe): _write_probe(target, app))
        shell.window.first_painted.connect(lambda: use_rotating_log(paths))
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
