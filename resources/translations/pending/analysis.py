"""Russian for the delivery-analysis strings added with the honest filled-pause verdicts.

The verdict codes live in studio/core/delivery.py (English in VERDICT_CODES, used by the command line). The UI
translates verdicts by code in studio/ui/voice/analysis_view.py ``verdict_text()`` under the context "delivery";
these entries are the strings for the three new codes there (the UI owner adds the
``QCoreApplication.translate("delivery", ...)`` lines with exactly these sources), plus the label of the new
metric ``unsure_filled_pause_count``.
"""

RU = {
    # verdict code "fillers_estimate"
    (
        "delivery",
        "An estimate: the detector has not learnt your voice yet. Click the marks to confirm or reject them.",
    ): ("Это оценка: детектор ещё не знает ваш голос. Нажмите на отметки, чтобы подтвердить или отклонить их."),
    # verdict code "fillers_estimate_high"
    (
        "delivery",
        "Possibly many filled pauses (uh, um), an estimate: click the marks to confirm or reject them.",
    ): (
        "Возможно, много заполненных пауз («э-э», «м-м»); это оценка: нажмите на отметки, чтобы подтвердить "
        "или отклонить их."
    ),
    # verdict code "fillers_unsure"
    (
        "delivery",
        "No filled pause was certain enough to count, but some sounds might be: listen to check.",
    ): ("Ни одна заполненная пауза не определена уверенно, но некоторые звуки могут ими быть: прослушайте запись."),
    # metric label "unsure_filled_pause_count"
    ("delivery", "Possible filled pauses not marked"): "Возможные заполненные паузы без отметки",
}
