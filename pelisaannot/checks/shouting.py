"""`shouting`: words in capitals aimed at the reader, a raised voice in writing.

A word in capitals counts as shouting only when it is not an acronym: listed acronyms (the pack's list
files, `acronyms` and the pack setting `acronyms`: KELA, EU, THL, markings such as LUOTTAMUKSELLINEN) and
short words the dictionary does not know (`STM`, `OKM`, `DO`) are left alone, so a post full of agency
names is not shouting. A run needs `min_words` shouted words and `min_letters` letters in all and stays
within one sentence; a single emphasised word ("Tämä on TÄRKEÄÄ") stays clean, and so does a heading: a
line wholly in capitals of at most `max_heading_words` words without ! or ? (after a short label and a colon, or
after a link whose title it is, too), a few words that trail off in an ellipsis, and Finnish nouns and adjectives
in capitals, with no verb, adverb or pronoun: a name or a title ("EUROOPAN UNIONIN NEUVOSTO"), not a voice.
Code is not a voice either: names joined by `_` or followed by `=` (`OPENAI_API_KEY=`) are skipped.

A run that holds a greeting or a wish of `greeting_files` (`GOD JUL ALLA KUNDER`, `HAPPY NEW YEAR!!!`) is
warmth, not a raised voice.

Exclamation marks are not shouting on their own: "Onnittelut!!!" is joy. Marks right after a shouted
run (`SOITTAA?!?`) belong to the run; `punctuation: true` also reports `!!!` and `???` runs alone.
The suggestion is the same text in ordinary case, with one mark.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex

from pelisaannot.checks.base import Check, Match, PackContext
from pelisaannot.document import Document, Token
from pelisaannot.localised import Text

PUNCT_RE = regex.compile(r"[!?](?:\s?[!?]){2,}|[‼⁉]+")
TRAILING_MARKS_RE = regex.compile(r"[!?‼⁉]+")
# What may stand before a heading on its line: a short label and a colon (`Päivitys:`), or a link whose title the
# capitals are (`Tykkäsin videosta https://... REALLY BAD ADVICE`).
LABEL_RE = regex.compile(r"(?:^|\s)[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?:\s*$")
LETTER_OR_MARK_RE = regex.compile(r"[\p{L}!?]")
LINK_RE = regex.compile(r"https?://\S+\s*$")
TRAILING_OFF_RE = regex.compile(r"\s*(?:\.{3,}|…)")
ROMAN_RE = regex.compile(r"[IVXLC]{1,5}")
CODE_CHARS = "_=$"
NAME_WORDCLASSES = frozenset({"nimisana", "laatusana", "nimisana_laatusana", "paikannimi", "etunimi", "sukunimi",
                              "nimi", "lukusana", "lyhenne", "sidesana"})

# The reason a finding gives, in the languages of the messages.
CAPITALS = Text("teksti on kirjoitettu isoin kirjaimin", "texten är skriven med versaler", "the text is in capitals")
MARKS = Text("merkkijono {marks} huutaa", "tecknen {marks} skriker", "{marks} shouts")


class ShoutingCheck(Check):
    kind = "shouting"
    needs = frozenset({"lemmas"})
    placeholders = frozenset({"reason"})

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        self.capitals = params.get("capitals", True)
        self.punctuation = params.get("punctuation", False)
        self.min_words = params.get("min_words", 2)
        self.min_letters = params.get("min_letters", 10)
        self.max_unknown_acronym = params.get("max_unknown_acronym", 5)
        self.max_heading_words = params.get("max_heading_words", 4)
        acronyms = list(params.get("acronyms", []))
        for i, relative in enumerate(params.get("files", [])):
            acronyms += pack.read_list(relative, f"files[{i}]")
        acronyms += list(pack.settings.get("acronyms", []))
        self.acronyms = frozenset(a.upper() for a in acronyms)
        # Greetings and wishes (`HYVÄÄ JOULUA`, `GOD JUL ALLA KUNDER`): capitals of warmth, not a raised voice.
        greetings: list[str] = []
        for i, relative in enumerate(params.get("greeting_files", [])):
            greetings += pack.read_list(relative, f"greeting_files[{i}]")
        self.greetings = regex.compile(r"(?i)(?<!\p{L})(?:" + "|".join(
            r"\s+".join(map(regex.escape, g.split())) for g in sorted(greetings, key=lambda w: (-len(w), w)))
            + r")(?!\p{L})") if greetings else None

    def _acronym(self, word: str) -> bool:
        # (The parts between hyphens and colons: a split on one separator, without the regex module's call.)
        return word in self.acronyms or any(part in self.acronyms for part in word.replace(":", "-").split("-"))

    def _abbreviation(self, doc: Document, token: Token) -> bool:
        """An acronym, a Roman numeral, a short word the dictionary does not know, or a name in code."""
        word = token.text
        if self._acronym(word) or ROMAN_RE.fullmatch(word):
            return True
        text = doc.text
        before, after = text[max(0, token.start - 1):token.start], text[token.end:token.end + 1]
        if (before and before in CODE_CHARS) or (after and after in CODE_CHARS):
            return True
        return len(word) <= 3 and not doc.morphology.analyze(word.lower())

    def _shouted(self, doc: Document, token: Token) -> bool:
        word = token.text
        letters = sum(c.isalpha() for c in word)
        if letters <= 3 or not word.isupper() or self._abbreviation(doc, token):
            return False
        # A short word the dictionary does not know is an abbreviation (STM, OKM), not shouting; in a Swedish or
        # English sentence the Finnish dictionary knows nothing, so a word with a vowel counts (SLUTA, STOP).
        return letters > self.max_unknown_acronym or bool(doc.morphology.analyze(word.lower())) or (
            doc.lang_of(token.start) != "fi" and any(c in "AEIOUYÅÄÖ" for c in word))

    def _runs(self, doc: Document) -> list[list[Token]]:
        """Groups of words in capitals in one sentence with nothing in lower case between them."""
        text = doc.text
        runs: list[list[Token]] = []
        for token in doc.words:
            if not token.text.isupper():
                continue
            if runs and not any(c.islower() for c in text[runs[-1][-1].end:token.start]) \
                    and doc.sentence_index(runs[-1][-1].start) == doc.sentence_index(token.start):
                runs[-1].append(token)
            else:
                runs.append([token])
        return runs

    def _caps_runs(self, doc: Document) -> Iterator[Match]:
        text = doc.text
        for run in self._runs(doc):
            plain = [t for t in run if not self._abbreviation(doc, t)]
            letters = sum(sum(c.isalpha() for c in t.text) for t in plain)
            # Short words (EN, ON) count towards a run but cannot start one alone.
            shouted = any(self._shouted(doc, t) for t in plain)
            if len(plain) < self.min_words or not shouted or letters < self.min_letters:
                continue
            start, end = plain[0].start, plain[-1].end
            if self._heading(text, run) or self._name(doc, plain):
                continue
            if self.greetings is not None and self.greetings.search(text, start, end):
                continue  # a greeting or a wish in capitals is warmth, not a raised voice
            if text[max(0, start - 5):start] == "-----":
                continue  # a PEM header (-----BEGIN RSA PRIVATE KEY-----) is not a voice
            if len(run) <= 2 * self.max_heading_words and TRAILING_OFF_RE.match(text, end):
                continue  # a few words in capitals that trail off (`NYT ITKETTÄÄ...`) are a sigh, not a voice
            calm = text[start:end].lower()
            marks = TRAILING_MARKS_RE.match(text, end)
            if marks:
                calm += "?" if "?" in marks.group() else "!"
                end = marks.end()
            first = next(t for t in run if t.start == start)
            yield Match(start, end, {"reason": CAPITALS},
                        calm[:1].upper() + calm[1:] if doc.is_sentence_start(first) else calm)

    @staticmethod
    def _name(doc: Document, plain: list[Token]) -> bool:
        """Finnish nouns and adjectives in capitals are a name or a title (EUROOPAN UNIONIN NEUVOSTO), not a voice.
        Spoken words count by their standard reading (`MIKS TÄÄ EI TOIMI`: miksi, tämä are pronouns, a voice)."""
        analyses = [doc.analyses[t.index] or doc.morphology.analyze(t.text.lower()) for t in plain]
        if sum(1 for a in analyses if a) * 2 < len(plain):
            return False  # mostly words voikko does not know (English): no verb test
        # Nouns, adjectives, names, numerals and `ja` make a name; a verb, an adverb or a pronoun makes a voice
        # ("KIITOS VAAN TAAS KERRAN").
        return all(any(x.wordclass in NAME_WORDCLASSES for x in a) for a in analyses if a)

    def _heading(self, text: str, run: list[Token]) -> bool:
        """A short line wholly in capitals, with no ! or ?: a heading or a name, not a raised voice. After a
        label and a colon it is a heading too; after a link, the title of what the link shares (any length)."""
        line_start = text.rfind("\n", 0, run[0].start) + 1
        line_end = text.find("\n", run[-1].end)
        line_end = len(text) if line_end < 0 else line_end
        before, after = text[line_start:run[0].start], text[run[-1].end:line_end]
        if LETTER_OR_MARK_RE.search(after):
            return False
        if LINK_RE.search(before):
            return len(run) <= 3 * self.max_heading_words
        return len(run) <= self.max_heading_words and (
            not LETTER_OR_MARK_RE.search(before) or bool(LABEL_RE.search(before)))

    def run(self, doc: Document) -> Iterator[Match]:
        if self.capitals and sum(map(str.isupper, doc.text)) >= self.min_letters:  # map: the loop in C
            yield from self._caps_runs(doc)
        if self.punctuation:
            for m in PUNCT_RE.finditer(doc.text):
                mark = "?" if "?" in m.group() else "!"
                yield Match(m.start(), m.end(), {"reason": MARKS.fill(marks=m.group())}, mark)
