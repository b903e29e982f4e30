"""Configuration: rule selection, severities and options; read from ``[tool.numcheck]`` in
pyproject.toml, ``numcheck.toml`` or ``.numcheck.toml`` (the nearest file up the tree wins).

Unknown keys, codes and values are errors with a clear message.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from numcheck.errors import ConfigError
from numcheck.model import Severity

_KEYS = {"select", "extend-select", "ignore", "severity", "options", "min-severity", "fail-on", "date"}
CONFIG_FILES = ("numcheck.toml", ".numcheck.toml", "pyproject.toml")


@dataclass(frozen=True)
class Config:
    """Which rules run, at which severity, with which options."""

    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    min_severity: Severity = Severity.INFO
    fail_on: Severity = Severity.WARNING
    date: str | None = None
    path: str | None = None  # the file it was read from

    def with_overrides(self, **changes: Any) -> Config:
        data = {k: getattr(self, k) for k in self.__dataclass_fields__}
        data.update({k: v for k, v in changes.items() if v is not None})
        return Config(**data)


def _strings(key: str, value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of rule codes")
    return tuple(value)


def config_from_mapping(data: dict[str, Any], where: str = "config") -> Config:
    """Validate a ``[tool.numcheck]`` table into a :class:`Config`."""
    unknown = set(data) - _KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(_KEYS))})")
    from numcheck.rules.registry import lookup, select

    sel = _strings("select", data.get("select", ["ALL"]), where) + _strings("extend-select", data.get("extend-select", []), where)
    ign = _strings("ignore", data.get("ignore", []), where)
    select(sel, ign)  # validates codes
    sev: dict[str, Severity] = {}
    for code, level in dict(data.get("severity", {})).items():
        try:
            sev[lookup(code).code] = Severity.parse(str(level))
        except ValueError as exc:
            raise ConfigError(f"{where}: severity of {code}: {exc}") from None
    opts: dict[str, dict[str, Any]] = {}
    for code, table in dict(data.get("options", {})).items():
        rule = lookup(code)
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: options.{code} must be a table")
        rule(**table)  # validates names and types
        opts[rule.code] = dict(table)
    try:
        min_sev = Severity.parse(data.get("min-severity", "info"))
        fail_on = Severity.parse(data.get("fail-on", "warning"))
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from None
    return Config(sel, ign, sev, opts, min_sev, fail_on, data.get("date"), where)


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above ``start`` (a pyproject.toml counts only with [tool.numcheck])."""
    here = start.resolve()
    for folder in (here, *here.parents) if here.is_dir() else (here.parent, *here.parent.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or "numcheck" in _read_toml(candidate).get("tool", {})):
                return candidate
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from None


def load_config(path: Path) -> Config:
    """Read one config file."""
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("numcheck", {})
    return config_from_mapping(data, str(path))
