"""An attempt as Markdown: times per phase, notes, self-assessment (labels passed in translated)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from studio.core.exercise.debrief import Debrief, phase_report
from studio.core.exercise.display import format_duration
from studio.core.exercise.plan import ExercisePlan
from studio.core.exercise.session import Session


@dataclass(frozen=True)
class MarkdownLabels:
    """Words used by :func:`attempt_to_markdown`; the UI passes translated ones."""

    exercise: str = "Exercise"
    started: str = "Started"
    finished: str = "Finished"
    not_finished: str = "not finished"
    total: str = "Time used"
    of_planned: str = "of {planned} planned"
    carry_over: str = "Carry-over"
    on: str = "on"
    off: str = "off"
    times: str = "Time per phase"
    phase: str = "Phase"
    planned: str = "Planned"
    used: str = "Used"
    overtime: str = "Overtime"
    notes: str = "Notes"
    no_notes: str = "(no notes)"
    self_assessment: str = "Self-assessment"
    criterion: str = "Criterion"
    score: str = "Score"
    note: str = "Note"
    average: str = "Average"
    questions: str = "Assessors' questions"
    summary: str = "Summary"


def _cell(text: str) -> str:
    """Make ``text`` safe inside a Markdown table cell."""
    return " ".join(text.replace("|", "\\|").split())


def _utc(wall: float | None, labels: MarkdownLabels) -> str:
    if wall is None:
        return labels.not_finished
    return datetime.fromtimestamp(wall, tz=UTC).strftime("%Y-%m-%d %H:%M UTC")


def attempt_to_markdown(
    plan: ExercisePlan,
    session: Session,
    notes_by_phase: Mapping[str, str],
    debrief: Debrief | None = None,
    *,
    title: str | None = None,
    labels: MarkdownLabels | None = None,
) -> str:
    """Export one attempt (times, notes per phase, self-assessment) as Markdown.

    Args:
        plan: The plan of the attempt (its titles are used); its phase ids must match the session's.
        session: The attempt (usually finished).
        notes_by_phase: Notes text by phase id.
        debrief: The self-assessment, if any.
        title: Heading; defaults to the exercise id.
        labels: Translated words; English by default.

    Raises:
        ValueError: If the plan's phase ids differ from the session's.
    """
    words = labels or MarkdownLabels()
    plan_ids = [p.id for p in plan.phases]
    session_ids = [p.id for p in session.plan.phases]
    if plan_ids != session_ids:
        raise ValueError(f"attempt_to_markdown: plan phases {plan_ids} do not match the session's {session_ids}")
    rows = phase_report(session)
    used_total = sum(r.used_s for r in rows)
    planned_total = plan.total_seconds
    lines = [
        f"# {title or plan.exercise_id}",
        "",
        f"- {words.exercise}: `{plan.exercise_id}`",
        f"- {words.started}: {_utc(session.started_wall(), words)}",
        f"- {words.finished}: {_utc(session.finished_wall(), words)}",
        f"- {words.total}: {format_duration(used_total)} "
        + words.of_planned.format(planned=format_duration(planned_total)),
        f"- {words.carry_over}: {words.on if session.plan.carry_over else words.off}",
        "",
        f"## {words.times}",
        "",
        f"| {words.phase} | {words.planned} | {words.used} | {words.overtime} |",
        "|---|---:|---:|---:|",
    ]
    for phase, row in zip(plan.phases, rows, strict=True):
        lines.append(
            f"| {_cell(phase.title)} | {format_duration(row.planned_s)} | {format_duration(row.used_s)} "
            f"| {format_duration(row.overtime_s)} |"
        )
    lines += ["", f"## {words.notes}", ""]
    for phase in plan.phases:
        text = notes_by_phase.get(phase.id, "").strip()
        lines += [f"### {phase.title}", "", text or f"_{words.no_notes}_", ""]
    if debrief is not None:
        if debrief.scores:
            lines += [f"## {words.self_assessment}", "", f"| {words.criterion} | {words.score} | {words.note} |"]
            lines.append("|---|---:|---|")
            for item in debrief.scores:
                name = item.title or item.criterion_id
                lines.append(f"| {_cell(name)} | {item.score} / 5 | {_cell(item.note)} |")
            average = debrief.average_score()
            lines += ["", f"{words.average}: {average:.1f} / 5", ""]
        if debrief.answers:
            lines += [f"## {words.questions}", ""]
            for answer in debrief.answers:
                lines += [f"### {answer.question}", "", answer.answer.strip() or f"_{words.no_notes}_", ""]
        if debrief.summary.strip():
            lines += [f"## {words.summary}", "", debrief.summary.strip(), ""]
    return "\n".join(lines).rstrip("\n") + "\n"
