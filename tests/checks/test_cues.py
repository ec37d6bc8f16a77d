"""`cues`: cue words by base form, compound part, prefix, suffix or form, together in a clause, sentence or post."""

from __future__ import annotations

from pathlib import Path

import pytest

from pelisaannot import Document
from pelisaannot.checks import KINDS, CheckConfigError, PackContext
from pelisaannot.checks.cues import CuesCheck, Slot, parse_cue
from pelisaannot.document import WordMemo

PARAMS = {
    "kind": "cues",
    "cues": {
        "julkaisu": {"fi": ["julkaista", "tiedottaa"], "sv": ["publicer*"], "en": ["publish*"]},
        "kielto": {"fi": ["ei"], "sv": ["=inte"], "en": ["=not"]},
        "viela": {"fi": ["vielä"], "sv": ["=än", "=ännu"], "en": ["=yet"]},
        "sisainen": {"fi": ["sisäinen", "luonnos"], "en": ["=internal", "draft*"]},
        "asiakirja": {"fi": ["muistio", "budjetti", "*raportti"], "en": ["memo*", "budget*"]},
        "kesken": {"fi": ["meidän kesken"], "en": ["=between us"]},
        "julkinen": {"any": ["julkinen", "=public"]},
        "koulutus": {"fi": ["*koulutus"]},
    },
    "match": [
        {"clause": ["julkaisu", "kielto", "viela"], "what": "ei vielä julkaistu"},
        {"clause": ["sisainen", "asiakirja"], "what": "sisäinen asiakirja"},
        {"sentence": ["kesken"], "what": "meidän kesken"},
    ],
    "unless": {"sentence": ["julkinen"], "post": ["koulutus"]},
    "negation": "kielto",
}


class InlinePack(PackContext):
    """Cue lists written inline in the test instead of list files."""

    def read_list(self, relative: str, field_name: str) -> list[str]:
        return [relative]


def _params() -> dict:
    cues = {name: {lang: words for lang, words in spec.items()} for name, spec in PARAMS["cues"].items()}
    return {**PARAMS, "cues": cues}


CHECK = CuesCheck(_params(), InlinePack(Path(".")))


