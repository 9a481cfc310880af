"""Checks a person would make by eye, as pure functions over a shown widget tree.

``clipped_texts(root, where)`` finds text that does not fit its widget (labels, buttons, tabs, combo boxes, group
titles, item-view cells, header sections); ``untranslated_texts(root, where, allowed)`` finds English words left in a
translated interface. Both look only at what is visible in ``root``'s window and return :class:`Finding` objects whose
``str()`` is one readable line, e.g. ``[voice] clipped QPushButton compareButton 'Compare': needs 96 px, has 70 px``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAction, QFontMetrics, QTextDocument, QTextOption
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStyleOptionGroupBox,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

SLACK_PX = 1  # rounding of fractional font advances: one pixel short is not a visible cut
LINE_EDIT_MARGIN = 2  # QLineEdit's own inner margin on each side (QLineEditPrivate::horizontalMargin)
MAX_ROWS = 3000  # an item view is walked row by row; beyond this only the first rows are looked at


@dataclass(frozen=True)
class Finding:
    """One thing a user would frown at."""

    where: str  # the tab, view or dialog it was seen in
    kind: str  # "clipped" (text cut off or elided), "untranslated", "window" or "setup"
    widget: str  # class name and object name
    text: str  # the text concerned
    detail: str  # "needs N px, has M px", or the words left in English

    def key(self) -> tuple[str, str, str, str]:
        """Identity without the place: the same widget seen from several tabs is one finding."""
        return (self.kind, self.widget, self.text, self.detail)

    def __str__(self) -> str:
        return f"[{self.where}] {self.kind} {self.widget} {_short(self.text)!r}: {self.detail}"


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe(widget: QWidget) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__} {name}" if name else type(widget).__name__


def _plain(text: str) -> str:
    """What a mnemonic text shows: '&Save' -> 'Save', '&&' -> '&'."""
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")


def _is_rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.RichText:
        return True
    if fmt == Qt.TextFormat.AutoText:
        return bool(GuiQt.mightBeRichText(label.text()))
    return False


def _internal(widget: QWidget) -> bool:
    """Qt's own helper widgets (viewports, spin-box editors, calendar parts), reached through their owners."""
    if isinstance(widget, QTabBar):
        return False
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QCalendarWidget)):
            return True
        parent = parent.parentWidget()
    return False


def visible_widgets(root: QWidget) -> Iterator[QWidget]:
    """``root`` and every descendant the user can see in its window (hidden stack pages and popups excluded)."""
    if root.isVisible():
        yield root
    for widget in root.findChildren(QWidget):
        if widget.isWindow() or _internal(widget) or not widget.isVisibleTo(root):
            continue
        yield widget


# ----- text that does not fit ------------------------------------------------------------------------------------
def _clip(where: str, widget: QWidget, text: str, need: int, has: int, what: str = "px", at: str = "") -> Finding:
    unit = "px" if what == "px" else f"px {what}"
    return Finding(where, "clipped", _describe(widget), text, f"{at}needs {need} {unit}, has {has} {unit}")


def _label_findings(label: QLabel, where: str) -> list[Finding]:
    text = label.text()
    if not text.strip():
        return []
    margin = label.margin()
    room = label.contentsRect().adjusted(margin, margin, -margin, -margin)
    if label.wordWrap():
        need_h = label.heightForWidth(label.width())
        found = []
        if need_h > label.height() + SLACK_PX:
            found.append(_clip(where, label, text, need_h, label.height(), "tall"))
        widest = _widest_wrapped_line(label, room.width())
        if widest > room.width() + SLACK_PX:
            found.append(_clip(where, label, text, widest, room.width()))
        return found
    indent = label.indent()
    if indent < 0:
        indent = QFontMetrics(label.font()).horizontalAdvance("x") // 2 if label.frameWidth() > 0 else 0
    room_w = room.width() - indent
    if _is_rich(label):
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        need_w = math.ceil(doc.idealWidth())
        need_h = math.ceil(doc.size().height())
    else:
        metrics = QFontMetrics(label.font())
        shown = _plain(text) if label.buddy() is not None else text
        lines = shown.split("\n")
        need_w = max(metrics.horizontalAdvance(line) for line in lines)
        need_h = metrics.height() * len(lines) + metrics.leading() * (len(lines) - 1)
    found = []
    if need_w > room_w + SLACK_PX:
        found.append(_clip(where, label, text, need_w, room_w))
    if need_h > room.height() + SLACK_PX:
        found.append(_clip(where, label, text, need_h, room.height(), "tall"))
    return found


