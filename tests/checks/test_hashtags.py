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


LISTS = ["lists/funktiosanat.txt", "lists/funktiosanat-sv.txt", "lists/funktiosanat-en.txt"]
BASE = PackContext(Path(__file__).parents[2] / "rules" / "base", {"hashtag_library": ["Kela", "opintotuki"]})
FENCE = {"max_run": 5, "max_count": 5, "block_longer_than_text": 4, "max_sentence_share": 0.5, "min_tags": 3,
         "word_by_word": True, "function_words": LISTS, "sentence_tags": 2,
         "continues": ["lists/jatkosanat.txt", "lists/jatkosanat-sv.txt", "lists/jatkosanat-en.txt"]}


def fences(text: str, platform: str = "generic") -> list[str]:
    check = HashtagsCheck({"kind": "hashtags", **FENCE}, BASE)
    doc = Document(text, platform=platform)
    return [doc.text[m.start:m.end] for m in check.run(doc)]


@pytest.mark.parametrize(("text", "platform", "expected"), [
    # clean first: one to three relevant tags, four on a long post, acronyms, names, one inflected label
    ("Opintotuen hakuaika alkaa. #opintotuki #Kela", "generic", []),
    ("Opintotuen hakuaika alkaa. #opintotuki #Kela #opiskelijat", "generic", []),
    ("Kesäpäivä toimiston pihalla ja jäätelöt koko porukalle 🍦 #kesä #kela #tiimi", "instagram", []),
    ("Mökillä 🌲 #kesällä #järvi #sauna", "instagram", []),
    ("Syysretki 🍂 #Lenkillä #syksy #luonto", "instagram", []),
    ("Viikonloppu 🌲 #Kesä #mökillä #sauna", "instagram", []),
    ("Viikonloppu 🌲 #Kesä #Mökillä #Sauna", "instagram", []),
    ("Kisakatsomo 🏒 #Leijonat #Tappara #Jatkoaika", "generic", []),
    ("Palvelumme ovat auki koko kesän normaaliin tapaan. #Helsinki #kesä #palvelut", "generic", []),
    ("Kolme vinkkiä hakemukseen: liitä tositteet ja hae ajoissa. #opintotuki #IT #me", "generic", []),
    ("Juhlimme tänään! #TehdäänYhdessä #Kela", "generic", []),
    ("Palvelut ovat auki normaalisti koko viikon, myös puhelinpalvelu. #Kela #opintotuki #asumistuki #kuntoutus",
     "x", []),
    ("Palvelut auki koko viikon. #Kela #opintotuki #asumistuki #kuntoutus", "x",
     ["#Kela #opintotuki #asumistuki #kuntoutus"]),  # four tags longer than the text
    ("Tunnus #KelaTutkimusOnAuki toimii", "generic", []),
    # counts: more than five tags, on every platform, Instagram too
    ("Soitto taas #kela #some #työ #arki #elämä #kiire", "generic", ["#kela #some #työ #arki #elämä #kiire"]),
    ("Kahvi ☕ #kela #some #työ #arki #elämä #kiire #maanantai", "instagram",
     ["#kela #some #työ #arki #elämä #kiire #maanantai"]),
    # dots, emoji and line breaks do not break a fence; a word does
    ("Uusi viikko. #maanantai. #kela 💪 #tiimi\n#kahvi · #arki · #työ", "generic",
     ["#maanantai. #kela 💪 #tiimi\n#kahvi · #arki · #työ"]),
    # a thread written as one draft is counted post by post
    ("1/3 Hakuaika alkaa. #opintotuki #Kela\n2/3 Hae ajoissa. #haku #syksy\n3/3 Kysy chatissa. #chat #apu", "x", []),
    # a block of four or more tags longer than the text
    ("Hyvää yötä! #uni #ilta #rauha #koti", "generic", ["#uni #ilta #rauha #koti"]),
    ("Hyvää yötä! #uni #ilta #rauha", "generic", []),
    # sentences tagged word by word, in Finnish, Swedish and English, even with three tags
    ("#Kela #maksaa #asumistuen #tänään", "generic", ["#Kela #maksaa #asumistuen #tänään"]),
    ("Oletko #opiskelija ja #muutat #uuteen #asuntoon? Hae tukea.", "generic",
     ["#opiskelija ja #muutat #uuteen #asuntoon"]),
    ("Muista #hakea #asumistukea #ajoissa", "generic", ["#hakea #asumistukea #ajoissa"]),
    ("Koulutuspäivä ohi. #Kiva #ilta #kotona", "generic", ["#Kiva #ilta #kotona"]),
    ("Palaverin tulos: #kaikki #on #valmista", "generic", ["#kaikki #on #valmista"]),
    ("Palaverin tulos: #tulos #on #hyvä", "generic", ["#tulos #on #hyvä"]),
    ("#hyvää #yötä #kaikille", "generic", ["#hyvää #yötä #kaikille"]),
    ("Syksy vaihtuu. #Upea #Syksy #Takana", "generic", ["#Upea #Syksy #Takana"]),
    ("Perjantai! #Happy #friday #everyone", "generic", ["#Happy #friday #everyone"]),
    ("Kiitos koulutuksesta! #Vi #ses #snart #igen", "generic", ["#Vi #ses #snart #igen"]),
    ("Conference done! #so #much #to #learn", "generic", ["#so #much #to #learn"]),
    ("Katko taas #ihan #surkea #tilanne #IT", "generic", ["#ihan #surkea #tilanne #IT"]),
    # tags glued together without spaces are a fence too; a spoken sentence tagged word by word
    ("Iltavuoro ohi #ilta#koti#sohva#tee#rauha#uni", "instagram", ["#ilta#koti#sohva#tee#rauha#uni"]),
    ("Moi! #ilta#koti#sohva#uni", "generic", ["#ilta#koti#sohva#uni"]),
    ("Uusi kanava #opintotuki#Kela auki koko kesän kaikille hakijoille", "generic", []),
    ("Perjantai vihdoin #nyt #lähetää #kotiin", "x", ["#nyt #lähetää #kotiin"]),
    ("Töissä #ollaa #taas", "x", []),  # two tags: below min_tags
    ("Kesäilta 🌅 #stadi #kesä #ilta", "instagram", []),
    # plain text that stops at a conjunction goes on in the tags after it
    ("Kiitos #asiakkaat #Suomi ja #kaikki #kelalaiset", "generic", ["#asiakkaat #Suomi ja #kaikki #kelalaiset"]),
    ("Tervetuloa messuille tapaamaan meitä ja #Kela #opintotuki #asumistuki", "generic", []),
    # an adjective or numeral and its noun tagged apart are a phrase: with another sentence word, or both inflected
    ("Ihan #paras #tiimi #ikinä", "generic", ["#paras #tiimi #ikinä"]),
    ("Taas #yks #maanantai #takana", "x", ["#yks #maanantai #takana"]),
    ("#hyvää #huomenta #suomi", "x", ["#hyvää #huomenta #suomi"]),
    ("Kesäpäivä 🌞 #uusi #koti #onni", "instagram", []),
    ("Paneelissa tänään #digitaalinen #turvallisuus #kela", "generic", []),
    # tags that each hold a sentence
    ("Messut ohi. #OlimmePaikallaKoko #PäivänSaatiinPaljonAikaan", "generic",
     ["#OlimmePaikallaKoko #PäivänSaatiinPaljonAikaan"]),
    # a run that is also most of its sentence is one fence, reported once
    ("Osaatko #avoindata #REST #APIt #opensource / #heldev? Hae.", "generic",
     ["#avoindata #REST #APIt #opensource / #heldev"]),
])
def test_fences_and_counts(text: str, platform: str, expected: list[str]) -> None:
    assert fences(text, platform) == expected


def test_library_tags_are_labels_and_a_word_breaks_a_run() -> None:
    assert fences("Hae ajoissa: #Kela #on #opintotuki") == ["#Kela #on #opintotuki"]
    assert fences("Tervetuloa tänään meille kylään! #Kela #opintotuki #sosiaaliturva") == []
    check = HashtagsCheck({"kind": "hashtags", **FENCE}, BASE)
    doc = Document("#a1 #a2. #a3 💙\n#a4 ja #a5 @kela #a6 https://kela.fi #a7")
    assert [len(run) for run in check._runs(doc)] == [4, 1, 1, 1]


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
