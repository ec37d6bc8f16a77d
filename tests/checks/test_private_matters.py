"""Someone else's private matters told by relation or description (`private_matters`, FI-CD-013): who is meant
without a name, which matter is theirs, and what stays clean (the writer's own, advice, a topic, slang)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pelisaannot.checks.base import PackContext
from pelisaannot.checks.private_matters import PrivateMattersCheck
from pelisaannot.document import Document

PACK = PackContext(Path("."), {})
CHECK = PrivateMattersCheck({"kind": "private_matters"}, PACK)


def found(text: str) -> list[str]:
    doc = Document(text)
    return [doc.text[m.start:m.end] for m in CHECK.run(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Naapurini joutui ulosottoon viime keväänä.", ["Naapurini joutui ulosottoon"]),
    ("Työkaverin vaimolla on todettu masennus.", ["Työkaverin vaimolla on todettu masennus"]),  # a chain
    ("Eräs mummo kertoi, että hänen poikansa istuu linnassa.", ["mummo kertoi, että hänen poikansa istuu linnassa"]),
    ("Serkun exä ajoi kolarin. Sillä on nyt rattijuopumus tuomiona.", ["Serkun exä ajoi kolarin. Sillä on nyt "
                                                                       "rattijuopumus"]),
    ("Vår granne har hamnat hos kronofogden.", ["granne har hamnat hos kronofogden"]),
    ("A friend of mine has been jobless since spring.", ["friend of mine has been jobless"]),
])
def test_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Olin itse sairaalassa viikon, naapuri ruokki kissan.",       # the writer's own
    "my mate drove me home when i was in hospital",               # chat English writes I as i: still the writer's
    "Mulla on velkaa, mutta kaveri lupasi auttaa.",                # the writer's own, a friend helps
    "Jos ystäväsi on velkakierteessä, ohjaa hänet velkaneuvontaan.",  # advice to the reader
    "Naapurit kysyivät ulosotosta illan aikana.",                   # a group, a topic asked about
    "Tuttu ongelma: laskut tulevat aina kerralla.",                 # "tuttu" as an adjective
    "Kaverin mielestä leffa oli ihan sairas.",                      # slang
    "Kollega luennoi velkajärjestelystä eilen.",                    # a topic in public
    "Min granne bakar de bästa bullarna.",                          # no matter
    "My neighbour helped me when I was in hospital.",               # the writer's own
    "Velkaneuvonta auttaa, kun velat kasvavat.",                    # nobody in particular
])
def test_clean(text: str) -> None:
    assert found(text) == []


def test_no_matter_no_people_work() -> None:
    """The prefilter: a post without any private matter does not look for people at all."""
    doc = Document("Naapuri toi meille pullaa ja kaverin äiti kävi kylässä.")
    assert list(CHECK.run(doc)) == []
    assert "_customer_context" not in doc.__dict__


@pytest.mark.parametrize(("text", "rule"), [
    ("Työkaveri on ollut kolme viikkoa sairauslomalla masennuksen takia.", "FI-CD-012"),  # a colleague's health
    ("Kylän ainoa kalastaja haki eilen meiltä toimeentulotukea.", "FI-CD-008"),  # a customer story
])
def test_the_more_specific_customer_data_finding_is_reported_once(text: str, rule: str) -> None:
    from pelisaannot import Linter
    found = [f.rule for f in Linter.from_policy("kela").check(text, "facebook")]
    assert rule in found and "FI-CD-013" not in found
