"""`customer_story`: one identifiable customer without a name; general advice and one's own family stay clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from pelisaannot.checks.base import PackContext
from pelisaannot.checks.customer_story import CustomerStoryCheck
from pelisaannot.document import Document

PACK = PackContext(Path("."), {})


def stories(text: str, **params: object) -> list[tuple[str, str]]:
    check = CustomerStoryCheck({"kind": "customer_story", **params}, PACK)
    doc = Document(text)
    return [(doc.text[m.start:m.end], m.values["details"]) for m in check.run(doc)]


@pytest.mark.parametrize(("text", "span", "details"), [
    ("Eräs asiakas, 78-vuotias nainen Kuopiosta, kertoi masennuksestaan.",
     "asiakas, 78-vuotias nainen Kuopiosta, kertoi masennuksestaan",
     "ikä (78-vuotias), paikkakunta (Kuopiosta), terveystieto (masennuksestaan)"),
    ("Asiakkaani sai tänään tietää, että hänellä on syöpä.",
     "Asiakkaani sai tänään tietää, että hänellä on syöpä", "terveystieto (syöpä)"),
    ("Hakija sai hylkäävän päätöksen 12.3.2024.",
     "Hakija sai hylkäävän päätöksen 12.3.2024", "etuuspäätös (hylkäävän, päätöksen), päivämäärä (12.3.2024)"),
    ("Tänään tiskillä kävi 84-vuotias pappa Porista.", "84-vuotias pappa Porista",
     "ikä (84-vuotias), paikkakunta (Porista)"),
    ("Eräs yksinhuoltajaäiti sai 1 250 euroa takaisinperintää.",
     "yksinhuoltajaäiti sai 1 250 euroa takaisinperintää",
     "perhetilanne (yksinhuoltajaäiti), summa (1 250 euroa), etuuspäätös (takaisinperintää)"),
    ("Yksi potilaistani sai diagnoosin MS-taudista viime viikolla.",
     "potilaistani sai diagnoosin MS-taudista", "terveystieto (diagnoosin, MS-taudista)"),
    ("Eräs asiakas soitti tänään. Hän on 45-vuotias yksinhuoltaja Oulusta.",
     "asiakas soitti tänään. Hän on 45-vuotias yksinhuoltaja Oulusta",
     "ikä (45-vuotias), perhetilanne (yksinhuoltaja), paikkakunta (Oulusta)"),
    ("Eräs asiakas, ukrainalainen yksinhuoltaja, soitti tänään.", "asiakas, ukrainalainen yksinhuoltaja",
     "tausta (ukrainalainen), perhetilanne (yksinhuoltaja)"),
    ("Asiakkaani sai tänään myönteisen päätöksen työkyvyttömyyseläkkeestä.",
     "Asiakkaani sai tänään myönteisen päätöksen työkyvyttömyyseläkkeestä",
     "etuuspäätös (myönteisen, päätöksen), terveystieto (työkyvyttömyyseläkkeestä)"),
])
def test_stories(text: str, span: str, details: str) -> None:
    assert stories(text) == [(span, details)]


@pytest.mark.parametrize("text", [
    "Asiakas voi hakea asumistukea, jos hänellä on vuokra-asunto.",
    "Asiakkaat, joilla on diabetes, voivat saada lääkekorvausta.",
    "Jos asiakkaalla on työuupumus, hän voi hakea kuntoutusta.",
    "Kelan asiakkaista 40 % asioi verkossa. Keskimääräinen tuki oli 350 euroa.",
    "Äitini täytti tänään 91 vuotta Kajaanissa.",
    "Oma isäni sairastui syöpään viime vuonna.",
    "Eräs asiakas kysyi tänään asumistuesta.",           # one benefit word is how Kela talks, not a story
    "Asiakkaamme Nieminen ei ymmärtänyt päätöstä.",      # Nieminen is a person here, not a home town
    "Masennus on yleisin syy työkyvyttömyyseläkkeeseen nuorilla.",
    "Eduskunta hyväksyi tänään lain, jonka mukaan eläkkeensaajan asumistuki muuttuu 1.1.2026.",
    "Esimerkki: asiakas, 45-vuotias yksinhuoltaja Oulusta, saa asumistukea 300 euroa.",  # a worked example
    "Eilen moni asiakas kertoi masennuksesta ja työttömyydestä Oulussa.",                # many customers
])
def test_not_stories(text: str) -> None:
    assert stories(text) == []


def test_health_weighs_more_and_threshold_is_configurable() -> None:
    assert stories("Eräs asiakas kertoi masennuksestaan.", threshold=3) == []
    assert stories("Eräs asiakas kertoi masennuksestaan.")[0][1] == "terveystieto (masennuksestaan)"


def test_detail_spans_for_redaction() -> None:
    check = CustomerStoryCheck({"kind": "customer_story"}, PACK)
    [match] = check.run(Document("Eräs asiakas, 78-vuotias nainen Kuopiosta, kertoi masennuksestaan."))
    assert match.values["details_spans"] == [[14, 24, "[ikä]"], [32, 41, "[paikkakunta]"],
                                             [50, 65, "[terveystieto]"]]
    assert match.values["special_category"] is True
