"""Render the app icon SVG to the PNG sizes the desktop and the window need (run after editing the SVG).

Usage: ``.venv/bin/python packaging/render_icons.py`` (offscreen Qt; writes resources/icons and packaging/linux/icons).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "interview-studio.svg"
ICON_NAME = "interview-studio"
SIZES = (64, 128, 256)


def render(source: Path = SOURCE, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Write ``resources/icons/<name>-<n>.png`` and the hicolor theme tree under ``packaging/linux/icons``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {source} is not a valid SVG")
    written = []
    hicolor = ROOT / "packaging" / "linux" / "icons" / "hicolor"
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        for target in (
            ROOT / "resources" / "icons" / f"{ICON_NAME}-{size}.png",
            hicolor / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png",
        ):
            target.parent.mkdir(parents=True, exist_ok=True)
            if not image.save(str(target), "PNG"):
                raise SystemExit(f"render_icons: cannot write {target}")
            written.append(target)
    scalable = hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, scalable)
    written.append(scalable)
    del app
    return written


if __name__ == "__main__":
    for path in render():
        print(path.relative_to(ROOT))
