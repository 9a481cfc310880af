"""A user's filled-pause threshold from their confirmed and rejected marks."""

from __future__ import annotations

import pytest

from studio.core.filler_feedback import (
    DEFAULT_THRESHOLD,
    MAX_THRESHOLD,
    MIN_THRESHOLD,
    is_calibrated,
    user_threshold,
)


def test_no_verdicts_keep_the_default() -> None:
    """Without any verdict the detector's default applies and the count is only an estimate."""
    assert user_threshold([]) == DEFAULT_THRESHOLD
    assert not is_calibrated([])


def test_one_click_moves_only_a_little() -> None:
    """A single rejection far above the default does not move the threshold; one just above it does."""
    assert user_threshold([(0.8, False)]) == DEFAULT_THRESHOLD
    assert user_threshold([(0.55, False)]) == pytest.approx(0.551)


def test_repeated_rejections_raise_the_threshold_over_them() -> None:
    """A habit of rejecting marks of one confidence hides such marks in the next analyses."""
    threshold = user_threshold([(0.8, False)] * 4)
    assert threshold > 0.8


def test_confirmations_lower_the_threshold_to_include_them() -> None:
    """Confirmed candidates under the default (shown as unsure) pull the threshold down to them."""
    threshold = user_threshold([(0.3, True), (0.32, True), (0.35, True)])
    assert threshold <= 0.3
    assert is_calibrated([(0.3, True)])


def test_mixed_verdicts_separate_rejected_from_confirmed() -> None:
    """Rejections at 0.6 and confirmations at 0.9 put the threshold between them."""
    threshold = user_threshold([(0.6, False), (0.9, True)] * 6)
    assert 0.6 < threshold <= 0.9


def test_threshold_stays_within_its_limits() -> None:
    """However extreme the verdicts, the threshold stays inside the allowed range."""
    assert user_threshold([(1.0, False)] * 50) <= MAX_THRESHOLD
    assert user_threshold([(0.0, True)] * 50) >= MIN_THRESHOLD
    assert is_calibrated([(0.0, True)]) and not is_calibrated([(0.9, False)] * 3)
