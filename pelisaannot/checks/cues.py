"""`cues`: a concept recognised by cue words that occur together, however the writer phrases it.

"The figures are published only on Thursday, but I can tell you already" is no phrase a rule can list; it is a
publication word and a "not yet" word in one clause. A rule of this kind names cue lists (pack data, per
language) and says which of them must occur together, in one clause, one sentence or anywhere in the post.

A cue list file has one cue a line (`#` starts a comment):
- `julkaista`: a base form; it matches every inflected form and every compound part of a word
  (`luonnos` matches `budjettiluonnoksessa`), and the surface form of a word the dictionary does not know;
- `meidän kesken`: several cues in a row, a phrase (each word matched as above);
- `publicer*`: any word that starts with these letters (unknown words, Swedish and English inflection);
- `*koulutus`: any word whose written or base form ends so: the head of a compound (`tietoturvakoulutuksessa`,
  not `koulutusmäärärahat`), or the last part of a Swedish or English compound (`*vyn`: `handläggningsvyn`);
- `=än`: this one written form only.
A cue may also be given as `patterns:`, regular expressions over the text outside links and e-mail addresses, for
what has a shape rather than words (a marking in capitals, `TL IV`).

`cues:` maps a cue name to its lists: `fi`, `sv`, `en` (used for sentences in that language when the document knows
the language of its sentences; otherwise every list counts) and `any`. `match:` lists alternatives; each names the
cues that must all occur in one `clause` (a sentence cut at commas, colons, dashes and brackets), in the same
`sentence`, and anywhere in the `post`. `unless:` names cues that excuse a match when they occur in its `sentence`
or in the `post`, except where a `negation` cue comes before them in their clause (`raportti on julkinen` excuses,
`raporttia ei ole julkaistu` does not). The finding spans the cue words of the clause (or sentence) that matched.
An alternative may give its own `unless:`, in place of the rule's (a plea for secrecy is not excused by the
meeting moved in its sentence, which excuses a change told as news).
"""

from __future__ import annotations

import bisect
import itertools
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from pelisaannot.checks.base import Check, CheckConfigError, LazyPattern, Match, PackContext, compile_pattern
from pelisaannot.checks.context import hashtag_cue_spans, sentence_hashtags
from pelisaannot.checks.literals import Prefilter, PrefilterGroup
from pelisaannot.checks.spoken_text import spoken_spans, standard_texts
from pelisaannot.document import WORD_MEMO_LIMIT, Document, Token, shared_value, word_memo
from pelisaannot.finnish.colloquial import standard_forms
from pelisaannot.languages import standard_spelling
from pelisaannot.localised import Text

LANGS = ("fi", "sv", "en", "any")
SCOPES = ("clause", "sentence", "post")
#: Punctuation (not the colon of an inflected abbreviation, `PM:et`, `HR:n mukaan`, nor its ending), `but`, and the
#: Finnish `että` (spoken `et`, `ettei`) that a comma precedes in standard spelling: an informal writer leaves the
#: comma out (`sanoi et eihän tää`), so the clause must end at the word itself.
CLAUSE_BREAK_RE = regex.compile(
    r"[,;()\[\]–—]|(?-i::(?!\p{Ll}))|\s-\s|(?<!:)\b(?:mutta|mut|vaan|men|but|että|et|ettei|ettet)\b", regex.IGNORECASE)


#: Marks a written form among a word's keys (a spoken word's standard form, `kenellekää`: kenellekään) and among a
#: post's keys (`_post_keys`), apart from base forms: a form cue (`=kenellekään`) looks for the marked form.
FORM_MARK = "\x00"


@dataclass(frozen=True, slots=True)
class Slot:
    """One word of a cue: a base form, a surface prefix or an exact surface form."""

    how: str  # "lemma" | "prefix" | "suffix" | "form"
    text: str

    def accepts(self, keys: frozenset[str], lemmas: frozenset[str], surface: str) -> bool:
        if self.how == "lemma":
            return self.text in keys
        if self.how == "prefix":
            # `utkast*` also meets a compound whose head begins so: `budgetutkastet` (head `utkast`).
            return surface.startswith(self.text) or any(key.startswith(self.text) for key in keys)
        if self.how == "suffix":
            return surface.endswith(self.text) or any(lemma.endswith(self.text) for lemma in lemmas)
        # a spoken word meets a form cue of the standard form it stands for (`kenellekää`: `=kenellekään`)
        return surface == self.text or FORM_MARK + self.text in keys


