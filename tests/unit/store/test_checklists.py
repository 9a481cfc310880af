"""Checklist runs in the store: copied from templates, every edit undoable, ticks durable across a SIGKILL."""

from __future__ import annotations

import dataclasses
import os
import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.config import Paths
from studio.core.checklists import ChecklistError, parse_template, template_toml
from studio.core.content import ChecklistItem as TemplateItem
from studio.core.content import ChecklistSection, ChecklistTemplate, ContentError
from studio.core.interviews import InterviewDraft
from studio.store.checklists import ChecklistRepository
from studio.store.db import Store
from studio.store.interviews import InterviewRepository


def make_template(template_id: str = "phone_screen", lang: str = "en") -> ChecklistTemplate:
    """A two-section template like the built-in phone screening one."""
    return ChecklistTemplate(
        id=template_id,
        lang=lang,
        title="Phone screening",
        stage="phone_screen",
        description="Before the call",
        sections=(
            ChecklistSection(
                title="Before",
                items=(
                    TemplateItem(id="quiet", text="Find a quiet place", hint="No noise"),
                    TemplateItem(id="cv", text="Keep the CV at hand"),
                ),
            ),
            ChecklistSection(title="During", items=(TemplateItem(id="smile", text="Smile"),)),
        ),
    )


@pytest.fixture
def repo(store: Store) -> ChecklistRepository:
    return ChecklistRepository(store)


def test_run_copies_items_and_ignores_later_template_changes(repo: ChecklistRepository) -> None:
    """A run keeps the template's items as they were when it started, whatever the template becomes."""
    template = make_template()
    run = repo.start_run(template)
    assert run.id is not None
    changed = dataclasses.replace(
        template, sections=(ChecklistSection(title="New", items=(TemplateItem(id="x", text="Other"),)),)
    )
    repo.start_run(changed)
    items = repo.items(run.id)
    assert [(i.section, i.text, i.hint) for i in items] == [
        ("Before", "Find a quiet place", "No noise"),
        ("Before", "Keep the CV at hand", ""),
        ("During", "Smile", ""),
    ]
    assert (run.template_id, run.template_lang, run.title) == ("phone_screen", "en", "Phone screening")


def test_runs_per_interview_and_standalone_with_readiness(store: Store, repo: ChecklistRepository) -> None:
    """Runs are listed per interview and standalone, each with its readiness."""
    interview = InterviewRepository(store).add(InterviewDraft("Acme", stage="phone_screen"))
    own = repo.start_run(make_template(), interview.id)
    alone = repo.start_run(make_template("day_of_interview"))
    assert own.id and alone.id
    first, second, _third = repo.items(own.id)
    repo.set_checked(first.id, True)  # type: ignore[arg-type]
    repo.set_checked(second.id, True)  # type: ignore[arg-type]
    [summary] = repo.runs_for(interview.id)
    assert summary.id == own.id and (summary.readiness.checked, summary.readiness.percent) == (2, 66)
    assert [s.id for s in repo.runs_for(None)] == [alone.id]
    assert repo.readiness(own.id).checked == 2
    assert repo.readiness(alone.id).checked == 0
    with pytest.raises(KeyError):
        repo.start_run(make_template(), interview_id=999)


def test_tick_untick_and_note(repo: ChecklistRepository) -> None:
    """A tick stores its time; an untick clears it; a note is kept and its old text returned for undo."""
    run = repo.start_run(make_template())
    assert run.id is not None
    item_id = repo.items(run.id)[1].id
    assert item_id is not None
    assert repo.set_checked(item_id, True) is not None
    row = repo.get_item(item_id)
    assert row is not None and row.checked and row.checked_at is not None
    assert repo.set_checked(item_id, False) is None
    assert repo.get_item(item_id).checked is False  # type: ignore[union-attr]
    assert repo.set_note(item_id, "  bring two copies ") == ""
    assert repo.set_note(item_id, "") == "bring two copies"
    with pytest.raises(KeyError):
        repo.set_checked(12345, True)


def test_tick_time_is_kept_for_undo(repo: ChecklistRepository) -> None:
    """An untick can be undone with the item's original tick time, and a redone tick keeps its first time."""
    run = repo.start_run(make_template())
    assert run.id is not None
    item_id = repo.items(run.id)[0].id
    assert item_id is not None
    assert repo.tick_time(item_id) is None
    first = repo.set_checked(item_id, True)
    assert first is not None and repo.tick_time(item_id) == first
    repo.set_checked(item_id, False)
    assert repo.tick_time(item_id) is None
    assert repo.set_checked(item_id, True, at=first) == first
    assert repo.get_item(item_id).checked_at == first  # type: ignore[union-attr]
    assert repo.set_checked(item_id, False, at=first) is None
    with pytest.raises(KeyError):
        repo.tick_time(12345)


