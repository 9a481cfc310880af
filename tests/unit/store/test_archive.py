"""Backup archives, restore, export and delete-all: round trips are exact and hostile archives write nothing (R9)."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import stat
import struct
import tempfile
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlmodel import SQLModel, select

from studio.config import Paths, resolve_paths
from studio.store import archive, export, wipe
from studio.store.archive import ArchiveError, ArchiveLimits
from studio.store.archive import names as archive_names
from studio.store.db import Store
from studio.store.mock_models import MockAnswer, MockSession, Story, StoryQuestion
from studio.store.models import (
    ChecklistItem,
    ChecklistRun,
    DeliveryReportRow,
    ExerciseAttempt,
    Interview,
    PhaseNote,
    PhaseRecord,
    Prompt,
    Setting,
    Take,
    UserTemplate,
)

ALL_MODELS: tuple[type[SQLModel], ...] = (
    Interview,
    Setting,
    ChecklistRun,
    ChecklistItem,
    UserTemplate,
    Prompt,
    Take,
    DeliveryReportRow,
    ExerciseAttempt,
    PhaseRecord,
    PhaseNote,
)
SMALL_LIMITS = ArchiveLimits(max_entry_bytes=1 << 20, max_total_bytes=4 << 20, ratio_min_bytes=64 << 10)


# ----- helpers --------------------------------------------------------------------------------------------------
def _open_store(paths: Paths) -> Store:
    store, _report = Store.open(paths.db_path, paths.backups_dir, paths.quarantine_dir)
    return store


def _write_take_files(paths: Paths, uuid: str, seed: int) -> str:
    rel = f"takes/2026/11/{uuid}.wav"
    target = paths.data_dir / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"RIFF" + bytes((seed * 7 + i) % 256 for i in range(20_000)))
    target.with_suffix(".peaks").write_bytes(bytes((seed + i) % 13 for i in range(500)))
    return rel


def _populate(store: Store, paths: Paths) -> None:
    """Rows in every table plus take files, peaks and a user content file."""
    when = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    with store.session() as s:
        interview = Interview(company="Acme «Рога»", role="PM", scheduled_at=when, stage="onsite", notes='a,b\n"c"')
        s.add(interview)
        s.flush()
        prompt = Prompt(kind="self_intro", title="Tell me about yourself", script="Hi", target_seconds=60)
        s.add(prompt)
        s.add(Setting(key="language", value='"ru"'))
        attempt = ExerciseAttempt(
            exercise_id="case-market-sizing",
            title="Market sizing",
            interview_id=interview.id,
            status="finished",
            state='{"phase": 2}',
            started_at=when,
            finished_at=when + timedelta(minutes=20),
        )
        s.add(attempt)
        s.flush()
        s.add(PhaseRecord(attempt_id=attempt.id, phase_id="read", title="Read", planned_seconds=120, used_seconds=95.5))
        s.add(
            PhaseRecord(
                attempt_id=attempt.id,
                phase_id="solve",
                title="Solve",
                position=1,
                planned_seconds=600,
                used_seconds=640,
            )
        )
        s.add(PhaseNote(attempt_id=attempt.id, phase_id="solve", text="TAM = 3M × 12"))
        run = ChecklistRun(template_id="day-before", title="Day before", interview_id=interview.id)
        s.add(run)
        s.flush()
        for i in range(4):
            s.add(ChecklistItem(run_id=run.id, text=f"item {i}", checked=i < 3, position=i))
        s.add(UserTemplate(template_id="mine", title="Mine", toml='title = "Mine"'))
        story = Story(title="Сократил отток", situation="S", task="T", action="A", result="R", metric="−12 %")
        story.competencies = '["results", "client_focus"]'
        s.add(story)
        s.flush()
        s.add(StoryQuestion(story_id=story.id, question_id="tell_about_success"))
        mock = MockSession(interview_id=interview.id, lang="ru", status="finished")
        s.add(mock)
        s.flush()
        s.add(
            MockAnswer(
                session_id=mock.id,
                question_id="tell_about_success",
                question_text="Расскажите об успехе",
                duration_s=95.0,
                self_check='{"situation": true, "result": false, "said_i": true}',
                rating=4,
                note="цифра в конце",
            )
        )
        for seed, uuid in enumerate(("0f1e2d3c-take-one", "9a8b7c6d-take-two")):
            take = Take(
                uuid=uuid,
                path=_write_take_files(paths, uuid, seed),
                name=f"take {seed}",
                prompt_id=prompt.id,
                interview_id=interview.id,
                duration=12.5 + seed,
                marks='[{"t": 1.0, "kind": "overflow"}]',
            )
            s.add(take)
            s.flush()
            if seed == 0:
                metrics = {"metrics": {"wpm": 142.0, "pause_share": 0.21, "snr_db": 31.5, "duration_s": 12.5}}
                s.add(DeliveryReportRow(take_id=take.id, analysis_version=3, report=json.dumps(metrics)))
    content = paths.user_content_dir / "questions" / "mine.en.toml"
    content.parent.mkdir(parents=True, exist_ok=True)
    content.write_text('id = "mine"\ntext = "Why us?"\n', encoding="utf-8")


def _dump(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, as plain dicts in a stable order."""
    out = {}
    with store.session() as s:
        for model in ALL_MODELS:
            rows = [row.model_dump() for row in s.exec(select(model))]
            out[model.__name__] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))
    return out


