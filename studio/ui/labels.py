"""Translated labels for ids stored in the database (stages, kinds): one place, all through tr()."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def stage_label(stage: str) -> str:
    labels = {
        "headhunter_call": _t("Headhunter call"),
        "phone_screen": _t("Phone screening"),
        "hr_interview": _t("HR interview"),
        "practical_tasks": _t("Practical tasks"),
        "manager_meeting": _t("Meeting the manager"),
        "group_interview": _t("Group interview"),
        "case": _t("Case"),
        "presentation": _t("Presentation"),
        "offer": _t("Offer"),
        "other": _t("Other"),
    }
    return labels.get(stage, stage)
