"""Demo data for screenshots of the Checklists tab (the lead calls this from ``screenshots.prepare_demo``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication


def prepare_checklists_demo(shell: Any) -> int | None:
    """Give the first interview a half-ticked phone-screening run with a note, and show it in the tab.

    Adds an interview first when the store has none. Returns the run id (None when the page is missing).
    """
    from studio.core.content import ChecklistItem, ChecklistSection, ChecklistTemplate
    from studio.core.interviews import InterviewDraft
    from studio.store.checklists import ChecklistRepository
    from studio.store.interviews import InterviewRepository
    from studio.ui.checklists.page import ChecklistsPage

    page = shell.window.page("checklists")
    if not isinstance(page, ChecklistsPage):
        return None
    store = shell.context.store
    interviews = InterviewRepository(store)
    if not interviews.list():
        now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
        interviews.add(
            InterviewDraft(
                QCoreApplication.translate("ChecklistsDemo", "Northwind Telecom"),
                QCoreApplication.translate("ChecklistsDemo", "Client relations manager"),
                now + timedelta(days=2),
                "phone_screen",
            )
        )
        shell.window.interviews.refresh()
    interview = interviews.list()[0]
    repo = ChecklistRepository(store)
    template = None
    if page.library is not None:
        template = page.library.find("checklists", "phone_screen", shell.context.language)
    if not isinstance(template, ChecklistTemplate):
        template = ChecklistTemplate(
            id="phone_screen",
            lang="en",
            title="Phone screening",
            stage="phone_screen",
            description="Demo",
            sections=(
                ChecklistSection(
                    title="Before the call",
                    items=tuple(ChecklistItem(id=f"i{n}", text=f"Step {n}") for n in range(1, 7)),
                ),
            ),
        )
    run = next((s.run for s in repo.runs_for(interview.id) if s.run.template_id == template.id), None)
    if run is None:
        run = repo.start_run(template, interview.id)
        assert run.id is not None
        items = repo.items(run.id)
        for row in items[: (len(items) + 1) // 2]:
            repo.set_checked(row.id, True)  # type: ignore[arg-type]
        if len(items) > 1:
            repo.set_note(items[1].id, QCoreApplication.translate("ChecklistsDemo", "Ask HR about the team size"))  # type: ignore[arg-type]
    page.refresh_runs()
    page.select_run(run.id)
    noted = next((row for row in repo.items(run.id) if row.note), None)  # type: ignore[arg-type]
    if noted is not None:
        page.show_run(run.id, noted.id)
    return run.id
