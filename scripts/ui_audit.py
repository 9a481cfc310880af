"""Walk every tab and dialog of a filled studio and print what a user would frown at: text cut off or elided, and
(in a translated language) English left in the interface. Optionally save a PNG of each view. The walk is the
studio's own tour (studio/ui/screenshots.py), the one ``--screenshot`` renders.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/ui_audit.py --lang ru --size 1280x800 --out /tmp/audit

Runs on a throw-away data folder (never your own data). Exit code 1 when anything was found. The same walk and
checks are the test tests/gui/test_text_fits.py.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _size(text: str) -> tuple[int, int]:
    width, _x, height = text.lower().partition("x")
    return int(width), int(height)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", action="append", choices=("en", "ru"), help="language (repeatable; default both)")
    parser.add_argument("--size", action="append", type=_size, help="window size WxH (repeatable; default both)")
    parser.add_argument("--out", type=Path, help="folder for a PNG of every view (<lang>-<size>/<view>.png)")
    parser.add_argument("--theme", choices=("system", "light", "dark"), default="system", help="theme to apply")
    parser.add_argument(
        "--pending",
        action="store_true",
        help="also use resources/translations/pending/*.py (what stays English once they are merged)",
    )
    parser.add_argument(
        "--only",
        choices=("clipped", "untranslated"),
        help="only text that does not fit / only wording (English, identifiers)",
    )
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = tempfile.TemporaryDirectory(prefix="ui-audit-")
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    def quiet(mode: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:  # the offscreen platform says this for every window
            print(f"qt: {message}", file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Interview Studio")

    from studio.ui.screenshots import over_window
    from tests.gui.layout_check import unique
    from tests.gui.ui_tour import LANGUAGES, SIZES, Tour

    total = 0
    for lang in args.lang or LANGUAGES:
        for size in args.size or SIZES:
            case = f"{lang}-{size[0]}x{size[1]}"
            data = Path(scratch.name) / case
            data.mkdir()
            os.environ["STUDIO_DATA_DIR"] = str(data / "data")
            os.environ["XDG_CONFIG_HOME"] = str(data / "config")
            tour = Tour(app, lang, size, pending=args.pending)
            if args.theme != "system":
                tour.shell.set_theme(args.theme)
            found = []
            shots = 0
            try:
                for name, root in tour.views():
                    found += tour.look(
                        name, root, clipped=args.only != "untranslated", translated=args.only != "clipped"
                    )
                    if args.out is not None:
                        target = args.out / case / f"{name.replace('/', '-')}.png"
                        target.parent.mkdir(parents=True, exist_ok=True)
                        picture = root.grab() if root is tour.window else over_window(tour.window, root)
                        shots += bool(picture.save(str(target)))
            finally:
                tour.close()
            found = unique(tour.problems + found)
            total += len(found)
            kinds = Counter(f.kind for f in found)
            summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "nothing found"
            print(f"== {case}: {summary}" + (f"; {shots} screenshots in {args.out / case}" if args.out else ""))
            for finding in found:
                print(f"  {finding}")
    scratch.cleanup()
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
