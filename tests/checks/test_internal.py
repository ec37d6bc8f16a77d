"""`internal`: intranet and system names, internal hosts, mail domains and document numbers from settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from pelisaannot import Document
from pelisaannot.checks import CheckConfigError, PackContext
from pelisaannot.checks.internal import InternalCheck

SETTINGS = {
    "intranet_names": ["Sinetti"], "internal_systems": ["Kelmu"], "internal_hosts": ["sinetti.kela.fi", "*.kela.local"],
    "internal_mail_domains": ["ad.kela.fi"], "internal_document_patterns": [r"\bKELA-SIS-\d{3,}\b"],
}
CHECK = InternalCheck({"kind": "internal"}, PackContext(Path("."), SETTINGS))


def spans(text: str) -> list[tuple[str, str]]:
    doc = Document(text)
    return [(doc.text[m.start:m.end], m.values["what"]) for m in CHECK.run(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ohje löytyy Sinetistä.", [("Sinetistä", "intranetin nimi")]),
    ("Kelmussa oli katko.", [("Kelmussa", "sisäisen järjestelmän nimi")]),
    ("Katso https://sinetti.kela.fi/ohjeet", [("sinetti.kela.fi", "sisäinen verkko-osoite")]),
    ("Palvelin intra.kela.local ei vastaa.", [("intra.kela.local", "sisäinen verkko-osoite")]),
    ("Kirjoita matti@ad.kela.fi", [("matti@ad.kela.fi", "sisäinen sähköpostiosoite")]),
    ("Ohje KELA-SIS-2041 kertoo.", [("KELA-SIS-2041", "sisäinen asiakirjanumero")]),
    # the common noun, a compound, public addresses
    ("Notaari vahvisti asiakirjan sinetillä.", []),
    ("Kelan laatusinetti myönnettiin.", []),
    ("Lue lisää https://www.kela.fi/opintotuki tai kirjoita viestinta@kela.fi", []),
])
def test_internal(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_bad_document_pattern_names_the_field() -> None:
    with pytest.raises(CheckConfigError) as err:
        InternalCheck({"kind": "internal", "internal_document_patterns": ["("]}, PackContext(Path(".")))
    assert err.value.field == "internal_document_patterns[0]"


def test_a_name_that_means_something_else_in_its_sentence() -> None:
    check = InternalCheck({"kind": "internal", "unless_near": ["kissa", "nimetä"]}, PackContext(Path("."), SETTINGS))
    found = [Document(t) for t in ("Kissamme nimi on Sinetti.", "Nimesimme koiran Sinetiksi.",
                                   "Kissa istui. Ohje löytyy Sinetistä.")]
    assert [[d.text[m.start:m.end] for m in check.run(d)] for d in found] == [[], [], ["Sinetistä"]]


def test_unless_near_files_are_read_from_the_pack(tmp_path: Path) -> None:
    (tmp_path / "muut.txt").write_text("# excuses\nnorppa\n", encoding="utf-8")
    check = InternalCheck({"kind": "internal", "unless_near_files": ["muut.txt"]}, PackContext(tmp_path, SETTINGS))
    assert list(check.run(Document("Norppa sai nimen Sinetti."))) == []


def test_a_common_word_name_in_lower_case_counts_beside_work_with_the_system(tmp_path: Path) -> None:
    (tmp_path / "tyo.txt").write_text("# work words\nkatko\nohje\n", encoding="utf-8")
    check = InternalCheck({"kind": "internal", "lowercase_near_files": ["tyo.txt"]}, PackContext(tmp_path, SETTINGS))
    found = [Document(t) for t in ("kelmussa oli taas katko.", "Uusi ohje on sinetissä.",
                                   "Laita leipä kelmuun.", "Kirjeessä oli sinetti.")]
    assert [[d.text[m.start:m.end] for m in check.run(d)] for d in found] == [["kelmussa"], ["sinetissä"], [], []]
    # without the setting, lower case stays the common word
    assert list(CHECK.run(Document("kelmussa oli taas katko."))) == []
