"""Content library: reads every TOML file under ``data/`` (and the user's own folder) into validated models.

The schema lives in :mod:`studio.core.content`; this module does the I/O: it finds the files, parses them (every
problem of a file becomes one :class:`ContentError` naming the file, the lines, items and fields), resolves the
shared briefs exercises name, indexes the models by kind, id and language, looks an item up with a labelled
fallback to the other language, searches texts in Cyrillic and Latin, checks that RU and EN versions have the same
structure, and reads and writes items as TOML.

A broken file never hides the others: it is skipped and reported, in ``Library.builtin_errors`` for a shipped file
(a packaging bug, also logged) and in ``Library.user_errors`` for the user's own. ``load_library(strict=True)``
raises instead, for checks that must fail loudly. Built-in files must also be written in their file's language.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studio import config
from studio.core.content import (
    CHECKLIST_STAGES,
    LANGS,
    MAX_FILE_BYTES,
    MODELS,
    Brief,
    ChecklistTemplate,
    ContentError,
    Exercise,
    Kind,
    Model,
    dumps_toml,
    language_problems,
    locate,
    parse_toml_text,
    resolve_brief,
    split_file_name,
    validate,
    validate_text,
)

log = logging.getLogger(__name__)

#: Folder (beside ``checklists/``, ``exercises/``…) of the shared briefs exercises name in their ``brief`` field.
BRIEFS_FOLDER = "briefs"

__all__ = [
    "BRIEFS_FOLDER",
    "CACHE_FILE_NAME",
    "ContentError",
    "Kind",
    "Library",
    "PairProblem",
    "SearchHit",
    "dump_template_toml",
    "dump_toml",
    "dumps_raw",
    "fold",
    "load_item_toml",
    "load_library",
    "load_template_toml",
    "other_lang",
    "parse_toml",
    "save_user_item",
]

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Fold text for matching: case-insensitive in any script, ё = е, runs of spaces as one."""
    return _SPACES.sub(" ", text.casefold().replace("ё", "е")).strip()


def other_lang(lang: str) -> str:
    """The other of the two content languages."""
    return "en" if lang == "ru" else "ru"


# -------------------------------------------------------------------------------------------------- reading


def parse_toml(text: str, source: str) -> dict[str, Any]:
    """Parse TOML text; a syntax error becomes a ContentError naming the file and the line (too large or too
    deeply nested text too)."""
    return parse_toml_text(text, source)


