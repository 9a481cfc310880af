"""Every section of the three seed guides is covered by library items, in both languages.

``COVERAGE`` is the map from a guide's section (its heading, as written in the guide) to the items that carry its
facts; ``COACH`` lists what the library adds beyond the guides. A new guide section needs a line here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.content import Kind, Library, load_library
from studio.core.content import ChecklistTemplate, Exercise, Letter, QuestionSet

SEEDS = Path(__file__).resolve().parents[3].parent / "shared" / "seeds"
RU_GUIDE, HEADHUNTER, EMPLOYER_NEEDS = "002", "000", "001"

#: (seed, heading in the guide) -> items covering it: (kind, id) or (kind, id, nested id).
COVERAGE: dict[tuple[str, str], tuple[tuple[str, ...], ...]] = {
    (RU_GUIDE, "Анализ вакансии и компании: фундамент успеха"): (
        ("checklists", "vacancy_research"),
        ("exercises", "practice_vacancy_analysis"),
    ),
    (RU_GUIDE, "Подготовка презентации опыта: расскажите свою историю"): (
        ("checklists", "experience_story"),
        ("guides", "star_method"),
        ("exercises", "practice_star_stories"),
    ),
    (RU_GUIDE, "Отработка навыков самопрезентации: произведите впечатление"): (
        ("checklists", "self_presentation"),
        ("guides", "self_introduction"),
        ("questions", "self_presentation"),
        ("exercises", "practice_video_self_presentation"),
    ),
    (RU_GUIDE, "Внешний вид и эмоциональная подготовка"): (
        ("checklists", "appearance"),
        ("checklists", "keeping_calm"),
        ("exercises", "stress_interview_drill"),
    ),
    (RU_GUIDE, "Телефонное интервью/скрининг"): (("checklists", "phone_screen"), ("questions", "phone_screen")),
    (RU_GUIDE, "Личное собеседование с HR"): (("checklists", "hr_interview"), ("questions", "hr_interview")),
    (RU_GUIDE, "Практические задания и ролевые игры"): (
        ("checklists", "practical_tasks"),
        ("questions", "practical_tasks"),
        ("exercises", "roleplay_unhappy_customer"),
        ("exercises", "roleplay_refund_demand"),
        ("exercises", "roleplay_cancel_threat"),
        ("exercises", "roleplay_discount_request"),
        ("exercises", "roleplay_hard_technical_question"),
    ),
    (RU_GUIDE, "Встреча с руководителем"): (("checklists", "manager_meeting"), ("questions", "manager_meeting")),
    (RU_GUIDE, "Групповое собеседование (если применимо)"): (
        ("checklists", "group_interview"),
        ("questions", "group_interview"),
        ("exercises", "group_discussion"),
        ("exercises", "group_role_play"),
        ("exercises", "loyalty_group_task"),
    ),
    (RU_GUIDE, "Ответы о вашем клиентском опыте"): (
        ("questions", "manager_meeting", "hardest_customer_conflict"),
        ("questions", "practical_tasks", "resolved_conflict"),
    ),
    (RU_GUIDE, "Поведенческие вопросы и STAR-метод"): (("guides", "star_method"), ("questions", "hr_interview")),
    (RU_GUIDE, "Примеры формулировок и выражений"): (
        ("checklists", "soft_skill_phrases", "phrase_communication"),
        ("checklists", "soft_skill_phrases", "phrase_flexibility"),
    ),
    (RU_GUIDE, "Техники сохранения спокойствия"): (("checklists", "keeping_calm", "repeat_question"),),
    (RU_GUIDE, "Вопросы о мотивации и целях"): (("questions", "hr_interview", "career_goals"),),
    (RU_GUIDE, "Ролевые игры: оттачиваем навыки общения"): (
        ("checklists", "role_play"),
        ("exercises", "roleplay_new_client_sale"),
        ("exercises", "roleplay_partner_negotiation"),
        ("exercises", "roleplay_refund_demand"),
    ),
    (RU_GUIDE, "Письменный кейс"): (("exercises", "written_client_reply"), ("exercises", "support_requests_case")),
    (RU_GUIDE, "Групповые задания: работаем в команде, достигаем цели"): (
        ("checklists", "group_task"),
        ("exercises", "loyalty_group_task"),
    ),
    (RU_GUIDE, "Презентационные навыки: убеждаем, вдохновляем, мотивируем"): (
        ("checklists", "presentation"),
        ("exercises", "product_presentation"),
    ),
    (RU_GUIDE, "Обсуждение Оффера для Менеджера по Взаимодействию с Клиентами"): (
        ("checklists", "offer_review"),
        ("guides", "offer_evaluation"),
        ("questions", "offer"),
    ),
    (RU_GUIDE, "Follow-up После Финального Этапа: Поддержание Контакта"): (("letters", "follow_up_after_interview"),),
    (RU_GUIDE, "Принятие Решения: Взвешенный Выбор"): (
        ("checklists", "offer_decision"),
        ("letters", "accept_offer"),
        ("letters", "decline_offer"),
    ),
    (HEADHUNTER, "Step 2: Career Planning Problems and Guidance"): (
        ("guides", "headhunter_steps"),
        ("checklists", "headhunter_call"),
        ("questions", "headhunter_call"),
    ),
    (HEADHUNTER, "Step 3: Introduce the client company"): (("guides", "headhunter_steps"),),
    (HEADHUNTER, "Step 4: resume guidance and interview guidance"): (("guides", "headhunter_steps"),),
    (EMPLOYER_NEEDS, "It All Depends On How Well You Met the Employer’s Needs"): (
        ("guides", "employer_needs"),
        ("checklists", "employer_needs"),
    ),
}

#: What a career coach would add beyond the guides; every one is marked ``source = "coach"``.
COACH: tuple[tuple[str, str], ...] = (
    ("letters", "thank_you_after_interview"),
    ("letters", "nudge_after_silence"),
    ("letters", "feedback_after_rejection"),
    ("questions", "coach_hr_questions"),
    ("questions", "coach_hard_skills"),
    ("questions", "coach_questions_to_ask"),
    ("checklists", "offer_russia_checks"),
    ("checklists", "two_offers_counter_offer"),
    ("checklists", "video_interview"),
    ("exercises", "plan_30_60_90"),
)


@pytest.fixture(scope="module")
def library() -> Library:
    """The shipped library."""
    return load_library(strict=True)


def nested_ids(model: object) -> set[str]:
    if isinstance(model, ChecklistTemplate):
        return {item.id for item in model.items}
    if isinstance(model, QuestionSet):
        return {question.id for question in model.questions}
    if isinstance(model, Exercise):
        return {phase.id for phase in model.phases}
    return set()


def test_the_sections_named_are_the_guides_own() -> None:
    """Each heading in the map appears in its guide, so the map cannot drift from the guides."""
    if not SEEDS.is_dir():
        pytest.skip(f"the seed guides are not at {SEEDS}")
    texts = {path.name[:3]: path.read_text(encoding="utf-8") for path in SEEDS.glob("*.txt")}
    missing = [f"{seed}: {heading}" for seed, heading in COVERAGE if heading not in texts[seed]]
    assert missing == []


@pytest.mark.parametrize("section", list(COVERAGE), ids=[f"{s}:{h[:30]}" for s, h in COVERAGE])
def test_every_guide_section_is_covered_in_both_languages(library: Library, section: tuple[str, str]) -> None:
    """Each guide section has the items listed for it, in Russian and in English."""
    problems = []
    for ref in COVERAGE[section]:
        kind, item_id, *sub = ref
        for lang in ("ru", "en"):
            model = library.exact(Kind(kind), item_id, lang)
            if model is None:
                problems.append(f"{kind}/{item_id} missing in {lang}")
            elif sub and sub[0] not in nested_ids(model):
                problems.append(f"{kind}/{item_id}.{lang} has no '{sub[0]}'")
    assert problems == []


def test_coach_additions_are_present_and_marked(library: Library) -> None:
    """What goes beyond the guides exists in both languages and says so (source 'coach' and a tag)."""
    for kind, item_id in COACH:
        for lang in ("ru", "en"):
            model = library.exact(Kind(kind), item_id, lang)
            assert model is not None, f"{kind}/{item_id} missing in {lang}"
            assert model.source == "coach" and {"coach", "консультант"} & set(model.tags)


def test_runnable_practice_exercises_have_a_phase_to_write_in(library: Library) -> None:
    """The written reply and the guide's practice exercises run as ordinary timed exercises with notes phases."""
    for item_id in ("written_client_reply", "practice_star_stories", "practice_vacancy_analysis", "plan_30_60_90"):
        for lang in ("ru", "en"):
            model = library.exact(Kind.EXERCISES, item_id, lang)
            assert isinstance(model, Exercise) and len(model.phases) >= 3 and model.criteria


def test_thank_you_letters_are_distinct(library: Library) -> None:
    """The post-interview thank-you is its own letter, not the one written after an offer."""
    after_offer = library.exact(Kind.LETTERS, "follow_up_after_interview", "en")
    thank_you = library.exact(Kind.LETTERS, "thank_you_after_interview", "en")
    assert isinstance(after_offer, Letter) and isinstance(thank_you, Letter)
    assert "offer" in after_offer.body.lower() and "offer" not in thank_you.body.lower()
