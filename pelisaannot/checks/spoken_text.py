"""A draft's text with its spoken-Finnish words in their standard spelling, for regular expressions written in it.

Idioms are regular expressions over the text (`ihan pihalla`, `ei osaa mitään`); an informal writer spells the
same words `iha pihal`, `ei osaa mitää`. The spoken layer (pelisaannot/finnish/colloquial.py) already reads such a
word as the standard form Voikko knows; here each word with exactly one such form is written in it, and a match
in that text is mapped back to the span of the draft's own words. A word with two possible standard forms
(`ku`: kun or kuin) stays as written: no guess.

Swedish and English chat spellings (`ja ska`, `e int`, `u'll`, `ur`, `cant`) are written in their standard
spelling the same way (pelisaannot/languages/data/informal.*.txt), in a sentence of that language only, so a
pattern written for `jag ska döda dig` finds `ja ska döda dej`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from pelisaannot.document import Document
from pelisaannot.finnish.colloquial import ColloquialAnalysis, standard_forms
from pelisaannot.folding import fold
from pelisaannot.languages import informal_words, standard_spelling

#: Chat spellings whose standard spelling takes a word the draft does not write (`gonna`: going to): the patterns
#: name them as written, and `going break` would hide `gonna break` from them.
KEEP_AS_WRITTEN = frozenset({"gonna", "wanna"})


@dataclass(frozen=True, slots=True)
class StandardText:
    text: str
    folded: str  # `text` case-folded, for the literal prefilters of the patterns
    #: Per replaced word: its start and end in `text`, and in the draft.
    std_starts: tuple[int, ...]
    spans: tuple[tuple[int, int, int, int], ...]

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The draft's span for a span of `text`; a bound inside a replaced word widens to the whole word."""
        return self._map(start, at_end=False), self._map(end, at_end=True)

    def _map(self, pos: int, at_end: bool) -> int:
        i = bisect.bisect_right(self.std_starts, pos) - 1
        if i < 0:
            return pos
        s_start, s_end, o_start, o_end = self.spans[i]
        if pos < s_end or (at_end and pos == s_end):
            return o_end if at_end and pos > s_start else o_start
        return o_end + (pos - s_end)


def standard_text(doc: Document) -> StandardText | None:
    """The draft in standard spelling, or None when no word of it is spoken (kept on the document)."""
    cached = doc.__dict__.get("_standard_text", False)
    if cached is not False:
        return cached
    pieces: list[str] = []
    spans: list[tuple[int, int, int, int]] = []
    last = length = 0
    chat = informal_words()
    langs: list[str] | None = None
    for i, (token, analyses) in enumerate(zip(doc.tokens, doc.analyses, strict=True)):
        lowered = token.text.lower()
        # a Swedish or English chat spelling, in a sentence of that language
        if lowered in chat and lowered not in KEEP_AS_WRITTEN:
            langs = doc.token_langs if langs is None else langs
            standard = standard_spelling(lowered, langs[i]) if langs[i] != "fi" else None
            if standard is not None:
                form = standard.capitalize() if token.text[0].isupper() else standard
                pieces += [doc.text[last:token.start], form]
                length += token.start - last
                spans.append((length, length + len(form), token.start, token.end))
                length += len(form)
                last = token.end
                continue
        if not analyses or type(analyses[0]) is not ColloquialAnalysis:
            continue  # most words: Voikko knows them
        forms = standard_forms(analyses)
        if len(forms) != 1:
            continue
        form = next(iter(forms))
        if form == lowered:
            continue
        before = doc.text[last:token.start]
        pieces += [before, form]
        length += len(before)
        spans.append((length, length + len(form), token.start, token.end))
        length += len(form)
        last = token.end
    result = None
    if spans:
        pieces.append(doc.text[last:])
        text = "".join(pieces)
        result = StandardText(text, fold(text), tuple(s[0] for s in spans), tuple(spans))
    doc.__dict__["_standard_text"] = result
    return result


def spoken_spans(doc: Document, patterns: Iterable[regex.Pattern[str]]) -> list[tuple[int, int]]:
    """Spans of the draft where a pattern matches its standard spelling (a caller drops those it found as written)."""
    std = standard_text(doc)
    if std is None:
        return []
    return [std.original(*m.span()) for p in patterns for m in p.finditer(std.text)]