def parse_cue(line: str) -> tuple[Slot, ...]:
    """`meidän kesken` -> two lemma slots; `publicer*` a prefix, `*vyn` a suffix, `=än` a form slot."""
    slots = []
    for word in line.lower().split():
        if word.startswith("="):
            slots.append(Slot("form", word[1:]))
        elif word.startswith("*") and len(word) > 1:
            slots.append(Slot("suffix", word[1:]))
        elif word.endswith("*"):
            slots.append(Slot("prefix", word[:-1]))
        else:
            slots.append(Slot("lemma", word))
    return tuple(slots)


@dataclass(frozen=True, slots=True)
class Hit:
    """One occurrence of a cue: its span, its sentence and its clause."""

    start: int
    end: int
    sentence: int
    clause: int


@dataclass(frozen=True, slots=True)
class Alternative:
    clause: tuple[str, ...]
    sentence: tuple[str, ...]
    post: tuple[str, ...]
    what: str
    #: The alternative's own excuses (sentence, post), in place of the rule's; None: the rule's apply.
    unless: tuple[tuple[str, ...], tuple[str, ...]] | None = None


def _keys(doc: Document) -> tuple[Sequence[frozenset[str]], Sequence[frozenset[str]]]:
    """Per token: its base forms, compound parts and surface form; and its base forms alone (`_words`)."""
    words = _words(doc)
    return words[0], words[1]


#: Per word: its keys, base forms and written form (`_word`).
_WORDS_MEMO = word_memo()


def _words(doc: Document) -> tuple[Sequence[frozenset[str]], Sequence[frozenset[str]], Sequence[str]]:
    """Per token, its keys, base forms and written form: what a cue list's search reads.

    All three depend on the word alone (its text, its sentence's language, the analyser): one per-word memo, so
    a post costs one pass over its word numbers (in C) and one transposition, not a pass per layer. Asked only of
    a post some list may occur in (`_candidates` reads the words' lists without it); kept on the document."""
    cached = doc.__dict__.get("_cue_words")
    if cached is None:
        found = _WORDS_MEMO.per_token(doc, lambda t: _word(doc, t))
        cached = doc.__dict__["_cue_words"] = tuple(zip(*found, strict=True)) if found else ((), (), ())
    return cached


def _word(doc: Document, t: Token) -> tuple[frozenset[str], frozenset[str], str]:
    keys, lemmas = _token_keys(doc, t)
    # An informal spelling is read as its standard one ("int" as `=inte`): a form cue names the standard.
    return keys, lemmas, standard_spelling(t.text, doc.token_langs[t.index]) or t.text.lower()


def _token_keys(doc: Document, t: Token) -> tuple[frozenset[str], frozenset[str]]:
    # a spoken word's written form is also the standard one it stands for (`täs`: tässä, a `=tässä` cue)
    standard = standard_forms(doc.analyses[t.index])
    token_keys = {*doc.parts(t), t.text.lower(), *standard, *(FORM_MARK + form for form in standard)}
    token_lemmas = set(doc.lemmas(t))
    if "-" in t.text and not doc.analyses[t.index]:
        # `Pilvi-käsittelynäkymästä`, `Teams-kanavalla`: a name joined to a word; the word is the head.
        for a in doc.morphology.analyze(t.text.rsplit("-", 1)[1]):
            token_keys |= {a.baseform.lower(), *(p.lower() for p in a.parts)}
            token_lemmas.add(a.baseform.lower())
    return frozenset(token_keys), frozenset(token_lemmas)


def _clause_breaks(doc: Document) -> list[int]:
    """Where clauses start: every sentence start and every comma, colon, dash, bracket or 'but'."""
    cached = doc.__dict__.get("_clause_breaks")
    if cached is None:
        cached = sorted({*(m.start() for m in CLAUSE_BREAK_RE.finditer(doc.text)), *(s.start for s in doc.sentences)})
        doc.__dict__["_clause_breaks"] = cached
    return cached


