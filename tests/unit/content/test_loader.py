"""Tests for studio/content/loader.py: loading the content library, language fallback, search, pairs and TOML I/O."""

from __future__ import annotations

import dataclasses
import re
import time
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio import config
from studio.content import (
    ContentError,
    Kind,
    Library,
    dump_template_toml,
    dump_toml,
    fold,
    load_item_toml,
    load_library,
    load_template_toml,
    parse_toml,
    save_user_item,
)
from studio.core.content import CHECKLIST_STAGES, ChecklistTemplate, Exercise, QuestionSet, validate

CONTENT = config.content_dir()
CONTENT_FILES = sorted(p for kind in Kind for p in (CONTENT / kind.value).glob("*.toml"))
FUZZ = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
LATIN = re.compile(r"[a-z]", re.IGNORECASE)


@pytest.fixture(scope="module")
def library() -> Library:
    """The built-in library, loaded once for the read-only tests."""
    return load_library()


def write(root: Path, kind: str, name: str, text: str) -> Path:
    folder = root / kind
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def checklist_toml(item_id: str, lang: str, sections: list[list[str]], title: str | None = None) -> str:
    """A small valid checklist file, its texts in ``lang`` (the loader refuses built-ins in the wrong language)."""
    ru = lang == "ru"
    default_title = f"Список {len(item_id)}" if ru else f"{item_id} {lang}"
    lines = [f'id = "{item_id}"', f'lang = "{lang}"', f'title = "{title or default_title}"']
    lines += ['stage = "phone_screen"', f'description = "{"Описание" if ru else "Description"}"']
    for index, items in enumerate(sections):
        lines += ["[[sections]]", f'title = "{"Раздел" if ru else "Section"} {index}"']
        for number, entry in enumerate(items):
            text = f"Пункт {number}" if ru else f"Text of {entry} ({lang})"
            lines += ["[[sections.items]]", f'id = "{entry}"', f'text = "{text}"']
    return "\n".join(lines) + "\n"


def texts_of(model: object) -> list[str]:
    """Every human-readable text of a model (ids and enum-like words excluded)."""
    skip = {"id", "lang", "source", "stage", "kind", "exercise_kind", "letter_kind", "guide_kind", "category"}
    skip |= {"technique", "verdict", "origin", "fallback_from"}
    out: list[str] = []

    def walk(value: object, key: str = "") -> None:
        if key in skip:
            return
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, tuple | list):
            for element in value:
                walk(element)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                walk(getattr(value, name), name)

    walk(model)
    return out


# ------------------------------------------------------------------------------------------------ built-in data


