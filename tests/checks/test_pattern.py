"""`pattern`: Unicode-aware regexes, context words on lemmas, skipped layers, a time limit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pelisaannot import Document
from pelisaannot.checks import CheckConfigError, PackContext
from pelisaannot.checks.pattern import PatternCheck

PACK = PackContext(Path("."))


def spans(params: dict[str, Any], text: str) -> list[str]:
    check = PatternCheck({"kind": "pattern", **params}, PACK)
    doc = Document(text)
    return [doc.text[m.start:m.end] for m in check.run(doc)]


@pytest.mark.parametrize(("params", "text", "expected"), [
    ({"patterns": [r"\bsalassa\s+pidettävä\w*"]}, "SALASSA PIDETTÄVÄÄ tietoa", ["SALASSA PIDETTÄVÄÄ"]),
    ({"patterns": [r"\bSALAINEN\b"], "ignore_case": False}, "Salainen resepti ja SALAINEN muistio", ["SALAINEN"]),
    ({"patterns": [r"\p{Lu}{3,}"], "ignore_case": False}, "ÄÄLIÖ ja äöå", ["ÄÄLIÖ"]),
    ({"patterns": [r"(?P<num>\d{3})-\d"], "group": "num"}, "nro 123-4", ["123"]),
    # matches inside URLs and e-mail addresses are skipped by default
    ({"patterns": ["kela"]}, "https://kela.fi ja kela@kela.fi ja Kela", ["Kela"]),
    ({"patterns": ["kela"], "skip_inside": []}, "https://kela.fi", ["kela"]),
])
def test_pattern_spans(params: dict[str, Any], text: str, expected: list[str]) -> None:
    assert spans(params, text) == expected


def test_context_words_match_any_inflected_form() -> None:
    params = {"patterns": [r"\bsoitti\b"], "context": {"require": ["asiakas"], "window": 4}}
    assert spans(params, "Asiakkaani soitti taas.") == ["soitti"]
    assert spans(params, "Asiakkaalta tuli viesti. Äiti soitti.") == []  # other sentence
    forbid = {"patterns": [r"©"], "context": {"forbid": ["lähde"]}}
    assert spans(forbid, "© Yle, lähteenä artikkeli") == []
    assert spans(forbid, "© Yle 2024") == ["©"]


@pytest.mark.parametrize(("params", "field"), [
    ({"patterns": ["(a"]}, "patterns[0]"),
    ({"patterns": ["(?P<x>a)"], "group": "y"}, "patterns[0]"),
    ({"patterns": ["(a)"], "group": 3}, "group"),
])
def test_bad_parameters_name_the_field(params: dict[str, Any], field: str) -> None:
    with pytest.raises(CheckConfigError) as info:
        PatternCheck({"kind": "pattern", **params}, PACK)
    assert info.value.field == field


def test_time_limit_stops_a_catastrophic_pattern() -> None:
    # Long enough that the search cannot end within the limit on any machine (3,000 words took ~19 ms, a flaky
    # margin): the time limit stops it, and the post is reported as unchecked, never passed in silence.
    text = "sana " * 30000 + "!"
    assert spans({"patterns": [r"^(\w+\s?)*\d$"], "timeout_ms": 20}, text) == [text]