def _files(root: Path) -> dict[str, bytes]:
    """Relative path -> bytes of every file under ``root``."""
    if not root.exists():
        return {}
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _tree(root: Path) -> dict[str, str]:
    """Relative path -> content digest (or 'dir'/'link') of everything under ``root``, links not followed."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            if path.is_symlink():
                out[rel] = "link:" + os.readlink(path)
            elif path.is_dir():
                out[rel] = "dir"
            else:
                out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def _manifest(entries: list[tuple[str, bytes]], **overrides: Any) -> bytes:
    data = {
        "format": archive.ARCHIVE_FORMAT,
        "version": archive.ARCHIVE_VERSION,
        "created": datetime.now(UTC).isoformat(),
        "app_version": "test",
        "db_revision": None,
        "files": [{"path": n, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()} for n, b in entries],
    }
    data.update(overrides)
    return json.dumps(data).encode()


def _make_zip(
    target: Path,
    entries: list[tuple[str, bytes]],
    *,
    manifest: bytes | None = None,
    listed: list[tuple[str, bytes]] | None = None,
    symlinks: tuple[str, ...] = (),
    compress: int = zipfile.ZIP_STORED,
) -> Path:
    """Write a zip holding ``entries`` and a manifest of ``listed`` (default: the entries)."""
    with zipfile.ZipFile(target, "w", compression=compress) as zf:
        for name, payload in entries:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = compress
            info.create_system = 3
            kind = stat.S_IFLNK if name in symlinks else stat.S_IFREG
            info.external_attr = (kind | 0o777) << 16
            zf.writestr(info, payload)
        zf.writestr(archive.MANIFEST_NAME, manifest if manifest is not None else _manifest(listed or entries))
    return target


def _patch_declared_size(zip_path: Path, name: str, size: int) -> None:
    """Rewrite the uncompressed size an entry declares in the central directory."""
    data = bytearray(zip_path.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    count, _cd_size, cd_offset = struct.unpack_from("<HII", data, end + 10)
    pos = cd_offset
    for _ in range(count):
        n, m, k = struct.unpack_from("<HHH", data, pos + 28)
        if data[pos + 46 : pos + 46 + n].decode("utf-8") == name:
            struct.pack_into("<I", data, pos + 24, size)
        pos += 46 + n + m + k
    zip_path.write_bytes(bytes(data))


# ----- backup and restore ---------------------------------------------------------------------------------------
def test_restore_into_empty_dir_reproduces_everything(paths: Paths, tmp_path: Path) -> None:
    """Backup then restore into an empty data folder: every row and every take, peak and content file is identical."""
    store = _open_store(paths)
    try:
        _populate(store, paths)
        before = _dump(store)
        zip_path = archive.create_backup(paths, tmp_path / "out" / "backup.zip")  # store still open: allowed
    finally:
        store.close()
    empty = resolve_paths(tmp_path / "fresh")
    result = archive.restore_backup(zip_path, empty)
    assert result.safety_backup is None  # nothing there to lose
    assert result.files_restored == len(result.manifest.files)
    assert _files(empty.takes_dir) == _files(paths.takes_dir)
    assert len(_files(empty.takes_dir)) == 4  # two takes, two peaks files
    assert _files(empty.user_content_dir) == _files(paths.user_content_dir)
    restored = _open_store(empty)
    try:
        assert _dump(restored) == before
    finally:
        restored.close()
    leftovers = [p.name for p in empty.data_dir.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_restore_over_data_writes_safety_backup_first(paths: Paths, tmp_path: Path) -> None:
    """Restoring over existing data backs that data up first; the safety archive brings it back exactly."""
    store = _open_store(paths)
    try:
        _populate(store, paths)
        zip_path = archive.create_backup(paths, tmp_path / "first.zip")
        with store.session() as s:
            s.add(Interview(company="Added after the backup"))
        after = _dump(store)
    finally:
        store.close()
    extra = paths.takes_dir / "2026" / "12" / "extra.wav"
    extra.parent.mkdir(parents=True)
    extra.write_bytes(b"newer take")
    result = archive.restore_backup(zip_path, paths)
    assert result.safety_backup is not None and result.safety_backup.parent == paths.backups_dir
    assert not extra.exists()
    store = _open_store(paths)
    try:
        assert "Added after the backup" not in {r["company"] for r in _dump(store)["Interview"]}
    finally:
        store.close()
    archive.restore_backup(result.safety_backup, paths)
    assert extra.read_bytes() == b"newer take"
    store = _open_store(paths)
    try:
        assert _dump(store) == after
    finally:
        store.close()


def test_damaged_db_in_archive_leaves_current_data_untouched(paths: Paths, tmp_path: Path) -> None:
    """An archive whose database is garbage (hashes consistent) is refused after staging; live data stays as it was."""
    store = _open_store(paths)
    try:
        _populate(store, paths)
    finally:
        store.close()
    before = _tree(paths.data_dir)
    bad_db = b"SQLite format 3\x00" + b"\xff" * 8192
    zip_path = _make_zip(tmp_path / "bad.zip", [(archive.DB_ENTRY, bad_db), ("takes/x.wav", b"x")])
    with pytest.raises(ArchiveError, match="damaged") as err:
        archive.restore_backup(zip_path, paths)
    assert err.value.entry == archive.DB_ENTRY
    after = _tree(paths.data_dir)
    new = {k for k in after if k not in before}
    assert all(k.startswith("backups/") for k in new), new  # only the safety backup was added
    assert {k: v for k, v in after.items() if not k.startswith("backups/")} == {
        k: v for k, v in before.items() if not k.startswith("backups/")
    }


def test_backup_reports_progress_and_manifest_matches(paths: Paths, tmp_path: Path) -> None:
    """Progress ends at the total; the manifest lists every file with its real size and sha256."""
    store = _open_store(paths)
    try:
        _populate(store, paths)
    finally:
        store.close()
    seen: list[tuple[int, int]] = []
    zip_path = archive.create_backup(paths, tmp_path / "b.zip", progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1]
    manifest = archive.validate_archive(zip_path)
    assert manifest.db_revision is not None
    with zipfile.ZipFile(zip_path) as zf:
        for item in manifest.files:
            assert hashlib.sha256(zf.read(item.path)).hexdigest() == item.sha256
    names = {f.path for f in manifest.files}
    assert archive.DB_ENTRY in names and "content/questions/mine.en.toml" in names
    assert not any(n.startswith("backups/") for n in names)


def test_existing_destination_never_overwritten(paths: Paths, tmp_path: Path) -> None:
    """create_backup refuses to replace a file that is already there, naming it."""
    target = tmp_path / "taken.zip"
    target.write_bytes(b"precious")
    with pytest.raises(ArchiveError, match="already exists"):
        archive.create_backup(paths, target)
    assert target.read_bytes() == b"precious"


# ----- validation: named rejections -----------------------------------------------------------------------------
def _bomb(tmp: Path) -> Path:
    payload = b"\0" * (2 << 20)
    return _make_zip(tmp / "a.zip", [("takes/bomb.wav", payload)], compress=zipfile.ZIP_DEFLATED)


def _huge(tmp: Path) -> Path:
    path = _make_zip(tmp / "a.zip", [("takes/huge.wav", b"tiny")])
    _patch_declared_size(path, "takes/huge.wav", 0xFFFFFFF0)
    return path


CASES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("absolute", lambda t: _make_zip(t / "a.zip", [("/etc/passwd", b"x")]), "'/etc/passwd'"),
    ("dotdot", lambda t: _make_zip(t / "a.zip", [("takes/../../evil", b"x")]), "'takes/../../evil'"),
    ("backslash", lambda t: _make_zip(t / "a.zip", [("takes\\..\\evil", b"x")]), "takes\\\\..\\\\evil"),
    ("drive", lambda t: _make_zip(t / "a.zip", [("C:/evil", b"x")]), "'C:/evil'"),
    ("outside", lambda t: _make_zip(t / "a.zip", [("scripts/run.sh", b"x")]), "'scripts/run.sh'"),
    ("db-other", lambda t: _make_zip(t / "a.zip", [("db/other.db", b"x")]), "'db/other.db'"),
    ("symlink", lambda t: _make_zip(t / "a.zip", [("takes/l", b"/etc")], symlinks=("takes/l",)), "'takes/l'"),
    ("huge", _huge, "'takes/huge.wav'"),
    ("bomb", _bomb, "'takes/bomb.wav'"),
    (
        "unlisted",
        lambda t: _make_zip(
            t / "a.zip", [("takes/a.wav", b"x"), ("takes/b.wav", b"y")], listed=[("takes/a.wav", b"x")]
        ),
        "'takes/b.wav'",
    ),
    (
        "missing",
        lambda t: _make_zip(t / "a.zip", [("takes/a.wav", b"x")], listed=[("takes/a.wav", b"x"), ("takes/z.wav", b"")]),
        "'takes/z.wav'",
    ),
    (
        "sha-mismatch",
        lambda t: _make_zip(t / "a.zip", [("takes/a.wav", b"x")], listed=[("takes/a.wav", b"y")]),
        "'takes/a.wav'",
    ),
    ("no-manifest", lambda t: _zip_without_manifest(t / "a.zip"), "manifest.json"),
    ("bad-manifest", lambda t: _make_zip(t / "a.zip", [], manifest=b"{not json"), "manifest.json"),
    (
        "newer-format",
        lambda t: _make_zip(t / "a.zip", [], manifest=_manifest([], version=archive.ARCHIVE_VERSION + 1)),
        "newer",
    ),
    (
        "newer-schema",
        lambda t: _make_zip(t / "a.zip", [], manifest=_manifest([], db_revision="9999_future")),
        "9999_future",
    ),
    ("corrupt-zip", lambda t: _truncated(t / "a.zip"), "a.zip"),
    ("not-a-zip", lambda t: _write(t / "a.zip", b"just text"), "a.zip"),
    ("file-as-folder", lambda t: _make_zip(t / "a.zip", [("takes", b"x")]), "'takes'"),
]


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _zip_without_manifest(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("takes/a.wav", b"x")
    return path


def _truncated(path: Path) -> Path:
    _make_zip(path, [("takes/a.wav", b"x" * 1000)])
    path.write_bytes(path.read_bytes()[:-30])
    return path


@pytest.mark.parametrize(("case", "build", "named"), CASES, ids=[c[0] for c in CASES])
def test_hostile_archive_refused_naming_the_entry(
    case: str, build: Callable[[Path], Path], named: str, paths: Paths, tmp_path: Path
) -> None:
    """Each kind of hostile or broken archive is refused before anything is written, and the message names it."""
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    zip_path = build(incoming)
    before = _tree(tmp_path)
    with pytest.raises(ArchiveError) as err:
        archive.restore_backup(zip_path, paths, limits=SMALL_LIMITS)
    assert named in str(err.value), f"{case}: {err.value}"
    assert _tree(tmp_path) == before


def test_corrupt_entry_data_refused(tmp_path: Path) -> None:
    """A flipped byte inside deflated data is caught (CRC or sha256) and the entry is named."""
    payload = bytes(range(256)) * 200
    path = _make_zip(tmp_path / "a.zip", [("takes/a.wav", payload)], compress=zipfile.ZIP_DEFLATED)
    data = bytearray(path.read_bytes())
    start = data.find(b"takes/a.wav") + len("takes/a.wav") + 40
    data[start] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ArchiveError, match=r"takes/a\.wav"):
        archive.validate_archive(path)


# ----- validation: generated hostile names never escape ---------------------------------------------------------
_SEGMENTS = st.one_of(
    st.sampled_from(["..", ".", "", "takes", "content", "db", "studio.sqlite3", "~", "C:", "\\..", "..\\", " "]),
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
        min_size=1,
        max_size=12,
    ),
)
_NAMES = st.one_of(
    st.builds(
        lambda lead, parts, sep, trail: lead + sep.join(parts) + trail,
        st.sampled_from(["", "", "/", "//", "\\", "../", "takes/", "content/", "C:\\"]),
        st.lists(_SEGMENTS, min_size=1, max_size=5),
        st.sampled_from(["/", "/", "\\"]),
        st.sampled_from(["", "", "/"]),
    ),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=40),
    st.builds(  # plausible names: most of these are fine and must land inside the data folder
        lambda top, parts: top + "/" + "/".join(parts),
        st.sampled_from(["takes", "content"]),
        st.lists(
            st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="/"), min_size=1),
            min_size=1,
            max_size=3,
        ),
    ),
)
_KINDS = st.sampled_from(["file", "file", "symlink", "huge"])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.tuples(_NAMES, _KINDS), min_size=1, max_size=3, unique_by=lambda t: t[0]))
def test_generated_hostile_names_never_write_outside(names: list[tuple[str, str]]) -> None:
    """Whatever the entry names and kinds, restore writes only inside the data folder, or refuses naming the entry."""
    names = [(n, k) for n, k in names if n != archive.MANIFEST_NAME]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "outside").mkdir()
        (root / "outside" / "sentinel.txt").write_text("keep me")
        data = resolve_paths(root / "data")
        entries = [(n, f"payload {i}".encode()) for i, (n, _k) in enumerate(names)]
        zip_path = _make_zip(
            root / "in.zip", entries, symlinks=tuple(n for n, k in names if k == "symlink"), listed=entries
        )
        for name, kind in names:
            if kind == "huge":
                _patch_declared_size(zip_path, name, 0xFFFFFFF0)
        before = {k: v for k, v in _tree(root).items() if not k.startswith("data")}
        try:
            archive.restore_backup(zip_path, data, limits=SMALL_LIMITS)
        except ArchiveError as exc:
            event("refused")
            message = str(exc)
            assert exc.entry is not None, message
            # an archive of valid names but no database is refused too, naming the missing database entry
            assert exc.entry in {n for n, _ in names} | {archive.MANIFEST_NAME, archive.DB_ENTRY}, message
            if exc.entry not in (archive.MANIFEST_NAME, archive.DB_ENTRY):
                assert repr(exc.entry) in message
        else:
            event("restored")
            for name, kind in names:
                assert kind == "file" and not name.endswith("/")
                assert (data.data_dir / name).read_bytes() == dict(entries)[name]
        after = {k: v for k, v in _tree(root).items() if not k.startswith("data")}
        assert after == before
        if data.data_dir.exists():
            for rel in _tree(data.data_dir):
                assert rel.split("/")[0] in {"takes", "content", "backups", "studio.sqlite3"}, rel


# ----- scheduled backups ----------------------------------------------------------------------------------------
def test_auto_backup_due_and_prune(paths: Paths) -> None:
    """Due when none exists or the newest is old enough; pruning keeps the newest N and ignores foreign files."""
    now = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    assert archive.auto_backup_due(paths, every_hours=24, now=now)
    assert not archive.auto_backup_due(paths, every_hours=0, now=now)  # off
    for hours in (1, 30, 60, 90):
        (paths.backups_dir / archive.archive_name(now - timedelta(hours=hours), "auto")).write_bytes(b"z")
    foreign = paths.backups_dir / "my-own-notes.zip"
    foreign.write_bytes(b"mine")
    assert not archive.auto_backup_due(paths, every_hours=24, now=now)
    assert archive.auto_backup_due(paths, every_hours=1, now=now)
    removed = archive.prune_archives(paths.backups_dir, keep=2)
    assert len(removed) == 2
    left = archive.list_archives(paths.backups_dir)
    assert [archive_names.archive_time(p) for p in left] == [now - timedelta(hours=1), now - timedelta(hours=30)]
    assert foreign.exists()
    with pytest.raises(ValueError):
        archive.prune_archives(paths.backups_dir, keep=0)


def test_run_auto_backup_writes_valid_archive_and_prunes(paths: Paths) -> None:
    """A due scheduled backup is a valid archive in the backups folder; only ``keep`` archives remain."""
    store = _open_store(paths)
    store.close()
    base = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    written = [archive.run_auto_backup(paths, 24, keep=2, now=base + timedelta(days=d)) for d in range(3)]
    assert all(w is not None for w in written)
    assert archive.run_auto_backup(paths, 24, keep=2, now=base + timedelta(days=2, hours=1)) is None
    left = archive.list_archives(paths.backups_dir)
    assert left == [written[2], written[1]]
    archive.validate_archive(left[0])


# ----- export ---------------------------------------------------------------------------------------------------
def test_export_csv_and_json_parse_back(paths: Paths, tmp_path: Path) -> None:
    """CSV and JSON exports read back with every interview, take (with metrics), attempt (with phases) and run."""
    store = _open_store(paths)
    try:
        _populate(store, paths)
        json_file = export.export_data(store, tmp_path / "export", "json")[0]
    finally:
        store.close()
    csv_files = export.export_data(paths, tmp_path / "csv", "csv")  # from paths: opens and closes the store
    data = json.loads(json_file.read_text(encoding="utf-8"))
    assert [i["company"] for i in data["interviews"]] == ["Acme «Рога»"]
    assert len(data["takes"]) == 2
    first = next(t for t in data["takes"] if t["name"] == "take 0")
    assert first["wpm"] == 142.0 and first["snr_db"] == 31.5 and first["analysis_version"] == 3
    assert next(t for t in data["takes"] if t["name"] == "take 1")["wpm"] is None
    (attempt,) = data["exercise_attempts"]
    assert attempt["status"] == "finished" and attempt["planned_seconds"] == 720
    assert [(p["phase_id"], p["used_seconds"]) for p in attempt["phases"]] == [("read", 95.5), ("solve", 640)]
    assert attempt["finished_at"].startswith("2026-11-20T09:50")
    (run,) = data["checklist_runs"]
    assert (run["items_total"], run["items_checked"], run["readiness"]) == (4, 3, 0.75)
    (answer,) = data["mock_answers"]
    assert (answer["question_text"], answer["rating"], answer["self_check"]) == (
        "Расскажите об успехе",
        4,
        "said_i, situation",
    )
    (story,) = data["stories"]
    assert story["questions"] == "tell_about_success" and story["competencies"] == "results, client_focus"

    tables = {}
    for path in csv_files:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            tables[path.stem] = list(csv.DictReader(fh))
    assert set(tables) == {
        "interviews",
        "takes",
        "exercise_attempts",
        "exercise_phases",
        "checklist_runs",
        "mock_answers",
        "stories",
    }
    assert tables["stories"][0]["title"] == "Сократил отток"
    assert tables["interviews"][0]["notes"] == 'a,b\n"c"'
    assert {t["uuid"] for t in tables["takes"]} == {t["uuid"] for t in data["takes"]}
    assert float(next(t for t in tables["takes"] if t["name"] == "take 0")["pause_share"]) == 0.21
    assert [p["phase_id"] for p in tables["exercise_phases"]] == ["read", "solve"]
    assert float(tables["checklist_runs"][0]["readiness"]) == 0.75
    assert tables["exercise_attempts"][0]["status"] == "finished"


def test_export_of_empty_store_has_headers(paths: Paths, tmp_path: Path) -> None:
    """An empty studio exports CSV files with headers only and a JSON with empty lists."""
    files = export.export_data(paths, tmp_path / "csv", "csv")
    for path in files:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
        assert len(lines) == 1 and lines[0]
    data = json.loads(export.export_data(paths, tmp_path / "e.json", "json")[0].read_text(encoding="utf-8"))
    assert data["takes"] == [] and data["checklist_runs"] == []
    with pytest.raises(ArchiveError, match="xml"):
        export.export_data(paths, tmp_path / "x", "xml")  # type: ignore[arg-type]


# ----- delete everything ----------------------------------------------------------------------------------------
def test_delete_all_data_needs_confirmation_and_keeps_nothing(paths: Paths, tmp_path: Path) -> None:
    """Unconfirmed: nothing happens. Confirmed: DB, takes, content, backups go; foreign files in the folder stay."""
    store = _open_store(paths)
    try:
        _populate(store, paths)
    finally:
        store.close()
    archive.create_backup(paths, paths.backups_dir / archive.archive_name(reason="manual"))
    foreign = paths.data_dir / "not-ours.txt"
    foreign.write_text("user's own file")
    with pytest.raises(ArchiveError, match="confirm"):
        wipe.delete_all_data(paths, confirmed=False)
    assert paths.db_path.exists()
    removed = wipe.delete_all_data(paths, confirmed=True)
    assert paths.db_path in removed and paths.takes_dir in removed and paths.backups_dir in removed
    assert sorted(p.name for p in paths.data_dir.iterdir()) == ["not-ours.txt"]
    reopened = _open_store(paths.ensure())
    try:
        assert all(rows == [] for rows in _dump(reopened).values())
    finally:
        reopened.close()
