"""Character references (``&amp;`` ``&euro;`` ``&#8364;`` ``&#x20AC;``) decoded with their exact extent.

Markdown only knows references that end in ``;``; HTML also accepts the legacy names without
one (``&amp`` ``&copy``). Both return how many source characters the reference covers, so the
reader can map the decoded character onto exactly that stretch.
"""

from __future__ import annotations

import re
from html.entities import html5

_REF = re.compile(r"&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,10});?|([A-Za-z][A-Za-z0-9]{0,31});?)")

# Numeric references that HTML maps to windows-1252 characters (the HTML spec's replacement table).
_C1 = {
    0x80: "\u20ac", 0x82: "\u201a", 0x83: "\u0192", 0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020",
    0x87: "\u2021", 0x88: "\u02c6", 0x89: "\u2030", 0x8A: "\u0160", 0x8B: "\u2039", 0x8C: "\u0152",
    0x8E: "\u017d", 0x91: "\u2018", 0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022",
    0x96: "\u2013", 0x97: "\u2014", 0x98: "\u02dc", 0x99: "\u2122", 0x9A: "\u0161", 0x9B: "\u203a",
    0x9C: "\u0153", 0x9E: "\u017e", 0x9F: "\u0178",
}  # fmt: skip


def _codepoint(code: int) -> str:
    if code in _C1:
        return _C1[code]
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    return chr(code)


def match_reference(text: str, pos: int, endpos: int | None = None, *, legacy: bool = False) -> tuple[str, int] | None:
    """The decoded text and end offset of a character reference starting at ``text[pos]``.

    ``legacy`` allows HTML's semicolon-less forms; without it (Markdown) a reference needs
    its ``;`` and a named one must be a known HTML5 name.
    """
    m = _REF.match(text, pos, len(text) if endpos is None else endpos)
    if m is None:
        return None
    hexa, dec, name = m.groups()
    end = m.end()
    has_semi = text[end - 1] == ";"
    if hexa is not None or dec is not None:
        if not has_semi and not legacy:
            return None
        return _codepoint(int(hexa, 16) if hexa is not None else int(dec)), end
    assert name is not None
    if has_semi and name + ";" in html5:
        return html5[name + ";"], end
    if not legacy:
        return None
    # Legacy names without ';': the longest known prefix ("&copy2024" is "©2024").
    for k in range(len(name), 1, -1):
        if name[:k] in html5:
            return html5[name[:k]], pos + 1 + k
    return None


# Digits and signs inside <sup>/<sub> become superscript/subscript characters (one for one, so
# the map stays exact): "m<sup>2</sup>" reads "m²" and a footnote "5%<sup>1</sup>" reads "5%¹",
# never "5%1"; "5<sup>th</sup>" still reads "5th".
SCRIPTS = {
    "sup": str.maketrans("0123456789+-=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾"),
    "sub": str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎"),
}