def test_add_edit_delete_items_with_undo(repo: ChecklistRepository) -> None:
    """Add at a place, edit, delete and restore: positions and ids come back as they were."""
    run = repo.start_run(make_template())
    assert run.id is not None
    new_id = repo.add_item(run.id, "Charge the phone", section="Before", index=1)
    texts = [i.text for i in repo.items(run.id)]
    assert texts == ["Find a quiet place", "Charge the phone", "Keep the CV at hand", "Smile"]
    old = repo.edit_item(new_id, text="Charge the phone fully", hint="and the headset")
    assert old == {"text": "Charge the phone", "hint": ""}
    repo.edit_item(new_id, **old)
    assert repo.get_item(new_id).text == "Charge the phone"  # type: ignore[union-attr]
    repo.set_note(new_id, "kept note")
    data = repo.delete_item(new_id)
    assert [i.text for i in repo.items(run.id)] == ["Find a quiet place", "Keep the CV at hand", "Smile"]
    assert repo.restore_item(data) == new_id
    assert [i.text for i in repo.items(run.id)] == texts
    assert repo.get_item(new_id).note == "kept note"  # type: ignore[union-attr]
    with pytest.raises(ChecklistError):
        repo.add_item(run.id, "   ")


def test_reorder_persists_and_undoes(store: Store, paths: Paths, repo: ChecklistRepository) -> None:
    """A new order (and section change) survives reopening the store; the returned order undoes it."""
    run = repo.start_run(make_template())
    assert run.id is not None
    ids = [i.id for i in repo.items(run.id)]
    previous = repo.reorder(run.id, [ids[2], ids[0], ids[1]], {ids[2]: "Before"})  # type: ignore[list-item]
    store.close()
    reopened, _ = Store.open(paths.db_path, paths.backups_dir, paths.quarantine_dir)
    try:
        again = ChecklistRepository(reopened)
        items = again.items(run.id)
        assert [i.text for i in items] == ["Smile", "Find a quiet place", "Keep the CV at hand"]
        assert items[0].section == "Before"
        again.restore_order(previous)
        assert [(i.text, i.section) for i in again.items(run.id)] == [
            ("Find a quiet place", "Before"),
            ("Keep the CV at hand", "Before"),
            ("Smile", "During"),
        ]
        with pytest.raises(ChecklistError):
            again.reorder(run.id, ids[:2])  # type: ignore[arg-type]
    finally:
        reopened.close()


def test_uncheck_all_and_undo(repo: ChecklistRepository) -> None:
    """Uncheck all clears every tick; undo brings back exactly those ticks with their times."""
    run = repo.start_run(make_template())
    assert run.id is not None
    ids = [i.id for i in repo.items(run.id)]
    repo.set_checked(ids[0], True)  # type: ignore[arg-type]
    repo.set_checked(ids[2], True)  # type: ignore[arg-type]
    before = {i.id: i.checked_at for i in repo.items(run.id)}
    ticks = repo.uncheck_all(run.id)
    assert repo.readiness(run.id).checked == 0
    repo.restore_checks(ticks)
    assert {i.id: i.checked_at for i in repo.items(run.id)} == before


def test_duplicate_archive_rename_delete_restore(store: Store, repo: ChecklistRepository) -> None:
    """Duplicate gives a fresh unticked copy with notes; archive hides; delete + restore keeps ids and ticks."""
    interview = InterviewRepository(store).add(InterviewDraft("Acme"))
    run = repo.start_run(make_template(), interview.id)
    assert run.id is not None
    first = repo.items(run.id)[0].id
    repo.set_checked(first, True)  # type: ignore[arg-type]
    repo.set_note(first, "done early")  # type: ignore[arg-type]
    copy = repo.duplicate_run(run.id, interview.id)
    assert copy.id is not None and copy.id != run.id
    copied = repo.items(copy.id)
    assert [i.text for i in copied] == [i.text for i in repo.items(run.id)]
    assert not any(i.checked for i in copied) and copied[0].note == "done early"
    assert repo.set_archived(run.id, True) is False
    assert [s.id for s in repo.summaries()] == [copy.id]
    assert {s.id for s in repo.summaries(include_archived=True)} == {run.id, copy.id}
    repo.set_archived(run.id, False)
    assert repo.rename_run(run.id, "Call with Acme") == "Phone screening"
    snapshot = repo.delete_run(run.id)
    assert repo.get_run(run.id) is None and repo.items(run.id) == []
    repo.restore_run(snapshot)
    assert repo.get_run(run.id).title == "Call with Acme"  # type: ignore[union-attr]
    assert repo.items(run.id)[0].checked and repo.items(run.id)[0].id == first


def test_run_survives_interview_delete(store: Store, repo: ChecklistRepository) -> None:
    """Deleting an interview leaves its runs standing alone (not lost); relink gives them back after an undo."""
    interviews = InterviewRepository(store)
    interview = interviews.add(InterviewDraft("Acme"))
    run = repo.start_run(make_template(), interview.id)
    row = interviews.delete(interview.id)  # type: ignore[arg-type]
    assert repo.get_run(run.id).interview_id is None  # type: ignore[arg-type, union-attr]
    interviews.restore(row)  # type: ignore[arg-type]
    assert repo.relink([run.id], interview.id) == [run.id]  # type: ignore[arg-type, list-item]
    assert repo.get_run(run.id).interview_id == interview.id  # type: ignore[arg-type, union-attr]


