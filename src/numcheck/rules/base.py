"""The rule contract: identity, docs, options, examples, and the ``check`` method.

A rule is a class with a stable ``code`` (``NC101``), a kebab-case ``name``, a docstring
(what it checks, why, how to fix), a default ``severity``, typed ``options`` and ``bad``/
``good`` examples. One parametrised test runs every rule's examples and the rule reference
in docs/ is generated from the same metadata.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from numcheck.errors import ConfigError
from numcheck.model import Evidence, Finding, Severity

if TYPE_CHECKING:
    from numcheck.engine import Analysis


@dataclass(frozen=True, slots=True)
class Option:
    """A rule option: default value, type and a one-line description."""

    default: Any
    help: str

    def coerce(self, rule: str, name: str, value: Any) -> Any:
        kind = type(self.default)
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ConfigError(f"{rule}: option {name!r} must be {kind.__name__}, got {value!r}")
        return value


@dataclass(frozen=True, slots=True)
class Example:
    """A rule example: a text, with a format and a publication date when it needs them."""

    text: str
    format: str = "text"
    date: str | None = None


class Rule:
    """Base class of all rules. Subclasses set the class attributes and implement ``check``."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    options: ClassVar[Mapping[str, Option]] = {}
    bad: ClassVar[tuple[str | Example, ...]] = ()
    good: ClassVar[tuple[str | Example, ...]] = ()
    needs_date: ClassVar[bool] = False

    def __init__(self, severity: Severity | None = None, **options: Any) -> None:
        unknown = set(options) - set(self.options)
        if unknown:
            raise ConfigError(f"{self.code}: unknown option(s) {', '.join(sorted(unknown))}")
        self.level = severity or self.severity
        self.opts = {k: o.coerce(self.code, k, options.get(k, o.default)) for k, o in self.options.items()}

    @classmethod
    def summary(cls) -> str:
        doc = inspect.getdoc(cls) or ""
        return doc.split("\n", 1)[0].strip()

    @classmethod
    def description(cls) -> str:
        return inspect.getdoc(cls) or ""

    def check(self, analysis: Analysis) -> Iterator[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError
        yield

    def finding(
        self,
        message: str,
        evidence: Iterable[Evidence],
        *,
        severity: Severity | None = None,
        confidence: float = 1.0,
    ) -> Finding:
        """A finding of this rule, its evidence in document order."""
        ev = tuple(sorted(evidence, key=lambda e: (e.span.start, e.span.end)))
        return Finding(self.code, self.name, severity or self.level, message, ev, confidence)


def examples_of(rule: type[Rule], which: str) -> list[Example]:
    """The rule's ``bad`` or ``good`` examples as :class:`Example` values."""
    raw = getattr(rule, which)
    return [e if isinstance(e, Example) else Example(e) for e in raw]