def spans(text: str) -> list[str]:
    doc = Document(text)
    return [doc.text[m.start:m.end] for m in CHECK.run(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    # every inflected form, in one clause
    ("Tuloksia ei ole vielä julkaistu, mutta ne ovat hyviä.", ["ei ole vielä julkaistu"]),
    ("Asiasta ei vielä tiedotettu.", ["ei vielä tiedotettu"]),
    # the cues in different clauses do not count
    ("Vielä ehtii, mutta ei julkaista mitään.", []),
    # a compound part: budjetti + luonnos in one word
    ("Budjettiluonnoksessa leikataan.", ["Budjettiluonnoksessa"]),
    ("Sisäisen muistion mukaan kaikki muuttuu.", ["Sisäisen muistion"]),
    # a suffix cue is the head of a compound: tarkastusraportti is a raportti
    ("Sisäinen tarkastusraportti kertoo virheistä.", ["Sisäinen tarkastusraportti"]),
    # a phrase
    ("Tämä jää meidän kesken, kiitos.", ["meidän kesken"]),
    # Swedish and English
    ("Rapporten är inte publicerad än.", ["inte publicerad än"]),
    ("The draft budget shows a cut.", ["draft budget"]),
    # an excuse in the sentence, and a negation that voids it
    ("Sisäinen raportti on julkinen.", []),
    ("Sisäinen raportti ei ole julkinen.", ["Sisäinen raportti"]),
    # an excuse anywhere in the post (a suffix cue: koulutus is the head, not koulutusmääräraha)
    ("Tietoturvakoulutuksessa puhuttiin. Sisäinen muistio on esimerkki.", []),
    ("Budjettiluonnoksessa leikataan koulutusmäärärahoja.", ["Budjettiluonnoksessa"]),
    # words that merely contain the letters
    ("Sisäilma on huono ja muistiinpanot hukassa.", []),
])
def test_cues(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_a_prefix_cue_meets_the_head_of_a_compound() -> None:
    """`utkast*` is a Swedish list's way to say every form of utkast: `budgetutkastet` holds one as its head."""
    params = {"kind": "cues", "cues": {"budget": {"sv": ["budget*"]}, "utkast": {"sv": ["utkast*"]}},
              "match": [{"clause": ["budget", "utkast"], "what": "utkast"}]}
    check = CuesCheck(params, InlinePack(Path(".")))
    found = [m for m in check.run(Document("Budgetutkastet för nästa år läckte ut i går kväll."))]
    assert len(found) == 1 and (found[0].start, found[0].end) == (0, len("Budgetutkastet"))
    assert list(check.run(Document("Budgeten för nästa år blev klar i går kväll."))) == []


def test_what_placeholder() -> None:
    doc = Document("Tämä jää meidän kesken.")
    assert [m.values["what"] for m in CHECK.run(doc)] == ["meidän kesken"]


def test_an_alternative_may_have_its_own_excuses() -> None:
    """An alternative's `unless` replaces the rule's: a plea for secrecy is not excused by what excuses news."""
    params = {"kind": "cues",
              "cues": {"kesken": {"fi": ["meidän kesken"]}, "muistio": {"fi": ["muistio"]},
                       "palaveri": {"fi": ["palaveri"]}},
              "match": [{"sentence": ["muistio"], "what": "muistio"},
                        {"sentence": ["kesken"], "what": "kesken", "unless": {"sentence": []}}],
              "unless": {"sentence": ["palaveri"]}}
    check = CuesCheck(params, InlinePack(Path(".")))
    doc = Document("Palaverin muistio jää meidän kesken.")
    assert [m.values["what"] for m in check.run(doc)] == ["kesken"]


@pytest.mark.parametrize(("text", "found"), [
    ("Enligt det interna PM:et minskar budgeten.", True),  # an abbreviation's colon and ending are one word
    ("HR:n muistio: budjetti laskee.", False),  # a colon before a space ends the clause
])
def test_the_colon_of_an_inflected_abbreviation_is_no_clause_break(text: str, found: bool) -> None:
    params = {"kind": "cues", "cues": {"sisainen": {"any": ["intern*", "=muistio"]}, "budjetti": {"any": ["budget*",
              "budjetti"]}}, "match": [{"clause": ["sisainen", "budjetti"], "what": "x"}]}
    check = CuesCheck(params, InlinePack(Path(".")))
    assert bool(list(check.run(Document(text)))) is found


def test_parse_cue() -> None:
    assert parse_cue("meidän kesken") == (Slot("lemma", "meidän"), Slot("lemma", "kesken"))
    assert parse_cue("publicer*") == (Slot("prefix", "publicer"),)
    assert parse_cue("*vyn") == (Slot("suffix", "vyn"),)
    assert parse_cue("=Än") == (Slot("form", "än"),)


def test_patterns_skip_links() -> None:
    check = CuesCheck({"kind": "cues", "cues": {"m": {"patterns": ["SALAINEN"]}}, "match": [{"sentence": ["m"]}]},
                      PackContext(Path(".")))
    doc = Document("SALAINEN muistio: https://example.fi/SALAINEN")
    assert [(m.start, m.end) for m in check.run(doc)] == [(0, 8)]


@pytest.mark.parametrize(("params", "field"), [
    ({"cues": {"a": {"fi": ["x"]}}, "match": [{"clause": ["b"]}]}, "match[0]"),
    ({"cues": {"a": {"fi": ["x"]}}, "match": [{}]}, "match[0]"),
    ({"cues": {"a": {"fi": ["x"]}}, "match": [{"clause": ["a"]}], "unless": {"post": ["c"]}}, "unless"),
    ({"cues": {"a": {"patterns": ["("]}}, "match": [{"clause": ["a"]}]}, "cues.a.patterns[0]"),
    ({"cues": {"a": {"fi": ["x"]}}, "match": [{"clause": ["a"], "unless": {"sentence": ["c"]}}]}, "match[0].unless"),
])
def test_config_errors(params: dict, field: str) -> None:
    with pytest.raises(CheckConfigError) as err:
        CuesCheck({"kind": "cues", **params}, InlinePack(Path(".")))
    assert err.value.field == field


def test_registered() -> None:
    assert KINDS["cues"] is CuesCheck


def test_equal_cue_lists_are_one_list_and_lazy_patterns_stay_uncompiled(tmp_path: Path) -> None:
    """Two rules that name the same list share one CueList (one search per post); keying them must not compile
    a built-in pack's lazy patterns."""
    from pelisaannot.checks.base import LazyPattern
    from pelisaannot.checks.cues import cue_list

    lazy = PackContext(tmp_path, verify=False)
    params = {"kind": "cues", "cues": {"merkinta": {"patterns": [r"\bSALAINEN\b"], "words": ["salainen"]}},
              "match": [{"clause": ["merkinta"]}]}
    first, second = CuesCheck(params, lazy), CuesCheck(params, lazy)
    assert first.lists["merkinta"] is second.lists["merkinta"]
    pattern = first.lists["merkinta"].patterns[0]
    assert isinstance(pattern, LazyPattern) and pattern._compiled is None
    assert cue_list({"fi": [parse_cue("muu")]}) is not first.lists["merkinta"]
    assert [m.start for m in second.run(Document("Tämä on SALAINEN muistio."))] == [8]


def test_a_list_loaded_after_a_document_was_read_still_counts() -> None:
    """The per-post look-up of which lists may occur is redone when a list joins later (a second policy loaded
    while a document lives): the new list is not skipped."""
    doc = Document("Tämä on ihan tavallinen lause sipulikeitosta.")
    first = CuesCheck({"kind": "cues", "cues": {"a": {"words": ["tavallinen"]}}, "match": [{"clause": ["a"]}]},
                      InlinePack(Path(".")))
    assert [m.start for m in first.run(doc)] == [13]
    later = CuesCheck({"kind": "cues", "cues": {"b": {"words": ["sipulikeitto"]}, "c": {"words": ["sipuli*"]}},
                       "match": [{"clause": ["b"]}, {"clause": ["c"]}]}, InlinePack(Path(".")))
    assert [m.start for m in later.run(doc)] == [30]


def test_builtin_cue_patterns_are_gated_without_losing_their_examples(kela) -> None:  # type: ignore[no-untyped-def]
    """Every pattern of a built-in cue list has a literal prefilter (a post without its words is not searched),
    and no rule example that a pattern matches is skipped by it."""
    from pelisaannot.folding import fold

    checked = 0
    for rule in kela.rules:
        if rule.kind != "cues":
            continue
        texts = [e.text for e in (*rule.bad, *rule.good)]
        for cues in rule.check.lists.values():
            for pattern, prefilter in zip(cues.patterns, cues._prefilters, strict=True):
                assert prefilter.sets, f"{rule.id}: no literal found in {pattern.pattern[:60]}"
                for text in texts:
                    for variant in (text, text.upper(), text.swapcase()):
                        if pattern.search(variant):
                            checked += 1
                            assert prefilter.may_match(fold(variant)), (rule.id, pattern.pattern, variant)
    assert checked > 10


def test_a_pickled_check_registers_its_lists_again(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Unpickled in a process whose registry never saw its lists (simulated by a fresh registry and interning
    table), a cues check finds what it found before: its lists register again and no serial number is carried
    over."""
    import pickle
    import weakref

    from pelisaannot.checks import cues

    texts = ["Tuloksia ei ole vielä julkaistu, mutta ne ovat hyviä.", "Budjettiluonnoksessa leikataan.",
             "Rapporten är inte publicerad än.", "Sisäinen raportti on julkinen."]
    before = [[(m.start, m.end) for m in CHECK.run(Document(t))] for t in texts]
    data = pickle.dumps(CHECK)
    monkeypatch.setattr(cues, "_REGISTRY", cues._Registry())
    monkeypatch.setattr(cues, "_INTERNED", weakref.WeakValueDictionary())
    monkeypatch.setattr(cues, "_SCAN_MEMO", WordMemo())  # remembers serials: the fresh registry's are its own
    again = pickle.loads(data)
    assert "_needed_serials" not in again.__dict__
    assert [[(m.start, m.end) for m in again.run(Document(t))] for t in texts] == before


@pytest.mark.parametrize(("text", "expected"), [
    # a hashtag among the words of a sentence is read as the word it is (base form, compound part)
    ("#Sisäinen #muistio kertoo kaiken.", ["#Sisäinen #muistio"]),
    ("Tässä meidän #budjettiluonnos tiedoksi.", ["#budjettiluonnos"]),
    # a tag of another word, and a line of tags alone (a fence, not a sentence), are not read
    ("Kiva päivä töissä #sisäilma #muistiinpanot", []),
    ("Tästä se alkaa.\n#sisäinen #muistio", []),
])
def test_hashtags_in_a_sentence_are_its_words(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_sentence_hashtags_are_read_once_per_document() -> None:
    from pelisaannot.checks.context import sentence_hashtags

    doc = Document("Kuulemma meiän #yksikkö #lakkautetaan, #hyvääviikonloppua kaikille")
    tags = sentence_hashtags(doc)
    assert [doc.text[t.start:t.end] for t in tags] == ["#yksikkö", "#lakkautetaan", "#hyvääviikonloppua"]
    assert "yksikkö" in tags[0].lemmas and "lakkauttaa" in tags[1].lemmas
    assert sentence_hashtags(doc) is tags


def test_a_cue_only_a_sentence_hashtag_holds_passes_the_word_gate() -> None:
    # lists of base forms only (no prefix or suffix cue lets every post through `_words_may_occur`): the words are
    # in the post only as hashtags, which are no tokens
    params = {"kind": "cues", "cues": {"muutos": {"fi": ["lakkauttaa"]}, "yksikko": {"fi": ["yksikkö"]}},
              "match": [{"sentence": ["muutos", "yksikko"], "what": "muutos"}]}
    check = CuesCheck(params, InlinePack(Path(".")))
    doc = Document("Kuulemma meidän #yksikkö #lakkautetaan syksyllä.")
    assert [doc.text[m.start:m.end] for m in check.run(doc)] == ["#yksikkö #lakkautetaan"]


def test_a_spoken_word_meets_the_form_cue_of_its_standard_form() -> None:
    """`=kenellekään` names a written form; spoken Finnish drops its final n (`kenellekää`) and still means it."""
    params = {"kind": "cues",
              "cues": {"ala": {"fi": ["älä kerro*", "älkää kerto*"]}, "kukaan": {"fi": ["=kenellekään"]}},
              "match": [{"clause": ["ala", "kukaan"], "what": "hys"}]}
    check = CuesCheck(params, InlinePack(Path(".")))
    assert len(list(check.run(Document("Älkää kertoko kenellekää, mut tiimi lopetetaan.")))) == 1
    assert list(check.run(Document("Älkää kertoko kenestäkään, mut tiimi lopetetaan."))) == []


def test_a_pattern_list_is_searched_in_the_standard_spelling_of_a_spoken_post() -> None:
    """A list of patterns only, written in standard spelling, still holds in a spoken draft (`kukaa ei tiiä`)."""
    params = {"kind": "cues", "cues": {"eitieda": {"patterns": [r"(?i)\bkukaan\s+ei\s+tiedä\b"]}},
              "match": [{"sentence": ["eitieda"], "what": "ei tiedä"}]}
    check = CuesCheck(params, InlinePack(Path(".")))
    assert len(list(check.run(Document("Tiimit yhdistetään, kukaa ei tiiä viel")))) == 1


def test_the_prefix_and_suffix_buckets_find_what_every_length_would() -> None:
    """`_Registry.scanned` looks a word up by its first (last) letters; the lists found are those a slice of the word
    at every prefix and suffix length finds, down to a prefix as short as nothing (`*` alone)."""
    from pelisaannot.checks import cues

    registry = cues._Registry()
    slots = [Slot("prefix", "publicer"), Slot("prefix", "pub"), Slot("prefix", "utkast"), Slot("suffix", "vyn"),
             Slot("suffix", "koulutus"), Slot("suffix", "us"), Slot("lemma", "julkaista")]
    for serial, slot in enumerate(slots):
        registry.add(serial, [slot])

    def sliced(word: str) -> frozenset[int]:
        out = {s for k in registry.prefix_lengths if k <= len(word) for s in registry.by_prefix.get(word[:k], ())}
        out |= {s for k in registry.suffix_lengths if k <= len(word)
                for s in registry.by_suffix.get(word[len(word) - k:], ())}
        return frozenset(out)

    words = ["publicerade", "pub", "pu", "", "budgetutkastet", "handläggningsvyn", "tietoturvakoulutus", "us",
             "kurssi", "julkaista"]
    try:
        for word in words:
            cues._SCAN_MEMO.clear()
            assert registry.scanned(word) == sliced(word), word
        registry.add(len(slots), [Slot("prefix", "")])  # `*`: every word
        for word in words:
            cues._SCAN_MEMO.clear()
            assert registry.scanned(word) == sliced(word) and len(slots) in sliced(word), word
    finally:
        cues._SCAN_MEMO.clear()  # the module's memo: the real registry's answers only
        cues._SERIALS_MEMO.clear()
