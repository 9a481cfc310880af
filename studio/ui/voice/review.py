"""The delivery-review panel of the Voice tab: metric cards with band and verdict, and a trend per prompt.

It shows a stored report (JSON of ``studio.analysis``) for the selected take, or offers to analyse it. The analysis
itself runs in the task runner; this widget only displays.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class ReviewPanel(QWidget):
    """Signals:
    analyse_requested(): the user asked to analyse the selected take.
    cancel_requested(): the user cancelled a running analysis.
    """

    analyse_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("<b>Delivery review</b>"))
        self.status = QLabel(self.tr("Select a take to see its review."))
        self.status.setWordWrap(True)
        self.analyse_button = QPushButton(self.tr("&Analyse"))
        self.analyse_button.setToolTip(self.tr("Measure pace, pauses, pitch, loudness and filled pauses"))
        self.analyse_button.clicked.connect(self.analyse_requested)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Analysis progress"))
        self.cards = QGridLayout()
        self.cards.setHorizontalSpacing(8)
        self.cards.setVerticalSpacing(6)
        cards_box = QWidget()
        content = QVBoxLayout(cards_box)
        content.setContentsMargins(0, 0, 4, 0)
        content.addLayout(self.cards)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(cards_box)
        self.scroll.setAccessibleName(self.tr("Delivery metrics"))
        row = QHBoxLayout()
        row.addWidget(self.analyse_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.scroll, 1)
        self.phase_label = QLabel()
        self.phase_label.setWordWrap(True)
        self.phase_label.setAccessibleName(self.tr("Delivery by exercise phase"))
        content.addWidget(self.phase_label)
        self.trend_label = QLabel()
        self.trend_label.setWordWrap(True)
        content.addWidget(self.trend_label)
        content.addStretch(1)
        self._sections = content
        self.set_busy(False)
        self.analyse_button.setEnabled(False)

    def add_section(self, widget: QWidget) -> None:
        """Add a widget (e.g. the trend chart) below the cards."""
        self._sections.insertWidget(self._sections.count() - 1, widget)

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.analyse_button.setVisible(not busy)
        if busy:
            self.progress.setValue(0)
            self.status.setText(self.tr("Analysing…"))

    def set_progress(self, fraction: float) -> None:
        self.progress.setValue(int(round(fraction * 100)))

    def clear(self, message: str = "") -> None:
        while self.cards.count():
            item = self.cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.status.setText(message or self.tr("Select a take to see its review."))

    def show_cards(self, cards: list[tuple[str, str, str, str]]) -> None:
        """Show (title, value, band, verdict) cards; verdict text is already translated."""
        self.clear(" ")
        for index, (title, value, band, verdict) in enumerate(cards):
            card = QLabel(
                f"<b>{title}:</b> <span style='font-size:13pt'>{value}</span><br><small>{band}</small><br>{verdict}"
            )
            card.setWordWrap(True)
            card.setAccessibleName(title)
            card.setFrameShape(QLabel.Shape.StyledPanel)
            card.setMargin(6)
            self.cards.addWidget(card, index, 0)
        self.status.setText("")

    def set_analysable(self, can: bool, reason: str = "") -> None:
        self.analyse_button.setEnabled(can)
        if reason:
            self.status.setText(reason)
