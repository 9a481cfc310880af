"""The studio's own tour (studio/ui/screenshots.py): every view opens on its demo data, in the interface language."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.ui.screenshots import DATA
from tests.gui.ui_tour import Tour


def test_every_view_of_the_tour_opens_on_russian_demo_data(qapp: QApplication, qtbot: QtBot) -> None:
    """Each view of the tour is reached with no set-up error, and the demo data is the Russian user's own."""
    tour = Tour(qapp, "ru", (1280, 800))
    try:
        expected = [f"dialog/{v.name}" if v.dialog else v.name for v in tour.demo.views()]
        seen = [name for name, _root in tour.views()]
        interviews = [tour.window.interviews.list.item(i).text() for i in range(tour.window.interviews.list.count())]
        takes = [tour.shell.context.takes.take(take_id) for take_id in tour.demo.take_ids]
    finally:
        tour.close()
    setup = [problem for problem in tour.problems if "make translations" not in problem.detail]
    assert setup == []
    assert seen == expected
    assert len(set(seen)) == len(seen)
    assert any(DATA["ru"]["company"] in text for text in interviews)
    assert any(DATA["ru"]["company2"] in text for text in interviews)
    assert [take.name for take in takes if take is not None] == ["Самопрезентация, дубль 1", "Самопрезентация, дубль 2"]
