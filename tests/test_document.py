"""The document model: offsets survive normalisation; layers are found on the raw text."""

from __future__ import annotations

import gc
import random
import sys
import unicodedata

import pytest
import regex

from pelisaannot import Document, Linter, document, normalise


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


#: Every code point but the surrogates, each once.
EVERY_CHAR = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def _hint_chars(pattern: regex.Pattern[str]) -> tuple[set[str], set[str]]:
    """The characters a URL hint takes after a dot, and those it takes for each `w` of `www.`."""
    after_dot = {m.group()[1] for m in pattern.finditer("".join("." + c for c in EVERY_CHAR))}
    as_w = {m.group()[0] for m in pattern.finditer("".join(c * 3 + ". " for c in EVERY_CHAR))}
    return after_dot, as_w


def test_url_hint_takes_what_the_case_insensitive_hint_takes() -> None:
    reference = regex.compile(r"://|www\.|\.[a-z]", regex.IGNORECASE)
    assert _hint_chars(document.URL_HINT_RE) == _hint_chars(reference)
    assert document.URL_HINT_RE.search("katso https:/x") is None
    assert document.URL_HINT_RE.search("Lue WWW. ja sitten") is not None


def test_word_runs_match_the_word_alternation() -> None:
    """WORD_RE written as runs finds the same words as one alternation per character."""
    reference = regex.compile(r"[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’:-](?=[\p{L}\p{N}]))*")
    alphabet = "aäÖz9٣\u0301\u20dd'’:-- .,#_\n"
    rng = random.Random(11)
    texts = ["".join(rng.choices(alphabet, k=rng.randint(0, 14))) for _ in range(20_000)]
    texts += ["Kela-kortti", "EU:n", "vaa'an", "-alku", "loppu-", "a--b", "x'-y", "e\u0301-\u0301a", "12:30:"]
    for text in texts:
        assert [m.span() for m in document.WORD_RE.finditer(text)] == [m.span() for m in reference.finditer(text)]


def test_latin1_texts_are_suspect_exactly_when_a_character_is() -> None:
    for code in range(256):
        char = chr(code)
        normalise._SUSPECT_CHARS.clear()
        assert normalise._suspect(f"äö {char}") == normalise._suspect_char(char), hex(code)
    assert not normalise._suspect("Hyvää päivää, Åsa!")
    assert normalise._suspect("soft\u00adhyphen") and normalise._suspect("Сaturday")


def test_sentence_breaks_keep_the_look_behind_matches() -> None:
    """SENTENCE_END_RE matching the punctuation and leaving it out (`\\K`) breaks where the look-behind did."""
    reference = regex.compile(r"(?<=[.!?…])[\"”»)]*\s+(?=[\p{Lu}\p{N}\"“«#@\p{Extended_Pictographic}])|\n+")
    alphabet = ".!?…\"”») \n\tAb1#@😀“«x"
    rng = random.Random(5)
    texts = ["".join(rng.choices(alphabet, k=rng.randint(0, 12))) for _ in range(30_000)]
    texts += ["Hei. Moi!\n\nJoo?", "esim. Kela", "Loppu.\" Alku", "a.\n b", "…\n😀"]
    for text in texts:
        assert [m.span() for m in document.SENTENCE_END_RE.finditer(text)] == [
            m.span() for m in reference.finditer(text)], repr(text)


def test_memo_numbers_name_one_word_language_and_analyser() -> None:
    """`memo_ids`: the same word in the same language has one number across documents, another word or language
    another; after the tables are emptied a word gets a number never given before, so a memo never mixes words."""
    first = Document("Talo on talo. Koira juoksee nopeasti kotiin.")
    again = Document("Koira ja talo.")
    ids = dict(zip([t.text for t in first.tokens], first.memo_ids, strict=True))
    assert ids["Talo"] != ids["talo"] != ids["Koira"]
    assert dict(zip([t.text for t in again.tokens], again.memo_ids, strict=True))["talo"] == ids["talo"]
    swedish = Document("Huset är stort och hunden springer hem i dag.")
    assert swedish.sentence_langs == ["sv"]
    assert not set(swedish.memo_ids) & set(first.memo_ids)
    document.clear_word_memos()
    later = Document("Talo on talo.")
    assert not set(later.memo_ids) & set(first.memo_ids)
    assert later.memo_ids[0] != later.memo_ids[2]  # Talo and talo
    assert later.memo_ids[1] != later.memo_ids[2] and later.memo_ids[0] is not None


