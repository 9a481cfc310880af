"""The user's own questions, exercises and checklists: validate, save, delete, import, and starter templates.

Files live in ``Paths.user_content_dir`` (``<kind>/<id>.<lang>.toml``), the layout ``load_library`` reads; never in
the package folder. Every change goes through :func:`studio.content.save_user_item`, which validates the text it
writes, so a bad edit never replaces a good file. Nothing here touches widgets; the page shows the errors.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from studio.content import Library, dump_toml, dumps_raw, parse_toml, save_user_item
from studio.core.content import (
    CHECKLIST_STAGES,
    EXERCISE_KINDS,
    QUESTION_CATEGORIES,
    QUESTION_STAGES,
    ContentError,
    Kind,
    Model,
    validate,
)

EDITABLE_KINDS: tuple[Kind, ...] = (Kind.QUESTIONS, Kind.EXERCISES, Kind.CHECKLISTS)
MAX_IMPORT_BYTES = 512 * 1024


def detect_kind(raw: dict[str, Any]) -> Kind | None:
    """Tell what a parsed content table holds from the keys only that kind has."""
    if "sections" in raw:
        return Kind.CHECKLISTS
    if "phases" in raw or "duration_min" in raw:
        return Kind.EXERCISES
    if "questions" in raw:
        return Kind.QUESTIONS
    if "letter_kind" in raw:
        return Kind.LETTERS
    if "guide_kind" in raw:
        return Kind.GUIDES
    return None


def _item_hint(raw: object) -> str | None:
    if isinstance(raw, dict) and isinstance(raw.get("id"), str):
        return str(raw["id"])
    return None


def remove_from_library(library: Library, kind: Kind, item_id: str, lang: str) -> None:
    """Drop one item from a library in place.

    ``Library`` has no ``remove()`` yet; rebuilding it through its own constructor keeps the object (the one
    every tab reads through ``context.library``) and resets its search index.
    """
    remaining = [m for m in library.all() if (m.kind, m.id, m.lang) != (kind, item_id, lang)]
    library.__init__(remaining, library.user_errors)  # type: ignore[misc]


class UserItems:
    """Reads and writes the user's items and keeps ``library`` in step with the files."""

    def __init__(self, library: Library, user_dir: Path) -> None:
        self.library = library
        self.user_dir = user_dir

    def path_of(self, model: Model) -> Path:
        return self.user_dir / model.kind.value / f"{model.id}.{model.lang}.toml"

    # ----- validation --------------------------------------------------------------------------------------
    def parse(self, text: str, source: str, kind: Kind | None = None) -> Model:
        """Validate TOML text as a user item (of ``kind``, or of the kind its keys show).

        Raises:
            ContentError: naming ``source``, the item and the field that is wrong.
        """
        raw = parse_toml(text, source)
        found = detect_kind(raw)
        if kind is None:
            if found is None:
                raise ContentError(
                    source,
                    _item_hint(raw),
                    "<kind>",
                    QCoreApplication.translate(
                        "library",
                        "cannot tell what this file holds: a question set has [[questions]], an exercise "
                        "[[phases]], a checklist [[sections]]",
                    ),
                )
            kind = found
        if kind not in EDITABLE_KINDS:
            raise ContentError(
                source,
                _item_hint(raw),
                "<kind>",
                QCoreApplication.translate(
                    "library", "only questions, exercises and checklists can be added as your own items"
                ),
            )
        model = validate(kind, raw, source, check_name=False)
        return dataclasses.replace(model, origin="user")

    def conflict(self, model: Model, replacing: Model | None, source: str) -> ContentError | None:
        """Why ``model`` cannot be saved under its id, or None."""
        versions = [self.library.exact(model.kind, model.id, lang) for lang in self.library.langs(model.kind, model.id)]
        if any(version is not None and version.origin != "user" for version in versions):
            return ContentError(
                source,
                model.id,
                "id",
                QCoreApplication.translate(
                    "library", "a built-in item already has this id; choose another one, such as “%1”"
                ).replace("%1", self.library.unused_id(model.kind, model.id)),
            )
        same = self.library.exact(model.kind, model.id, model.lang)
        is_self = replacing is not None and (replacing.kind, replacing.id, replacing.lang) == (
            model.kind,
            model.id,
            model.lang,
        )
        if same is not None and not is_self:
            return ContentError(
                source,
                model.id,
                "id",
                QCoreApplication.translate(
                    "library", "you already have an item with this id in this language; choose another id"
                ),
            )
        return None

    # ----- changes -----------------------------------------------------------------------------------------
    def save(self, model: Model, replacing: Model | None = None) -> Path:
        """Write ``model``; when it replaces an item saved under another id or language, remove that file."""
        path = save_user_item(model, self.user_dir)
        saved = dataclasses.replace(model, origin="user", fallback_from=None)
        self.library.add(saved)
        if replacing is not None and (replacing.id, replacing.lang) != (model.id, model.lang):
            self.delete(replacing)
        return path

    def delete(self, model: Model) -> None:
        """Remove the user's file and the item (the caller keeps ``model`` to undo)."""
        self.path_of(model).unlink(missing_ok=True)
        remove_from_library(self.library, model.kind, model.id, model.lang)

    def read_import(self, path: Path) -> Model:
        """Read and validate a file to import; raises ContentError naming the file and field."""
        try:
            if path.stat().st_size > MAX_IMPORT_BYTES:
                raise ContentError(
                    str(path), None, "<file>", QCoreApplication.translate("library", "is larger than 512 KiB")
                )
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise ContentError(
                str(path),
                None,
                "<encoding>",
                QCoreApplication.translate("library", "not UTF-8 text (%1)").replace("%1", exc.reason),
            ) from None
        except OSError as exc:
            raise ContentError(
                str(path),
                None,
                "<file>",
                QCoreApplication.translate("library", "cannot read: %1").replace("%1", str(exc.strerror)),
            ) from None
        return self.parse(text, str(path))

    def export_text(self, model: Model) -> str:
        return dump_toml(model)


