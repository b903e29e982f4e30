"""Exceptions numcheck raises.

NumcheckError            base: a clear one-line message, exit code 2 in the CLI
├── InputError           a file that cannot be read or checked (missing, binary, undecodable, empty)
├── ConfigError          bad configuration: unknown keys, codes or values
└── UsageError           bad arguments to the API or CLI
"""

from __future__ import annotations


class NumcheckError(Exception):
    """Base class; ``str(exc)`` is a message fit to show a user."""


class InputError(NumcheckError):
    """A document could not be read or checked."""


class ConfigError(NumcheckError):
    """The configuration is invalid."""


class UsageError(NumcheckError):
    """The arguments are invalid."""