def _read_text(path: Path) -> str:
    """The file's text; a file too large, unreadable or not UTF-8 is a ContentError naming it."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ContentError(str(path), None, "<file>", f"is larger than {MAX_FILE_BYTES // 1024} KiB")
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:  # grew since stat
            raise ContentError(str(path), None, "<file>", f"is larger than {MAX_FILE_BYTES // 1024} KiB")
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(str(path), None, "<encoding>", f"not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise ContentError(str(path), None, "<file>", f"cannot read: {exc.strerror or exc}") from None


def load_item_toml(path: Path, kind: Kind | str, *, check_name: bool = True) -> Model:
    """Read and validate one content file of ``kind``; errors carry the line of each problem."""
    return validate_text(kind, _read_text(path), str(path), check_name=check_name)


def load_template_toml(path: Path) -> ChecklistTemplate:
    """Read a checklist template a user imports; the file may have any name (its id and lang are inside)."""
    model = load_item_toml(path, Kind.CHECKLISTS, check_name=False)
    assert isinstance(model, ChecklistTemplate)
    return dataclasses.replace(model, origin="user")


# -------------------------------------------------------------------------------------------------- writing

#: Write a content dict as TOML (``tomli-w``; the same writer the checklist templates use).
dumps_raw = dumps_toml


def dump_toml(model: Model) -> str:
    """Any content item as the TOML text it would be loaded from."""
    return dumps_toml(model.to_raw())


def dump_template_toml(template: ChecklistTemplate) -> str:
    """A checklist template as TOML for export; ``load_template_toml`` reads it back unchanged."""
    return dump_toml(template)


def save_user_item(model: Model, user_dir: Path) -> Path:
    """Write a user's item to ``<user_dir>/<kind>/<id>.<lang>.toml`` (atomically) and return the path.

    The text is validated before it replaces anything, so a bad item never overwrites a good file.
    """
    text = dump_toml(model)
    path = user_dir / model.kind.value / f"{model.id}.{model.lang}.toml"
    validate(model.kind, parse_toml(text, str(path)), str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


# -------------------------------------------------------------------------------------------------- library


@dataclass(frozen=True)
class SearchHit:
    """One search result: an item, or a nested entry of it (a checklist line, a question, a phase).

    Attributes:
        kind: the content kind.
        item_id: the item's id.
        lang: the language the hit's text is in.
        sub_id: the nested entry's id (checklist item, question, phase), or None for the item itself.
        label: what to show in the result list (item title or the nested entry's text).
        title: the item's title.
        fallback_from: the item's language when it stands in for the requested one, else None.
    """

    kind: Kind
    item_id: str
    lang: str
    sub_id: str | None
    label: str
    title: str
    fallback_from: str | None = None


@dataclass(frozen=True)
class PairProblem:
    """An item whose RU and EN versions do not match (one is missing, or the structure differs)."""

    kind: Kind
    item_id: str
    problem: str

    def __str__(self) -> str:
        return f"{self.kind}/{self.item_id}: {self.problem}"


@dataclass(frozen=True)
class _Doc:
    kind: Kind
    item_id: str
    lang: str
    sub_id: str | None
    label: str
    title_folded: str
    folded: str


class Library:
    """All content, indexed by kind, id and language.

    Attributes:
        user_errors: the user's files that could not be read (skipped).
        builtin_errors: shipped files that could not be read (skipped; a packaging bug).
    """

    def __init__(
        self,
        models: Iterable[Model] = (),
        user_errors: Sequence[ContentError] = (),
        builtin_errors: Sequence[ContentError] | None = None,
    ) -> None:
        self._items: dict[tuple[Kind, str, str], Model] = {}
        self._docs: dict[str, list[_Doc]] | None = None  # the search index, built on the first search
        self.user_errors: tuple[ContentError, ...] = tuple(user_errors)
        # Re-initialising an existing library (to drop items) keeps its built-in errors unless new ones are given.
        kept = getattr(self, "builtin_errors", ())
        self.builtin_errors: tuple[ContentError, ...] = tuple(builtin_errors if builtin_errors is not None else kept)
        for model in models:
            self.add(model)

    @property
    def errors(self) -> tuple[ContentError, ...]:
        """Every file that could not be read: shipped ones first, then the user's."""
        return self.builtin_errors + self.user_errors

    def add(self, model: Model) -> None:
        """Add or replace one item."""
        self._items[(model.kind, model.id, model.lang)] = model
        self._docs = None

    def _index(self) -> dict[str, list[_Doc]]:
        if self._docs is None:
            docs: dict[str, list[_Doc]] = {lang: [] for lang in LANGS}
            for model in self._items.values():
                title_folded = fold(model.title)
                for sub_id, label, texts in model.search_groups():
                    folded = fold(" \n ".join(text for text in texts if text))
                    docs.setdefault(model.lang, []).append(
                        _Doc(model.kind, model.id, model.lang, sub_id, label, title_folded, folded)
                    )
            self._docs = docs
        return self._docs

    def __len__(self) -> int:
        return len(self._items)

    def all(self) -> list[Model]:
        """Every item in every language."""
        return list(self._items.values())

    def ids(self, kind: Kind | str) -> list[str]:
        """Sorted ids of ``kind`` present in any language."""
        kind = Kind(kind)
        return sorted({item_id for (k, item_id, _lang) in self._items if k == kind})

    def langs(self, kind: Kind | str, item_id: str) -> list[str]:
        """Languages ``item_id`` exists in."""
        kind = Kind(kind)
        return [lang for lang in LANGS if (kind, item_id, lang) in self._items]

    def exact(self, kind: Kind | str, item_id: str, lang: str) -> Model | None:
        """The item in exactly ``lang``, or None (no fallback)."""
        return self._items.get((Kind(kind), item_id, lang))

    def find(self, kind: Kind | str, item_id: str, lang: str) -> Model | None:
        """The item in ``lang``, else in the other language with ``fallback_from`` set; None if absent."""
        kind = Kind(kind)
        model = self._items.get((kind, item_id, lang))
        if model is not None:
            return model
        for other in LANGS:
            if other != lang and (kind, item_id, other) in self._items:
                return dataclasses.replace(self._items[(kind, item_id, other)], fallback_from=other)
        return None

    def get(self, kind: Kind | str, item_id: str, lang: str) -> Model:
        """Like :meth:`find` but raises KeyError naming kind, id and language when the item is absent."""
        model = self.find(kind, item_id, lang)
        if model is None:
            raise KeyError(f"no {Kind(kind)} item '{item_id}' in any language (asked for {lang})")
        return model

    def items(self, kind: Kind | str, lang: str) -> list[Model]:
        """Every item of ``kind`` once, in ``lang`` where it exists, else the labelled fallback; by title."""
        found = [self.find(kind, item_id, lang) for item_id in self.ids(kind)]
        models = [model for model in found if model is not None]
        return sorted(models, key=lambda m: (m.fallback_from is not None, fold(m.title)))

    def checklists(self, lang: str, stage: str | None = None) -> list[ChecklistTemplate]:
        """Checklist templates in ``lang`` (with fallback), in the order of the interview journey.

        Args:
            lang: the UI language.
            stage: only templates of this stage (e.g. ``phone_screen`` for a phone-screen interview).
        """
        out = [m for m in self.items(Kind.CHECKLISTS, lang) if isinstance(m, ChecklistTemplate)]
        out.sort(key=lambda m: CHECKLIST_STAGES.index(m.stage))
        return [m for m in out if stage is None or m.stage == stage]

    def by_stage(self, kind: Kind | str, stage: str, lang: str) -> list[Model]:
        """Items of ``kind`` whose ``stage`` is ``stage`` (checklists, question sets)."""
        return [m for m in self.items(kind, lang) if getattr(m, "stage", None) == stage]

    def search(self, text: str, lang: str, kinds: Iterable[Kind | str] | None = None) -> list[SearchHit]:
        """Find items and nested entries containing every word of ``text``, case- and ё-insensitively.

        Searches the ``lang`` texts, plus items that exist only in the other language (hits flagged as
        fallback). Hits in titles come first.
        """
        terms = fold(text).split()
        if not terms:
            return []
        wanted = {Kind(k) for k in kinds} if kinds is not None else set(Kind)
        present = {(kind, item_id) for (kind, item_id, item_lang) in self._items if item_lang == lang}
        hits: list[tuple[int, SearchHit]] = []
        index = self._index()
        for doc_lang in (lang, *[other for other in LANGS if other != lang]):
            fallback = doc_lang != lang
            for doc in index.get(doc_lang, []):
                if doc.kind not in wanted or (fallback and (doc.kind, doc.item_id) in present):
                    continue
                if all(term in doc.folded for term in terms):
                    model = self._items[(doc.kind, doc.item_id, doc.lang)]
                    rank = self._rank(doc, " ".join(terms), terms) + (4 if fallback else 0)
                    hit = SearchHit(
                        kind=doc.kind,
                        item_id=doc.item_id,
                        lang=doc.lang,
                        sub_id=doc.sub_id,
                        label=doc.label,
                        title=model.title,
                        fallback_from=doc.lang if fallback else None,
                    )
                    hits.append((rank, hit))
        hits.sort(key=lambda pair: pair[0])
        return [hit for _rank, hit in hits]

    @staticmethod
    def _rank(doc: _Doc, query: str, terms: list[str]) -> int:
        """0: the title is the query; 1: the title starts with it; 2: the title has every word; 3: elsewhere."""
        if doc.sub_id is not None:
            return 3
        if doc.title_folded == query:
            return 0
        if doc.title_folded.startswith(query):
            return 1
        return 2 if all(term in doc.title_folded for term in terms) else 3

    def unused_id(self, kind: Kind | str, base: str) -> str:
        """``base`` if no item of ``kind`` uses it, else ``base_2``, ``base_3``…: an id for a user's copy."""
        taken = set(self.ids(kind))
        if base not in taken:
            return base
        n = 2
        while f"{base}_{n}" in taken:
            n += 1
        return f"{base}_{n}"

    def check_pairs(self) -> list[PairProblem]:
        """Items missing in one language, or whose RU and EN structures differ."""
        problems: list[PairProblem] = []
        for kind in Kind:
            for item_id in self.ids(kind):
                langs = self.langs(kind, item_id)
                if len(langs) < len(LANGS):
                    missing = [lang for lang in LANGS if lang not in langs]
                    problems.append(PairProblem(kind, item_id, f"missing in {', '.join(missing)}"))
                    continue
                first, *rest = [self._items[(kind, item_id, lang)] for lang in LANGS]
                for other in rest:
                    if first.signature() != other.signature():
                        problems.append(
                            PairProblem(
                                kind,
                                item_id,
                                f"structure differs: {first.lang} {first.signature()!r} "
                                f"vs {other.lang} {other.signature()!r}",
                            )
                        )
        return problems


def _content_files(root: Path) -> list[tuple[Kind, Path]]:
    files: list[tuple[Kind, Path]] = []
    for kind in MODELS:
        folder = root / kind.value
        if folder.is_dir():
            files.extend((kind, path) for path in sorted(folder.glob("*.toml")))
    return files


_CACHE_VERSION = 1
_JSON_TYPES = (str, int, float, bool)


def _json_safe(value: object) -> bool:
    """True if ``value`` survives a JSON round trip unchanged (TOML dates do not, so such files are not cached)."""
    if isinstance(value, dict):
        return all(isinstance(k, str) and _json_safe(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_json_safe(v) for v in value)
    if isinstance(value, float):
        return math.isfinite(value)
    return isinstance(value, _JSON_TYPES)


class _ParseCache:
    """Parsed TOML tables keyed by path, mtime and size, kept as JSON in the cache folder.

    tomllib is pure Python and parses long basic strings slowly; the JSON decoder is C. The cache holds only
    parsed tables, never models, so every load still runs full validation. A missing, stale or damaged cache
    file only costs a re-parse.
    """

    def __init__(self, file: Path | None) -> None:
        self.file = file
        self.entries: dict[str, list[Any]] = {}
        self.dirty = False
        if file is None:
            return
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            return
        if isinstance(data, dict) and data.get("version") == _CACHE_VERSION and isinstance(data.get("files"), dict):
            self.entries = data["files"]

    def parse(self, path: Path) -> dict[str, Any]:
        """Return the parsed table of ``path``, from the cache when the file is unchanged."""
        try:
            stat = path.stat()
        except OSError as exc:
            raise ContentError(str(path), None, "<file>", f"cannot read: {exc.strerror or exc}") from None
        if stat.st_size > MAX_FILE_BYTES:
            raise ContentError(str(path), None, "<file>", f"is larger than {MAX_FILE_BYTES // 1024} KiB")
        key = str(path)
        stamp = [stat.st_mtime_ns, stat.st_size]
        entry = self.entries.get(key)
        if isinstance(entry, list) and len(entry) == 3 and entry[:2] == stamp and isinstance(entry[2], dict):
            return entry[2]
        raw = parse_toml(_read_text(path), key)
        if self.file is not None and _json_safe(raw):
            self.entries[key] = [*stamp, raw]
            self.dirty = True
        return raw

    def save(self) -> None:
        if self.file is None or not self.dirty:
            return
        tmp = self.file.with_name(f"{self.file.name}.{os.getpid()}.tmp")
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(
                json.dumps({"version": _CACHE_VERSION, "files": self.entries}, ensure_ascii=False), encoding="utf-8"
            )
            os.replace(tmp, self.file)
        except OSError:  # the cache is an optimisation: a read-only or full disk must not stop loading
            tmp.unlink(missing_ok=True)


def _with_lines(exc: ContentError, path: Path) -> ContentError:
    """``exc`` with the line of each problem, read from the file (tables from the cache carry no lines)."""
    try:
        locate(exc, _read_text(path))
    except ContentError:
        pass
    return exc


def _load_briefs(
    root: Path, cache: _ParseCache, known: dict[tuple[str, str], Brief]
) -> tuple[dict[tuple[str, str], Brief], list[ContentError]]:
    """``known`` plus the shared briefs under ``root``; a brief may not reuse the id of a known one."""
    briefs = dict(known)
    errors: list[ContentError] = []
    folder = root / BRIEFS_FOLDER
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        try:
            brief = Brief.validate(cache.parse(path), str(path))
            if (brief.id, brief.lang) in known:
                raise ContentError(str(path), brief.id, "id", "a built-in brief already has this id")
            briefs[(brief.id, brief.lang)] = brief
        except ContentError as exc:
            errors.append(_with_lines(exc, path))
        except RecursionError:
            errors.append(ContentError(str(path), None, "<file>", "nested too deeply to read"))
    return briefs, errors


def _load_file(kind: Kind, path: Path, origin: str, cache: _ParseCache, briefs: dict[tuple[str, str], Brief]) -> Model:
    """One validated item, its brief merged in; built-in texts must be in the file's language."""
    if split_file_name(path.name) is None:
        raise ContentError(str(path), None, "<file name>", "must be named <id>.<lang>.toml")
    source = str(path)
    model = validate(kind, cache.parse(path), source)
    if isinstance(model, Exercise) and model.brief is not None:
        brief = briefs.get((model.brief, model.lang))
        if brief is None:
            raise ContentError(source, model.id, "brief", f"no brief '{model.brief}' in {model.lang}")
        model = resolve_brief(model, brief, source)
    if origin == "builtin":
        problems = language_problems(model, source)
        if problems:
            raise ContentError.combine(problems)
        return model
    return dataclasses.replace(model, origin=origin)


def _load_folder(
    root: Path, origin: str, cache: _ParseCache, briefs: dict[tuple[str, str], Brief]
) -> tuple[list[Model], list[ContentError]]:
    """Every item under ``root``; a file that cannot be read is skipped and its error returned, never raised."""
    models: list[Model] = []
    errors: list[ContentError] = []
    for kind, path in _content_files(root):
        try:
            models.append(_load_file(kind, path, origin, cache, briefs))
        except ContentError as exc:
            errors.append(_with_lines(exc, path))
        except RecursionError:  # deep nesting is refused while parsing; this guards the passes after it
            errors.append(ContentError(str(path), None, "<file>", "nested too deeply to read"))
    return models, errors


CACHE_FILE_NAME = "content-cache.json"


def load_library(
    content_root: Path | None = None,
    user_dir: Path | None = None,
    cache_file: Path | None = None,
    *,
    use_cache: bool = True,
    strict: bool = False,
) -> Library:
    """Load built-in content (``config.content_dir()`` by default) and, if given, the user's own content.

    A file that cannot be read (syntax, schema, size, nesting, encoding, a built-in text in the wrong language)
    is skipped and named in ``builtin_errors`` or ``user_errors``; every other file still loads.

    Args:
        content_root: folder holding ``checklists/``, ``exercises/``, ``questions/``, ``letters/``, ``guides/``
            and ``briefs/``.
        user_dir: the same layout for the user's items (``Paths.user_content_dir``); a user item may not reuse
            a built-in id of the same kind.
        cache_file: where to keep parsed tables between runs; by default ``content-cache.json`` in the studio's
            cache folder (``config.resolve_paths().cache_dir``).
        use_cache: False parses every file afresh and writes no cache.
        strict: raise instead of skipping when a built-in file is broken (for checks of the shipped data).

    Raises:
        ContentError: only with ``strict``: every broken built-in file, combined into one error.
    """
    root = content_root if content_root is not None else config.content_dir()
    if use_cache and cache_file is None:
        cache_file = config.resolve_paths().cache_dir / CACHE_FILE_NAME
    cache = _ParseCache(cache_file if use_cache else None)
    user_root = user_dir if user_dir is not None and user_dir.is_dir() else None
    briefs, brief_errors = _load_briefs(root, cache, {})
    models, builtin_errors = _load_folder(root, "builtin", cache, briefs)
    builtin_errors = brief_errors + builtin_errors
    for error in builtin_errors:
        log.error("a built-in content file was skipped: %s", error)
    if strict and builtin_errors:
        raise ContentError.combine(builtin_errors)
    user_errors: list[ContentError] = []
    if user_root is not None:
        all_briefs, user_errors = _load_briefs(user_root, cache, briefs)
        builtin_ids = {(m.kind, m.id) for m in models}
        user_models, folder_errors = _load_folder(user_root, "user", cache, all_briefs)
        user_errors += folder_errors
        for model in user_models:
            if (model.kind, model.id) in builtin_ids:
                user_errors.append(
                    ContentError(
                        str(user_root / model.kind.value / f"{model.id}.{model.lang}.toml"),
                        model.id,
                        "id",
                        "a built-in item already has this id; give your own item another id",
                    )
                )
                continue
            models.append(model)
    cache.save()
    return Library(models, user_errors, builtin_errors)
