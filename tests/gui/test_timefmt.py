"""Dates and times read the way the interface language writes them, never as ISO strings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale

from studio.core.interviews import InterviewDraft
from studio.store.interviews import InterviewRepository
from studio.ui.shell import Shell
from studio.ui.timefmt import to_local, to_utc, when_text

EVENING = datetime(2026, 12, 2, 19, 0)  # local time, as the user typed it


def _default_locale(name: str) -> Iterator[None]:
    old = QLocale()
    QLocale.setDefault(QLocale(name))
    yield
    QLocale.setDefault(old)


@pytest.fixture
def russian() -> Iterator[None]:
    """The Russian interface's default locale for one test."""
    yield from _default_locale("ru")


@pytest.fixture
def english() -> Iterator[None]:
    """The English interface's default locale for one test."""
    yield from _default_locale("en")


def test_english_date_is_day_month_year(qapp: object, english: None) -> None:
    """English reads "2 Dec 2026, 19:00" (the local time of a stored UTC time)."""
    stored = to_utc(EVENING)
    assert when_text(stored) == "2 Dec 2026, 19:00"
    assert when_text(stored, with_time=False) == "2 Dec 2026"
    assert when_text(None) == ""


def test_russian_date_uses_russian_month(qapp: object, russian: None) -> None:
    """Russian reads «2 дек. 2026, 19:00»."""
    assert when_text(to_utc(EVENING)) == "2 дек. 2026, 19:00"


def test_naive_stored_time_is_utc(qapp: object, english: None) -> None:
    """A stored time without a zone is UTC, shown in local time."""
    naive = datetime(2026, 12, 2, 19, 0)
    local = to_local(naive.replace(tzinfo=UTC))
    assert local is not None
    assert when_text(naive) == f"{local.day} Dec 2026, {local:%H:%M}"


def test_sidebar_and_checklists_show_no_iso_dates(shell: Shell, english: None) -> None:
    """The interviews sidebar and the checklist runs tree write the interview date in words, not 2026-12-02."""
    assert shell.context.store is not None
    InterviewRepository(shell.context.store).add(InterviewDraft("Acme", "Manager", to_utc(EVENING), "hr_interview"))
    panel = shell.window.interviews
    panel.refresh()
    assert "2 Dec 2026, 19:00" in panel.list.item(0).text()
    assert "2026-12-02" not in panel.list.item(0).text()
    shell.window.show_tab("checklists")
    page = shell.window.page("checklists")
    page.refresh_runs()
    tree = page.runs.tree
    texts = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert any("2 Dec 2026, 19:00" in text for text in texts), texts
    assert not any("2026-12-02" in text for text in texts), texts
