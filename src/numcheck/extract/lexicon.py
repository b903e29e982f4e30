"""Word lists for extraction: number words, scales, fractions, vague amounts, hedges, change words.

Vague amounts are intervals (``[low, high]``, inclusive; documented in :mod:`numcheck.extract.pipeline`).
Hedges are classified by how they bound the interval:

``~``  approximate ("about", "some"): widened both ways;
``~<`` a bit below ("nearly", "almost", "just under"): ``[value - width, value]``;
``~>`` a bit above ("just over"): ``[value, value + width]``;
``>``/``>=`` a lower bound ("more than", "at least"): ``[value, inf]``;
``<``/``<=`` an upper bound ("fewer than", "up to"): ``[0, value]``.
"""

from __future__ import annotations


def wordset(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(text.split())


UNITS_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
BIG_WORDS: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "crore": 1e7,
}  # fmt: skip

#: Scale suffixes after digits. Case-sensitive keys are tried first, then lower case.
SCALE_SUFFIX: dict[str, float] = {
    "thousand": 1e3, "k": 1e3, "K": 1e3,
    "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "M": 1e6, "mil": 1e6,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "B": 1e9,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12, "tr": 1e12, "T": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "hundred": 1e2,
}  # fmt: skip
#: Short suffixes that are scales only attached to the digits or after a currency ("$4m", "25k").
SHORT_SCALES = frozenset({"k", "K", "m", "M", "b", "B", "T", "tr", "mn", "mln", "bn", "bln", "tn", "trn", "mil"})

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100, "thousandth": 1000,
}  # fmt: skip

#: Denominators of fraction words ("a third", "three-quarters").
FRACTION_WORDS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
    "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
}  # fmt: skip
FRACTION_CHARS: dict[str, float] = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5,
    "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
}  # fmt: skip

#: Vague plurals of powers: "hundreds" = [100, 1000]; "tens of thousands" = [10,000, 100,000].
VAGUE_POWERS: dict[str, float] = {
    "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
    "billions": 1e9, "trillions": 1e12,
}  # fmt: skip
#: Vague counts as (low, high) multipliers: "several thousand" = [3000, 9000].
VAGUE_FEW: dict[tuple[str, ...], tuple[float, float]] = {
    ("a", "handful"): (2, 10),
    ("handful",): (2, 10),
    ("a", "few"): (2, 6),
    ("several",): (3, 9),
    ("a", "couple", "of"): (2, 3),
    ("a", "couple"): (2, 3),
}

#: Hedges before a figure: phrase → bound type (see module docstring).
HEDGES_BEFORE: dict[tuple[str, ...], str] = {
    ("about",): "~", ("around",): "~", ("some",): "~", ("roughly",): "~", ("approximately",): "~",
    ("approx",): "~", ("circa",): "~", ("an", "estimated"): "~", ("estimated",): "~", ("perhaps",): "~",
    ("an", "approximate"): "~", ("in", "the", "region", "of"): "~", ("of", "the", "order", "of"): "~",
    ("on", "the", "order", "of"): "~", ("something", "like"): "~", ("~",): "~", ("maybe",): "~",
    ("nearly",): "~<", ("almost",): "~<", ("close", "to"): "~<", ("just", "under"): "~<", ("approaching",): "~<",
    ("just", "shy", "of"): "~<", ("shy", "of"): "~<", ("slightly", "less", "than"): "~<",
    ("a", "little", "under"): "~<", ("slightly", "under"): "~<", ("barely",): "~<", ("nigh", "on"): "~<",
    ("just", "over"): "~>", ("a", "little", "over"): "~>", ("slightly", "more", "than"): "~>",
    ("slightly", "over"): "~>", ("just", "above"): "~>", ("a", "little", "more", "than"): "~>",
    ("more", "than"): ">", ("over",): ">", ("above",): ">", ("greater", "than"): ">", ("in", "excess", "of"): ">",
    ("exceeding",): ">", ("upwards", "of"): ">", ("upward", "of"): ">", ("north", "of"): ">", ("higher", "than"): ">",
    ("well", "over"): ">", ("well", "above"): ">", ("more", "then"): ">", ("over", "than"): ">",
    ("at", "least"): ">=", ("no", "fewer", "than"): ">=", ("no", "less", "than"): ">=", ("a", "minimum", "of"): ">=",
    ("not", "less", "than"): ">=", ("minimum",): ">=",
    ("up", "to"): "<=", ("as", "many", "as"): "<=", ("as", "much", "as"): "<=", ("at", "most"): "<=",
    ("no", "more", "than"): "<=", ("a", "maximum", "of"): "<=", ("not", "more", "than"): "<=", ("maximum",): "<=",
    ("as", "high", "as"): "<=", ("as", "long", "as"): "<=",
    ("fewer", "than"): "<", ("less", "than"): "<", ("under",): "<", ("below",): "<", ("lower", "than"): "<",
    ("well", "under"): "<", ("well", "below"): "<", ("south", "of"): "<", ("sub",): "<",
}  # fmt: skip
HEDGE_MAX_LEN = max(len(k) for k in HEDGES_BEFORE)

