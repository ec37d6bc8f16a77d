"""The library API other tools import."""

from __future__ import annotations

from pathlib import Path

import pelisaannot
from pelisaannot import Finding, Linter


def test_linter_from_builtin_pack_and_from_path() -> None:
    text = "Asiakkaani Matti (131052-308T) soitti."
    by_name = Linter.from_policy("kela").check(text, platform="linkedin")
    by_path = Linter.from_policy(Path(__file__).parent.parent / "rules" / "kela").check(text)
    # FI-CD-007 (issue 3) also reports the customer's name "Matti".
    assert [f.rule for f in by_name] == [f.rule for f in by_path] == ["FI-CD-007", "FI-CD-001"]
    finding: Finding = by_name[1]
    assert (finding.category, finding.severity, finding.start, finding.end) == ("customer-data", "error", 18, 29)
    assert text[finding.start:finding.end] == finding.text == "131052-308T"
    assert finding.link.endswith("#vaitiolovelvollisuus") and "131052-308T" in finding.message


def test_findings_are_immutable_and_ordered(linter: Linter) -> None:
    findings = linter.check("Perkele! Esimies on idiootti. #a #b #c #d #e")
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    try:
        findings[0].rule = "X"  # type: ignore[misc]
    except AttributeError:
        pass
    else:
        raise AssertionError("Finding must be frozen")


def test_select_and_ignore_by_category_or_prefix(kela: pelisaannot.Policy) -> None:
    text = "Perkele, hetu 131052-308T"
    assert {f.category for f in Linter(kela, select=("tone",)).check(text)} == {"tone"}
    assert {f.category for f in Linter(kela, ignore=("FI-TO",)).check(text)} == {"customer-data"}


def test_convenience_check() -> None:
    assert [f.rule for f in pelisaannot.check("hetu 131052-308T")] == ["FI-CD-001"]


def test_overlapping_matches_of_one_rule_are_one_finding(linter: Linter) -> None:
    text = "Kopioin tähän Hesarin jutun kokonaan, koska se on maksumuurin takana: ..."
    findings = [f for f in linter.check(text) if f.rule == "FI-CR-006"]
    assert [f.text for f in findings] == ["Kopioin tähän Hesarin jutun"]
