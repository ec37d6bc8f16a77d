"""The language layer: each sentence's language, and Swedish and English base forms beside voikko's."""

from __future__ import annotations

import pytest

from pelisaannot.document import Document
from pelisaannot.languages import compound_head


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hakemuksesi käsittely on vielä kesken, palaamme asiaan ensi viikolla.", "fi"),
        ("Mä en kyl jaksa tätä säätöö enää yhtään, ihan sama mitä ne päättää.", "fi"),
        ("Vi har öppet som vanligt under hela sommaren, välkommen in!", "sv"),
        ("We are looking for a new colleague to join our benefits team.", "en"),
        ("#Tack #för #hjälpen #idag", "sv"),
    ],
)
def test_post_language(text: str, lang: str) -> None:
    assert Document(text).lang == lang


def test_each_sentence_has_its_language() -> None:
    doc = Document("Kiitos kaikille tämänpäiväisestä koulutuksesta ja keskusteluista. "
                   "Tack till alla som kom till utbildningen i dag.")
    assert [doc.lang_of(s.start) for s in doc.sentences] == ["fi", "sv"]


def test_swedish_and_english_words_get_their_base_forms() -> None:
    doc = Document("Lösenordet till kontot låg på skrivbordet hela veckan.")
    word = next(t for t in doc.words if t.text == "Lösenordet")
    assert "lösenord" in doc.lemmas(word)
    doc = Document("She shared the passwords with everyone in the team.")
    word = next(t for t in doc.words if t.text == "passwords")
    assert "password" in doc.parts(word)


def test_finnish_lemmas_are_voikko_alone() -> None:
    doc = Document("Asiakkaat soittivat koko päivän.")
    word = next(t for t in doc.words if t.text == "Asiakkaat")
    assert doc.lemmas(word) == {"asiakas"}


@pytest.mark.parametrize(("word", "head"), [
    ("dörrkoden", "kod"),  # door + code, inflected
    ("nätverkslösenordet", "lösenord"),  # with the linking s
    ("budgetutkastet", "utkast"),
    ("konstaterade", None),  # a known word keeps its reading: not kon + statera
    ("underbart", None),
    ("kodx", None),  # too short to hold a modifier and a head
])
def test_unknown_swedish_compounds_get_their_head(word: str, head: str | None) -> None:
    assert compound_head(word, "sv") == head


def test_compound_heads_are_swedish_only() -> None:
    assert compound_head("dörrkoden", "en") is None
    assert compound_head("ovikoodi", "fi") is None


def test_a_swedish_compound_head_is_a_compound_part() -> None:
    doc = Document("Budgetutkastet från ledningsgruppsmötet läckte i går.")
    assert {"utkast"} <= doc.parts(doc.words[0]) and {"möte"} <= doc.parts(doc.words[2])
    assert "utkast" not in doc.lemmas(doc.words[0])  # a part, not the word's base form



def test_only_voikkos_own_readings_settle_a_sentence_as_finnish() -> None:
    """The spoken-Finnish layer reads words voikko does not know, and some Swedish and English words too (`konto` as
    `kontto`): such readings must not count towards the share of Finnish words that makes a sentence Finnish
    without asking the model. Spoken Finnish is still Finnish: the model says so."""
    doc = Document("mä sä meiän salanen tiimipalaveris sanotaa")
    assert all(doc.analyses[t.index] for t in doc.words)  # the spoken layer reads every word
    assert doc._words_known == [0] * len(doc.words)  # but none counts as known to voikko
    assert doc.lang == "fi"
