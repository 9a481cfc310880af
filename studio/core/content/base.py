"""Content kinds, ids, languages, sources and stage lists, and the ContentError every check raises."""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from studio.core.interviews import JOURNEY

LANGS: tuple[str, ...] = ("ru", "en")
#: Where an item's facts come from: one of the three seed guides, or ``coach`` for material written beyond them
#: (what a career coach would add); the Library can label ``coach`` items.
SOURCES: tuple[str, ...] = ("000", "001", "002", "coach")

# Stage ids come from the one journey list (studio.core.interviews.JOURNEY), in its order.
CHECKLIST_STAGES: tuple[str, ...] = tuple(stage for stage in JOURNEY if stage != "other")
QUESTION_STAGES: tuple[str, ...] = tuple(
    stage
    for stage in JOURNEY
    if stage
    in {
        "self_presentation",
        "headhunter_call",
        "phone_screen",
        "hr_interview",
        "practical_tasks",
        "manager_meeting",
        "group_interview",
        "offer",
    }
)
EXERCISE_KINDS: tuple[str, ...] = ("case", "role_play", "group_task", "presentation")
GUIDE_KINDS: tuple[str, ...] = ("self_introduction", "headhunter_steps", "offer_evaluation", "star", "employer_needs")
VERDICTS: tuple[str, ...] = ("good", "bad")
#: Categories the guides use; the schema accepts any snake_case word so a new category needs no code change.
QUESTION_CATEGORIES: tuple[str, ...] = (
    "behavioural",
    "motivation",
    "provocative",
    "experience",
    "situational",
    "closing",
    "general",
)
LETTER_PLACEHOLDERS: tuple[str, ...] = ("name", "company", "role", "interviewer", "date")

_ID_RE = re.compile(r"^[a-z0-9]+(?:[_-][a-z0-9]+)*$")
_FILE_RE = re.compile(r"^(?P<id>[^./\\]+)\.(?P<lang>[^./\\]+)\.toml$")


class Kind(StrEnum):
    """A kind of content; the value is also the folder name under ``data/``."""

    CHECKLISTS = "checklists"
    EXERCISES = "exercises"
    QUESTIONS = "questions"
    LETTERS = "letters"
    GUIDES = "guides"


class ContentError(Exception):
    """A content file is malformed; names the file, the item and the field so the author can fix it.

    Validation does not stop at the first mistake: every problem of a file is collected, and the error raised is
    the first one with all of them in ``errors`` (its message lists them all), so an author fixes a file in one go.

    Attributes:
        file: the file (path or name) the data came from.
        item_id: the item inside it (the file's id, or a nested item's id), or None if unknown.
        field: a dotted path to the field, e.g. ``sections[1].items[0].text``.
        message: what is wrong.
        line: the line of the mistake in the file, if known (syntax errors always; schema errors when the loader
            had the file's text).
        errors: every problem found in the file, this one first.
    """

    def __init__(self, file: str, item_id: str | None, field: str, message: str, line: int | None = None) -> None:
        self.file = str(file)
        self.item_id = item_id
        self.field = field
        self.message = message
        self.line = line
        self.errors: tuple[ContentError, ...] = (self,)
        super().__init__(self.file, item_id, field, message, line)

    @classmethod
    def combine(cls, errors: Iterable[ContentError]) -> ContentError:
        """One error standing for several: the first, carrying all of them in ``errors``."""
        flat = [err for error in errors for err in error.errors]
        if not flat:
            raise ValueError("no errors to combine")
        first = flat[0]
        combined = cls(first.file, first.item_id, first.field, first.message, first.line)
        combined.errors = (combined, *flat[1:])
        return combined

    def _one(self, with_file: bool) -> str:
        where = self.file if with_file else ""
        if self.line is not None:
            where = f"{where}, line {self.line}" if where else f"line {self.line}"
        item = self.item_id if self.item_id is not None else "?"
        head = f"{where}: " if where else ""
        return f"{head}item '{item}', field '{self.field}': {self.message}"

    def __str__(self) -> str:
        text = self._one(with_file=True)
        rest = self.errors[1:]
        if rest:
            text += f" (and {len(rest)} more: " + "; ".join(err._one(with_file=False) for err in rest) + ")"
        return text


def split_file_name(name: str) -> tuple[str, str] | None:
    """Split ``<id>.<lang>.toml`` into (id, lang); None if the name has another form."""
    match = _FILE_RE.match(name.replace("\\", "/").rsplit("/", 1)[-1])
    return (match["id"], match["lang"]) if match else None
