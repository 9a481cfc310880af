"""The review's words: the sentence of each verdict code and the coach's tip for it, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studio.core import delivery


def verdict_text(code: str) -> str:
    """The full sentence of a verdict code (compare views and the plain-text summary)."""
    texts = {
        "ok": QCoreApplication.translate("delivery", "Within the comfortable range."),
        "too_slow": QCoreApplication.translate(
            "delivery", "Slower than comfortable: keep the energy up and shorten hesitations."
        ),
        "too_fast": QCoreApplication.translate(
            "delivery", "Faster than comfortable: slow down and let key points land."
        ),
        "rushing": QCoreApplication.translate(
            "delivery", "You speed up towards the end: keep the pace steady to the last sentence."
        ),
        "monotone": QCoreApplication.translate(
            "delivery", "Little pitch variation: vary your intonation to stress key points."
        ),
        "too_many_fillers": QCoreApplication.translate(
            "delivery", "Many filled pauses (uh, um): pause silently instead."
        ),
        "long_pauses": QCoreApplication.translate(
            "delivery", "Several long pauses: prepare the structure so you keep the thread."
        ),
        "too_quiet": QCoreApplication.translate(
            "delivery", "The recording is very quiet: move closer to the microphone or raise the input level."
        ),
        "clipped": QCoreApplication.translate(
            "delivery", "The recording is distorted (clipped): lower the input level or move back."
        ),
        "noisy": QCoreApplication.translate(
            "delivery", "Background noise is high: find a quieter room or move closer to the microphone."
        ),
        "no_speech": QCoreApplication.translate("delivery", "No speech was found in the recording."),
        "few_pauses": QCoreApplication.translate(
            "delivery", "Hardly any pauses: stop for a breath after each key point."
        ),
        "many_pauses": QCoreApplication.translate(
            "delivery", "A large share of the time is silence: know the outline of your answer so the words come."
        ),
        "fillers_estimate": QCoreApplication.translate(
            "delivery",
            "An estimate: the detector has not learnt your voice yet. Click the marks to confirm or reject them.",
        ),
        "fillers_estimate_high": QCoreApplication.translate(
            "delivery",
            "Possibly many filled pauses (uh, um), an estimate: click the marks to confirm or reject them.",
        ),
        "fillers_unsure": QCoreApplication.translate(
            "delivery", "No filled pause was certain enough to count, but some sounds might be: listen to check."
        ),
    }
    return texts.get(code, delivery.VERDICT_CODES.get(code, code))


def tip_text(code: str, language: str) -> str:
    """One concrete tip (a key of ``delivery.TIP_CODES``) in the interface language; pace tips name the band."""
    if code in ("fillers_estimate", "fillers_estimate_high", "fillers_unsure"):
        return verdict_text(code)
    texts = {
        "keep_pace": QCoreApplication.translate(
            "delivery", "Easy to follow: keep this pace and pause after each key point."
        ),
        "slow_down": QCoreApplication.translate(
            "delivery", "Aim for %1–%2 words a minute. Pause after each key point."
        ),
        "speed_up": QCoreApplication.translate(
            "delivery", "Aim for %1–%2 words a minute: know your key points so the words come without searching."
        ),
        "keep_pauses": QCoreApplication.translate("delivery", "Your pauses give the listener time to follow."),
        "pause_after_points": QCoreApplication.translate(
            "delivery", "Stop for a breath after each key point: a short pause lets it land."
        ),
        "fewer_pauses": QCoreApplication.translate(
            "delivery", "Know the outline of your answer by heart so you do not stop to search for words."
        ),
        "kept_thread": QCoreApplication.translate(
            "delivery", "You kept the thread: an occasional long pause reads as emphasis."
        ),
        "gain_time": QCoreApplication.translate(
            "delivery", "Need time to think? Take a breath or repeat the question back, then go on."
        ),
        "keep_intonation": QCoreApplication.translate(
            "delivery", "Your voice rises and falls naturally; keep it that way."
        ),
        "stress_key_words": QCoreApplication.translate(
            "delivery", "Stress the key word of each sentence and let your voice drop at the end of a point."
        ),
        "few_fillers": QCoreApplication.translate("delivery", "Listeners will hardly notice them."),
        "pause_instead": QCoreApplication.translate(
            "delivery", "When you feel an “um” coming, pause silently instead."
        ),
        "steady_end": QCoreApplication.translate("delivery", "You kept an even pace to the last sentence."),
        "slow_last_sentence": QCoreApplication.translate(
            "delivery", "Slow down for your last sentence: it is the one they remember."
        ),
        "level_fine": QCoreApplication.translate("delivery", "Your voice is recorded at a good level."),
        "move_closer": QCoreApplication.translate(
            "delivery", "Move closer to the microphone or raise the input level."
        ),
        "clear_recording": QCoreApplication.translate("delivery", "Your voice stands out clearly from the room."),
        "quiet_room": QCoreApplication.translate("delivery", "Find a quieter room or move closer to the microphone."),
        "back_off": QCoreApplication.translate("delivery", "Lower the input level or move back from the microphone."),
        "check_microphone": QCoreApplication.translate(
            "delivery", "Check that the right microphone is chosen and not muted, then record again."
        ),
        "right_length": QCoreApplication.translate("delivery", "A good length: it leaves the interviewer time to ask."),
        "intro_cut": QCoreApplication.translate(
            "delivery",
            "Keep to the guide's five parts: who you are, experience, one result with a number, why this role, "
            "your goal.",
        ),
        "intro_add": QCoreApplication.translate(
            "delivery", "Add one result with a number and say why this role interests you."
        ),
        "answer_cut": QCoreApplication.translate(
            "delivery", "Keep to one example: the situation, what you did, the result."
        ),
        "answer_add": QCoreApplication.translate("delivery", "Add a concrete example and its result."),
    }
    text = texts.get(code, delivery.TIP_CODES.get(code, code))
    if code in ("slow_down", "speed_up"):
        low, high = delivery.WPM_BANDS.get(language, delivery.WPM_BANDS["en"])
        text = text.replace("%1", f"{low:.0f}").replace("%2", f"{high:.0f}")
    return text
