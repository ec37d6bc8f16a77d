"""`frames`: ordered cue words in one sentence, a few words apart, cancelled by a negation."""

from __future__ import annotations

from pathlib import Path

import pytest

from pelisaannot import Document
from pelisaannot.checks import CheckConfigError, PackContext
from pelisaannot.checks.frames import FramesCheck, parse_frame

BASE = Path(__file__).resolve().parents[2] / "rules" / "base"
THREATS = FramesCheck({"kind": "frames",
                       "files": ["lists/uhkaukset.txt", "lists/uhkaukset.sv.txt", "lists/uhkaukset.en.txt"],
                       "negation_files": {"fi": ["lists/kieltosanat.txt"], "sv": ["lists/kieltosanat.sv.txt"],
                                          "en": ["lists/kieltosanat.en.txt"]}}, PackContext(BASE))


def spans(text: str, check: FramesCheck = THREATS) -> list[str]:
    doc = Document(text)
    return [doc.text[m.start:m.end] for m in check.run(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tiedän kyllä missä asut.", ["Tiedän kyllä missä asut"]),
    ("Tiedän hyvin, miltä sun auto näyttää.", ["Tiedän hyvin, miltä sun auto"]),
    ("Selvitän vielä kuka sä oot.", ["Selvitän vielä kuka sä"]),
    ("Tästä vielä kostetaan.", ["Tästä vielä kostetaan"]),
    ("Saat vielä katua tätä.", ["Saat vielä katua"]),
    ("Varo selustaasi.", ["Varo selustaasi"]),
    ("I know where your kids go to school.", ["know where your kids"]),
    ("We'll have a talk he won't forget.", ["talk he won't forget"]),
    ("Ni kommer att ångra det här.", ["Ni kommer att ångra"]),
    # ordinary talk with the same words
    ("En tiedä missä asut.", []),
    ("Tiedän missä Kelan toimisto on.", []),
    ("Tiedän, mikä auto sopii perheelle.", []),
    ("You won't regret this course.", []),
    ("Kosteus nousi kellarissa.", []),
    ("A day you won't forget!", []),
])
def test_threat_frames(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_alternatives_prefixes_and_lemmas() -> None:
    frame = parse_frame("a|b* + =kostaa")
    assert [[(x.text, x.prefix, x.lemma) for x in e] for e in frame] == [
        [("a", False, False), ("b", True, False)], [("kostaa", False, True)]]
    check = FramesCheck({"kind": "frames", "frames": ["tästä + =kostaa"]}, PackContext(BASE))
    assert spans("Tästä kostetaan.", check) == ["Tästä kostetaan"]


def test_window_limits_the_gap() -> None:
    check = FramesCheck({"kind": "frames", "frames": ["yksi + kaksi"], "window": 2}, PackContext(BASE))
    assert spans("yksi a kaksi", check) == ["yksi a kaksi"]
    assert spans("yksi a b c kaksi", check) == []


def test_empty_alternative_is_a_config_error() -> None:
    with pytest.raises(CheckConfigError):
        FramesCheck({"kind": "frames", "frames": ["a| + b"]}, PackContext(BASE))


CONTEMPT = FramesCheck({"kind": "frames", "files": ["lists/halveksunta.txt", "lists/halveksunta.sv.txt",
                                                    "lists/halveksunta.en.txt"]}, PackContext(BASE))


@pytest.mark.parametrize(("text", "expected"), [
    ("Ei oo kyllä terävin kynä penaalissa.", ["terävin kynä penaalissa"]),
    ("Johto on tyhmä ku saapas.", ["tyhmä ku saapas"]),
    ("Kuka tällaisia oikein palkkaa?", ["Kuka tällaisia oikein palkkaa"]),
    ("Hon är inte den skarpaste kniven i lådan.", ["inte den skarpaste kniven"]),
    ("He's a few sandwiches short of a picnic.", ["few sandwiches short"]),
    # a spoken case ending: `kotelos` is kotelossa
    ("Se ei oo mikään terävin kynä kotelos.", ["terävin kynä kotelos"]),
    # the same words in ordinary talk
    ("Kuka palkkaa kesätyöntekijät?", []),
    ("Saappaat ja kynät ovat laatikossa.", []),
    ("Who hires the interns this year?", []),
])
def test_contempt_frames(text: str, expected: list[str]) -> None:
    assert spans(text, CONTEMPT) == expected


@pytest.mark.parametrize("name", ["uhkaukset", "halveksunta"])
def test_frame_lists_have_a_header_and_no_duplicates(name: str) -> None:
    for suffix in (".txt", ".sv.txt", ".en.txt"):
        path = BASE / "lists" / f"{name}{suffix}"
        assert path.read_text(encoding="utf-8").startswith("#")
        frames = PackContext(BASE).read_list(f"lists/{name}{suffix}", "files")
        assert len(frames) == len(set(frames))


def test_prefilter_reads_the_rarest_written_element_and_both_apostrophes() -> None:
    """A frame is tried only when one word of its most selective written element is in the text; a base-form
    element says nothing (an inflected word need not contain it), and ’ stands for ' in the text."""
    check = FramesCheck({"kind": "frames", "frames": [
        "nää|ne + pummi*|vinkuj*", "can't + =stand + lunch", "=kostaa + vielä"]}, PackContext(BASE))
    assert spans("Taas nää vinkujat soittaa.", check) == ["nää vinkujat"]
    assert spans("Nää kahvit on hyviä.", check) == []
    assert spans("I can’t stand lunch meetings.", check) == ["can’t stand lunch"]
    assert spans("Kostan vielä.", check) == ["Kostan vielä"]
