"""The mock-interview drill and the STAR story bank, as pure domain logic (no Qt, no I/O).

A drill walks through a list of questions. Each question goes ``think`` (a countdown) → ``answer`` (recorded
against a limit) → ``review`` (self-check); ``skip`` leaves a question without an answer, ``retry`` answers the same
question again, and the whole drill can be paused and ended. Every deadline is a reading of an injected
:class:`~studio.core.clock.Clock`, so the UI only repaints: it never counts timer ticks, and tests move a fake clock.

The module also holds what the summary and the story bank need: the competency list, the self-check fields, the
"weakest point" rule (one plain sentence, chosen from measured delivery and the self-checks), story coverage of a
stage's questions, and the Markdown of the session summary and of the interview-day one-pager. Texts that the user
reads come in as labels from the UI (translated there); this module never chooses a language.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from studio.core.clock import Clock
from studio.core.delivery import MAX_FILLED_PAUSES_PER_MIN, MAX_LONG_PAUSES_PER_MIN, WPM_BANDS

# ----- settings ------------------------------------------------------------------------------------------------

DEFAULT_COUNT = 5
MAX_COUNT = 100
DEFAULT_THINK_S = 20
THINK_RANGE: tuple[int, int] = (0, 120)
DEFAULT_LIMIT_S = 120
LIMIT_RANGE: tuple[int, int] = (30, 300)
#: The story drill ("practise this story") answers against this limit.
STORY_LIMIT_S = 120
#: The answer clock turns amber at this share of the limit and red at the limit.
AMBER_SHARE = 0.75
ORDERS: tuple[str, ...] = ("listed", "shuffled")

#: Competencies a story can show; ids are stored, the UI translates the labels.
COMPETENCIES: tuple[str, ...] = (
    "client_focus",
    "conflict",
    "teamwork",
    "stress",
    "initiative",
    "results",
    "learning",
)

#: What the user ticks after an answer: the four STAR parts, a number in the result, "I" rather than "we".
STAR_PARTS: tuple[str, ...] = ("situation", "task", "action", "result")
SELF_CHECK_FIELDS: tuple[str, ...] = (*STAR_PARTS, "result_number", "said_i")

#: Interview stages (``studio.core.interviews.STAGES``) that have a question set of the same id.
QUESTION_STAGE_OF_INTERVIEW: dict[str, str] = {
    "headhunter_call": "headhunter_call",
    "phone_screen": "phone_screen",
    "hr_interview": "hr_interview",
    "practical_tasks": "practical_tasks",
    "manager_meeting": "manager_meeting",
    "group_interview": "group_interview",
    "offer": "offer",
}


class DrillError(ValueError):
    """A drill setting or transition is not valid; the message names the setting or the state."""


@dataclass(frozen=True)
class DrillSettings:
    """How a drill runs.

    Attributes:
        count: How many questions to take from the chosen ones.
        order: ``listed`` (as chosen) or ``shuffled``.
        think_s: Think time before each answer (0 = answer at once).
        limit_s: Answer limit.
        lang: Language of the questions and of the delivery analysis.
    """

    count: int = DEFAULT_COUNT
    order: str = "listed"
    think_s: int = DEFAULT_THINK_S
    limit_s: int = DEFAULT_LIMIT_S
    lang: str = "en"

    def validated(self) -> DrillSettings:
        """Return self, or raise DrillError naming the first setting out of range."""
        if not 1 <= self.count <= MAX_COUNT:
            raise DrillError(f"count must be 1-{MAX_COUNT}, got {self.count}")
        if self.order not in ORDERS:
            raise DrillError(f"order must be one of {', '.join(ORDERS)}, got {self.order!r}")
        if not THINK_RANGE[0] <= self.think_s <= THINK_RANGE[1]:
            raise DrillError(f"think time must be {THINK_RANGE[0]}-{THINK_RANGE[1]} s, got {self.think_s}")
        if not LIMIT_RANGE[0] <= self.limit_s <= LIMIT_RANGE[1]:
            raise DrillError(f"answer limit must be {LIMIT_RANGE[0]}-{LIMIT_RANGE[1]} s, got {self.limit_s}")
        if self.lang not in ("en", "ru"):
            raise DrillError(f"language must be en or ru, got {self.lang!r}")
        return self

    def to_dict(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "order": self.order,
            "think_s": self.think_s,
            "limit_s": self.limit_s,
            "lang": self.lang,
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> DrillSettings:
        """Read settings saved by :meth:`to_dict`; missing or damaged values fall back to the defaults."""
        base = cls()
        values: dict[str, Any] = {}
        for name in ("count", "think_s", "limit_s"):
            value = raw.get(name)
            if isinstance(value, int) and not isinstance(value, bool):
                values[name] = value
        for name in ("order", "lang"):
            value = raw.get(name)
            if isinstance(value, str):
                values[name] = value
        try:
            return replace(base, **values).validated()
        except DrillError:
            return base


def pick_questions(candidates: Sequence[str], settings: DrillSettings, rng: random.Random | None = None) -> list[str]:
    """The question ids a drill asks: duplicates dropped, shuffled when asked, at most ``count``."""
    unique = list(dict.fromkeys(candidates))
    if settings.order == "shuffled":
        (rng or random.Random()).shuffle(unique)
    return unique[: settings.count]


# ----- the drill -----------------------------------------------------------------------------------------------

THINK = "think"
ANSWER = "answer"
REVIEW = "review"
FINISHED = "finished"
PHASES: tuple[str, ...] = (THINK, ANSWER, REVIEW, FINISHED)

# Outcomes per question.
ANSWERED = "answered"
SKIPPED = "skipped"


@dataclass(frozen=True)
class Transition:
    """What a drill call changed, for the UI to act on (start or stop the recorder, show the review).

    Attributes:
        before: The phase before the call.
        after: The phase after it.
        index: The question index after it.
        reason: Why an answer ended: ``user``, ``limit``, ``skip``, ``end`` ("" when no answer ended).
    """

    before: str
    after: str
    index: int
    reason: str = ""

    @property
    def answer_started(self) -> bool:
        return self.after == ANSWER and self.before != ANSWER

    @property
    def answer_ended(self) -> bool:
        return self.before == ANSWER and self.after != ANSWER


class Drill:
    """A mock-interview session on a clock: think → answer → review per question, with skip, pause and end.

    Args:
        question_ids: The questions, in the order they are asked (at least one).
        settings: Think time, limit and language.
        clock: Where time comes from.
    """

    def __init__(self, question_ids: Sequence[str], settings: DrillSettings, clock: Clock) -> None:
        if not question_ids:
            raise DrillError("a drill needs at least one question")
        self.question_ids: tuple[str, ...] = tuple(question_ids)
        self.settings = settings.validated()
        self.clock = clock
        self.index = 0
        self.phase = THINK
        self.outcomes: dict[int, str] = {}
        self.started = False
        self._deadline: float | None = None  # end of the think countdown or of the answer limit
        self._answer_started: float | None = None
        self._paused_at: float | None = None
        self._answer_elapsed_at_end = 0.0

    # ----- reading -----------------------------------------------------------------------------------------
    @property
    def question_id(self) -> str:
        return self.question_ids[self.index]

    @property
    def total(self) -> int:
        return len(self.question_ids)

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    @property
    def is_last(self) -> bool:
        return self.index >= self.total - 1

    def _now(self) -> float:
        return self._paused_at if self._paused_at is not None else self.clock.monotonic()

    def think_remaining(self) -> float:
        """Seconds left to think (0 outside the think phase)."""
        if self.phase != THINK or self._deadline is None:
            return 0.0
        return max(0.0, self._deadline - self._now())

    def answer_elapsed(self) -> float:
        """Seconds spent answering the current question (frozen while paused and after the answer ended)."""
        if self.phase == ANSWER and self._answer_started is not None:
            return max(0.0, self._now() - self._answer_started)
        return self._answer_elapsed_at_end if self.phase == REVIEW else 0.0

    def answer_level(self) -> str:
        """``normal``, ``amber`` (from 75 % of the limit) or ``red`` (at the limit) for the answer clock."""
        return answer_level(self.answer_elapsed(), self.settings.limit_s)

    def next_deadline_in(self) -> float | None:
        """Seconds until the next automatic change (None when nothing happens by itself), for a precise timer."""
        if self.paused or self._deadline is None or self.phase not in (THINK, ANSWER):
            return None
        return max(0.0, self._deadline - self.clock.monotonic())

    # ----- transitions -------------------------------------------------------------------------------------
    def start(self) -> Transition:
        """Show the first question and start its think countdown (or its answer when think time is 0)."""
        if self.started:
            raise DrillError("the drill has already started")
        self.started = True
        return self._enter_question(0, THINK)

    def _enter_question(self, index: int, before: str, reason: str = "") -> Transition:
        self.index = index
        if self.settings.think_s > 0:
            self.phase = THINK
            self._deadline = self.clock.monotonic() + self.settings.think_s
            self._answer_started = None
        else:
            self._begin_answer()
        return Transition(before, self.phase, self.index, reason)

    def _begin_answer(self) -> None:
        now = self.clock.monotonic()
        self.phase = ANSWER
        self._answer_started = now
        self._deadline = now + self.settings.limit_s

    def _end_answer(self) -> None:
        self._answer_elapsed_at_end = min(self.answer_elapsed(), float(self.settings.limit_s))
        self.phase = REVIEW
        self._deadline = None
        self._answer_started = None
        self.outcomes[self.index] = ANSWERED

    def _require(self, *phases: str) -> None:
        if not self.started:
            raise DrillError("the drill has not started")
        if self.phase not in phases:
            raise DrillError(f"not possible while the drill is in its {self.phase} phase")
        if self.paused:
            raise DrillError("the drill is paused")

    def tick(self) -> Transition | None:
        """Apply what the clock says: the think countdown ran out, or the answer reached its limit."""
        if not self.started or self.paused or self._deadline is None:
            return None
        if self.clock.monotonic() < self._deadline:
            return None
        if self.phase == THINK:
            self._begin_answer()
            return Transition(THINK, ANSWER, self.index)
        if self.phase == ANSWER:
            self._end_answer()
            return Transition(ANSWER, REVIEW, self.index, "limit")
        return None

    def answer_now(self) -> Transition:
        """Stop thinking and start the answer (the R key)."""
        self._require(THINK)
        self._begin_answer()
        return Transition(THINK, ANSWER, self.index)

    def end_answer(self) -> Transition:
        """End the answer early (Space or Enter)."""
        self._require(ANSWER)
        self._end_answer()
        return Transition(ANSWER, REVIEW, self.index, "user")

    def retry(self) -> Transition:
        """Answer the same question again, at once ("try again")."""
        self._require(REVIEW)
        self._begin_answer()
        return Transition(REVIEW, ANSWER, self.index, "retry")

    def skip(self) -> Transition:
        """Leave the current question (an answer in progress is ended and kept) and go to the next one."""
        self._require(THINK, ANSWER, REVIEW)
        before = self.phase
        if before == ANSWER:
            self._end_answer()
        elif before == THINK:
            self.outcomes.setdefault(self.index, SKIPPED)
        return self._advance(before, "skip")

    def next(self) -> Transition:
        """Go on from the review to the next question (or finish after the last one)."""
        self._require(REVIEW)
        return self._advance(REVIEW, "")

    def _advance(self, before: str, reason: str) -> Transition:
        if self.is_last:
            self.phase = FINISHED
            self._deadline = None
            return Transition(before, FINISHED, self.index, reason)
        return self._enter_question(self.index + 1, before, reason)

    def pause(self) -> None:
        """Stop the clock of the whole session (think countdown and answer clock alike)."""
        if self.started and not self.paused and self.phase in (THINK, ANSWER):
            self._paused_at = self.clock.monotonic()

    def resume(self) -> None:
        """Continue after :meth:`pause`; the paused time counts for nothing."""
        if self._paused_at is None:
            return
        gap = self.clock.monotonic() - self._paused_at
        self._paused_at = None
        if self._deadline is not None:
            self._deadline += gap
        if self._answer_started is not None:
            self._answer_started += gap

    def end(self) -> Transition:
        """End the whole session now (an answer in progress is ended and kept)."""
        before = self.phase
        if self.paused:
            self.resume()
        if before == ANSWER:
            self._end_answer()
        self.phase = FINISHED
        self._deadline = None
        return Transition(before, FINISHED, self.index, "end" if before == ANSWER else "")

    # ----- persistence -------------------------------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        """A JSON-able picture of where the drill is (deadlines are not kept: a resume starts the question anew)."""
        return {
            "version": 1,
            "question_ids": list(self.question_ids),
            "settings": self.settings.to_dict(),
            "index": self.index,
            "phase": self.phase,
            "started": self.started,
            "outcomes": {str(k): v for k, v in self.outcomes.items()},
        }

    @classmethod
    def restore(cls, snapshot: Mapping[str, Any], clock: Clock) -> Drill:
        """Rebuild a drill after a restart, paused at the question it was on.

        A question that was being thought about or answered starts again from its think countdown (the answer
        recorded so far is kept by the store); a reviewed one is shown for review again.

        Raises:
            DrillError: The snapshot is not one this module wrote.
        """
        try:
            ids = [str(q) for q in snapshot["question_ids"]]
            settings = DrillSettings.from_dict(snapshot.get("settings") or {})
            index = int(snapshot.get("index", 0))
            phase = str(snapshot.get("phase", THINK))
            outcomes = {int(k): str(v) for k, v in dict(snapshot.get("outcomes") or {}).items()}
        except (KeyError, TypeError, ValueError) as exc:
            raise DrillError(f"the saved mock-interview state is unreadable: {exc}") from exc
        drill = cls(ids, settings, clock)
        drill.outcomes = {k: v for k, v in outcomes.items() if 0 <= k < drill.total}
        drill.started = bool(snapshot.get("started", True))
        drill.index = min(max(index, 0), drill.total - 1)
        if phase == FINISHED:
            drill.phase = FINISHED
            return drill
        if not drill.started:
            return drill
        if phase == REVIEW:
            drill.phase = REVIEW
            return drill
        drill._enter_question(drill.index, THINK)
        drill.pause()
        return drill


def answer_level(elapsed: float, limit_s: float) -> str:
    """``normal`` below 75 % of the limit, ``amber`` from there, ``red`` at or over it."""
    if limit_s <= 0 or elapsed >= limit_s:
        return "red"
    return "amber" if elapsed >= AMBER_SHARE * limit_s else "normal"


# ----- self-check ----------------------------------------------------------------------------------------------


def self_check_from_json(raw: object) -> dict[str, bool]:
    """The self-check ticks from stored JSON data; unknown keys are dropped, missing ones are False."""
    data = raw if isinstance(raw, Mapping) else {}
    return {name: bool(data.get(name, False)) for name in SELF_CHECK_FIELDS}


def clamp_rating(value: object) -> int:
    """A self-rating 1-5, or 0 for "not rated"."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return 0
    return int(value) if 1 <= value <= 5 else 0


