"""Export of all interviews, takes (with headline delivery metrics), exercise attempts and checklist runs."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from studio import __version__
from studio.config import Paths
from studio.core.delivery import METRIC_IDS
from studio.fsutil import atomic_write
from studio.store.archive.names import ArchiveError

# Headline metrics of a delivery report exported with each take (ids from studio.core.delivery.METRICS).
HEADLINE_METRICS: tuple[str, ...] = tuple(
    m
    for m in (
        "duration_s",
        "speech_s",
        "wpm",
        "syllable_rate",
        "articulation_rate",
        "pause_share",
        "long_pause_count",
        "longest_pause_s",
        "filled_pauses_per_min",
        "f0_median_hz",
        "f0_sd_st",
        "loudness_lufs",
        "snr_db",
    )
    if m in METRIC_IDS
)
ExportFormat = Literal["csv", "json"]


def _iso(value: Any) -> Any:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()
    return value


def _headline(report_json: str | None) -> dict[str, float | None]:
    """The headline metrics of a stored delivery report (``{"metrics": {...}}`` or a flat dict)."""
    out: dict[str, float | None] = dict.fromkeys(HEADLINE_METRICS)
    if not report_json:
        return out
    try:
        data = json.loads(report_json)
    except ValueError:
        return out
    metrics = data.get("metrics", data) if isinstance(data, dict) else {}
    if not isinstance(metrics, dict):
        return out
    for key in HEADLINE_METRICS:
        value = metrics.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool) and value == value:  # drop NaN
            out[key] = float(value)
    return out


@dataclass
class ExportTables:
    """Everything exported, as plain rows (lists of dicts with JSON-friendly values)."""

    interviews: list[dict[str, Any]] = field(default_factory=list)
    takes: list[dict[str, Any]] = field(default_factory=list)
    exercise_attempts: list[dict[str, Any]] = field(default_factory=list)
    exercise_phases: list[dict[str, Any]] = field(default_factory=list)
    checklist_runs: list[dict[str, Any]] = field(default_factory=list)
    mock_answers: list[dict[str, Any]] = field(default_factory=list)
    stories: list[dict[str, Any]] = field(default_factory=list)


def _json_field(text: str, default: Any) -> Any:
    try:
        return json.loads(text or "")
    except ValueError:
        return default


def collect_export(store: Any) -> ExportTables:
    """Read every interview, take (with headline metrics), exercise attempt (with phases), checklist run, mock-interview
    answer and STAR story."""
    from sqlmodel import col, select

    from studio.store.mock_models import MockAnswer, MockSession, Story, StoryQuestion
    from studio.store.models import (
        ChecklistItem,
        ChecklistRun,
        DeliveryReportRow,
        ExerciseAttempt,
        Interview,
        PhaseRecord,
        Take,
    )

    tables = ExportTables()
    with store.session() as session:
        for interview in session.exec(select(Interview).order_by(col(Interview.id))):
            row = interview.model_dump(include={"id", "company", "role", "scheduled_at", "stage", "notes"})
            row["created_at"] = interview.created_at
            tables.interviews.append(row)
        reports = {r.take_id: r for r in session.exec(select(DeliveryReportRow))}
        for take in session.exec(select(Take).order_by(col(Take.id))):
            row = take.model_dump(
                include={
                    "id",
                    "uuid",
                    "name",
                    "interview_id",
                    "prompt_id",
                    "attempt_id",
                    "path",
                    "duration",
                    "samplerate",
                    "channels",
                    "source",
                    "rating",
                    "favourite",
                    "created_at",
                    "deleted_at",
                }
            )
            report = reports.get(take.id) if take.id is not None else None
            row["analysis_version"] = report.analysis_version if report else None
            row["analysis_language"] = report.language if report else None
            row.update(_headline(report.report if report else None))
            tables.takes.append(row)
        phases: dict[int, list[dict[str, Any]]] = {}
        for phase in session.exec(select(PhaseRecord).order_by(col(PhaseRecord.attempt_id), col(PhaseRecord.position))):
            item = phase.model_dump(
                include={"attempt_id", "phase_id", "title", "position", "planned_seconds", "used_seconds"}
            )
            phases.setdefault(phase.attempt_id, []).append(item)
            tables.exercise_phases.append(item)
        for attempt in session.exec(select(ExerciseAttempt).order_by(col(ExerciseAttempt.id))):
            row = attempt.model_dump(
                include={"id", "exercise_id", "lang", "title", "interview_id", "status", "started_at", "finished_at"}
            )
            own = phases.get(attempt.id or -1, [])
            row["planned_seconds"] = sum(p["planned_seconds"] for p in own)
            row["used_seconds"] = sum(p["used_seconds"] for p in own)
            row["phases"] = [{k: v for k, v in p.items() if k != "attempt_id"} for p in own]
            tables.exercise_attempts.append(row)
        items: dict[int, list[bool]] = {}
        for run_id, checked in session.exec(select(ChecklistItem.run_id, ChecklistItem.checked)):
            items.setdefault(run_id, []).append(bool(checked))
        for run in session.exec(select(ChecklistRun).order_by(col(ChecklistRun.id))):
            row = run.model_dump(
                include={"id", "interview_id", "template_id", "template_lang", "title", "archived", "created_at"}
            )
            ticks = items.get(run.id or -1, [])
            row["items_total"] = len(ticks)
            row["items_checked"] = sum(ticks)
            row["readiness"] = round(sum(ticks) / len(ticks), 4) if ticks else None
            row["updated_at"] = run.updated_at
            tables.checklist_runs.append(row)
        sessions = {s.id: s for s in session.exec(select(MockSession))}
        for answer in session.exec(select(MockAnswer).order_by(col(MockAnswer.session_id), col(MockAnswer.position))):
            row = answer.model_dump(
                include={"id", "session_id", "take_id", "question_id", "question_text", "limit_s", "duration_s"}
            )
            mock = sessions.get(answer.session_id)
            row["interview_id"] = mock.interview_id if mock else None
            row["lang"] = mock.lang if mock else None
            checks = _json_field(answer.self_check, {})
            row["self_check"] = ", ".join(sorted(k for k, v in checks.items() if v)) if isinstance(checks, dict) else ""
            row["rating"], row["note"], row["created_at"] = answer.rating, answer.note, answer.created_at
            tables.mock_answers.append(row)
        links: dict[int, list[str]] = {}
        for link in session.exec(select(StoryQuestion)):
            links.setdefault(link.story_id, []).append(link.question_id)
        for story in session.exec(select(Story).order_by(col(Story.id))):
            row = story.model_dump(
                include={"id", "title", "situation", "task", "action", "result", "metric", "metric_how"}
            )
            competencies = _json_field(story.competencies, [])
            row["competencies"] = ", ".join(competencies) if isinstance(competencies, list) else ""
            row["questions"] = ", ".join(sorted(links.get(story.id or -1, [])))
            row["updated_at"] = story.updated_at
            tables.stories.append(row)
    for rows in (
        tables.interviews,
        tables.takes,
        tables.exercise_attempts,
        tables.exercise_phases,
        tables.checklist_runs,
        tables.mock_answers,
        tables.stories,
    ):
        for row in rows:
            for key, value in row.items():
                row[key] = _iso(value)
    return tables


_CSV_TABLES = (
    "interviews",
    "takes",
    "exercise_attempts",
    "exercise_phases",
    "checklist_runs",
    "mock_answers",
    "stories",
)


def export_data(source: Paths | Any, dest: Path, fmt: ExportFormat) -> list[Path]:
    """Export all interviews, takes (with headline delivery metrics), exercise attempts and checklist runs.

    Args:
        source: an open :class:`~studio.store.db.Store`, or the studio's :class:`Paths` (the store is then
            opened, migrated if needed, and closed again).
        dest: for ``json`` the file to write (``.json`` added if missing); for ``csv`` a folder that receives
            ``interviews.csv``, ``takes.csv``, ``exercise_attempts.csv``, ``exercise_phases.csv``,
            ``checklist_runs.csv``, ``mock_answers.csv``, ``stories.csv`` (UTF-8 with BOM so spreadsheet programs
            detect the encoding).
        fmt: ``"csv"`` or ``"json"``.

    Returns:
        The files written.

    Raises:
        ArchiveError: unknown format or the destination cannot be written.
    """
    if fmt not in ("csv", "json"):
        raise ArchiveError(f"unknown export format {fmt!r} (use 'csv' or 'json')")
    dest = Path(dest)
    if isinstance(source, Paths):
        from studio.store.db import Store

        store, _report = Store.open(source.db_path, source.backups_dir, source.quarantine_dir)
        try:
            tables = collect_export(store)
        finally:
            store.close()
    else:
        tables = collect_export(source)
    try:
        if fmt == "json":
            target = dest if dest.suffix.lower() == ".json" else dest.with_name(dest.name + ".json")
            target.parent.mkdir(parents=True, exist_ok=True)
            payload = {
                "format": "interview-studio-export",
                "version": 1,
                "exported": datetime.now(UTC).isoformat(),
                "app_version": __version__,
                **{name: getattr(tables, name) for name in _CSV_TABLES if name != "exercise_phases"},
            }
            atomic_write(target, json.dumps(payload, ensure_ascii=False, indent=2))
            return [target]
        dest.mkdir(parents=True, exist_ok=True)
        written = []
        for name in _CSV_TABLES:
            rows = getattr(tables, name)
            target = dest / f"{name}.csv"
            atomic_write(target, _csv_text(rows, _csv_columns(name, rows)), encoding="utf-8-sig")
            written.append(target)
        return written
    except OSError as exc:
        raise ArchiveError(f"cannot write the export to {dest}: {exc}", str(dest)) from exc


def _csv_columns(name: str, rows: list[dict[str, Any]]) -> list[str]:
    if rows:
        return [k for k in rows[0] if k != "phases"]
    defaults = {
        "interviews": ["id", "company", "role", "scheduled_at", "stage", "notes", "created_at"],
        "takes": ["id", "uuid", "name", "duration", "created_at", *HEADLINE_METRICS],
        "exercise_attempts": ["id", "exercise_id", "status", "started_at", "finished_at"],
        "exercise_phases": ["attempt_id", "phase_id", "title", "position", "planned_seconds", "used_seconds"],
        "checklist_runs": ["id", "title", "items_total", "items_checked", "readiness"],
        "mock_answers": ["id", "session_id", "question_id", "question_text", "duration_s", "rating", "note"],
        "stories": ["id", "title", "situation", "task", "action", "result", "metric", "metric_how", "questions"],
    }
    return defaults[name]


def _csv_text(rows: Iterable[dict[str, Any]], columns: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return buffer.getvalue()
