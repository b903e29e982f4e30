"""In-document suppression, by physical source line, in the style of markdownlint.

Directives (in an HTML/Markdown comment ``<!-- … -->``, or alone on a line in plain text)::

    numcheck-disable-next-line [CODES]   the next line
    numcheck-disable-line [CODES]        this line
    numcheck-disable [CODES]             from here until numcheck-enable (or the end)
    numcheck-enable [CODES]
    numcheck-disable-file [CODES]        the whole file

CODES are rule codes, prefixes or names separated by spaces or commas; none means every rule.
A finding is suppressed when one of its evidence spans stands on a line disabled for its rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from numcheck.model import Finding
from numcheck.source.document import SourceDocument

DIRECTIVE = re.compile(
    r"numcheck-(?P<verb>disable-next-line|disable-line|disable-file|disable|enable)\b(?P<codes>[ \t,A-Za-z0-9-]*?)\s*(?:-->|$)",
    re.MULTILINE,
)
ALL = "*"


@dataclass(frozen=True)
class Suppressions:
    """Which rule selectors are disabled on which lines (1-based)."""

    by_line: dict[int, frozenset[str]]
    whole_file: frozenset[str]

    def covers(self, line: int, code: str, name: str) -> bool:
        for selectors in (self.whole_file, self.by_line.get(line, frozenset())):
            if ALL in selectors or name in selectors or any(code.startswith(s) for s in selectors):
                return True
        return False


def _selectors(raw: str) -> frozenset[str]:
    items = [s for s in re.split(r"[\s,]+", raw.strip()) if s]
    return frozenset(s.upper() if s[:2].upper() == "NC" else s.lower() for s in items) or frozenset({ALL})


def parse_suppressions(doc: SourceDocument) -> Suppressions:
    """Read every directive of a document's source."""
    if "numcheck-" not in doc.source:
        return Suppressions({}, frozenset())
    by_line: dict[int, set[str]] = {}
    whole: set[str] = set()
    open_ranges: dict[str, int] = {}
    last_line = len(doc.line_starts)
    for m in DIRECTIVE.finditer(doc.source):
        line, _ = doc.position(m.start())
        verb, selectors = m["verb"], _selectors(m["codes"])
        if verb == "disable-file":
            whole |= selectors
        elif verb == "disable-line":
            by_line.setdefault(line, set()).update(selectors)
        elif verb == "disable-next-line":
            by_line.setdefault(line + 1, set()).update(selectors)
        elif verb == "disable":
            for s in selectors:
                open_ranges.setdefault(s, line)
        else:
            for s in list(open_ranges) if ALL in selectors else selectors:
                start = open_ranges.pop(s, None)
                if start is not None:
                    for ln in range(start, line + 1):
                        by_line.setdefault(ln, set()).add(s)
    for s, start in open_ranges.items():
        for ln in range(start, last_line + 1):
            by_line.setdefault(ln, set()).add(s)
    return Suppressions({k: frozenset(v) for k, v in by_line.items()}, frozenset(whole))


def apply_suppressions(doc: SourceDocument, findings: Iterable[Finding]) -> list[Finding]:
    """The findings no directive disables."""
    sup = parse_suppressions(doc)
    if not sup.by_line and not sup.whole_file:
        return list(findings)
    return [f for f in findings if not any(sup.covers(e.span.line, f.rule, f.name) for e in f.evidence)]