# ----- the weakest point ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerFacts:
    """What the summary knows about one answer.

    Attributes:
        question_id: Content id.
        duration_s: Length of the recording.
        limit_s: The answer limit it ran against.
        wpm: Pace (None before the analysis, or without speech).
        long_pauses_per_min: Long pauses a minute (None when unknown).
        fillers_per_min: Filled pauses a minute (None when unknown).
        self_check: The ticks (see :data:`SELF_CHECK_FIELDS`).
        rating: Self-rating 1-5, 0 when not rated.
    """

    question_id: str
    duration_s: float
    limit_s: float
    wpm: float | None = None
    long_pauses_per_min: float | None = None
    fillers_per_min: float | None = None
    self_check: Mapping[str, bool] = field(default_factory=dict)
    rating: int = 0


@dataclass(frozen=True)
class WeakPoint:
    """The one thing to work on, as a code the UI turns into a sentence.

    Attributes:
        code: See :data:`WEAK_POINT_MESSAGES`.
        count: How many answers show it.
        total: How many answers were judged.
        value: A typical figure for the sentence (median pace, fillers a minute, …); 0 when none.
    """

    code: str
    count: int
    total: int
    value: float = 0.0

    @property
    def message(self) -> str:
        """English sentence (logs, tests); the UI translates by ``code``."""
        return (
            WEAK_POINT_MESSAGES[self.code]
            .replace("{count}", str(self.count))
            .replace("{total}", str(self.total))
            .replace("{value}", f"{self.value:.0f}")
        )