def test_save_run_as_user_template(repo: ChecklistRepository) -> None:
    """A run's current items become a user template with a unique id that never shadows a built-in one."""
    run = repo.start_run(make_template())
    assert run.id is not None
    repo.add_item(run.id, "Ask about next steps", section="After")
    template = repo.template_from_run(run.id, title="Phone screen", stage="phone_screen", lang="en")
    row_id, used = repo.add_user_template(template, reserved_ids=["phone-screen"])
    assert used == "phone-screen-2"
    [(stored_id, stored)] = repo.user_templates()
    assert stored_id == row_id and [s.title for s in stored.sections] == ["Before", "During", "After"]
    assert parse_template(repo.user_template_toml(row_id), "x") == stored
    data = repo.delete_user_template(row_id)
    assert repo.user_templates() == []
    repo.restore_user_template(data)
    assert len(repo.user_templates()) == 1


def test_import_template_valid_and_malformed(repo: ChecklistRepository) -> None:
    """A valid TOML import is kept; a malformed one names the file and field and writes nothing."""
    text = template_toml(make_template("my_list"))
    _row_id, used = repo.import_template(text, "my_list.toml")
    assert used == "my_list" and repo.user_templates()[0][1].title == "Phone screening"
    with pytest.raises(ContentError) as err:
        repo.import_template(re.sub(r"stage = ['\"]phone_screen['\"]", "stage = 'dinner'", text), "bad.toml")
    assert "bad.toml" in str(err.value) and err.value.field == "stage"
    with pytest.raises(ContentError) as err:
        repo.import_template(re.sub(r"text = ['\"]Smile['\"]", "txt = 'Smile'", text), "bad.toml")
    assert err.value.item_id == "smile" and "text" in err.value.field and "missing" in str(err.value)
    assert len(repo.user_templates()) == 1


_MUTATIONS = st.sampled_from(
    [
        ("delete", 1),
        ("insert", "["),
        ("insert", '"'),
        ("insert", "\n[[sections]]\n"),
        ("insert", "\nunknown = 1\n"),
        ("insert", "= 3"),
        ("insert", "\x00"),
        ("insert", "id = 5\n"),
        ("replace", "5"),
        ("replace", "[]"),
    ]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(_MUTATIONS, st.floats(0, 1)), min_size=1, max_size=4))
def test_fuzzed_imports_give_clear_errors_and_change_nothing(
    repo: ChecklistRepository, edits: list[tuple[tuple[str, object], float]]
) -> None:
    """Mangled template files either import or raise a ContentError naming the file; a failure stores nothing."""
    text = template_toml(make_template("fuzzed"))
    for (kind, arg), where in edits:
        at = int(where * len(text))
        if kind == "delete":
            text = text[:at] + text[at + 1 :]
        elif kind == "insert":
            text = text[:at] + str(arg) + text[at:]
        else:
            end = text.find("\n", at)
            line_start = text.rfind("=", 0, end if end >= 0 else len(text))
            if line_start > 0:
                text = text[: line_start + 1] + f" {arg}" + (text[end:] if end >= 0 else "")
    before = repo.user_templates()
    try:
        repo.import_template(text, "fuzzed.toml")
    except ContentError as exc:
        assert str(exc).startswith("fuzzed.toml")
        assert repo.user_templates() == before
    else:
        assert len(repo.user_templates()) == len(before) + 1


_CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from studio.store.db import Store
    from studio.store.checklists import ChecklistRepository

    db = Path(sys.argv[1])
    store, _ = Store.open(db, db.parent / "backups", db.parent / "damaged")
    repo = ChecklistRepository(store)
    for item_id in map(int, sys.argv[2:]):
        repo.set_checked(item_id, True)
        print("ticked", item_id, flush=True)
    sys.stdin.read()  # wait for the parent's SIGKILL
    """
)


@pytest.mark.parametrize("kill_after", [1, 3, 6])
def test_sigkill_right_after_a_tick_loses_nothing(paths: Paths, store: Store, kill_after: int) -> None:
    """A process killed right after reporting a tick has that tick (and every earlier one) on disk."""
    repo = ChecklistRepository(store)
    run = repo.start_run(make_template())
    assert run.id is not None
    for n in range(5):
        repo.add_item(run.id, f"Extra {n}")
    ids = [str(i.id) for i in repo.items(run.id)]
    store.close()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(paths.db_path), *ids],
        stdout=subprocess.PIPE,
        stdin=subprocess.PIPE,
        text=True,
        env=env,
    )
    reported: list[int] = []
    try:
        assert child.stdout is not None
        while len(reported) < kill_after:
            line = child.stdout.readline()
            assert line.startswith("ticked"), f"child said {line!r}"
            reported.append(int(line.split()[1]))
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
        for stream in (child.stdout, child.stdin):
            if stream is not None:
                stream.close()
    assert child.returncode == -signal.SIGKILL
    reopened, _ = Store.open(paths.db_path, paths.backups_dir, paths.quarantine_dir)
    try:
        ticked = {i.id for i in ChecklistRepository(reopened).items(run.id) if i.checked}
    finally:
        reopened.close()
    assert set(reported) <= ticked
