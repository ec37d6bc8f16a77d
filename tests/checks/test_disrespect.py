"""`disrespect`: a negative judgement near a protected target in one clause; negation cancels it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pelisaannot import Document
from pelisaannot.checks import PackContext
from pelisaannot.checks.disrespect import DisrespectCheck

PACK = PackContext(Path(__file__).resolve().parents[2] / "rules" / "kela", {"organisation_names": ["Kela"]})
CHECK = DisrespectCheck({
    "kind": "disrespect",
    "targets": ["esimies", "pomo", "johto", "työkaveri", "kollega", "asiakas"],
    "files": ["lists/halventavat.txt", "lists/halventavat.sv.txt", "lists/halventavat.en.txt"],
    "figurative_files": ["lists/kuvaannolliset.txt", "lists/kuvaannolliset.sv.txt", "lists/kuvaannolliset.en.txt"],
    "group_head_files": ["lists/ryhmat.txt"],
    "fragment_words": 3,
    "fragment_files": ["lists/fragmentit.txt", "lists/fragmentit.sv.txt", "lists/fragmentit.en.txt"],
    "target_files": ["lists/kohteet.sv.txt", "lists/kohteet.en.txt", "lists/ihmiset.txt"],
    "names_are_targets": True,
    "negation_files": {"fi": ["lists/kieltosanat.txt"], "sv": ["lists/kieltosanat.sv.txt"],
                       "en": ["lists/kieltosanat.en.txt"]},
    "pronoun_files": ["lists/pronominit.txt"],
    "clause_word_files": ["lists/lauserajat.txt"],
    "phrases": [r"\b(?:ihan|täysin)\s+pihalla\b", r"\bei\s+osaa\s+(?:yhtään\s+)?mitään\b"],
    "markers": ["🙄"],
}, PACK)


def spans(text: str) -> list[tuple[str, str, str]]:
    doc = Document(text)
    return [(doc.text[m.start:m.end], m.values["target"], m.values["judgement"]) for m in CHECK.run(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Meidän uusi esimies on ihan kädetön.", [("esimies on ihan kädetön", "esimies", "kädetön")]),
    # figurative insults, compound heads included; Swedish and English by their base forms
    ("Johto on yhtä sirkusta.", [("Johto on yhtä sirkusta", "johto", "sirkus")]),
    ("Johdon digifossiilit päättivät taas.", [("Johdon digifossiilit", "johto", "fossiili")]),
    ("Uus esimies on ku mikäkin diktaattori.", [("esimies on ku mikäkin diktaattori", "esimies", "diktaattori")]),
    ("Pomo käyttäytyy kuin kakara.", [("Pomo käyttäytyy kuin kakara", "pomo", "kakara")]),
    # a figurative noun in the elative or ablative is talked about, not said of anyone
    ("Esimies lainasi kirjan diktaattoreista.", []),
    ("Asiakas otti kuvia apinoista eläintarhassa.", []),
    ("Sirkuksen pelle esiintyi lapsille.", []),
    ("Våra nya chefer är rena clowner hela bunten.", [("chefer är rena clowner", "chef", "clown")]),
    ("Our new director is a clown, honestly.", [("director is a clown", "director", "clown")]),
    ("Our director is not incompetent at all.", []),
    # a name as the subject, people and groups, a relative pronoun, a misspelt or loaned judgement
    ("Juuso on täys pelle.", [("Juuso on täys pelle", "Juuso", "pelle")]),
    ("Anna lauloi typerällä tavalla.", []),
    ("Naapurin äijä on oikea juoppo.", [("äijä on oikea juoppo", "äijä", "juoppo")]),
    ("Sen kylän isä, joka oli juoppo, lähti.", [("joka oli juoppo", "isä", "juoppo")]),
    ("Kiihkoilevat suomalaiset ovat laiskoja.", [("suomalaiset ovat laiskoja", "suomalainen", "laiska")]),
    ("Ääri-lestadiolaiset ovat laiskoja.", [("Ääri-lestadiolaiset ovat laiskoja", "lainen", "laiska")]),
    ("Erilainen lähestymistapa on tyhmä.", []),
    # -lainen after l or n is an adjective of kind, not a group (voikko reads tällainen as a noun too)
    ("Onpa tyhmää tällaisia lomakkeita täyttää.", []),
    ("Kaikenlaiset ovat surkeita ideoita.", []),
    ("Kollega on valhtelija.", [("Kollega on valhtelija", "kollega", "valehtelija")]),
    # a pronoun carries the target of an earlier clause of the same sentence
    ("Mitä johto päättääkin, ne on täysiä pellejä.", [("ne on täysiä pellejä", "johto", "pelle")]),
    ("Kollegat auttoivat, vaikka he olivat itsekin kiireisiä.", []),
    ("Pomo lähti lomalle. Ne on surkeita nää säät.", []),
    ("Lähiesimies on säälittävä.", [("Lähiesimies on säälittävä", "esimies", "säälittävä")]),
    ("Työkaverit ovat niin laiskoja, että kaikki jää minulle.",
     [("Työkaverit ovat niin laiskoja", "työkaveri", "laiska")]),
    ("Kelan palvelu on ihan surkeaa.", [("Kelan palvelu on ihan surkeaa", "kela", "surkea")]),
    ("Asiakas kyseli taas tyhmiä koko puhelun.", [("Asiakas kyseli taas tyhmiä", "asiakas", "tyhmä")]),
    ("Tyhmä asiakas.", [("Tyhmä asiakas", "asiakas", "tyhmä")]),
    ("Kelan johto on ihan pihalla.", [("johto on ihan pihalla", "johto", "ihan pihalla")]),
    ("Esimies ei osaa yhtään mitään.", [("Esimies ei osaa yhtään mitään", "esimies", "ei osaa yhtään mitään")]),
    ("Pomo on ihan hullu.", [("Pomo on ihan hullu", "pomo", "hullu")]),
    ("Kiitos taas Kela, tosi nopeaa palvelua 🙄", [("Kela, tosi nopeaa palvelua 🙄", "kela", "🙄")]),
    # negation, other clauses, no target, names
    ("Asiakas ei ole koskaan tyhmä.", []),
    # a figurative noun that acts on the person (a verb no person needs, the target after it in another case) is
    # a real creature; a copula keeps the judgement
    ("Loinen voi levitä lemmikistä ihmiseen.", []),
    ("Punkki voi tarttua lapseen metsässä.", []),
    ("Tämä asiakas on oikea loinen.", [("asiakas on oikea loinen", "asiakas", "loinen")]),
    ("Esimies ei ole laiska.", []),
    ("Ei ole tyhmiä kysymyksiä, kysy asiakaspalvelusta.", []),
    ("Surkea sää, mutta työkaverit piristävät päivää.", []),
    ("Olin itse ihan hölmö. Esimies auttoi.", []),
    ("Pelle Hermanni vieraili Kelan juhlassa.", []),
    # a figurative insult joined to a group noun calls the whole group that name
    ("Johto on yhtä apinalaumaa.", [("Johto on yhtä apinalaumaa", "johto", "apina")]),
    ("Apinalauma kiipeili eläintarhassa.", []),
    # someone's own animal is literal; the translative is not a possessive
    ("Asiakas myi lehmänsä.", []),
    ("Esimies on muuttunut pelleksi.", [("Esimies on muuttunut pelleksi", "esimies", "pelle")]),
    # a short exclamation right after a sentence with a target is said of it; a bare noun or a thing is not
    ("Palaveri esimiehen kanssa. Ihan pelle.", [("pelle", "esimies", "pelle")]),
    ("Met my manager today. What a clown.", [("clown", "manager", "clown")]),
    ("Pomo taas\nihan pihalla 🙄", [("ihan pihalla", "pomo", "ihan pihalla")]),
    ("Asiakkaat ei lue ohjeita, aivan pöljiä.", [("pöljiä", "asiakas", "pöljä")]),
    ("Asiakas soitti, ihan hullu päivä.", []),
    ("Kävin kollegan kanssa eläintarhassa. Apinat!", []),
    ("Tapasin asiakkaan. Hullu päivä!", []),
    ("Esimies aloitti. Sää oli kaunis. Ihan pelle.", []),
    # an adjective in -n before an adjective intensifies it
    ("Uusi kollega on naurettavan hyvä koodari.", []),
    ("Hallitus on surkea.", []),
    ("Lapset leikkivät ihan pihalla.", []),
    ("Pitkä päivä 🙄 mutta selvittiin.", []),
])
def test_disrespect(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(("text", "found"), [
    ("nää asiakkaat kun on ihan pihalla", True),  # spoken `kun` after a verbless subject marks the topic
    ("pomo kun ei osaa mitään", True),
    ("Soitin pomolle kun kone oli ihan pihalla", False),  # a clause with a verb before `kun`: a new clause
])
def test_spoken_kun_after_the_subject_does_not_cut_the_clause(text: str, found: bool) -> None:
    assert bool(spans(text)) is found


@pytest.mark.parametrize(("text", "found"), [
    # a chat sentence run on without a stop: its closing fragment is said of the target far before it
    ("uus esimies siirsi taas kaikkien vuorot ensi viikolle kysymättä ihan pelle", True),
    ("uus esimies siirsi taas kaikkien vuorot ensi viikolle ja mä olin ihan pelle", False),  # said of oneself
])
def test_closing_fragment_of_a_run_on_chat_sentence(text: str, found: bool) -> None:
    assert bool(spans(text)) is found


@pytest.mark.parametrize(("text", "found"), [
    # spoken forms keep the grammar of the standard ones: an adjective before its noun judges the noun, a
    # figurative noun in a clipped elative is a topic
    ("Työkaverin surkee flunssa jatkuu viel, tsemppii!", False),
    ("Pomo suositteli mulle dokkarin apinoist.", False),
    ("Pomo on ihan surkee.", True),
])
def test_spoken_forms_are_read_with_their_standard_case(text: str, found: bool) -> None:
    assert bool(spans(text)) is found


PEOPLE = DisrespectCheck({
    "kind": "disrespect",
    "targets": ["esimies", "pomo", "johto", "asiakas"],
    "figurative_files": ["lists/kuvaannolliset.txt", "lists/kuvaannolliset.sv.txt", "lists/kuvaannolliset.en.txt"],
    "human_verb_files": ["lists/ihmisverbit.txt", "lists/ihmisverbit.sv.txt", "lists/ihmisverbit.en.txt"],
    "pointer_files": ["lists/osoittimet.txt"],
    "literal_context_files": ["lists/kirjaimelliset-yhteydet.txt"],
    "literal_people_files": ["lists/kuvaannolliset-ihmiset.txt"],
    "negation_files": {"fi": ["lists/kieltosanat.txt"]},
}, PACK)


@pytest.mark.parametrize(("text", "expected"), [
    # the subject of a human verb, or pointed at with one in its clause: said of people, no target named
    ("Mitkä pellet tämän lomakkeen ovat suunnitelleet?", ("pelle", "suunnitelleet")),
    ("noi fossiilit ei tajuu mitään", ("fossiili", "tajuu")),
    ("What clowns approved this plan", ("clown", "approved")),
    ("Vilka pajasar har planerat det här", ("pajas", "planerat")),
    # a real clown, monkey, dictator or zombie
    ("Sirkuksen pellet suunnittelivat esityksen lapsille.", None),
    ("Tutkimuksen mukaan apinat ymmärtävät viittomia.", None),
    ("Diktaattori päätti sulkea rajat.", None),
    ("Apinat kiipeilivät puissa.", None),
    # a clown as the object is no subject: `suunnittelin pellen` has no human verb after it
    ("Lapset piirsivät pellen.", None),
])
def test_figurative_insult_used_of_people(text: str, expected: tuple[str, str] | None) -> None:
    found = [(m.values["judgement"], m.values["target"]) for m in PEOPLE.run(Document(text))]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(("tag", "expected"), [
    ("#PelleJohto", ("johto", "pelle")), ("#JohtoSirkus", ("johto", "sirkus")), ("#SirkusJohtaja", None),
    ("#PelleHermanni", None),
])
def test_camel_case_tag_of_target_and_insult(tag: str, expected: tuple[str, str] | None) -> None:
    assert PEOPLE._camel_insult(Document(tag), tag[1:]) == expected
