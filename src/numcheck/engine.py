"""Runs the stages on one document: text → extract → claims → rules → suppress. No I/O."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from numcheck.config import Config
from numcheck.errors import UsageError
from numcheck.model import Finding, Quantity, Report
from numcheck.rules.base import Rule
from numcheck.source.document import SourceDocument
from numcheck.suppress import apply_suppressions
from numcheck.text.context import TextContext

T = TypeVar("T")


@dataclass(frozen=True)
class Analysis:
    """A document with its text layer and quantities; claims are computed once, on demand."""

    doc: SourceDocument
    text: TextContext
    quantities: tuple[Quantity, ...]
    date: dt.date | None = None
    _memo: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    def claim(self, builder: Callable[[Analysis], T]) -> T:
        """The claims a builder derives from this analysis, computed once and shared by rules."""
        if builder not in self._memo:
            self._memo[builder] = builder(self)
        return self._memo[builder]

    def sentence_text(self, index: int) -> str:
        s = self.text.sentences[index]
        return self.doc.prose[s.start : s.end]


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """An ISO date (a datetime's date part is taken); ``None`` stays ``None``."""
    if value is None or isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise UsageError(f"invalid date {value!r} (expected YYYY-MM-DD)") from None


def analyse(doc: SourceDocument, date: str | dt.date | None = None) -> Analysis:
    """Run the text and extraction stages."""
    from numcheck.extract import extract_quantities
    from numcheck.text import analyse_text

    text = analyse_text(doc)
    quantities = tuple(extract_quantities(doc, text))
    return Analysis(doc, text, quantities, parse_date(date or doc.date))


def instantiate(config: Config) -> list[Rule]:
    """The configured rules, with their severities and options."""
    from numcheck.rules.registry import select

    return [r(config.severity.get(r.code), **config.options.get(r.code, {})) for r in select(config.select, config.ignore)]


def run_rules(analysis: Analysis, rules: list[Rule]) -> tuple[list[Finding], list[str]]:
    """Findings of every rule, in document order, and notes on rules skipped."""
    findings: list[Finding] = []
    skipped: list[str] = []
    for rule in rules:
        if rule.needs_date and analysis.date is None:
            skipped.append(f"{rule.code} {rule.name}: no publication date (use --date or front matter)")
            continue
        findings.extend(rule.check(analysis))
    findings.sort(key=lambda f: (f.span.start, f.rule, f.message))
    return findings, skipped


def check_document(doc: SourceDocument, config: Config | None = None, date: str | dt.date | None = None) -> Report:
    """Everything numcheck finds in one document."""
    config = config or Config()
    analysis = analyse(doc, date or config.date)
    findings, skipped = run_rules(analysis, instantiate(config))
    findings = [f for f in apply_suppressions(doc, findings) if f.severity >= config.min_severity]
    when = analysis.date.isoformat() if analysis.date else None
    return Report(doc.path, doc.format, doc.title, when, tuple(findings), analysis.quantities, tuple(skipped))
