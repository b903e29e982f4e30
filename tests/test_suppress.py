"""In-document suppression directives."""

from __future__ import annotations

import numcheck

TAIL = "The route is 10km (3 miles) long.\n"
BODY = "The walk starts at the bridge.\n" + TAIL


def _codes(text: str, fmt: str = "text") -> list[str]:
    return [f.rule for f in numcheck.check(text, format=fmt).findings]


def test_unsuppressed_draft_fires() -> None:
    assert _codes("Storm headline\n" + BODY)


def test_disable_file_in_plain_text() -> None:
    assert _codes("Storm headline\nnumcheck-disable-file\n" + BODY) == []


def test_disable_next_line_by_code_in_markdown() -> None:
    md = "# Storm\n\nThe walk starts at the bridge.\n\n<!-- numcheck-disable-next-line NC3 -->\n" + TAIL
    assert _codes(md.replace("<!-- numcheck-disable-next-line NC3 -->\n", ""), "markdown")
    assert _codes(md, "markdown") == []


def test_other_code_does_not_suppress() -> None:
    md = "# Storm\n\nThe walk starts at the bridge.\n\n<!-- numcheck-disable-next-line NC1 -->\n" + TAIL
    assert _codes(md, "markdown")


def test_disable_enable_range() -> None:
    text = "Storm headline\nnumcheck-disable\n" + BODY + "numcheck-enable\nAll clear.\n"
    assert _codes(text) == []


def test_directive_line_is_not_prose() -> None:
    qs = numcheck.extract("Headline\nnumcheck-disable-next-line NC101\nSome 50 people came.\n")
    assert [q.text for q in qs] == ["Some 50 people"] or [q.value for q in qs] == [50]
