"""The checkers behind tests/gui/test_text_fits.py see what a person sees: cut text is found, fitting text is not."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.layout_check import clipped_texts, latin_words, raw_keys, shadowed_qt_names, untranslated_texts


def _window(qtbot: QtBot, *widgets: QWidget) -> QWidget:
    window = QWidget()
    layout = QVBoxLayout(window)
    for widget in widgets:
        row = QHBoxLayout()
        row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
    qtbot.addWidget(window)
    window.resize(600, 400)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_squeezed_label_and_button_are_found_and_fitting_ones_are_not(qtbot: QtBot) -> None:
    """A label and a button narrower than their text are reported with the room they lack; roomy ones are not."""
    cut_label, cut_button = QLabel("A label far too long for its box"), QPushButton("Export all data")
    cut_label.setFixedWidth(60)
    cut_button.setFixedWidth(40)
    fine_label, fine_button = QLabel("Fits"), QPushButton("OK")
    fine_button.setFixedWidth(60)  # narrower than Fusion's 80-px look, but the text fits
    hidden = QLabel("Hidden text that is far too long")
    hidden.setFixedWidth(20)
    window = _window(qtbot, cut_label, cut_button, fine_label, fine_button, hidden)
    hidden.hide()
    found = clipped_texts(window, "test")
    assert {f.text: (f.kind, f.detail.split(", ")[1]) for f in found} == {
        "A label far too long for its box": ("clipped", "has 60 px"),
        "Export all data": ("clipped", "has 40 px"),
    }


def test_a_wrapped_label_too_short_for_its_lines_is_found(qtbot: QtBot) -> None:
    """A word-wrapped label given less height than its lines need is cut at the bottom."""
    label = QLabel("one two three four five six seven eight nine ten eleven twelve")
    label.setWordWrap(True)
    label.setFixedSize(80, 18)
    window = _window(qtbot, label)
    found = clipped_texts(window, "test")
    assert [f.detail.endswith("px tall") for f in found] == [True]


def test_an_elided_tree_cell_is_found_with_its_row_and_column(qtbot: QtBot) -> None:
    """A tree column narrower than its text elides it: reported as that row and column."""
    tree = QTreeWidget()
    tree.setColumnCount(2)
    tree.setHeaderLabels(["Name", "N"])
    tree.addTopLevelItem(QTreeWidgetItem(["A long take name that cannot fit", "1"]))
    tree.setColumnWidth(0, 70)
    tree.setFixedWidth(300)
    window = _window(qtbot, tree)
    found = clipped_texts(window, "test")
    assert [(f.text, f.detail.split(" needs")[0]) for f in found] == [
        ("A long take name that cannot fit", "row 0, column 0")
    ]


def test_english_words_are_found_but_units_names_paths_and_data_are_not() -> None:
    """Latin words of three letters or more count, except the allow-list, paths, file names and the user's data."""
    assert latin_words("Сохранить WAV в /home/user/takes/take_1.wav, 44.1 kHz") == []
    assert latin_words("Запись take 1 · 95 wpm") == ["take", "wpm"]
    assert latin_words("Интервью в Northwind Telecom", allowed=["Northwind Telecom"]) == []
    assert latin_words("&Открыть Interview Studio (Ctrl+O)") == []
    assert latin_words("Собеседование с HR") == []
    assert latin_words("дубль 1 (6.0 s), 16 pt") == ["s"]


def test_untranslated_texts_look_at_tooltips_and_accessible_names(qtbot: QtBot) -> None:
    """Words a screen reader or a tool tip says count as much as the visible ones."""
    button = QPushButton("Записать")
    button.setToolTip("Record a new take")
    button.setAccessibleName("Запись")
    window = _window(qtbot, button)
    found = untranslated_texts(window, "test")
    assert [(f.text, f.detail) for f in found] == [("Record a new take", "tooltip has English: Record, new, take")]


def test_identifiers_shown_as_text_are_found() -> None:
    """A message key shown instead of its sentence is caught in any language; paths and file names are not."""
    assert raw_keys("<b>Fillers:</b> fillers_estimate") == ["fillers_estimate"]
    assert raw_keys("Saved to /tmp/take_1.wav") == []


def test_an_attribute_hiding_a_qt_method_is_found(qtbot: QtBot) -> None:
    """``self.metric = QLineEdit()`` hides QPaintDevice.metric, which Qt calls on a font change: found and named."""

    class Form(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.metric = QLabel("20 %", self)
            self.total = QLabel("fine", self)

    form = Form()
    qtbot.addWidget(form)
    found = shadowed_qt_names(form, "test")
    assert [f.detail for f in found] == ["attribute 'metric' hides QWidget.metric()"]
