"""Kela tone vocabularies: each class in spoken Finnish, Swedish and English; look-alikes stay clean."""

from __future__ import annotations

import pytest

from pelisaannot import Linter

KELA = Linter.from_policy("kela")


def tone(text: str) -> list[str]:
    return [f.rule for f in KELA.check(text) if f.category == "tone" and f.severity != "info"]


@pytest.mark.parametrize("text", [
    # figurative insults and judgements aimed at people, spoken forms included
    "Ihan pelle toi uus tiiminvetäjä.",
    "Johtoporras on pelkkiä marionetteja.",
    "Our caseworkers are worthless.",
    "Chefen är helt hjärndöd.",
    # name-calling without a swear word, in three languages
    "Mikä tyhjäpää.",
    "Vilken dumbom.",
    "Total nincompoop.",
    # dismissive commands
    "Painukaa hiiteen.",
    "Dra åt skogen.",
    "Piss off, all of you.",
    # veiled threats
    "Tuut viel kärsimään tästä.",
    "You've been warned.",
    # sarcasm at the employer: an eye-roll under praise, thanks for nothing
    "Upeeta johtamista taas 🙄",
    "Thanks for nothing, management.",
    # contemptuous idioms and questions without an insult word (FI-TO-012)
    "Se on tyhmä ku saapas.",
    "Kuka tollasia oikein palkkaa?",
    "Han är inte den vassaste kniven i lådan.",
    "Who hires these clowns?",
    # veiled threats in spoken forms, Swedish and English
    "Katotaan kuka nauraa viimeseks.",
    "Jag vet vem du är.",
    "You'll get what you deserve.",
    # sarcasm: means lost under applause, listening in scare quotes
    "Kiitos IT-tuki, taas päivä ilman konetta. Mahtavaa 👏",
    'Johto taas "kuunteli" meitä 😂',
    # masked and code-switched profanity, insults by comparison
    "Taas yks vi*un palaveri.",
    "F**k this queue.",
    "Pomo on ku mikäkin diktaattori.",
    "Vår chef är en riktig latmask.",
])
def test_classes_are_caught(text: str) -> None:
    assert tone(text), text


@pytest.mark.parametrize("text", [
    "Kiitos tiimille upeasta vuodesta!!!",
    "Lapset olivat päiväkodissa, kun asiakas asioi toimistossa.",
    "Peli oli älyttömän hyvä, kiitos kaikille!",
    "Saat vielä maksaa laskun eräpäivään asti.",
    "Pidä suu kiinni ja hengitä nenän kautta.",
    "Muista haistaa maito ennen kuin juot sen.",
    "Take a break and go to the gym.",
    "Vi har ett fantastiskt team.",
    "Our new booking page is simpler than the old one.",
    "Kuka palkkaa kesätyöntekijät tänä vuonna?",
    "Tiedän kuka on oikeutettu tukeen.",
    "Kiitos tiimille, meni koko päivä hienosti! 👏",
    "Esimies lainasi kirjan diktaattoreista.",
    "Helvetinkolu on upea retkikohde.",
    "Satan är en figur i Bibeln.",
    "I'll hit you up with the details tomorrow.",
    "The scene should be shot in natural light.",
    "Shut up and take my money, this offer is great!",
])
def test_look_alikes_stay_clean(text: str) -> None:
    assert not tone(text), tone(text)