def _widest_wrapped_line(label: QLabel, width: int) -> int:
    """Width of the widest line of a wrapped label laid out at ``width``: wider than ``width`` only when a word
    cannot be broken (a long name, a path), and such a word is cut off at the label's edge."""
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    if _is_rich(label):
        doc.setHtml(label.text())
    else:
        doc.setPlainText(label.text())
    doc.setTextWidth(max(1, width))
    return math.ceil(doc.idealWidth())


def _push_button_need(button: QPushButton) -> int:
    """The width the button's text, icon and the style's padding take (Fusion's 80-px floor for text buttons is
    a look, not a need, so the padding is asked for with no text)."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    metrics = QFontMetrics(button.font())
    text_w = metrics.horizontalAdvance(_plain(button.text()))
    icon_w = option.iconSize.width() + 4 if not button.icon().isNull() else 0
    height = max(metrics.height(), option.iconSize.height() if icon_w else 0)
    content = QSize(text_w + icon_w, height)
    if button.menu() is not None:
        content.setWidth(content.width() + button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator))
    option.text = ""
    padded = button.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, content, button)
    return min(padded.width(), button.sizeHint().width())


def _button_findings(button: QAbstractButton, where: str) -> list[Finding]:
    text = button.text()
    if not text.strip():
        return []
    need = _push_button_need(button) if isinstance(button, QPushButton) else button.sizeHint().width()
    if need > button.width() + SLACK_PX:
        return [_clip(where, button, _plain(text), need, button.width())]
    return []


def _tab_findings(bar: QTabBar, where: str) -> list[Finding]:
    found = []
    horizontal = bar.shape() in (
        QTabBar.Shape.RoundedNorth,
        QTabBar.Shape.RoundedSouth,
        QTabBar.Shape.TriangularNorth,
        QTabBar.Shape.TriangularSouth,
    )
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        hint, rect = bar.tabSizeHint(index), bar.tabRect(index)
        need, has = (hint.width(), rect.width()) if horizontal else (hint.height(), rect.height())
        text = _plain(bar.tabText(index))
        if need > has + SLACK_PX:
            found.append(_clip(where, bar, text, need, has))
        elif not bar.rect().contains(rect):
            end = rect.right() + 1 if horizontal else rect.bottom() + 1
            room = bar.width() if horizontal else bar.height()
            found.append(_clip(where, bar, text, end, room, "(tab scrolled out of the bar)"))
    return found


def _combo_findings(combo: QComboBox, where: str) -> list[Finding]:
    if combo.isEditable() or not combo.currentText():
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    metrics = QFontMetrics(combo.font())
    need = metrics.horizontalAdvance(combo.currentText()) + 2
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    if need > field.width() + SLACK_PX:
        return [_clip(where, combo, combo.currentText(), need, field.width())]
    return []


def _line_edit_findings(edit: QLineEdit, where: str) -> list[Finding]:
    """A placeholder wider than the field is cut; so is a read-only value (the user cannot scroll what they cannot
    edit)."""
    text = edit.placeholderText() if not edit.text() else edit.text() if edit.isReadOnly() else ""
    if not text.strip():
        return []
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    rect = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = rect.width() - margins.left() - margins.right() - 2 * LINE_EDIT_MARGIN
    for action in QWidget.actions(edit):  # icons inside the field (clear button, search icon) take room too
        if action.isVisible() and not action.icon().isNull():
            room -= edit.height()
    need = QFontMetrics(edit.font()).horizontalAdvance(text)
    if need > room + SLACK_PX:
        return [_clip(where, edit, text, need, room)]
    return []


def _group_findings(group: QGroupBox, where: str) -> list[Finding]:
    if not group.title().strip():
        return []
    option = QStyleOptionGroupBox()
    group.initStyleOption(option)
    label = group.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, group
    )
    text_w = QFontMetrics(group.font()).horizontalAdvance(_plain(group.title()))
    start = label.left()
    if group.isCheckable():
        box = group.style().subControlRect(
            QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxCheckBox, group
        )
        start = min(start, box.left())
    need = max(label.left() + text_w, label.right() + 1) + max(0, start)
    if need > group.width() + SLACK_PX:
        return [_clip(where, group, _plain(group.title()), need, group.width())]
    return []


def _indexes(view: QAbstractItemView) -> Iterator[QModelIndex]:
    """Every index of the rows shown (expanded branches of a tree), column by column, capped at MAX_ROWS rows."""
    model = view.model()
    if model is None:
        return
    rows = 0
    stack = [view.rootIndex()]
    while stack and rows < MAX_ROWS:
        parent = stack.pop()
        for row in range(model.rowCount(parent)):
            rows += 1
            if rows > MAX_ROWS:
                break
            if isinstance(view, (QTreeView, QListView, QTableView)) and _row_hidden(view, row, parent):
                continue
            columns = [view.modelColumn()] if isinstance(view, QListView) else range(model.columnCount(parent))
            for column in columns:
                if _column_hidden(view, column):
                    continue
                yield model.index(row, column, parent)
            first = model.index(row, 0, parent)
            if isinstance(view, QTreeView) and view.isExpanded(first) and model.hasChildren(first):
                stack.append(first)


def _row_hidden(view: QAbstractItemView, row: int, parent: QModelIndex) -> bool:
    if isinstance(view, QTreeView):
        return view.isRowHidden(row, parent)
    if isinstance(view, (QListView, QTableView)):
        return view.isRowHidden(row)
    return False


def _column_hidden(view: QAbstractItemView, column: int) -> bool:
    if isinstance(view, (QTreeView, QTableView)):
        return view.isColumnHidden(column)
    if isinstance(view, QListView):
        return column != view.modelColumn()
    return False


def _view_item_findings(view: QAbstractItemView, where: str) -> list[Finding]:
    viewport = view.viewport().rect()
    found = []
    style = view.style()
    small = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
    wraps = bool(getattr(view, "wordWrap", lambda: False)())
    for index in _indexes(view):
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text is None or str(text).strip() == "":
            continue
        rect: QRect = view.visualRect(index)
        if rect.isEmpty() or not rect.intersects(viewport):
            continue
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = rect
        if not option.decorationSize.isValid() or option.decorationSize.isEmpty():
            option.decorationSize = QSize(small, small)
        if wraps:
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        delegate = view.itemDelegateForIndex(index)
        if delegate is None:
            continue
        need = delegate.sizeHint(option, index)
        at = f"row {index.row()}, column {index.column()} "
        shown = min(rect.right(), viewport.right()) + 1 - max(rect.left(), 0)  # the view's edge cuts a cell too
        if need.width() > shown + SLACK_PX and not wraps:
            found.append(_clip(where, view, str(text), need.width(), shown, at=at))
        elif need.height() > rect.height() + SLACK_PX:
            found.append(_clip(where, view, str(text), need.height(), rect.height(), "tall", at=at))
    return found


def _header_findings(header: QHeaderView, where: str) -> list[Finding]:
    model: QAbstractItemModel | None = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    found = []
    viewport = header.viewport().width()
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if text is None or not str(text).strip():
            continue
        left, size = header.sectionViewportPosition(logical), header.sectionSize(logical)
        if left >= viewport or left + size <= 0:
            continue
        need = header.sectionSizeFromContents(logical).width()
        shown = min(size, viewport - left)  # a section running past the view's edge is cut there
        if need > shown + SLACK_PX:
            found.append(_clip(where, header, str(text), need, shown))
    return found


def clipped_texts(root: QWidget, where: str, ignore: Iterable[str] = ()) -> list[Finding]:
    """Text cut off or elided anywhere the user can see in ``root``: compares each text's width with its room.

    A finding whose text holds one of ``ignore`` (a path of the machine running the check, whose length varies from
    run to run) is left out.
    """
    ignore = [text for text in ignore if text]
    found: list[Finding] = []
    for widget in visible_widgets(root):
        if isinstance(widget, QLabel):
            found += _label_findings(widget, where)
        elif isinstance(widget, QAbstractButton):
            found += _button_findings(widget, where)
        elif isinstance(widget, QTabBar):
            found += _tab_findings(widget, where)
        elif isinstance(widget, QComboBox):
            found += _combo_findings(widget, where)
        elif isinstance(widget, QLineEdit):
            found += _line_edit_findings(widget, where)
        elif isinstance(widget, QHeaderView):
            found += _header_findings(widget, where)
        elif isinstance(widget, QAbstractItemView):
            found += _view_item_findings(widget, where)
        if isinstance(widget, QGroupBox):
            found += _group_findings(widget, where)
    return [f for f in found if not any(text in f.text for text in ignore)]


def window_fits(window: QWidget, width: int, height: int, where: str) -> list[Finding]:
    """The window's minimum size fits the screen it is meant for (else the window grows past the screen edge)."""
    need = window.minimumSizeHint().expandedTo(window.minimumSize())
    found = []
    if need.width() > width:
        found.append(Finding(where, "window", _describe(window), "", f"needs {need.width()} px wide, has {width} px"))
    if need.height() > height:
        found.append(Finding(where, "window", _describe(window), "", f"needs {need.height()} px tall, has {height} px"))
    return found


