"""Tests for studio/content/loader.py: a bad file is skipped and named, and never hides the other files."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio import config
from studio.content import ContentError, Kind, load_library, parse_toml
from studio.core.checklists import parse_template
from studio.core.content import MAX_FILE_BYTES

CONTENT = config.content_dir()


def write(root: Path, kind: str, name: str, text: str) -> Path:
    folder = root / kind
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def checklist(item_id: str) -> str:
    """A valid English checklist file."""
    return (
        f'id = "{item_id}"\nlang = "en"\ntitle = "List {item_id}"\nstage = "case"\ndescription = "About it"\n'
        '[[sections]]\ntitle = "Before"\n[[sections.items]]\nid = "a"\ntext = "Do it"\n'
    )


def deeply_nested(levels: int) -> str:
    return checklist("deep") + "x = " + "[" * levels + "]" * levels + "\n"


def test_deeply_nested_user_file_is_skipped_and_named(tmp_path: Path) -> None:
    """A 10 KB user file nested 5000 levels deep is one named error; built-ins and the other user files load."""
    user = tmp_path / "user"
    bad = write(user, "checklists", "deep.en.toml", deeply_nested(5000))
    write(user, "checklists", "mine.en.toml", checklist("mine"))
    library = load_library(user_dir=user, use_cache=False)
    assert [e.file for e in library.user_errors] == [str(bad)]
    assert "nested" in str(library.user_errors[0]) and str(bad) in str(library.user_errors[0])
    assert library.get(Kind.CHECKLISTS, "mine", "en").origin == "user"
    assert "phone_screen" in library.ids(Kind.CHECKLISTS)
    assert library.ids(Kind.EXERCISES) and library.ids(Kind.QUESTIONS)


def test_moderately_nested_value_is_refused_before_it_reaches_the_cache(tmp_path: Path) -> None:
    """Nesting that the parser survives but later passes might not is refused by name, with the cache on."""
    user = tmp_path / "user"
    bad = write(user, "checklists", "deep.en.toml", deeply_nested(600))
    library = load_library(user_dir=user, cache_file=tmp_path / "cache.json")
    assert [e.file for e in library.user_errors] == [str(bad)]
    assert "phone_screen" in library.ids(Kind.CHECKLISTS)


def test_deep_nesting_in_text_and_templates_is_a_content_error() -> None:
    """Parsing text (content or checklist template) never lets a RecursionError escape."""
    with pytest.raises(ContentError, match="nested"):
        parse_toml(deeply_nested(5000), "deep.en.toml")
    with pytest.raises(ContentError, match="nested"):
        parse_template(deeply_nested(5000), "deep.toml")


def test_huge_user_file_is_refused_by_name(tmp_path: Path) -> None:
    """A user file above the size bound is refused without being parsed, and named."""
    user = tmp_path / "user"
    huge = write(user, "checklists", "huge.en.toml", checklist("huge") + "# " + "x" * MAX_FILE_BYTES + "\n")
    library = load_library(user_dir=user, use_cache=False)
    assert [e.file for e in library.user_errors] == [str(huge)]
    assert "larger than" in str(library.user_errors[0])
    assert "phone_screen" in library.ids(Kind.CHECKLISTS)


def test_broken_builtin_file_does_not_hide_the_others(tmp_path: Path) -> None:
    """One broken shipped file is skipped and named in builtin_errors; every other shipped file still loads."""
    root = tmp_path / "content"
    write(root, "checklists", "good.en.toml", checklist("good"))
    broken = write(root, "checklists", "broken.en.toml", 'id = "broken"\ntitle = "oops\n')
    deep = write(root, "checklists", "deep.en.toml", deeply_nested(5000))
    library = load_library(root, use_cache=False)
    assert library.ids(Kind.CHECKLISTS) == ["good"]
    assert sorted(e.file for e in library.builtin_errors) == sorted([str(broken), str(deep)])
    assert library.errors == library.builtin_errors and library.user_errors == ()
    with pytest.raises(ContentError) as info:
        load_library(root, use_cache=False, strict=True)
    assert len(info.value.errors) == 2


def test_damaged_deep_cache_is_ignored(tmp_path: Path) -> None:
    """A cache file that is absurdly nested JSON only costs a re-parse."""
    root, cache = tmp_path / "content", tmp_path / "cache.json"
    write(root, "checklists", "good.en.toml", checklist("good"))
    cache.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert load_library(root, cache_file=cache).ids(Kind.CHECKLISTS) == ["good"]
