"""Result objects shared by every stage: spans, sources, quantities, findings, reports.

All are frozen dataclasses. Offsets (``start``/``end``) are Unicode code points into the
decoded source file; ``line`` and ``column`` are 1-based, columns in code points. Stages work
on the document's *prose view*; ``prose_start``/``prose_end`` keep those coordinates for rules,
while the public coordinates are always the source ones.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class Severity(enum.IntEnum):
    """How serious a finding is; ordered so that ``ERROR > WARNING > INFO``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, name: str) -> Severity:
        try:
            return cls[name.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {name!r} (expected error, warning or info)") from None


class Kind(enum.StrEnum):
    """What a quantity measures."""

    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    PERCENTAGE_POINT = "percentage-point"
    PHYSICAL = "physical"
    RATE = "rate"
    DATE = "date"
    YEAR = "year"
    TIME = "time"
    AGE = "age"
    DURATION = "duration"
    ORDINAL = "ordinal"
    SCORE = "score"
    NUMBER = "number"  # a bare figure whose kind the context does not tell


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the source file: ``source_text[start:end] == text``."""

    start: int
    end: int
    line: int
    column: int
    text: str


@dataclass(frozen=True, slots=True)
class Source:
    """Who stated a figure: the article's narration, or a quoted/paraphrased speaker."""

    kind: str = "narration"  # narration | quote | paraphrase
    speaker: str | None = None
    outlet: str | None = None
    basis: str | None = None

    def describe(self) -> str:
        """Human form: ``George Barros (ISW analyst), to The Times``, ``according to Reuters``,
        ``unattributed quote`` or ``narration``."""
        if self.kind == "narration" and not self.speaker:
            return "narration"
        if self.speaker:
            parts = [self.speaker, f"to {self.outlet}"] if self.outlet else [self.speaker]
        elif self.outlet:
            parts = [f"according to {self.outlet}"]
        else:
            parts = ["unattributed quote" if self.kind == "quote" else "unnamed source"]
        if self.basis:
            parts.append(f"citing {self.basis}")
        return ", ".join(parts)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "speaker": self.speaker, "outlet": self.outlet}
        if self.basis:
            out["basis"] = self.basis
        return out


NARRATION = Source()


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure found in the text, with its interval, unit, kind and context.

    ``value`` is the figure as written (``None`` for vague amounts and ranges, whose
    meaning is the interval ``[low, high]``). ``unit`` is a pint unit name, an ISO currency
    code, ``percent``/``percentage_point``, or ``None`` for plain counts (the counted noun
    is in ``subject``). ``markers`` record modality and time qualifiers from the sentence
    ("hypothetical", "forecast", "initially", ...).
    """

    span: Span
    prose_start: int
    prose_end: int
    value: float | None
    low: float
    high: float
    kind: Kind
    unit: str | None = None
    hedge: str | None = None
    vague: bool = False
    is_range: bool = False
    per: str | None = None  # rate denominator: "month" in "15,000 a month"
    subject: str | None = None  # normalised counted noun: "troop"
    qualifiers: tuple[str, ...] = ()
    sentence: int = 0
    paragraph: int = 0
    source: Source = NARRATION
    markers: tuple[str, ...] = ()
    extra: tuple[tuple[str, Any], ...] = field(default=())  # kind-specific details (date parts, ...)

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @property
    def text(self) -> str:
        return self.span.text

    def detail(self, key: str, default: Any = None) -> Any:
        """Look up a kind-specific detail from ``extra``."""
        for k, v in self.extra:
            if k == key:
                return v
        return default

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.span.start,
            "end": self.span.end,
            "line": self.span.line,
            "column": self.span.column,
            "text": self.span.text,
            "value": _num(self.value),
            "low": _num(self.low),
            "high": _num(self.high),
            "unit": self.unit,
            "kind": str(self.kind),
            "hedge": self.hedge,
            "vague": self.vague,
            "range": self.is_range,
            "per": self.per,
            "subject": self.subject,
            "qualifiers": list(self.qualifiers),
            "sentence": self.sentence,
            "paragraph": self.paragraph,
            "source": {**self.source.to_json(), "markers": list(self.markers)},
        }


@dataclass(frozen=True, slots=True)
class Evidence:
    """One place a finding rests on: a figure (with its source) or a claim word."""

    span: Span
    role: str = "figure"  # figure | claim | context
    value: float | None = None
    unit: str | None = None
    source: Source = NARRATION
    markers: tuple[str, ...] = ()

    @classmethod
    def of(cls, q: Quantity, role: str = "figure") -> Evidence:
        value = q.value if q.value is not None else (q.low if q.low == q.high else None)
        return cls(q.span, role, value, q.unit, q.source, q.markers)

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.span.start,
            "end": self.span.end,
            "line": self.span.line,
            "column": self.span.column,
            "text": self.span.text,
            "role": self.role,
            "value": _num(self.value),
            "unit": self.unit,
            "source": {**self.source.to_json(), "markers": list(self.markers)},
        }


@dataclass(frozen=True, slots=True)
class Finding:
    """A rule's verdict on one inconsistency, with every place involved."""

    rule: str
    name: str
    severity: Severity
    message: str
    evidence: tuple[Evidence, ...]
    confidence: float = 1.0

    @property
    def span(self) -> Span:
        """The primary location: the first evidence item."""
        return self.evidence[0].span

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "name": self.name,
            "severity": str(self.severity),
            "message": self.message,
            "confidence": round(self.confidence, 3),
            "line": self.span.line,
            "column": self.span.column,
            "evidence": [e.to_json() for e in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class Report:
    """Everything numcheck found in one document."""

    path: str
    format: str
    title: str | None
    date: str | None
    findings: tuple[Finding, ...]
    quantities: tuple[Quantity, ...] = ()
    skipped: tuple[str, ...] = ()  # notes on checks that could not run (e.g. no publication date)

    def to_json(self, *, with_quantities: bool = False, with_findings: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": self.path,
            "format": self.format,
            "title": self.title,
            "date": self.date,
        }
        if with_findings:
            out["findings"] = [f.to_json() for f in self.findings]
        if with_quantities:
            out["quantities"] = [q.to_json() for q in self.quantities]
        if self.skipped:
            out["skipped"] = list(self.skipped)
        return out


def _num(x: float | None) -> float | int | None:
    """JSON number: integers without a trailing ``.0``; infinities as ``None``."""
    if x is None or x != x or x in (float("inf"), float("-inf")):
        return None
    if float(x).is_integer() and abs(x) < 2**53:
        return int(x)
    return round(float(x), 10)
