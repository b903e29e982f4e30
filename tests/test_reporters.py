"""Output formats: SARIF 2.1.0 for code scanning, GitHub annotations, text with sources."""

from __future__ import annotations

import json

import numcheck
from numcheck.reporters import get_reporter

DRAFT = "Walk headline\nThe walk starts at the bridge, officials said.\nThe route is 10km (3 miles) long.\n"


def _report() -> numcheck.Report:
    report = numcheck.check(DRAFT, path="drafts/storm.txt")
    assert report.findings, "the draft converts 10km to 3 miles"
    return report


def test_sarif_shape() -> None:
    report = _report()
    data = json.loads(get_reporter("sarif")([report], []))
    assert data["version"] == "2.1.0"
    run = data["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    ids = {r["id"] for r in run["tool"]["driver"]["rules"]}
    for result in run["results"]:
        assert result["ruleId"] in ids
        loc = result["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] == "drafts/storm.txt"
        region = loc["region"]
        assert DRAFT[region["charOffset"] : region["charOffset"] + region["charLength"]]
        assert result["partialFingerprints"]["numcheckFinding/v1"]
        assert len(result["relatedLocations"]) == len(report.findings[0].evidence)


def test_github_annotations_escape() -> None:
    out = get_reporter("github")([_report()], [("bad,file.txt", "not valid UTF-8\nsecond line")])
    lines = out.splitlines()
    assert lines[0].startswith("::warning file=drafts/storm.txt,line=") or lines[0].startswith(
        "::error file=drafts/storm.txt,line="
    )
    assert "file=bad%2Cfile.txt" in lines[-1] and "%0A" in lines[-1]


def test_text_shows_who_said_what() -> None:
    out = get_reporter("text")([_report()], [])
    assert "drafts/storm.txt:" in out and "narration" in out
