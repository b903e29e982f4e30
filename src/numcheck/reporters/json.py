"""JSON output, schema version 1 (documented in docs/json-schema.md)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from numcheck.model import Report

SCHEMA_VERSION = 1


def _envelope(reports: Sequence[Report], errors: Sequence[tuple[str, str]], **kw: bool) -> str:
    from numcheck import __version__

    data = {
        "version": SCHEMA_VERSION,
        "tool": {"name": "numcheck", "version": __version__},
        "files": [r.to_json(**kw) for r in reports],
        "errors": [{"path": p, "message": m} for p, m in errors],
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def render_findings(reports: Sequence[Report], errors: Sequence[tuple[str, str]]) -> str:
    return _envelope(reports, errors)


def render_quantities(reports: Sequence[Report], errors: Sequence[tuple[str, str]]) -> str:
    return _envelope(reports, errors, with_quantities=True, with_findings=False)
