"""The review's charts: the pitch contour under the waveform and the trend of metrics across takes."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget


class PitchView(pg.PlotWidget):
    """The pitch contour under the waveform, on the same time axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Pitch contour"))
        self.setMenuEnabled(False)
        self.hideButtons()
        self.setMaximumHeight(72)  # a contour, not a chart: the take list below needs the rows
        self.setBackground(self.palette().base().color())
        self.getPlotItem().setLabel("left", self.tr("Hz"))
        self.getPlotItem().hideAxis("bottom")
        self.getPlotItem().getAxis("left").enableAutoSIPrefix(False)
        self.getViewBox().setMouseEnabled(x=False, y=False)
        self._dots = pg.ScatterPlotItem(size=2, pen=None, brush=pg.mkBrush("#8e44ad"))
        self.addItem(self._dots)

    def set_contour(self, times: list[float], hz: list[float]) -> None:
        self._dots.setData(times, hz)
        if hz:
            low, high = min(hz), max(hz)
            self.setYRange(max(50.0, low * 0.9), high * 1.1, padding=0)

    def clear_contour(self) -> None:
        self._dots.setData([], [])


class TrendView(pg.PlotWidget):
    """Pace of every analysed take of the prompt, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Pace across takes"))
        self.setMenuEnabled(False)
        self.hideButtons()
        self.setFixedHeight(110)
        self.setBackground(self.palette().base().color())
        self.getPlotItem().setLabel("left", self.tr("wpm"))
        self.getPlotItem().setLabel("bottom", self.tr("take"))
        self.getViewBox().setMouseEnabled(x=False, y=False)
        self._line = pg.PlotDataItem(pen=pg.mkPen("#2c7be5", width=2), symbol="o", symbolSize=6)
        self.addItem(self._line)
        self._band = pg.LinearRegionItem(orientation="horizontal", movable=False, brush=pg.mkBrush(46, 157, 87, 40))
        self.addItem(self._band)

    def set_series(self, values: list[float], band: tuple[float | None, float | None] | None) -> None:
        self._line.setData(list(range(1, len(values) + 1)), values)
        self.getPlotItem().getAxis("bottom").setTicks([[(i, str(i)) for i in range(1, len(values) + 1)]])
        if band and band[0] is not None and band[1] is not None:
            self._band.setRegion(band)
            self._band.show()
        else:
            self._band.hide()
