"""`sarcasm`: praise in scare quotes, or praise with an irony marker, aimed at a target."""

from __future__ import annotations

from pathlib import Path

import pytest

from pelisaannot import Document
from pelisaannot.checks import CheckConfigError, PackContext
from pelisaannot.checks.sarcasm import SarcasmCheck

KELA = PackContext(Path(__file__).resolve().parents[2] / "rules" / "kela", {"organisation_names": ["Kela"]})
PARAMS = {
    "kind": "sarcasm",
    "target_files": ["lists/kohteet.txt", "lists/kohteet.sv.txt", "lists/kohteet.en.txt"],
    "praise_files": ["lists/kehut.txt", "lists/kehut.sv.txt", "lists/kehut.en.txt"],
    "quotable_files": ["lists/lainattavat.txt"],
    "saying_files": ["lists/sanomisverbit.txt"],
    "strong_marker_files": ["lists/ironiamerkit.txt"],
    "weak_marker_files": ["lists/ironiamerkit-heikot.txt"],
    "complaint_files": ["lists/valitukset.txt", "lists/valitukset.en.txt"],
}
CHECK = SarcasmCheck(PARAMS, KELA)


def spans(text: str) -> list[tuple[str, str]]:
    doc = Document(text)
    return [(doc.text[m.start:m.end], m.values["reason"]) for m in CHECK.run(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    # scare quotes: a praise or role word, in lower case, near a target
    ("Tiimin 'asiantuntija' neuvoi taas väärin.", [("'asiantuntija'", "lainausmerkeissä oleva kehu")]),
    ("Esimies antoi ”kiireellisen” tehtävän perjantaina.", [("”kiireellisen”", "lainausmerkeissä oleva kehu")]),
    ("Asiakas kiitti ”nopeasta” avusta.", []),
    ('Esimieheni voitti "Vuoden johtaja" -palkinnon.', []),
    ("Sää oli 'ihana' koko viikon.", []),
    # a scare quote opening its sentence is capitalised; inside a sentence a capital opens a quotation or a title
    ('"Upea" uudistus taas johdolta.', [('"Upea"', "lainausmerkeissä oleva kehu")]),
    ('Johtaja sanoi "Upeaa työtä" koko tiimille.', []),
    # ironic praise: a strong marker, or a weak one in a post that complains
    ("Kela on loistava työpaikka, ihan varmasti.", [("loistava työpaikka, ihan varmasti",
                                                    "ivallinen kehu")]),
    ("Järjestelmä kaatui. Kiitos taas johto 👏", [("Kiitos taas", "ivallinen kehu")]),
    ("Kiitos taas Kela, nopeaa palvelua! 👏", []),
    ("Upea päivä, kiitos kaikille osallistujille!", []),
    ("Management has a brilliant plan. Yeah right.", [("brilliant plan. Yeah right", "ivallinen kehu")]),
])
def test_sarcasm(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_a_bad_marker_pattern_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "m.txt").write_text("# markers\nre:(\n", encoding="utf-8")
    with pytest.raises(CheckConfigError):
        SarcasmCheck({**PARAMS, "strong_marker_files": [str(tmp_path / "m.txt")]}, KELA)


SYSTEM_FILES = {"system_target_files": ["lists/kohteet-jarjestelmat.txt"],
                "failure_files": ["lists/jarjestelmavika.txt"], "sincere_files": ["lists/avuliaat-teot.txt"]}
SYSTEMS = SarcasmCheck({**PARAMS, **SYSTEM_FILES}, KELA)


@pytest.mark.parametrize(("text", "found"), [
    # praise of the employer's system in scare quotes, with a complaint around it
    ('Kiitos "mahtavasta" päivityksestä, mikään ei enää toimi.', True),
    ('The "improved" tool crashed twice today.', True),
    # a quoted label beside a system, with no complaint; a system praised without quotes for what it fixed
    ('Järjestelmässä on "huoltotila" päällä tänään.', False),
    ("Upea uusi sovellus, ei enää jonoja 👏", False),
    # without quotes the system must fail around the praise, and thanks after a fix is sincere
    ("Mahtava päivitys taas, koko sovellus jumissa 🙃", True),
    ("Järjestelmä kaatui aamulla, mutta tuki korjasi sen. Kiitos! 👏", False),
])
def test_sarcasm_at_the_employers_systems(text: str, found: bool) -> None:
    assert bool(list(SYSTEMS.run(Document(text)))) is found


APPLAUSE = SarcasmCheck({**PARAMS, **SYSTEM_FILES, "applause_files": ["lists/taputus.txt"],
                         "repeat_files": ["lists/toisto.txt"], "resolved_files": ["lists/korjattu.txt"]}, KELA)


@pytest.mark.parametrize(("text", "found"), [
    ("Järjestelmä jumittaa jälleen koko iltapäivän 👏👏", True),
    ("The system crashed again 👏", True),
    # once only, over, or fixed: applause greets the fix
    ("Järjestelmä kaatui aamulla 👏", False),
    ("Katko on ohi ja järjestelmä toimii taas 👏", False),
    ("Järjestelmä kaatui taas, mutta tuki korjasi sen tunnissa 👏", False),
])
def test_applause_under_a_repeated_failure(text: str, found: bool) -> None:
    assert bool(list(APPLAUSE.run(Document(text)))) is found
