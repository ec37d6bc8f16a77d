"""Output formats through the CLI: SARIF (schema-valid), GitHub annotations, JSONL, and the text layout."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from pelisaannot.cli import check as check_module

ROOT = Path(__file__).resolve().parents[2]
SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
BAD = "Asiakkaani Matti (131052-308T) soitti taas."
ONLY = ("--select", "FI-CD-001,FI-TO-001")  # rules other engineers add must not change these tables
POST = "---\nplatform: linkedin\nid: a1\n---\nHei!\nTämä on ihan paska juttu.\n"


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "a.md").write_text(POST, encoding="utf-8")
    (tmp_path / "posts.jsonl").write_text(
        json.dumps({"id": "p1", "text": "Kaikki hyvin."}) + "\n" + json.dumps({"id": "p2", "text": BAD}) + "\n",
        encoding="utf-8")
    (tmp_path / "b.md").write_text("<!-- pelisaannot: ignore FI-TO-001 -- lainaus palautteesta -->\n"
                                   "Asiakas kirjoitti: paska palvelu.\n", encoding="utf-8")
    return tmp_path


def test_sarif_is_valid_sarif_2_1_0(invoke, files: Path) -> None:
    result = invoke("check", *ONLY, "--format", "sarif", "a.md", "posts.jsonl", "b.md")
    assert result.exit_code == 1
    sarif = json.loads(result.output)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(sarif)
    run = sarif["runs"][0]
    assert run["tool"]["driver"]["name"] == "pelisaannot" and run["columnKind"] == "unicodeCodePoints"
    results = {(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]): r
               for r in run["results"]}
    md = results[("FI-TO-001", "a.md")]
    assert md["level"] == "warning"
    assert md["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 6, "startColumn": 14, "endLine": 6, "endColumn": 19, "snippet": {"text": "paska"}}
    assert md["locations"][0]["logicalLocations"] == [{"name": "a1", "kind": "post"}]
    row = results[("FI-CD-001", "posts.jsonl")]
    assert row["level"] == "error"
    assert row["locations"][0]["physicalLocation"]["region"] == {"startLine": 2}  # the row, not inside the JSON
    suppressed = results[("FI-TO-001", "b.md")]
    assert suppressed["suppressions"] == [{"kind": "inSource", "justification": "lainaus palautteesta"}]
    rules = run["tool"]["driver"]["rules"]
    assert all(r["helpUri"].startswith("file://") for r in rules)
    assert [rules[r["ruleIndex"]]["id"] for r in run["results"]] == [r["ruleId"] for r in run["results"]]


def test_sarif_rule_without_an_absolute_link_has_no_help_uri(invoke, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("<!-- pelisaannot: ignore FI-TO-001 -->\nHei\n", encoding="utf-8")
    sarif = json.loads(invoke("check", *ONLY, "--format", "sarif", "a.md").output)
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(sarif)
    [rule] = sarif["runs"][0]["tool"]["driver"]["rules"]
    assert rule["id"] == "PELI-SUP-001" and "helpUri" not in rule


def test_sarif_with_no_findings_and_an_input_error_is_valid(invoke, tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Kaikki hyvin.", encoding="utf-8")
    result = invoke("check", *ONLY, "--format", "sarif", "ok.txt", "missing.txt")
    assert result.exit_code == 2
    sarif = json.loads(result.stdout)
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(sarif)
    invocation = sarif["runs"][0]["invocations"][0]
    assert sarif["runs"][0]["results"] == [] and invocation["executionSuccessful"] is False
    notification = invocation["toolExecutionNotifications"][0]["message"]["text"]
    assert notification == "missing.txt: tiedostoa ei löydy"


def test_github_annotations(invoke, files: Path) -> None:
    result = invoke("check", *ONLY, "--format", "github", "a.md", "posts.jsonl")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith("::warning file=a.md,line=6,col=14,endLine=6,endColumn=19,"
                               "title=FI-TO-001 Kirosana::Kirosana \"paska\"")
    assert lines[1].startswith("::error file=posts.jsonl,line=2,title=FI-CD-001 Henkilötunnus luonnoksessa::")
    assert " [p2] " in lines[1] and len(lines) == 2


def test_github_escapes_newlines_and_separators(tmp_path: Path) -> None:
    from pelisaannot.report.github_format import _data, _prop

    assert _data("a%b\nc\rd") == "a%25b%0Ac%0Dd"
    assert _prop("dir,x/a:b.md") == "dir%2Cx/a%3Ab.md"


def test_jsonl_has_one_json_contract_finding_a_line(invoke, files: Path) -> None:
    result = invoke("check", *ONLY, "--format", "jsonl", "a.md", "posts.jsonl")
    rows = [json.loads(line) for line in result.output.splitlines()]
    as_json = json.loads(invoke("check", *ONLY, "--format", "json", "a.md", "posts.jsonl").output)
    assert rows == as_json["findings"]
    assert [(r["post"], r["rule"], r["line"], r["column"]) for r in rows] == [
        ("a1", "FI-TO-001", 6, 14), ("p2", "FI-CD-001", 2, 19)]  # p2 is the file's second line


def test_jsonl_without_findings_is_empty(invoke, tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Kaikki hyvin.", encoding="utf-8")
    result = invoke("check", *ONLY, "--format", "jsonl", "ok.txt")
    assert result.exit_code == 0 and result.output == ""


def test_text_shows_the_span_under_the_line_and_a_summary_by_category(invoke, files: Path) -> None:
    result = invoke("check", *ONLY, "a.md", "posts.jsonl")
    lines = result.output.splitlines()
    assert lines[0].startswith("a.md:a1:6:14: FI-TO-001 [warning] ")
    assert lines[1:3] == ["  6 | Tämä on ihan paska juttu.",
                          "    |              ^^^^^"]
    assert lines[3].startswith("posts.jsonl:p2:1:19: FI-CD-001 [error] ")
    assert lines[4:6] == ["  1 | Asiakkaani Matti (131052-308T) soitti taas.",
                          "    |                   ^^^^^^^^^^^"]
    assert lines[-2] == "Luokittain: customer-data 1, tone 1"
    assert lines[-1] == "2 löydöstä (1 virhe, 1 varoitus) 2 julkaisussa; 3 julkaisua tarkistettu."
    assert "\x1b[" not in result.output  # not a terminal: no colour


def test_colour_only_when_asked_or_on_a_terminal(invoke, files: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    coloured = invoke("check", *ONLY, "--color", "always", "a.md")
    assert "\x1b[31m" not in coloured.output and "\x1b[33m" in coloured.output  # a warning is yellow
    assert "\x1b[" not in invoke("check", *ONLY, "--color", "never", "a.md").output

    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(check_module.sys, "stdout", Tty())
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert check_module._use_colour("auto") is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert check_module._use_colour("auto") is False
    assert check_module._use_colour("always") is True


def test_span_over_several_lines_is_underlined_to_the_line_end() -> None:
    from pelisaannot.finding import Finding
    from pelisaannot.inputs import Post
    from pelisaannot.report.text_format import snippet

    post = Post("x.txt", None, "Alku #a #b\n#c #d loppu")
    f = Finding("R", "hashtags", "warning", "m", 5, 16, 1, 6, 2, 6, "#a #b\n#c #d", "l")
    assert snippet(post, f) == ["  1 | Alku #a #b", "    |      ^^^^^"]


def test_statistics_counts_findings_and_suppressions_per_rule(invoke, files: Path) -> None:
    result = invoke("check", *ONLY, "--statistics", "a.md", "b.md", "posts.jsonl")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].split() == ["sääntö", "löydöksiä", "ohitettu", "otsikko"]
    assert lines[1].split()[:3] == ["FI-TO-001", "1", "1"]  # most findings first, then most suppressions
    assert lines[2].split()[:3] == ["FI-CD-001", "1", "0"]
    assert lines[-1].split()[:3] == ["yhteensä", "2", "1"]


def test_statistics_needs_text_format(process) -> None:
    result = process("check", "--statistics", "--format", "json", "-", stdin="Hei")
    assert result.returncode == 2 and "--statistics tulostaa taulukon" in result.stderr
    result = process("--lang", "en", "check", "--statistics", "--format", "json", "-", stdin="Hei")
    assert result.returncode == 2 and "--statistics prints a table" in result.stderr


def test_no_progress_bar_when_not_a_terminal(invoke, tmp_path: Path) -> None:
    rows = "\n".join(json.dumps({"text": f"Julkaisu numero {i}."}) for i in range(150))
    (tmp_path / "many.jsonl").write_text(rows + "\n", encoding="utf-8")
    result = invoke("check", *ONLY, "many.jsonl")
    assert result.exit_code == 0 and "Tarkistetaan" not in result.output
    assert result.output.strip() == "Ei löydöksiä: 150 julkaisua tarkistettu."
