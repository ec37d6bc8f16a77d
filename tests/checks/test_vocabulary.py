"""The customer-data checks read their words from the pack (`check.vocabulary`), not from Python."""

from __future__ import annotations

from pathlib import Path

import pytest

from pelisaannot.checks.base import CheckConfigError, PackContext
from pelisaannot.checks.context import DEFAULT_VOCABULARY, vocabulary
from pelisaannot.checks.customer_story import CustomerStoryCheck
from pelisaannot.document import Document
from pelisaannot.policy import builtin_packs_dir

FOLDER = builtin_packs_dir() / "base" / DEFAULT_VOCABULARY


def test_every_list_says_what_it_is_and_where_it_came_from() -> None:
    for path in sorted(FOLDER.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        header = [line for line in lines[:4] if line.startswith("#")]
        assert len(header) >= 2, f"{path.name}: a provenance header of at least two comment lines"


def test_topics_are_the_union_of_their_languages() -> None:
    vocab = vocabulary({}, PackContext(Path(".")))
    assert {"asiakas", "kund", "customer"} <= vocab["customer"]          # customer.fi.txt + customer.sv-en.txt
    assert {"sairausloma", "sjukskriven", "sick leave"} <= vocab["health"]


def test_an_organisation_brings_its_own_vocabulary(tmp_path: Path) -> None:
    folder = tmp_path / "sanasto"
    folder.mkdir()
    (folder / "customer.fi.txt").write_text("# own\n# test\nkuntalainen\n", encoding="utf-8")
    (folder / "health.fi.txt").write_text("# own\n# test\nvesirokko\n", encoding="utf-8")
    check = CustomerStoryCheck({"kind": "customer_story", "vocabulary": "sanasto"}, PackContext(tmp_path))
    doc = Document("Eräs kuntalainen kertoi eilen vesirokostaan.")
    assert [m.values["details"] for m in check.run(doc)] == ["terveystieto (vesirokostaan)"]


def test_a_missing_folder_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(CheckConfigError) as err:
        CustomerStoryCheck({"kind": "customer_story", "vocabulary": "puuttuu"}, PackContext(tmp_path))
    assert err.value.field == "vocabulary"
