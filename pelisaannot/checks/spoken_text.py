"""A draft's text with its spoken-Finnish words in their standard spelling, for regular expressions written in it.

Idioms are regular expressions over the text (`ihan pihalla`, `ei osaa mitään`); an informal writer spells the
same words `iha pihal`, `ei osaa mitää`. The spoken layer (pelisaannot/finnish/colloquial.py) already reads such a
word as the standard form Voikko knows; here each word with exactly one such form is written in it, and a match
in that text is mapped back to the span of the draft's own words. A word with two possible standard forms
(`ku`: kun or kuin) stays as written: no guess.

Swedish and English chat spellings (`ja ska`, `e int`, `u'll`, `ur`, `cant`) are written in their standard
spelling the same way (pelisaannot/languages/data/informal.*.txt), in a sentence of that language only, so a
pattern written for `jag ska döda dig` finds `ja ska döda dej`. A chat spelling that stands for two words (`de`:
det in chat, they in standard Swedish; `ill`: ill, or I'll) gives one more standard text per such word, where it
takes its other reading (`standard_texts`), and patterns are sought in each.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import regex

from pelisaannot.document import Document, word_memo
from pelisaannot.finnish.colloquial import ColloquialAnalysis, standard_forms
from pelisaannot.folding import fold
from pelisaannot.languages import informal_words, other_reading, standard_spelling

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
    # What a word is written as depends on the word alone (its text, its sentence's language, the analyser):
    # remembered per word of a batch, so a post none of whose words is spoken (most) costs one pass over its word
    # numbers, not a look at every word.
    langs = doc.token_langs
    forms = _FORMS_MEMO.per_token(doc, lambda t: _standard_form(t.text, langs[t.index], doc.analyses[t.index]))
    result = None if forms.count(None) == len(forms) else _written(doc, forms)
    doc.__dict__["_standard_text"] = result
    return result


def standard_texts(doc: Document) -> tuple[StandardText, ...]:
    """The draft's standard spellings: `standard_text`, and one more for each chat word that stands for two
    (`de`, `ill`) with that word in its other reading; empty when no word is spoken."""
    cached = doc.__dict__.get("_standard_texts")
    if cached is not None:
        return cached
    first = standard_text(doc)
    result: tuple[StandardText, ...] = () if first is None else (first,)
    langs = doc.token_langs
    others = _OTHER_MEMO.per_token(doc, lambda t: _other_form(t.text, langs[t.index]))
    if others.count(None) != len(others):
        forms = _FORMS_MEMO.per_token(doc, lambda t: _standard_form(t.text, langs[t.index], doc.analyses[t.index]))
        words = [t.text.lower() for t in doc.tokens]
        # one text per such word (`va de`: vad de, var det), not every combination: a few texts, never 2**n
        for word in dict.fromkeys(w for w, other in zip(words, others, strict=True) if other is not None):
            result = (*result, _written(doc, [other if w == word else form
                                              for w, other, form in zip(words, others, forms, strict=True)]))
    doc.__dict__["_standard_texts"] = result
    return result


def _written(doc: Document, forms: list[str | None]) -> StandardText:
    """The draft with each word that has a form written in it (None: as written)."""
    pieces: list[str] = []
    spans: list[tuple[int, int, int, int]] = []
    last = length = 0
    tokens = doc.tokens
    for i in itertools.compress(range(len(forms)), map(operator.is_not, forms, itertools.repeat(None))):
        token, form = tokens[i], forms[i]
        before = doc.text[last:token.start]
        pieces += [before, form]
        length += len(before)
        spans.append((length, length + len(form), token.start, token.end))
        length += len(form)
        last = token.end
    pieces.append(doc.text[last:])
    text = "".join(pieces)
    return StandardText(text, fold(text), tuple(s[0] for s in spans), tuple(spans))


def _other_form(text: str, lang: str) -> str | None:
    """A chat word's second reading as the second standard text writes it (`de` -> de, `ill` -> i'll), or None."""
    lowered = text.lower()
    if lang == "fi" or lowered not in informal_words():
        return None
    other = other_reading(lowered, lang)
    if other is None:
        return None
    return other.capitalize() if text[0].isupper() else other


_FORMS_MEMO = word_memo()
_OTHER_MEMO = word_memo()


def _standard_form(text: str, lang: str, analyses: tuple[Any, ...]) -> str | None:
    """The standard spelling a word is written in (`standard_text`), or None to keep it as written."""
    lowered = text.lower()
    # a Swedish or English chat spelling, in a sentence of that language
    if lowered in informal_words() and lowered not in KEEP_AS_WRITTEN and lang != "fi":
        standard = standard_spelling(lowered, lang)
        if standard is not None:
            return standard.capitalize() if text[0].isupper() else standard
    if lang != "fi" or not analyses or type(analyses[0]) is not ColloquialAnalysis:
        return None  # most words: Voikko knows them; spoken Finnish is read in a Finnish sentence only (`Ni`: ni)
    forms = standard_forms(analyses)
    if len(forms) != 1:
        return None
    form = next(iter(forms))
    return None if form == lowered else form


def spoken_spans(doc: Document, patterns: Iterable[regex.Pattern[str]]) -> list[tuple[int, int]]:
    """Spans of the draft where a pattern matches its standard spelling (a caller drops those it found as written)."""
    texts = standard_texts(doc)
    if len(texts) < 2:
        return [] if not texts else [texts[0].original(*m.span()) for p in patterns for m in p.finditer(texts[0].text)]
    spans = [std.original(*m.span()) for std in texts for p in patterns for m in p.finditer(std.text)]
    return list(dict.fromkeys(spans))