#: English wording of each weak point, in the order ties are broken (most important first).
WEAK_POINT_MESSAGES: dict[str, str] = {
    "over_limit": "{count} of {total} answers ran into the time limit: cut the situation short and get to the result.",
    "no_result": "{count} of {total} answers had no clear result: end every story with what changed.",
    "no_number": "{count} of {total} results had no number: say how much, how many or how fast.",
    "said_we": '{count} of {total} answers said "we" where the question asks about you: say "I".',
    "no_action": "{count} of {total} answers did not say what you did: make the action the longest part.",
    "fillers": "{count} of {total} answers had many filled pauses (about {value} a minute): pause silently instead.",
    "long_pauses": "{count} of {total} answers had many long pauses: know your first sentence before you speak.",
    "too_fast": "{count} of {total} answers were fast (about {value} words a minute): slow down and breathe.",
    "too_slow": "{count} of {total} answers were slow (about {value} words a minute): tighten the story.",
    "too_short": "{count} of {total} answers were very short: add the situation, what you did and the result.",
    "no_situation": "{count} of {total} answers skipped the situation: set the scene in one sentence.",
    "no_task": "{count} of {total} answers skipped the task: say what you had to achieve.",
    "low_rating": "You rated {count} of {total} answers 2 or lower: try those questions again.",
    "none": "No weak point stands out: keep practising with new questions.",
    "no_answers": "No answer was recorded in this session.",
}