# ----- English left in a translated interface --------------------------------------------------------------------
# Words and names the studio keeps in Latin letters in every language: file formats, units, key names, proper names.
ALLOWED_LATIN = frozenset(
    (
        *("WAV", "FLAC", "OGG", "MP3", "PDF", "Markdown", "CSV", "JSON", "TOML", "ZIP", "Zip"),
        *("STAR", "NPS", "CSAT", "CRM", "SLA", "KPI", "HR", "IT"),
        *("Hz", "kHz", "dB", "dBFS", "LUFS"),
        *("Ctrl", "Shift", "Alt", "Esc", "Space", "Enter", "Tab", "Del", "Home", "End"),
        *("PortAudio", "PulseAudio", "PipeWire", "ALSA", "Qt", "Python", "PySide6", "SQLite", "Praat"),
        *("English", "email", "e-mail", "FAQ"),
        *("LinkedIn", "HeadHunter", "SuperJob", "Glassdoor", "TenChat"),  # job sites the content names
    )
)
ALLOWED_PHRASES = ("Interview Studio", "soft skills")  # "soft skills": the loan term Russian HR speech uses

_LATIN_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z][A-Za-z0-9_]*(?:[-'’][A-Za-z][A-Za-z0-9_]*)*(?![^\W\d_])")
_NOISE = (
    re.compile(r"<[^>]*>"),  # HTML tags of rich text
    re.compile(r"&[a-zA-Z]+;|&#\d+;"),  # HTML entities
    re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b"),  # e-mail addresses
    re.compile(r"\b(?:https?|file)://\S+"),  # links
    re.compile(r"(?:[A-Za-z]:)?(?:[\\/][\w.~ -]+){2,}[\\/]?"),  # file paths
    re.compile(r"\b[\w-]+\.(?:wav|flac|ogg|mp3|m4a|pdf|md|csv|json|toml|zip|png|log|ini|db|sqlite)\b", re.I),
    re.compile(r"\b[\w-]+\.(?:ru|com|org|net|io|рф)\b"),  # web sites
    re.compile(r"%L?\d|%n|\{[a-z_]+\}"),  # placeholders: Qt's, and a letter's {company}
)


_LATIN_UNIT = re.compile(r"(?<=\d) ?(s|ms|h)\b")  # "6.0 s": a unit too short for the word rule, still English


def latin_words(text: str, allowed: Iterable[str] = ()) -> list[str]:
    """Words of three or more Latin letters in ``text`` that are neither in ALLOWED_LATIN nor in ``allowed``, and
    one-letter English units after a number ("6.0 s")."""
    extra = {a for a in allowed if a}
    for phrase in (*ALLOWED_PHRASES, *sorted(extra, key=len, reverse=True)):
        text = text.replace(phrase, " ")
    for pattern in _NOISE:
        text = pattern.sub(" ", text)
    text = _plain(text)
    words = [match.group(1) for match in _LATIN_UNIT.finditer(text)]
    for match in _LATIN_WORD.finditer(text):
        word = match.group(0)
        if sum(ch.isalpha() for ch in word) < 3 or word in ALLOWED_LATIN or word in extra:
            continue
        if word.lower() in {w.lower() for w in ALLOWED_LATIN if w.islower()}:
            continue
        words.append(word)
    return words


def _texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) pairs a user sees or hears for ``widget``."""
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield "text", widget.text()
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield f"tab {i}", widget.tabText(i)
            yield f"tab {i} tooltip", widget.tabToolTip(i)
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"item {i}", widget.itemText(i)
        if widget.isEditable() and widget.lineEdit() is not None:
            yield "placeholder", widget.lineEdit().placeholderText()
    elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        yield "placeholder", widget.placeholderText()
        if isinstance(widget, (QPlainTextEdit, QTextEdit)) and widget.isReadOnly():  # a page the studio wrote
            for number, line in enumerate(widget.toPlainText().splitlines(), 1):
                yield f"document line {number}", line
    elif isinstance(widget, QAbstractSpinBox):
        yield "special value", widget.specialValueText()
        for attr in ("prefix", "suffix"):
            value = getattr(widget, attr, None)
            if callable(value):
                yield attr, value()
    elif isinstance(widget, QHeaderView):
        model = widget.model()
        if model is not None:
            for i in range(widget.count()):
                if not widget.isSectionHidden(i):
                    yield f"header {i}", str(model.headerData(i, widget.orientation()) or "")
    elif isinstance(widget, QAbstractItemView):
        for index in _indexes(widget):
            yield f"row {index.row()} column {index.column()}", str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            yield f"row {index.row()} tooltip", str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
    if isinstance(widget, QGroupBox):
        yield "title", widget.title()
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()


def _action_texts(actions: Iterable[QAction], path: str = "") -> Iterator[tuple[str, str]]:
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        name = f"{path}{_plain(action.text())}"
        yield f"menu {name}", action.text()
        if action.toolTip() and _plain(action.toolTip()) != _plain(action.text()):
            yield f"menu {name} tooltip", action.toolTip()
        yield f"menu {name} status tip", action.statusTip()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from _action_texts(menu.actions(), f"{name} → ")


def shown_texts(root: QWidget) -> Iterator[tuple[str, str, str]]:
    """(widget, what, text) for every text a user sees or hears in ``root`` and its menus: labels, buttons, tabs,
    group titles, combo items, header labels, list rows, placeholders, tool tips, accessible names, window titles,
    menu and action texts, the status bar message."""
    for widget in visible_widgets(root):
        name = _describe(widget)
        for what, text in _texts_of(widget):
            yield name, what, text
        for what, text in _action_texts(QWidget.actions(widget)):
            yield name, what, text
    if isinstance(root, QMainWindow):
        for what, text in _action_texts(root.menuBar().actions()):
            yield "QMenuBar", what, text
        yield "QStatusBar", "status message", root.statusBar().currentMessage()


def _text_findings(
    root: QWidget, where: str, kind: str, words_of: Callable[[str], list[str]], say: str
) -> list[Finding]:
    found: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for name, what, text in shown_texts(root):
        if not text or not text.strip() or (name, text) in seen:
            continue
        seen.add((name, text))
        words = words_of(text)
        if words:
            detail = f"{what} {say}: {', '.join(dict.fromkeys(words))}"
            found.append(Finding(where, kind, name, _plain(text), detail))
    return found


def untranslated_texts(root: QWidget, where: str, allowed: Iterable[str] = ()) -> list[Finding]:
    """Texts of ``root`` (see :func:`shown_texts`) that still hold English words.

    ``allowed`` names texts that come from the user's own data (company names, device names) and may be Latin.
    """
    allowed = list(allowed)
    return _text_findings(root, where, "untranslated", lambda t: latin_words(t, allowed), "has English")


_RAW_KEY = re.compile(r"(?<![\w/.])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w/.])")


def raw_keys(text: str) -> list[str]:
    """Program identifiers shown as text (``fillers_estimate``): a message key that was never turned into words."""
    for pattern in _NOISE:
        text = pattern.sub(" ", text)
    return _RAW_KEY.findall(text)


def raw_key_texts(root: QWidget, where: str) -> list[Finding]:
    """Texts of ``root`` (see :func:`shown_texts`) that show a program identifier instead of words, in any language."""
    return _text_findings(root, where, "raw key", raw_keys, "shows an identifier")


def _qt_base(cls: type) -> type | None:
    """The first class of ``cls``'s ancestry that comes from PySide6 (the Qt class it extends)."""
    return next((base for base in cls.__mro__ if base.__module__.startswith("PySide6.")), None)


def shadowed_qt_names(root: QWidget, where: str) -> list[Finding]:
    """Widgets of the studio's own classes whose attributes hide a Qt method of the same name (``self.metric = …``
    hides ``QPaintDevice.metric``, which Qt calls on every font change: PySide then crashes the process)."""
    found: list[Finding] = []
    for widget in (root, *root.findChildren(QWidget)):
        base = _qt_base(type(widget))
        if base is None or base is type(widget):
            continue
        own = [vars(widget)] + [vars(cls) for cls in type(widget).__mro__ if cls is not base and issubclass(cls, base)]
        names = {name: value for space in reversed(own) for name, value in space.items()}
        for name, value in names.items():
            if name.startswith("_") or not callable(getattr(base, name, None)):
                continue
            if callable(value) and not isinstance(value, property):
                continue
            detail = f"attribute {name!r} hides {base.__name__}.{name}()"
            found.append(Finding(where, "shadowed", _describe(widget), type(value).__name__, detail))
    return found


def unique(findings: Iterable[Finding]) -> list[Finding]:
    """Each finding once (the first place it was seen), in the order found."""
    kept: dict[tuple[str, str, str, str], Finding] = {}
    for finding in findings:
        kept.setdefault(finding.key(), finding)
    return list(kept.values())