# ---------------------------------------------------------------------------------------------- templates

# Starter texts are sample content in the item's own language (like data/), not interface strings.
_STARTER: dict[str, dict[str, str]] = {
    "en": {
        "q_head": "# Your own questions. Change the texts, keep the keys; everything is checked when you save.\n"
        "# good_example, bad_example, hints and technique may be left out.",
        "q_title": "My questions",
        "q_text": "Why do you want to work for us?",
        "q_why": "The interviewer checks that you chose this company on purpose.",
        "q_strong": "Specific reasons: the company's customers, product and values, tied to your own goals.",
        "q_hint": "Mention one fact about the company that you found out yourself.",
        "e_head": "# Your own exercise. The phases' minutes must add up to duration_min.",
        "e_title": "My exercise",
        "e_statement": "A customer is unhappy about a late delivery and asks for a discount. "
        "Find out what happened and offer a solution.",
        "e_criterion1": "Listens and asks questions before offering a solution.",
        "e_criterion2": "Offers a concrete next step.",
        "e_prepare": "Preparation",
        "e_run": "The conversation",
        "e_debrief": "Debrief",
        "c_head": "# Your own checklist. Every item needs its own id (Latin letters, digits, '_').",
        "c_title": "My checklist",
        "c_description": "What to do before you leave home.",
        "c_section": "Before you leave",
        "c_item1": "Print your CV and take your ID",
        "c_item2": "Check the route and leave early",
    },
    "ru": {
        "q_head": "# Ваши вопросы. Меняйте тексты, а ключи оставьте как есть: при сохранении всё проверяется.\n"
        "# Ключи good_example, bad_example, hints и technique можно удалить.",
        "q_title": "Мои вопросы",
        "q_text": "Почему вы хотите работать именно у нас?",
        "q_why": "Интервьюер проверяет, осознанно ли вы выбрали компанию.",
        "q_strong": "Конкретные причины: клиенты, продукт и ценности компании, связанные с вашими целями.",
        "q_hint": "Назовите один факт о компании, который вы выяснили сами.",
        "e_head": "# Ваше упражнение. Минуты всех фаз в сумме должны быть равны duration_min.",
        "e_title": "Моё упражнение",
        "e_statement": "Клиент недоволен задержкой доставки и просит скидку. "
        "Выясните, что произошло, и предложите решение.",
        "e_criterion1": "Сначала слушает и задаёт вопросы, потом предлагает решение.",
        "e_criterion2": "Предлагает конкретный следующий шаг.",
        "e_prepare": "Подготовка",
        "e_run": "Разговор",
        "e_debrief": "Разбор",
        "c_head": "# Ваш чек-лист. У каждого пункта свой id: латинские буквы, цифры, «_».",
        "c_title": "Мой чек-лист",
        "c_description": "Что сделать перед выходом из дома.",
        "c_section": "Перед выходом",
        "c_item1": "Распечатать резюме и взять паспорт",
        "c_item2": "Проверить маршрут и выйти с запасом",
    },
}


def skeleton(kind: Kind, lang: str, item_id: str) -> str:
    """A valid starter item of ``kind`` in ``lang``, with comments listing the values a key may take."""
    s = _STARTER.get(lang, _STARTER["en"])
    if kind == Kind.QUESTIONS:
        head = [
            s["q_head"],
            f"# stage: {', '.join(QUESTION_STAGES)}",
            f"# category: {', '.join(QUESTION_CATEGORIES)}",
            "# technique: star, reframe, pause_and_clarify",
        ]
        raw: dict[str, Any] = {
            "id": item_id,
            "lang": lang,
            "title": s["q_title"],
            "stage": "hr_interview",
            "questions": [
                {
                    "id": "why_this_company",
                    "text": s["q_text"],
                    "category": "motivation",
                    "why": s["q_why"],
                    "strong_answer": s["q_strong"],
                    "hints": [s["q_hint"]],
                }
            ],
        }
    elif kind == Kind.EXERCISES:
        head = [s["e_head"], f"# kind: {', '.join(EXERCISE_KINDS)}"]
        raw = {
            "id": item_id,
            "lang": lang,
            "title": s["e_title"],
            "kind": "role_play",
            "duration_min": 15,
            "statement": s["e_statement"],
            "criteria": [s["e_criterion1"], s["e_criterion2"]],
            "phases": [
                {"id": "prepare", "title": s["e_prepare"], "minutes": 5},
                {"id": "run", "title": s["e_run"], "minutes": 8},
                {"id": "debrief", "title": s["e_debrief"], "minutes": 2},
            ],
        }
    else:
        head = [s["c_head"], f"# stage: {', '.join(CHECKLIST_STAGES)}"]
        raw = {
            "id": item_id,
            "lang": lang,
            "title": s["c_title"],
            "stage": "day_of_interview",
            "description": s["c_description"],
            "sections": [
                {
                    "title": s["c_section"],
                    "items": [{"id": "documents", "text": s["c_item1"]}, {"id": "route", "text": s["c_item2"]}],
                }
            ],
        }
    return "\n".join(head) + "\n\n" + dumps_raw(raw)


def skeleton_base_id(kind: Kind) -> str:
    """The id a new item of ``kind`` starts from (made unique with ``Library.unused_id``)."""
    return {Kind.QUESTIONS: "my_questions", Kind.EXERCISES: "my_exercise"}.get(kind, "my_checklist")