#: An answer shorter than this share of its limit is "very short".
SHORT_SHARE = 0.25


def _median(values: Iterable[float]) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def weakest_point(answers: Sequence[AnswerFacts], lang: str) -> WeakPoint:
    """The weakness shown by the most answers; ties go to the one listed first in :data:`WEAK_POINT_MESSAGES`.

    Only the self-check parts the user ticked at least once in the session count as "checked": an untouched
    self-check says nothing about the answer, so a session without any ticks is judged on delivery alone.
    """
    total = len(answers)
    if total == 0:
        return WeakPoint("no_answers", 0, 0)
    low, high = WPM_BANDS.get(lang, WPM_BANDS["en"])
    checked = any(any(a.self_check.values()) for a in answers)
    found: dict[str, tuple[int, float]] = {}

    def add(code: str, hits: list[AnswerFacts], value: float = 0.0) -> None:
        if hits:
            found[code] = (len(hits), value)

    add("over_limit", [a for a in answers if a.limit_s > 0 and a.duration_s >= a.limit_s - 0.5])
    if checked:
        for code, part in (
            ("no_result", "result"),
            ("said_we", "said_i"),
            ("no_action", "action"),
            ("no_situation", "situation"),
            ("no_task", "task"),
        ):
            add(code, [a for a in answers if not a.self_check.get(part, False)])
        add("no_number", [a for a in answers if a.self_check.get("result") and not a.self_check.get("result_number")])
    fillers = [a for a in answers if a.fillers_per_min is not None and a.fillers_per_min > MAX_FILLED_PAUSES_PER_MIN]
    add("fillers", fillers, _median(a.fillers_per_min or 0.0 for a in fillers))
    add(
        "long_pauses",
        [a for a in answers if a.long_pauses_per_min is not None and a.long_pauses_per_min > MAX_LONG_PAUSES_PER_MIN],
    )
    fast = [a for a in answers if a.wpm is not None and a.wpm > high]
    add("too_fast", fast, _median(a.wpm or 0.0 for a in fast))
    slow = [a for a in answers if a.wpm is not None and 0 < a.wpm < low]
    add("too_slow", slow, _median(a.wpm or 0.0 for a in slow))
    add("too_short", [a for a in answers if a.limit_s > 0 and a.duration_s < SHORT_SHARE * a.limit_s])
    add("low_rating", [a for a in answers if 0 < a.rating <= 2])
    if not found:
        return WeakPoint("none", 0, total)
    order = list(WEAK_POINT_MESSAGES)
    code = max(found, key=lambda c: (found[c][0], -order.index(c)))
    count, value = found[code]
    return WeakPoint(code, count, total, value)


