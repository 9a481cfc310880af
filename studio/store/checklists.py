"""Checklist runs, their items and the user's own templates.

Every method is one short unit of work: when it returns, the change is committed, and with ``synchronous=FULL``
on a WAL database the commit is on disk. The UI therefore shows a tick only after :meth:`set_checked` returned.

Destructive methods return what is needed to undo them (a snapshot, the previous order, the previous ticks);
the matching ``restore_*`` method puts it back with the original ids.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, bindparam, cast, func, update
from sqlmodel import Session, col, select

from studio.core.checklists import (
    MAX_ITEM_TEXT,
    MAX_TITLE,
    ChecklistError,
    Readiness,
    RunItem,
    parse_template,
    slug,
    template_from_items,
    template_items,
    template_toml,
    unique_id,
)
from studio.core.content import ChecklistTemplate, ContentError
from studio.store.db import Store
from studio.store.models import ChecklistItem, ChecklistRun, Interview, UserTemplate, utcnow


@dataclass(frozen=True)
class RunSummary:
    """A run with its readiness, for lists."""

    run: ChecklistRun
    readiness: Readiness

    @property
    def id(self) -> int:
        assert self.run.id is not None
        return self.run.id


@dataclass(frozen=True)
class RunSnapshot:
    """A deleted run with all its items (undo puts it back with the same ids)."""

    run: dict[str, object]
    items: tuple[dict[str, object], ...]


@dataclass(frozen=True)
class Order:
    """A run's item order and sections before a reorder (undo applies it again)."""

    run_id: int
    ids: tuple[int, ...]
    sections: dict[int, str]


_TICK = (
    update(ChecklistItem)
    .where(col(ChecklistItem.id) == bindparam("item_id"))
    .values(checked=bindparam("checked"), checked_at=bindparam("checked_at"))
)


def _ticked() -> Any:
    """SUM of ticks as an integer (a plain SUM of a Boolean column comes back as a Boolean)."""
    return func.coalesce(func.sum(cast(col(ChecklistItem.checked), Integer)), 0)


def as_run_item(row: ChecklistItem) -> RunItem:
    """The pure view of an item row."""
    assert row.id is not None
    return RunItem(row.id, row.text, row.section, row.hint, row.note, row.checked)


def _clean_text(text: str, field: str = "text", limit: int = MAX_ITEM_TEXT) -> str:
    value = " ".join(text.split()) if "\n" not in text.strip() else text.strip()
    if not value:
        raise ChecklistError(field, "the text is empty")
    if len(value) > limit:
        raise ChecklistError(field, f"the text is longer than {limit} characters")
    return value


