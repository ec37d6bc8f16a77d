"""Necessary literals of a regular expression: a cheap test that tells when a pattern cannot match a text.

Most patterns of a pack start with a list of words (`\\b(?:tapan|ammun|...)\\s+...`), and most posts contain
none of them; yet the regex engine tries the pattern at every position of every post. `required` reads a
pattern's source and returns what every match must contain: a list of alternatives, all of which must hold,
each a set of strings of which one must occur in the case-folded text. `Prefilter.may_match` tests that with
`in` on the case-folded text (`fold`), which is valid whatever the pattern's case flags: case folding maps each
character on its own, so a match's folded text, and with it every literal the match holds, is in the folded
text. The `regex` package may know a newer Unicode than Python: a character Python does not know is a literal
only when it has no case (a newer emoji), and the few such characters that `regex` folds like a known one are
folded the same way (`pelisaannot.folding`).

The reading is conservative: anything it does not fully understand (verbose mode, escapes with arguments,
backreferences, conditionals, fuzzy matching, nested sets) gives no requirement at all, and the pattern is
simply always run. A requirement is never guessed.
"""

from __future__ import annotations

import functools
import itertools
import operator
import unicodedata
from dataclasses import dataclass, field

import ahocorasick_rs
import regex

from pelisaannot import regexcache
from pelisaannot.folding import fold

#: At most this many strings in one set of alternatives built by a cross product (`(?:a|b)(?:c|d)`).
MAX_EXACT = 64
#: At most this many members of a character class read as alternatives (`[:–—]`).
MAX_CLASS = 8
#: The alternatives kept per pattern: the most selective ones.
MAX_SETS = 3
# Escapes that take no argument and match no fixed text: classes (\w, \s, \d ...) or zero-width (\b, \A ...).
ZERO_WIDTH_ESCAPES = frozenset("bBAZzGmMK")
CLASS_ESCAPES = frozenset("dDsSwWhX")
# Escapes whose argument follows in braces or as one letter: \p{L}, \pL.
PROPERTY_ESCAPES = frozenset("pP")
# Escapes of one control character.
CONTROL_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
# Inline flags that do not change how the source is read (no `x`: verbose mode makes blanks and # syntax).
HARMLESS_FLAGS = frozenset("aimsufwLbeV01-")
LITERAL_RUN_RE = regex.compile(r"[^\\()\[\]{}|*+?.^$]+")
QUANTIFIER_RE = regex.compile(r"\{(\d*)(?:(,)(\d*))?\}")


HEX_ESCAPE_RE = regex.compile(r"x(?:\{([0-9A-Fa-f]{1,8})\}|([0-9A-Fa-f]{2}))|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})")


def _hex_escape(source: str, at: int) -> tuple[str, int] | None:
    r"""The character of a `\xhh`, `\x{h...}`, `\uhhhh` or `\Uhhhhhhhh` escape whose letter is at `at`, and
    where the escape ends; None for any other escape."""
    m = HEX_ESCAPE_RE.match(source, at)
    if not m:
        return None
    code = int(next(g for g in m.groups() if g is not None), 16)
    if code > 0x10FFFF:
        raise Unsupported("code point out of range")
    return chr(code), m.end()


#: A character with case in `regex`'s Unicode data (the classes tests/checks/test_literals.py reads too).
CASED_RE = regex.compile(r"[\p{Cased}\p{Changes_When_Casefolded}\p{Changes_When_Lowercased}"
                         r"\p{Changes_When_Uppercased}]")


def _known(s: str) -> bool:
    """Every character of a literal folds alike in Python and in `regex`: one Python's Unicode data knows, or one
    Python does not know that has no case in `regex`'s (a newer emoji such as U+1FACF): no other character matches
    it case-insensitively, and `str.casefold` keeps it, so it stands in the folded text as written."""
    return s.isascii() or all(unicodedata.category(c) != "Cn" or not CASED_RE.match(c) for c in s)


class Unsupported(Exception):
    """A construct the reader does not handle: the pattern gets no requirement."""


@dataclass(frozen=True, slots=True)
class Info:
    """What a piece of a pattern matches: `exact`, every string it can match when that is a small known set (else
    None); `req`, sets of strings of which one must occur in any text it matches (all the sets must hold)."""

    exact: frozenset[str] | None
    req: tuple[frozenset[str], ...] = ()


EMPTY = Info(frozenset({""}))
UNKNOWN = Info(None)


