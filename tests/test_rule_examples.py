"""Every rule's own examples: each bad example fires that rule, each good one fires nothing."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.rules.base import examples_of
from numcheck.rules.registry import all_rules

CASES = [
    pytest.param(rule, which, i, id=f"{code}-{which}-{i}")
    for code, rule in all_rules().items()
    for which in ("bad", "good")
    for i, _ in enumerate(examples_of(rule, which))
]


@pytest.mark.parametrize(("rule", "which", "index"), CASES)
def test_rule_example(rule: type, which: str, index: int) -> None:
    example = examples_of(rule, which)[index]
    report = numcheck.check(example.text, format=example.format, date=example.date)
    codes = [f.rule for f in report.findings]
    if which == "bad":
        assert rule.code in codes, f"{rule.code} did not fire on: {example.text!r}"
    else:
        assert codes == [], f"good example fired {codes} on: {example.text!r}: {[f.message for f in report.findings]}"


def test_every_rule_has_examples_and_docs() -> None:
    for code, rule in all_rules().items():
        assert rule.summary(), f"{code} has no docstring"
        assert examples_of(rule, "bad") and examples_of(rule, "good"), f"{code} lacks bad/good examples"
