"""GitHub Actions workflow annotations: ``::warning file=…,line=…,col=…,title=…::message``."""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.model import Report, Severity

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_findings(reports: Sequence[Report], errors: Sequence[tuple[str, str]]) -> str:
    lines = []
    for r in reports:
        for f in r.findings:
            last = f.evidence[-1].span
            props = f"file={_escape_property(r.path)},line={f.span.line},col={f.span.column},endLine={last.line}"
            title = _escape_property(f"{f.rule} {f.name}")
            who = "; ".join(f"{e.span.text} — {e.source.describe()} (line {e.span.line})" for e in f.evidence)
            lines.append(f"::{_COMMAND[f.severity]} {props},title={title}::{_escape_data(f'{f.message} [{who}]')}")
    for path, message in errors:
        lines.append(f"::error file={_escape_property(path)},title=numcheck::{_escape_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")
