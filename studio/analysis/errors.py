"""Exceptions of the analysis package."""

from __future__ import annotations


class AnalysisError(ValueError):
    """Audio could not be analysed (unreadable file, not audio, bad parameters); the message names the cause."""


class Cancelled(Exception):  # noqa: N818 - the name is the API the task runner expects
    """The caller's cancel check returned True; the analysis stopped early."""