class ChecklistRepository:
    """Reads and writes checklist runs and user templates through short-lived sessions."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # ----- runs --------------------------------------------------------------------------------------------
    def start_run(
        self, template: ChecklistTemplate, interview_id: int | None = None, title: str | None = None
    ) -> ChecklistRun:
        """Start a run of ``template``: its items are copied, so the run never changes with the template."""
        name = (title or template.title).strip()[:MAX_TITLE] or template.id
        with self._store.session() as session:
            if interview_id is not None and session.get(Interview, interview_id) is None:
                raise KeyError(f"interview {interview_id}")
            run = ChecklistRun(
                interview_id=interview_id,
                template_id=template.id,
                template_lang=template.lang,
                title=name,
                position=self._next_run_position(session, interview_id),
            )
            session.add(run)
            session.flush()
            assert run.id is not None
            for position, (section, text, hint) in enumerate(template_items(template)):
                session.add(ChecklistItem(run_id=run.id, section=section, text=text, hint=hint, position=position))
        return run

    @staticmethod
    def _next_run_position(session: Session, interview_id: int | None) -> int:
        stmt = select(func.max(ChecklistRun.position)).where(ChecklistRun.interview_id == interview_id)
        if interview_id is None:
            stmt = select(func.max(ChecklistRun.position)).where(col(ChecklistRun.interview_id).is_(None))
        current = session.exec(stmt).one()
        return 0 if current is None else int(current) + 1

    def get_run(self, run_id: int) -> ChecklistRun | None:
        with self._store.session() as session:
            return session.get(ChecklistRun, run_id)

    def summaries(self, include_archived: bool = False) -> list[RunSummary]:
        """Every run with its readiness, by interview then position; archived ones only when asked."""
        with self._store.session() as session:
            stmt = select(ChecklistRun)
            if not include_archived:
                stmt = stmt.where(col(ChecklistRun.archived).is_(False))
            runs = list(session.exec(stmt))
            counts_stmt = select(
                ChecklistItem.run_id,
                func.count(col(ChecklistItem.id)),
                _ticked(),
            ).group_by(col(ChecklistItem.run_id))
            counts = {run_id: (int(total), int(done)) for run_id, total, done in session.exec(counts_stmt)}
        runs.sort(key=lambda r: (r.interview_id is None, r.interview_id or 0, r.position, r.id or 0))
        out = []
        for run in runs:
            total, done = counts.get(run.id or -1, (0, 0))
            out.append(RunSummary(run, Readiness(done, total)))
        return out

    def runs_for(self, interview_id: int | None, include_archived: bool = False) -> list[RunSummary]:
        """Runs of one interview (None: the standalone runs)."""
        return [s for s in self.summaries(include_archived) if s.run.interview_id == interview_id]

    def readiness(self, run_id: int) -> Readiness:
        with self._store.session() as session:
            total, done = session.exec(
                select(func.count(col(ChecklistItem.id)), _ticked()).where(ChecklistItem.run_id == run_id)
            ).one()
        return Readiness(int(done), int(total))

    def rename_run(self, run_id: int, title: str) -> str:
        """Rename; returns the old title (undo)."""
        clean = _clean_text(title, "title", MAX_TITLE)
        with self._store.session() as session:
            run = self._run(session, run_id)
            old, run.title, run.updated_at = run.title, clean, utcnow()
            session.add(run)
        return old

    def set_archived(self, run_id: int, archived: bool) -> bool:
        """Archive or bring back a run; returns the previous state (undo)."""
        with self._store.session() as session:
            run = self._run(session, run_id)
            old, run.archived, run.updated_at = run.archived, archived, utcnow()
            session.add(run)
        return old

    def relink(self, run_ids: Iterable[int], interview_id: int) -> list[int]:
        """Give standalone runs back to an interview (after its deletion was undone); returns those relinked."""
        done: list[int] = []
        with self._store.session() as session:
            if session.get(Interview, interview_id) is None:
                raise KeyError(f"interview {interview_id}")
            for run_id in run_ids:
                run = session.get(ChecklistRun, run_id)
                if run is not None and run.interview_id is None:
                    run.interview_id = interview_id
                    session.add(run)
                    done.append(run_id)
        return done

    def duplicate_run(self, run_id: int, interview_id: int | None = None, keep_ticks: bool = False) -> ChecklistRun:
        """A new run with the same items (and notes), unticked unless ``keep_ticks``; for ``interview_id``."""
        with self._store.session() as session:
            source = self._run(session, run_id)
            items = self._item_rows(session, run_id)
            copy = ChecklistRun(
                interview_id=interview_id,
                template_id=source.template_id,
                template_lang=source.template_lang,
                title=source.title,
                position=self._next_run_position(session, interview_id),
            )
            session.add(copy)
            session.flush()
            assert copy.id is not None
            for position, row in enumerate(items):
                session.add(
                    ChecklistItem(
                        run_id=copy.id,
                        section=row.section,
                        text=row.text,
                        hint=row.hint,
                        note=row.note,
                        checked=row.checked and keep_ticks,
                        checked_at=row.checked_at if keep_ticks else None,
                        position=position,
                    )
                )
        return copy

    def delete_run(self, run_id: int) -> RunSnapshot:
        """Delete a run and its items; returns the snapshot :meth:`restore_run` puts back."""
        with self._store.session() as session:
            run = self._run(session, run_id)
            items = self._item_rows(session, run_id)
            snapshot = RunSnapshot(run.model_dump(), tuple(row.model_dump() for row in items))
            for row in items:
                session.delete(row)
            session.delete(run)
        return snapshot

    def restore_run(self, snapshot: RunSnapshot) -> ChecklistRun:
        """Put a deleted run back with its ids (its interview may be gone: then it stands alone)."""
        run = ChecklistRun.model_validate(snapshot.run)
        with self._store.session() as session:
            if run.interview_id is not None and session.get(Interview, run.interview_id) is None:
                run.interview_id = None
            session.add(run)
            session.flush()
            for data in snapshot.items:
                session.add(ChecklistItem.model_validate(data))
        return run

    # ----- items -------------------------------------------------------------------------------------------
    def items(self, run_id: int) -> list[ChecklistItem]:
        """The run's items in their order."""
        with self._store.session() as session:
            return self._item_rows(session, run_id)

    def run_items(self, run_id: int) -> list[RunItem]:
        return [as_run_item(row) for row in self.items(run_id)]

    def get_item(self, item_id: int) -> ChecklistItem | None:
        with self._store.session() as session:
            return session.get(ChecklistItem, item_id)

    def set_checked(self, item_id: int, checked: bool, at: datetime | None = None) -> datetime | None:
        """Tick or untick one item; returns only after the commit is on disk. Returns the tick time (or None).

        ``at`` gives a tick its original time back (undoing an untick, redoing a tick); by default a tick is
        timed now. One prepared UPDATE on a pooled connection in its own transaction, without an ORM session:
        the cheapest durable write, since the fsync of the commit is most of the cost.
        """
        when = (at or utcnow()) if checked else None
        engine = self._store.engine
        assert engine is not None, "store is closed"
        with engine.begin() as conn:
            result = conn.execute(_TICK, {"item_id": item_id, "checked": checked, "checked_at": when})
            if result.rowcount != 1:
                raise KeyError(f"checklist item {item_id}")
        return when

    def tick_time(self, item_id: int) -> datetime | None:
        """When the item was ticked (None: it is not ticked)."""
        row = self.get_item(item_id)
        if row is None:
            raise KeyError(f"checklist item {item_id}")
        return row.checked_at if row.checked else None

    def set_note(self, item_id: int, note: str) -> str:
        """Set an item's note; returns the old note (undo)."""
        with self._store.session() as session:
            row = self._item(session, item_id)
            old, row.note = row.note, note.strip()
            session.add(row)
        return old

    def add_item(self, run_id: int, text: str, section: str = "", hint: str = "", index: int | None = None) -> int:
        """Add an item at ``index`` (end when None); returns its id."""
        clean = _clean_text(text)
        with self._store.session() as session:
            self._run(session, run_id)
            rows = self._item_rows(session, run_id)
            at = len(rows) if index is None else max(0, min(index, len(rows)))
            row = ChecklistItem(run_id=run_id, section=section.strip()[:MAX_TITLE], text=clean, hint=hint.strip())
            session.add(row)
            session.flush()
            assert row.id is not None
            ordered = [*rows[:at], row, *rows[at:]]
            for position, item in enumerate(ordered):
                if item.position != position or item is row:
                    item.position = position
                    session.add(item)
            self._touch(session, run_id)
            return row.id

    def edit_item(
        self, item_id: int, text: str | None = None, hint: str | None = None, section: str | None = None
    ) -> dict[str, str]:
        """Change an item's text, hint or section; returns the old values of what changed (undo)."""
        with self._store.session() as session:
            row = self._item(session, item_id)
            old: dict[str, str] = {}
            if text is not None:
                old["text"], row.text = row.text, _clean_text(text)
            if hint is not None:
                old["hint"], row.hint = row.hint, hint.strip()
            if section is not None:
                old["section"], row.section = row.section, section.strip()[:MAX_TITLE]
            session.add(row)
            self._touch(session, row.run_id)
        return old

    def delete_item(self, item_id: int) -> dict[str, object]:
        """Delete an item; returns its row data for :meth:`restore_item`."""
        with self._store.session() as session:
            row = self._item(session, item_id)
            data = row.model_dump()
            session.delete(row)
            self._touch(session, row.run_id)
        return data

    def restore_item(self, data: dict[str, object]) -> int:
        """Put a deleted item back with its id, at its old position."""
        row = ChecklistItem.model_validate(data)
        with self._store.session() as session:
            rows = self._item_rows(session, row.run_id)
            at = max(0, min(row.position, len(rows)))
            session.add(row)
            session.flush()
            for position, item in enumerate([*rows[:at], row, *rows[at:]]):
                item.position = position
                session.add(item)
            self._touch(session, row.run_id)
        assert row.id is not None
        return row.id

    def order(self, run_id: int) -> Order:
        with self._store.session() as session:
            rows = self._item_rows(session, run_id)
        return Order(run_id, tuple(r.id for r in rows if r.id is not None), {r.id: r.section for r in rows if r.id})

    def reorder(self, run_id: int, ids: Sequence[int], sections: dict[int, str] | None = None) -> Order:
        """Store a new order (and optionally new sections) of a run's items; returns the previous :class:`Order`.

        Raises:
            ChecklistError: ``ids`` is not exactly the run's items.
        """
        with self._store.session() as session:
            rows = self._item_rows(session, run_id)
            previous = Order(run_id, tuple(r.id for r in rows if r.id), {r.id: r.section for r in rows if r.id})
            by_id = {r.id: r for r in rows if r.id is not None}
            if sorted(ids) != sorted(by_id) or len(set(ids)) != len(ids):
                raise ChecklistError("order", "the new order does not list exactly the run's items")
            for position, item_id in enumerate(ids):
                row = by_id[item_id]
                section = (sections or {}).get(item_id, row.section)
                if row.position != position or row.section != section:
                    row.position, row.section = position, section
                    session.add(row)
            self._touch(session, run_id)
        return previous

    def restore_order(self, order: Order) -> Order:
        return self.reorder(order.run_id, order.ids, order.sections)

    def uncheck_all(self, run_id: int) -> list[tuple[int, datetime | None]]:
        """Untick every item; returns (item id, tick time) of those that were ticked (undo)."""
        with self._store.session() as session:
            self._run(session, run_id)
            rows = [r for r in self._item_rows(session, run_id) if r.checked]
            before = [(r.id, r.checked_at) for r in rows if r.id is not None]
            session.exec(
                update(ChecklistItem).where(col(ChecklistItem.run_id) == run_id).values(checked=False, checked_at=None)
            )
            self._touch(session, run_id)
        return before

    def restore_checks(self, ticks: Iterable[tuple[int, datetime | None]]) -> None:
        """Tick again the items :meth:`uncheck_all` returned, with their old tick times."""
        with self._store.session() as session:
            for item_id, when in ticks:
                row = session.get(ChecklistItem, item_id)
                if row is not None:
                    row.checked, row.checked_at = True, when
                    session.add(row)

    # ----- user templates ----------------------------------------------------------------------------------
    def user_templates(self) -> list[tuple[int, ChecklistTemplate]]:
        """(row id, template) of the user's own templates, newest first; unreadable rows are skipped."""
        with self._store.session() as session:
            rows = list(session.exec(select(UserTemplate).order_by(col(UserTemplate.id).desc())))
        out = []
        for row in rows:
            try:
                out.append((row.id or 0, parse_template(row.toml, f"user template {row.template_id}")))
            except ContentError:
                continue
        return out

    def user_template_toml(self, row_id: int) -> str:
        with self._store.session() as session:
            row = session.get(UserTemplate, row_id)
            if row is None:
                raise KeyError(f"user template {row_id}")
            return row.toml

    def add_user_template(self, template: ChecklistTemplate, reserved_ids: Iterable[str] = ()) -> tuple[int, str]:
        """Keep ``template`` as a user template; its id is made unique against ``reserved_ids`` (built-in ids)
        and the other user templates. Returns (row id, the id used)."""
        with self._store.session() as session:
            taken = set(reserved_ids) | set(session.exec(select(UserTemplate.template_id)))
            template_id = unique_id(template.id, taken)
            kept = dataclasses.replace(template, id=template_id, origin="user")
            text = template_toml(kept)
            parse_template(text, template_id)  # what is stored must read back
            row = UserTemplate(template_id=template_id, lang=kept.lang, title=kept.title, toml=text)
            session.add(row)
            session.flush()
            assert row.id is not None
            return row.id, template_id

    def import_template(self, text: str, source: str, reserved_ids: Iterable[str] = ()) -> tuple[int, str]:
        """Validate TOML text and keep it as a user template; nothing is written when it is malformed.

        Raises:
            ContentError: naming ``source`` (the file), the item and the field.
        """
        template = parse_template(text, source)
        return self.add_user_template(template, reserved_ids)

    def delete_user_template(self, row_id: int) -> dict[str, object]:
        with self._store.session() as session:
            row = session.get(UserTemplate, row_id)
            if row is None:
                raise KeyError(f"user template {row_id}")
            data = row.model_dump()
            session.delete(row)
        return data

    def restore_user_template(self, data: dict[str, object]) -> None:
        with self._store.session() as session:
            session.add(UserTemplate.model_validate(data))

    def template_from_run(
        self,
        run_id: int,
        *,
        title: str,
        stage: str,
        lang: str,
        description: str = "",
        default_section: str = "Checklist",
    ) -> ChecklistTemplate:
        """A template made of a run's current items (not stored; pass it to :meth:`add_user_template`)."""
        return template_from_items(
            self.run_items(run_id),
            template_id=slug(title),
            lang=lang,
            title=title,
            stage=stage,
            description=description,
            default_section=default_section,
        )

    # ----- helpers -----------------------------------------------------------------------------------------
    @staticmethod
    def _run(session: Session, run_id: int) -> ChecklistRun:
        run = session.get(ChecklistRun, run_id)
        if run is None:
            raise KeyError(f"checklist run {run_id}")
        return run

    @staticmethod
    def _item(session: Session, item_id: int) -> ChecklistItem:
        row = session.get(ChecklistItem, item_id)
        if row is None:
            raise KeyError(f"checklist item {item_id}")
        return row

    @staticmethod
    def _item_rows(session: Session, run_id: int) -> list[ChecklistItem]:
        stmt = (
            select(ChecklistItem)
            .where(ChecklistItem.run_id == run_id)
            .order_by(col(ChecklistItem.position), col(ChecklistItem.id))
        )
        return list(session.exec(stmt))

    @staticmethod
    def _touch(session: Session, run_id: int) -> None:
        session.exec(update(ChecklistRun).where(col(ChecklistRun.id) == run_id).values(updated_at=utcnow()))
