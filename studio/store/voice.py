"""Prompts, takes and their delivery reports.

Takes keep their audio path relative to the data folder. Deleting a take moves its files to ``trash/`` and marks
the row; undo moves them back; emptying the trash removes both for good.
"""

from __future__ import annotations

import json
import shutil
import uuid as uuidlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from studio.store.db import Store
from studio.store.models import DeliveryReportRow, Prompt, Take, utcnow

SELF_INTRO = "self_intro"


@dataclass(frozen=True)
class NewTake:
    """What the recorder or importer produced, to be stored as a take."""

    path: Path
    frames: int
    samplerate: int
    channels: int
    device_name: str = ""
    source: str = "recorded"
    marks: tuple[dict[str, Any], ...] = ()
    uuid: str = ""


def companions(wav: Path) -> list[Path]:
    """The files that travel with a take's WAV: ``<uuid>.peaks`` and the capture state ``<uuid>.wav.capture``."""
    return [wav.with_suffix(".peaks"), wav.with_name(wav.name + ".capture")]


class VoiceRepository:
    """Prompts, takes and reports, through short-lived sessions."""

    def __init__(self, store: Store, data_dir: Path) -> None:
        self._store = store
        self.data_dir = data_dir
        self.trash_dir = data_dir / "trash"

    # ----- prompts ---------------------------------------------------------------------------------------------
    def self_intro_prompt(self, lang: str, title: str, target_seconds: int = 90) -> Prompt:
        """The default self-introduction prompt of a language (made on first use)."""
        with self._store.session() as session:
            row = session.exec(select(Prompt).where(Prompt.kind == SELF_INTRO, Prompt.lang == lang)).first()
            if row is None:
                row = Prompt(kind=SELF_INTRO, lang=lang, title=title, target_seconds=target_seconds)
                session.add(row)
                session.flush()
                session.refresh(row)
            return row

    def prompt_for_question(self, ref: str, lang: str, title: str, target_seconds: int = 90) -> Prompt:
        """The prompt for a library question (made on first use, so its takes gather in one place)."""
        with self._store.session() as session:
            row = session.exec(
                select(Prompt).where(Prompt.kind == "question", Prompt.ref == ref, Prompt.lang == lang)
            ).first()
            if row is None:
                row = Prompt(kind="question", ref=ref, lang=lang, title=title, target_seconds=target_seconds)
                session.add(row)
                session.flush()
                session.refresh(row)
            return row

    def add_prompt(self, title: str, lang: str, target_seconds: int = 90, script: str = "") -> Prompt:
        title = title.strip()
        if not title:
            raise ValueError("the prompt needs a title")
        row = Prompt(kind="custom", lang=lang, title=title, target_seconds=target_seconds, script=script)
        with self._store.session() as session:
            session.add(row)
            session.flush()
            session.refresh(row)
        return row

    def update_prompt(self, prompt_id: int, **fields: Any) -> Prompt:
        allowed = {"title", "script", "target_seconds"}
        with self._store.session() as session:
            row = session.get(Prompt, prompt_id)
            if row is None:
                raise KeyError(prompt_id)
            for key, value in fields.items():
                if key not in allowed:
                    raise KeyError(key)
                setattr(row, key, value)
            session.add(row)
        return row

    def prompts(self, lang: str | None = None) -> list[Prompt]:
        with self._store.session() as session:
            stmt = select(Prompt).order_by(col(Prompt.id))
            if lang is not None:
                stmt = stmt.where(Prompt.lang == lang)
            return list(session.exec(stmt))

    def delete_prompt(self, prompt_id: int) -> None:
        """Delete a custom prompt (its takes stay, without a prompt)."""
        with self._store.session() as session:
            row = session.get(Prompt, prompt_id)
            if row is not None and row.kind != SELF_INTRO:
                session.delete(row)

    # ----- takes -----------------------------------------------------------------------------------------------
    def relative(self, path: Path) -> str:
        return Path(path).resolve().relative_to(self.data_dir.resolve()).as_posix()

    def absolute(self, take: Take) -> Path:
        return self.data_dir / take.path

    def add_take(
        self,
        new: NewTake,
        prompt_id: int | None,
        interview_id: int | None = None,
        name: str = "",
        attempt_id: int | None = None,
    ) -> Take:
        row = Take(
            uuid=new.uuid or Path(new.path).stem or uuidlib.uuid4().hex,
            prompt_id=prompt_id,
            interview_id=interview_id,
            attempt_id=attempt_id,
            path=self.relative(new.path),
            name=name,
            frames=new.frames,
            samplerate=new.samplerate,
            channels=new.channels,
            duration=new.frames / new.samplerate if new.samplerate else 0.0,
            device_name=new.device_name,
            source=new.source,
            marks=json.dumps(list(new.marks)),
        )
        with self._store.session() as session:
            session.add(row)
            session.flush()
            session.refresh(row)
        return row

    def takes(
        self,
        prompt_id: int | None = None,
        interview_id: int | None = None,
        include_deleted: bool = False,
        *,
        attempts_only: bool = False,
        attempt_id: int | None = None,
    ) -> list[Take]:
        """Takes, newest first, for a prompt, an interview, an exercise attempt, or all exercise answers."""
        with self._store.session() as session:
            stmt = select(Take).order_by(col(Take.created_at).desc(), col(Take.id).desc())
            if prompt_id is not None:
                stmt = stmt.where(Take.prompt_id == prompt_id)
            if interview_id is not None:
                stmt = stmt.where(Take.interview_id == interview_id)
            if attempt_id is not None:
                stmt = stmt.where(Take.attempt_id == attempt_id)
            elif attempts_only:
                stmt = stmt.where(col(Take.attempt_id).is_not(None))
            if not include_deleted:
                stmt = stmt.where(col(Take.deleted_at).is_(None))
            return list(session.exec(stmt))

    def take(self, take_id: int) -> Take | None:
        with self._store.session() as session:
            return session.get(Take, take_id)

    def update_take(self, take_id: int, **fields: Any) -> Take:
        allowed = {"name", "rating", "favourite", "notes", "interview_id", "prompt_id"}
        with self._store.session() as session:
            row = session.get(Take, take_id)
            if row is None:
                raise KeyError(take_id)
            for key, value in fields.items():
                if key not in allowed:
                    raise KeyError(key)
                if key == "rating" and not 0 <= int(value) <= 5:
                    raise ValueError("a rating is 0 to 5 stars")
                setattr(row, key, value)
            session.add(row)
        return row

    def set_marks(self, take_id: int, marks_json: str) -> None:
        """Replace the take's timeline marks (JSON made by ``studio.core.marks.marks_to_json``)."""
        with self._store.session() as session:
            row = session.get(Take, take_id)
            if row is None:
                raise KeyError(take_id)
            row.marks = marks_json
            session.add(row)

    def trash_take(self, take_id: int) -> Take:
        """Move the take's files to the trash and mark it deleted (undo with ``restore_take``)."""
        with self._store.session() as session:
            row = session.get(Take, take_id)
            if row is None:
                raise KeyError(take_id)
            src = self.data_dir / row.path
            dest = self.trash_dir / row.path
            self._move_with_companions(src, dest)
            row.deleted_at = utcnow()
            session.add(row)
        return row

    def restore_take(self, take_id: int) -> Take:
        with self._store.session() as session:
            row = session.get(Take, take_id)
            if row is None:
                raise KeyError(take_id)
            self._move_with_companions(self.trash_dir / row.path, self.data_dir / row.path)
            row.deleted_at = None
            session.add(row)
        return row

    def empty_trash(self) -> int:
        """Delete trashed takes for good; returns how many."""
        with self._store.session() as session:
            rows = list(session.exec(select(Take).where(col(Take.deleted_at).is_not(None))))
            for row in rows:
                session.delete(row)
        if self.trash_dir.exists():
            shutil.rmtree(self.trash_dir)
        return len(rows)

    @staticmethod
    def _move_with_companions(src: Path, dest: Path) -> None:
        dest.parent.mkdir(parents=True, exist_ok=True)
        pairs = [(src, dest), *zip(companions(src), companions(dest), strict=True)]
        for a, b in pairs:
            if a.exists():
                a.replace(b)

    # ----- reports ---------------------------------------------------------------------------------------------
    def save_report(self, take_id: int, version: int, language: str, report_json: str) -> None:
        with self._store.session() as session:
            row = session.exec(select(DeliveryReportRow).where(DeliveryReportRow.take_id == take_id)).first()
            if row is None:
                row = DeliveryReportRow(take_id=take_id)
            row.analysis_version, row.language, row.report, row.created_at = version, language, report_json, utcnow()
            session.add(row)

    def report(self, take_id: int) -> DeliveryReportRow | None:
        with self._store.session() as session:
            return session.exec(select(DeliveryReportRow).where(DeliveryReportRow.take_id == take_id)).first()

    def reports(self, take_ids: list[int]) -> dict[int, DeliveryReportRow]:
        if not take_ids:
            return {}
        with self._store.session() as session:
            rows = session.exec(select(DeliveryReportRow).where(col(DeliveryReportRow.take_id).in_(take_ids)))
            return {row.take_id: row for row in rows}


def local_time(value: datetime) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M")
