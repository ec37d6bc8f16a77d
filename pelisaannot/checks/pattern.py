"""`pattern`: Unicode-aware regular expressions (the `regex` package) with optional context words.

A pattern in a rule file is data from whoever wrote the pack, so it is held twice: at load time it is tried
against pathological inputs (long runs of its own letters) and refused if it backtracks catastrophically;
at check time each search has a time limit, and a search that runs out of time is reported as a finding
(the rule could not be checked), never as silence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

import regex

from pelisaannot import regexcache
from pelisaannot.checks.base import (
    Check,
    CheckConfigError,
    Match,
    PackContext,
    simple_fold_source,
    simple_fold_text,
)
from pelisaannot.checks.context import Context
from pelisaannot.checks.literals import Prefilter, PrefilterGroup
from pelisaannot.checks.spoken_text import standard_texts
from pelisaannot.document import Document
from pelisaannot.localised import Text

#: How long the probes of `probe` may take, and how long each probe string is: short enough that a merely
#: quadratic pattern passes (the check-time limit reports it), long enough that an exponential one cannot.
PROBE_TIMEOUT = 0.25
PROBE_LENGTH = 500
TIMEOUT_MESSAGE = Text(
    "Sääntöä {rule} ei voitu tarkistaa: sen hakulauseke ei ehtinyt ratkaista tätä julkaisua ajassa "
    "(pattern timed out). Tarkista julkaisu itse ja pyydä säännön ylläpitäjää korjaamaan lauseke.",
    "Regeln {rule} kunde inte kontrolleras: dess sökuttryck hann inte avgöra det här inlägget i tid "
    "(pattern timed out). Granska inlägget själv och be regelns ansvariga rätta uttrycket.",
    "Rule {rule} could not be checked: its pattern did not finish on this post in time (pattern timed out). "
    "Check the post yourself and ask the rule's maintainer to fix the pattern.")


def _probes(source: str) -> list[str]:
    """Inputs that make a backtracking pattern explode: long runs of the letters the pattern itself names,
    alone, spaced, and followed by a character that makes the match fail at the end."""
    literal = regex.sub(r"\\[pPN]\{[^}]*\}|\\[a-zA-Z]", "", source)
    chars = [*list(dict.fromkeys(c for c in literal if c.isalnum()))[:12], "a", "1", " "]
    out = []
    for c in dict.fromkeys(chars):
        out += [c * PROBE_LENGTH + "!", (c + " ") * (PROBE_LENGTH // 2) + "!", (c + "-") * (PROBE_LENGTH // 2) + "!"]
    word = "".join(c for c in chars if c.strip())
    if word:
        out.append((word + " ") * (PROBE_LENGTH // (len(word) + 1)) + "!")
    return out


def probe(pattern: regex.Pattern[str], field: str) -> None:
    """Refuse a pattern that cannot search a pathological input in time (catastrophic backtracking)."""
    for text in _probes(pattern.pattern):
        try:
            for _ in pattern.finditer(text, timeout=PROBE_TIMEOUT):
                pass
        except TimeoutError:
            raise CheckConfigError(field, "hakulauseke on liian hidas: se jumittuu toistuvaan tekstiin "
                                          f"(pattern too slow on {text[:12]!r}…: catastrophic backtracking); "
                                          "poista sisäkkäiset toistot kuten (a|aa)+ tai (\\w+\\s?)*") from None


class PatternCheck(Check):
    kind = "pattern"

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        self.flags = regex.UNICODE | regex.VERSION1
        if params.get("ignore_case", True):
            self.flags |= regex.IGNORECASE | regex.FULLCASE
        self.sources: list[str] = list(params["patterns"])
        # A trusted (built-in) pack's patterns are compiled on first use: most never meet a post that holds
        # their literals, and compiling them all cost a third of every start. Anything else is compiled, probed
        # and checked now, so that a bad pattern is a load error.
        self._compiled: list[regex.Pattern[str] | None] = [None] * len(self.sources)
        # Each pattern's simple-folding twin, searched on a text without `ß` and its kind (`simple_fold_source`):
        # the same matches, cheaper to compile and to search. None where the pattern may name such a character.
        self._twin_sources = [simple_fold_source(source, self.flags) for source in self.sources]
        self._twins: list[regex.Pattern[str] | None] = [None] * len(self.sources)
        self.group = params.get("group", 0)
        if pack.verify:
            for i in range(len(self.sources)):
                self._verify(i)
        # What each pattern's matches must contain: a post without it is not searched at all.
        self.prefilters = [Prefilter.of(source, self.flags) for source in self.sources]
        self._gates = PrefilterGroup(self.prefilters)  # the few patterns a post may match, found in one step
        self.context = Context.from_params(params.get("context"))
        self.timeout = params.get("timeout_ms", 200) / 1000
        self.skip = set(params.get("skip_inside", ["urls", "emails"]))

    @property
    def patterns(self) -> list[regex.Pattern[str]]:
        """Every pattern, compiled."""
        return [self._pattern(i) for i in range(len(self.sources))]

    def _pattern(self, i: int) -> regex.Pattern[str]:
        compiled = self._compiled[i]
        if compiled is None:
            try:
                compiled = self._compiled[i] = regexcache.compile(self.sources[i], self.flags)
            except regex.error as exc:
                raise CheckConfigError(f"patterns[{i}]", f"invalid regular expression: {exc}") from None
        return compiled

    def _searcher(self, i: int, simple: bool) -> regex.Pattern[str]:
        """Pattern `i`, or its simple-folding twin when the text searched allows it (`simple`)."""
        if not simple or self._twin_sources[i] is None:
            return self._pattern(i)
        twin = self._twins[i]
        if twin is None:
            try:
                twin = self._twins[i] = regexcache.compile(self._twin_sources[i], self.flags & ~regex.FULLCASE)
            except regex.error:  # the prefix did not combine with the source's own flags: no twin
                self._twin_sources[i] = None
                return self._pattern(i)
        return twin

    def _verify(self, i: int) -> None:
        pattern = self._pattern(i)
        probe(pattern, f"patterns[{i}]")
        if isinstance(self.group, str) and self.group not in pattern.groupindex:
            raise CheckConfigError(f"patterns[{i}]", f"has no group named {self.group!r}")
        if isinstance(self.group, int) and self.group > pattern.groups:
            raise CheckConfigError("group", f"pattern {i} has only {pattern.groups} groups")

    def run(self, doc: Document) -> Iterator[Match]:
        spans: set[tuple[int, int]] = set()
        timed_out: set[int] = set()
        for text, folded, original in self._texts(doc):
            # In standard spelling every pattern its literals let in, again: one that failed on the draft as
            # written may need a word the draft spells informally (`du e en död man`: its literal `död` let it in).
            candidates = self._gates.candidates(folded)
            simple = simple_fold_text(text, folded) if candidates else False
            for i in candidates:
                if i in timed_out:
                    continue
                pattern = self._searcher(i, simple)
                try:
                    found = list(pattern.finditer(text, timeout=self.timeout))
                except TimeoutError:
                    # Never silence: the whole post is what could not be checked.
                    timed_out.add(i)
                    yield Match(0, len(doc.text), {"timeout": True}, message=TIMEOUT_MESSAGE)
                    continue
                for m in found:
                    start, end = original(*m.span(self.group))
                    if start == end or (start, end) in spans or doc.inside(start, self.skip):
                        continue
                    if self.context and not self.context.accepts(doc, start, end):
                        continue
                    spans.add((start, end))
                    yield Match(start, end)

    @staticmethod
    def _texts(doc: Document) -> Iterator[tuple[str, str, Callable[[int, int], tuple[int, int]]]]:
        """The draft as written, then (if it has spoken words) in standard spelling, with a span mapping back:
        a pattern written for `vedän turpiin` finds `vedän turpii` too."""
        yield doc.text, doc.casefolded, _same
        for std in standard_texts(doc):
            yield std.text, std.folded, std.original


def _same(start: int, end: int) -> tuple[int, int]:
    return start, end