class _Registry:
    """How the first word of every cue of every cue list loaded leads to the lists: a post's words are looked up
    here once, and a list none of whose cues can start in the post is skipped without a look at it (most lists
    of most posts). `version` rises with every list registered, so a document's cached look-up is redone when
    a list loaded later than it."""

    def __init__(self) -> None:
        self.version = 0
        self.serials = itertools.count()
        #: Word (base form, part or written form) -> the lists with a lemma or form cue starting with it.
        self.by_word: dict[str, set[int]] = {}
        self.words: set[str] = set()
        #: Prefix or suffix of a first word -> the lists with such a cue; and the lengths those have.
        self.by_prefix: dict[str, set[int]] = {}
        self.by_suffix: dict[str, set[int]] = {}
        self.prefix_lengths: list[int] = []
        self.suffix_lengths: list[int] = []
        #: The prefixes (suffixes) by their first (last) letters, as many as the shortest has: a word is tested
        #: against the few that begin (end) as it does, not sliced at every length (`scanned`, once per new word).
        self._by_head: tuple[int, dict[str, list[tuple[str, set[int]]]]] = (0, {})
        self._by_tail: tuple[int, dict[str, list[tuple[str, set[int]]]]] = (0, {})

    def add(self, serial: int, first: list[Slot]) -> None:
        for slot in first:
            if slot.how in ("lemma", "form"):
                self.by_word.setdefault(slot.text, set()).add(serial)
                self.words.add(slot.text)
            else:
                table = self.by_prefix if slot.how == "prefix" else self.by_suffix
                table.setdefault(slot.text, set()).add(serial)
        self.prefix_lengths = sorted({len(p) for p in self.by_prefix})
        self.suffix_lengths = sorted({len(p) for p in self.by_suffix})
        self._by_head = self._bucketed(self.by_prefix, self.prefix_lengths, lambda text, k: text[:k])
        self._by_tail = self._bucketed(self.by_suffix, self.suffix_lengths, lambda text, k: text[len(text) - k:])
        self.version += 1
        _SCAN_MEMO.clear()
        _SERIALS_MEMO.clear()

    @staticmethod
    def _bucketed(table: dict[str, set[int]], lengths: list[int],
                  cut: Callable[[str, int], str]) -> tuple[int, dict[str, list[tuple[str, set[int]]]]]:
        k = lengths[0] if lengths else 0
        buckets: dict[str, list[tuple[str, set[int]]]] = {}
        for text, serials in table.items():
            buckets.setdefault(cut(text, k), []).append((text, serials))
        return k, buckets

    def scanned(self, word: str) -> frozenset[int]:
        """The lists with a prefix cue that `word` starts with or a suffix cue it ends with (remembered per word)."""
        found = _SCAN_MEMO.get(word)
        if found is None:
            out: set[int] = set()
            k, buckets = self._by_head
            if buckets and len(word) >= k:
                for prefix, serials in buckets.get(word[:k], ()):
                    if word.startswith(prefix):
                        out.update(serials)
            k, buckets = self._by_tail
            if buckets and len(word) >= k:
                for suffix, serials in buckets.get(word[len(word) - k:], ()):
                    if word.endswith(suffix):
                        out.update(serials)
            if len(_SCAN_MEMO) >= WORD_MEMO_LIMIT:
                _SCAN_MEMO.clear()
            found = _SCAN_MEMO[word] = shared_value(frozenset(out))
        return found


_SCAN_MEMO = word_memo()
#: Per word, the cue lists it may start (see `_candidates`); emptied whenever a list is registered.
_SERIALS_MEMO = word_memo()
_REGISTRY = _Registry()


