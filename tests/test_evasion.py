"""Evasion: however an identity code or a swear word is spelt to look the same, it is still found, and the
finding's text is exactly the original characters there (hidden ones included)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pelisaannot import Linter
from pelisaannot.document import Document
from pelisaannot.normalise import confusables, normalise

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u00ad", "\u2060", "\ufeff", "\u200e", "\u200f", "\u2061"]
DASHES = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2212", "\ufe63", "\uff0d"]
DIGIT_ZEROS = [0x30, 0x660, 0x6F0, 0x966, 0x9E6, 0xFF10, 0x1D7CE]  # ASCII, Arabic-Indic, Persian, ...
LOOKALIKES: dict[str, list[str]] = {}
for _char, _ascii in sorted(confusables().items()):
    if _ascii.isalpha():
        LOOKALIKES.setdefault(_ascii, []).append(_char)

HETUS = ["131052-308T", "010101-123N", "150399A0143"]
SWEARS = ["paska", "perkele", "vittu", "saatana", "helvetti"]


@pytest.fixture(scope="module")
def hetu_linter() -> Linter:
    return Linter.from_policy("kela", select=["FI-CD-001"])


@pytest.fixture(scope="module")
def swear_linter() -> Linter:
    return Linter.from_policy("kela", select=["FI-TO-001"])


@st.composite
def disguised(draw: st.DrawFn, word: str) -> str:
    """`word` as it may be written to look the same: look-alike letters, other digits and dashes, full-width
    forms, invisible characters inside, or typed backwards inside a right-to-left override."""
    zero = draw(st.sampled_from(DIGIT_ZEROS))
    out = []
    for char in word:
        if char.isdigit():
            char = chr(zero + int(char))
        elif char == "-":
            char = draw(st.sampled_from(DASHES))
        elif char.isalpha():
            choice = draw(st.integers(0, 3))
            if choice == 1 and LOOKALIKES.get(char):
                char = draw(st.sampled_from(LOOKALIKES[char]))
            elif choice == 2:
                char = chr(ord(char) + 0xFEE0)  # full width
        out.append(char)
    for _ in range(draw(st.integers(0, 3))):
        out.insert(draw(st.integers(1, len(out) - 1)), draw(st.sampled_from(INVISIBLE)))
    text = "".join(out)
    if draw(st.booleans()):
        text = "\u202e" + text[::-1] + "\u202c"
    return text


def _found(linter: Linter, post: str, rule: str, start: int, end: int) -> bool:
    findings = [f for f in linter.check(post) if f.rule == rule]
    assert all(f.text == post[f.start:f.end] for f in findings)
    return any(f.start <= start + 1 and f.end >= end - 1 for f in findings)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_disguised_identity_code_is_found(hetu_linter: Linter, data: st.DataObject) -> None:
    code = data.draw(st.sampled_from(HETUS))
    spelt = data.draw(disguised(code))
    before = "Asiakkaan henkilötunnus on "
    post = before + spelt + ", kertoi hän."
    assert _found(hetu_linter, post, "FI-CD-001", len(before), len(before) + len(spelt)), ascii(spelt)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_disguised_swear_word_is_found(swear_linter: Linter, data: st.DataObject) -> None:
    word = data.draw(st.sampled_from(SWEARS))
    spelt = data.draw(disguised(word))
    before = "Tämä on ihan "
    post = before + spelt + " juttu."
    assert _found(swear_linter, post, "FI-TO-001", len(before), len(before) + len(spelt)), ascii(spelt)


@pytest.mark.parametrize("post", [
    "Asiakkaan tunnus on 131052\u2011308T.", "Asiakkaan tunnus on 131052\u2013308T.",
    "Asiakkaan tunnus on 1310\u200b52-308T.", "Asiakkaan tunnus on 131052-3\u200d08T.",
    "Asiakkaan tunnus on 131052-308\u0422.",
    "Asiakkaan tunnus on \u0661\u0663\u0661\u0660\u0665\u0662-\u0663\u0660\u0668T.",
    "Asiakkaan tunnus on \u202eT803-250131\u202c.",
])
def test_the_issue_spellings_of_an_identity_code(hetu_linter: Linter, post: str) -> None:
    assert [f.rule for f in hetu_linter.check(post)] == ["FI-CD-001"]


@pytest.mark.parametrize("post", ["Ihan \u0440\u0430ska juttu.", "Ihan pas\u200bka juttu.", "Ihan pas\u00adka juttu.",
                                  "Ihan \u202eaksap\u202c juttu."])
def test_the_issue_spellings_of_a_swear_word(swear_linter: Linter, post: str) -> None:
    assert [f.rule for f in swear_linter.check(post)] == ["FI-TO-001"]


def test_two_phone_numbers_with_only_a_space_between() -> None:
    linter = Linter.from_policy("kela", select=["FI-CD-003"])
    post = "Soita 040 1234567 040 7654321 tänään."
    assert [f.text for f in linter.check(post)] == ["040 1234567", "040 7654321"]


# The normalisation itself ------------------------------------------------------------------------------


def test_plain_text_needs_no_map() -> None:
    for text in ("Hyvää huomenta kaikille!", "plain ascii", "Äiti ja isä söivät jäätelöä."):
        result = normalise(text)
        assert result.text == text and result.starts is None


def test_every_normalised_character_maps_back_to_what_made_it() -> None:
    original = "Ｋela\u200b: 131052\u2013308T, \u202eaksap\u202c ﬁx\r\n\u0440\u0430ska"
    doc = Document(original)
    assert doc.text == "Kela: 131052-308T, paska fix\nraska".replace("raska", "paska")
    for start in range(len(doc.text)):
        s, e = doc.to_original_span(start, start + 1)
        assert 0 <= s < e <= len(original)
    assert doc.original[slice(*doc.to_original_span(0, 4))] == "Ｋela"
    assert doc.original[slice(*doc.to_original_span(19, 24))] == "\u202eaksap"[1:]


def test_emoji_joiners_and_symbols_are_kept() -> None:
    family = "👨\u200d👩\u200d👧 ❤\ufe0f Kela™"
    assert normalise(family).text == family


def test_whole_words_of_another_script_are_left_alone() -> None:
    assert normalise("Спасибо и до свидания").text == "Спасибо и до свидания"
    assert unicodedata.is_normalized("NFKC", normalise("Ευχαριστώ").text)
