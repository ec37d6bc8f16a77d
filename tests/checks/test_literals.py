"""Necessary literals of a pattern: never a requirement that a real match lacks, and a useful one where it can."""

from __future__ import annotations

import random
import sys
import unicodedata

import pytest
import regex
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pelisaannot.checks.literals import Prefilter, required
from pelisaannot.folding import EXTRA_FOLDS, fold

FLAGS = regex.UNICODE | regex.VERSION1 | regex.IGNORECASE | regex.FULLCASE


def sets(source: str) -> list[set[str]]:
    return [set(s) for s in required(source, FLAGS)]


@pytest.mark.parametrize(("source", "expected"), [
    (r"\bsalassa\s+pidettävä\w*", [{"pidettävä"}, {"salassa"}]),
    (r"\b(?:tapan|ammun|puukotan)\s+(?:sut|sinut)\b", [{"puukotan", "ammun", "tapan"}, {"sut", "sinut"}]),
    (r"ab?c", [{"ac", "abc"}]),
    (r"a*bc", [{"bc"}]),
    (r"(?:ab|c)d", [{"abd", "cd"}]),
    (r"(?:ab|\w)d", [{"d"}]),
    (r"(?:kissa|\w+)", []),  # one branch guarantees nothing
    (r"[^a]bc[:;]", [{"bc:", "bc;"}]),
    (r"[a-z]xy", [{"xy"}]),
    (r"koira{2}x", [{"koir"}, {"x"}, {"a"}]),
    (r"(?i)Kela\.fi", [{"kela.fi"}]),  # folded: the text is folded too
    (r"STRASSE", [{"strasse"}]),
    (r"Straße", [{"strasse"}]),
    (r"\\\\palvelin", [{"\\\\palvelin"}]),  # escaped backslashes are literal
    (r"a\nb[^\n]c", [{"a\nb"}, {"c"}]),
    (r"(?P<sana>salainen)\s+(?<toinen>muistio)", [{"salainen"}, {"muistio"}]),
    (r"(?>atomi)(?#kommentti)nen", [{"atominen"}]),
    (r"\x41bc", [{"abc"}]),  # a code point escape is its character
    (r"\x{1F6AA}\u00c4x", [{"\U0001f6aaäx"}]),
    (r"[\u2190-\u21ff]ovi|[\x3a\u003d]ovi", [{"ovi"}]),  # a range is no list of members; a list is
    (r"[\u003a\u003d]k", [{":k", "=k"}]),
])
def test_requirements(source: str, expected: list[set[str]]) -> None:
    assert sorted(map(sorted, sets(source))) == sorted(map(sorted, expected))


@pytest.mark.parametrize("source", [
    r"\N{LATIN SMALL LETTER A}bc",  # an escape with a name is not read: no guess that `bc` must be there
    r"(\w)\1xyz",
    r"(?x) a b c",  # verbose: blanks are not literals
    r"(?:abc){e<=1}",  # fuzzy matching
    r"[[a-z]--[aeiou]]x",  # nested sets
    r"(?(1)ab|cd)",
    r"(?=salainen)\w+",  # what a lookahead sees is not consumed: nothing is kept from it
    r"(?<!ei )salainen?",
    r"a|",
    r"x*",
])
def test_no_requirement_when_unsure(source: str) -> None:
    found = sets(source)
    if source == r"(?<!ei )salainen?":
        assert found == [{"salaine"}]
        return
    assert found == []


def test_verbose_flag_gives_nothing() -> None:
    assert required("a b c", regex.VERBOSE) == ()


# Random patterns over a small alphabet: a requirement must hold in every text the pattern matches.
ATOMS = ["a", "b", "ab", "ba", "ss", "ß", "K", "\\.", ".", "\\w", "[ab]", "[^a]", "\\b", "\\s", "x", " "]