def _quality(alternatives: frozenset[str]) -> tuple[int, int]:
    """How selective a set of alternatives is: its shortest string first, then how few strings it has."""
    return (min(map(len, alternatives)), -len(alternatives))


def _usable(alternatives: frozenset[str]) -> frozenset[str] | None:
    """The set as a requirement: None when it holds the empty string (then it requires nothing)."""
    return None if not alternatives or "" in alternatives else alternatives


def _minimal(alternatives: frozenset[str]) -> frozenset[str]:
    """The set without strings that contain another of its strings (`ab` is enough where `abc` would do).

    Each string is tested against those kept in C (`map` of `in`): a word list of hundreds of entries made this
    quadratic loop a good part of reading a pack's patterns."""
    kept: list[str] = []
    for s in sorted(alternatives, key=len):
        if not any(map(s.__contains__, kept)):
            kept.append(s)
    return frozenset(kept)


def _best(info: Info) -> frozenset[str] | None:
    """The most selective single set of alternatives that a piece guarantees."""
    candidates = list(info.req)
    if info.exact is not None and (exact := _usable(info.exact)) is not None:
        candidates.append(exact)
    return max(candidates, key=_quality, default=None)


class _Reader:
    """A recursive-descent reader of a pattern's source (the syntax of the `regex` package)."""

    def __init__(self, source: str) -> None:
        self.s = source
        self.i = 0

    def peek(self, n: int = 1) -> str:
        return self.s[self.i:self.i + n]

    def alternation(self) -> Info:
        branches = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        exact: frozenset[str] | None = None
        if all(b.exact is not None for b in branches):
            union = frozenset().union(*(b.exact for b in branches if b.exact is not None))
            exact = union if len(union) <= MAX_EXACT else None
        if exact is not None:
            return Info(exact)  # as strong as any requirement the branches have
        chosen = [_best(b) for b in branches]
        if any(c is None for c in chosen):
            return Info(exact)
        merged = _usable(frozenset().union(*(c for c in chosen if c is not None)))
        return Info(exact, (merged,) if merged else ())

    def sequence(self) -> Info:
        req: list[frozenset[str]] = []
        run = frozenset({""})  # the exact strings of the pieces read since the last break
        broken = False  # whether `run` no longer holds every string the sequence matches

        while self.i < len(self.s) and self.peek() not in ("|", ")"):
            piece = self.literal_run() or self.quantified()
            req.extend(piece.req)
            if piece.exact is None:
                if (pruned := _usable(run)) is not None:
                    req.append(pruned)
                run, broken = frozenset({""}), True
                continue
            if len(run) * len(piece.exact) > MAX_EXACT:
                if (pruned := _usable(run)) is not None:
                    req.append(pruned)
                run, broken = piece.exact, True
            else:
                run = frozenset(a + b for a, b in itertools.product(run, piece.exact))
        if not broken:
            return Info(run, tuple(req))
        if (pruned := _usable(run)) is not None:
            req.append(pruned)
        return Info(None, tuple(req))

    def literal_run(self) -> Info | None:
        """Plain characters up to the next special one, read at once (the last stays if a quantifier follows)."""
        m = LITERAL_RUN_RE.match(self.s, self.i)
        if not m:
            return None
        end = m.end()
        if self.s[end:end + 1] in ("*", "+", "?", "{"):
            end -= 1
        if end <= self.i:
            return None
        run = self.s[self.i:end]
        self.i = end
        return Info(frozenset({run}))

    def quantified(self) -> Info:
        atom = self.atom()
        low: int | None = None
        high: int | None = None
        c = self.peek()
        if c == "*":
            low, high = 0, None
            self.i += 1
        elif c == "+":
            low, high = 1, None
            self.i += 1
        elif c == "?":
            low, high = 0, 1
            self.i += 1
        elif c == "{":
            m = QUANTIFIER_RE.match(self.s, self.i)
            if not m or (not m.group(1) and not m.group(2)):
                raise Unsupported("brace that is not a plain quantifier (fuzzy matching?)")
            low = int(m.group(1) or 0)
            high = int(m.group(3)) if m.group(3) else (None if m.group(2) else low)
            self.i = m.end()
        else:
            return atom
        if self.peek() in ("?", "+"):  # lazy or possessive: the same strings
            self.i += 1
        if self.peek() in ("*", "+", "?", "{"):
            raise Unsupported("stacked quantifiers")
        if low == 0:
            if high == 1 and atom.exact is not None:
                return Info(atom.exact | {""})
            return UNKNOWN
        if low == 1 and high == 1:
            return atom
        best = _best(atom)
        return Info(None, atom.req + ((best,) if best is not None and best not in atom.req else ()))

    def atom(self) -> Info:
        c = self.peek()
        if c == "(":
            return self.group()
        if c == "[":
            return self.char_class()
        if c == "\\":
            return self.escape()
        if c in "^$":
            self.i += 1
            return EMPTY
        if c == ".":
            self.i += 1
            return UNKNOWN
        if c in "*+?{":
            raise Unsupported("quantifier without an atom")
        self.i += 1
        return Info(frozenset({c}))

    def escape(self) -> Info:
        c = self.s[self.i + 1:self.i + 2]
        if not c:
            raise Unsupported("trailing backslash")
        self.i += 2
        if c in ZERO_WIDTH_ESCAPES:
            return EMPTY
        if c in CLASS_ESCAPES:
            return UNKNOWN
        if c in PROPERTY_ESCAPES:
            self._property()
            return UNKNOWN
        if c in CONTROL_ESCAPES:
            return Info(frozenset({CONTROL_ESCAPES[c]}))
        if (char := _hex_escape(self.s, self.i - 1)) is not None:
            self.i = char[1]
            return Info(frozenset({char[0]}))
        if c.isalnum() or c == "_":  # \N{...}, \1, \g<1>, \L<list>, \n ...: not read
            raise Unsupported(f"escape \\{c}")
        return Info(frozenset({c}))

    def _property(self) -> None:
        """Skip the argument of \\p or \\P: `{...}` or one letter."""
        if self.peek() == "{":
            end = self.s.find("}", self.i)
            if end < 0:
                raise Unsupported("unclosed property")
            self.i = end + 1
        elif self.peek().isalpha():
            self.i += 1
        else:
            raise Unsupported("property without a name")

    def char_class(self) -> Info:
        """A set `[...]`: its members as alternatives when it is a short list of plain characters."""
        self.i += 1
        members: list[str] = []
        plain = True
        if self.peek() == "^":
            plain = False
            self.i += 1
        first = True
        while True:
            c = self.peek()
            if not c:
                raise Unsupported("unclosed set")
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            if c == "[":
                raise Unsupported("nested set")
            if c == "\\":
                e = self.s[self.i + 1:self.i + 2]
                self.i += 2
                if e in PROPERTY_ESCAPES:
                    self._property()
                    plain = False
                elif e in CONTROL_ESCAPES:
                    members.append(CONTROL_ESCAPES[e])
                elif (char := _hex_escape(self.s, self.i - 1)) is not None:
                    self.i = char[1]
                    members.append(char[0])
                elif e.isalnum() or e == "_":
                    if e not in CLASS_ESCAPES:
                        raise Unsupported(f"escape \\{e} in a set")
                    plain = False
                elif not e:
                    raise Unsupported("trailing backslash")
                else:
                    members.append(e)
                continue
            if c == "-" and members and self.peek(2) != "-]":
                plain = False  # a range
            elif c in "&|~-" and self.s[self.i + 1:self.i + 2] == c:
                raise Unsupported("set operation")
            members.append(c)
            self.i += 1
        if plain and members and len(set(members)) <= MAX_CLASS:
            return Info(frozenset(members))
        return UNKNOWN

    def group(self) -> Info:
        self.i += 1
        zero_width = False
        if self.peek() == "?":
            self.i += 1
            c = self.peek()
            if c == ":" or c == ">" or c == "|":
                self.i += 1
            elif c in "=!":
                self.i += 1
                zero_width = True
            elif c == "<" and self.peek(2)[1:] in ("=", "!"):
                self.i += 2
                zero_width = True
            elif c == "<" or (c == "P" and self.peek(2) == "P<"):
                end = self.s.find(">", self.i)
                if end < 0:
                    raise Unsupported("unclosed group name")
                self.i = end + 1
            elif c == "#":
                end = self.s.find(")", self.i)
                if end < 0:
                    raise Unsupported("unclosed comment")
                self.i = end + 1
                return EMPTY
            else:
                m = regex.match(r"[A-Za-z0-9-]+", self.s[self.i:])
                if not m or not set(m.group()) <= HARMLESS_FLAGS:
                    raise Unsupported("group kind not read")
                self.i += m.end()
                if self.peek() == ")":  # (?i): flags for the rest of the pattern
                    self.i += 1
                    return EMPTY
                if self.peek() != ":":
                    raise Unsupported("flags not read")
                self.i += 1
        inner = self.alternation()
        if self.peek() != ")":
            raise Unsupported("unclosed group")
        self.i += 1
        return EMPTY if zero_width else inner


