"""Attribution: who states each stretch of prose — narration, a direct quote, reported speech.

How it reads a document (all rules, no model):

1. Quotes are found first (:mod:`numcheck.text.quotes`) and masked, so that words inside a
   quote never count as attribution.
2. In each sentence, attribution phrases are found around speech verbs (``said``, ``told``,
   ``added``, ``warned``, ``estimated``…; :data:`~numcheck.text.lexicon.SPEECH_VERBS`):

   - before the statement: "A commander told CNN (that) …", "Blinken said: “…”";
   - after it: "…, officials said.", "“…,” the commander said, adding that …";
   - inverted: "“…,” said Jane Doe, an analyst at the bank.";
   - inside it: "This, he said, showed …";
   - "according to Reuters, …" / "…, according to the ministry";
   - labels and participles: "Minister: ‘…’" (headlines; in the body a titled name, "- Leeds
     boss Dan Kerr: “…”"), "But he is not worried, insisting: “…”", "…, adding that …";
   - outlets as speakers: "The BBC understands (that) …", "Sky News has learned …".

   The speaker is the noun phrase before the verb (back to the start of the clause; an
   appositive "Institute for the Study of War analyst, George Barros," is kept whole). The
   outlet is the news organisation spoken to ("told The Times", "in an interview with CNN",
   "speaking to the BBC", "told state media"); audiences such as "reporters" or "parliament"
   are not outlets. The basis is what the speaker cites ("citing US intelligence").
3. Speakers are followed through the document (:class:`~numcheck.text.speakers.Registry`):
   "he explained" and "the commander said" refer back to the latest speaker that fits, and
   carry its outlet unless the follow-up names its own channel ("in a statement").
4. Each quote takes the attribution next to it (after its close, or before its opening in the
   same sentence), or the paraphrase it sits in. A quote that opens a sentence with no
   attribution of its own continues the latest speaker (news style: a speaker is named once,
   then quoted paragraph after paragraph), when that speaker spoke within the last three
   paragraphs, unless a named person was introduced in narration since (in that paragraph or
   the one before): "The mayor, Yusuf Karim, has asked for help. / “20 are still missing.”" is
   the mayor's. A quote closed with a full stop does not take the speaker of the next sentence
   ("“… 151,000 clubs.” The Tories say …"). A quote inside narration with no speech verb (a
   scare quote) stays narration.

Voices: ``Source(kind="quote")`` for the quote (marks included), ``Source(kind="paraphrase")``
for the reported statement (the clause after "said (that)", or the part before ", he said").
A speech verb such as "predicted" or "estimated" adds its marker to the voice.
"""

from __future__ import annotations

import bisect
import re

from numcheck.source.document import SourceDocument
from numcheck.text.context import Mark, Sentence, TextContext, Voice
from numcheck.text.markers import sentence_marks
from numcheck.text.phrases import MASK, Phrase, mention, sentence_phrases
from numcheck.text.quotes import Quote, find_quotes
from numcheck.text.speakers import Entity, Registry


def attribute(doc: SourceDocument, sentences: list[Sentence]) -> TextContext:
    """Build the text context: sentences plus the voices (quotes, reported speech) in them."""
    prose = doc.prose
    quotes = find_quotes(prose, doc.blocks)
    outer = _outer_quotes(quotes)
    masked = _mask(prose, outer)
    registry = Registry()
    phrases: list[Phrase] = []
    body = list(sentences)  # the headline too: "Ministers say 5,000 jobs at risk"
    for s in body:
        registry.defer(lambda s=s: mention(masked, s, registry))
        found = sentence_phrases(masked, s, registry)
        registry.flush()
        phrases.extend(found)
    voices: list[tuple[int, int, Phrase, str]] = []
    for ph in phrases:
        for a, b in ph.spans:
            voices.append((a, b, ph, "paraphrase"))
    index = _QuoteIndex(doc, body, phrases, registry.subjects)
    for q in outer:
        ph = _quote_phrase(q, masked, index)
        if ph is not None:
            voices.append((q.start, q.end, ph, "quote"))
    out: list[Voice] = []
    for a, b, ph, kind in sorted(voices, key=lambda v: (v[0], -v[1])):
        marks = (ph.marker,) if ph.marker else ()
        out.append(Voice(a, b, ph.source(kind), marks))
    marks: list[Mark] = []
    sentences = [_with_sentence_markers(s, sentence_marks(prose, s.start, s.end), marks) for s in sentences]
    return TextContext(tuple(sentences), tuple(out), tuple(marks))


