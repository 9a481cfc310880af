"""Command line: ``interview-studio analyze FILE [--lang ru|en] [--json]``.

Prints the delivery report of an audio file, either readable (metrics with their verdicts, warnings about the
input, pauses and filled pauses with their confidence) or as the report's JSON.
Exit codes: 0 done, 1 the file could not be analysed (message on stderr names the file), 2 bad arguments.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

from studio.analysis.errors import AnalysisError
from studio.analysis.pipeline import analyze_file
from studio.analysis.report import DeliveryReport
from studio.core.delivery import LANGUAGES, VERDICT_CODES, judge, metric_info
from studio.native_stderr import captured_native_stderr

if TYPE_CHECKING:
    from _typeshed import SupportsWrite


class _Parser(argparse.ArgumentParser):
    """argparse that reports errors through our stderr and exit code 2 instead of exiting the process."""

    def __init__(self, stdout: TextIO, stderr: TextIO, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._stdout = stdout
        self._stderr = stderr

    def print_help(self, file: SupportsWrite[str] | None = None) -> None:
        super().print_help(file if file is not None else self._stdout)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(self._stderr)
        raise _ArgsError(f"{self.prog}: error: {message}")

    def exit(self, status: int = 0, message: str | None = None) -> None:  # type: ignore[override]
        if message:
            self._stderr.write(message)
        raise _ExitRequestError(status)


class _ArgsError(Exception):
    pass


class _ExitRequestError(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def _build_parser(stdout: TextIO, stderr: TextIO) -> _Parser:
    parser = _Parser(stdout, stderr, prog="interview-studio analyze", description="Delivery analysis of an audio file.")
    parser.add_argument("file", help="audio file: WAV, FLAC, OGG or MP3, any rate and channel count")
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="language spoken (default: en)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--filler-threshold",
        type=float,
        default=None,
        metavar="0..1",
        help="confidence a filled pause needs to be marked (default: the detector's)",
    )
    return parser


def _format_value(metric_id: str, value: float | None) -> str:
    if value is None:
        return "n/a"
    unit = metric_info(metric_id).unit
    if metric_id in ("pause_share", "voiced_share", "clipping_share"):
        return f"{value * 100:.1f} %"
    if metric_id in ("pause_count", "long_pause_count", "syllables", "filled_pause_count", "unsure_filled_pause_count"):
        return f"{value:.0f}"
    return f"{value:.2f} {unit}".rstrip()


def format_report(report: DeliveryReport, name: str) -> str:
    """Readable text of a report: metrics, verdicts, pauses and filled pauses."""
    lines = [
        f"Delivery report: {name}",
        f"language {report.language}, {report.duration_s:.1f} s, "
        f"{report.rate} Hz, {report.channels} channel(s), analysis version {report.analysis_version}",
    ]
    lines.extend(f"Warning: {warning}" for warning in report.warnings)
    lines.append("")
    verdicts = {v.metric: v for v in judge(report.metrics, report.language)}
    for metric_id, value in report.metrics.items():
        label = metric_info(metric_id).label
        line = f"  {label:<26}{_format_value(metric_id, value):>14}"
        verdict = verdicts.get(metric_id)
        if verdict is not None:
            line += f"   [{verdict.code}]"
        lines.append(line)
    problems = [v for v in verdicts.values() if v.code != "ok"]
    lines.append("")
    if problems:
        lines.append("Advice:")
        lines.extend(f"  - {VERDICT_CODES[v.code]}" for v in problems)
    else:
        lines.append("Advice: everything measured is within the comfortable range.")
    if report.pauses:
        lines.append("")
        lines.append(
            "Pauses (s): " + ", ".join(f"{p.start:.2f}-{p.end:.2f}{' long' if p.long else ''}" for p in report.pauses)
        )
    if report.filled_pauses:
        lines.append(
            "Filled pauses (s, confidence): "
            + ", ".join(f"{f.start:.2f}-{f.end:.2f} ({f.confidence:.2f})" for f in report.filled_pauses)
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str], stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run ``analyze FILE [--lang ru|en] [--json]``.

    Args:
        argv: Arguments after the program name; a leading "analyze" is accepted and skipped.
        stdout: Where the report goes (default ``sys.stdout``).
        stderr: Where errors go (default ``sys.stderr``).

    Returns:
        0 on success, 1 when the file cannot be analysed, 2 on bad arguments.
    """
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    args_list = list(argv)
    if args_list and args_list[0] == "analyze":
        args_list = args_list[1:]
    parser = _build_parser(out, err)
    try:
        args = parser.parse_args(args_list)
    except _ArgsError as exc:
        err.write(f"{exc}\n")
        return 2
    except _ExitRequestError as exc:  # --help
        return exc.status
    try:
        if args.filler_threshold is not None and not 0.0 <= args.filler_threshold <= 1.0:
            raise AnalysisError(f"--filler-threshold must be within 0..1, got {args.filler_threshold}")
        with captured_native_stderr() as noise:  # libmpg123 writes straight to descriptor 2
            report = analyze_file(args.file, args.lang, filler_threshold=args.filler_threshold)
    except AnalysisError as exc:
        err.write(f"interview-studio analyze: {exc}\n")
        return 1
    if noise:
        err.write(f"interview-studio analyze: the decoder reported {len(noise)} problem(s), first: {noise[0]}\n")
    out.write(report.to_json() + "\n" if args.json else format_report(report, args.file))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))