@pytest.mark.parametrize("path", CONTENT_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_content_file_loads_and_validates(path: Path) -> None:
    """Each shipped TOML file parses and passes the schema (errors would name the file, item and field)."""
    model = load_item_toml(path, path.parent.name)
    assert f"{model.id}.{model.lang}.toml" == path.name


def test_library_holds_every_file() -> None:
    """Every TOML file under data/ ends up in the library, one item per file."""
    files = sorted(p for kind in Kind for p in (CONTENT / kind.value).glob("*.toml"))
    library = load_library()
    assert len(files) == len(library)
    assert len(library.ids(Kind.CHECKLISTS)) >= 14


def test_every_id_exists_in_both_languages_with_the_same_structure(library: Library) -> None:
    """RU and EN versions pair up: same checklist sections and item ids, phases, question ids, guide parts."""
    problems = [str(problem) for problem in library.check_pairs()]
    assert problems == []


def test_checklists_cover_every_stage_of_the_guides(library: Library) -> None:
    """All twelve stage checklists of the RU guide, the decision list, the headhunter, employer-needs and day lists."""
    stages = {m.stage for m in library.checklists("en")}
    assert stages == set(CHECKLIST_STAGES)
    for required in ("phone_screen", "hr_interview", "offer_decision", "day_of_interview", "headhunter_call"):
        assert required in library.ids(Kind.CHECKLISTS)
    by_id = {m.id: m for m in library.checklists("ru")}
    assert by_id["headhunter_call"].source == "000" and by_id["employer_needs"].source == "001"
    assert all(len(m.items) >= 5 for m in by_id.values())


@pytest.mark.parametrize("path", CONTENT_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_texts_are_in_the_language_of_the_file(path: Path) -> None:
    """An EN file has no Cyrillic, and an RU file is written in Russian (Latin only for terms like KPI, STAR)."""
    model = load_item_toml(path, path.parent.name)
    texts = texts_of(model)
    if model.lang == "en":
        assert [t for t in texts if CYRILLIC.search(t)] == []
    else:
        joined = " ".join(texts)
        cyrillic, latin = len(CYRILLIC.findall(joined)), len(LATIN.findall(joined))
        assert cyrillic > 0.8 * (cyrillic + latin)


def test_loading_everything_is_fast() -> None:
    """The library loads in well under the 150 ms budget once parsed tables are cached (best of three)."""
    load_library()
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        load_library()
        best = min(best, time.perf_counter() - start)
    assert best < 0.150


# ------------------------------------------------------------------------------------------------ lookups


def test_get_falls_back_to_the_other_language_and_flags_it(tmp_path: Path) -> None:
    """An item missing in the UI language is shown in the other one, labelled with the language it is in."""
    write(tmp_path, "checklists", "only_ru.ru.toml", checklist_toml("only_ru", "ru", [["a"]]))
    write(tmp_path, "checklists", "both.ru.toml", checklist_toml("both", "ru", [["a"]]))
    write(tmp_path, "checklists", "both.en.toml", checklist_toml("both", "en", [["a"]]))
    library = load_library(tmp_path)
    fallback = library.get(Kind.CHECKLISTS, "only_ru", "en")
    assert fallback.lang == "ru" and fallback.fallback_from == "ru"
    assert library.get("checklists", "only_ru", "ru").fallback_from is None
    assert library.get(Kind.CHECKLISTS, "both", "en").lang == "en"
    assert library.exact(Kind.CHECKLISTS, "only_ru", "en") is None
    assert [m.id for m in library.items(Kind.CHECKLISTS, "en")] == ["both", "only_ru"]
    with pytest.raises(KeyError, match="nothing"):
        library.get(Kind.CHECKLISTS, "nothing", "en")


def test_checklists_by_stage(library: Library) -> None:
    """The calendar can suggest the checklists that fit an interview's stage."""
    offer = {m.id for m in library.checklists("ru", stage="offer")}
    assert offer == {"offer_review", "offer_decision", "offer_russia_checks", "two_offers_counter_offer"}
    assert [m.id for m in library.by_stage(Kind.CHECKLISTS, "phone_screen", "en")] == ["phone_screen"]


# ------------------------------------------------------------------------------------------------ search


def test_fold_is_case_and_yo_insensitive() -> None:
    """Folding makes 'ЕЩЁ' and 'еще' the same and collapses whitespace."""
    assert fold("  ЕЩЁ  Раз\nEnglish ") == "еще раз english"


def test_search_finds_cyrillic_case_insensitively(library: Library) -> None:
    """A Russian query in any case finds Russian items and the exact line inside a checklist."""
    hits = library.search("ЗАРЯДИТЬ ТЕЛЕФОН", "ru")
    assert ("phone_screen", "charge_phone") in {(h.item_id, h.sub_id) for h in hits}
    assert all(h.lang == "ru" for h in hits)


def test_search_folds_yo(library: Library) -> None:
    """Searching with е finds text written with ё and the other way round."""
    with_yo = {(h.item_id, h.sub_id) for h in library.search("ещё раз проверить", "ru")}
    without = {(h.item_id, h.sub_id) for h in library.search("еще раз ПРОВЕРИТЬ", "ru")}
    assert with_yo == without and ("day_of_interview", "confirm_time") in with_yo


def test_search_finds_latin(library: Library) -> None:
    """An English query finds English items; several words must all match."""
    hits = library.search("charge PHONE", "en")
    assert ("phone_screen", "charge_phone") in {(h.item_id, h.sub_id) for h in hits}
    assert library.search("charge phone zebra", "en") == []
    assert library.search("   ", "en") == []


def test_search_ranks_titles_first_and_filters_by_kind(library: Library) -> None:
    """An item whose title matches comes before nested lines, and kinds can be narrowed."""
    hits = library.search("телефонное интервью", "ru", kinds=[Kind.CHECKLISTS])
    assert hits[0].item_id == "phone_screen" and hits[0].sub_id is None
    assert {h.kind for h in hits} == {Kind.CHECKLISTS}


def test_search_includes_fallback_items_flagged(tmp_path: Path) -> None:
    """Items that exist only in the other language are still found, and flagged as a fallback."""
    write(tmp_path, "checklists", "only_ru.ru.toml", checklist_toml("only_ru", "ru", [["a"]], "Уникум"))
    library = load_library(tmp_path)
    hits = library.search("уникум", "en")
    assert [(h.item_id, h.fallback_from) for h in hits] == [("only_ru", "ru")]


# ------------------------------------------------------------------------------------------------ pairs


def test_check_pairs_reports_missing_language_and_different_structure(tmp_path: Path) -> None:
    """An id in one language only, or RU/EN with different item counts per section, is reported by id."""
    write(tmp_path, "checklists", "lonely.en.toml", checklist_toml("lonely", "en", [["a"]]))
    write(tmp_path, "checklists", "uneven.en.toml", checklist_toml("uneven", "en", [["a", "b"], ["c"]]))
    write(tmp_path, "checklists", "uneven.ru.toml", checklist_toml("uneven", "ru", [["a"], ["b", "c"]]))
    write(tmp_path, "checklists", "fine.en.toml", checklist_toml("fine", "en", [["a", "b"]]))
    write(tmp_path, "checklists", "fine.ru.toml", checklist_toml("fine", "ru", [["a", "b"]]))
    problems = {p.item_id: p.problem for p in load_library(tmp_path).check_pairs()}
    assert set(problems) == {"lonely", "uneven"}
    assert "missing in ru" in problems["lonely"] and "structure differs" in problems["uneven"]


def test_check_pairs_compares_phases_and_question_ids(library: Library) -> None:
    """Exercises pair by phase ids and question sets by question ids."""
    lib = Library()
    ex = next(m for m in library.all() if isinstance(m, Exercise))
    other = ex.__class__.validate({**ex.to_raw(), "lang": "ru" if ex.lang == "en" else "en"}, "x", check_name=False)
    lib.add(ex)
    renamed = [{**p, "id": f"{p['id']}_x"} for p in other.to_raw()["phases"]]
    lib.add(Exercise.validate({**other.to_raw(), "phases": renamed}, "x", check_name=False))
    qs = next(m for m in library.all() if isinstance(m, QuestionSet))
    raw = qs.to_raw()
    lib.add(qs)
    flipped = QuestionSet.validate(
        {**raw, "lang": "ru" if qs.lang == "en" else "en", "questions": raw["questions"][::-1]}, "x", check_name=False
    )
    lib.add(flipped)
    assert {p.item_id for p in lib.check_pairs()} == ({ex.id, qs.id} if len(qs.questions) > 1 else {ex.id})


# ------------------------------------------------------------------------------------------------ errors


def test_toml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    """A broken TOML file is reported with its path and the line of the mistake."""
    path = write(tmp_path, "checklists", "broken.en.toml", 'id = "broken"\nlang = "en"\ntitle = "oops\n')
    with pytest.raises(ContentError) as info:
        load_library(tmp_path, strict=True)
    err = info.value
    assert err.file == str(path) and err.line == 3 and err.item_id == "broken"
    assert str(path) in str(err) and "line 3" in str(err)


def test_schema_error_in_builtin_file_raises_with_file_item_and_field(tmp_path: Path) -> None:
    """A built-in file with a bad field fails a strict load with a message naming file, line, item and field."""
    text = checklist_toml("bad", "en", [["a"]]).replace('stage = "phone_screen"', 'stage = "phone"')
    path = write(tmp_path, "checklists", "bad.en.toml", text)
    with pytest.raises(ContentError, match=r"line 4: item 'bad', field 'stage'") as info:
        load_library(tmp_path, strict=True)
    assert info.value.file == str(path) and info.value.line == 4


def test_bad_file_name_and_encoding_are_reported(tmp_path: Path) -> None:
    """A file not named <id>.<lang>.toml, or not UTF-8, is a named error rather than a silent skip."""
    write(tmp_path, "checklists", "noname.toml", checklist_toml("noname", "en", [["a"]]))
    with pytest.raises(ContentError, match=r"<id>\.<lang>\.toml"):
        load_library(tmp_path, strict=True)
    assert [Path(e.file).name for e in load_library(tmp_path).builtin_errors] == ["noname.toml"]
    path = tmp_path / "latin1.en.toml"
    path.write_bytes('title = "caf\xe9"'.encode("latin-1"))
    with pytest.raises(ContentError, match="UTF-8"):
        load_item_toml(path, Kind.CHECKLISTS)


def test_user_errors_are_collected_not_raised(tmp_path: Path) -> None:
    """One broken user file never stops the studio: it is skipped and listed; good user items are loaded."""
    builtin, user = tmp_path / "builtin", tmp_path / "user"
    write(builtin, "checklists", "shipped.en.toml", checklist_toml("shipped", "en", [["a"]]))
    write(user, "checklists", "mine.en.toml", checklist_toml("mine", "en", [["a"]]))
    write(user, "checklists", "broken.en.toml", "id = ")
    write(user, "checklists", "shipped.ru.toml", checklist_toml("shipped", "ru", [["a"]]))
    library = load_library(builtin, user)
    assert library.get(Kind.CHECKLISTS, "mine", "en").origin == "user"
    assert library.get(Kind.CHECKLISTS, "shipped", "en").origin == "builtin"
    assert library.exact(Kind.CHECKLISTS, "shipped", "ru") is None
    assert sorted(Path(e.file).name for e in library.user_errors) == ["broken.en.toml", "shipped.ru.toml"]


@FUZZ
@given(text=st.text(max_size=200))
def test_fuzz_any_file_text_gives_content_error_or_model(text: str) -> None:
    """Whatever a file contains, loading it yields a template or a ContentError naming the file, nothing else."""
    try:
        raw = parse_toml(text, "fuzz.en.toml")
        ChecklistTemplate.validate(raw, "fuzz.en.toml")
    except ContentError as err:
        assert err.file == "fuzz.en.toml" and "fuzz.en.toml" in str(err)


# ------------------------------------------------------------------------------------------------ cache


def test_default_cache_lives_in_the_studio_cache_folder(tmp_path: Path) -> None:
    """By default parsed tables are cached in the profile's cache folder; use_cache=False writes nothing."""
    root = tmp_path / "content"
    write(root, "checklists", "c.en.toml", checklist_toml("c", "en", [["a"]]))
    default = config.resolve_paths().cache_dir / "content-cache.json"
    load_library(root, use_cache=False)
    assert not default.exists()
    load_library(root)
    assert default.is_file()


def test_parse_cache_is_used_and_refreshed(tmp_path: Path) -> None:
    """Cached tables speed up later loads, an edited file is re-read, and a damaged cache is ignored."""
    root, cache = tmp_path / "content", tmp_path / "cache" / "content.json"
    path = write(root, "checklists", "c.en.toml", checklist_toml("c", "en", [["a"]], "First"))
    assert load_library(root, cache_file=cache).get(Kind.CHECKLISTS, "c", "en").title == "First"
    assert cache.is_file()
    cache.write_text(cache.read_text(encoding="utf-8").replace('"First"', '"From cache"'), encoding="utf-8")
    assert load_library(root, cache_file=cache).get(Kind.CHECKLISTS, "c", "en").title == "From cache"
    path.write_text(checklist_toml("c", "en", [["a", "b"]], "Second title"), encoding="utf-8")
    assert load_library(root, cache_file=cache).get(Kind.CHECKLISTS, "c", "en").title == "Second title"
    cache.write_text("{not json", encoding="utf-8")
    assert load_library(root, cache_file=cache).get(Kind.CHECKLISTS, "c", "en").title == "Second title"


# ------------------------------------------------------------------------------------------------ templates


def test_builtin_templates_round_trip_through_toml(tmp_path: Path, library: Library) -> None:
    """Exporting any shipped checklist and importing it back gives the same template."""
    for model in library.all():
        if isinstance(model, ChecklistTemplate):
            path = tmp_path / f"export-{model.id}-{model.lang}.toml"
            path.write_text(dump_template_toml(model), encoding="utf-8")
            loaded = load_template_toml(path)
            assert loaded == model and loaded.origin == "user"


def test_every_model_dumps_to_toml_that_loads_back(library: Library) -> None:
    """dump_toml works for every kind, so user questions and exercises can be exported too."""
    for model in library.all():
        assert type(model).validate(tomllib.loads(dump_toml(model)), "x", check_name=False) == model


def test_malformed_template_import_names_the_file(tmp_path: Path) -> None:
    """Importing a template with a mistake gives an error naming the file, item and field."""
    path = tmp_path / "my list.toml"
    path.write_text(checklist_toml("mine", "en", [["a", "a"]]), encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_template_toml(path)
    assert info.value.file == str(path) and info.value.field == "sections[0].items[1].id"
    assert "duplicate" in str(info.value)


ANY_TEXT = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=40).filter(lambda s: s.strip())


@FUZZ
@given(title=ANY_TEXT, texts=st.lists(ANY_TEXT, min_size=1, max_size=5), hint=ANY_TEXT, tags=st.lists(ANY_TEXT))
def test_fuzz_template_toml_round_trip(
    tmp_path_factory: pytest.TempPathFactory, title: str, texts: list[str], hint: str, tags: list[str]
) -> None:
    """Any text — quotes, backslashes, newlines, control characters, Cyrillic — survives dump and load."""
    raw = {
        "id": "mine",
        "lang": "ru",
        "title": title,
        "tags": tags,
        "stage": "case",
        "description": hint,
        "sections": [
            {
                "title": title,
                "items": [{"id": f"i{n}", "text": text, "hint": hint} for n, text in enumerate(texts)],
            }
        ],
    }
    template = ChecklistTemplate.validate(raw, "generated", check_name=False)
    path = tmp_path_factory.mktemp("rt") / "export.toml"
    path.write_text(dump_template_toml(template), encoding="utf-8")
    assert load_template_toml(path) == template


def test_saved_user_template_is_loaded_as_users_own(tmp_path: Path, data_dir: Path) -> None:
    """A template saved into the user's content folder comes back on the next load, marked as the user's."""
    library = load_library()
    shipped = library.get(Kind.CHECKLISTS, "phone_screen", "en")
    assert isinstance(shipped, ChecklistTemplate)
    new_id = library.unused_id(Kind.CHECKLISTS, "phone_screen")
    assert new_id == "phone_screen_2"
    mine = dataclasses.replace(shipped, id=new_id, title="My phone screening")
    user_dir = config.resolve_paths().user_content_dir
    path = save_user_item(mine, user_dir)
    assert path == user_dir / "checklists" / "phone_screen_2.en.toml" and path.is_relative_to(data_dir)
    reloaded = load_library(user_dir=user_dir)
    assert reloaded.user_errors == ()
    assert reloaded.get(Kind.CHECKLISTS, new_id, "en") == mine
    assert reloaded.get(Kind.CHECKLISTS, new_id, "en").origin == "user"
    assert [p.item_id for p in reloaded.check_pairs()] == [new_id]


@FUZZ
@given(
    path=st.sampled_from(CONTENT_FILES),
    at=st.integers(min_value=0),
    cut=st.integers(min_value=0, max_value=12),
    insert=st.text(alphabet="\"'[]{}=.,#\\\n x1ё", max_size=3),
)
def test_fuzz_edited_content_file_gives_named_error(path: Path, at: int, cut: int, insert: str) -> None:
    """A shipped file with a random edit (a slice cut, stray quotes or brackets) loads or fails with a named error."""
    text = path.read_text(encoding="utf-8")
    at %= len(text)
    edited = text[:at] + insert + text[at + cut :]
    source = f"edited/{path.parent.name}/{path.name}"
    try:
        validate(path.parent.name, parse_toml(edited, source), source)
    except ContentError as err:
        assert err.file == source and err.field and source in str(err)
