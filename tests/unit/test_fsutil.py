"""The atomic-write helper: all or nothing, never a stray temporary file."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.fsutil import atomic_write, atomic_writer, temp_path


def test_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    """The new content replaces the old one and the temporary name is gone."""
    target = tmp_path / "sub" / "state.json"
    atomic_write(target, "old")
    atomic_write(target, "новое")
    assert target.read_text(encoding="utf-8") == "новое"
    assert not temp_path(target).exists()


def test_a_failure_mid_write_keeps_the_old_content(tmp_path: Path) -> None:
    """An exception while writing leaves the previous file untouched and removes the temporary."""
    target = tmp_path / "notes.md"
    atomic_write(target, b"kept")
    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
        handle.write(b"half")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"kept"
    assert not temp_path(target).exists()
