"""`shouting`: runs of words in capitals (acronyms are not shouting); marks only after such a run."""

from __future__ import annotations

from pathlib import Path

import pytest

from pelisaannot import Document
from pelisaannot.checks import PackContext
from pelisaannot.checks.shouting import ShoutingCheck

BASE = Path(__file__).resolve().parents[2] / "rules" / "base"
CHECK = ShoutingCheck({"kind": "shouting", "files": ["lists/lyhenteet.txt"]}, PackContext(BASE))


def spans(text: str) -> list[tuple[str, str | None]]:
    doc = Document(text)
    return [(doc.text[m.start:m.end], m.suggestion) for m in CHECK.run(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("MIKSI KUKAAN EI VASTAA?", [("MIKSI KUKAAN EI VASTAA?", "Miksi kukaan ei vastaa?")]),
    ("Kela-kortti uusittu. EN ENÄÄ IKINÄ jonota.", [("EN ENÄÄ IKINÄ", "En enää ikinä")]),
    # marks alone are not a raised voice; after a shouted run they belong to it
    ("Taas kaatui!!!", []),
    ("Miksi???", []),
    ("Onnea koko tiimille!!! 🎉", []),
    ("KUKA KEKSI TÄMÄN?!?! Ei näin.", [("KUKA KEKSI TÄMÄN?!?!", "Kuka keksi tämän?")]),
    # one run a sentence
    ("MIKSI KUKAAN EI LUE? KAIKKI LUKEE OHJEESSA.", [("MIKSI KUKAAN EI LUE?", "Miksi kukaan ei lue?"),
                                                  ("KAIKKI LUKEE OHJEESSA", "Kaikki lukee ohjeessa")]),
    # code and markings
    ("DB_HOST=localhost\nOPENAI_API_KEY=abc\nAWS_SECRET_ACCESS_KEY=xyz", []),
    ("Footer: INTERNAL – DO NOT DISTRIBUTE, mutta kuitenkin.", []),
    ("Mitä tarkoittaa RESTRICTED (TL IV) käytännössä?", []),
    # Finnish nouns in capitals are a name; an adverb or a verb makes a voice
    ("Päätöksen teki EUROOPAN UNIONIN NEUVOSTO eilen.", []),
    ("Maanantai. KIITOS VAAN TAAS KERRAN.", [("KIITOS VAAN TAAS KERRAN", "Kiitos vaan taas kerran")]),
    # acronyms, one emphasised word, two marks
    ("KELA, THL ja HUS järjestävät webinaarin EU:n rahoituksesta.", []),
    ("STM:n ja OKM:n ohje julkaistiin.", []),
    ("Tämä on TÄRKEÄÄ tietoa.", []),
    ("Hienoa, onnittelut!!", []),
    ("KELA TIEDOTTAA", []),
    ("Avain: -----BEGIN RSA PRIVATE KEY-----", []),
    # a short line wholly in capitals is a heading; a longer one, or one with ! or ?, is not
    ("Hei!\nOPINTOTUEN HAKUAIKA ALKAA\nHae nyt.", []),
    ("OPINTOTUEN HAKUAIKA ALKAA NYT KAIKILLE OPISKELIJOILLE", [
        ("OPINTOTUEN HAKUAIKA ALKAA NYT KAIKILLE OPISKELIJOILLE",
         "Opintotuen hakuaika alkaa nyt kaikille opiskelijoille")]),
    ("Nyt MIKSI KUKAAN EI VASTAA", [("MIKSI KUKAAN EI VASTAA", "miksi kukaan ei vastaa")]),
    # a heading after a label and a colon, a shared link's title, capitals that trail off: nobody is shouted at
    ("Tiedote: VERKKOPALVELU ON TAAS AUKI.", []),
    ("Jaoin artikkelin https://example.org/a/1 MIKSI KAUPUNGIT KASVAVAT NYT NIIN NOPEASTI", []),
    ("NYT HARMITTAA KUN LOMA LOPPUI...", []),
    ("Tiedote: MIKSI KUKAAN EI VASTAA?", [("MIKSI KUKAAN EI VASTAA?", "miksi kukaan ei vastaa?")]),
    ("Lue https://example.org ja SITTEN VASTA SOITA MEILLE", [
        ("SITTEN VASTA SOITA MEILLE", "sitten vasta soita meille")]),
])
def test_shouting(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert spans(text) == expected


def test_pack_acronyms_are_not_shouting() -> None:
    check = ShoutingCheck({"kind": "shouting", "acronyms": ["LUOTTAMUKSELLINEN"]}, PackContext(Path(".")))
    doc = Document("Muistio LUOTTAMUKSELLINEN tiedoksi")
    assert list(check.run(doc)) == []


def test_punctuation_alone_when_asked() -> None:
    check = ShoutingCheck({"kind": "shouting", "punctuation": True}, PackContext(Path(".")))
    assert [(m.start, m.end) for m in check.run(Document("Taas kaatui!!!"))] == [(11, 14)]
