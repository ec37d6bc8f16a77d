"""A draft as the rules see it: normalised text, offsets back to the original, and lazy layers.

Every layer is computed on first use and shared by all rules. Hashtags, mentions, URLs, e-mail
addresses and identifiers are found on the raw text (spaCy's Finnish tokenizer would split `#kela`
and `131052-308T`), words by a Unicode-aware regex, lemmas by the morphology backend only when an
enabled rule asks for them.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import sys
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import regex

import pelisaannot._regexflags  # noqa: F401  (the pattern compiler's flags as plain ints: faster compiles)
from pelisaannot.folding import fold
from pelisaannot.normalise import normalise

if TYPE_CHECKING:
    from pelisaannot.finnish.morphology import Analysis, Morphology

#: Top-level domains a bare address (`kela.fi/opintotuki`, `t.co/x`) is recognised by, without http:// or www.
LINK_TLDS = ("fi|se|com|org|net|eu|io|info|gov|edu|ly|me|co|ai|app|dev|gl|tv|uk|de|dk|no|ee|nl|fr|is|ch|at|be|es"
             "|pl|lt|lv|us|ca|int|biz|news|blog|online|site|link")
#: A domain under one of LINK_TLDS, with an optional path: how both the prose layer and X's link count see it.
BARE_LINK = rf"(?:[a-z0-9-]+\.)+(?:{LINK_TLDS})(?:/[^\s<>\"]*)?(?![\w@])"
URL_RE = regex.compile(rf"(?:https?://|www\.)[^\s<>\"]+|(?<![\w@.]){BARE_LINK}", regex.IGNORECASE)
#: What every match of URL_RE contains (a scheme, `www.`, or a dot right before a top-level domain's letter):
#: most posts have none of it and skip the full pattern, which tries every word. The letters are what
#: `(?i)[a-z]` and `(?i)w` match, written out (İ, ſ and the Kelvin sign K fold to ASCII letters): a pattern
#: without IGNORECASE scans a post three times faster (tests/test_document.py holds the two equal).
URL_HINT_RE = regex.compile(r"://|[Ww]{3}\.|\.[A-Za-z\u0130\u017f\u212a]")
EMAIL_RE = regex.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}(?!\w)")
#: A tag starts after a boundary, or right after a whole tag chain that starts after one (`#kela#työ#arki` is
#: three tags, as Instagram links them; `C#`, `a#b` and `/#anchor` are none).
HASHTAG_RE = regex.compile(
    r"(?:(?<![\p{L}\p{N}_&/#])|(?<=(?<![\p{L}\p{N}_&/#])(?:#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)+))"
    r"#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)")
MENTION_RE = regex.compile(r"(?<![\p{L}\p{N}_.@])@([A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)")
EMOJI_RE = regex.compile(
    r"\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F]*(?:\u200D\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F]*)*"
)
#: A word: letters, digits and marks, with an apostrophe, colon or hyphen inside it (`vaa'an`, `EU:n`,
#: `Kela-kortti`), never at its end. Written as runs of word characters rather than one alternation per character: the
#: same matches (a separator is taken only before a letter or digit, which the next run then takes), in half
#: the time, and every word of every post passes here.
WORD_RE = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’:-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*")
#: A sentence break: blanks after closing punctuation (and closing quotes) before a capital, digit, quote, tag or
#: emoji, or line breaks. The punctuation is matched and then left out of the match (`\K`): a look-behind would
#: be tried at every character of the post, the punctuation is found by a fast scan (half the time).
SENTENCE_END_RE = regex.compile(r"[.!?…]\K[\"”»)]*\s+(?=[\p{Lu}\p{N}\"“«#@\p{Extended_Pictographic}])|\n+")
LINE_BREAK_RE = regex.compile(r"\r\n|\r|\n")
TRAILING_PUNCT = ".,;:!?)]}\"'’”»…"
# Abbreviations after which a period does not end a sentence (Finnish, Swedish, English), lower-cased, without
# the final period; a single capital letter (an initial: "M. Korhonen") does not end one either.
ABBREVIATIONS = frozenset({
    "mm", "esim", "ns", "n", "ym", "yms", "jne", "t", "s", "ks", "ts", "klo", "p", "puh", "tel", "tfn", "nro", "vrt",
    "tri", "prof", "t.ex", "bl.a", "d.v.s", "dvs", "s.k", "e.g", "i.e", "mr", "mrs", "ms", "dr",
    "synt", "ent", "o.s", "f.d", "kts", "jr", "sr",  # before a name: born, formerly, née ("synt. 1980, Matti")
})
ABBREVIATION_RE = regex.compile(r"(?:^|[\s(\[\"'“])([\p{L}][\p{L}.]*)\.$")
#: `languages.detect.FINNISH_SHARE` (a test holds them equal), here so that a Finnish post never imports the
#: language package (its model and tables).
FINNISH_SHARE = 0.5


#: Per-word memos that outlive one document (a word's keys by its text, its sentence's language and the analyser
#: object), so that the words a batch repeats are worked out once; `clear_word_memos` empties them all.
WORD_MEMOS: list[dict[Any, Any]] = []
WORD_MEMO_LIMIT = 100_000
_UNSEEN = object()
T = TypeVar("T")

if sys.version_info >= (3, 12) or TYPE_CHECKING:
    from functools import cached_property
else:
    class cached_property(Generic[T]):  # named as the one it stands for
        """`functools.cached_property` without the lock Python 3.11 takes on every first read of every instance
        (one lock shared by all documents: about half a microsecond on each of a post's twenty layers). A document
        is read by one thread; were a layer worked out twice, both values would be equal."""

        def __init__(self, func: Callable[[Any], T]) -> None:
            self.func = func
            self.attrname = func.__name__
            self.__doc__ = func.__doc__

        def __set_name__(self, owner: type, name: str) -> None:
            self.attrname = name

        def __get__(self, instance: Any, owner: type | None = None) -> Any:
            if instance is None:
                return self
            value = instance.__dict__[self.attrname] = self.func(instance)
            return value


class WordMemo(dict[Any, Any]):
    """What depends on one word alone (its text, its sentence's language, the analyser), remembered across
    documents and bounded: the one mechanism behind every per-word cache of the checks."""

    def get_or(self, key: Hashable | None, compute: Callable[[], T]) -> T:
        """The remembered value of `key`, computed once; a None key (an analyser that cannot be a key) is not
        remembered."""
        if key is None:
            return compute()
        found = self.get(key, _UNSEEN)
        if found is _UNSEEN:
            if len(self) >= WORD_MEMO_LIMIT:
                self.clear()
            found = self[key] = shared_value(compute())
        return found  # type: ignore[no-any-return]

    def per_token(self, doc: Document, compute: Callable[[Token], T]) -> list[T]:
        """`compute(token)` for every token of `doc`, each word worked out once per batch. Stored under the word's
        number (`Document.memo_ids`): an int, which no key of `get_or` (a tuple) can equal."""
        try:  # every word seen before (most posts of a batch, once its vocabulary is in): one C-speed pass
            getter = doc.memo_getter
            return list(getter(self)) if getter is not None else list(map(self.__getitem__, doc.memo_ids))
        except KeyError:  # a new word (or a None key, never stored)
            pass
        if len(self) >= WORD_MEMO_LIMIT:
            self.clear()
        ids, tokens = doc.memo_ids, doc.tokens
        out = list(map(self.get, ids, itertools.repeat(_UNSEEN)))  # a None key is never stored: unseen
        # Only the new words are visited, picked in C: a post's other words are known by the time it comes.
        for i in itertools.compress(range(len(out)), map(operator.is_, out, itertools.repeat(_UNSEEN))):
            key = ids[i]
            found = self.get(key, _UNSEEN) if key is not None else _UNSEEN  # a word twice in the post: once
            if found is _UNSEEN:
                found = shared_value(compute(tokens[i]))
                if key is not None:
                    self[key] = found
            out[i] = found
        return out


def word_memo() -> WordMemo:
    """A new per-word memo, registered so that `clear_word_memos` reaches it."""
    memo = WordMemo()
    WORD_MEMOS.append(memo)
    return memo


class WordMemos(dict[Hashable, WordMemo]):
    """Per-word memos by what else their values depend on (a rule's word list, a pack's version), bounded to
    `limit` of them (many packs in one process are not all kept) and emptied by `clear_word_memos`."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        WORD_MEMOS.append(self)

    def of(self, key: Hashable) -> WordMemo:
        """The memo of `key`, new when unseen."""
        memo = self.get(key)
        if memo is None:
            if len(self) >= self.limit:
                self.clear()
            memo = self[key] = WordMemo()
        return memo


def clear_word_memos() -> None:
    """Forget every per-word memo (a benchmark's cold pass; the morphology cache is cleared beside it)."""
    for memo in WORD_MEMOS:
        memo.clear()
    _WORD_NUMBERS.clear()


#: (analyser, language) -> word -> its number (`Document.memo_ids`). A number is never given again, also after a
#: table is emptied (a word seen again then gets a new one), so a number kept in a memo or a document always means
#: the same word, analyser and language.
_WORD_NUMBERS: dict[tuple[object, str], dict[str, int]] = {}
_NEXT_NUMBER = itertools.count()  # next() is atomic: two threads never take the same number
_NUMBER_TABLES_LIMIT = 64  # analysers times languages; tests make many analysers


def _number_table(morphology: object, lang: str) -> dict[str, int]:
    """The numbers of the words of one analyser and language, bounded as the memos are."""
    table = _WORD_NUMBERS.get((morphology, lang))
    if table is None or len(table) >= WORD_MEMO_LIMIT:
        if len(_WORD_NUMBERS) >= _NUMBER_TABLES_LIMIT:
            _WORD_NUMBERS.clear()
        table = _WORD_NUMBERS[(morphology, lang)] = {}
    return table


_LEMMA_MEMO = word_memo()
#: Per analyser, per word form: 1 when voikko itself knows it (see `Document._words_known`).
_KNOWN_MEMO = word_memo()
#: Per analyser, per word form: its analyses (`Document.analyses`).
_ANALYSES_MEMO = word_memo()


def _known(analyses: tuple[Analysis, ...]) -> int:
    """1 when one of a word's readings is voikko's own, not only a spoken form's (`finnish.colloquial`) or a
    one- or two-letter abbreviation or numeral ("it", "r", "vi": English and Swedish words too)."""
    from pelisaannot.finnish.colloquial import ColloquialAnalysis

    return 1 if any(not isinstance(a, ColloquialAnalysis) and not (a.wordclass in ("lyhenne", "lukusana") and len(
        a.baseform) <= 2 and a.baseform.isalpha()) for a in analyses) else 0  # "it", "vi": no sign of Finnish


def _has_letter(text: str) -> bool:
    return text.isalpha() or any(c.isalpha() for c in text)


#: One object per distinct set a per-word memo keeps (`talo`, `talon` and `taloa` share {"talo"}; most words'
#: cue serials and many other sets are empty): a long batch's memos held some 110,000 frozensets of 20,000
#: values, every one an object the garbage collector walks in each full collection (a tenth of a batch's time).
_LEMMA_SETS: dict[frozenset[Any], frozenset[Any]] = {}


def _shared_sets(lemmas: frozenset[str], parts: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(lemmas, parts), each the one shared object of its value; parts is lemmas when they are equal."""
    if len(_LEMMA_SETS) >= WORD_MEMO_LIMIT:
        _LEMMA_SETS.clear()
    lemmas = _LEMMA_SETS.setdefault(lemmas, lemmas)
    return lemmas, (lemmas if parts == lemmas else _LEMMA_SETS.setdefault(parts, parts))


def shared_value(value: T) -> T:
    """A per-word memo's new value with its frozensets (the value itself, or the items of a tuple) replaced by
    the one shared object of each (`_LEMMA_SETS`): equal, immutable, so no reader can tell."""
    kind = type(value)
    if kind is frozenset:
        if len(_LEMMA_SETS) >= WORD_MEMO_LIMIT:
            _LEMMA_SETS.clear()
        return _LEMMA_SETS.setdefault(value, value)  # type: ignore[arg-type, return-value]
    if kind is tuple and any(type(v) is frozenset for v in value):  # type: ignore[attr-defined]
        if len(_LEMMA_SETS) >= WORD_MEMO_LIMIT:
            _LEMMA_SETS.clear()
        shared = _LEMMA_SETS.setdefault
        return tuple(shared(v, v) if type(v) is frozenset else v for v in value)  # type: ignore[return-value, attr-defined]
    return value


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the normalised text: [start, end) and what it says."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Token(Span):
    """A word or number; `index` is its position among the document's tokens."""

    index: int = 0

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


_TEXT = operator.attrgetter("text")

#: How `Document.tokens` builds a Token: object.__new__ and the slots' setters.
_TOKEN_MAKERS = (object.__new__, Token.start.__set__, Token.end.__set__,  # type: ignore[attr-defined]
                 Token.text.__set__, Token.index.__set__)  # type: ignore[attr-defined]


def _normalise(text: str) -> tuple[str, list[int] | None]:
    """The matching form of a text and a map from each of its indices to the original one (None: the same).
    See `pelisaannot.normalise`; `Document` keeps the whole result."""
    result = normalise(text)
    return result.text, result.starts


class Document:
    """One post: its original text, the normalised text the rules read, and lazy NLP layers."""

    def __init__(self, text: str, *, platform: str = "generic", morphology: Morphology | None = None) -> None:
        self.original = text
        self.platform = platform
        normalised = normalise(text)
        self.text, self._index, self._ends = normalised.text, normalised.starts, normalised.ends
        self._reordered = normalised.reordered
        #: Characters the rules do not see (zero-width, soft hyphen, bidi controls), with where they were.
        self.hidden = normalised.hidden
        #: Normalised spans of words whose look-alike letters of another script were read as ASCII.
        self.folded = normalised.folded
        self._morphology = morphology
        # Memos of the two questions every check asks of every token: which sentence, which language.
        self._sentence_at: dict[int, int] = {}
        self._lang_at: dict[int, str] = {}

    #: The attributes `__init__` sets: what `release` keeps.
    _OWN = frozenset({"original", "platform", "text", "_index", "_ends", "_reordered", "hidden", "folded",
                      "_morphology", "_sentence_at", "_lang_at"})

    def release(self) -> None:
        """Drop every layer worked out (the document can still be read: a layer asked again is worked out again).

        Some checks keep an object of their own among a document's layers that points back at the document (a
        cycle), so that a checked post was freed only by the garbage collector, and every post's tokens, lists
        and layers went through its generations: `Linter.check_post` releases its document when it is done, and
        reference counting frees the rest at once."""
        layers = self.__dict__
        for name in [name for name in layers if name not in self._OWN]:
            del layers[name]

    # Offsets -------------------------------------------------------------------------------

    def to_original(self, offset: int) -> int:
        """Map an offset in the normalised text to one in the original text."""
        if self._index is None:
            return offset
        return self._index[min(offset, len(self._index) - 1)]

    def to_original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) that a normalised span came from: every character that made it, the hidden
        ones inside it included, so that `original[start:end]` is exactly what the writer wrote there."""
        if self._index is None or self._ends is None:
            return start, end
        if start >= end:
            at = self.to_original(start)
            return at, at
        end = min(end, len(self._ends))
        if self._reordered:
            return min(self._index[start:end]), max(self._ends[start:end])
        return self._index[start], self._ends[end - 1]

    @cached_property
    def _line_starts(self) -> list[int]:
        """Where each line of the original text starts: asked only for a finding's line and column."""
        text = self.original
        return [0, *(m.end() for m in LINE_BREAK_RE.finditer(text))] if "\n" in text or "\r" in text else [0]

    def line_col(self, original_offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of an offset into the original text."""
        line = bisect.bisect_right(self._line_starts, original_offset) - 1
        return line + 1, original_offset - self._line_starts[line] + 1

    # Layers found on the raw text ------------------------------------------------------------

    def _spans(self, pattern: regex.Pattern[str], *, trim: bool = False) -> list[Span]:
        spans = []
        for m in pattern.finditer(self.text):
            start, end = m.span()
            if trim:
                while end > start and self.text[end - 1] in TRAILING_PUNCT:
                    end -= 1
            spans.append(Span(start, end, self.text[start:end]))
        return spans

    @cached_property
    def urls(self) -> list[Span]:
        if not URL_HINT_RE.search(self.text):
            return []
        return self._outside(self._spans(URL_RE, trim=True), self.emails)

    # An address, a tag and a mention each hold their sign: a post without it (most posts) skips the scan.

    @cached_property
    def emails(self) -> list[Span]:
        return self._spans(EMAIL_RE, trim=True) if "@" in self.text else []

    @cached_property
    def hashtags(self) -> list[Span]:
        return self._outside(self._spans(HASHTAG_RE), self.urls) if "#" in self.text else []

    @cached_property
    def mentions(self) -> list[Span]:
        return self._outside(self._spans(MENTION_RE), self.urls, self.emails) if "@" in self.text else []

    @cached_property
    def emoji(self) -> list[Span]:
        return self._spans(EMOJI_RE)

    @staticmethod
    def _outside(spans: list[Span], *others: list[Span]) -> list[Span]:
        """The spans that do not start inside any of `others` (each a list sorted by start)."""
        for other in others:
            if other:
                spans = [s for s in spans if not Document._inside(s, other)]
        return spans

    @staticmethod
    def starting_between(spans: list[Span], start: int, end: int) -> list[Span]:
        """The spans of a layer (sorted by start) that start within [start, end): a bisect, not a scan, so that
        a check asking once per sentence or per thread post stays linear."""
        return spans[bisect.bisect_left(spans, start, key=lambda s: s.start):
                     bisect.bisect_left(spans, end, key=lambda s: s.start)]

    def inside(self, offset: int, layers: Iterable[str]) -> bool:
        """Whether an offset lies inside a span of one of the named layers ("urls", "emails", "hashtags",
        "mentions")."""
        return any(self._inside(Span(offset, offset, ""), getattr(self, layer)) for layer in layers)

    @staticmethod
    def _inside(span: Span, others: list[Span]) -> bool:
        """Whether `span` starts inside one of `others`, a list of spans sorted by start that do not overlap
        (one layer's matches): a bisect, so that a post full of links and tags stays linear."""
        k = bisect.bisect_right(others, span.start, key=lambda o: o.start) - 1
        return k >= 0 and others[k].start <= span.start < others[k].end

    @cached_property
    def _masked(self) -> list[Span]:
        """Spans that are not prose: words inside them are not tokens."""
        return sorted(self.urls + self.emails + self.hashtags + self.mentions, key=lambda s: s.start)

    @cached_property
    def tokens(self) -> list[Token]:
        """Words and numbers of the prose, outside URLs, e-mail addresses, hashtags and mentions."""
        masked = self._masked
        count = len(masked)
        k = -1  # the last masked span that starts at or before the word (words come in order: one walk)
        tokens: list[Token] = []
        append = tokens.append
        new, set_start, set_end, set_text, set_index = _TOKEN_MAKERS
        for m in WORD_RE.finditer(self.text):
            start, end = m.span()
            if count:
                while k + 1 < count and masked[k + 1].start <= start:
                    k += 1
                if k >= 0 and masked[k].start <= start < masked[k].end:
                    continue
            # Token(start, end, text, index) without the frozen dataclass's __init__ (half the cost; every
            # word of every post passes here).
            token = new(Token)
            set_start(token, start)
            set_end(token, end)
            set_text(token, m.group())
            set_index(token, len(tokens))
            append(token)
        return tokens

    @cached_property
    def words(self) -> list[Token]:
        """Tokens that contain a letter."""
        return [t for t in self.tokens if t.text.isalpha() or _has_letter(t.text)]  # (most words: no call)

    @cached_property
    def _word_starts(self) -> list[int]:
        return [t.start for t in self.words]

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences by punctuation and line breaks (posts use line breaks as sentence ends)."""
        spans: list[Span] = []
        start, text = 0, self.text
        for m in SENTENCE_END_RE.finditer(text):
            if self._abbreviation(m.start()):
                continue
            self._add_stripped(spans, start, m.start())
            start = m.end()
        self._add_stripped(spans, start, len(text))
        return spans

    def _add_stripped(self, spans: list[Span], start: int, end: int) -> None:
        """Append text[start:end] without its leading and trailing blanks, unless it is all blanks (str.strip's
        loops in C: every sentence of every post passes here)."""
        piece = self.text[start:end]
        body = piece.strip()
        if body:
            start += len(piece) - len(piece.lstrip())
            spans.append(Span(start, start + len(body), body))

    def _abbreviation(self, end: int) -> bool:
        """The period at `end - 1` closes an abbreviation or an initial ("mm.", "esim.", "t.ex.", "M.")."""
        if self.text[end - 1:end] != ".":
            return False
        m = ABBREVIATION_RE.search(self.text, max(0, end - 12), end)
        if not m:
            return False
        word = m.group(1)
        return (len(word) == 1 and word.isupper()) or word.lower() in ABBREVIATIONS

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def sentence_index(self, offset: int) -> int:
        """Index in `sentences` of the sentence that holds an offset, or -1 (a bisect, remembered per offset)."""
        k = self._sentence_at.get(offset)
        if k is None:
            k = bisect.bisect_right(self._sentence_starts, offset) - 1
            if not (k >= 0 and self.sentences[k].start <= offset < self.sentences[k].end):
                k = -1
            self._sentence_at[offset] = k
        return k

    def sentence_of(self, offset: int) -> Span:
        """The sentence that holds an offset (the whole text if none does)."""
        k = self.sentence_index(offset)
        return self.sentences[k] if k >= 0 else Span(0, len(self.text), self.text)

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Tokens that start within [start, end)."""
        lo = bisect.bisect_left(self._token_starts, start)
        hi = bisect.bisect_left(self._token_starts, end)
        return self.tokens[lo:hi]

    def words_between(self, start: int, end: int) -> list[Token]:
        """Words (tokens with a letter) that start within [start, end)."""
        starts = self._word_starts
        return self.words[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    def is_sentence_start(self, token: Token) -> bool:
        """True when a token is the first word of its sentence (capitals there say nothing)."""
        sentence = self.sentence_of(token.start)
        first = bisect.bisect_left(self._token_starts, sentence.start)
        return first < len(self.tokens) and self.tokens[first].start == token.start < sentence.end

    # The lemma layer ---------------------------------------------------------------------------

    @property
    def morphology(self) -> Morphology:
        if self._morphology is None:
            from pelisaannot.finnish.morphology import get_morphology

            self._morphology = get_morphology()
        return self._morphology

    @cached_property
    def analyses(self) -> list[tuple[Analysis, ...]]:
        """Morphological analyses of every token, aligned with `tokens`; computed once, on demand.

        A word Voikko does not know may get the analyses of its standard form (spoken Finnish: `mä`, `salanen`)."""
        from pelisaannot.finnish.colloquial import analyzer

        morphology = self.morphology
        texts = list(map(_TEXT, self.tokens))
        try:
            hash(morphology)
        except TypeError:  # an unhashable stand-in (tests): no memo
            return list(map(analyzer(morphology), texts))
        # A plain dict in front of the analyser's bounded LRU cache (which reorders itself on every hit): every word
        # seen before (most posts of a batch) is one C-speed pass.
        known: dict[str, tuple[Analysis, ...]] = _ANALYSES_MEMO.get_or(morphology, dict)
        try:
            return list(map(known.__getitem__, texts))
        except KeyError:
            pass
        if len(known) >= WORD_MEMO_LIMIT:
            known.clear()
        analyze = analyzer(morphology)
        out = []
        for text in texts:
            found = known.get(text)
            if found is None:
                found = known[text] = analyze(text)
            out.append(found)
        return out

    def lemmas(self, token: Token) -> frozenset[str]:
        """Lower-cased base forms of a token (its surface form when the analyser does not know it).

        In a Swedish or English sentence the word's Swedish or English base form is added.
        """
        return self._lemma_sets[token.index][0]

    def parts(self, token: Token) -> frozenset[str]:
        """Lower-cased base forms and compound parts of a token."""
        return self._lemma_sets[token.index][1]

    @cached_property
    def _lemma_sets(self) -> list[tuple[frozenset[str], frozenset[str]]]:
        """Per token, its lemmas and its lemmas with compound parts: worked out once per word of a batch (they
        depend only on the word, its sentence's language and the analyser)."""
        return _LEMMA_MEMO.per_token(
            self, lambda t: self._word_lemmas(t, self.analyses[t.index], self.token_langs[t.index]))

    @staticmethod
    def _word_lemmas(token: Token, analyses: tuple[Analysis, ...],
                     lang: str) -> tuple[frozenset[str], frozenset[str]]:
        lemmas = {a.baseform.lower() for a in analyses}
        parts = set(lemmas)
        for a in analyses:
            parts.update(p.lower() for p in a.parts)
        lowered = token.text.lower()
        if lang == "fi":
            return _shared_sets(frozenset(lemmas or {lowered}), frozenset(parts or {lowered}))
        from pelisaannot.languages import compound_head, informal_keys, other_lemma

        other = {lowered, other_lemma(token.text, lang), *informal_keys(lowered, lang)}
        head = compound_head(token.text, lang)
        return _shared_sets(frozenset(lemmas | other), frozenset(parts | other | ({head} if head else set())))

    @cached_property
    def memo_keys(self) -> list[tuple[object, str, str] | None]:
        """Per token, its key in a per-word memo (analyser, text, language), or None when the analyser cannot be
        a key."""
        morphology = self.morphology
        try:
            hash(morphology)
        except TypeError:
            return [None] * len(self.tokens)
        # zip and map loop in C: this runs for every post
        return list(zip([morphology] * len(self.tokens), map(_TEXT, self.tokens), self.token_langs, strict=True))

    @cached_property
    def memo_ids(self) -> list[int | None]:
        """Per token, the number of its memo key (None for a None key): the per-word memos look a post's words up
        by it. A memo key is a tuple, whose hash Python does not keep and whose parts are compared on every
        look-up in a large table (cache misses: half a microsecond); a post's words are numbered once here, by
        their text in a table per analyser and language, and each memo then looks them up by number."""
        morphology = self.morphology
        try:
            hash(morphology)
        except TypeError:
            return [None] * len(self.tokens)
        langs = self.token_langs
        texts = list(map(_TEXT, self.tokens))
        if langs and langs.count(langs[0]) == len(langs):  # one language (nearly every post): one C-speed pass
            try:
                return list(map(_number_table(morphology, langs[0]).__getitem__, texts))
            except KeyError:  # a new word
                pass
        out: list[int | None] = []
        for text, lang in zip(texts, langs, strict=True):
            table = _number_table(morphology, lang)
            number = table.get(text)
            if number is None:
                number = table.setdefault(text, next(_NEXT_NUMBER))
            out.append(number)
        return out

    @cached_property
    def memo_getter(self) -> Callable[[Mapping[int | None, Any]], tuple[Any, ...]] | None:
        """`operator.itemgetter` of the tokens' `memo_ids` (None for fewer than two tokens, where it would not
        return a tuple): `WordMemo.per_token` looks a post's words up in each of its memos, a dozen a post, and
        one made getter does that faster than a `map` made anew each time."""
        ids = self.memo_ids
        return operator.itemgetter(*ids) if len(ids) > 1 else None

    # The language layer ------------------------------------------------------------------------
    # Most drafts are Finnish, and voikko knows most of their words: a sentence's share of known words, a
    # difference of two prefix sums, decides it without joining its words or asking the language model (imported
    # only when a sentence is not clearly Finnish).

    @cached_property
    def _words_known(self) -> list[int]:
        """Per word (aligned with `words`), 1 when the analyser knows it (voikko's own reading, not only a spoken
        form's): remembered per word form across documents, by its text in a table per analyser (a text is a
        cheaper key than an (analyser, text) tuple, see `memo_ids`)."""
        morphology = self.morphology
        words = self.words
        try:
            hash(morphology)
        except TypeError:
            return [_known(self.analyses[t.index]) for t in words]
        known: dict[str, int] = _KNOWN_MEMO.get_or(morphology, dict)
        texts = list(map(_TEXT, words))
        try:  # every word seen before (most posts of a batch): one C-speed pass
            return list(map(known.__getitem__, texts))
        except KeyError:
            pass
        if len(known) >= WORD_MEMO_LIMIT:
            known.clear()
        analyses = self.analyses
        out = []
        for text, token in zip(texts, words, strict=True):
            flag = known.get(text)
            if flag is None:
                flag = known[text] = _known(analyses[token.index])
            out.append(flag)
        return out

    @cached_property
    def _known_sums(self) -> list[int]:
        """Prefix sums of `_words_known`: the known words among `words[lo:hi]` are `sums[hi] - sums[lo]`."""
        return [0, *itertools.accumulate(self._words_known)]

    def _words_lang(self, lo: int, hi: int) -> str:
        """`detect_language` of `words[lo:hi]`, without joining them when voikko knows enough of them to say fi."""
        count = hi - lo
        share = (self._known_sums[hi] - self._known_sums[lo]) / count if count else 1.0
        if share >= FINNISH_SHARE:
            return "fi"
        from pelisaannot.languages import detect_language

        return detect_language(" ".join(map(_TEXT, self.words[lo:hi])), share)

    @cached_property
    def lang(self) -> str:
        """The language of the whole post: fi, sv or en."""
        if not self.words and self.hashtags:  # a post of hashtags only: read the tags' words
            from pelisaannot.languages import detect_language

            tags = [h.text[1:] for h in self.hashtags]
            known = sum(1 for tag in tags if self.morphology.analyze(tag))
            return detect_language(" ".join(tags), known / len(tags))
        return self._words_lang(0, len(self.words))

    @cached_property
    def _sentence_word_bounds(self) -> list[tuple[int, int]]:
        """Per sentence, the range [lo, hi) of its words in `words`."""
        starts = self._word_starts
        left = bisect.bisect_left
        return [(left(starts, s.start), left(starts, s.end)) for s in self.sentences]

    @cached_property
    def sentence_langs(self) -> list[str]:
        """The language of each sentence; a sentence of fewer than four words takes the post's language."""
        return [self.lang if hi - lo < 4 else self._words_lang(lo, hi) for lo, hi in self._sentence_word_bounds]

    @cached_property
    def token_sentences(self) -> list[int]:
        """Per token, the index of its sentence in `sentences` (-1: none), in one walk."""
        out = []
        sentences = self.sentences
        k, count = 0, len(sentences)
        for t in self.tokens:
            while k < count and sentences[k].end <= t.start:
                k += 1
            out.append(k if k < count and sentences[k].start <= t.start else -1)
        return out

    @cached_property
    def token_langs(self) -> list[str]:
        """Per token, the language of its sentence (as `lang_of`)."""
        langs = self.sentence_langs
        if langs and langs.count(langs[0]) == len(langs):
            # One language throughout (nearly every post): no walk over the tokens' sentences. Every token is in
            # a sentence: a token starts with a letter or digit, which no sentence break (blanks, closing quotes)
            # holds and no sentence's trimming (blanks) removes.
            return [langs[0]] * len(self.tokens)
        indices = self.token_sentences
        langs = self.sentence_langs if any(k >= 0 for k in indices) else []
        lang = self.lang if any(k < 0 for k in indices) else ""
        return [langs[k] if k >= 0 else lang for k in indices]

    def lang_of(self, offset: int) -> str:
        """The language (fi, sv or en) of the sentence that holds an offset (remembered per offset)."""
        lang = self._lang_at.get(offset)
        if lang is None:
            k = self.sentence_index(offset)
            lang = self._lang_at[offset] = self.sentence_langs[k] if k >= 0 else self.lang
        return lang

    def tokens_near(self, start: int, end: int, window: int) -> list[Token]:
        """Tokens within `window` tokens of a span, in the same sentence."""
        if not window:
            return []
        sentence = self.sentence_of(start)
        # Indices, not slices of the whole sentence: a post that is one long sentence stays linear.
        lo = max(bisect.bisect_left(self._token_starts, sentence.start), bisect.bisect_left(self._token_starts, start)
                 - window)
        before = self.tokens[lo:bisect.bisect_left(self._token_starts, start)]
        first = bisect.bisect_left(self._token_starts, end)
        hi = min(bisect.bisect_left(self._token_starts, sentence.end), first + window)
        return before + self.tokens[first:hi]

    # Shared by the scanning checks ------------------------------------------------------------

    @cached_property
    def casefolded(self) -> str:
        """The text case-folded (`folding.fold`), made once per post: the literal prefilters of the patterns and
        keyword gates test their words against it (see `checks/literals.py`)."""
        return fold(self.text)
