"""The rule registry: built-in rule modules plus third-party packs (entry points ``numcheck.rules``)."""

from __future__ import annotations

import importlib
from functools import cache
from importlib.metadata import entry_points

from numcheck.errors import ConfigError
from numcheck.rules.base import Rule

# Built-in rule modules, one per rule family. Each module lists its rules in ``RULES``.
BUILTIN_MODULES: tuple[str, ...] = (
    "numcheck.rules.same_measure",
    "numcheck.rules.arithmetic",
    "numcheck.rules.units",
    "numcheck.rules.calendar",
    "numcheck.rules.comparisons",
)


def _load_module(name: str) -> list[type[Rule]]:
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return []  # a family not built yet
        raise
    return list(getattr(module, "RULES", ()))


@cache
def all_rules() -> dict[str, type[Rule]]:
    """Every known rule by code, sorted by code; duplicate codes or names are rejected loudly."""
    found: list[type[Rule]] = []
    for name in BUILTIN_MODULES:
        found.extend(_load_module(name))
    for ep in entry_points(group="numcheck.rules"):
        obj = ep.load()
        found.extend(obj if isinstance(obj, list | tuple) else [obj])
    by_code: dict[str, type[Rule]] = {}
    names: dict[str, str] = {}
    for rule in found:
        if rule.code in by_code and by_code[rule.code] is not rule:
            raise ConfigError(f"rule code {rule.code} is registered twice ({by_code[rule.code].__module__}, {rule.__module__})")
        if rule.name in names and names[rule.name] != rule.code:
            raise ConfigError(f"rule name {rule.name} is used by {names[rule.name]} and {rule.code}")
        by_code[rule.code] = rule
        names[rule.name] = rule.code
    return dict(sorted(by_code.items()))


def lookup(code_or_name: str) -> type[Rule]:
    """A rule by code (``NC101``) or name (``figure-mismatch``)."""
    rules = all_rules()
    key = code_or_name.strip()
    if key.upper() in rules:
        return rules[key.upper()]
    for rule in rules.values():
        if rule.name == key.lower():
            return rule
    raise ConfigError(f"unknown rule {code_or_name!r} (see 'numcheck rules')")


def select(selectors: tuple[str, ...], ignores: tuple[str, ...] = ()) -> list[type[Rule]]:
    """Rules whose code starts with a selector prefix (or whose name matches), minus ignores."""
    rules = all_rules()

    def matches(rule: type[Rule], sel: str) -> bool:
        s = sel.strip()
        return rule.code.startswith(s.upper()) or rule.name == s.lower() or s.upper() == "ALL"

    for sel in (*selectors, *ignores):
        if not any(matches(r, sel) for r in rules.values()) and not _is_family_prefix(sel):
            raise ConfigError(f"unknown rule code or prefix {sel!r} (see 'numcheck rules')")
    return [r for r in rules.values() if any(matches(r, s) for s in selectors) and not any(matches(r, s) for s in ignores)]


def _is_family_prefix(sel: str) -> bool:
    s = sel.strip().upper()
    return s == "ALL" or (s.startswith("NC") and s[2:].isdigit() and len(s) <= 5)
