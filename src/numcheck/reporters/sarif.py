"""SARIF 2.1.0 for GitHub code scanning: rules with help, results with regions in code points."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from numcheck.model import Finding, Report, Severity, Span

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            return p.as_uri()
    return p.as_posix()


def _region(span: Span) -> dict[str, Any]:
    return {"startLine": span.line, "startColumn": span.column, "charOffset": span.start, "charLength": span.end - span.start}


def _fingerprint(path: str, f: Finding) -> str:
    key = "\x1f".join([path, f.rule, *(e.span.text for e in f.evidence)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _rules_meta() -> list[dict[str, Any]]:
    from numcheck.rules.registry import all_rules

    out = []
    for code, rule in all_rules().items():
        out.append(
            {
                "id": code,
                "name": rule.name,
                "shortDescription": {"text": rule.summary()},
                "fullDescription": {"text": rule.description()},
                "help": {"text": rule.description(), "markdown": rule.description()},
                "defaultConfiguration": {"level": _LEVEL[rule.severity]},
            }
        )
    return out


def render_findings(reports: Sequence[Report], errors: Sequence[tuple[str, str]]) -> str:
    from numcheck import __version__

    results = []
    for r in reports:
        uri = _uri(r.path)
        for f in r.findings:
            loc = {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": _region(f.span)}}
            related = [
                {
                    "id": i,
                    "physicalLocation": {"artifactLocation": {"uri": uri}, "region": _region(e.span)},
                    "message": {"text": f"{e.span.text} — {e.source.describe()}"},
                }
                for i, e in enumerate(f.evidence)
            ]
            results.append(
                {
                    "ruleId": f.rule,
                    "level": _LEVEL[f.severity],
                    "message": {"text": f.message},
                    "locations": [loc],
                    "relatedLocations": related,
                    "partialFingerprints": {"numcheckFinding/v1": _fingerprint(uri, f)},
                }
            )
    run = {
        "tool": {
            "driver": {
                "name": "numcheck",
                "version": __version__,
                "informationUri": "https://example.invalid/numcheck",
                "rules": _rules_meta(),
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": results,
        "invocations": [
            {
                "executionSuccessful": not errors,
                "toolExecutionNotifications": [{"level": "error", "message": {"text": m}} for _, m in errors],
            }
        ],
    }
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2) + "\n"
