"""Inline suppressions: Markdown comments for a line or a post, a field in rows, honest about reasons and use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pelisaannot.suppressions import parse_field, parse_text

SWEAR = "Asiakas kirjoitti: paska palvelu."
ONLY = ("--select", "FI-CD-001,FI-TO-001")  # rules other engineers add must not change these tables


def findings(invoke, *args: str) -> list[tuple[str, str, int]]:
    result = invoke("check", *ONLY, "--format", "json", *args)
    return [(f["path"], f["rule"], f["line"]) for f in json.loads(result.output)["findings"]]


@pytest.mark.parametrize(("text", "rules", "reason", "line"), [
    ("<!-- pelisaannot: ignore FI-TO-001 -- lainaus -->\nx", ("FI-TO-001",), "lainaus", 2),
    ("<!--pelisaannot:ignore FI-TO-001,FI-TO-002--syy-->\nx", ("FI-TO-001", "FI-TO-002"), "syy", 2),
    ("<!-- pelisaannot: ignore tone -->\n\n\nx", ("tone",), "", 4),  # the next non-blank line
    ("a\nteksti <!-- pelisaannot: ignore KELA-TO -- tässä rivillä -->", ("KELA-TO",), "tässä rivillä", 2),
    ("<!-- pelisaannot: ignore-file FI-HT-001 -- kampanja -->\nx", ("FI-HT-001",), "kampanja", None),
    ("<!-- pelisaannot: ignore -- kaikki säännöt -->\nx", (), "kaikki säännöt", 2),
    ("<!-- pelisaannot: ignore A -- monen\n rivin syy -->\nx", ("A",), "monen rivin syy", 3),
])
def test_parse_markdown_directives(text: str, rules: tuple[str, ...], reason: str, line: int | None) -> None:
    [s], checked = parse_text(text)
    assert (s.rules, s.reason, s.line) == (rules, reason, line)
    assert checked == text  # a comment hides no text from the rules


@pytest.mark.parametrize("text", [
    "<!-- muu kommentti -->\nx",
    "pelisaannot: ignore FI-TO-001 -- ei kommentissa",
    "<!-- pelisaannot: ignorance -->",
])
def test_not_a_directive(text: str) -> None:
    assert parse_text(text) == ([], text)


def test_parse_row_field() -> None:
    [a, b] = parse_field(["FI-TO-001 -- lainaus", "pelisaannot: ignore FI-HT-001, tone"])
    assert (a.rules, a.reason, a.line) == (("FI-TO-001",), "lainaus", None)
    assert (b.rules, b.reason) == (("FI-HT-001", "tone"), "")


def test_comment_silences_the_next_line_only(invoke, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(f"<!-- pelisaannot: ignore FI-TO-001 -- lainaus palautteesta -->\n{SWEAR}\n"
                                   f"\n{SWEAR}\n", encoding="utf-8")
    assert findings(invoke, "a.md") == [("a.md", "FI-TO-001", 4)]


def test_ignore_file_silences_the_whole_post(invoke, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(f"---\nid: a\n---\n<!-- pelisaannot: ignore-file tone -- palautekooste -->\n"
                                   f"{SWEAR}\n\n{SWEAR}\nTunnus 131052-308T.\n", encoding="utf-8")
    assert findings(invoke, "a.md") == [("a.md", "FI-CD-001", 8)]


def test_other_rules_on_the_line_are_still_reported(invoke, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(f"<!-- pelisaannot: ignore FI-TO-001 -- lainaus -->\n{SWEAR} 131052-308T\n",
                                   encoding="utf-8")
    assert findings(invoke, "a.md") == [("a.md", "FI-CD-001", 2)]


def test_missing_reason_is_a_warning_of_its_own(invoke, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(f"<!-- pelisaannot: ignore FI-TO-001 -->\n{SWEAR}\n", encoding="utf-8")
    result = invoke("check", *ONLY, "a.md")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith("a.md:1:1: PELI-SUP-001 [warning] Ohituksesta (FI-TO-001) puuttuu syy")
    assert "FI-TO-001 [" not in result.output  # the swear word itself stays suppressed


def test_unknown_rule_in_a_suppression_is_reported(invoke, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("<!-- pelisaannot: ignore KELA-XX-009 -- kirjoitusvirhe -->\nHei\n",
                                   encoding="utf-8")
    assert findings(invoke, "a.md") == [("a.md", "PELI-SUP-003", 1)]


def test_report_unused(invoke, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("<!-- pelisaannot: ignore FI-TO-001 -- vanha lainaus -->\nNyt siisti teksti.\n"
                                   f"<!-- pelisaannot: ignore FI-TO-001 -- lainaus -->\n{SWEAR}\n", encoding="utf-8")
    assert findings(invoke, "a.md") == []
    assert findings(invoke, "--report-unused", "a.md") == [("a.md", "PELI-SUP-002", 1)]
    result = invoke("check", *ONLY, "--report-unused", "a.md")
    assert "PELI-SUP-002 [warning] Ohitus (FI-TO-001) ei ohittanut yhtään löydöstä; poista se." in result.output


def test_suppression_field_in_jsonl_and_csv_rows(invoke, tmp_path: Path) -> None:
    (tmp_path / "p.jsonl").write_text(
        json.dumps({"id": "1", "text": SWEAR, "pelisaannot_ignore": "FI-TO-001 -- lainaus"}) + "\n"
        + json.dumps({"id": "2", "text": SWEAR, "pelisaannot_ignore": ["tone"]}) + "\n"
        + json.dumps({"id": "3", "text": SWEAR}) + "\n", encoding="utf-8")
    (tmp_path / "p.csv").write_text(f'id,text,pelisaannot_ignore\nc1,"{SWEAR}",FI-TO -- palaute\nc2,"{SWEAR}",\n',
                                    encoding="utf-8")
    result = json.loads(invoke("check", *ONLY, "--format", "json", "p.jsonl", "p.csv").output)
    assert [(f["post"], f["rule"]) for f in result["findings"]] == [
        ("2", "PELI-SUP-001"), ("3", "FI-TO-001"), ("c2", "FI-TO-001")]


def test_bad_suppression_field_is_an_input_error(process, tmp_path: Path) -> None:
    (tmp_path / "p.jsonl").write_text(json.dumps({"text": "Hei", "pelisaannot_ignore": 5}) + "\n", encoding="utf-8")
    result = process("check", "p.jsonl")
    assert result.returncode == 2 and "p.jsonl:1: ohituskentän on oltava tekstiä" in result.stderr


def test_suppressions_are_counted_in_the_summary(invoke, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(f"<!-- pelisaannot: ignore tone -- lainaus -->\n{SWEAR}\n", encoding="utf-8")
    assert invoke("check", *ONLY, "a.md").output.strip() == (
        "Ei löydöksiä: 1 julkaisu tarkistettu. 1 löydös ohitettu.")


def test_json_lists_suppressed_findings_with_their_reason(invoke, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(f"<!-- pelisaannot: ignore tone -- lainaus -->\n{SWEAR}\n", encoding="utf-8")
    data = json.loads(invoke("check", *ONLY, "--format", "json", "a.md").output)
    assert data["findings"] == []
    [hidden] = data["suppressed"]
    assert (hidden["rule"], hidden["text"], hidden["line"], hidden["reason"]) == ("FI-TO-001", "paska", 2, "lainaus")


HETU = "131052-308T"


@pytest.mark.parametrize("directive", ["<!-- pelisaannot: ignore-file -->",
                                       "<!-- pelisaannot: ignore-file customer-data -- testi -->"])
def test_a_comment_in_a_row_silences_nothing(invoke, tmp_path: Path, directive: str) -> None:
    text = f"{directive}\nAsiakas {HETU} soitti."
    (tmp_path / "p.jsonl").write_text(json.dumps({"id": "1", "text": text}) + "\n", encoding="utf-8")
    (tmp_path / "p.csv").write_text(f'id,text\nc1,"{text}"\n', encoding="utf-8")
    (tmp_path / "p.yaml").write_text(json.dumps([{"id": "y1", "text": text}]), encoding="utf-8")
    data = json.loads(invoke("check", *ONLY, "--format", "json", "p.jsonl", "p.csv", "p.yaml").output)
    assert [(f["post"], f["rule"]) for f in data["findings"]] == [
        ("1", "FI-CD-001"), ("c1", "FI-CD-001"), ("y1", "FI-CD-001")]
    assert data["suppressed"] == []


def test_text_inside_a_comment_is_checked(invoke, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"Hei! <!-- pelisaannot: ignore FI-TO-001 -- asiakas {HETU} -->\n",
                                    encoding="utf-8")
    data = json.loads(invoke("check", *ONLY, "--format", "json", "a.txt").output)
    assert [(f["rule"], f["text"]) for f in data["findings"]] == [("FI-CD-001", HETU)]


def test_bare_suppression_silences_nothing(invoke, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(f"<!-- pelisaannot: ignore-file -- kaikki pois -->\n{SWEAR} {HETU}\n",
                                   encoding="utf-8")
    assert findings(invoke, "a.md") == [("a.md", "PELI-SUP-004", 1), ("a.md", "FI-TO-001", 2),
                                        ("a.md", "FI-CD-001", 2)]
    (tmp_path / "p.jsonl").write_text(json.dumps({"text": SWEAR, "pelisaannot_ignore": "-- kaikki"}) + "\n",
                                      encoding="utf-8")
    assert [r for _, r, _ in findings(invoke, "p.jsonl")] == ["PELI-SUP-004", "FI-TO-001"]


def test_an_error_needs_a_reason(invoke, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(f"<!-- pelisaannot: ignore-file FI-CD-001,FI-TO-001 -->\n{SWEAR} {HETU}\n",
                                   encoding="utf-8")
    # The warning (a swear word) is silenced; the error (an identity code) is not, without a reason.
    assert findings(invoke, "a.md") == [("a.md", "PELI-SUP-001", 1), ("a.md", "FI-CD-001", 2)]
    (tmp_path / "b.md").write_text(f"<!-- pelisaannot: ignore-file FI-CD-001 -- keksitty testitunnus -->\n{HETU}\n",
                                   encoding="utf-8")
    assert findings(invoke, "b.md") == []


def test_finding_text_is_the_posts_own_text(invoke, tmp_path: Path) -> None:
    text = "TÄMÄ <!-- pelisaannot: ignore FI-HT-001 -- x --> ON IHAN KAMALAA JA HUONOA PALVELUA KAIKILLE TÄÄLLÄ\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    data = json.loads(invoke("check", "--format", "json", "a.txt").output)
    assert data["findings"]  # (shouting once reported the post with the comment blanked out)
    assert all(text[f["start"]:f["end"]] == f["text"] for f in data["findings"])


def test_many_unclosed_comments_are_fast() -> None:
    import time

    text = "<!-- pelisaannot: ignore FI-TO-001 " * 20_000
    began = time.perf_counter()
    assert parse_text(text)[0] == []
    text = "<!-- pelisaannot: ignore FI-TO-001 -- syy -->\n" * 20_000
    assert len(parse_text(text)[0]) == 20_000
    assert time.perf_counter() - began < 5
