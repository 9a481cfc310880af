"""Content library: reads ``data/`` and the user's own content folder into core's validated models.

The code lives in :mod:`studio.content.loader`; this package re-exports its public names, so callers import
``from studio.content import Library, load_library``.
"""

from __future__ import annotations

from studio.content.loader import (
    BRIEFS_FOLDER,
    CACHE_FILE_NAME,
    ContentError,
    Kind,
    Library,
    PairProblem,
    SearchHit,
    dump_template_toml,
    dump_toml,
    dumps_raw,
    fold,
    load_item_toml,
    load_library,
    load_template_toml,
    other_lang,
    parse_toml,
    save_user_item,
)

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
