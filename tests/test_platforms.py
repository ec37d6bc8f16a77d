"""Platform profiles: each platform's length counted the way the platform counts it."""

from __future__ import annotations

import pytest

from pelisaannot.platforms import PLATFORMS, PROFILES, platform_name, thread_parts

LONG_URL = "https://www.kela.fi/opintotuki-hakeminen-ja-maksaminen-syksylla"


@pytest.mark.parametrize(("platform", "text", "length"), [
    ("x", "Hei", 3),
    ("x", "@kela @Matti_V Hei", 3),  # the @mentions that open a reply are not counted
    ("x", "Hei @kela", 9),  # other mentions are
    ("x", "äöå ÄÖÅ", 7),  # Latin letters weigh 1
    ("x", LONG_URL, 23),  # every link is 23 (t.co)
    ("x", "kela.fi", 23),  # even without http
    ("x", "t.co/AbC123", 23),  # a bare t.co link as X shortens it
    ("x", "Katso bit.ly/3xYz ja github.com/kela.", 6 + 23 + 4 + 23 + 1),
    ("x", "esim. klo 9.30 mm. asiat", 24),  # abbreviations and times are no links
    ("x", f"Lue: {LONG_URL}.", 5 + 23 + 1),  # trailing punctuation is not part of the link
    ("x", "😀", 2),
    ("x", "👍🏽", 2),  # a skin-tone emoji is one emoji
    ("x", "👨‍👩‍👧‍👦", 2),  # a ZWJ family is one emoji
    ("x", "🇫🇮", 2),
    ("x", "漢字", 4),  # CJK weighs 2
    ("mastodon", LONG_URL, 23),
    ("mastodon", "kela.fi", 7),  # Mastodon shortens only http(s) links
    ("bluesky", "👨‍👩‍👧‍👦", 1),  # graphemes
    ("bluesky", "e\u0301", 1),  # e + combining acute is one character to a reader
    ("bluesky", LONG_URL, len(LONG_URL)),
    ("linkedin", "👍🏽", 2),  # code points
    ("generic", "Hei", 3),
])
def test_length_as_the_platform_counts(platform: str, text: str, length: int) -> None:
    assert PROFILES[platform].length(text) == length


def test_profiles_and_limits() -> None:
    assert PLATFORMS == ("generic", "x", "linkedin", "facebook", "instagram", "threads", "bluesky", "mastodon")
    assert {p: PROFILES[p].max_length for p in PLATFORMS} == {
        "generic": None, "x": 280, "linkedin": 3000, "facebook": 63206, "instagram": 2200, "threads": 500,
        "bluesky": 300, "mastodon": 500}
    assert (PROFILES["instagram"].max_hashtags, PROFILES["instagram"].max_mentions) == (30, 20)
    assert PROFILES["threads"].max_hashtags == 1


@pytest.mark.parametrize(("channel", "platform"), [
    ("Twitter", "x"), ("X", "x"), ("X (Twitter)", "x"), ("LinkedIn", "linkedin"), ("  Instagram ", "instagram"),
    ("IG", "instagram"), ("FB", "facebook"), ("bsky", "bluesky"), ("Mastodon", "mastodon"), ("MySpace", None),
])
def test_channel_names(channel: str, platform: str | None) -> None:
    assert platform_name(channel) == platform


@pytest.mark.parametrize(("text", "parts"), [
    ("1/3 Eka.\n\n2/3 Toka.\n\n3/3 Kolmas.", ["1/3 Eka.\n\n", "2/3 Toka.\n\n", "3/3 Kolmas."]),
    ("Eka (1/2)\nToka (2/2)", ["Eka (1/2)", "\nToka (2/2)"]),
    ("🧵 1/ Eka\n2/ Toka", ["🧵 1/ Eka\n", "2/ Toka"]),
    ("Johdanto\n1/2 Eka\n2/2 Toka", ["Johdanto\n1/2 Eka\n", "2/2 Toka"]),
    # not a thread: one number, numbers out of order, totals that differ, fractions in running text
    ("1/2 tuntia meni.", ["1/2 tuntia meni."]),
    ("2/3 Eka\n1/3 Toka", ["2/3 Eka\n1/3 Toka"]),
    ("1/3 Eka\n2/5 Toka", ["1/3 Eka\n2/5 Toka"]),
    ("Puolet eli 1/2 ja sitten 2/3 kaikista.", ["Puolet eli 1/2 ja sitten 2/3 kaikista."]),
])
def test_thread_parts(text: str, parts: list[str]) -> None:
    assert [text[a:b] for a, b in thread_parts(text)] == parts
