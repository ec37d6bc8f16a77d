"""`credentials`: known token shapes, keyword + secret-looking value, high-entropy tokens; never advice."""

from __future__ import annotations

from pathlib import Path

import pytest

from pelisaannot import Document
from pelisaannot.checks import PackContext
from pelisaannot.checks.credentials import CredentialsCheck, entropy

CHECK = CredentialsCheck({"kind": "credentials"}, PackContext(Path(".")))


def spans(text: str) -> list[str]:
    doc = Document(text)
    return [doc.text[m.start:m.end] for m in CHECK.run(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Uusi wlan-salasana: Kesä2024!", ["Kesä2024"]),
    ("password=hunter2", ["hunter2"]),
    ("Salasanani on Koira123, älkää kertoko.", ["Koira123"]),
    ("pw: Syksy!2023", ["Syksy!2023"]),
    ("salasana: xqzvbnmwrt", ["xqzvbnmwrt"]),
    ("Tuli vahvistuskoodi 482193, joku yritti kirjautua!", ["482193"]),
    ("PIN-koodi on 4821.", ["4821"]),
    # a few words between the code word and the digits
    ("Kirjautumiskoodi tekstiviestinä oli 482913, hassua.", ["482913"]),
    ("Vahvistuskoodi tulee tekstiviestinä ja on voimassa 10 minuuttia.", []),
    ("Vahvistuskoodin voimassaoloaika päättyy vuonna 2026.", []),
    ("Lösenord: Sommar2024", ["Sommar2024"]),
    ("xoxb-1234567890-abcdefghijkl", ["xoxb-1234567890-abcdefghijkl"]),
    ("ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5", ["ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"]),
    ("glpat-x7Yh2kL9mN4pQ8rS1tV3 vanhenee", ["glpat-x7Yh2kL9mN4pQ8rS1tV3"]),
    ("AKIAIOSFODNN7EXAMPLE", ["AKIAIOSFODNN7EXAMPLE"]),
    ("Hook: https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXXXXXXXXXX",
     ["https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXXXXXXXXXX"]),
    ("-----BEGIN OPENSSH PRIVATE KEY-----", ["-----BEGIN OPENSSH PRIVATE KEY-----"]),
    ("https://admin:Salainen123@palvelin.example.com/", ["Salainen123"]),
    ("https://api.example.com/v1?access_token=abcDEF123456789", ["abcDEF123456789"]),
    ("tunniste aZ3kP9qL2mX7vB4nC8wE1rT6yU5iO0pA testiin", ["aZ3kP9qL2mX7vB4nC8wE1rT6yU5iO0pA"]),
    ("Salasana on sama kuin ennenkin: kela123", ["kela123"]),
    ("Tunnukset: matti.m / Kesäloma2024", ["Kesäloma2024"]),
    ("Käyttäjätunnus admin, salasana admin123.", ["admin123"]),
    # advice, masked values, ordinary long words, URLs, campaign codes
    ("Salasana on vaihdettava säännöllisesti.", []),
    ("Salasana: vähintään 12 merkkiä.", []),
    ("Salasana vaihdettiin 2024 syksyllä.", []),
    ("Uusi salasana on hyvä idea: vaihda se nyt.", []),
    ("Salasana: ********", []),
    ("PIN-koodin pituus on neljä numeroa.", []),
    ("Vahvistuskoodi tulee tekstiviestinä.", []),
    ("Sosiaaliturvauudistuksen2024 valmistelu etenee.", []),
    ("Lue https://www.kela.fi/opintotuki?utm_source=twitter&utm_campaign=syksy2024", []),
    ("Kampanjakoodi SYKSY2024 antaa alennusta.", []),
    ("Asiakasnumero 123456789 ja puhelin 0401234567.", []),
])
def test_credentials(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_entropy() -> None:
    assert entropy("aaaa") == 0
    assert entropy("abcd") == 2
