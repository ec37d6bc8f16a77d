"""`frames`: a concept told in many words, found as an ordered frame of cue words in one sentence.

A threat hides in ordinary words: "tiedän kyllä missä asut", "I know which floor he sits on", "jag vet var
du bor". Each is a frame: a knowing verb, a question word of place, a verb of living or working, in that
order and a few words apart. A frame file (one frame a line, `#` comments) writes each frame as elements
joined by ` + `; an element lists its alternatives with `|`:

    tiedän|tiedetään|know|vet + missä|miltä|where|which|var + asut|asuu|live*|sits|bor

An alternative is a word as written (lower case), a prefix when it ends in `*` (`asu*`), or a base form
when it starts with `=` (`=kostaa` matches kostan, kostetaan). Elements must follow each other within
`window` words, in one sentence. A negation (`negations`) in the frame or just before it cancels it, unless
the frame itself names it: "en tiedä missä asut" is no threat, "a talk you will never forget" is one. A frame of
`unless_files` later in the same sentence cancels it too: "you'll regret it if you miss the concert" invites.

A word as written also matches in its standard spelling when it is a Swedish or English chat spelling in a
sentence of that language (`u'll` as you'll, `e` as är: pelisaannot/languages/data/informal.*.txt).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pelisaannot.checks.base import Check, CheckConfigError, Match, PackContext
from pelisaannot.checks.literals import Prefilter, PrefilterGroup
from pelisaannot.checks.negation import negates, read_negations
from pelisaannot.document import Document, Token, WordMemos
from pelisaannot.finnish.colloquial import is_spoken, standard_forms
from pelisaannot.folding import fold
from pelisaannot.languages import informal_words, standard_spelling

#: Per set of first words, prefixes and lemmas, whether a word (text, language, analyser) may start a frame.
_START_MEMOS = WordMemos(16)


@dataclass(frozen=True, slots=True)
class Alternative:
    text: str
    prefix: bool = False
    lemma: bool = False

    def matches(self, doc: Document, token: Token) -> bool:
        word = token.text.lower().replace("’", "'")
        if self.lemma:
            return self.text in doc.lemmas(token)
        if word.startswith(self.text) if self.prefix else word == self.text:
            return True
        standard = chat_standard(doc, token)
        return standard is not None and (standard.startswith(self.text) if self.prefix else standard == self.text)


def chat_standard(doc: Document, token: Token) -> str | None:
    """The standard spelling of a Swedish or English chat spelling (`u'll`: you'll) in a sentence of that
    language, or of a spoken Finnish word (`penaalis`: penaalissa); None for any other word."""
    word = token.text.lower().replace("’", "'")
    if word not in informal_words():
        analyses = doc.analyses[token.index]
        if is_spoken(analyses):
            forms = standard_forms(analyses)
            return min(forms) if forms else None
        return None
    lang = doc.token_langs[token.index]
    return standard_spelling(word, lang) if lang != "fi" else None


def _chat_text(doc: Document) -> str:
    """The standard spellings of the draft's chat spellings, folded, for the frames' literal gates (kept on the
    document: every frames rule asks)."""
    cached = doc.__dict__.get("_chat_text")
    if cached is None:
        cached = doc.__dict__["_chat_text"] = fold(" ".join(s for t in doc.words if (s := chat_standard(doc, t))))
    return cached


Frame = tuple[tuple[Alternative, ...], ...]


def parse_frame(line: str) -> Frame:
    """`a|b* + =c` -> ((a, b*), (=c,))."""
    elements = []
    for element in line.split(" + "):
        alternatives = []
        for alt in element.split("|"):
            alt = alt.strip().lower().replace("’", "'")
            if not alt:
                raise ValueError(f"empty alternative in {line!r}")
            lemma = alt.startswith("=")
            alt = alt.lstrip("=")
            prefix = alt.endswith("*")
            alternatives.append(Alternative(alt.rstrip("*"), prefix, lemma))
        elements.append(tuple(alternatives))
    return tuple(elements)


def _frame_prefilter(frame: Frame) -> Prefilter:
    """What a text must hold for `frame` to match: the element whose written alternatives (words and prefixes,
    none a base form, which an inflected word need not contain) are longest at their shortest."""
    usable = [element for element in frame if not any(a.lemma for a in element)]
    if not usable:
        return Prefilter(())
    best = max(usable, key=lambda element: min(len(a.text) for a in element))
    # A word is compared with its ’ made ' (`couldn’t`), the text is not: both spellings may stand there.
    literals = {fold(spelling) for a in best for spelling in (a.text, a.text.replace("'", "’"))}
    return Prefilter((tuple(sorted(literals)),))


class FramesCheck(Check):
    kind = "frames"
    needs = frozenset({"lemmas"})

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        lines = list(params.get("frames", []))
        for i, relative in enumerate(params.get("files", [])):
            lines += pack.read_list(relative, f"files[{i}]")
        self.frames: list[Frame] = []
        for i, line in enumerate(lines):
            try:
                self.frames.append(parse_frame(line))
            except ValueError as exc:
                raise CheckConfigError(f"frames[{i}]", str(exc)) from None
        # Frames that, later in the same sentence, make the frame found no threat: "you'll regret it if you miss
        # the concert" is an invitation (the regret of missing something nice).
        self.unless: list[Frame] = []
        for i, relative in enumerate(params.get("unless_files", [])):
            for line in pack.read_list(relative, f"unless_files[{i}]"):
                try:
                    self.unless.append(parse_frame(line))
                except ValueError as exc:
                    raise CheckConfigError(f"unless_files[{i}]", str(exc)) from None
        self.negations = read_negations(pack, params.get("negation_files", []), "negation_files")
        extra = frozenset(w.lower().replace("’", "'") for w in params.get("negations", []))
        self.negations["*"] = self.negations.get("*", frozenset()) | extra
        self.window = params.get("window", 4)
        # Per frame, the written words or prefixes of its most selective element with no base-form alternative:
        # one of them must be in the text (a post whose words start a frame but hold no rarer part is passed over:
        # `nää` and `taas` start many, `pummi*` is rare).
        self._gates = PrefilterGroup([_frame_prefilter(frame) for frame in self.frames])
        # Every first alternative, so that most words are passed over with one set look-up.
        firsts = [a for f in self.frames for a in f[0]]
        self._first_words = frozenset(a.text for a in firsts if not a.prefix and not a.lemma)
        self._first_prefixes = tuple(a.text for a in firsts if a.prefix)
        self._first_lemmas = frozenset(a.text for a in firsts if a.lemma)
        #: Word form -> whether it may start a frame by its surface (a listed first word or prefix): the same in
        #: every post, so worked out once per form of a batch instead of once per token.
        self._surface_starts: dict[str, bool] = {}
        # The frames each first alternative may start, in file order: a word is tried only against those.
        self._by_first_word: dict[str, list[int]] = {}
        self._by_first_lemma: dict[str, list[int]] = {}
        self._by_first_prefix: list[tuple[str, int]] = []
        for i, frame in enumerate(self.frames):
            for a in frame[0]:
                if a.lemma:
                    self._by_first_lemma.setdefault(a.text, []).append(i)
                elif a.prefix:
                    self._by_first_prefix.append((a.text, i))
                else:
                    self._by_first_word.setdefault(a.text, []).append(i)

    def _candidates(self, doc: Document, token: Token) -> list[int]:
        """The indices of the frames whose first element the word may be, in order (empty: none may start here)."""
        word = token.text.lower().replace("’", "'")
        found = set(self._by_first_word.get(word, ()))
        found.update(i for prefix, i in self._by_first_prefix if word.startswith(prefix))
        standard = chat_standard(doc, token)
        if standard is not None:
            found.update(self._by_first_word.get(standard, ()))
            found.update(i for prefix, i in self._by_first_prefix if standard.startswith(prefix))
        if self._first_lemmas:
            for lemma in self._first_lemmas & doc.lemmas(token):
                found.update(self._by_first_lemma[lemma])
        return sorted(found)

    def _may_start(self, doc: Document, token: Token) -> bool:
        surface = self._surface_starts.get(token.text)
        if surface is None:
            if len(self._surface_starts) > 100_000:  # a long batch of varied text: start afresh
                self._surface_starts.clear()
            word = token.text.lower().replace("’", "'")
            # a chat spelling in any language here (a word, not yet a sentence): `matches` asks the sentence's
            spellings = [word, *(s for lang in ("sv", "en") if (s := standard_spelling(word, lang)))]
            surface = self._surface_starts[token.text] = any(
                w in self._first_words or w.startswith(self._first_prefixes) for w in spellings)
        return surface or bool(self._first_lemmas and self._first_lemmas & doc.lemmas(token))

    def _find(self, doc: Document, words: Sequence[Token], frame: Frame, at: int) -> list[int] | None:
        """Positions in `words` of each element, the first at `at`, or None."""
        found = [at]
        for element in frame[1:]:
            last = found[-1]
            nxt = next((k for k in range(last + 1, min(len(words), last + 1 + self.window))
                        if any(a.matches(doc, words[k]) for a in element)), None)
            if nxt is None:
                return None
            found.append(nxt)
        return found

    def _negated(self, doc: Document, words: Sequence[Token], found: list[int]) -> bool:
        used = set(found)
        language = doc.lang_of(words[found[0]].start)
        return any(negates(self.negations, words[k].text, language)
                   for k in range(max(0, found[0] - 2), found[-1] + 1) if k not in used)

    def _excused(self, doc: Document, words: Sequence[Token], found: list[int]) -> bool:
        """An `unless` frame after the frame found, in its sentence: `... if you miss the concert`."""
        return any(any(a.matches(doc, words[k]) for a in frame[0]) and self._find(doc, words, frame, k)
                   for frame in self.unless for k in range(found[-1] + 1, len(words)))

    def _starts(self, doc: Document) -> list[bool]:
        """Per token, `_may_start`: a function of the word alone, so remembered per word of a batch (shared by the
        rules with the same first words); a post costs one look-up per word, in C."""
        memo = _START_MEMOS.of((self._first_words, self._first_prefixes, self._first_lemmas))
        return memo.per_token(doc, lambda t: self._may_start(doc, t))

    def run(self, doc: Document) -> Iterator[Match]:
        if not self.frames:
            return
        starts = self._starts(doc)
        if not any(starts):
            return  # no word may start a frame: most posts
        possible = frozenset(self._gates.candidates(doc.casefolded))
        chat = _chat_text(doc)
        if chat:  # a frame's rarest part may be written as chat (`u'll`)
            possible |= frozenset(self._gates.candidates(chat))
        if not possible:
            return
        for sentence in doc.sentences:
            words = doc.words_between(sentence.start, sentence.end)
            for i, token in enumerate(words):
                if not starts[token.index]:
                    continue
                candidates = [k for k in self._candidates(doc, token) if k in possible]
                hit = None
                for k in candidates:
                    frame = self.frames[k]
                    if not any(a.matches(doc, token) for a in frame[0]):
                        continue
                    found = self._find(doc, words, frame, i)
                    if found and not self._negated(doc, words, found) and not self._excused(doc, words, found):
                        hit = found
                        break
                if hit:
                    yield Match(words[hit[0]].start, words[hit[-1]].end)
                    break  # one finding a sentence