#: Hedges after a figure ("50 or more", "a dozen or so").
HEDGES_AFTER: dict[tuple[str, ...], str] = {
    ("or", "more"): ">=", ("or", "so"): "~", ("or", "fewer"): "<=", ("or", "less"): "<=", ("plus",): ">=",
    ("odd",): "~>", ("or", "over"): ">=", ("and", "above"): ">=", ("and", "over"): ">=", ("at", "most"): "<=",
    ("at", "least"): ">=", ("or", "thereabouts"): "~",
}  # fmt: skip

UP_WORDS = wordset(
    "rose rise rises rising risen up increase increased increases increasing grew grow grows growing grown "
    "jump jumped jumps jumping climb climbed climbs climbing gain gained gains gaining surge surged surges "
    "soar soared soaring higher add added adds advance advanced advances raise raised raises hike hiked "
    "boost boosted boosts rally rallied climbing spiked spike leapt leaped leap improved improve expanded "
    "expand growth increment upward upwards soars surging jumping climbing advancing rallying spiking gaining"
)
DOWN_WORDS = wordset(
    "fell fall falls falling fallen down decrease decreased decreases decreasing decline declined declines "
    "declining drop dropped drops dropping lost lose loses losing cut cuts cutting slumped slump slumps "
    "plunge plunged plunges plummeted plummet sank sink sinks slid slide slides shed sheds lower lowered "
    "reduce reduced reduces reduction shrank shrink shrinks shrunk tumbled tumble dipped dip dips eased ease "
    "slipped slip slips sagged retreated retreat contracted contract downgrade slowed slow slows downward downwards "
    "plummeting plunging tumbling sliding sinking slumping shrinking dipping slipping easing cutting"
)

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

#: Words around "N-N" that make it a score ("won 3-1", "a 2-0 defeat").
SCORE_WORDS = wordset(
    "won win wins winning beat beats beaten lost lose loses losing defeat defeated defeats victory victories "
    "draw drew drawn lead led leads score scored scoreline thrashed thrash trounced hammered edged scores "
    "goal goals match game final semi-final half-time halftime equaliser equalizer winner loss tie tied "
    "down set sets innings runs wickets points serve tie-break deuce break"
)

#: Words that never start an identifier when capitalised before a number ("In 2019", "About 50").
NOT_NAMES = wordset(
    "a an the in on at of by for to from with and or but as than about around some over under up down "
    "nearly almost more less fewer just only about another this that these those its his her their our "
    "my your we they he she it i you there here when while after before since until during between among "
    "per each every all both no not if then so also is was were are be been has had have will would could "
    "should may might must can said says say told rose fell was aged age ages totalling total including "
    "estimated roughly approximately around almost exactly some top bottom first last just nearly "
    "mr mrs ms dr sir lord lady"
)

#: Street words that make "10 Downing Street" an address.
STREET_WORDS = wordset(
    "street st road rd avenue ave lane ln drive dr boulevard blvd way place square terrace close crescent "
    "court ct highway hwy parkway row gardens mews walk"
)
