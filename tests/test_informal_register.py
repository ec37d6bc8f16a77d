"""Informal Swedish and English: the register transforms of the benchmark, and the product reading chat spellings.

The transforms (benchmarks/posts_dev/transforms/informal_sv.py, informal_en.py) must be deterministic and do
what their docstrings say; the language layer must read an informal spelling as its standard one, and nothing
else. Sentences here are made up for the test.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks" / "posts_dev"))

from transforms import TRANSFORMS, informal_en, informal_sv, rewrite

from pelisaannot import Linter
from pelisaannot.languages import informal_keys, other_reading, standard_spelling


def test_transforms_are_registered_for_their_language() -> None:
    assert TRANSFORMS["informal-sv"][0] == frozenset({"sv"})
    assert TRANSFORMS["informal-en"][0] == frozenset({"en"})
    assert rewrite("Jag är här.", "fi", ["informal-sv"]) == "Jag är här."


@pytest.mark.parametrize(("transform", "text", "want"), [
    (informal_sv, "Jag är inte säker på vad det är.", "Ja e int säker på va de e."),
    (informal_sv, "Någon skulle också ta med sådant till dem.", "Nån sku oxå ta me sånt till dom."),
    (informal_sv, "Hon ringde mig och dig, inte sig själv.", "Hon ringde mej å dej, int sej själv."),
    (informal_sv, "Anna Och Berg bor i Vasa. Det var Med.", "Anna Och Berg bor i Vasa. De var Med."),
    (informal_sv, "Märket DET står kvar.", "Märket DET står kvar."),
    (informal_en, "I don't know what you want to do.", "i dont know what u wanna do."),
    (informal_en, "Please tell your people. Thanks!", "pls tell ur ppl. thx!"),
    (informal_en, "It's because I'm going to call Maria.", "its cuz im gonna call Maria."),
    (informal_en, "We are going to the office in Oulu.", "we are going to the office in Oulu."),
    (informal_en, "I’m going to Tampere.", "im going to Tampere."),
    (informal_en, "Ask Your Bank first. You know.", "Ask Your Bank first. u know."),
])
def test_informal_rewrite(transform: Any, text: str, want: str) -> None:
    assert transform.rewrite(text) == want
    assert transform.rewrite(text) == transform.rewrite(text)


def test_standard_spelling_reads_chat_forms_only() -> None:
    assert standard_spelling("int", "sv") == "inte"
    assert standard_spelling("Didnt", "en") == "didn't"
    assert standard_spelling("inte", "sv") is None
    assert standard_spelling("ill", "en") is None  # a word of its own, not "I'll"
    assert standard_spelling("int", "en") is None  # the table is per language
    assert "do" in informal_keys("dont", "en") and "don't" in informal_keys("dont", "en")
    assert informal_keys("table", "en") == frozenset()


def test_a_chat_word_that_stands_for_two_has_both_readings() -> None:
    assert standard_spelling("de", "sv") == "det" and other_reading("de", "sv") == "de"
    assert other_reading("ill", "en") == "i'll"
    assert other_reading("int", "sv") is None
    assert {"i'll", "ill"} <= informal_keys("ill", "en")


def test_standard_texts_give_each_ambiguous_word_its_other_reading_alone() -> None:
    from pelisaannot.checks.spoken_text import standard_texts
    from pelisaannot.document import Document

    texts = [t.text for t in standard_texts(Document("Styrelsen vet int va de gör me pengarna"))]
    assert texts[0] == "Styrelsen vet inte vad det gör med pengarna"
    assert "Styrelsen vet inte vad de gör med pengarna" in texts  # `de` as they, `va` still vad
    assert "Styrelsen vet inte var det gör med pengarna" in texts
    assert len(texts) == 3
    # a Swedish word is not read as spoken Finnish (`ni` is you, not niin)
    assert all(t.startswith("Ni ") for t in (s.text for s in standard_texts(Document("Ni vet int va de e"))))


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter.from_policy("kela")


def _categories(linter: Linter, text: str) -> set[str]:
    return {f.category for f in linter.check(text, "generic") if f.severity != "info"}


@pytest.mark.parametrize(("text", "category"), [
    ("Logo pic came from some stock site, we didnt get a licence for it.", "copyright"),
    ("Revisionen e klar men rapporten e int publicerad än, 6 av 40 beslut hade fel.", "confidential"),
    ("keep talking and ill hurt u", "tone"),  # chat "ill": I'll
    ("Styrelsen vet int va de sysslar me", "tone"),  # "de" as they, among other chat words
])
def test_informal_spelling_is_found(linter: Linter, text: str, category: str) -> None:
    assert category in _categories(linter, text)


@pytest.mark.parametrize("text", [
    "Revisionen e klar å rapporten e publicerad, läs den på vår webb!",
    "Cant wait for the weekend, pls share ur fave coffee spots in Turku!",
    "Ja, vi ses på mässan i Vasa, kom å säg hej!",
    "was ill all week but back at the office now, thx for the flowers",
])
def test_informal_clean_stays_clean(linter: Linter, text: str) -> None:
    assert _categories(linter, text) == set()


@pytest.mark.parametrize(("text", "lang"), [
    ("we r on it #kela", "en"),
    ("ok u on it now", "en"),
    ("Ja vi e här #kela", "sv"),
    ("ok kiitos", "fi"),
    ("Se on ok", "fi"),
    ("Kela maksaa 5 e", "fi"),
])
def test_letters_and_abbreviations_are_no_sign_of_finnish(text: str, lang: str) -> None:
    from pelisaannot.document import Document

    assert Document(text, platform="generic").lang == lang