def _with_sentence_markers(s: Sentence, found: list[Mark], marks: list[Mark]) -> Sentence:
    """The sentence with the markers whose scope is all of it; ``found`` is added to ``marks``."""
    marks.extend(found)
    names = tuple(dict.fromkeys(m.name for m in found if m.start <= s.start and m.end >= s.end))
    return Sentence(s.index, s.paragraph, s.start, s.end, s.is_headline, names) if names else s


def _outer_quotes(quotes: list[Quote]) -> list[Quote]:
    """Quotes not inside another quote."""
    out: list[Quote] = []
    for q in quotes:
        if out and q.start < out[-1].end:
            continue
        out.append(q)
    return out


def _mask(prose: str, quotes: list[Quote]) -> str:
    chars = list(prose)
    for q in quotes:
        for a, b in q.pieces:
            chars[a:b] = MASK * (b - a)
    return "".join(chars)


# -- quotes ----------------------------------------------------------------------------------
class _QuoteIndex:
    """Phrases by paragraph and by position, so that every quote finds its attribution fast."""

    def __init__(
        self, doc: SourceDocument, sentences: list[Sentence], phrases: list[Phrase], subjects: list[tuple[int, Entity]]
    ) -> None:
        speaking_sentences = {ph.sentence.start for ph in phrases}
        self.subjects = [(pos, e) for pos, e in subjects if pos not in speaking_sentences]
        self.subject_starts = [pos for pos, _ in self.subjects]
        self.block_starts = [b[0] for b in doc.blocks]
        self.sentence_starts = [s.start for s in sentences]
        self.sentences = sentences
        self.by_para: dict[int, list[Phrase]] = {}
        for ph in phrases:
            self.by_para.setdefault(ph.sentence.paragraph, []).append(ph)
        speaking = sorted((ph for ph in phrases if ph.entity is not None or ph.outlet), key=lambda ph: ph.verb_start)
        self.speaking = speaking
        self.speaking_starts = [ph.verb_start for ph in speaking]

    def paragraph(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.block_starts, pos) - 1)

    def sentence(self, pos: int) -> Sentence | None:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        if i < 0:
            return None
        s = self.sentences[i]
        return s if pos <= s.end else None

    def latest(self, pos: int) -> Phrase | None:
        i = bisect.bisect_left(self.speaking_starts, pos)
        return self.speaking[i - 1] if i else None

    def latest_subject(self, pos: int) -> tuple[int, Entity] | None:
        """The latest named person who was the subject of a narration sentence before ``pos``."""
        i = bisect.bisect_left(self.subject_starts, pos)
        return self.subjects[i - 1] if i else None


def _quote_phrase(q: Quote, masked: str, index: _QuoteIndex) -> Phrase | None:
    end_para = index.paragraph(max(q.start, q.end - 1))
    start_para = index.paragraph(q.start)
    # 1. an attribution right after the closing mark: "“…,” he said."
    for ph in index.by_para.get(end_para, ()):
        first = min(ph.np_start, ph.verb_start)
        if first >= q.end and first - q.end < 6 and re.fullmatch(r"[ \t,\x00—–-]*", masked[q.end : first]):
            if ph.sentence.start >= q.end:
                continue  # “… 151,000 clubs.” The Tories say …: a new sentence, not the quote's tag
            return ph
    # 2. an attribution right before the opening mark: "He said: “…”", "told The Times it is “…”"
    for ph in index.by_para.get(start_para, ()):
        if ph.end <= q.start and re.fullmatch(r"[\s,:\x00]*", masked[ph.end : q.start]):
            return ph
        if any(a <= q.start < b for a, b in ph.spans):
            return ph
    # 3. a quote opening its sentence continues the latest speaker
    sent = index.sentence(q.start)
    if sent is None or masked[sent.start : q.start].strip(" \u2013\u2014-"):
        return None
    last = index.latest(q.start)
    subject = index.latest_subject(q.start)
    if subject is not None and (last is None or subject[0] > last.verb_start) and start_para - index.paragraph(subject[0]) <= 1:
        # "The mayor, Yusuf Karim, has asked for help. / “There are 20 still missing.”": a person
        # introduced in narration since the latest speaker speaks next
        sentence = index.sentence(subject[0])
        if sentence is not None and (last is None or subject[1] is not last.entity):
            return Phrase(sentence, subject[0], subject[0], subject[0], subject[0], subject[1], None, None, True, None)
    if last is None or start_para - last.sentence.paragraph > 3:
        return None
    return last