def test_per_token_memo_gives_each_word_its_own_value() -> None:
    memo = document.word_memo()
    doc = Document("yksi kaksi yksi")
    assert memo.per_token(doc, lambda t: t.text.upper()) == ["YKSI", "KAKSI", "YKSI"]
    assert memo.per_token(Document("kaksi yksi"), lambda t: "unseen") == ["KAKSI", "YKSI"]


def test_normalise_copies_plain_stretches_as_its_loop_would(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text not in NFKC is copied in stretches between the characters that need a look: the same result as
    looking at every character (the loop's own path, forced here by making every character a stop)."""
    import re

    alphabet = ["a", "Ä", "z", "1", " ", ".", "\n", "\r", "\u2026", "\u00a0", "\u0301", "\u0308", "\u200b", "\u200d",
                "\ufe0f", "\u202e", "\u202c", "\u00ad", "\u2013", "\u2212", "\ufb01", "\u2122", "\U0001f600", "\u0440",
                "\u0661", "\u00b2", "\u2126", "\u1100", "\u1161", "\uff46"]
    rng = random.Random(3)
    texts = ["".join(rng.choices(alphabet, k=rng.randint(1, 12))) for _ in range(20_000)]
    texts += ["Hei\u2026 mita\u0308 kuuluu?", "fi\ufb01x\u0301", "\u2126 a\u0308\u0301b"]

    def seen(text: str) -> tuple[object, ...]:
        n = normalise.normalise(text)
        return n.text, n.starts, n.ends, n.reordered, n.hidden, n.folded

    fast = [seen(text) for text in texts]
    monkeypatch.setattr(normalise, "_stops_re", lambda text: re.compile("(?s)."))
    assert fast == [seen(text) for text in texts]


def test_lookalike_set_finds_what_the_lookalike_class_finds() -> None:
    reference = regex.compile("[" + "".join(regex.escape(c) for c in normalise.confusables()) + "]")
    chars = sorted(normalise._lookalike_chars())
    rng = random.Random(8)
    texts = ["".join(rng.choices([*chars[:200], "a", "b", " ", "ä"], k=rng.randint(0, 6))) for _ in range(5_000)]
    for text in texts + list(map(chr, range(0x3000))):
        assert bool(reference.search(text)) == (not normalise._lookalike_chars().isdisjoint(text)), repr(text)


def test_keyed_word_memos_are_bounded_and_cleared_with_the_others() -> None:
    """A check's memos by word list keep at most `limit` lists, and a benchmark's cold pass empties them too (the
    per-rule memos were once plain dicts that `clear_word_memos` did not reach)."""
    memos = document.WordMemos(2)
    first = memos.of("a")
    assert memos.of("a") is first
    memos.of("b")
    memos.of("c")  # a third list: the memos start over
    assert len(memos) == 1 and memos.of("a") is not first
    doc = Document("Kissa istuu.")
    assert memos.of("a").per_token(doc, lambda t: t.text) == [t.text for t in doc.tokens]
    document.clear_word_memos()
    assert not memos


def test_a_released_document_reads_the_same_and_a_checked_one_needs_no_collector(linter: Linter) -> None:
    """`Document.release` drops the layers worked out (a check's object among them may point back at the
    document); they are worked out again when asked, and the document `Linter.check` makes is freed by reference
    counting alone, not left in a cycle for the garbage collector."""
    text = "Asiakas Matti Virtanen soitti eilen ja kertoi asumistuestaan. Hän oli tosi vihainen."
    doc = Document(text)
    before = linter.check_document(doc)
    tokens = [(t.start, t.end, t.text) for t in doc.tokens]
    doc.release()
    assert "tokens" not in vars(doc)
    assert [(t.start, t.end, t.text) for t in doc.tokens] == tokens
    assert linter.check_document(doc) == before
    gc.collect()
    gc.disable()
    try:
        alive = sum(isinstance(o, Document) for o in gc.get_objects())
        for _ in range(3):
            assert linter.check(text)
        assert sum(isinstance(o, Document) for o in gc.get_objects()) == alive
    finally:
        gc.enable()