def _random_pattern(rng: random.Random, depth: int = 0) -> str:
    parts = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        if roll < 0.2 and depth < 2:
            branches = [_random_pattern(rng, depth + 1) for _ in range(rng.randint(1, 3))]
            atom = "(?:" + "|".join(branches) + ")"
        elif roll < 0.25 and depth < 2:
            atom = "(?=" + _random_pattern(rng, depth + 1) + ")"
        else:
            atom = rng.choice(ATOMS)
        if len(atom) > 1 and not atom.startswith(("(", "[", "\\")):
            atom = "(?:" + atom + ")"
        atom += rng.choice(["", "", "", "?", "*", "+", "{2}", "{0,2}", "{1,3}?"])
        parts.append(atom)
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, sys.maxsize), st.text(alphabet="abABsSßẞKkx. \u212a", max_size=12))
def test_random_patterns_never_miss(seed: int, text: str) -> None:
    rng = random.Random(seed)
    source = _random_pattern(rng)
    pattern = regex.compile(source, FLAGS)
    try:
        found = pattern.search(text, timeout=0.5)
    except TimeoutError:  # a random nest of quantifiers can backtrack for minutes: no answer to compare with
        assume(False)
    if found:
        assert Prefilter.of(source, FLAGS).may_match(fold(text)), (source, text)


def test_case_folding_is_never_narrower_than_the_regex() -> None:
    """Every character that the pattern's case-insensitive matching takes for a literal letter also holds that
    letter once case-folded: the Kelvin sign for k, the long s for s, capital sharp s for ss."""
    alphabet = "abcdefghijklmnopqrstuvwxyzåäöšžéüß0123456789-.:#@/"
    any_of = regex.compile("[" + regex.escape(alphabet) + "]", FLAGS)
    singles = {c: regex.compile(regex.escape(c), FLAGS) for c in alphabet}
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        x = chr(code)
        if not any_of.fullmatch(x) and x not in "ẞß":
            continue
        for c, pattern in singles.items():
            if pattern.fullmatch(x):
                assert fold(c) in fold(x), (c, x)
    for literal, text in [("ss", "ß"), ("ss", "ẞ"), ("ß", "SS"), ("ff", "ﬀ"), ("k", "\u212a"), ("s", "ſ"),
                          ("σ", "ς"), ("i", "İ")]:
        if regex.search(regex.escape(literal), text, FLAGS):
            assert Prefilter.of(regex.escape(literal), FLAGS).may_match(fold(text)), (literal, text)


def test_extra_folds_cover_what_regex_knows_and_python_does_not() -> None:
    """`regex` may carry a newer Unicode than Python: each character Python does not know that `regex` matches
    case-insensitively with a known one must be in EXTRA_FOLDS, folded as that one (recomputed here, so that an
    upgrade of either says what to change)."""
    unknown = "".join(chr(c) for c in range(sys.maxunicode + 1)
                      if not 0xD800 <= c <= 0xDFFF and unicodedata.category(chr(c)) == "Cn")
    cased = regex.findall(r"[\p{Cased}\p{Changes_When_Casefolded}\p{Changes_When_Lowercased}"
                          r"\p{Changes_When_Uppercased}]", unknown)
    known = "".join(chr(c) for c in range(sys.maxunicode + 1)
                    if not 0xD800 <= c <= 0xDFFF and unicodedata.category(chr(c)) != "Cn"
                    and (chr(c).casefold() != chr(c) or chr(c).upper() != chr(c)))
    expected = {}
    for x in cased:
        partners = {p.casefold() for p in regex.findall(regex.escape(x), known, FLAGS)}
        if partners:
            assert len(partners) == 1, (x, partners)
            expected[x] = partners.pop()
    assert expected == EXTRA_FOLDS
    assert fold("STRA\U0001df95E") == "strasse"


def test_unknown_characters_with_case_are_never_literals() -> None:
    assert sets("\U0001df95x") == []  # the run that holds it is no literal either
    assert sets("\U0001df95\\w+x") == [{"x"}]


