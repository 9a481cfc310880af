"""Translated labels for ids stored in the database (stages, kinds): one place, all through tr()."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def stage_label(stage: str) -> str:
    labels = {
        "headhunter_call": QCoreApplication.translate("labels", "Headhunter call"),
        "phone_screen": QCoreApplication.translate("labels", "Phone screening"),
        "hr_interview": QCoreApplication.translate("labels", "HR interview"),
        "practical_tasks": QCoreApplication.translate("labels", "Practical tasks"),
        "manager_meeting": QCoreApplication.translate("labels", "Meeting the manager"),
        "group_interview": QCoreApplication.translate("labels", "Group interview"),
        "case": QCoreApplication.translate("labels", "Case"),
        "presentation": QCoreApplication.translate("labels", "Presentation"),
        "offer": QCoreApplication.translate("labels", "Offer"),
        "other": QCoreApplication.translate("labels", "Other"),
    }
    return labels.get(stage, stage)
