"""Interrupted takes (a crash or power loss mid-recording), offered at launch: Recover, Discard or Later."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from studio.ui.context import StudioContext

log = logging.getLogger(__name__)


def offer_recovery(parent: QWidget, context: StudioContext, prompt_id: int | None) -> list[int]:
    """Ask about each interrupted take; returns the ids of the takes recovered (stored under ``prompt_id``).

    Discarded audio goes to the trash folder (emptied from the Voice menu), not straight away.
    """
    from studio.audio.recovery import discard, find_interrupted, recover
    from studio.ui.dialogs.ask import ask

    if context.store is None or not context.store.is_open:  # the window closed meanwhile
        return []
    try:
        found = find_interrupted(context.paths.data_dir)
    except Exception:
        log.exception("looking for interrupted takes failed")
        return []
    recovered_ids: list[int] = []
    for item in found:
        minutes = item.size_bytes / max(1, item.samplerate * item.channels * 2) / 60
        choice = ask(
            parent,
            QCoreApplication.translate("Recovery", "Interrupted recording"),
            QCoreApplication.translate(
                "Recovery", "A recording from %1 (about %2 min) was interrupted. Recover it as a take?"
            )
            .replace("%1", item.started_at or "?")
            .replace("%2", f"{minutes:.1f}"),
            [
                QCoreApplication.translate("Recovery", "Recover"),
                QCoreApplication.translate("Recovery", "Discard"),
                QCoreApplication.translate("Recovery", "Later"),
            ],
        )
        try:
            if choice == 0:
                recovered = recover(item)
                take = context.takes.store_result(
                    recovered,
                    prompt_id=prompt_id,
                    name=QCoreApplication.translate("Recovery", "Recovered take"),
                    source="recovered",
                )
                if take is None or take.id is None:
                    continue
                recovered_ids.append(take.id)
                context.messages.info(QCoreApplication.translate("Recovery", "The interrupted take was recovered."))
            elif choice == 1:
                trash = context.paths.trash_dir / "discarded"
                trash.mkdir(parents=True, exist_ok=True)
                if item.wav_path.exists():
                    item.wav_path.replace(trash / item.wav_path.name)
                discard(item)
        except Exception as exc:
            log.exception("recovery failed")
            context.messages.error(
                QCoreApplication.translate("Recovery", "The take could not be recovered: %1").replace("%1", str(exc))
            )
    return recovered_ids
