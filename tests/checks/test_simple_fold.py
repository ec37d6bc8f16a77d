"""Simple-folding twins of full-case patterns (`checks.base.simple_fold_source`): the same matches, or no twin."""

from __future__ import annotations

import sys

import regex
from regex import _regex  # the package's own fold tables, to recompute FULL_FOLD_CHARS

from pelisaannot.checks.base import (
    FULL_FOLD_CHARS,
    LazyPattern,
    simple_fold_source,
    simple_fold_text,
)
from pelisaannot.checks.cues import CuesCheck
from pelisaannot.checks.pattern import PatternCheck
from pelisaannot.folding import fold

FULL = regex.UNICODE | regex.VERSION1 | regex.IGNORECASE | regex.FULLCASE


def test_full_fold_chars_are_every_character_whose_full_fold_differs() -> None:
    """Recomputed from `regex`'s tables (its Unicode may be newer than Python's) and Python's `casefold`: an
    upgrade of either that adds such a character fails here."""
    full, simple = regex.U | regex.I | regex.F, regex.U | regex.I
    expected = {chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF
                and (_regex.fold_case(full, chr(c)) != _regex.fold_case(simple, chr(c)) or len(chr(c).casefold()) > 1)}
    listed = {chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF
              and FULL_FOLD_CHARS.fullmatch(chr(c))}
    assert listed == expected
    # `simple_fold_text` tells them by the folded text's length: each folds to more than one character, and no
    # character (these or another) folds to none.
    assert all(len(fold(c)) > 1 for c in listed)
    assert all(fold(chr(c)) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def test_no_twin_where_the_pattern_may_name_such_a_character() -> None:
    assert simple_fold_source(r"stra(?:ss|ß)e", FULL) is None
    assert simple_fold_source(r"\xdf", FULL) is None
    assert simple_fold_source(r"\N{LATIN SMALL LETTER SHARP S}", FULL) is None
    assert simple_fold_source(r"[a-ö]+", FULL) is None  # a range that holds ß
    assert simple_fold_source(r"kela\w+", regex.IGNORECASE) is None  # simple folding already
    assert simple_fold_source(r"kela\w+", FULL) == r"(?-f)kela\w+"


def test_a_text_with_such_a_character_is_searched_by_the_pattern_itself() -> None:
    pattern = LazyPattern(r"\bstrasse\b", FULL)
    assert pattern._twin_source is not None
    assert pattern.search("Straße") is not None  # full folding: ß is ss
    assert pattern.search("STRASSE") is not None
    assert LazyPattern(r"\bdifficult\b", FULL).search("di\ufb03cult") is not None  # the ligature ffi
    assert not simple_fold_text("Straße") and simple_fold_text("Strasse")
    assert not simple_fold_text("STRA\U0001df95E")  # unknown to Python, folded as ß by `regex` (EXTRA_FOLDS)
    assert simple_fold_text("Äiti ja \U0001facf")


def test_twins_find_what_the_patterns_find(kela) -> None:  # type: ignore[no-untyped-def]
    """Every built-in full-case pattern and its twin on their rules' examples, also shouted and in odd case."""
    compared = 0
    for rule in kela.rules:
        check = rule.check
        if isinstance(check, PatternCheck):
            pairs = [(regex.compile(s, check.flags), regex.compile(t, check.flags & ~regex.FULLCASE))
                     for s, t in zip(check.sources, check._twin_sources, strict=True) if t is not None]
        elif isinstance(check, CuesCheck):
            pairs = [(regex.compile(p.source, p.flags), regex.compile(p._twin_source, p.flags))
                     for c in check.lists.values() for p in c.patterns
                     if isinstance(p, LazyPattern) and p._twin_source is not None]
        else:
            continue
        texts = [e.text for e in (*rule.bad, *rule.good)]
        for full, twin in pairs:
            for text in texts:
                for variant in (text, text.upper(), text.title(), text.swapcase()):
                    if simple_fold_text(variant):
                        compared += 1
                        assert ([m.span() for m in full.finditer(variant)]
                                == [m.span() for m in twin.finditer(variant)]), (rule.id, full.pattern, variant)
    assert compared > 1000
