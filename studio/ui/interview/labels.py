"""Translated labels for the ids the mock interview stores: competencies, self-check parts, stages, weak points."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studio.core.interview_drill import WeakPoint


def competency_label(competency: str) -> str:
    labels = {
        "client_focus": QCoreApplication.translate("InterviewLabels", "Client focus"),
        "conflict": QCoreApplication.translate("InterviewLabels", "Handling conflict"),
        "teamwork": QCoreApplication.translate("InterviewLabels", "Teamwork"),
        "stress": QCoreApplication.translate("InterviewLabels", "Working under stress"),
        "initiative": QCoreApplication.translate("InterviewLabels", "Initiative"),
        "results": QCoreApplication.translate("InterviewLabels", "Getting results"),
        "learning": QCoreApplication.translate("InterviewLabels", "Learning"),
    }
    return labels.get(competency, competency)


def self_check_label(part: str) -> str:
    labels = {
        "situation": QCoreApplication.translate("InterviewLabels", "Situation"),
        "task": QCoreApplication.translate("InterviewLabels", "Task"),
        "action": QCoreApplication.translate("InterviewLabels", "Action"),
        "result": QCoreApplication.translate("InterviewLabels", "Result"),
        "result_number": QCoreApplication.translate("InterviewLabels", "The result has a number"),
        "said_i": QCoreApplication.translate("InterviewLabels", 'I said "I", not "we"'),
        "metric": QCoreApplication.translate("InterviewLabels", "Metric"),
    }
    return labels.get(part, part)


def question_stage_label(stage: str) -> str:
    labels = {
        "phone_screen": QCoreApplication.translate("InterviewLabels", "Phone screening"),
        "hr_interview": QCoreApplication.translate("InterviewLabels", "HR interview"),
        "practical_tasks": QCoreApplication.translate("InterviewLabels", "Practical tasks"),
        "manager_meeting": QCoreApplication.translate("InterviewLabels", "Meeting the manager"),
        "group_interview": QCoreApplication.translate("InterviewLabels", "Group interview"),
        "headhunter_call": QCoreApplication.translate("InterviewLabels", "Headhunter call"),
        "offer": QCoreApplication.translate("InterviewLabels", "Offer"),
        "self_presentation": QCoreApplication.translate("InterviewLabels", "Self-presentation"),
    }
    return labels.get(stage, stage.replace("_", " "))


def weak_point_sentence(point: WeakPoint) -> str:
    """The weakest point of a session as one plain, translated sentence."""
    templates = {
        "over_limit": QCoreApplication.translate(
            "InterviewLabels",
            "%1 of %2 answers ran into the time limit: cut the situation short and get to the result.",
        ),
        "no_result": QCoreApplication.translate(
            "InterviewLabels", "%1 of %2 answers had no clear result: end every story with what changed."
        ),
        "no_number": QCoreApplication.translate(
            "InterviewLabels", "%1 of %2 results had no number: say how much, how many or how fast."
        ),
        "said_we": QCoreApplication.translate(
            "InterviewLabels", '%1 of %2 answers said "we" where the question asks about you: say "I".'
        ),
        "no_action": QCoreApplication.translate(
            "InterviewLabels", "%1 of %2 answers did not say what you did: make the action the longest part."
        ),
        "fillers": QCoreApplication.translate(
            "InterviewLabels",
            "%1 of %2 answers had many filled pauses (about %3 a minute): pause silently instead.",
        ),
        "long_pauses": QCoreApplication.translate(
            "InterviewLabels", "%1 of %2 answers had many long pauses: know your first sentence before you speak."
        ),
        "too_fast": QCoreApplication.translate(
            "InterviewLabels", "%1 of %2 answers were fast (about %3 words a minute): slow down and breathe."
        ),
        "too_slow": QCoreApplication.translate(
            "InterviewLabels", "%1 of %2 answers were slow (about %3 words a minute): tighten the story."
        ),
        "too_short": QCoreApplication.translate(
            "InterviewLabels", "%1 of %2 answers were very short: add the situation, what you did and the result."
        ),
        "no_situation": QCoreApplication.translate(
            "InterviewLabels", "%1 of %2 answers skipped the situation: set the scene in one sentence."
        ),
        "no_task": QCoreApplication.translate(
            "InterviewLabels", "%1 of %2 answers skipped the task: say what you had to achieve."
        ),
        "low_rating": QCoreApplication.translate(
            "InterviewLabels", "You rated %1 of %2 answers 2 or lower: try those questions again."
        ),
        "none": QCoreApplication.translate(
            "InterviewLabels", "No weak point stands out: keep practising with new questions."
        ),
        "no_answers": QCoreApplication.translate("InterviewLabels", "No answer was recorded in this session."),
    }
    text = templates.get(point.code, point.message)
    return text.replace("%1", str(point.count)).replace("%2", str(point.total)).replace("%3", f"{point.value:.0f}")


def clock_text(seconds: float) -> str:
    """m:ss for the answer clock and the tables."""
    whole = max(0, int(seconds + 0.5)) if seconds < 3600 else int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"
