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
])
def test_look_alikes_stay_clean(text: str) -> None:
    assert not tone(text), tone(text)
