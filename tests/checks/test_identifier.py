"""`identifier`: validated personal identifiers, tables of texts with exact spans (as Presidio tests them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pelisaannot.checks.base import CheckConfigError, PackContext
from pelisaannot.checks.identifier import IdentifierCheck
from pelisaannot.document import Document

PACK = PackContext(Path("."), {"allow": ["viestinta@kela.fi", "020 692 210"]})


def spans(types: list[str], text: str, **params: object) -> list[str]:
    check = IdentifierCheck({"types": types, **params}, PACK)
    doc = Document(text)
    return [doc.original[slice(*doc.to_original_span(m.start, m.end))] for m in check.run(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tunnus 131052-308T löytyi.", ["131052-308T"]),                 # 1900s, hyphen
    ("Tunnus 010100+123D löytyi.", ["010100+123D"]),                  # 1800s
    ("Lapsi 010594Y9032 syntyi.", ["010594Y9032"]),                   # 1900s, 2023 sign Y (temporary 903)
    ("Hetut 010594Y9021, 020594X903P ja 020594W903P.", ["010594Y9021", "020594X903P", "020594W903P"]),
    ("Kaksi: 040100V123B ja 040100U123B.", ["040100V123B", "040100U123B"]),  # 2023 signs V, U
    ("Uudet 010101A123N, 010101B123N ja 010101F123N.", ["010101A123N", "010101B123N", "010101F123N"]),
    ("Uudet 010101C123N, 010101D123N, 010101E123N.", ["010101C123N", "010101D123N", "010101E123N"]),
    ("pienellä 131052-308t", ["131052-308t"]),
    ("väli 131052 -308T", ["131052 -308T"]),
    ("(131052-308T)", ["131052-308T"]),
    ("Väärä tarkiste 131052-308U.", []),
    ("Väärä tarkiste 010101A123P.", []),
    ("Numero 123456-7890 on hakemuksen.", []),
    ("Liian pitkä 131052-308TT.", []),
    ("Osa 1131052-308T.", []),
])
def test_hetu(text: str, expected: list[str]) -> None:
    assert spans(["henkilotunnus"], text) == expected


def test_hetu_temporary_codes_can_be_excluded() -> None:
    assert spans(["henkilotunnus"], "Väliaikainen 010594Y9032.") == ["010594Y9032"]
    assert spans(["henkilotunnus"], "Väliaikainen 010594Y9032.", allow_temporary=False) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Tilille FI21 1234 5600 0007 85 maksettiin.", ["FI21 1234 5600 0007 85"]),
    ("Tilille FI2112345600000785.", ["FI2112345600000785"]),
    ("IBAN DE89 3704 0044 0532 0130 00 ok", ["DE89 3704 0044 0532 0130 00"]),
    ("Ruotsi SE45 5000 0000 0583 9825 7466.", ["SE45 5000 0000 0583 9825 7466"]),
    ("Viro EE38 2200 2210 2014 5685 ja muuta", ["EE38 2200 2210 2014 5685"]),
    ("Väärin FI21 1234 5600 0007 86.", []),
    ("Muoto FI00 1234 5678 9012 34.", []),
    ("Koodi AB12 CDEF GHIJ.", []),
])
def test_iban(text: str, expected: list[str]) -> None:
    assert spans(["iban"], text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Soita +358 40 123 4567 huomenna.", ["+358 40 123 4567"]),
    ("Soita 040-123 4567 huomenna.", ["040-123 4567"]),
    ("Soita 0401234567!", ["0401234567"]),
    ("Soita 040 1234567.", ["040 1234567"]),
    ("Kotiin (09) 1234 5678 iltaisin.", ["(09) 1234 5678"]),
    ("Numero +358401234567.", ["+358401234567"]),
    ("Numero 050 551 72 63.", ["050 551 72 63"]),
    ("Numero 040–123 4567.", ["040–123 4567"]),
    ("Kaksi: 0501234567, 0441234567", ["0501234567", "0441234567"]),
    ("Kelan palvelunumero 020 692 210.", []),          # allowlisted, and a service number
    ("Vero 029 497 000 palvelee.", []),                 # service number (UAN)
    ("Maksuton 0800 123 456.", []),                     # toll-free
    ("Y-tunnus 0245437-2.", []),                        # a business id, not a phone
    ("Päätös 12.3.2024 ja 1 234 567 euroa.", []),
    ("Vuosina 2019-2023 yhteensä 4 500 000.", []),
    ("Hätänumero 112.", []),
])
def test_phone(text: str, expected: list[str]) -> None:
    assert spans(["phone"], text) == expected


def test_phone_service_numbers_on_request() -> None:
    assert spans(["phone"], "Vero 029 497 000.", service_numbers=True) == ["029 497 000"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Lähetä matti.virtanen@gmail.com osoitteeseen.", ["matti.virtanen@gmail.com"]),
    ("Posti: liisa_m82@hotmail.fi.", ["liisa_m82@hotmail.fi"]),
    ("Osoite pekka.virtanen(at)gmail.com.", ["pekka.virtanen(at)gmail.com"]),
    ("Osoite liisa [at] luukku.com", ["liisa [at] luukku.com"]),
    ("Kysy viestinta@kela.fi", []),                     # the pack's allowlist
    ("Palaute: palaute@yritys.fi tai info (at) yhdistys.fi", []),  # shared mailboxes
    ("Seuraa @Kela_uutiset ja kela.fi", []),
])
def test_email(text: str, expected: list[str]) -> None:
    assert spans(["email"], text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Asuu osoitteessa Kauppakatu 12 B 5, 70100 Kuopio nyt.", ["Kauppakatu 12 B 5, 70100 Kuopio"]),
    ("Asuu Mannerheimintiellä 5 yksin.", ["Mannerheimintiellä 5"]),
    ("Koti on Koivukuja 3.", ["Koivukuja 3"]),
    ("Osoite Pohjoinen Rautatiekatu 21 A.", ["Pohjoinen Rautatiekatu 21 A"]),
    ("Osoite Koulukatu 7 as. 4.", ["Koulukatu 7 as. 4"]),
    ("Osoite Rantatie 3-5.", ["Rantatie 3-5"]),
    ("Osoite Koivukuja, 00100 Helsinki.", ["Koivukuja, 00100 Helsinki"]),
    ("Ruotsiksi Storgatan 5.", ["Storgatan 5"]),
    ("Kotitie 2023 -kampanja.", []),                     # a year, not a house number
    ("Mannerheimintie on pitkä.", []),
    ("Mäki 3 ja Ranta 4.", []),
    ("She lives at 14 Elm Street now.", ["14 Elm Street"]),      # English: the number first
    ("Moved to 221B Oak Ave last year.", ["221B Oak Ave"]),
    ("Chapter 3 Main Street is great.", []),                      # a number after a capitalised word
    ("Season 2 Episode 5 was great.", []),
    ("I live at 14 Elm Street, party on saturday!", []),          # the writer's own, given on purpose
    ("Jag bor på Storgatan 12, kom på fest!", []),
    ("En tant som bor på Storgatan 12 ringde idag.", ["Storgatan 12"]),  # a person's, not the writer's
])
def test_address(text: str, expected: list[str]) -> None:
    assert spans(["address"], text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Auto ABC-123 pihalla.", ["ABC-123"]),
    ("Kilpi XY-9.", ["XY-9"]),
    ("COVID-19 ja EU-27.", []),
    ("Lomake SV-12a.", []),
    ("Koodi ABCD-123.", []),
])
def test_plate(text: str, expected: list[str]) -> None:
    assert spans(["plate"], text) == expected


def test_values_say_type_and_placeholder() -> None:
    check = IdentifierCheck({"types": ["phone"]}, PACK)
    [match] = list(check.run(Document("Soita 040 123 4567")))
    assert match.values == {"type": "puhelinnumero", "placeholder": "[puhelinnumero]"}


def test_unknown_type_is_a_config_error() -> None:
    with pytest.raises(CheckConfigError) as info:
        IdentifierCheck({"types": ["hetu", "bic"]}, PACK)
    assert info.value.field == "types[0]"


@pytest.mark.parametrize(("text", "expected"), [
    ("Lomakkeella 131052–308T ja allekirjoitus.", ["131052–308T"]),          # an en dash for the hyphen
    ("Tunnus oli 131052 308t kaavakkeessa.", ["131052 308t"]),               # a space for the hyphen
    ("Numero 131052 308U on väärin.", []),                                    # checksum still decides
])
def test_hetu_typed_loosely(text: str, expected: list[str]) -> None:
    assert spans(["henkilotunnus"], text) == expected


@pytest.mark.parametrize(("types", "text", "expected"), [
    # the writer's own number in a private sale
    (["phone"], "Myydään lastenvaunut 80 €, nouto Tikkurilasta. Soita 040 123 4567.", []),
    (["phone"], "Till salu: barnvagn 90 €. Ring 040 123 4567.", []),
    (["phone"], "For sale: a sofa, pick up in Espoo. Call 040 123 4567.", []),
    # a colleague's work contacts in a job ad or welcome post
    (["phone", "email"], "Haemme suunnittelijaa! Lisätietoja antaa Liisa Mäkelä, 050 123 4567, liisa.makela@vero.fi.",
     []),
    (["email"], "Tervetuloa taloon, Riikka! Yhteystieto: riikka.oja@kela.fi.", []),
    (["email"], "Vi söker en jurist. Frågor: anna.berg@fpa.fi.", []),
    # ... but a private address in a job ad is still a person's
    (["email"], "Haemme suunnittelijaa! Lisätietoja: liisa.makela@gmail.com", ["liisa.makela@gmail.com"]),
    # a customer's number with no such context is reported
    (["phone"], "Asiakas pyysi soittamaan numeroon 040 123 4567.", ["040 123 4567"]),
    # the organisation's own account: a reference number or its name beside it
    (["iban"], "Palauta tuki Kelan tilille FI21 1234 5600 0007 85 viitenumerolla.", []),
    (["iban"], "Betala in beloppet på FI21 1234 5600 0007 85 och ange referensnumret.", []),
    (["iban"], "Asiakas antoi tilinumeroksi FI21 1234 5600 0007 85, vaikka viite puuttui.", ["FI21 1234 5600 0007 85"]),
    # a team's shared mailbox
    (["email"], "Yhteinen laatikko: palaute.some@example.fi", []),
])
def test_owner_of_the_value(types: list[str], text: str, expected: list[str]) -> None:
    assert spans(types, text) == expected


def test_owners_can_be_switched_off() -> None:
    assert spans(["phone"], "Myydään pyörä. Soita 040 123 4567.", owners=False) == ["040 123 4567"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Laita viestiä jos kiinnostaa, mun numero on 050 765 4321.", []),
    ("Anmälan till vårens körkonsert, 040 123 4567.", []),
    ("Sign up for the charity run by texting 040 123 4567!", []),
    ("Soita 040 123 4567 huomenna.", ["040 123 4567"]),  # whose number it is stays open
    ("Mökki vuokrattavana heinäkuussa, mun puhelin 040 555 6667.", []),  # spoken, "my phone"
    ("Kadonnut kissa, soita mulle 040 555 6667 jos näet sen!", []),      # a request to call "me"
    ("Hyrs ut sommarstuga, ring mig på 040 555 6667.", []),
    ("Lost a black cat, call me on 040 555 6667!", []),
    ("Asiakas antoi numeronsa, mun numero -lomakkeeseen 040 123 4567.", ["040 123 4567"]),  # the customer's
])
def test_the_writers_own_contact(text: str, expected: list[str]) -> None:
    assert spans(["phone"], text) == expected


def test_own_private_email_given_on_purpose() -> None:
    assert spans(["email"], "Mun sähköposti on liisa.koskinen@gmail.com jos haluut kuvat.") == []


def test_staff_addresses_at_the_work_mail_domain_are_work_contacts() -> None:
    pack = PackContext(Path("."), {"work_mail_domains": ["kela.fi"]})
    check = IdentifierCheck({"types": ["email"]}, pack)
    text = "Kiireelliset asiat kollegalleni: maija.m@kela.fi tai sähköpostiin maija.m@gmail.com"
    doc = Document(text)
    assert [text[m.start:m.end] for m in check.run(doc)] == ["maija.m@gmail.com"]
    # a sub-domain is no public work domain (ad.kela.fi: KELA-CF-002 reads internal domains)
    doc = Document("Osoite: maija.m@ad.kela.fi")
    assert [m.start for m in check.run(doc)] == [8]


def test_a_named_identity_code_with_a_wrong_check_character() -> None:
    named = {"named_by": ["hetu", "id number"]}
    assert spans(["henkilotunnus"], "Asiakkaan hetu 010190-1234 oli väärin.", **named) == ["010190-1234"]
    assert spans(["henkilotunnus"], "Customer ID number 150585-4321 was wrong.", **named) == ["150585-4321"]
    assert spans(["henkilotunnus"], "Tilausnumero 010190-1234 toimitettiin.", **named) == []
    assert spans(["henkilotunnus"], "Hetu 310290-1234 on keksitty.", **named) == []  # no 31 February
    assert spans(["henkilotunnus"], "Asiakkaan hetu 010190-1234 oli väärin.") == []   # without named_by
