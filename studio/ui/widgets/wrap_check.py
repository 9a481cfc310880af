"""A check box whose label wraps onto more lines instead of being cut off at the pane's edge.

Qt's ``QCheckBox`` draws its text on one line: a long label (most of all in Russian) is cut at the right of a narrow
pane. :class:`WrapCheckBox` is a ``QCheckBox`` in everything else (checked state, signals, keys, screen-reader name);
it paints the indicator at the first line and the text word-wrapped beside it, and asks the layout for the height the
wrapped text takes at the width it is given.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPaintEvent, QPalette
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QStyle, QStyleOptionButton, QStyleOptionFocusRect, QStylePainter

from studio.ui.style import GRID

_FLAGS = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic | Qt.AlignmentFlag.AlignLeft
_FLAGS |= Qt.AlignmentFlag.AlignTop
PREFERRED_PX = GRID * 30  # the width it asks for; given less, it wraps


class WrapCheckBox(QCheckBox):
    """A ``QCheckBox`` with a word-wrapped label (see the module docs)."""

    def __init__(self, text: str = "", parent: object = None) -> None:
        super().__init__(text, parent)  # type: ignore[arg-type]
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _indicator(self) -> QRect:
        return self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, self._option(), self)

    def _text_left(self) -> int:
        spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self)
        return self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self) + spacing + 2

    def _text_rect(self, width: int) -> QRect:
        metrics = QFontMetrics(self.font())
        room = QRect(0, 0, max(1, width - self._text_left()), 100000)
        return metrics.boundingRect(room, int(_FLAGS), self.text())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, self)
        return max(indicator, self._text_rect(width).height()) + 2

    def sizeHint(self) -> QSize:
        natural = self._text_left() + QFontMetrics(self.font()).horizontalAdvance(self.text().replace("&", "")) + 2
        width = min(natural, PREFERRED_PX)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        # Narrow, yet only as tall as at the width it prefers: the layout asks heightForWidth at the real width,
        # and a minimum height taken at the narrowest width would make the whole window needlessly tall.
        return QSize(min(self.sizeHint().width(), GRID * 16), self.sizeHint().height())

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = self._option()
        metrics = QFontMetrics(self.font())
        indicator = QRect(self._indicator())
        indicator.moveTop(max(0, (metrics.height() - indicator.height()) // 2) + 1)
        box = QStyleOptionButton(option)
        box.rect = indicator
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, box)
        text = QRect(self._text_left(), 1, self.width() - self._text_left(), self.height() - 1)
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        painter.setPen(self.palette().color(group, QPalette.ColorRole.WindowText))
        painter.drawText(text, int(_FLAGS), self.text())
        if self.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            focus.rect = self._text_rect(self.width()).translated(self._text_left(), 1).adjusted(-2, -1, 2, 1)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)
