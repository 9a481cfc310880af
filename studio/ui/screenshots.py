"""The one walk through the studio: demo data and every view worth a look, in order.

``--screenshot DIR`` (``Shell.screenshot``) grabs the views marked ``docs`` into ``DIR/<view>.png`` (English) and
``DIR/<view>.<lang>.png`` (other languages); tests/gui/ui_tour.py walks every view to check its text, and
scripts/ui_audit.py prints what it finds. A screenshot of an empty studio shows nothing, so the tour first fills a
fresh data folder (never the user's own) through the studio's own services: two interviews, two analysed takes of
the self-introduction, a finished mock interview with stories, a half-ticked checklist, a finished and a running
exercise attempt. The data is what a person of the interface language would type: Russian names in Russian.

``DemoTour(shell).views()`` is the ordered list; ``show(view)`` puts the studio into that view and returns the
widget to look at (the window, or the dialog that view opened), or None after recording why in ``problems``;
``leave()`` closes the dialogs a view opened; ``close()`` ends the running attempt.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QPoint
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

SIZE = (1280, 800)  # every screenshot: a common laptop window
DEMO_MICROPHONE = "Built-in Audio Analog Stereo"  # what PulseAudio calls a laptop's own microphone
# The written-reply exercise shown running (the first one the library has).
WRITTEN_EXERCISES = ("reply_to_client", "written_client_reply")
LIBRARY_KINDS = ("questions", "exercises", "checklists", "letters", "guides")
INTERVIEW_VIEWS = ("interview-setup", "interview-answer", "interview-summary", "interview-stories")
_FAILED = object()  # what a step that raised returns
TAKE_SECONDS = (72.0, 64.0)  # two self-introductions a little short of the 90-second target

# What the user types, in the interface language.
DATA: dict[str, dict[str, str]] = {
    "en": {
        "company": "Northwind Telecom",
        "role": "Client relations manager",
        "company2": "Blue Harbor Bank",
        "role2": "Key account manager",
        "take": "Self-introduction, take %1",
        "script": (
            "• Who I am: client relations manager, 5 years in telecom\n"
            "• Experience: 120 key accounts, complaints desk lead\n"
            "• Achievement: renewals up from 78 % to 90 % in a year\n"
            "• Why this role: long-term relationships, not one-off sales\n"
            "• Goal: grow into leading a client team"
        ),
        "read_notes": (
            "- 3rd late delivery this month, 40 people without water on Tuesday\n"
            "- she wants: delivery on Monday before 10:00 as in the contract + a recalculation\n"
            "- fear: being ignored again; ready to change supplier\n"
            "- can promise: permanent driver from next week, credit up to 20 %, extra delivery today"
        ),
        "reply": (
            "Subject: Late water deliveries — what we have changed and your credit for November\n\n"
            "Dear Olga Sergeevna,\n\n"
            "Thank you for writing to me directly. You are right: three times this month your bottles came a day "
            "late, and on Tuesday forty of your colleagues were left without water until lunchtime. I am sorry — "
            "that is our failure, not the driver's.\n\n"
            "The delays came from a change of driver on the Monday route. From next Monday the route has a "
            "permanent driver again, and I will check the first two deliveries myself.\n\n"
            "For this month we will credit 20 % of your bill. "
        ),
    },
    "ru": {
        "company": "Северный Телеком",
        "role": "Менеджер по работе с клиентами",
        "company2": "Банк «Синяя гавань»",
        "role2": "Менеджер по ключевым клиентам",
        "take": "Самопрезентация, дубль %1",
        "script": (
            "• Кто я: менеджер по работе с клиентами, 5 лет в телекоме\n"
            "• Опыт: 120 ключевых клиентов, руководство отделом претензий\n"
            "• Достижение: продления выросли с 78 % до 90 % за год\n"
            "• Почему эта роль: долгосрочные отношения, а не разовые продажи\n"
            "• Цель: вырасти до руководителя клиентской команды"
        ),
        "read_notes": (
            "- третья задержка за месяц, во вторник 40 человек без воды\n"
            "- хочет: доставку по понедельникам до 10:00, как в договоре, и перерасчёт\n"
            "- боится, что её снова не услышат; готова сменить поставщика\n"
            "- могу обещать: постоянный водитель со следующей недели, скидка до 20 %, доп. доставка сегодня"
        ),
        "reply": (
            "Тема: Задержки доставки воды — что мы изменили и перерасчёт за ноябрь\n\n"
            "Уважаемая Ольга Сергеевна!\n\n"
            "Спасибо, что написали мне напрямую. Вы правы: в этом месяце бутыли трижды приезжали на день позже, "
            "а во вторник сорок ваших коллег до обеда остались без воды. Приношу извинения — это наша ошибка, а "
            "не водителя.\n\n"
            "Задержки начались из-за смены водителя на понедельничном маршруте. Со следующего понедельника на "
            "маршруте снова постоянный водитель, и первые две доставки я проконтролирую лично.\n\n"
            "За этот месяц мы вернём 20 % суммы счёта. "
        ),
    },
}


@dataclass(frozen=True)
class View:
    """One state of the studio worth a look.

    Attributes:
        name: File stem of its screenshot (``voice-review`` → ``voice-review.png``).
        show: Puts the studio into this state; returns the dialog it opened, or None when the window shows it.
        dialog: The view is a dialog over the window.
        docs: ``--screenshot`` renders it for the documentation (the others are for the text checks only).
        needs_data: Shown on the filled studio (the welcome views come before the demo data).
    """

    name: str
    show: Callable[[], QWidget | None]
    dialog: bool = False
    docs: bool = True
    needs_data: bool = True


def settle() -> None:
    """Let layouts, deferred slots and repaints run (three times: a layout pass can post another)."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def install_demo_audio(context: Any, microphone: str = DEMO_MICROPHONE) -> None:
    """A microphone and speakers that need no hardware: the pages show a studio ready to record and play, not
    "no microphone found". Call before the store opens (the pages read the devices when they are built)."""
    from studio.audio.player import FakeOutputStream, Player
    from studio.audio.sources import FakeSource

    context.audio.source_factory = lambda _name: FakeSource(
        samplerate=16000, blocksize=160, signal="sine", amplitude=0.3, device_name=microphone
    )
    context.audio.player_factory = lambda _name: Player(
        stream_factory=lambda **kw: FakeOutputStream(**kw), blocksize=256
    )
    context.audio.input_devices = lambda: [microphone]


