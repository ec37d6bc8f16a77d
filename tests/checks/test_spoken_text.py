"""Spoken Finnish read in its standard spelling: `standard_forms` of a spoken word, the draft rewritten in them,
and spans mapped back to the words as written. Sentences are our own."""

from __future__ import annotations

import pytest
import regex

from pelisaannot.checks.spoken_text import spoken_spans, standard_text
from pelisaannot.document import Document
from pelisaannot.finnish.colloquial import analyzer, standard_forms
from pelisaannot.finnish.morphology import get_morphology

pytestmark = pytest.mark.skipif(get_morphology().name == "surface", reason="needs Voikko")


@pytest.mark.parametrize(("spoken", "standard"), [("täs", "tässä"), ("nii", "niin"), ("pihal", "pihalla"),
                                                   ("salanen", "salainen"), ("mitää", "mitään")])
def test_standard_form_of_a_spoken_word(spoken: str, standard: str) -> None:
    assert standard in standard_forms(analyzer(get_morphology())(spoken))


@pytest.mark.parametrize("word", ["tässä", "talo", "pihalla"])
def test_a_standard_word_has_none(word: str) -> None:
    assert standard_forms(analyzer(get_morphology())(word)) == frozenset()


def test_text_in_standard_spelling() -> None:
    doc = Document("no nii, kaveri oli taas iha hukas eilen!")
    std = standard_text(doc)
    assert std is not None
    assert std.text == "no niin, kaveri oli taas ihan hukassa eilen!"


def test_standard_text_none_without_spoken_words() -> None:
    assert standard_text(Document("Kaveri oli taas ihan hukassa eilen.")) is None


def test_spans_map_back_to_the_words_as_written() -> None:
    text = "no nii, kaveri oli taas iha hukas eilen!"
    doc = Document(text)
    [(start, end)] = spoken_spans(doc, [regex.compile(r"ihan\s+hukassa")])
    assert text[start:end] == "iha hukas"
    [(start, end)] = spoken_spans(doc, [regex.compile(r"kaveri\s+oli")])  # between spoken words: shifted exactly
    assert text[start:end] == "kaveri oli"


def test_ambiguous_word_stays_as_written() -> None:
    # `ku` is kun or kuin: no guess
    std = standard_text(Document("se on pihal ku lumiukko"))
    assert std is not None and " ku " in std.text


def test_spans_keep_the_written_offsets_after_longer_standard_words() -> None:
    text = "en olis saanu kertoo et uus johtaja aloittaa"
    doc = Document(text)
    [(start, end)] = spoken_spans(doc, [regex.compile(r"uusi\s+johtaja")])
    assert text[start:end] == "uus johtaja"


@pytest.mark.parametrize(("text", "standard"), [
    ("Ja tror inte att de e sant, sa hon", "Jag tror inte att det är sant, sa hon"),
    ("can u send ur notes when im back", "can you send your notes when i'm back"),
    ("im gonna call later", "i'm gonna call later"),  # `going` alone would hide `gonna` from the patterns
])
def test_swedish_and_english_chat_spellings_in_standard_spelling(text: str, standard: str) -> None:
    std = standard_text(Document(text))
    assert std is not None and std.text == standard


def test_a_chat_spelling_in_a_finnish_sentence_stays() -> None:
    std = standard_text(Document("ja sitten mentiin kotiin ja syötiin hyvin"))
    assert std is None or "jag" not in std.text.lower()


def test_a_pattern_that_failed_as_written_is_searched_in_standard_spelling() -> None:
    """The literal `sallad` lets the pattern in on the draft as written, where it fails; it must run again."""
    from pathlib import Path

    from pelisaannot.checks import PackContext
    from pelisaannot.checks.pattern import PatternCheck

    check = PatternCheck({"kind": "pattern", "patterns": [r"\bjag\s+äter\s+sallad\b"]}, PackContext(Path(".")))
    doc = Document("idag ja äter sallad till lunch med kollegorna")
    assert [doc.text[m.start:m.end] for m in check.run(doc)] == ["ja äter sallad"]
