"""Patterns and messages in a pack are data from whoever wrote it: a pathological pattern is refused at load,
a search that runs out of time is reported (never silence), and a message cannot format a value."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest
from tinypack import make_pack

from pelisaannot import Linter
from pelisaannot.checks import CheckConfigError, PackContext
from pelisaannot.checks.internal import InternalCheck
from pelisaannot.checks.pattern import PatternCheck
from pelisaannot.document import Document
from pelisaannot.errors import PolicyError
from pelisaannot.policy import load_policy

PACK = PackContext(Path("."))


@pytest.mark.parametrize("source", [r"(a|aa)+$", r"(x+x+)+y", r"(\d+|\d+\.)+$", r"(?:k|kk)+e"])
def test_pathological_pattern_is_refused_at_load(source: str) -> None:
    began = time.perf_counter()
    with pytest.raises(CheckConfigError, match="catastrophic backtracking"):
        PatternCheck({"kind": "pattern", "patterns": [source]}, PACK)
    assert time.perf_counter() - began < 20


@pytest.mark.parametrize("source", [r"\bKELA-SIS-\d{3,}\b", r"(?:paska|perse)\w*", r"\d{6}[-+A]\d{3}[0-9A-Y]",
                                    r"(?i)\bsalasana\s*[:=]\s*\S+"])
def test_ordinary_patterns_load(source: str) -> None:
    PatternCheck({"kind": "pattern", "patterns": [source]}, PACK)


def test_internal_document_pattern_is_probed_too() -> None:
    with pytest.raises(CheckConfigError, match="catastrophic backtracking"):
        InternalCheck({"kind": "internal"}, PackContext(Path("."), {"internal_document_patterns": [r"(a|aa)+$"]}))


class _Slow:
    """A compiled pattern whose every search runs out of time (as a pathological one would)."""

    pattern = "x"
    groupindex: dict[str, int] = {}  # noqa: RUF012
    groups = 0

    def finditer(self, text: str, timeout: float | None = None):
        assert timeout is not None, "every search must have a time limit"
        raise TimeoutError("regex timed out")


def _slow_check() -> PatternCheck:
    """A pattern check on `x` whose compiled pattern always runs out of time (patterns compile on first use), and
    so does its simple-folding twin, which searches a text without `ß` and its kind."""
    check = PatternCheck({"kind": "pattern", "patterns": ["x"]}, PACK)
    check._compiled = [_Slow()]  # type: ignore[list-item]
    check._twins = [_Slow()]  # type: ignore[list-item]
    return check


def test_a_pattern_that_times_out_is_reported() -> None:
    text = "Tämä julkaisu on pitkä: xyz."  # holds the pattern's literal, so the search runs
    [match] = list(_slow_check().run(Document(text)))
    assert (match.start, match.end) == (0, len(text)) and "pattern timed out" in match.message


def test_a_post_without_the_patterns_literal_is_not_searched() -> None:
    assert list(_slow_check().run(Document("Tämä julkaisu on pitkä."))) == []


def test_an_internal_pattern_that_times_out_is_reported() -> None:
    check = InternalCheck({"kind": "internal"}, PackContext(Path("."), {"internal_document_patterns": ["x"]}))
    check.documents = [_Slow()]
    [match] = list(check.run(Document("Hei")))
    assert "pattern timed out" in match.message


def test_timeout_finding_names_the_rule(kela) -> None:
    rule = next(r for r in kela.rules if r.kind == "pattern")
    linter = Linter(replace(kela, rules=(replace(rule, check=_slow_check(), platforms=None),)))
    [finding] = linter.check("Hei kaikki, xyz")
    assert finding.rule == rule.id and f"Sääntöä {rule.id} ei voitu tarkistaa" in finding.message


@pytest.mark.parametrize("message", ["{match:>300000000}", "{match!r}", "{match:^10}"])
def test_message_format_spec_is_refused(tmp_path: Path, message: str) -> None:
    pack = make_pack(tmp_path)
    path = pack / "T-TO-001.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('"Kirosana {match}."', repr(message)),
                    encoding="utf-8")
    with pytest.raises(PolicyError, match=r"message: paikkamerkissä \{match\} ei saa olla muotoilua"):
        load_policy(pack)