def _index(doc: Document) -> dict[str, list[int]]:
    """Every key of the document (base form, compound part, surface form) that starts some cue -> the tokens that
    have it, in order.

    Built once per document and shared by every cue list of every rule: a list looks only at the keys it
    shares with the post, and most lists share none. A token's keys are cut to the cue-starting words by one set
    intersection (in C): most words start no cue, and indexing every key was most of the cost of a post."""
    cached = doc.__dict__.get("_cue_index")
    if cached is None or cached[0] != _REGISTRY.version:
        index: dict[str, list[int]] = {}
        first_words = _REGISTRY.words
        for i, token_keys in enumerate(_keys(doc)[0]):
            for key in token_keys & first_words:
                index.setdefault(key, []).append(i)
        cached = doc.__dict__["_cue_index"] = (_REGISTRY.version, index)
    return cached[1]


def _candidates(doc: Document) -> set[int]:
    """The serial numbers of the cue lists that may occur in the document: a lemma or form cue's first word is
    one of its keys, or a prefix or suffix cue's first word starts or ends one of its words. A superset: the
    list's own search decides."""
    cached = doc.__dict__.get("_cue_candidates")
    if cached is None or cached[0] != _REGISTRY.version:
        # The lists a word may start depend on the word alone: worked out once per word of a batch (from its
        # `_word`, remembered too), and a post's candidates are the union of its words' (in C), not a look-up per
        # key and per written or base form; nor are the words' keys read.
        ids = doc.memo_ids
        per_word = _SERIALS_MEMO.per_token(doc, lambda t: _word_serials(*_WORDS_MEMO.get_or(
            ids[t.index], lambda: _word(doc, t))))
        # ... and a hashtag among a sentence's words is read as a word too (`meiän #palvelupiste #suljetaan`).
        tags = [_word_serials(t.keys, t.lemmas, t.surface) for t in sentence_hashtags(doc)]
        cached = doc.__dict__["_cue_candidates"] = (_REGISTRY.version, set().union(*per_word, *tags), per_word)
    return cached[1]


def _starting(doc: Document, serial: int) -> list[int]:
    """The tokens that may start a cue of list `serial` (`_candidates` per word), in order: a list's prefix and
    suffix cues are tried at these alone, not at every word of the post."""
    _candidates(doc)
    cached = doc.__dict__.get("_cue_starting")
    if cached is None or cached[0] != _REGISTRY.version:
        by_serial: dict[int, list[int]] = {}
        per_word = doc.__dict__["_cue_candidates"][2]
        for i in itertools.compress(range(len(per_word)), per_word):  # most words start no list
            for number in per_word[i]:
                by_serial.setdefault(number, []).append(i)
        cached = doc.__dict__["_cue_starting"] = (_REGISTRY.version, by_serial)
    return cached[1].get(serial, [])


def _word_serials(keys: frozenset[str], lemmas: frozenset[str], surface: str) -> frozenset[int]:
    """The cue lists one word may start: a lemma or form cue's first word is one of its keys, or a prefix or
    suffix cue's first word starts or ends its written form, a base form or a key."""
    found: set[int] = set()
    by_word = _REGISTRY.by_word
    for key in keys & _REGISTRY.words:
        found.update(by_word[key])
    if _REGISTRY.prefix_lengths or _REGISTRY.suffix_lengths:
        scanned = _REGISTRY.scanned
        for word in {surface, *lemmas, *keys}:
            found.update(scanned(word))
    return frozenset(found)


def _token_langs(doc: Document) -> list[str]:
    """The language of each token's sentence, computed once per document."""
    return doc.token_langs


def _surfaces(doc: Document) -> Sequence[str]:
    """Per token, its written form in standard spelling, lower-cased (`_words`)."""
    return _words(doc)[2]


#: Marks a written form among the base forms in `_post_keys` (no word of a post holds it).


def _post_keys(doc: Document) -> frozenset[str]:
    """Every key of every word of the post (`_keys`) and of every hashtag read as a word (`sentence_hashtags`), and
    every written form (`_surfaces`, the tags' bodies) marked with FORM_MARK: what a cue's words can be found among
    anywhere in it. Computed once per document."""
    cached = doc.__dict__.get("_cue_post_keys")
    if cached is None:
        tags = sentence_hashtags(doc)
        cached = doc.__dict__["_cue_post_keys"] = frozenset().union(
            *_keys(doc)[0], *(t.keys for t in tags), [FORM_MARK + form for form in _surfaces(doc)],
            [FORM_MARK + t.surface for t in tags])
    return cached


