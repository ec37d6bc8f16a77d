"""`platform_limits`: exact spans of what does not fit, per platform; nothing on the generic platform."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pelisaannot.checks.base import PackContext
from pelisaannot.checks.platform_limits import PlatformLimitsCheck
from pelisaannot.document import Document
from pelisaannot.platforms import profile

CHECK = PlatformLimitsCheck({"kind": "platform_limits"}, PackContext(Path(".")))
WORDS = "sana " * 60  # 300 characters


def spans(text: str, platform: str, check: PlatformLimitsCheck = CHECK) -> list[str]:
    return [text[m.start:m.end] for m in check.run(Document(text, platform=platform))]


@pytest.mark.parametrize(("text", "platform", "expected"), [
    ("a" * 280, "x", []),
    ("a" * 281, "x", ["a" * 281]),  # one word: it is all cut
    ("sana " * 56 + "loppu", "x", ["loppu"]),  # 285: the first word that does not fit, to the end
    ("sana " * 56 + "loppu  \n\n", "x", ["loppu"]),  # trailing whitespace is not counted
    ("a " * 129 + "kela.fi", "x", ["kela.fi"]),  # 258 + 23 = 281
    ("a " * 128 + "kela.fi", "x", []),  # 256 + 23 = 279
    ("t.co/a " * 11 + "tämä ei mahdu enää", "x", ["enää"]),  # 95 characters, but 11 × 24 + 18 = 282
    ("😀" * 140, "x", []),
    ("😀" * 141, "x", ["😀" * 141]),
    ("👨‍👩‍👧‍👦 " * 150, "bluesky", []),  # 300 graphemes
    (WORDS, "bluesky", []),
    (WORDS + "yli", "bluesky", ["yli"]),
    (WORDS * 10, "linkedin", []),
    (WORDS * 11, "linkedin", ["sana"]),  # 3300 characters
    (WORDS * 300, "generic", []),
    ("Hei #yksi", "threads", []),
    ("Hei #yksi #kaksi #kolme", "threads", ["#kaksi #kolme"]),
    (" ".join(f"#t{i}" for i in range(30)), "instagram", []),
    (" ".join(f"#t{i}" for i in range(32)), "instagram", ["#t30 #t31"]),
    (" ".join(f"@u{i}" for i in range(21)), "instagram", ["@u20"]),
    (" ".join(f"#t{i}" for i in range(40)), "x", []),  # X has no hard hashtag limit
])
def test_spans(text: str, platform: str, expected: list[str]) -> None:
    got = spans(text, platform)
    if platform == "linkedin" and expected:
        assert len(got) == 1 and got[0].startswith("sana") and len(got[0]) == 3300 - 3000 - 1
    else:
        assert got == expected


def test_a_thread_is_measured_post_by_post() -> None:
    part = "sana " * 50  # 250 characters
    thread = f"1/3 {part}\n\n2/3 {part}\n\n3/3 {part}t.co/AbC"
    assert spans(thread, "x") == []
    too_long = f"1/2 {part}\n\n2/2 {part}{part}loppu"
    [m] = CHECK.run(Document(too_long, platform="x"))
    assert too_long[m.start:m.end].endswith("loppu") and m.start > too_long.index("2/2")
    assert m.values["reason"].startswith("palvelussa X ketjun 2. julkaisussa saa olla enintään 280 merkkiä")
    assert spans("1/2 Hei #a\n2/2 Moi #b", "threads") == []  # one tag in each post of a Threads thread


def test_values_for_the_message() -> None:
    [m] = CHECK.run(Document("a " * 129 + "kela.fi", platform="x"))
    assert (m.values["platform"], m.values["count"], m.values["limit"]) == ("X", 281, 280)
    assert m.values["reason"].startswith("palvelussa X julkaisussa saa olla enintään 280 merkkiä, tässä on 281")
    [t] = CHECK.run(Document("#a #b", platform="threads"))
    assert t.values["reason"] == "palvelussa Threads julkaisussa saa olla enintään 1 hashtag, tässä on 2"


def test_only_the_limits_asked_for() -> None:
    length_only = PlatformLimitsCheck({"kind": "platform_limits", "limits": ["length"]}, PackContext(Path(".")))
    assert spans("#a #b", "threads", length_only) == []
    assert spans("a" * 301, "bluesky", length_only) == ["a" * 301]


def test_rule_through_the_linter(linter) -> None:
    text = "Kesätyöpaikat on nyt haettavissa! #kesätyö #Kela"
    assert [f.text for f in linter.check(text, "threads") if f.rule == "FI-PL-001"] == ["#Kela"]
    assert [f for f in linter.check(text, "generic") if f.rule == "FI-PL-001"] == []


@pytest.mark.parametrize("platform", ["x", "bluesky", "mastodon", "threads", "instagram"])
def test_length_and_cut_in_one_pass_agree_with_the_pieces(platform: str) -> None:
    """`Profile.over` (one pass, pieces only where the limit falls) gives the length and cut that summing every
    piece of `costs` gives."""
    p = profile(platform)
    rng = random.Random(7)
    words = ["sana", "kela.fi/opintotuki", "https://example.com/a", "😀", "👍🏽", "日本", "@nimi", "#tagi", "é",
             "\u0301"]
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 120)))
        limit = rng.choice([5, 50, 280, 300, 500])
        total, cut = 0, None
        for start, _end, cost in p.costs(text):
            total += cost
            if total > limit and cut is None:
                cut = start
        assert p.over(text, limit) == (total, cut), text


@pytest.mark.parametrize("text", ["https://localhost/x", "WWW.-x", "kela.fi", "Katso KELA.FI!", "t.co/abc",
                                  "sana. sana"])
def test_links_are_counted_whatever_they_look_like(text: str) -> None:
    """The cheap test that skips the link search must never skip a link."""
    from pelisaannot.platforms import URL_RE, X_BARE_LINK_RE

    p = profile("x")
    links = [m.start() for m in URL_RE.finditer(text)] + [m.start() for m in X_BARE_LINK_RE.finditer(text)]
    specials = [start for start, _end, cost in p._special(text) if cost == 23]
    assert sorted(set(links)) == specials
