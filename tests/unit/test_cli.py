"""Command line: version, bad arguments, self-test, layer contract."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from studio import __version__
from studio.app import main

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
    """--self-test opens the store, checks content and audio, prints a report and exits 0."""
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
    assert (data_dir / "studio.sqlite3").exists()


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
