"""Command line: version, bad arguments, self-test, layer contract."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from studio import __version__, selftest
from studio.app import main
from studio.config import Paths, resolve_paths
from studio.selftest import run_self_test
from studio.store.db import Store
from tests.support.permissions import read_only

ROOT = Path(__file__).resolve().parents[2]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the version and exits 0."""
    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out


@pytest.mark.parametrize("args", [["--no-such-flag"], ["--lang", "de"], ["--data-dir"]])
def test_bad_arguments_give_usage_and_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Unknown flags and bad values print usage to stderr and exit 2."""
    assert main(args) == 2
    assert "usage:" in capsys.readouterr().err


def test_self_test_subprocess(data_dir: Path) -> None:
    """--self-test checks store, disk, content and audio, prints a report and exits 0, creating no database."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "studio", "--data-dir", str(data_dir), "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok    store" in result.stdout
    assert not (data_dir / "studio.sqlite3").exists()


def test_layer_contract_holds() -> None:
    """import-linter: only studio.ui and the entry point import Qt; core stays pure."""
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower() or "0 broken" in result.stdout.lower()


def test_analyze_subcommand_through_entry_point(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`interview-studio analyze FILE --json` reaches the analysis; a non-audio file exits 1 naming it."""
    import json

    speech = tmp_path / "hello.wav"
    subprocess.run(["espeak-ng", "-w", str(speech), "Hello, I am a client relations manager."], check=True)
    assert main(["analyze", str(speech), "--lang", "en", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["metrics"]["syllables"] > 5
    bogus = tmp_path / "notes.wav"
    bogus.write_text("not audio")
    assert main(["analyze", str(bogus)]) == 1
    assert "notes.wav" in capsys.readouterr().err


# ----- --self-test is read-only and fails on what would stop the studio -------------------------------------------
def _self_test(paths: Paths, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = run_self_test(paths)
    return code, capsys.readouterr().out


def _studio_db(paths: Paths) -> bytes:
    store, _ = Store.open(paths.db_path, paths.backups_dir, paths.quarantine_dir)
    store.close()
    return paths.db_path.read_bytes()


def test_self_test_creates_no_database(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """On a fresh data folder the self-test passes without creating a database."""
    paths = resolve_paths()
    code, out = _self_test(paths, capsys)
    assert code == 0, out
    assert not paths.db_path.exists()


def test_self_test_never_moves_a_damaged_database(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A damaged database fails the self-test and stays exactly where it is (no damaged/ folder, no new file)."""
    paths = resolve_paths()
    garbage = b"\x00garbage\xff" * 512
    paths.db_path.write_bytes(garbage)
    code, out = _self_test(paths, capsys)
    assert code == 1 and "FAIL  store" in out and "damaged" in out
    assert paths.db_path.read_bytes() == garbage
    assert not paths.quarantine_dir.exists()


def test_self_test_fails_on_read_only_database(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A read-only database fails the self-test with the file named."""
    paths = resolve_paths()
    _studio_db(paths)
    with read_only(paths.db_path):
        code, out = _self_test(paths, capsys)
    assert code == 1 and "FAIL  store" in out and str(paths.db_path) in out


def test_self_test_fails_on_database_from_newer_version(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown schema revision fails the self-test and is not migrated."""
    paths = resolve_paths()
    _studio_db(paths)
    conn = sqlite3.connect(paths.db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    code, out = _self_test(paths, capsys)
    assert code == 1 and "newer version" in out


def test_self_test_fails_on_broken_user_content(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A broken file in the user's own content folder fails the self-test, naming the file."""
    paths = resolve_paths()
    broken = paths.user_content_dir / "questions" / "mine.en.toml"
    broken.parent.mkdir(parents=True)
    broken.write_text("this is = = not toml [", encoding="utf-8")
    code, out = _self_test(paths, capsys)
    assert code == 1 and "FAIL  content" in out and "mine.en.toml" in out


def test_self_test_fails_when_the_disk_is_nearly_full(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Too little free space in the data folder fails the self-test in one line."""
    real = shutil.disk_usage

    def nearly_full(path: object) -> object:
        usage = real(path)  # type: ignore[arg-type]
        return type(usage)(usage.total, usage.total - 1024, 1024)

    monkeypatch.setattr(selftest.shutil, "disk_usage", nearly_full)
    code, out = _self_test(resolve_paths(), capsys)
    assert code == 1 and "FAIL  disk" in out and "full" in out


def test_self_test_full_disk_log_one_line_and_fails(data_dir: Path) -> None:
    """A log file that hits ENOSPC (/dev/full): one line on stderr, no traceback, and the self-test fails."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    (data_dir / "logs").mkdir()
    (data_dir / "logs" / "studio.log").symlink_to("/dev/full")
    result = subprocess.run(
        [sys.executable, "-m", "studio", "--data-dir", str(data_dir), "--self-test"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    assert len([line for line in result.stderr.splitlines() if "No space left" in line]) == 1, result.stderr
    assert "self-test passed" not in result.stdout