def demo_speech(seconds: float = 40.0, rate: int = 16000, seed: int = 7) -> Any:
    """A speech-like signal for screenshots: voiced 'syllables' with a gliding pitch, grouped into phrases."""
    import numpy as np

    rng = np.random.default_rng(seed)
    out = np.zeros(int(seconds * rate), dtype=np.float32)
    t = 0.3
    while t < seconds - 1.0:
        phrase_end = min(seconds - 0.5, t + rng.uniform(2.0, 5.0))
        while t < phrase_end:
            dur = rng.uniform(0.12, 0.25)
            n = int(dur * rate)
            i0 = int(t * rate)
            tt = np.arange(n) / rate
            f0 = rng.uniform(110, 170) * (1 + 0.15 * np.sin(2 * np.pi * 2 * tt))
            phase = 2 * np.pi * np.cumsum(f0) / rate
            voice = sum(np.sin(k * phase) / k for k in range(1, 6))
            env = np.sin(np.pi * np.arange(n) / n) ** 2 * rng.uniform(0.25, 0.6)
            out[i0 : i0 + n] += (voice * env).astype(np.float32)[: len(out) - i0]
            t += dur + rng.uniform(0.02, 0.08)
        t += rng.uniform(0.4, 1.6)
    out += rng.normal(0, 0.003, len(out)).astype(np.float32)
    return np.clip(out, -1, 1)