# ----- history -------------------------------------------------------------------------------------------------


def trend_direction(values: Sequence[float]) -> str:
    """``up``, ``down`` or ``same``: the last value against the mean of the earlier ones (needs two values)."""
    if len(values) < 2:
        return "same"
    earlier = sum(values[:-1]) / (len(values) - 1)
    last = values[-1]
    scale = max(abs(earlier), 1e-9)
    if abs(last - earlier) / scale < 0.05:
        return "same"
    return "up" if last > earlier else "down"


# ----- stories -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoryDraft:
    """A STAR story as the user writes it.

    Attributes:
        title: A short name ("CRM roll-out").
        situation: S.
        task: T.
        action: A.
        result: R.
        metric: The figure the result rests on ("CRM use 20 % → 85 %").
        metric_how: How that figure was calculated.
        competencies: Ids from :data:`COMPETENCIES`.
        question_ids: The questions the story answers.
    """

    title: str
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    metric: str = ""
    metric_how: str = ""
    competencies: tuple[str, ...] = ()
    question_ids: tuple[str, ...] = ()

    def validated(self) -> StoryDraft:
        """Trimmed texts, known competencies only (in list order), no duplicate questions.

        Raises:
            DrillError: The title is empty.
        """
        title = self.title.strip()
        if not title:
            raise DrillError("a story needs a title")
        known = [c for c in COMPETENCIES if c in set(self.competencies)]
        return replace(
            self,
            title=title[:300],
            situation=self.situation.strip(),
            task=self.task.strip(),
            action=self.action.strip(),
            result=self.result.strip(),
            metric=self.metric.strip(),
            metric_how=self.metric_how.strip(),
            competencies=tuple(known),
            question_ids=tuple(dict.fromkeys(q for q in self.question_ids if q)),
        )

    def outline(self) -> list[tuple[str, str]]:
        """The STAR parts that have text, as (part id, text), for the prompter."""
        parts = [(name, getattr(self, name)) for name in STAR_PARTS]
        if self.metric:
            parts.append(("metric", self.metric))
        return [(name, text) for name, text in parts if text]


