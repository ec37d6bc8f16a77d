"""Spoken-Finnish fallback, second block: dialect diphthongs and endings, a keyboard without ä and ö, and a
capitalised first word that is a spoken verb. Names stay names."""

from __future__ import annotations

import pytest

from pelisaannot.document import Document
from pelisaannot.finnish.colloquial import colloquial_analyses
from pelisaannot.finnish.morphology import (
    Morphology,
)

# (written form, a lemma it must get); written for these classes, none from posts-dev.
CLASSES = [
    # Savo ae, äe, oe for ai, äi, oi
    ("vaehtuu", "vaihtua"),
    ("kaekki", "kaikki"),
    # Ostrobothnian and Savo infinitives in -ua, -iä
    ("sanua", "sanoa"),
    ("lähtiä", "lähteä"),
    # no Finnish keyboard: a for ä, o for ö throughout
    ("viela", "vielä"),
    ("yksikko", "yksikkö"),
    ("tarkeaa", "tärkeä"),
    ("paallikko", "päällikkö"),  # both at once: two rewrites in a row, a long word
]

# Capitalised unknown words: names, even when a rewrite inside the word or of the whole word would reach a word.
NAMES = ["Menna", "Maarita", "Kaihua", "Korpua", "Ilonen", "Hampus", "Liedes"]


@pytest.mark.parametrize(("word", "lemma"), CLASSES)
def test_dialect_and_keyboard_forms_get_their_standard_lemma(morphology: Morphology, word: str, lemma: str) -> None:
    assert not morphology.analyze(word), f"{word} is standard Finnish now; pick another example"
    assert lemma in {a.baseform for a in colloquial_analyses(word, morphology.analyze)}


@pytest.mark.parametrize("name", NAMES)
def test_capitalised_names_stay_unknown(morphology: Morphology, name: str) -> None:
    assert not morphology.analyze(name)
    assert colloquial_analyses(name, morphology.analyze) == ()


def test_a_capitalised_first_word_may_be_a_spoken_verb(morphology: Morphology) -> None:
    # `Pidetää tää...`: a name is never a verb, so a verb reading is safe even with a capital.
    assert "pitää" in {a.baseform for a in colloquial_analyses("Pidetää", morphology.analyze)}
    assert "olla" in {a.baseform for a in colloquial_analyses("Olis", morphology.analyze)}
    # but a capitalised noun reading in -s is taken only as a compound: `Liedes` is a surname, not liesi
    assert colloquial_analyses("Liedes", morphology.analyze) == ()
    assert "johtoryhmä" in {a.baseform for a in colloquial_analyses("Johtoryhmäs", morphology.analyze)}
    # a clipped -st, -lt or -l first in a sentence (`Netist löytyy`) is read
    assert "netti" in {a.baseform for a in colloquial_analyses("Netist", morphology.analyze)}


def test_document_reads_a_draft_typed_without_umlauts(morphology: Morphology) -> None:
    doc = Document("Tata ei ole viela julkaistu, mutta yksikko lakkautetaan.", morphology=morphology)
    lemmas = {w.text: doc.lemmas(w) for w in doc.words}
    assert "vielä" in lemmas["viela"] and "yksikkö" in lemmas["yksikko"]