def _langs_present(doc: Document) -> frozenset[str]:
    cached = doc.__dict__.get("_cue_langs_present")
    if cached is None:
        cached = doc.__dict__["_cue_langs_present"] = frozenset(doc.token_langs)
    return cached


#: Cue lists by content: rules that name the same list files share one list, and so one search per document.
_INTERNED: weakref.WeakValueDictionary[Any, CueList] = weakref.WeakValueDictionary()


def cue_list(by_lang: Mapping[str, Sequence[tuple[Slot, ...]]],
             patterns: Sequence[regex.Pattern[str]] = ()) -> CueList:
    """The cue list of these cues and patterns: one shared object for equal contents."""
    # A LazyPattern's source, not its `pattern`: asking a lazy pattern for that would compile it.
    key = (tuple((lang, tuple(cues)) for lang, cues in by_lang.items()),
           tuple((p.source if isinstance(p, LazyPattern) else p.pattern, p.flags) for p in patterns))
    try:
        hash(key)
    except TypeError:
        return CueList(by_lang, patterns)
    found = _INTERNED.get(key)
    if found is None:
        found = _INTERNED[key] = CueList(by_lang, patterns)
    return found


class CueList:
    """A named set of cues, per language, and patterns; cues are indexed by their first word."""

    def __init__(self, by_lang: Mapping[str, Sequence[tuple[Slot, ...]]],
                 patterns: Sequence[regex.Pattern[str]] = ()) -> None:
        self.by_lang = {lang: tuple(cues) for lang, cues in by_lang.items() if cues}
        self.patterns = tuple(patterns)
        # What each pattern's matches must contain (read from the source: a lazy pattern stays uncompiled).
        self._prefilters = tuple(Prefilter.of(p.source if isinstance(p, LazyPattern) else p.pattern, p.flags)
                                 for p in self.patterns)
        self._gates = PrefilterGroup(self._prefilters)  # the patterns a post may match, found in one step
        # Per language: cues by the text of a lemma or form first slot, and the cues that start with a
        # prefix or suffix (checked only at words that start or end so).
        self._by_first: dict[str, dict[str, list[tuple[Slot, ...]]]] = {}
        self._scan: dict[str, list[tuple[Slot, ...]]] = {}
        for lang, cues in self.by_lang.items():
            index: dict[str, list[tuple[Slot, ...]]] = {}
            for cue in cues:
                if cue[0].how in ("lemma", "form"):
                    index.setdefault(cue[0].text, []).append(cue)
                else:
                    self._scan.setdefault(lang, []).append(cue)
            self._by_first[lang] = index
        #: The first words of every lemma or form cue, all languages: a post sharing none skips the lookups.
        self._first_all = frozenset().union(*self._by_first.values())
        self.serial = next(_REGISTRY.serials)
        _REGISTRY.add(self.serial, [cue[0] for cues in self.by_lang.values() for cue in cues])
        # Per language, a quick test for the scanned cues: the prefixes and suffixes their first words have.
        self._scan_test = {lang: (tuple(c[0].text for c in cues if c[0].how == "prefix"),
                                  tuple(c[0].text for c in cues if c[0].how == "suffix"))
                           for lang, cues in self._scan.items()}
        # Per cue, the base forms and written forms its words need (a prefix or suffix word needs nothing that a
        # set can test): a cue none of whose needs are all in the post cannot occur (see `_words_may_occur`).
        # A written form is told apart from a base form by a mark no word holds (`_post_keys`).
        needs = {frozenset(s.text if s.how == "lemma" else FORM_MARK + s.text
                           for s in cue if s.how in ("lemma", "form"))
                 for cues in self.by_lang.values() for cue in cues}
        self._any_cue = frozenset() in needs
        self._needs = tuple(needs)
    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its cues and patterns: unpickled (in another process), it is interned and registered there,
        with a serial number of that process's registry (one carried over would name another list, or none)."""
        return cue_list, (self.by_lang, self.patterns)

    def may_match(self, doc: Document) -> bool:
        """Whether a pattern of the list may match the post (its literals are there)."""
        return bool(self._gates.candidates(doc.casefolded))

    def find(self, doc: Document) -> list[tuple[int, int]]:
        """Spans of every occurrence in the document (computed once per document and list)."""
        memo = doc.__dict__.setdefault("_cue_found", {})
        found = memo.get(self)
        if found is None:
            found = memo[self] = self._find(doc)
        return found

    def _find(self, doc: Document) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        if self.patterns:
            skipped = doc.urls + doc.emails
            for i in self._gates.candidates(doc.casefolded):
                found += [m.span() for m in self.patterns[i].finditer(doc.text)
                          if m.end() > m.start() and not any(s.start <= m.start() < s.end for s in skipped)]
            texts = standard_texts(doc)
            if texts:  # a pattern in standard spelling, the draft in spoken (`ei voi viel sanoo, mut`)
                let_in = {i for std in texts for i in self._gates.candidates(std.folded)}
                spoken = [self.patterns[i] for i in sorted(let_in)]
                found += [span for span in spoken_spans(doc, spoken) if span[1] > span[0] and span not in found
                          and not any(s.start <= span[0] < s.end for s in skipped)]
        if not self.by_lang or self.serial not in _candidates(doc) or not self._words_may_occur(doc):
            return sorted(found)
        keys, lemmas = _keys(doc)
        tokens, surfaces = doc.tokens, _surfaces(doc)
        index = _index(doc)
        shared = self._first_all.intersection(index)  # in C; usually empty
        # A cue list of one language counts in every sentence; of several, each in sentences of its language.
        langs = _token_langs(doc) if len(self.by_lang) > 1 else None
        present = _langs_present(doc)
        spans: set[tuple[int, int]] = set(found)
        spans.update(hashtag_cue_spans(doc, self.by_lang))  # one-word cues written as a tag in a sentence
        for cue_lang, by_first in self._by_first.items():
            anywhere = langs is None or cue_lang == "any"
            if not anywhere and cue_lang not in present:
                continue  # no sentence in this list's language
            for key in (by_first.keys() & shared if shared else ()):
                for i in index[key]:
                    if not anywhere and langs[i] != cue_lang:  # type: ignore[index]
                        continue
                    for cue in by_first[key]:
                        if self._at(cue, surfaces, keys, lemmas, i):
                            spans.add((tokens[i].start, tokens[i + len(cue) - 1].end))
            scan = self._scan.get(cue_lang)
            if not scan:
                continue
            prefixes, suffixes = self._scan_test[cue_lang]
            for i in _starting(doc, self.serial):  # (the words that may start one: most posts have none)
                surface = surfaces[i]
                if not anywhere and langs[i] != cue_lang:  # type: ignore[index]
                    continue
                if not (surface.startswith(prefixes) or any(key.startswith(prefixes) for key in keys[i])
                        or (suffixes and (surface.endswith(suffixes)
                                          or any(lemma.endswith(suffixes) for lemma in lemmas[i])))):
                    continue
                for cue in scan:
                    if self._at(cue, surfaces, keys, lemmas, i):
                        spans.add((tokens[i].start, tokens[i + len(cue) - 1].end))
        return sorted(spans)

    def _words_may_occur(self, doc: Document) -> bool:
        """Whether some cue of the list has every word it names in the post, anywhere: its base-form words among the
        post's keys, its written-form words among its written forms. `_candidates` reads a cue's first word alone,
        and a phrase that starts with a common word (`ei eteenpäin`, `pitää kesken`) made most posts candidates
        whose every occurrence of that word was then tried; this is a superset of what `_find` finds, in C."""
        return self._any_cue or any(map(_post_keys(doc).issuperset, self._needs))

    @staticmethod
    def _at(cue: tuple[Slot, ...], surfaces: list[str], keys: list[frozenset[str]],
            lemmas: list[frozenset[str]], i: int) -> bool:
        if i + len(cue) > len(surfaces):
            return False
        return all(slot.accepts(keys[i + k], lemmas[i + k], surfaces[i + k]) for k, slot in enumerate(cue))