def test_unknown_characters_without_case_are_literals() -> None:
    """An emoji newer than Python's Unicode (U+1FACF) has no case in `regex` either: it gates its pattern."""
    assert unicodedata.category("\U0001facf") == "Cn" or sys.version_info >= (3, 12)
    assert sets("(?:\U0001f921|\U0001facf)\\s+x") == [{"x"}, {"\U0001f921", "\U0001facf"}]
    assert Prefilter.of("\U0001facf", FLAGS).may_match(fold("a \U0001facf b"))
    assert not Prefilter.of("\U0001facf", FLAGS).may_match(fold("a b"))


def test_every_builtin_pattern_keeps_its_examples(kela) -> None:  # type: ignore[no-untyped-def]
    """The built-in patterns and their rules' examples, also shouted and in odd case: a pattern that matches an
    example is never skipped by its prefilter."""
    checked = 0
    for rule in kela.rules:
        if rule.kind != "pattern":
            continue
        texts = [e.text for e in (*rule.bad, *rule.good)]
        for pattern, prefilter in zip(rule.check.patterns, rule.check.prefilters, strict=True):
            assert prefilter.sets, f"{rule.id}: no literal found in {pattern.pattern[:60]}"
            for text in texts:
                for variant in (text, text.upper(), text.title(), text.swapcase()):
                    if pattern.search(variant):
                        checked += 1
                        assert prefilter.may_match(fold(variant)), (rule.id, pattern.pattern, variant)
    assert checked > 50


def test_the_shared_automaton_answers_as_the_literals_do() -> None:
    """`may_match` reads a post once for every prefilter's literals (one automaton); it must say what a test of
    each literal with `in` says, overlapping literals, a literal added later and a long text included."""
    from pelisaannot.checks import literals

    first = Prefilter((("hers", "xyz"), ("she",)))
    later = Prefilter((("he",), ("rs",)))
    for _ in range(2):  # with the plain test first, then (the automaton rebuilt after enough misses) through it
        for _ in range(literals._Literals.REBUILD_AFTER):
            assert first.may_match("ushers")
        assert later.may_match("ushers") and not later.may_match("usher")
        assert not first.may_match("ushe") and Prefilter(()).may_match("")
        long = "x" * (literals.MAX_AUTOMATON_TEXT + 1)
        assert not first.may_match(long) and first.may_match(long + "shers")
    assert literals._LITERALS._size > literals._LITERALS.ids["rs"]


def test_the_registry_is_bounded_and_old_prefilters_still_answer(monkeypatch) -> None:
    """A process that loads pack after pack (a server) does not grow the literal registry without end: past
    MAX_LITERALS a new registry starts, and a prefilter numbered in the old one numbers itself again there."""
    from pelisaannot.checks import literals

    monkeypatch.setattr(literals, "_LITERALS", literals._Literals(literals._LITERALS.generation + 1000))
    monkeypatch.setattr(literals, "MAX_LITERALS", 6)
    old = Prefilter((("kissa", "koira"), ("talo",)))
    first = literals._LITERALS
    newer = [Prefilter(((f"sana{i}",),)) for i in range(6)]
    assert literals._LITERALS is not first and len(literals._LITERALS.ids) <= 6
    assert old.may_match("koira ja talo") and not old.may_match("koira ja mökki")
    assert old._generation == literals._LITERALS.generation
    assert newer[-1].may_match("sana5") and not newer[-1].may_match("sana4")


def test_a_pickled_prefilter_numbers_itself_again(monkeypatch) -> None:
    """Unpickled in a process whose registry never saw its literals, a prefilter still skips and passes as
    before (a pickled policy must not lose findings)."""
    import pickle

    from pelisaannot.checks import literals

    prefilter = Prefilter((("hers", "xyz"), ("she",)))
    data = pickle.dumps(prefilter)
    monkeypatch.setattr(literals, "_LITERALS", literals._Literals(literals._LITERALS.generation + 1))
    again = pickle.loads(data)
    assert again == prefilter and again._generation == literals._LITERALS.generation
    assert again.may_match("ushers") and not again.may_match("usher")


