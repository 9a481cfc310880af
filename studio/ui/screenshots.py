"""Demo data for ``--screenshot``: a screenshot of an empty studio shows nothing, so add a little first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any


def prepare_demo(shell: Any) -> None:
    """Add sample interviews to an empty store so the screenshots show the studio in use."""
    from studio.core.interviews import InterviewDraft
    from studio.store.interviews import InterviewRepository

    repo = InterviewRepository(shell.context.store)
    if repo.list():
        return
    tr = shell.window.tr
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    repo.add(
        InterviewDraft(
            tr("Northwind Telecom"),
            tr("Client relations manager"),
            now + timedelta(days=2, hours=3),
            "phone_screen",
        )
    )
    repo.add(InterviewDraft(tr("Blue Harbor Bank"), tr("Key account manager"), now + timedelta(days=6), "hr_interview"))
    shell.window.interviews.refresh()
    shell.window.interviews.list.setCurrentRow(0)
