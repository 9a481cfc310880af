"""Writing the session summary and the interview-day one-pager as Markdown or as PDF (with a Cyrillic font)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from studio.fsutil import atomic_write, atomic_writer


def write_markdown(text: str, path: Path) -> None:
    """Write Markdown text (UTF-8), replacing the file only once it is complete."""
    atomic_write(path, text.encode("utf-8"))


def markdown_document(text: str) -> QTextDocument:
    """The Markdown laid out as a rich-text document in the export font (DejaVu Sans: Russian and English)."""
    from studio.ui.checklists.export import export_font_family

    doc = QTextDocument()
    doc.setDefaultFont(QFont(export_font_family(), 10))
    doc.setMarkdown(text)
    return doc


def write_pdf(text: str, title: str, path: Path) -> None:
    """Write Markdown text as an A4 PDF with the font embedded (text stays searchable and copyable)."""
    doc = markdown_document(text)
    tmp = path.with_name(f".{path.name}.pdf-part")
    writer = QPdfWriter(str(tmp))
    writer.setTitle(title)
    writer.setCreator("Interview Studio")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    doc.print_(writer)
    del writer  # the PDF is complete once the writer is gone
    with atomic_writer(path) as out:
        out.write(tmp.read_bytes())
    tmp.unlink(missing_ok=True)


def write_export(text: str, title: str, path: Path) -> None:
    """Markdown for ``.md``, PDF for anything else ending in ``.pdf``."""
    if path.suffix.lower() == ".pdf":
        write_pdf(text, title, path)
    else:
        write_markdown(text, path)
