"""`shouting`: runs of words in capitals (acronyms are not shouting) and !!! / ??? runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from pelisaannot import Document
from pelisaannot.checks import PackContext
from pelisaannot.checks.shouting import ShoutingCheck

CHECK = ShoutingCheck({"kind": "shouting"}, PackContext(Path(".")))


def spans(text: str) -> list[tuple[str, str | None]]:
    doc = Document(text)
    return [(doc.text[m.start:m.end], m.suggestion) for m in CHECK.run(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("MIKSI KUKAAN EI VASTAA?", [("MIKSI KUKAAN EI VASTAA", "Miksi kukaan ei vastaa")]),
    ("Kela-kortti uusittu. EN ENÄÄ IKINÄ jonota.", [("EN ENÄÄ IKINÄ", "En enää ikinä")]),
    ("Taas kaatui!!!", [("!!!", "!")]),
    ("Miksi???", [("???", "?")]),
    ("Kuka keksi tämän?!?!", [("?!?!", "?")]),
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
])
def test_shouting(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert spans(text) == expected


def test_pack_acronyms_are_not_shouting() -> None:
    check = ShoutingCheck({"kind": "shouting", "acronyms": ["LUOTTAMUKSELLINEN"]}, PackContext(Path(".")))
    doc = Document("Muistio LUOTTAMUKSELLINEN tiedoksi")
    assert list(check.run(doc)) == []
