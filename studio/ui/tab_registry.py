"""Which page each tab shows once the store is open. Pages import their heavy modules lazily here."""

from __future__ import annotations

from studio.ui.main_window import TabFactory


def tab_factories() -> dict[str, TabFactory]:
    """Factories for the tabs whose pages exist; the others keep their plain notice."""
    factories: dict[str, TabFactory] = {}

    def voice(context, window):  # type: ignore[no-untyped-def]
        from studio.ui.voice.page import VoicePage

        return VoicePage(context, window)

    factories["voice"] = voice

    def exercises(context, window):  # type: ignore[no-untyped-def]
        from studio.ui.case.page import ExercisesPage

        return ExercisesPage(context, window)

    factories["exercises"] = exercises

    def checklists(context, window):  # type: ignore[no-untyped-def]
        from studio.ui.checklists import create_page

        return create_page(context, window)

    factories["checklists"] = checklists

    def library(context, window):  # type: ignore[no-untyped-def]
        from studio.ui.library import create_page

        return create_page(context, window)

    factories["library"] = library
    return factories