def over_window(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window, dimmed, with the dialog drawn over its middle and outlined, as a screen shows a dialog (offscreen,
    a grab of the window leaves the dialog out, and the dialog has no frame of its own)."""
    picture = window.grab()
    front = dialog.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))
    offset = QPoint(max(0, (picture.width() - front.width()) // 2), max(0, (picture.height() - front.height()) // 2))
    painter.drawPixmap(offset, front)
    painter.setPen(QColor(0, 0, 0, 140))
    painter.drawRect(offset.x() - 1, offset.y() - 1, front.width() + 1, front.height() + 1)
    painter.end()
    return picture


class DemoTour:
    """The demo data and views of one studio (its store open, its window shown), in the interface language."""

    def __init__(
        self, shell: Any, size: tuple[int, int] = SIZE, take_seconds: tuple[float, ...] = TAKE_SECONDS
    ) -> None:
        self.shell = shell
        self.size = size
        self.window = shell.window
        self.context = shell.context
        self.lang = shell.context.language
        self.data = DATA.get(self.lang, DATA["en"])
        self.take_seconds = take_seconds
        self.problems: list[tuple[str, str]] = []  # (where, what went wrong) while filling or opening a view
        self.filled = False
        self.main_interview: int | None = None
        self.take_ids: list[int] = []
        self.run_id: int | None = None
        self.attempt_id: int | None = None
        self.dialogs: list[QWidget] = []
        self._interview_views: dict[str, Callable[[], None]] = {}

    # ----- the list --------------------------------------------------------------------------------------------
    def views(self) -> list[View]:
        """Every view, in the order a person would come across them."""
        views = [
            View("welcome", self._welcome, needs_data=False),
            View("welcome-plan", self._welcome_plan, needs_data=False),
            View("voice", self._voice),
            View("voice-review", self._voice_review),
            View("compare", self._compare, dialog=True),
            *(View(name, self._interview_view(name)) for name in INTERVIEW_VIEWS),
            View("exercises", self._exercise_start),
            View("exercise-debrief", self._exercise_debrief),
            View("exercise-run", self._exercise_run),
            View("checklists", self._checklists),
            View("library", self._library),
            *(View(f"library-{kind}", self._library_item(kind), docs=False) for kind in LIBRARY_KINDS),
            View("settings", self._settings, dialog=True),
            View("new-interview", lambda: self._interview_dialog(None), dialog=True, docs=False),
            View("edit-interview", lambda: self._interview_dialog(self.main_interview), dialog=True, docs=False),
        ]
        return views

    def show(self, view: View) -> QWidget | None:
        """Put the studio into ``view`` (filling it first if the view needs data); the widget to look at, or None
        when the view could not be shown (why is in ``problems``)."""
        if view.needs_data and not self.filled:
            self.fill()
        self.window.resize(*self.size)
        shown = self._attempt(f"view {view.name}", view.show)
        if shown is _FAILED:
            return None
        settle()
        root = shown if isinstance(shown, QWidget) else self.window
        if not root.isVisible():
            self._problem(f"view {view.name}", f"{type(root).__name__} is not shown")
            return None
        root.grab()  # paint once, as the screen would: item views finish their delayed row layout when painted
        settle()
        return root

    def leave(self) -> None:
        """Close the dialogs the last view opened."""
        for dialog in self.dialogs:
            dialog.close()
            dialog.deleteLater()
        self.dialogs = []
        settle()

    def close(self) -> None:
        """Close the dialogs and finish the running exercise attempt (so closing the window asks nothing)."""
        self.leave()
        page = self.window.page("exercises")
        if page is not None and getattr(page, "runner", None) is not None and page.runner.active:
            self._attempt("close: running attempt", page.finish)

    # ----- helpers ---------------------------------------------------------------------------------------------
    def _problem(self, where: str, detail: str) -> None:
        self.problems.append((where, detail))

    def _attempt(self, where: str, action: Callable[[], Any]) -> Any:
        """Run a step; a failure is recorded (the view it feeds is then missing), not a crash of the walk."""
        try:
            return action()
        except Exception as exc:
            log.exception("%s failed", where)
            last = traceback.extract_tb(exc.__traceback__)[-1]
            self._problem(where, f"{type(exc).__name__}: {exc} ({Path(last.filename).name}:{last.lineno})")
            return _FAILED

    def _page(self, key: str) -> Any:
        page = self.window.page(key)
        if page is None:
            raise RuntimeError(f"the {key} tab is not installed")
        return page

    def _wait(self) -> None:
        self.context.runner.wait_all(120000)
        settle()

    @staticmethod
    def _expect(opened: object, what: str) -> None:
        if not opened:
            raise RuntimeError(f"the navigator did not open the {what}")

    def _soon(self, days: int) -> datetime:
        local = datetime.now().astimezone().replace(hour=10, minute=0, second=0, microsecond=0)
        return local + timedelta(days=days)

    # ----- data ------------------------------------------------------------------------------------------------
    def fill(self) -> None:
        """Interviews, two analysed takes of the self-introduction with a script, a half-ticked checklist run, a
        finished exercise attempt, and the mock interview's finished session and stories."""
        self.filled = True
        self.window.show_tab("voice")
        self._attempt("data: interviews", self._add_interviews)
        self._attempt("data: takes", self._add_takes)
        self._attempt("data: checklist run", self._add_checklist_run)
        self._attempt("data: exercise attempt", self._add_attempt)
        if self.window.page("interview") is not None:
            self._attempt("data: mock interview", self._add_mock_interview)
        self._wait()

    def _add_interviews(self) -> None:
        from studio.core.interviews import InterviewDraft

        panel = self.window.interviews
        if panel.repository is not None and not panel.repository.list():
            panel.add_interview(
                InterviewDraft(self.data["company2"], self.data["role2"], self._soon(1), "phone_screen")
            )
        self.main_interview = panel.add_interview(
            InterviewDraft(self.data["company"], self.data["role"], self._soon(3), "hr_interview")
        )

    def _add_takes(self) -> None:
        import soundfile as sf

        from studio.audio.recorder import EndReason, TakeResult, new_take_path

        page = self._page("voice")
        page.script_edit.setPlainText(self.data["script"])
        page.save_script()
        prompt_id = page.prompt_combo.currentData()
        for index, seconds in enumerate(self.take_seconds):
            path = new_take_path(self.context.paths.data_dir)
            path.parent.mkdir(parents=True, exist_ok=True)
            signal = demo_speech(seconds, seed=7 + index)
            sf.write(str(path), signal, 16000, subtype="PCM_16")
            result = TakeResult(path, None, len(signal), 16000, 1, DEMO_MICROPHONE, (), EndReason.USER)
            take = self.context.takes.store_result(
                result,
                prompt_id=prompt_id,
                interview_id=self.main_interview,
                name=self.data["take"].replace("%1", str(index + 1)),
            )
            if take is None or take.id is None:
                raise RuntimeError("the take was not stored")
            self.take_ids.append(int(take.id))
            self._wait()  # one analysis at a time: a new one may cancel the running one
        if self.take_ids:
            self.context.takes.update(self.take_ids[0], rating=3)
            self.context.takes.update(self.take_ids[-1], rating=4)

    def _add_checklist_run(self) -> None:
        library = self.context.library.current
        if library is None:
            raise RuntimeError("the content library is not loaded")
        templates = library.checklists(self.lang, "hr_interview") or library.checklists(self.lang)
        if not templates:
            raise RuntimeError(f"no checklist in {self.lang!r} in the library")
        self.run_id = self.window.start_checklist(templates[0].id, self.lang, self.main_interview)
        if self.run_id is None:
            raise RuntimeError(f"the checklist {templates[0].id!r} did not start")
        from studio.store.checklists import ChecklistRepository

        repo = ChecklistRepository(self.context.store)
        items = repo.items(self.run_id)
        for row in items[: len(items) // 2]:
            if row.id is not None:
                repo.set_checked(row.id, True)

    def _add_attempt(self) -> None:
        from studio.ui.exercises.demo import add_finished_attempt

        self.attempt_id = add_finished_attempt(self.shell)

    def _add_mock_interview(self) -> None:
        from studio.ui.interview.demo import prepare_demo, screenshot_views

        prepare_demo(self.shell)
        self._interview_views = dict(screenshot_views(self.shell))

    # ----- the views -------------------------------------------------------------------------------------------
    def _welcome(self) -> None:
        if not self.window.offer_welcome(force=True):
            raise RuntimeError("the welcome view was not offered")

    def _welcome_plan(self) -> None:
        welcome = self.window.welcome
        if welcome is None:
            raise RuntimeError("the welcome view is not there")
        welcome.company.setText(self.data["company2"])
        welcome.role.setText(self.data["role2"])
        welcome.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(self._soon(1).timestamp())))
        index = welcome.stage.findData("phone_screen")
        if index >= 0:
            welcome.stage.setCurrentIndex(index)
        if not welcome.make_plan():
            raise RuntimeError("the welcome view made no plan")

    def _voice(self) -> None:
        if not self.take_ids:
            raise RuntimeError("no demo takes")
        self._expect(self.window.open_take(self.take_ids[-1]), "take")

    def _voice_review(self) -> None:
        from studio.ui.voice.review_cards import ReviewCard

        if not self.take_ids:
            raise RuntimeError("no demo takes")
        self._expect(self.window.open_take(self.take_ids[0]), "take")
        settle()
        cards = [card for card in self._page("voice").review.findChildren(ReviewCard) if card.isVisible()]
        if cards:  # one card opened, to show what Details holds
            min(cards, key=lambda card: card.y()).details_button.setChecked(True)

    def _compare(self) -> QWidget:
        page = self._page("voice")
        self.window.show_tab("voice")
        tree = page.takes
        tree.clearSelection()
        listed = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        for item in listed[:2]:
            item.setSelected(True)
        settle()
        dialog: QWidget | None = page.compare_selected()
        if dialog is None:
            raise RuntimeError(f"no compare dialog for {len(listed)} listed takes")
        self.dialogs.append(dialog)
        return dialog

    def _interview_view(self, name: str) -> Callable[[], None]:
        def show() -> None:
            self._page("interview")
            action = self._interview_views.get(name)
            if action is None:
                raise RuntimeError(f"the Interview tab offers no view {name!r}")
            action()

        return show

    def _written_exercise(self) -> str:
        library = self.context.library.current
        for exercise_id in WRITTEN_EXERCISES:
            if library is not None and library.find("exercises", exercise_id, self.lang) is not None:
                return exercise_id
        raise RuntimeError(f"none of the exercises {WRITTEN_EXERCISES} is in the library in {self.lang!r}")

    def _exercise_start(self) -> None:
        self._expect(self.window.start_exercise(self._written_exercise(), self.lang), "exercise")

    def _exercise_debrief(self) -> None:
        if self.attempt_id is None:
            raise RuntimeError("no finished exercise attempt")
        self._expect(self.window.open_attempt(self.attempt_id), "attempt")

    def _exercise_run(self) -> None:
        """The written reply seven minutes into its writing phase, the reading notes and a half-written draft
        saved: played on a fake clock, then restored on the real one as after a restart."""
        from studio.core.clock import FakeClock
        from studio.core.exercise import Session

        exercise_id = self._written_exercise()
        self._expect(self.window.start_exercise(exercise_id, self.lang), "exercise")
        page = self._page("exercises")
        plan = page.current_plan()
        if plan is None:
            raise RuntimeError(f"no plan for the exercise {exercise_id!r}")
        spent = [plan.phases[0].seconds, 420.0][: len(plan.phases)]
        clock = FakeClock(monotonic=0.0, wall=time.time() - sum(spent))
        session = Session(plan, clock)
        session.start()
        for index, seconds in enumerate(spent):
            left = seconds
            while left > 0:  # in steps: a long silent jump would read as the machine having slept
                step = min(10.0, left)
                clock.advance(step)
                session.due_events()
                left -= step
            if index + 1 < len(spent):
                session.next_phase()
        title = page.exercise.title if page.exercise is not None else exercise_id
        row = page.repo.create(exercise_id, page.lang, title, session.to_state(), self.main_interview)
        notes = (self.data["read_notes"], self.data["reply"])
        for phase, text in zip(plan.phases, notes, strict=False):
            page.repo.save_note(row.id, phase.id, text)
        page.resume_attempt(row.id, Session.restore(page.repo.state(row.id), page.clock))

    def _checklists(self) -> None:
        if self.run_id is None:
            raise RuntimeError("no checklist run")
        self._expect(self.window.open_checklist_run(self.run_id), "checklist run")

    def _library(self) -> None:
        from studio.ui.library import prepare_library_demo

        self.window.show_tab("library")
        prepare_library_demo(self.shell)

    def _library_item(self, kind: str) -> Callable[[], None]:
        def show() -> None:
            library = self.context.library.current
            items = library.items(kind, self.lang) if library is not None else []
            if not items:
                raise RuntimeError(f"no {kind} in {self.lang!r} in the library")
            self.window.show_tab("library")
            self._expect(self._page("library").select_item(kind, items[0].id), f"library item {kind}")

        return show

    def _settings(self) -> QWidget:
        from studio.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.shell, self.window)
        dialog.show()
        self.dialogs.append(dialog)
        return dialog

    def _interview_dialog(self, interview_id: int | None) -> QWidget:
        from studio.store.interviews import InterviewRepository
        from studio.ui.dialogs.interview_dialog import InterviewDialog

        row = InterviewRepository(self.context.store).get(interview_id) if interview_id is not None else None
        dialog = InterviewDialog(self.window, row)
        dialog.show()
        self.dialogs.append(dialog)
        return dialog
