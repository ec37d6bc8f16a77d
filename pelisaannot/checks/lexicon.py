"""`lexicon`: Finnish base words matched in every inflected form and inside compounds.

A word matches when one of its voikko analyses has a listed lemma as base form or compound part
(`idiooteille` -> idiootti, `paskaesimies` -> paska + esi + mies). Words that merely contain the
letters do not (`Kusiaiset` is kusiainen). `stems` catch words the dictionary does not know
(`vittupäät`). A capitalised word inside a sentence or in quotes is a name or a title (`Perkele`
the film) and is skipped unless `skip_titles: false`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex

from pelisaannot.checks.base import Check, Match, PackContext
from pelisaannot.document import Document, Token

QUOTES = "\"'“”„«»‘’"
TITLE_CUES = regex.compile(r"(?i)\b(elokuva\w*|kirja\w*|teos\w*|sarja\w*|kappale\w*|levy\w*|albumi\w*)\s*$")


class LexiconCheck(Check):
    kind = "lexicon"
    needs = frozenset({"lemmas"})
    placeholders = frozenset({"lemma"})

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        words = [w.lower() for w in params.get("words", [])]
        for i, relative in enumerate(params.get("files", [])):
            words += [w.lower() for w in pack.read_list(relative, f"files[{i}]")]
        self.words = frozenset(words)
        self.stems = tuple(s.lower() for s in params.get("stems", []))
        self.compounds = params.get("compounds", True)
        self.skip_titles = params.get("skip_titles", True)
        self.exclude = frozenset(w.lower() for w in params.get("exclude", []))

    def _lemma(self, doc: Document, token: Token) -> str | None:
        analyses = doc.analyses[token.index]
        if not analyses:
            lowered = token.text.lower()
            if lowered in self.words:
                return lowered
            return next((s for s in self.stems if lowered.startswith(s)), None)
        if any(a.baseform.lower() in self.exclude for a in analyses):
            return None
        for a in analyses:
            base = a.baseform.lower()
            if base in self.words:
                return base
            if self.compounds:
                hit = next((p.lower() for p in a.parts if p.lower() in self.words), None)
                if hit:
                    return hit
        return None

    def _is_title(self, doc: Document, token: Token) -> bool:
        """A capitalised (not all-caps) word mid-sentence, a quoted word, or one after 'elokuva'."""
        text = doc.text
        before = text[max(0, token.start - 1):token.start]
        after = text[token.end:token.end + 1]
        if before and after and before in QUOTES and after in QUOTES:
            return True
        if TITLE_CUES.search(text[max(0, token.start - 30):token.start]):
            return True
        word = token.text
        return word[:1].isupper() and not word.isupper() and not doc.is_sentence_start(token)

    def run(self, doc: Document) -> Iterator[Match]:
        for token in doc.words:
            lemma = self._lemma(doc, token)
            if lemma is None:
                continue
            if self.skip_titles and self._is_title(doc, token):
                continue
            yield Match(token.start, token.end, {"lemma": lemma})