class CuesCheck(Check):
    kind = "cues"
    needs = frozenset({"lemmas"})
    placeholders = frozenset({"what"})

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        self.lists: dict[str, CueList] = {}
        for name, spec in params["cues"].items():
            by_lang: dict[str, list[tuple[Slot, ...]]] = {}
            for lang in LANGS:
                lines: list[str] = []
                for i, relative in enumerate(spec.get(lang, [])):
                    lines += pack.read_list(relative, f"cues.{name}.{lang}[{i}]")
                by_lang[lang] = [parse_cue(line) for line in lines]
            by_lang["any"] = [*by_lang["any"], *(parse_cue(w) for w in spec.get("words", []))]
            patterns = []
            for i, source in enumerate(spec.get("patterns", [])):
                try:
                    patterns.append(compile_pattern(source, regex.VERSION1, pack))
                except regex.error as exc:
                    raise CheckConfigError(f"cues.{name}.patterns[{i}]", f"invalid regular expression: {exc}") from None
            self.lists[name] = cue_list(by_lang, patterns)
        self.alternatives: list[Alternative] = []
        for i, alt in enumerate(params["match"]):
            names = {scope: tuple(alt.get(scope, [])) for scope in SCOPES}
            self._known(names.values(), f"match[{i}]")
            if not any(names.values()):
                raise CheckConfigError(f"match[{i}]", "names no cue")
            own = alt.get("unless")
            own_unless = None if own is None else (tuple(own.get("sentence", [])), tuple(own.get("post", [])))
            if own_unless is not None:
                self._known(own_unless, f"match[{i}].unless")
            self.alternatives.append(Alternative(names["clause"], names["sentence"], names["post"],
                                                 Text.of(alt.get("what")), own_unless))
        unless = params.get("unless", {})
        self.unless_sentence = tuple(unless.get("sentence", []))
        self.unless_post = tuple(unless.get("post", []))
        self._known([self.unless_sentence, self.unless_post], "unless")
        self.negation = params.get("negation")
        if self.negation is not None:
            self._known([(self.negation,)], "negation")

    def __getstate__(self) -> dict[str, Any]:
        """Without what was worked out from the cue lists' serial numbers: they are another process's."""
        return {k: v for k, v in self.__dict__.items() if k not in ("_needed_serials", "_with_patterns")}

    def _known(self, groups: Any, field: str) -> None:
        for group in groups:
            for name in group:
                if name not in self.lists:
                    raise CheckConfigError(field, f"names cue {name!r}, which `cues` does not define")

    # Finding the cues ------------------------------------------------------------------------

    def _hits(self, doc: Document, name: str, cache: dict[str, list[Hit]]) -> list[Hit]:
        hits = cache.get(name)
        if hits is None:
            hits = cache[name] = []
            found = self.lists[name].find(doc)
            if found:
                breaks = _clause_breaks(doc)
                for start, end in found:
                    sentence = doc.sentence_index(start)
                    hits.append(Hit(start, end, sentence, bisect.bisect_right(breaks, start)))
        return hits

    def _excused(self, doc: Document, sentence: int, cache: dict[str, list[Hit]],
                 alt: Alternative | None = None) -> bool:
        """Whether an excusing cue occurs in the sentence or the post: the alternative's own, or else the rule's."""
        unless_sentence, unless_post = (self.unless_sentence, self.unless_post) if alt is None or alt.unless is None \
            else alt.unless
        negations = self._hits(doc, self.negation, cache) if self.negation else []

        def counts(hit: Hit) -> bool:
            return not any(n.clause == hit.clause and n.start < hit.start for n in negations)

        for name in unless_post:
            if any(counts(h) for h in self._hits(doc, name, cache)):
                return True
        for name in unless_sentence:
            if any(h.sentence == sentence and counts(h) for h in self._hits(doc, name, cache)):
                return True
        return False

    def _needed(self) -> list[frozenset[int]]:
        """Per alternative, the serial numbers of the cue lists it names (all must occur); made on first use."""
        needed = self.__dict__.get("_needed_serials")
        if needed is None:
            needed = self.__dict__["_needed_serials"] = [
                frozenset(self.lists[name].serial for name in (*alt.clause, *alt.sentence, *alt.post))
                for alt in self.alternatives]
        return needed

    def _possible(self, doc: Document) -> set[int]:
        """The serial numbers of this rule's cue lists that may occur in the post: a word can start one of its cues
        (`_candidates`), or a pattern's literals are there. A superset, and a cheap one: an alternative naming a
        list outside it cannot hold, and its lists are not searched."""
        with_patterns = self.__dict__.get("_with_patterns")
        if with_patterns is None:
            # Every pattern of the rule's lists in one group, each filed under its list's serial number: one test
            # a post for the rule, not one per list. Per alternative, the lists it names that have patterns and no
            # words (only a pattern can make them occur), or None when one names none such.
            lists = [c for c in self.lists.values() if c.patterns]
            owners = [c.serial for c in lists for _ in c.patterns]
            only = [frozenset(self.lists[name].serial for name in (*alt.clause, *alt.sentence, *alt.post)
                              if not self.lists[name].by_lang) for alt in self.alternatives]
            with_patterns = self.__dict__["_with_patterns"] = (
                PrefilterGroup([p for c in lists for p in c._prefilters]), owners, only if all(only) else None)
        group, owners, pattern_only = with_patterns
        if not owners:
            return _candidates(doc)
        by_pattern = {owners[i] for i in group.candidates(doc.casefolded)}
        for std in standard_texts(doc):  # a list's patterns are searched in the standard spelling too (`CueList._find`)
            by_pattern.update(owners[i] for i in group.candidates(std.folded))
        if pattern_only is not None and not any(map(by_pattern.issuperset, pattern_only)):
            # Every alternative names a list that only a pattern makes occur, and no such pattern may match here:
            # nothing holds, whatever the words (the post's word layer is not asked for).
            return by_pattern
        possible = _candidates(doc)
        extra = by_pattern - possible
        return possible | extra if extra else possible

    def run(self, doc: Document) -> Iterator[Match]:
        cache: dict[str, list[Hit]] = {}
        reported: set[tuple[int, int]] = set()
        possible = self._possible(doc)
        # Only the alternatives whose every cue list may occur (the common case: none), picked by subset tests in C
        # (a rule may have fifty alternatives).
        for alt in itertools.compress(self.alternatives, map(frozenset.issubset, self._needed(),
                                                             itertools.repeat(possible))):
            if any(not self._hits(doc, name, cache) for name in (*alt.clause, *alt.sentence, *alt.post)):
                continue  # a cue that occurs nowhere: the common case
            post_hits = [h for name in alt.post for h in self._hits(doc, name, cache)[:1]]
            for span_hits in self._places(doc, alt, cache):
                hits = span_hits or post_hits
                sentence = hits[0].sentence
                if self._excused(doc, sentence, cache, alt):
                    continue
                start, end = min(h.start for h in hits), max(h.end for h in hits)
                if (start, end) in reported:
                    continue
                reported.add((start, end))
                yield Match(start, end, {"what": alt.what})

    def _places(self, doc: Document, alt: Alternative, cache: dict[str, list[Hit]]) -> Iterator[list[Hit]]:
        """Per clause (or sentence) where the alternative holds, the hits that make it hold."""
        single = [*alt.clause, *alt.sentence]
        if len(single) == 1:  # one cue: every occurrence is a place of its own
            for hit in self._hits(doc, single[0], cache):
                yield [hit]
            return
        if alt.clause or alt.sentence:
            # The narrowest scope named decides the places; the cues of the wider one need the same sentence.
            names, scope = (alt.clause, "clause") if alt.clause else (alt.sentence, "sentence")
            wider = alt.sentence if alt.clause else ()
            for place in dict.fromkeys(getattr(h, scope) for h in self._hits(doc, names[0], cache)):
                hits = []
                for name in names:
                    inside = [h for h in self._hits(doc, name, cache) if getattr(h, scope) == place]
                    if not inside:
                        break
                    hits.append(inside[0])
                else:
                    sentence = hits[0].sentence
                    if all(any(h.sentence == sentence for h in self._hits(doc, n, cache)) for n in wider):
                        yield hits
        else:
            yield []
