"""hidden_characters: hidden characters inside words and mixed-script look-alikes, not emoji or foreign words."""

from __future__ import annotations

from pathlib import Path

import pytest

from pelisaannot.checks import PackContext
from pelisaannot.checks.hidden_characters import HiddenCharactersCheck
from pelisaannot.document import Document

PACK = PackContext(Path("."))


def found(text: str, **params: object) -> list[str]:
    doc = Document(text)
    check = HiddenCharactersCheck({"kind": "hidden_characters", **params}, PACK)
    return [doc.original[slice(*doc.to_original_span(m.start, m.end))] for m in check.run(doc)]


@pytest.mark.parametrize("text", [
    "Perhe 👨\u200d👩\u200d👧 ja sydän ❤\ufe0f.",
    "Sanojen väliin \u200b jäänyt merkki.",
    "\ufeffTiedoston alussa oleva BOM ei ole sanassa.",
    "Спасибо ja Ευχαριστώ kaikille.",
    "Väli 9–16 ja reitti Helsinki–Turku.",
    "Kopioitu pitkä\u00adjänteinen työ.",
    "Стаханoв oli venäläinen.",
])
def test_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Ihan pas\u200bka juttu.", ["pas\u200bka"]),
    ("Ihan pas\u200b\u200dka ja per\u200ckele.", ["pas\u200b\u200dka", "per\u200ckele"]),
    ("Tunnus 1310\u200b52-308T.", ["1310\u200b52"]),
    ("Katso \u0440\u0430ska homma.", ["\u0440\u0430ska"]),
    ("Nimi \u202eanipsA\u202c tänään.", ["anipsA"]),
])
def test_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_lookalikes_can_be_left_to_other_rules() -> None:
    assert found("Katso \u0440\u0430ska homma.", lookalikes=False) == []
