"""The waveform view: drawn from a take's peaks pyramid, with playhead, seeking, zoom/pan, loop selection and marks.

Only the visible range is drawn, at most two points per pixel column (min and max joined as vertical strokes), so a
60-minute take opens and zooms as fast as a 60-second one.

Keys: ``+``/``-`` zoom, ``Left``/``Right`` pan, ``Home``/``End`` jump, ``0`` fit the whole take.
Mouse: click to seek, drag to pan, wheel to zoom, Shift+drag to select a passage (looped by playback); click a
filled-pause mark to hear and check it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from studio.ui import style

MARK_COLOURS = {
    "overflow": "#d64541",
    "dropped": "#d64541",
    "device_lost": "#8e44ad",
    "source_error": "#8e44ad",
    "write_error": "#8e44ad",
    "phase": "#2c7be5",
    "filled_pause": "#e67e22",
    "pause": "#95a5a6",
    "long_pause": "#7f8c8d",
    "fast": "#c0392b",
    "slow": "#2980b9",
    "unsure_filler": "#e67e22",
}
# Shaded bands and filler marks take their colour from the theme's tokens (``studio.ui.style``).
BAND_TOKENS = {
    "pause": "pause_band",
    "long_pause": "pause_band",
    "fast": "fast_band",
    "slow": "accent",
    "filled_pause": "filler_band",
    "unsure_filler": "filler_band",
}
# Opacity (0-255) of each band: long pauses darker than short ones, unsure fillers fainter than counted ones.
BAND_ALPHA = {"pause": 45, "long_pause": 90, "fast": 55, "slow": 55, "filled_pause": 150, "unsure_filler": 55}


def band_colour(kind: str) -> QColor:
    """The colour (with its opacity) a band or mark of this kind is drawn in, in the current theme."""
    token = BAND_TOKENS.get(kind)
    colour = QColor(style.colour(token) if token is not None else MARK_COLOURS.get(kind, "#95a5a6"))
    colour.setAlpha(BAND_ALPHA.get(kind, 60))
    return colour


class _WaveViewBox(pg.ViewBox):
    """x-only zoom and pan; click seeks; Shift+drag selects."""

    def __init__(self, view: WaveformView) -> None:
        super().__init__(enableMenu=False)
        self._view = view
        self.setMouseEnabled(x=True, y=False)

    def mouseClickEvent(self, ev: Any) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self._view.seek_requested.emit(float(self.mapSceneToView(ev.scenePos()).x()))
        else:
            super().mouseClickEvent(ev)

    def mouseDragEvent(self, ev: Any, axis: Any = None) -> None:
        if ev.button() == Qt.MouseButton.LeftButton and ev.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            ev.accept()
            start = float(self.mapSceneToView(ev.buttonDownScenePos()).x())
            end = float(self.mapSceneToView(ev.scenePos()).x())
            self._view.set_selection(min(start, end), max(start, end))
        else:
            super().mouseDragEvent(ev, axis)


class WaveformView(pg.PlotWidget):
    """Signals:
    seek_requested(float): the user clicked or dragged the playhead to this time (seconds).
    selection_changed(object): (start, end) in seconds, or None when cleared.
    mark_clicked(float): a mark was clicked; its time.
    filler_clicked(int): a filled-pause mark was clicked; its index in the list given to ``set_fillers``.
    """

    seek_requested = Signal(float)
    selection_changed = Signal(object)
    mark_clicked = Signal(float)
    filler_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        self._box = _WaveViewBox(self)
        super().__init__(parent, viewBox=self._box)
        self.setAccessibleName(self.tr("Waveform"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(120)
        self.setMenuEnabled(False)
        self.hideButtons()
        self.getPlotItem().hideAxis("left")
        self.getPlotItem().setLabel("bottom", self.tr("seconds"))
        self.getPlotItem().getAxis("bottom").enableAutoSIPrefix(False)
        self.setBackground(self.palette().base().color())
        self._box.setYRange(-1.05, 1.05, padding=0)
        self._box.setLimits(yMin=-1.1, yMax=1.1)
        wave_colour = self.palette().highlight().color()
        self._curve = pg.PlotDataItem(pen=pg.mkPen(wave_colour, width=1), connect="pairs")
        self._curve.setSkipFiniteCheck(True)
        self.addItem(self._curve)
        self._playhead = pg.InfiniteLine(pos=0, angle=90, movable=True, pen=pg.mkPen("#e67e22", width=2))
        self._playhead.sigDragged.connect(lambda line: self.seek_requested.emit(float(line.value())))
        self.addItem(self._playhead)
        self._region: pg.LinearRegionItem | None = None
        self._mark_items: list[Any] = []
        self._shade_items: list[Any] = []
        self.filler_items: list[Any] = []
        self._peaks: Any = None
        self._duration = 0.0
        self._span = 0.0  # a time scale shared with another view (compare): at least this many seconds wide
        self._follow = False
        self.points_drawn = 0
        self._box.sigXRangeChanged.connect(lambda *_a: self.redraw())
        self._empty_text = pg.TextItem(
            self.tr("Record a take, or pick one from the list below."),
            color=self.palette().placeholderText().color(),
            anchor=(0.5, 0.5),
        )
        self.addItem(self._empty_text)
        self._box.setXRange(0, 90, padding=0)
        self._empty_text.setPos(45, 0.6)

    # ----- data ------------------------------------------------------------------------------------------------
    def set_peaks(self, peaks: Any, fit: bool = True) -> None:
        """Show a take (a ``studio.audio.peaks.Peaks``); ``fit`` zooms out to the whole take."""
        self._empty_text.setVisible(False)
        self._peaks = peaks
        self._duration = float(peaks.duration) if peaks is not None else 0.0
        limit = max(self._duration, self._span, 1.0)
        self._box.setLimits(xMin=0, xMax=limit, minXRange=0.05)
        if fit:
            self.fit()
        else:
            self.redraw()

    def clear_take(self) -> None:
        x0, x1 = self.visible_range()
        self._empty_text.setPos((x0 + x1) / 2, 0.6)
        self._empty_text.setVisible(True)
        self._peaks = None
        self._duration = 0.0
        self._curve.setData([], [])
        self.clear_marks()
        self.clear_selection()
        self.set_playhead(0.0)

    def follow_live(self, peaks: Any, window_s: float = 30.0) -> None:
        """While recording: show the last ``window_s`` seconds of the growing take."""
        self._empty_text.setVisible(False)
        self._peaks = peaks
        self._duration = float(peaks.duration)
        end = max(self._duration, window_s)
        self._box.setLimits(xMin=0, xMax=end)
        self._box.setXRange(end - window_s, end, padding=0)
        self.redraw()
        self.set_playhead(self._duration)

    @property
    def duration(self) -> float:
        return self._duration

    def visible_range(self) -> tuple[float, float]:
        x0, x1 = self._box.viewRange()[0]
        return float(x0), float(x1)

    def redraw(self) -> None:
        if self._peaks is None:
            return
        x0, x1 = self.visible_range()
        width = max(1, int(self._box.width()) or self.width())
        env = self._peaks.envelope(max(0.0, x0), min(self._duration, x1), width)
        n = len(env.times)
        if n == 0:
            self._curve.setData([], [])
            self.points_drawn = 0
            return
        xs = np.repeat(np.asarray(env.times, dtype=np.float64), 2)
        ys = np.empty(2 * n, dtype=np.float64)
        ys[0::2] = env.mins
        ys[1::2] = env.maxs
        self._curve.setData(xs, ys)
        self.points_drawn = 2 * n

    # ----- view ------------------------------------------------------------------------------------------------
    def fit(self) -> None:
        self._box.setXRange(0, max(self._duration, self._span, 1.0), padding=0)
        self.redraw()

    def share_time_scale(self, seconds: float) -> None:
        """Use a time axis ``seconds`` long whatever the take's length, so two views line up second for second."""
        self._span = max(0.0, seconds)
        self._box.setLimits(xMin=0, xMax=max(self._duration, self._span, 1.0), minXRange=0.05)
        self.fit()

    def zoom(self, factor: float, centre: float | None = None) -> None:
        """Zoom in (factor < 1) or out (factor > 1) around ``centre`` (default: the middle of the view)."""
        x0, x1 = self.visible_range()
        mid = (x0 + x1) / 2 if centre is None else centre
        half = max(0.025, (x1 - x0) * factor / 2)
        self._box.setXRange(mid - half, mid + half, padding=0)

    def pan(self, fraction: float) -> None:
        x0, x1 = self.visible_range()
        shift = (x1 - x0) * fraction
        self._box.setXRange(x0 + shift, x1 + shift, padding=0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(0.5, self._playhead.value())
        elif key == Qt.Key.Key_Minus:
            self.zoom(2.0)
        elif key == Qt.Key.Key_Left:
            self.pan(-0.25)
        elif key == Qt.Key.Key_Right:
            self.pan(0.25)
        elif key == Qt.Key.Key_Home:
            self.seek_requested.emit(0.0)
        elif key == Qt.Key.Key_End:
            self.seek_requested.emit(self._duration)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if "_curve" in self.__dict__:  # pyqtgraph resizes once inside its own __init__, before ours has run
            self.redraw()

    # ----- playhead, selection, marks --------------------------------------------------------------------------
    def set_playhead(self, seconds: float) -> None:
        self._playhead.setValue(seconds)
        if self._follow:
            x0, x1 = self.visible_range()
            if not x0 <= seconds <= x1:
                width = x1 - x0
                self._box.setXRange(seconds - width * 0.1, seconds + width * 0.9, padding=0)

    def playhead(self) -> float:
        return float(self._playhead.value())

    def set_follow_playhead(self, follow: bool) -> None:
        self._follow = follow

    def set_selection(self, start: float, end: float) -> None:
        start, end = max(0.0, start), min(max(self._duration, 0.0), end)
        if end - start < 0.05:
            self.clear_selection()
            return
        if self._region is None:
            self._region = pg.LinearRegionItem(values=(start, end), brush=pg.mkBrush(44, 123, 229, 50))
            self._region.sigRegionChangeFinished.connect(
                lambda region: self.selection_changed.emit(tuple(float(v) for v in region.getRegion()))
            )
            self.addItem(self._region)
        else:
            self._region.setRegion((start, end))
        self.selection_changed.emit((start, end))

    def selection(self) -> tuple[float, float] | None:
        if self._region is None:
            return None
        start, end = self._region.getRegion()
        return float(start), float(end)

    def clear_selection(self) -> None:
        if self._region is not None:
            self.removeItem(self._region)
            self._region = None
            self.selection_changed.emit(None)

    def set_marks(self, marks: list[tuple[float, str]]) -> None:
        """Vertical marks at times, coloured by kind (``overflow``, ``device_lost``, ``phase``, ...)."""
        for item in self._mark_items:
            self.removeItem(item)
        self._mark_items = []
        for seconds, kind in marks:
            colour = QColor(MARK_COLOURS.get(kind, "#7f8c8d"))
            line = pg.InfiniteLine(pos=seconds, angle=90, movable=False, pen=pg.mkPen(colour, width=2))
            line.setToolTip(kind)
            self.addItem(line)
            self._mark_items.append(line)

    def set_shading(self, spans: list[tuple[float, float, str]]) -> None:
        """Shaded spans (pauses, fast/slow windows); clicking one seeks to its start."""
        for item in self._shade_items:
            self.removeItem(item)
        self._shade_items = []
        for start, end, kind in spans:
            region = pg.LinearRegionItem(values=(start, end), movable=False, brush=pg.mkBrush(band_colour(kind)))
            region.setZValue(-10)
            region.setToolTip(kind)
            region.mouseClickEvent = lambda ev, t=start: (ev.accept(), self.mark_clicked.emit(float(t)))
            self.addItem(region)
            self._shade_items.append(region)

    def set_fillers(self, marks: list[tuple[float, float, bool]]) -> None:
        """Filled-pause marks (start, end, sure): counted ones solid, unsure ones faint; a click emits
        ``filler_clicked`` with the mark's index."""
        for item in self.filler_items:
            self.removeItem(item)
        self.filler_items = []
        for index, (start, end, sure) in enumerate(marks):
            kind = "filled_pause" if sure else "unsure_filler"
            colour = band_colour(kind)
            edge = QColor(colour)
            edge.setAlpha(255 if sure else 120)
            region = pg.LinearRegionItem(
                values=(start, max(end, start + 0.05)),
                movable=False,
                brush=pg.mkBrush(colour),
                pen=pg.mkPen(edge, width=1),
            )
            region.setZValue(-5)
            region.setToolTip(kind)
            region.mouseClickEvent = lambda ev, i=index: (ev.accept(), self.filler_clicked.emit(i))
            self.addItem(region)
            self.filler_items.append(region)

    def clear_marks(self) -> None:
        self.set_marks([])
        self.set_shading([])
        self.set_fillers([])
