"""The guide model and its parts (timed parts, examples, steps, offer criteria, phrases, STAR examples)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from studio.core.content.base import GUIDE_KINDS, VERDICTS, Kind
from studio.core.content.items import ContentItem
from studio.core.content.reader import _fields, _head_kwargs, _header_raw, _put, _read_header, _Reader


@dataclass(frozen=True, kw_only=True)
class GuidePart:
    """A part of a structure (self-introduction, STAR): what to say and, for timed parts, for how long."""

    title: str
    hint: str
    seconds: int | None = None


@dataclass(frozen=True, kw_only=True)
class GuideExample:
    """An example text judged good or bad."""

    title: str
    text: str
    verdict: str


@dataclass(frozen=True, kw_only=True)
class GuideStep:
    """A step of a process (a headhunter's interview, learning what the employer needs)."""

    title: str
    text: str


@dataclass(frozen=True, kw_only=True)
class OfferCriterion:
    """A criterion to weigh an offer by, with the question to ask yourself."""

    title: str
    question: str


@dataclass(frozen=True, kw_only=True)
class Phrase:
    """A negotiation situation with a good and a bad way to say it."""

    situation: str
    good: str
    bad: str


@dataclass(frozen=True, kw_only=True)
class StarExample:
    """A worked STAR story."""

    situation: str
    task: str
    action: str
    result: str
    title: str | None = None


# guide_kind -> {key: (required, reader)}; each reader turns one raw table into a model.
def _read_timed_part(r: _Reader) -> GuidePart:
    return GuidePart(title=r.text("title"), hint=r.text("hint"), seconds=r.positive_int("seconds"))


def _read_part(r: _Reader) -> GuidePart:
    return GuidePart(title=r.text("title"), hint=r.text("hint"))


def _read_example(r: _Reader) -> GuideExample:
    return GuideExample(title=r.text("title"), text=r.text("text"), verdict=r.choice("verdict", VERDICTS) or "")


def _read_step(r: _Reader) -> GuideStep:
    return GuideStep(title=r.text("title"), text=r.text("text"))


def _read_criterion(r: _Reader) -> OfferCriterion:
    return OfferCriterion(title=r.text("title"), question=r.text("question"))


def _read_phrase(r: _Reader) -> Phrase:
    return Phrase(situation=r.text("situation"), good=r.text("good"), bad=r.text("bad"))


def _read_star(r: _Reader) -> StarExample:
    return StarExample(
        title=r.opt_text("title"),
        situation=r.text("situation"),
        task=r.text("task"),
        action=r.text("action"),
        result=r.text("result"),
    )


_GUIDE_TABLES: dict[str, dict[str, tuple[bool, Callable[[_Reader], Any]]]] = {
    "self_introduction": {"parts": (True, _read_timed_part), "examples": (False, _read_example)},
    "headhunter_steps": {"steps": (True, _read_step)},
    "offer_evaluation": {"criteria": (True, _read_criterion), "phrases": (False, _read_phrase)},
    "star": {"parts": (True, _read_part), "examples": (False, _read_star)},
    "employer_needs": {"steps": (True, _read_step)},
}
_GUIDE_LISTS: dict[str, tuple[str, ...]] = {"offer_evaluation": ("red_flags",)}


@dataclass(frozen=True, kw_only=True)
class Guide(ContentItem):
    """A structured guide; which parts it has depends on ``guide_kind``."""

    kind: ClassVar[Kind] = Kind.GUIDES

    guide_kind: str
    parts: tuple[GuidePart, ...] = ()
    examples: tuple[GuideExample | StarExample, ...] = ()
    steps: tuple[GuideStep, ...] = ()
    criteria: tuple[OfferCriterion, ...] = ()
    red_flags: tuple[str, ...] = ()
    phrases: tuple[Phrase, ...] = ()

    @classmethod
    def validate(cls, raw: Mapping[str, Any], source: str, *, check_name: bool = True) -> Guide:
        """Build a guide from a parsed TOML table; raise ContentError naming file, item and field."""
        reader, head = _read_header(raw, source, check_name)
        guide_kind = reader.choice("guide_kind", GUIDE_KINDS)
        if guide_kind is None:  # which parts a guide has depends on its kind: nothing more can be checked
            reader.seen.update(str(key) for key in reader.raw)
            reader.close()
        assert guide_kind is not None
        values: dict[str, Any] = {}
        for key, (required, read) in _GUIDE_TABLES[guide_kind].items():
            models = []
            for path, traw in reader.tables(key, required=required):
                sub = reader.sub(path, traw)
                models.append(read(sub))
                sub.finish()
            values[key] = tuple(models)
        for key in _GUIDE_LISTS.get(guide_kind, ()):
            values[key] = reader.text_list(key)
        reader.close()
        return cls(**_head_kwargs(head), guide_kind=guide_kind, **values)

    def to_raw(self) -> dict[str, Any]:
        raw = _header_raw(self)
        raw["guide_kind"] = self.guide_kind
        for key in _GUIDE_TABLES[self.guide_kind]:
            tables = []
            for model in getattr(self, key):
                entry: dict[str, Any] = {}
                for name, value in _fields(model):
                    _put(entry, name, value)
                tables.append(entry)
            if tables:
                raw[key] = tables
        for key in _GUIDE_LISTS.get(self.guide_kind, ()):
            raw[key] = list(getattr(self, key))
        return raw

    def signature(self) -> tuple[Any, ...]:
        shape = tuple((key, len(getattr(self, key))) for key in _GUIDE_TABLES[self.guide_kind])
        lists = tuple((key, len(getattr(self, key))) for key in _GUIDE_LISTS.get(self.guide_kind, ()))
        verdicts = tuple(getattr(example, "verdict", None) for example in self.examples)
        seconds = tuple(part.seconds for part in self.parts)
        titled = tuple(getattr(example, "title", None) is not None for example in self.examples)
        return (self.guide_kind, shape, lists, verdicts, seconds, titled)

    def search_groups(self) -> list[tuple[str | None, str, list[str]]]:
        texts = [self.title, *self.red_flags]
        for group in (self.parts, self.examples, self.steps, self.criteria, self.phrases):
            for model in group:
                texts += [str(value) for _name, value in _fields(model) if isinstance(value, str)]
        return [(None, self.title, texts)]
