"""Human output: ``path:line:col: NC101 [warning] message``, then each figure and who stated it."""

from __future__ import annotations

import math
from collections.abc import Sequence

from numcheck.model import Evidence, Quantity, Report


def _who(e: Evidence | Quantity) -> str:
    desc = e.source.describe()
    marks = ", ".join(e.markers)
    return f"{desc} ({marks})" if marks else desc


def render_findings(reports: Sequence[Report], errors: Sequence[tuple[str, str]]) -> str:
    lines: list[str] = []
    total = 0
    for r in reports:
        for f in r.findings:
            total += 1
            lines.append(f"{r.path}:{f.span.line}:{f.span.column}: {f.rule} [{f.severity}] {f.message} ({f.name})")
            for e in f.evidence:
                lines.append(f"    {e.span.line}:{e.span.column} {e.span.text!r} — {_who(e)}")
    files = len(reports)
    lines.append(
        f"{total} finding{'s' * (total != 1)} in {files} file{'s' * (files != 1)}"
        + (f", {len(errors)} error{'s' * (len(errors) != 1)}" if errors else "")
    )
    return "\n".join(lines) + "\n"


def _interval(q: Quantity) -> str:
    """``35``, ``[0, 5000]``, or for a date or time (no interval) its parts: ``year=2024 month=11 day=5``."""
    if q.value is not None and q.low == q.high:
        return f"{q.value:g}"
    if math.isinf(q.low) and math.isinf(q.high):
        return " ".join(f"{k}={v}" for k, v in q.extra) or "?"
    return f"[{q.low:g}, {q.high:g}]"


def render_quantities(reports: Sequence[Report], errors: Sequence[tuple[str, str]]) -> str:
    lines: list[str] = []
    for r in reports:
        for q in r.quantities:
            interval = _interval(q)
            unit = f" {q.unit}" if q.unit else ""
            subject = f" of {q.subject}" if q.subject else ""
            lines.append(f"{r.path}:{q.span.line}:{q.span.column}: {q.kind} {interval}{unit}{subject} {q.text!r} — {_who(q)}")
    return "\n".join(lines) + ("\n" if lines else "")