@dataclass(frozen=True)
class Coverage:
    """Which questions of a stage and which competencies no story covers yet.

    Attributes:
        uncovered_questions: Question ids of the stage without a linked story, in the stage's order.
        covered_questions: Question ids with at least one story.
        uncovered_competencies: Competency ids no story shows, in :data:`COMPETENCIES` order.
    """

    uncovered_questions: tuple[str, ...]
    covered_questions: tuple[str, ...]
    uncovered_competencies: tuple[str, ...]


def coverage(stage_question_ids: Sequence[str], stories: Iterable[StoryDraft]) -> Coverage:
    """Coverage of a stage's questions and of every competency by the user's stories."""
    story_list = list(stories)
    linked = {q for s in story_list for q in s.question_ids}
    shown = {c for s in story_list for c in s.competencies}
    ids = list(dict.fromkeys(stage_question_ids))
    return Coverage(
        uncovered_questions=tuple(q for q in ids if q not in linked),
        covered_questions=tuple(q for q in ids if q in linked),
        uncovered_competencies=tuple(c for c in COMPETENCIES if c not in shown),
    )


# ----- Markdown ------------------------------------------------------------------------------------------------


def _md_cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _md_text(text: str) -> str:
    return " ".join(str(text).split())


@dataclass(frozen=True)
class SummaryRow:
    """One answer in the summary table (texts already formatted by the UI)."""

    question: str
    time: str
    pace: str
    pauses: str
    fillers: str
    rating: str


