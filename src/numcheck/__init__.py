"""numcheck: find the numbers in an article draft and flag the ones that contradict each other.

Public API::

    report = numcheck.check(text, format="markdown", date="2026-11-25")
    report = numcheck.check_file("draft.md")
    quantities = numcheck.extract("Some 50,000 troops")
"""

from __future__ import annotations

import datetime as dt
import os

from numcheck.config import Config
from numcheck.errors import ConfigError, InputError, NumcheckError, UsageError
from numcheck.model import Evidence, Finding, Kind, Quantity, Report, Severity, Source, Span

__version__ = "0.1.0"

__all__ = [
    "Config",
    "ConfigError",
    "Evidence",
    "Finding",
    "InputError",
    "Kind",
    "NumcheckError",
    "Quantity",
    "Report",
    "Severity",
    "Source",
    "Span",
    "UsageError",
    "__version__",
    "check",
    "check_file",
    "extract",
]


def check(
    text: str, *, format: str = "text", date: str | dt.date | None = None, config: Config | None = None, path: str = "<string>"
) -> Report:
    """Check a draft given as a string; ``format`` is ``text``, ``markdown`` or ``html``."""
    from numcheck.engine import check_document
    from numcheck.source import read_text

    return check_document(read_text(text, format, path), config, date)


def check_file(
    path: str | os.PathLike[str], *, format: str | None = None, date: str | dt.date | None = None, config: Config | None = None
) -> Report:
    """Check a draft on disk (``.txt``, ``.md``, ``.html``, ``.docx``); the file is only read."""
    from numcheck.engine import check_document
    from numcheck.source import read_path

    return check_document(read_path(path, format), config, date)


# Load the ``numcheck.extract`` subpackage now, so that importing it later cannot rebind the
# package attribute ``numcheck.extract`` and shadow the ``extract`` function defined below.
import numcheck.extract as _extract_package  # noqa: E402, F401


def extract(text: str, *, format: str = "text", date: str | dt.date | None = None) -> list[Quantity]:
    """Every quantity in a text, in document order."""
    from numcheck.engine import analyse
    from numcheck.source import read_text

    return list(analyse(read_text(text, format), date).quantities)
