"""Quantity extraction: every figure in the prose, with interval, unit, kind and subject."""

from numcheck.extract.pipeline import extract_quantities

__all__ = ["extract_quantities"]
