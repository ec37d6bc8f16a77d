"""The document model: offsets survive normalisation; layers are found on the raw text."""

from __future__ import annotations

import unicodedata

import pytest

from pelisaannot import Document, Linter


def test_hashtags_mentions_urls_emails_are_found_on_raw_text() -> None:
    doc = Document("Kiitos @KelaFi! Lue https://www.kela.fi/opintotuki. #opintotuki #Kela, viestinta@kela.fi")
    assert [s.text for s in doc.hashtags] == ["#opintotuki", "#Kela"]
    assert [s.text for s in doc.mentions] == ["@KelaFi"]
    assert [s.text for s in doc.urls] == ["https://www.kela.fi/opintotuki"]
    assert [s.text for s in doc.emails] == ["viestinta@kela.fi"]
    # words inside those spans are not tokens of the prose
    assert [t.text for t in doc.words] == ["Kiitos", "Lue"]


def test_hash_inside_word_or_number_is_not_a_hashtag() -> None:
    doc = Document("Sivu https://x.fi/a#osio ja numero #1 sekä C# ja tag#ei")
    assert doc.hashtags == []


def test_emoji_and_sentences() -> None:
    doc = Document("Hyvää huomenta! 👋🏽 Tänään on hakupäivä.\nKysy lisää")
    assert [e.text for e in doc.emoji] == ["👋🏽"]
    assert [s.text for s in doc.sentences] == ["Hyvää huomenta!", "👋🏽 Tänään on hakupäivä.", "Kysy lisää"]


def test_nfd_input_is_normalised_and_offsets_map_back() -> None:
    original = unicodedata.normalize("NFD", "Äiti sanoi: perkele.")
    assert len(original) > len("Äiti sanoi: perkele.")
    doc = Document(original)
    assert doc.text == "Äiti sanoi: perkele."
    start = doc.text.index("perkele")
    assert original[doc.to_original(start):doc.to_original(start + 7)] == "perkele"


def test_crlf_lines_and_columns(linter: Linter) -> None:
    text = "Hei.\r\nToinen rivi: perkele\r\n"
    [finding] = [f for f in linter.check(text) if f.rule == "FI-TO-001"]
    assert (finding.line, finding.column) == (2, 14)
    assert text[finding.start:finding.end] == "perkele"


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_empty_text_has_no_layers(text: str) -> None:
    doc = Document(text)
    assert doc.tokens == [] and doc.sentences == [] and doc.hashtags == []


def test_lemma_layer_is_lazy() -> None:
    doc = Document("Idiootteja kaikki")
    assert "analyses" not in doc.__dict__
    assert "idiootti" in doc.lemmas(doc.words[0])
    assert "analyses" in doc.__dict__


@pytest.mark.parametrize(("text", "expected"), [
    ("Asiakas, mm. Matti Korhonen, soitti. Toinen lause.", ["Asiakas, mm. Matti Korhonen, soitti.", "Toinen lause."]),
    ("Esim. Pekka haki tukea.", ["Esim. Pekka haki tukea."]),
    ("Ks. Liite 2. Puh. 040 123 4567 arkisin.", ["Ks. Liite 2.", "Puh. 040 123 4567 arkisin."]),
    ("Hjälp t.ex. Anna med blanketten. Bl.a. Erik kom.", ["Hjälp t.ex. Anna med blanketten.", "Bl.a. Erik kom."]),
    ("We met Dr. Smith, e.g. Anna too.", ["We met Dr. Smith, e.g. Anna too."]),
    ("Kuten M. Korhonen sanoi. Hyvä.", ["Kuten M. Korhonen sanoi.", "Hyvä."]),
    ("Hän täytti 5 v. Hän tuli kotiin.", ["Hän täytti 5 v.", "Hän tuli kotiin."]),  # not an abbreviation here
    ("Hakija, synt. 1980, Matti Korhonen soitti.", ["Hakija, synt. 1980, Matti Korhonen soitti."]),  # born
    ("Kunden, f.d. Lindberg, ringde.", ["Kunden, f.d. Lindberg, ringde."]),                          # formerly
])
def test_abbreviations_do_not_end_a_sentence(text: str, expected: list[str]) -> None:
    assert [s.text for s in Document(text).sentences] == expected


def test_per_token_layers_agree_with_the_offset_questions() -> None:
    """`token_sentences`, `token_langs` and the remembered lemma sets give what the per-offset questions and the
    analyses give, word by word (the speed layers must not change an answer)."""
    doc = Document("Asiakas soitti eilen. Vi publicerar rapporten i morgon, tack! The figures are not out yet.\n\n"
                   "Lopuksi: kiitos tiimille #kela")
    for token in doc.tokens:
        assert doc.token_sentences[token.index] == doc.sentence_index(token.start)
        assert doc.token_langs[token.index] == doc.lang_of(token.start)
        lemmas = {a.baseform.lower() for a in doc.analyses[token.index]}
        parts = lemmas | {p.lower() for a in doc.analyses[token.index] for p in a.parts}
        if doc.lang_of(token.start) == "fi":
            assert doc.lemmas(token) == (lemmas or {token.text.lower()})
            assert doc.parts(token) == (parts or {token.text.lower()})
        else:
            assert token.text.lower() in doc.lemmas(token) and lemmas <= doc.lemmas(token)
    # The same word in another document (the per-word memo) has the same lemmas.
    again = Document("Asiakas soitti tänään.")
    assert again.lemmas(again.tokens[1]) == doc.lemmas(doc.tokens[1])
    assert [t.text for t in doc.words_between(0, doc.sentences[1].end)] == [
        t.text for t in doc.tokens_between(0, doc.sentences[1].end) if any(c.isalpha() for c in t.text)]


def test_finnish_share_is_the_detectors() -> None:
    """The document decides a Finnish sentence by the same share as `detect_language` (kept apart so that a
    Finnish post never imports the language package)."""
    from pelisaannot import document
    from pelisaannot.languages import detect

    assert document.FINNISH_SHARE == detect.FINNISH_SHARE
