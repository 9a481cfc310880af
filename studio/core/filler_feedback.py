"""A user's filled-pause threshold, learnt from the marks they confirmed or rejected (pure: no I/O, no Qt).

The analysis gives every filled-pause candidate a confidence (0..1) and marks those at or over a threshold
(``studio.analysis.fillers.DEFAULT_THRESHOLD`` unless told otherwise). When the user clicks a mark and says
"yes, that was an uh" or "no, it was not", the verdict is stored with the mark's confidence, per voice and
language. This module turns those verdicts into the threshold for that user's next analyses:

* the threshold is the one that would have got the most verdicts right (a rejected mark under it, a confirmed
  one at or over it), with every 0.1 of distance from the default costing as much as one wrong verdict
  (``DISTANCE_COST``): one click moves it only a little way, a consistent habit moves it as far as needed;
  ties go to the value nearest the default;
* it stays within ``MIN_THRESHOLD``-``MAX_THRESHOLD``: never so low that every voiced sound is a filler, never
  so high that none can be.

Whether the count can be shown as more than an estimate is :func:`is_calibrated`: at least one confirmed mark.
"""

from __future__ import annotations

from collections.abc import Sequence

DEFAULT_THRESHOLD = 0.5  # the detector's default; studio.analysis.fillers.DEFAULT_THRESHOLD has the same value
MIN_THRESHOLD = 0.2
MAX_THRESHOLD = 0.95
DISTANCE_COST = 10.0  # wrong verdicts per unit of threshold distance from the default

Verdict = tuple[float, bool]  # (confidence of the mark, confirmed?)


def _errors(verdicts: Sequence[Verdict], threshold: float) -> int:
    return sum(1 for confidence, confirmed in verdicts if (confidence >= threshold) != confirmed)


def user_threshold(verdicts: Sequence[Verdict], default: float = DEFAULT_THRESHOLD) -> float:
    """The filled-pause threshold for a user from their verdicts.

    Args:
        verdicts: (confidence, confirmed) per mark the user judged, any order; confidences outside 0..1 are
            clipped.
        default: The detector's threshold without any verdict.

    Returns:
        A threshold within ``MIN_THRESHOLD``-``MAX_THRESHOLD``.
    """
    clean = [(min(1.0, max(0.0, float(c))), bool(ok)) for c, ok in verdicts]
    if not clean:
        return default
    levels = sorted({c for c, _ in clean})
    # Candidate thresholds: the default, and just over / at each judged confidence.
    options = {default, *levels, *(min(1.0, c + 1e-3) for c in levels)}
    best = min(options, key=lambda t: (_errors(clean, t) + DISTANCE_COST * abs(t - default), abs(t - default)))
    return round(min(MAX_THRESHOLD, max(MIN_THRESHOLD, best)), 3)


def is_calibrated(verdicts: Sequence[Verdict]) -> bool:
    """True once the user has confirmed at least one mark (the count is then theirs, not only an estimate)."""
    return any(bool(ok) for _, ok in verdicts)
