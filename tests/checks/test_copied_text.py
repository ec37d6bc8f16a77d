"""`copied_text`: long unsourced quotations, pasted pages, stock-photo links, shingles of protected sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from pelisaannot import Document
from pelisaannot.checks import CheckConfigError, PackContext
from pelisaannot.checks.copied_text import CopiedTextCheck

PACK = PackContext(Path("."))
LONG = ("Sosiaaliturvan uudistus on vuosikymmenen suurin hanke, ja sen onnistuminen edellyttää, että etuuksien "
        "hakeminen yksinkertaistuu, päätökset nopeutuvat ja ihmiset ymmärtävät, mihin he ovat oikeutettuja "
        "elämäntilanteensa muuttuessa.")


BASE_PACK = PackContext(Path(__file__).resolve().parents[2] / "rules" / "base")
STOCK_LISTS = {"hosts_files": ["lists/tekijanoikeus/kuvapankit.txt"],
               "licence_files": ["lists/tekijanoikeus/lisenssisanat.txt"]}


def spans(mode: str, text: str, pack: PackContext = PACK) -> list[str]:
    params = {"kind": "copied_text", "mode": mode, **(STOCK_LISTS if mode == "stock" else {})}
    check = CopiedTextCheck(params, BASE_PACK if mode == "stock" else pack)
    doc = Document(text)
    return [doc.text[m.start:m.end] for m in check.run(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    (f'Lukekaa: "{LONG}"', [f'"{LONG}"']),
    (f"„{LONG}“ Näin se on.", [f"„{LONG}“"]),
    (f"> {LONG}\n\nTätä mieltä.", [f"> {LONG}\n"]),
    (f'"{LONG}", sanoi pääjohtaja.', []),
    (f'"{LONG}" Lähde: https://www.kela.fi', []),
    (f'"{LONG}" @kela', []),
    ('Asiakas sanoi "kiitos avusta".', []),
])
def test_quotation(text: str, expected: list[str]) -> None:
    assert spans("quotation", text) == expected


LONG_SV = ("Bakom varje ansökan finns en människa vars vardag förändras i samma stund som beslutet kommer, och "
           "därför måste vi göra vårt arbete omsorgsfullt och i tid.")
@pytest.mark.parametrize("text", [
    # A stray mark pairs with the next quotation's opening mark: the writer's own words between are no quotation.
    f'Se "juttu" on taas täällä. {LONG[:-1]} ja niin edelleen "hauskaa".',
    # A field of a CSV export: the whole text in marks, inner marks doubled.
    f'"Kaveri ihmetteli ""miksi"" ja mietin taas: {LONG} ""Niin"" ja tätä."',
])
def test_text_between_two_quotations_is_not_a_quotation(text: str) -> None:
    assert spans("quotation", text) == []


SPEECH = {"speech_files": ["lists/puhuja.fi.txt", "lists/puhuja.sv.txt", "lists/puhuja.en.txt"]}


@pytest.mark.parametrize(("text", "cleared"), [
    (f'Johtaja toteaakin: "{LONG}"', True),  # an inflected verb of saying with a clitic names the speaker
    (f'Ministeri muistutti puheessaan näin: "{LONG}"', True),
    (f'Hon skrev så här: "{LONG_SV}"', True),
    (f'As she wrote last spring: "{LONG}"', True),
    (f'Tämä kannattaa lukea: "{LONG}"', False),  # no speaker, no source
    (f'Kirjoitustaitoa tarvitaan: "{LONG}"', False),  # a noun that merely contains a verb's stem
])
def test_a_verb_of_saying_in_any_form_names_the_speaker(text: str, cleared: bool) -> None:
    check = CopiedTextCheck({"kind": "copied_text", "mode": "quotation", **SPEECH}, BASE_PACK)
    assert (list(check.run(Document(text))) == []) is cleared


def test_pasted_page_needs_two_kinds_of_furniture() -> None:
    page = "Otsikko\nTeksti Maija Mallikas\nJulkaistu 12.3.2024 klo 10.15\nLeipäteksti.\nJaa"
    assert spans("page", page) == ["Teksti Maija Mallikas\nJulkaistu 12.3.2024 klo 10.15\nLeipäteksti.\nJaa"]
    assert spans("page", "Hyvä juttu! Lue lisää:\nhttps://www.kela.fi") == []
    assert spans("page", "Kuva: Lehtikuva / Markku Ulander. Päivitetty 3.4. 14:05") != []


@pytest.mark.parametrize(("text", "expected"), [
    ("Kansikuvaksi https://www.gettyimages.fi/detail/123.", ["https://www.gettyimages.fi/detail/123"]),
    ("shutterstock.com/image-photo/x-1 sopii", ["shutterstock.com/image-photo/x-1"]),
    ("https://www.google.com/imgres?imgurl=a.jpg", ["https://www.google.com/imgres?imgurl=a.jpg"]),
    ("https://www.shutterstock.com/image-photo/1 (lisensoitu viestinnälle)", []),
    ("https://unsplash.com/photos/abc", []),
    ("Getty Images on kuvatoimisto.", []),
])
def test_stock(text: str, expected: list[str]) -> None:
    assert spans("stock", text) == expected


def test_stock_needs_its_address_list() -> None:
    with pytest.raises(CheckConfigError):
        CopiedTextCheck({"kind": "copied_text", "mode": "stock"}, PACK)


def test_protected_sources_by_shingles(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "uutiskirje.txt").write_text(
        "Yleistuen ensimmäinen vaihe siirtyy todennäköisesti vuodella eteenpäin, koska tietojärjestelmien "
        "muutokset vaativat enemmän aikaa kuin arvioitiin.", encoding="utf-8")
    pack = PackContext(tmp_path, {"protected_sources": ["src/*.txt"]})
    text = ("Kuulin että YLEISTUEN ensimmäinen vaihe siirtyy todennäköisesti\nvuodella eteenpäin, koska "
            "tietojärjestelmien muutokset vaativat enemmän aikaa. Harmi.")
    check = CopiedTextCheck({"kind": "copied_text", "mode": "protected", "min_shared_words": 12}, pack)
    doc = Document(text)
    matches = list(check.run(doc))
    assert [doc.text[m.start:m.end] for m in matches] == [
        "YLEISTUEN ensimmäinen vaihe siirtyy todennäköisesti\nvuodella eteenpäin, koska tietojärjestelmien "
        "muutokset vaativat enemmän aikaa"]
    assert matches[0].values["source"] == "uutiskirje"
    assert spans("protected", "Yleistuki voi myöhästyä, koska järjestelmät vaativat muutoksia.", pack) == []


def test_protected_mode_needs_sources() -> None:
    with pytest.raises(CheckConfigError):
        CopiedTextCheck({"kind": "copied_text", "mode": "protected"}, PACK)


def test_whole_text_in_quotes_is_reported_even_with_its_source() -> None:
    article = "”" + " ".join([LONG] * 4).replace(". ", ".\n\n") + "”\n\nLähde: Esimerkkilehti"
    check = CopiedTextCheck({"kind": "copied_text", "mode": "quotation", "min_words": 100, "any_source": True}, PACK)
    doc = Document(article)
    found = [doc.text[m.start:m.end] for m in check.run(doc)]
    assert len(found) == 1 and found[0].startswith("”Sosiaaliturvan")
    assert spans("quotation", article) == []  # the ordinary rule lets a named source pass