@functools.lru_cache(maxsize=4096)
def required(source: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Sets of case-folded strings: in every text the pattern matches, each set has one string that occurs.
    Empty when nothing is certain (then the pattern must simply be run).

    Remembered per source and flags (the answer is a tuple of frozensets, never changed): a pack states one pattern
    in several rules (the copied-text checks share their article patterns), and loading reads each once. Kept on
    disk too (`regexcache.remembered`): a long source takes a tenth of a second to read, in every process."""
    if flags & regex.VERBOSE:
        return ()
    return regexcache.remembered(_required_kind(), source, flags, lambda: _required(source))


@functools.cache
def _required_kind() -> str:
    """What `required` values are kept under: the code that reads them (this module, case folding) and Unicode's
    version; an edited reader never reads back what the old one wrote."""
    from pelisaannot import folding

    return f"required-{regexcache.code_version(__file__, folding.__file__)}-{unicodedata.unidata_version}"


def _required(source: str) -> tuple[frozenset[str], ...]:
    reader = _Reader(source)
    try:
        info = reader.alternation()
        if reader.i != len(source):
            raise Unsupported("unbalanced parenthesis")
    except Unsupported:
        return ()
    sets = list(info.req)
    if info.exact is not None and (exact := _usable(info.exact)) is not None:
        sets.append(exact)
    folded = {_usable(frozenset(fold(s) for s in alternatives)) for alternatives in sets
              if all(_known(s) for s in alternatives)}
    best = sorted((s for s in folded if s), key=_quality, reverse=True)[:MAX_SETS]
    return tuple(_minimal(s) for s in best)


#: Texts longer than this are tested literal by literal: the automaton lists every occurrence, and a long
#: text may hold millions of a short literal.
MAX_AUTOMATON_TEXT = 20_000
#: The texts whose satisfied sets `_Literals` keeps at once: a post and its few standard spellings and chat texts.
RECENT_TEXTS = 8


class _Literals:
    """Every literal of every prefilter made, numbered, and one Aho-Corasick automaton over them all: a post is
    read once for all of them, instead of once per literal by each pattern's test.

    Each prefilter's sets of alternatives are numbered too, and every literal knows the sets that hold it: a post's
    literals give, in one pass, the sets it satisfies, and a prefilter's test is one subset test (in C) instead of
    a loop over its sets. Literals of one character (a blank, a colon) are not put in the automaton: nearly every
    post holds them, and listing each of their occurrences was most of its work; `set(text)` finds them.

    The automaton is rebuilt only after `REBUILD_AFTER` tests asked for literals it lacks (which meanwhile use
    the plain `in` test): loading a policy adds hundreds of literals at once, and a test suite that makes
    thousands of patterns one by one must not rebuild it for each."""

    REBUILD_AFTER = 64

    def __init__(self, generation: int = 0) -> None:
        #: Which registry this is: a prefilter numbered in an earlier one numbers its literals again here.
        self.generation = generation
        self.ids: dict[str, int] = {}
        #: Each distinct set of alternatives (as literal numbers) -> its number.
        self.sets: dict[frozenset[int], int] = {}
        #: Per literal number, the numbers of the sets that hold it.
        self._containing: list[list[int]] = []
        self._automaton: ahocorasick_rs.AhoCorasick | None = None
        #: Per pattern of the automaton (the literals of two characters or more), the sets that hold it: the very
        #: lists of `_containing`, so that a set numbered later is seen here too.
        self._long_sets: list[list[int]] = []
        #: The literals of one character -> the sets that hold them (again the lists of `_containing`).
        self._short_sets: dict[str, list[int]] = {}
        #: The sets that hold the empty literal, which every text holds.
        self._empty_sets: list[int] = []
        self._size = 0  # the literals numbered below this are in the automaton or in `_short_sets`
        self._misses = 0
        #: The last text read and the sets it satisfies: every prefilter of a post asks about the same folded text.
        #: Forgotten whenever a set is numbered or the automaton rebuilt.
        self.last_text: str | None = None
        self.last_sets: frozenset[int] = frozenset()
        #: The last few texts read and their sets, by text: a post with spoken words is read as written, in one
        #: or more standard spellings (`spoken_text`) and as chat (`frames`), and each rule asks about them in
        #: turn; two slots let a third text push out the first, which the next rule then read again.
        self._recent: dict[str, frozenset[int]] = {}

    def add(self, literals: tuple[str, ...]) -> frozenset[int]:
        """The numbers of some literals, numbering the new ones."""
        for literal in literals:
            if literal not in self.ids:
                self.ids[literal] = len(self.ids)
                self._containing.append([])
        return frozenset(self.ids[literal] for literal in literals)

    def add_set(self, ids: frozenset[int]) -> int:
        """The number of a set of alternatives (literal numbers), numbering it when it is new."""
        number = self.sets.get(ids)
        if number is None:
            number = self.sets[ids] = len(self.sets)
            for literal in ids:
                self._containing[literal].append(number)
            self.forget()
        return number

    def _rebuild(self) -> None:
        containing = self._containing
        self._long_sets = [containing[i] for literal, i in self.ids.items() if len(literal) > 1]
        self._short_sets = {literal: containing[i] for literal, i in self.ids.items() if len(literal) == 1}
        self._empty_sets = containing[self.ids[""]] if "" in self.ids else []
        self._automaton = ahocorasick_rs.AhoCorasick([literal for literal in self.ids if len(literal) > 1])
        self._size, self._misses = len(self.ids), 0
        self.forget()

    def forget(self) -> None:
        """Forget the texts read (their sets may have changed)."""
        self.last_text = None
        self._recent.clear()

    def satisfied(self, folded: str, highest: int) -> frozenset[int] | None:
        """The numbers of the sets one of whose literals occurs in `folded`; None when literal `highest` is not
        in the automaton yet (the caller tests its literals itself)."""
        if highest >= self._size:
            self._misses += 1
            if self._misses < self.REBUILD_AFTER:
                return None
            self._rebuild()
        if folded is self.last_text:
            return self.last_sets
        recent = self._recent.get(folded)  # another text of the post, read a moment ago
        if recent is not None:
            self.last_text, self.last_sets = folded, recent
            return recent
        assert self._automaton is not None
        # The patterns found (each once), then the sets of each: every step a C loop (chain, map, set), as this
        # runs once or twice for every post.
        found = set(_chain(map(self._long_sets.__getitem__, set(map(
            _FIRST, self._automaton.find_matches_as_indexes(folded, overlapping=True))))))
        short = self._short_sets
        found.update(_chain(map(short.__getitem__, short.keys() & set(folded))))
        found.update(self._empty_sets)
        result = self.last_sets = frozenset(found)
        self.last_text = folded
        if len(self._recent) >= RECENT_TEXTS:
            del self._recent[next(iter(self._recent))]  # the oldest
        self._recent[folded] = result
        return result


#: At most this many literals in the registry: a long-lived process that loads pack after pack (a server) starts a
#: new registry instead of growing without end; the prefilters still in use number their literals there again on
#: their next test.
MAX_LITERALS = 200_000
_LITERALS = _Literals()
_FIRST = operator.itemgetter(0)
_chain = itertools.chain.from_iterable


def _registry_for(count: int) -> _Literals:
    """The registry to number `count` more literals in: a new one when the current one would grow past the bound."""
    global _LITERALS
    if len(_LITERALS.ids) + count > MAX_LITERALS and _LITERALS.ids:
        _LITERALS = _Literals(_LITERALS.generation + 1)
    return _LITERALS


@dataclass(frozen=True, slots=True)
class Prefilter:
    """The requirement of one pattern, tested on a case-folded text."""

    sets: tuple[tuple[str, ...], ...]
    #: The numbers (in `_LITERALS`) of the sets, all of which a text must satisfy.
    _set_ids: frozenset[int] = field(default=frozenset(), init=False, repr=False, compare=False)
    _highest: int = field(default=-1, init=False, repr=False, compare=False)
    #: The registry (its generation) those numbers belong to.
    _generation: int = field(default=-1, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._register()

    def _register(self) -> _Literals:
        """Number the literals and sets in the current registry (again, when it is a newer one)."""
        registry = _registry_for(sum(map(len, self.sets)))
        ids = tuple(registry.add(alternatives) for alternatives in self.sets)
        object.__setattr__(self, "_set_ids", frozenset(registry.add_set(i) for i in ids))
        object.__setattr__(self, "_highest", max((max(i) for i in ids if i), default=-1))
        object.__setattr__(self, "_generation", registry.generation)
        return registry

    def __reduce__(self) -> tuple[type[Prefilter], tuple[tuple[tuple[str, ...], ...]]]:
        """Pickled as its sets alone: unpickled (in another process), it numbers them in that process's registry."""
        return Prefilter, (self.sets,)

    @classmethod
    def of(cls, source: str, flags: int = 0) -> Prefilter:
        return cls(tuple(tuple(sorted(s)) for s in required(source, flags)))

    def may_match(self, folded: str) -> bool:
        """False only when the pattern cannot match the text whose `fold` is `folded`."""
        if not self.sets:
            return True
        literals = _LITERALS
        if self._generation != literals.generation:  # numbered in a registry since replaced
            literals = self._register()
        if folded is literals.last_text and self._highest < literals._size:  # the post's sets, already read
            return self._set_ids <= literals.last_sets
        if len(folded) <= MAX_AUTOMATON_TEXT:
            satisfied = literals.satisfied(folded, self._highest)
            if satisfied is not None:
                return self._set_ids <= satisfied
        contains = folded.__contains__  # `any(map(...))` loops in C: a set may hold hundreds of words
        return all(any(map(contains, alternatives)) for alternatives in self.sets)


class PrefilterGroup:
    """Many prefilters of one check tested at once: the indices of those that may match a text.

    A check with dozens of patterns asked each prefilter in turn, dozens of calls a post for a few survivors. Here
    each prefilter is filed under one of its sets (any will do: all must hold), and a post's satisfied sets pick the
    few worth testing with one set intersection in C. Whenever that is not possible (a registry replaced, literals
    not yet in the automaton, a text too long for it) the group asks each prefilter itself, as before.
    """

    def __init__(self, prefilters: list[Prefilter] | tuple[Prefilter, ...]) -> None:
        self.prefilters = tuple(prefilters)
        self._literal = any(p.sets for p in self.prefilters)  # whether any prefilter can ever say no
        self._generation = -1  # the registry the index below was built for
        self._always: list[int] = []
        #: Per set number, the prefilters filed under it: each index with its prefilter's sets when it has more than
        #: one (else empty: the set it is filed under is all it needs).
        self._filed: dict[int, list[tuple[int, frozenset[int]]]] = {}
        #: The keys of `_filed` as a set: intersected with a post's satisfied sets without copying the keys first
        #: (`dict.keys() & x` builds a set of every key on every call).
        self._set_keys: frozenset[int] = frozenset()
        self._highest = -1

    def __reduce__(self) -> tuple[type[PrefilterGroup], tuple[tuple[Prefilter, ...]]]:
        """Pickled as its prefilters alone: the index holds set numbers of this process's registry."""
        return PrefilterGroup, (self.prefilters,)

    def _index(self, literals: _Literals) -> bool:
        """File every prefilter under one of its sets in the current registry; False when one is numbered in
        another registry (its own test numbers it again)."""
        if self._generation == literals.generation:
            return True
        if any(p.sets and p._generation != literals.generation for p in self.prefilters):
            return False
        self._always = [i for i, p in enumerate(self.prefilters) if not p.sets]
        self._filed = {}
        for i, p in enumerate(self.prefilters):
            if p.sets:
                self._filed.setdefault(min(p._set_ids), []).append(
                    (i, p._set_ids if len(p._set_ids) > 1 else frozenset()))
        self._set_keys = frozenset(self._filed)
        self._highest = max((p._highest for p in self.prefilters), default=-1)
        self._generation = literals.generation
        return True

    def candidates(self, folded: str) -> list[int]:
        """The indices, in order, of the prefilters that may match the text whose `fold` is `folded`."""
        literals = _LITERALS
        satisfied = None
        if not self._literal:
            return list(range(len(self.prefilters)))  # no literals at all: every pattern must be run
        if len(folded) <= MAX_AUTOMATON_TEXT and self._index(literals) and self._highest < literals._size:
            satisfied = (literals.last_sets if folded is literals.last_text
                         else literals.satisfied(folded, self._highest))
        if satisfied is None:
            return [i for i, p in enumerate(self.prefilters) if p.may_match(folded)]
        filed = self._filed
        found = [i for key in self._set_keys & satisfied for i, others in filed[key] if others <= satisfied]
        return sorted(self._always + found) if found else list(self._always)
