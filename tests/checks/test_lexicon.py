"""`lexicon`: base words in every inflected and compound form, titles skipped, obfuscated forms restored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pelisaannot import Document
from pelisaannot.checks import PackContext
from pelisaannot.checks.lexicon import LexiconCheck

PACK = PackContext(Path(__file__).resolve().parents[2] / "rules" / "base")
SWEARS = {"kind": "lexicon", "words": ["vittu", "paska", "perkele", "saatana", "helvetti", "perse", "kusi"],
          "exclude": ["kuka", "paskahousu"], "stems": ["paska"], "work_nouns_files": ["lists/teosten-nimitykset.txt"]}


def spans(text: str, params: dict[str, Any] = SWEARS) -> list[tuple[str, str]]:
    check = LexiconCheck(params, PACK)
    doc = Document(text)
    return [(doc.text[m.start:m.end], m.values["lemma"]) for m in check.run(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    # inflected forms and compounds
    ("Perkeleen hidas järjestelmä.", [("Perkeleen", "perkele")]),
    ("Ihan hevonpaskaa koko juttu.", [("hevonpaskaa", "paska")]),
    ("Toimii paskamaisesti.", [("paskamaisesti", "paska")]),
    ("Tää uus lomake on ihan perseestä.", [("perseestä", "perse")]),
    # obfuscated forms
    ("Mikä v*ttu tässä kestää?", [("v*ttu", "vittu")]),
    ("Ihan p4ska päivä.", [("p4ska", "paska")]),
    ("Tää on v i t t u hidas.", [("v i t t u", "vittu")]),
    ("p.e.r.k.e.l.e taas", [("p.e.r.k.e.l.e", "perkele")]),
    ("Ihan paskaaaa.", [("paskaaaa", "paska")]),
    ("Perkeleeeen hidas.", [("Perkeleeeen", "perkele")]),
    ("Mikä vi**u tässä on?", [("vi**u", "vittu")]),
    ("s@atanan kiire", [("s@atanan", "saatana")]),
    # `!` for i between letters; after a word it ends a sentence
    ("Mikä v!ttu päivä.", [("v!ttu", "vittu")]),
    ("Kiitos!Tervetuloa kaikki.", []),
    # a star that hides a consonant among the first letters
    ("Ihan vi*un turha palaveri.", [("vi*un", "vittu")]),
    ("pe*keleen jono", [("pe*keleen", "perkele")]),
    # words that merely contain the letters
    ("Kusiaiset ja Perseus.", []),
    ("Söin munakasta.", []),
    ("Kustakin hakemuksesta tehdään päätös.", []),
    ("Pelasimme paskahousua koko illan.", []),
    ("Omakustanne ja kustanne jaetaan.", []),
    ("Ihan paskanen päivä.", [("paskanen", "paska")]),
    ("Covid19, H1N1 ja 2x4-lauta.", []),
    # titles and names
    ("Katsoin Jörn Donnerin dokumentin Perkele! Kuvia Suomesta.", []),
    ('Elokuva "Perkele" oli hyvä.', []),
    ("Helvetin portit -niminen näyttely avautui.", []),
    ("Luin Perkele-elokuvasta arvion.", []),
    ("Perkele! Kuvia Suomesta on Jörn Donnerin dokumentti.", []),
    ("Saatanan säkeet on Rushdien romaani.", []),
    ("Helvetin enkelit -moottoripyöräkerho oli uutisissa.", []),
    ("Vitun hyvä kirja!", [("Vitun", "vittu")]),
    ("Perkeleen huono elokuva.", [("Perkeleen", "perkele")]),
    # an e-mail address or URL is not a word of the post
    ("Kirjoita osoitteeseen v1ttu@example.com", []),
])
def test_swear_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_short_word_with_two_stars_is_compared_with_the_list() -> None:
    params = {"kind": "lexicon", "words": ["fuck", "shit"]}
    assert spans("F**k this printer, s**t happens.", params) == [("F**k", "fuck"), ("s**t", "shit")]
    assert spans("Mo**a ja a**e.", params) == []


def test_unknown_listed_word_gets_a_stem() -> None:
    params = {"kind": "lexicon", "words": ["hinttari", "luuseri", "urpo"]}
    assert spans("Noille hinttareille ja luusereille.", params) == [
        ("hinttareille", "hinttari"), ("luusereille", "luuseri")]


def test_an_unknown_listed_word_needs_an_ending_after_its_stem() -> None:
    """With `stem_endings_files`, a word that only begins like an unknown listed one is another word."""
    params = {"kind": "lexicon", "words": ["shit", "mongo", "luuseri"],
              "stem_endings_files": ["lists/lainasanojen-paatteet.txt"]}
    assert spans("Kokkasin risottoa #shitake, kanta on #mongodb", params) == []
    assert spans("shits and shitting, #shitday, luusereita ja luusereit", params) == [
        ("shits", "shit"), ("shitting", "shit"), ("luusereita", "luuseri"), ("luusereit", "luuseri"),
        ("#shitday", "shit")]


def test_a_word_cut_off_by_an_ellipsis() -> None:
    """`cut_off`: an unknown word before `...` that begins a listed word; a known word cut off stays clean."""
    params = {**SWEARS, "cut_off": True}
    assert spans("Mikä helv... maanantai. Voi perk… taas.", params) == [
        ("helv...", "helvetti"), ("perk...", "perkele")]  # (the document reads … as ...)
    assert spans("Saat... no, kokous venyi.", params) == []
    assert spans("Mikä helv... maanantai.", SWEARS) == []


def test_name_that_is_also_an_insult() -> None:
    params = {"kind": "lexicon", "words": ["urpo"]}
    assert spans("Pomo on ihan urpo.", params) == [("urpo", "urpo")]
    assert spans("Urpo Kekkonen aloitti tänään.", params) == []


def test_suggestion_from_list_file(tmp_path: Path) -> None:
    (tmp_path / "words.txt").write_text("# comment\npaska | huono\nvittu\n", encoding="utf-8")
    check = LexiconCheck({"kind": "lexicon", "files": ["words.txt"]}, PackContext(tmp_path))
    doc = Document("Paska päivä, vittu.")
    matches = list(check.run(doc))
    assert [(m.suggestion, m.values["hint"]) for m in matches] == [("huono", " Ehdotus: huono."), (None, "")]


def test_exclude_files_and_unless_near() -> None:
    params = {**SWEARS, "exclude_files": ["lists/haukkumasanat.txt"], "unless_near": ["raamattu", "jeesus"]}
    assert spans("Joku kusipää ja paskaesimies.", params) == [("paskaesimies", "paska")]
    assert spans("Raamatussa saatana kiusaa Jeesusta.", params) == []
    assert spans("Saatanan kiire. Luin Raamattua.", params) == [("Saatanan", "saatana")]


def test_obfuscation_can_be_switched_off() -> None:
    assert spans("v*ttu", {**SWEARS, "obfuscated": False}) == []


# Frame files (uhkaukset, halveksunta) are tested in test_frames.py.
@pytest.mark.parametrize("path", sorted(p for p in (PACK.directory / "lists").glob("*.txt")
                                         if not p.name.startswith(("uhkaukset", "halveksunta"))))
def test_shipped_lists_are_documented_base_words(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#"), "each list starts with a header saying where its words came from"
    words = [w.split("|")[0].strip() for w in PACK.read_list(f"lists/{path.name}", "files")]
    assert words and all(w == w.lower() for w in words)
    assert len(words) == len(set(words)), "no duplicates"
    ordinary = {"muna", "naida", "panna", "pano", "pistää", "reikä", "tavara", "jätkä", "hidas", "imeä", "narttu"}
    assert not ordinary & set(words)


HEADS = {**SWEARS, "name_heads_files": ["lists/paikannimien-loppuosat.txt"]}


@pytest.mark.parametrize(("text", "expected"), [
    # hashtags: a compound, CamelCase pieces, a listed word glued to a known one, any case
    ("Ei toimi taas. #paskahomma", [("#paskahomma", "paska")]),
    ("#VitunMaanantai taas", [("#VitunMaanantai", "vittu")]),
    ("#PERKELE", [("#PERKELE", "perkele")]),
    ("#vitunkela", [("#vitunkela", "vittu")]),
    ("#maanantai #kahvi #kustannukset", []),
    # a lower-case phrase written as one tag, ending in the listed word after one or two known words
    ("Taas jumissa #ihanperseestä", [("#ihanperseestä", "perse")]),
    ("Uusi ohje #tosipaskaa", [("#tosipaskaa", "paska")]),
    ("Uusi tiimi #ihanparas #kahvikuppi #ostatyötäsuomeen", []),
    # place names: a capitalised compound or a hashtag with the head of a place name
    ("Helvetinjärvi on kaunis kansallispuisto.", []),
    ("Retki #helvetinjärvi", []),
    ("Helvetin kuuma päivä.", [("Helvetin", "helvetti")]),
    # dropped letters and other masks
    ("Vttu mikä päivä.", [("Vttu", "vittu")]),
    ("Mikä vtun päivä.", [("vtun", "vittu")]),
    ("Ihan p.s.k.a juttu.", [("p.s.k.a", "paska")]),
    ("v-ttu taas.", [("v-ttu", "vittu")]),
    ("Passkainen päivä.", [("Passkainen", "paska")]),
    ("Mitä helv*ett*ä taas?", [("helv*ett*ä", "helvetti")]),
    ("Joutuu helv4ettiin.", [("helv4ettiin", "helvetti")]),
    ("Mikä v..tun päivä.", [("v..tun", "vittu")]),
    # spoken Finnish drops vowels too; that is not masking, and neither are dots between words
    ("Tolla se on, tos noin.", []),
    ("Odota..ja katso. Tulla tänne.", []),
])
def test_hashtags_names_and_masks(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, HEADS) == expected


def test_a_named_word_is_a_mention() -> None:
    params = {**SWEARS, "mentioned_after": ["sana", "word"]}
    assert spans("Sana perkele on vanha.", params) == []
    assert spans("Perkele, sanoin.", params) == [("Perkele", "perkele")]


def test_language_words_count_only_in_their_language(tmp_path: Path) -> None:
    (tmp_path / "sv.txt").write_text("# sv\nfan\nskit\n", encoding="utf-8")
    check = LexiconCheck({"kind": "lexicon", "words": ["jävla"], "language_files": {"sv": ["sv.txt"]}},
                         PackContext(tmp_path))
    doc = Document("Fy fan, ledningen har bestämt att kontoret stängs i höst.")
    assert [doc.text[m.start:m.end] for m in check.run(doc)] == ["fan"]
    assert list(check.run(Document("I am a big fan of this new service, honestly."))) == []


def test_swedish_and_english_base_forms() -> None:
    params = {"kind": "lexicon", "words": ["idiot", "clown"]}
    assert spans("Alla chefer här är idioter, tyvärr.", params) == [("idioter", "idiot")]


def test_a_doubled_consonant_is_a_mask_only_before_another_consonant() -> None:
    params = {"kind": "lexicon", "words": ["tunari", "paska"]}
    assert spans("Tunnari ja salasana.", params) == []
    assert spans("Passkainen päivä.", params) == [("Passkainen", "paska")]


def test_a_rule_loaded_after_a_document_was_read_finds_its_words() -> None:
    """A document's word index holds only listed words: a rule loaded later (with new words) has it rebuilt."""
    doc = Document("Kirjoitin tänään pitkän raportin porkkanakakusta.")
    assert [m.values["lemma"] for m in LexiconCheck({"kind": "lexicon", "words": ["raportti"]}, PACK).run(doc)] == [
        "raportti"]
    later = LexiconCheck({"kind": "lexicon", "words": ["porkkanakakku"]}, PACK)
    assert [m.values["lemma"] for m in later.run(doc)] == ["porkkanakakku"]
