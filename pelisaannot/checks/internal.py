"""`internal`: names and places that exist only inside the organisation, as the pack's settings list them.

- intranet and internal system names (`intranet_names`, `internal_systems`), in every inflected form
  (`Sinetistä` is Sinetti). A name that is also a common word (sinetti is a seal) counts only when it is
  written with a capital letter, or in lower case when its sentence has a word of work with the system
  (`lowercase_near`, `lowercase_near_files`: chat writes `kelmus oli taas katko`);
- internal hosts (`internal_hosts`; `*.kela.local` covers every sub-domain), anywhere in the text;
- addresses in non-public mail domains (`internal_mail_domains`);
- internal document numbers (`internal_document_patterns`, regular expressions).
A name is not reported when its sentence has a word of `unless_near` (or of the list files in
`unless_near_files`): base forms that show the word means something else (a seal pup named Sinetti is no intranet).
Rules may add their own entries with the same parameter names; the pack's settings are always read.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterator, Mapping
from functools import cached_property
from typing import Any

import regex

from pelisaannot.checks.base import Check, CheckConfigError, Match, PackContext
from pelisaannot.checks.lexicon import lemma_keys
from pelisaannot.checks.literals import Prefilter
from pelisaannot.checks.pattern import TIMEOUT_MESSAGE, probe
from pelisaannot.document import Document, Token, WordMemos, _has_letter
from pelisaannot.localised import Text

#: A pack's document-number pattern gets this long per post (as a `pattern` rule's default timeout_ms).
DOCUMENT_TIMEOUT = 0.2
#: Per list of names (in order), the name each word (text, language, analyser) is, or None.
_NAME_MEMOS = WordMemos(16)


# What a finding names, in the languages of the messages.
INTRANET = Text("intranetin nimi", "intranätets namn", "the intranet's name")
SYSTEM = Text("sisäisen järjestelmän nimi", "namnet på ett internt system", "the name of an internal system")
ADDRESS = Text("sisäinen verkko-osoite", "en intern webbadress", "an internal web address")
EMAIL = Text("sisäinen sähköpostiosoite", "en intern e-postadress", "an internal email address")
DOCUMENT = Text("sisäinen asiakirjanumero", "ett internt dokumentnummer", "an internal document number")


def _host_pattern(host: str) -> str:
    host = host.strip().lower()
    if host.startswith("*."):
        return r"(?:[\w-]+\.)+" + regex.escape(host[2:])
    return regex.escape(host)


class InternalCheck(Check):
    kind = "internal"
    needs = frozenset({"lemmas"})
    placeholders = frozenset({"what"})

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        settings = pack.settings

        def merged(key: str) -> list[str]:
            return [*settings.get(key, []), *params.get(key, [])]

        self.names: dict[str, Text] = {}
        for key, what in (("intranet_names", INTRANET), ("internal_systems", SYSTEM)):
            for name in merged(key):
                self.names[name.lower()] = what
        self._common: dict[str, bool] = {}
        hosts = merged("internal_hosts")
        self.hosts = (regex.compile(r"(?i)(?<![\w.-])(?:" + "|".join(_host_pattern(h) for h in hosts) + r")(?![\w-])")
                      if hosts else None)
        self.host_hints = tuple(h.strip().lower().removeprefix("*.") for h in hosts)
        self.mail_domains = tuple(d.lower().lstrip("@") for d in merged("internal_mail_domains"))
        self.documents: list[regex.Pattern[str]] = []
        for i, source in enumerate(merged("internal_document_patterns")):
            field = f"internal_document_patterns[{i}]"
            try:
                self.documents.append(regex.compile(source))
            except regex.error as exc:
                raise CheckConfigError(field, f"invalid regular expression: {exc}") from None
            if pack.verify:
                probe(self.documents[-1], field)  # a pack's pattern: refused at load if it backtracks without end
        excuses = [w.lower() for w in params.get("unless_near", [])]
        for i, relative in enumerate(params.get("unless_near_files", [])):
            excuses += [w.lower() for w in pack.read_list(relative, f"unless_near_files[{i}]")]
        self.unless_near = frozenset(excuses)
        work = [w.lower() for w in params.get("lowercase_near", [])]
        for i, relative in enumerate(params.get("lowercase_near_files", [])):
            work += [w.lower() for w in pack.read_list(relative, f"lowercase_near_files[{i}]")]
        self.lowercase_near = frozenset(work)
        self.multiword = [(name, what, regex.compile(r"(?i)(?<![\p{L}\p{N}])" + regex.escape(name) + r"\p{L}{0,6}"))
                          for name, what in self.names.items() if not regex.fullmatch(r"\p{L}+", name)]

    @cached_property
    def _multiword_gates(self) -> list[Prefilter]:
        """What each multi-word name's pattern needs in a post (see `literals`), made on first use."""
        return [Prefilter.of(pattern.pattern, pattern.flags) for _, _, pattern in self.multiword]

    def _is_common_word(self, doc: Document, name: str) -> bool:
        if name not in self._common:
            self._common[name] = any(a.wordclass not in ("etunimi", "sukunimi", "paikannimi", "nimi")
                                     for a in doc.morphology.analyze(name))
        return self._common[name]

    @staticmethod
    def _inflected(word: str, name: str) -> bool:
        """`word` is `name` (or its stem without the final vowel, also in the weak grade: `Sinetis`, spoken
        `Sinetissä`) plus at most an inflection ending."""
        stem = name[:-1] if len(name) >= 5 and name[-1] in "aeiouyäö" else name
        weak = stem[:-1] if len(stem) >= 4 and stem[-1] in "kpt" and stem[-2] == stem[-1] else stem
        return (word.startswith(stem) or word.startswith(weak)) and len(word) - len(name) <= 6

    def _excused(self, doc: Document, offset: int) -> bool:
        """A word of `unless_near` in the sentence: the name means something else there."""
        return self._near(doc, offset, self.unless_near)

    @staticmethod
    def _near(doc: Document, offset: int, words: frozenset[str]) -> bool:
        """A word of `words` (a base form or the written form, or a part of a hyphenated compound: `Sinetti-hylje`)
        in the sentence at `offset`."""
        if not words:
            return False
        sentence = doc.sentence_of(offset)
        keys = lemma_keys(doc)
        return any(keys[t.index] & words or t.text.lower() in words
                   or ("-" in t.text and not words.isdisjoint(t.text.lower().split("-")))
                   for t in doc.tokens_between(sentence.start, sentence.end))

    def _name_of(self, doc: Document, token: Token) -> str | None:
        """The listed name a word is (by its base form, or, unknown to voikko, by its letters), or None."""
        lowered = token.text.lower()
        head = lowered.split("-", 1)[0] if "-" in lowered else None
        if head in self.names:
            return head  # the name as the first part of a hyphenated compound: `Kelmu-näkymä`, `Sinetti-sivulla`
        keys = lemma_keys(doc)
        if keys[token.index] and keys[token.index].isdisjoint(self.names):
            return None
        analyses = doc.analyses[token.index]
        lemmas = {a.baseform.lower() for a in analyses}
        hit = next((n for n in self.names if n in lemmas), None)
        if hit is None and not analyses:
            # A name voikko does not know: its own letters, then at most an inflection ending.
            hit = next((n for n in self.names if self._inflected(lowered, n)), None)
        return hit

    def _name_per_token(self, doc: Document) -> list[str | None]:
        """`_name_of` every token: a function of the word alone, so remembered per word of a batch (an unknown
        word was tried against every name in every post)."""
        return _NAME_MEMOS.of(tuple(self.names)).per_token(doc, lambda t: self._name_of(doc, t))

    def _names(self, doc: Document) -> Iterator[Match]:
        found = self._name_per_token(doc)
        # most posts: no word is a name, and no word is looked at again (picked in C)
        for i in itertools.compress(range(len(found)), map(operator.is_not, found, itertools.repeat(None))):
            token, hit = doc.tokens[i], found[i]
            if not _has_letter(token.text):
                continue  # a number is no word
            if (self._is_common_word(doc, hit) and not token.is_capitalised
                    and not self._near(doc, token.start, self.lowercase_near)):
                continue  # `sinetti` in lower case is a seal, unless its sentence is about work (`lowercase_near`)
            if self._excused(doc, token.start):
                continue
            yield Match(token.start, token.end, {"what": self.names[hit]})
        for (_name, what, pattern), gate in zip(self.multiword, self._multiword_gates, strict=True):
            if not gate.may_match(doc.casefolded):
                continue  # the name's letters are not in the post: no search of every position
            for m in pattern.finditer(doc.text):
                yield Match(m.start(), m.end(), {"what": what})

    def run(self, doc: Document) -> Iterator[Match]:
        if self.names:
            yield from self._names(doc)
        lowered = doc.text.lower()
        if self.hosts is not None and any(h in lowered for h in self.host_hints):
            for m in self.hosts.finditer(doc.text):
                if "@" in doc.text[max(0, m.start() - 1):m.start()]:
                    continue  # the domain of an e-mail address: judged below
                yield Match(m.start(), m.end(), {"what": ADDRESS})
        for email in doc.emails:
            domain = email.text.rsplit("@", 1)[-1].lower()
            if any(domain == d or domain.endswith("." + d) for d in self.mail_domains):
                yield Match(email.start, email.end, {"what": EMAIL})
        for pattern in self.documents:  # a pack's own patterns: always searched, so that a timeout is reported
            try:
                found = list(pattern.finditer(doc.text, timeout=DOCUMENT_TIMEOUT))
            except TimeoutError:
                yield Match(0, len(doc.text), {"what": DOCUMENT}, message=TIMEOUT_MESSAGE)
                continue
            for m in found:
                yield Match(m.start(), m.end(), {"what": DOCUMENT})