def summary_markdown(
    title: str,
    meta: Sequence[str],
    headers: Sequence[str],
    rows: Sequence[SummaryRow],
    weakest_heading: str,
    weakest: str,
) -> str:
    """The session summary as Markdown: a title, meta lines, the answers table and the weakest point."""
    lines = [f"# {_md_text(title)}", ""]
    lines += [f"{_md_text(line)}  " for line in meta if line]
    if meta:
        lines.append("")
    lines.append("| " + " | ".join(_md_cell(h) for h in headers) + " |")
    lines.append("|" + "|".join("---" for _ in headers) + "|")
    for row in rows:
        cells = (row.question, row.time, row.pace, row.pauses, row.fillers, row.rating)
        lines.append("| " + " | ".join(_md_cell(c) for c in cells) + " |")
    lines += ["", f"## {_md_text(weakest_heading)}", "", _md_text(weakest), ""]
    return "\n".join(lines)


@dataclass(frozen=True)
class OnePagerLabels:
    """Translated headings of the interview-day one-pager."""

    title: str
    stories: str
    situation: str
    task: str
    action: str
    result: str
    metric: str
    metric_how: str
    competencies: str
    ask: str
    open_items: str
    nothing: str


def one_pager_markdown(
    labels: OnePagerLabels,
    subtitle: str,
    stories: Sequence[tuple[StoryDraft, str]],
    ask_employer: Sequence[str],
    open_items: Sequence[tuple[str, Sequence[str]]],
) -> str:
    """The interview-day one-pager: stories in short form, questions for the employer, open checklist items.

    Args:
        labels: Headings.
        subtitle: The interview (company, role, date) or "" when none is chosen.
        stories: (story, its competencies as one translated line).
        ask_employer: The questions the user plans to ask.
        open_items: (checklist run title, its unticked items).
    """
    lines = [f"# {_md_text(labels.title)}", ""]
    if subtitle:
        lines += [_md_text(subtitle), ""]
    lines += [f"## {_md_text(labels.stories)}", ""]
    if not stories:
        lines += [f"_{_md_text(labels.nothing)}_", ""]
    for story, competencies in stories:
        lines += [f"### {_md_text(story.title)}", ""]
        for label, text in (
            (labels.situation, story.situation),
            (labels.task, story.task),
            (labels.action, story.action),
            (labels.result, story.result),
            (labels.metric, story.metric),
            (labels.metric_how, story.metric_how),
            (labels.competencies, competencies),
        ):
            if text:
                lines.append(f"- **{_md_text(label)}:** {_md_text(text)}")
        lines.append("")
    lines += [f"## {_md_text(labels.ask)}", ""]
    asks = [q for q in (_md_text(a) for a in ask_employer) if q]
    lines += [f"{n}. {q}" for n, q in enumerate(asks, 1)] or [f"_{_md_text(labels.nothing)}_"]
    lines += ["", f"## {_md_text(labels.open_items)}", ""]
    runs = [(title, [i for i in items if i.strip()]) for title, items in open_items]
    runs = [(title, items) for title, items in runs if items]
    if not runs:
        lines += [f"_{_md_text(labels.nothing)}_", ""]
    for title, items in runs:
        lines += [f"### {_md_text(title)}", ""]
        lines += [f"- [ ] {_md_text(item)}" for item in items]
        lines.append("")
    return "\n".join(lines)