def _one_by_one(prefilters: list[Prefilter], folded: str) -> list[int]:
    return [i for i, p in enumerate(prefilters) if p.may_match(folded)]


def test_a_group_of_prefilters_answers_as_each_does(monkeypatch) -> None:
    """`PrefilterGroup.candidates` picks a post's possible patterns through one index: before and after the
    automaton holds their literals, in a replaced registry, and pickled, it names exactly the prefilters whose own
    test passes, in order (a pattern without literals always)."""
    import pickle

    from pelisaannot.checks import literals
    from pelisaannot.checks.literals import PrefilterGroup

    prefilters = [Prefilter((("hers", "xyz"), ("she",))), Prefilter(()), Prefilter((("talo",),)),
                  Prefilter((("she", "talo"),)), Prefilter((("koira", "kissa"), ("talo",)))]
    group = PrefilterGroup(prefilters)
    texts = ["ushers", "usher", "koira ja talo", "kissa", "", "she talo xyz hers", "x" * literals.MAX_AUTOMATON_TEXT
             + " talo"]
    for _ in range(2):  # the plain tests first, then (the automaton rebuilt after enough misses) the index
        for _ in range(literals._Literals.REBUILD_AFTER):
            for text in texts:
                assert group.candidates(text) == _one_by_one(prefilters, text), text
    assert group._generation == literals._LITERALS.generation  # the index was used
    monkeypatch.setattr(literals, "_LITERALS", literals._Literals(literals._LITERALS.generation + 1))
    again = pickle.loads(pickle.dumps(group))
    for _ in range(literals._Literals.REBUILD_AFTER + 1):
        for text in texts:
            assert group.candidates(text) == again.candidates(text) == _one_by_one(prefilters, text), text
    assert again.candidates("koira ja talo") == [1, 2, 3, 4] and again.candidates("usher") == [1, 3]


def test_a_group_without_literals_runs_every_pattern(monkeypatch) -> None:
    """A group whose patterns have no literals (or no patterns at all) names every one, even in a registry whose
    automaton was never built."""
    from pelisaannot.checks import literals
    from pelisaannot.checks.literals import PrefilterGroup

    monkeypatch.setattr(literals, "_LITERALS", literals._Literals(literals._LITERALS.generation + 1))
    assert PrefilterGroup([Prefilter(()), Prefilter(())]).candidates("mitä tahansa") == [0, 1]
    assert PrefilterGroup([]).candidates("") == []


def test_a_posts_several_texts_are_each_read_once(monkeypatch) -> None:
    """A post read as written, in standard spellings and as chat is several texts that each rule asks about in
    turn: each is read by the automaton once (an equal copy too), with the same answers as a fresh reading, and a
    set numbered later makes them be read again."""
    from pelisaannot.checks import literals

    monkeypatch.setattr(literals, "_LITERALS", literals._Literals(literals._LITERALS.generation + 1))
    registry = literals._LITERALS
    kissa, talo = Prefilter((("kissa",),)), Prefilter((("talo",),))
    registry._rebuild()
    reads: list[str] = []
    automaton = registry._automaton

    class Counting:
        def find_matches_as_indexes(self, text: str, overlapping: bool) -> list[tuple[int, int, int]]:
            reads.append(text)
            return automaton.find_matches_as_indexes(text, overlapping=overlapping)

    registry._automaton = Counting()  # type: ignore[assignment]
    texts = ["kissa talossa", "kissa ja koira", "talo"]
    for _ in range(3):
        for text in [*texts, "".join(["kis", "sa talossa"])]:  # the last: equal to the first, another object
            assert kissa.may_match(text) == ("kissa" in text) and talo.may_match(text) == ("talo" in text)
    assert sorted(reads) == sorted(texts)
    registry.add_set(registry.add(("koira",)))  # a new set: what was read is forgotten
    assert kissa.may_match(texts[0]) and reads[-1] == texts[0]
