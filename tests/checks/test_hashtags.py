"""`hashtags`: fences and counts per platform, library near misses, CamelCase for multi-word tags."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pelisaannot import Document
from pelisaannot.checks import PackContext
from pelisaannot.checks.hashtags import HashtagsCheck, edit_distance

LIBRARY = PackContext(Path("."), {"hashtag_library": ["Kela", "opintotuki", "asumistuki", "OmaKela", "Kelakortti"]})


def run(params: dict[str, Any], text: str, platform: str = "generic") -> list[tuple[str, str | None]]:
    check = HashtagsCheck({"kind": "hashtags", **params}, LIBRARY)
    doc = Document(text, platform=platform)
    return [(doc.text[m.start:m.end], m.suggestion) for m in check.run(doc)]


FENCE = {"max_run": {"default": 3, "instagram": 10}, "max_sentence_share": 0.5, "min_tags": 3,
         "max_count": {"default": 5, "x": 3, "instagram": 15}}


@pytest.mark.parametrize(("text", "platform", "expected"), [
    ("Soitto taas #kela #some #työ #arki", "generic", ["#kela #some #työ #arki"]),
    ("Soitto taas #kela #some #työ #arki", "instagram", []),
    ("#Kela #maksaa #asumistuen #tänään", "generic", ["#Kela #maksaa #asumistuen #tänään"]),
    ("Oletko #opiskelija ja #muutat #uuteen #asuntoon? Hae tukea.", "generic",
     ["#opiskelija ja #muutat #uuteen #asuntoon"]),
    ("Tänään #opintotuki ja #asumistuki. Huomenna #kuntoutus. Lisäksi #eläke!", "x", ["#eläke"]),
    ("Opintotuen hakuaika alkaa. #opintotuki #Kela", "generic", []),
    # tags that are verbs, adverbs or inflected forms are words of the sentence even at its end
    ("Muista #hakea #asumistukea #ajoissa", "generic", ["#hakea #asumistukea #ajoissa"]),
    ("Opintotuen hakuaika alkaa. #opintotuki #Kela #opiskelijat", "generic", []),
    # a run that is also most of its sentence is one fence, reported once
    ("Osaatko #avoindata #REST #APIt #opensource / #heldev? Hae.", "generic", ["#avoindata #REST #APIt #opensource"]),
])
def test_fences_and_counts(text: str, platform: str, expected: list[str]) -> None:
    assert [span for span, _ in run(FENCE, text, platform)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hakuaika alkaa #opintotuet", [("#opintotuet", "#opintotuki")]),
    ("Muista hakea #opintotki", [("#opintotki", "#opintotuki")]),
    ("Hae ajoissa #asumistukea", [("#asumistukea", "#asumistuki")]),
    ("Uusi palvelu #omakela", [("#omakela", "#OmaKela")]),
    ("#KELA tiedottaa", [("#KELA", "#Kela")]),
    ("Tervetuloa #Kelan osastolle", [("#Kelan", "#Kela")]),
    # exact, only the first letter's case, unrelated, with digits
    ("#opintotuki #Kela #OmaKela", []),
    ("Auki klo 9–16 #kela #kelakortti", []),
    ("Kesä tuli #kesä #loma #helsinki", []),
    ("Seminaari #kela2025", []),
])
def test_library_near_misses(text: str, expected: list[tuple[str, str]]) -> None:
    assert run({"library": True}, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kiitos! #hyväätyöpäivää", [("#hyväätyöpäivää", "#HyvääTyöpäivää")]),
    ("Tervetuloa #tervetuloatöihin", [("#tervetuloatöihin", "#TervetuloaTöihin")]),
    ("Tervetuloa #sosiaaliturvauudistus", []),
    ("Kiitos #HyvääTyöpäivää", []),
    ("#oulu2026 #opintotuki", []),
])
def test_camel_case(text: str, expected: list[tuple[str, str]]) -> None:
    assert run({"camel_case": True, "min_camel_length": 12}, text) == expected


def test_duplicates_and_no_camel_case_for_a_misspelt_library_tag() -> None:
    assert run({"duplicates": True}, "#opintotuki ja #Opintotuki ja #kela") == [("#Opintotuki", None)]
    assert run({"camel_case": True, "min_camel_length": 12}, "#asumistukihakemus #opintotukii") == []


@pytest.mark.parametrize(("a", "b", "distance"), [
    ("opintotuki", "opintotuki", 0), ("opintotki", "opintotuki", 1), ("opintotuik", "opintotuki", 1),
    ("asumistuki", "opintotuki", 6),
])
def test_edit_distance(a: str, b: str, distance: int) -> None:
    assert edit_distance(a, b, limit=10) == distance
