"""Writing a run to Markdown, to PDF (Qt's own writer) and to a printer, with a font that has Cyrillic."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QStandardPaths
from PySide6.QtGui import QFont, QFontDatabase, QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from studio.config import resources_dir
from studio.core.checklists import RunExport, html_document, markdown
from studio.fsutil import atomic_write

log = logging.getLogger(__name__)

FONT_FILE = "DejaVuSans.ttf"
_FALLBACK_FAMILY = "DejaVu Sans"
_family: str | None = None


def _font_candidates() -> list[Path]:
    folders = [resources_dir() / "fonts", Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/TTF")]
    folders += [Path(p) for p in QStandardPaths.standardLocations(QStandardPaths.StandardLocation.FontsLocation)]
    return [folder / FONT_FILE for folder in folders]


def export_font_family() -> str:
    """Register DejaVu Sans (RU and EN glyphs, ☑ ☐) with Qt once and return its family name.

    When the file is not found, the family name is still returned: Qt then picks the closest system font.
    """
    global _family
    if _family is not None:
        return _family
    _family = _FALLBACK_FAMILY
    for candidate in _font_candidates():
        if candidate.is_file():
            font_id = QFontDatabase.addApplicationFont(str(candidate))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families:
                _family = families[0]
                break
    else:
        log.warning("%s not found; PDF export uses the system font", FONT_FILE)
    return _family


def write_markdown(export: RunExport, path: Path) -> None:
    """Write the run as Markdown (UTF-8)."""
    atomic_write(path, markdown(export))


def document(export: RunExport) -> QTextDocument:
    """The run as a rich-text document in the export font."""
    family = export_font_family()
    doc = QTextDocument()
    doc.setDefaultFont(QFont(family, 11))
    doc.setHtml(html_document(export, family))
    return doc


def print_to(export: RunExport, device: QPagedPaintDevice) -> None:
    """Lay the run out on A4 pages of ``device`` (a QPdfWriter or a QPrinter)."""
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    document(export).print_(device)


def write_pdf(export: RunExport, path: Path) -> None:
    """Write the run as a PDF with the font embedded (the file is replaced whole or not at all)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(export.title)
    writer.setCreator("Interview Studio")
    writer.setResolution(300)
    print_to(export, writer)
    del writer  # the document is finished when the writer is gone
    buffer.close()
    atomic_write(path, bytes(buffer.data().data()))
