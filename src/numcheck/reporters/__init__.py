"""Reporters turn reports into text for a terminal, JSON for tools, and (later) SARIF, GitHub, HTML."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from numcheck.model import Report

Reporter = Callable[[Sequence[Report], Sequence[tuple[str, str]]], str]


def get_reporter(name: str, what: str = "findings") -> Reporter:
    """The reporter for a ``--format`` name; ``what`` is ``findings`` or ``quantities``."""
    if name == "json":
        from numcheck.reporters.json import render_findings, render_quantities
    elif name == "text":
        from numcheck.reporters.text import render_findings, render_quantities
    elif name == "sarif" and what == "findings":
        from numcheck.reporters.sarif import render_findings
    elif name == "github" and what == "findings":
        from numcheck.reporters.github import render_findings
    else:
        raise KeyError(name)
    return render_quantities if what == "quantities" else render_findings


FINDING_FORMATS = ("text", "json", "sarif", "github")
QUANTITY_FORMATS = ("text", "json")
