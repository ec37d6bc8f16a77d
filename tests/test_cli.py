"""The CLI as a user meets it: files and stdin in, the text and JSON contracts out, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BAD = "Asiakkaani Matti (131052-308T) soitti taas, #kela #some #työ #arki #elämä #kiire #maanantai"
CLEAN = "Opintotuen hakuaika alkaa nyt. Lue lisää kela.fi/opintotuki #opintotuki"


def run(*args: str, stdin: str | bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    proc = subprocess.run([sys.executable, "-m", "pelisaannot", *args], input=data, capture_output=True, cwd=cwd,
                          timeout=120)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())


def test_stdin_example_from_the_issue() -> None:
    result = run("check", "-", stdin=BAD)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    hetu = next(line for line in lines if "FI-CD-001" in line)  # "Matti" (FI-CD-007, issue 3) comes first
    assert hetu.startswith("-:1:19: FI-CD-001 [error] Luonnoksessa on henkilötunnus (131052-308T).")
    assert hetu.endswith("#vaitiolovelvollisuus)")
    assert any(" FI-HT-001 [warning] Risuaita: 7 hashtagia peräkkäin" in line for line in lines)
    assert lines[-1].startswith("3 löydöstä (2 virhettä, 1 varoitus) 1 julkaisussa")


def test_clean_post_exits_zero() -> None:
    result = run("check", "-", stdin=CLEAN)
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip() == "Ei löydöksiä: 1 julkaisu tarkistettu."


def test_json_contract_over_many_files(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\nplatform: linkedin\nid: a1\n---\nHei!\nEsimies on idiootti.\n",
                                   encoding="utf-8")
    (tmp_path / "posts.jsonl").write_text(
        json.dumps({"id": "p1", "text": CLEAN}) + "\n" + json.dumps({"id": "p2", "text": BAD, "platform": "x"}) + "\n",
        encoding="utf-8")
    (tmp_path / "posts.csv").write_text(f'id,text\nc1,"{CLEAN}"\n', encoding="utf-8")
    result = run("check", "--format", "json", "a.md", "posts.jsonl", "posts.csv", cwd=tmp_path)
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["version"] == 1 and data["posts"] == 4 and data["errors"] == []
    keys = {"path", "post", "rule", "category", "severity", "message", "start", "end", "line", "column",
            "end_line", "end_column", "text", "link"}
    for finding in data["findings"]:
        assert keys <= finding.keys()
    md = next(f for f in data["findings"] if f["path"] == "a.md")
    assert (md["post"], md["rule"], md["text"], md["line"], md["column"]) == ("a1", "FI-TO-002", "idiootti", 6, 12)
    assert {(f["post"], f["rule"]) for f in data["findings"] if f["path"] == "posts.jsonl"} == {
        ("p2", "FI-CD-001"), ("p2", "FI-CD-007"), ("p2", "FI-HT-001")}


def test_select_ignore_and_fail_on() -> None:
    assert run("check", "--select", "customer-data", "-", stdin="Tosi paskaa.").returncode == 0
    assert run("check", "--ignore", "FI-TO", "-", stdin="Tosi paskaa.").returncode == 0
    assert run("check", "--fail-on", "error", "-", stdin="Tosi paskaa.").returncode == 0
    assert run("check", "--fail-on", "warning", "-", stdin="Tosi paskaa.").returncode == 1


def test_platform_changes_limits() -> None:
    tags = "Kesäpäivä töissä, ja aurinko paistaa koko päivän! #kesä #kela"
    assert run("check", "--platform", "threads", "-", stdin=tags).returncode == 1  # Threads allows one tag
    assert run("check", "--platform", "linkedin", "-", stdin=tags).returncode == 0


@pytest.mark.parametrize(("content", "words"), [
    (b"\x00\x01\x02binary", "binääritiedosto, ei tekstiä"),
    ("Äiti".encode("latin-1"), "ei ole UTF-8-muodossa"),
    (b"", "tyhjä julkaisu"),
    (b"   \n", "tyhjä julkaisu"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, content: bytes, words: str) -> None:
    (tmp_path / "luonnos.txt").write_bytes(content)
    result = run("check", "luonnos.txt", cwd=tmp_path)
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert words in line and "Traceback" not in result.stderr
    assert (tmp_path / "luonnos.txt").read_bytes() == content  # nothing a user wrote is changed


@pytest.mark.parametrize(("name", "content", "words"), [
    ("posts.jsonl", '{"text": "ok"}\n{broken\n', "posts.jsonl:2: ei kelvollista JSONia ("),
    ("posts.jsonl", '{"id": 1}\n', "posts.jsonl:1: rivillä on oltava kenttä 'text'"),
    ("posts.csv", "id,body\n1,hei\n", "on oltava otsikkorivi, jossa on sarake 'text'"),
    ("post.md", "---\nplatform: [\n---\nHei\n", "rikkinäinen front matter"),
    ("posts.jsonl", '{"text": "Hei", "platform": "myspace"}\n', "tuntematon palvelu 'myspace'"),
])
def test_malformed_rows(tmp_path: Path, name: str, content: str, words: str) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    result = run("check", name, cwd=tmp_path)
    assert result.returncode == 2 and words in result.stderr and "Traceback" not in result.stderr


def test_missing_file_still_checks_the_others(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(BAD, encoding="utf-8")
    result = run("check", "--format", "json", "ei-ole.txt", "ok.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert "ei-ole.txt: tiedostoa ei löydy" in result.stderr
    data = json.loads(result.stdout)
    assert data["posts"] == 1 and data["findings"]
    assert data["errors"] == ["ei-ole.txt: tiedostoa ei löydy"]


def test_huge_file_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(21 * 1024 * 1024)
    result = run("check", "big.txt", cwd=tmp_path)
    assert result.returncode == 2 and "liian suuri" in result.stderr


def test_broken_policy_is_one_line_exit_2(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "pack.yaml").write_text("name: [broken\n", encoding="utf-8")
    result = run("check", "--policy", str(pack), "-", stdin=CLEAN)
    assert result.returncode == 2
    assert result.stderr.startswith("pelisaannot: error: ") and "pack.yaml:" in result.stderr
    assert "rikkinäinen YAML" in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("args", [
    ("check", "--format", "xml", "-"),
    ("check", "--platform", "myspace", "-"),
    ("explain", "KELA-XX-999"),
    ("explain",),
    ("rules", "--bogus"),
    ("nosuchcommand",),
])
def test_usage_errors_are_one_line_with_exit_2(args: tuple[str, ...]) -> None:
    result = run(*args, stdin=CLEAN)
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("pelisaannot: error: ") and "--help" in line


def test_rules_and_explain() -> None:
    listing = run("rules")
    assert listing.returncode == 0 and "FI-CD-001" in listing.stdout and "customer-data" in listing.stdout
    explained = run("explain", "fi-cd-001")
    assert explained.returncode == 0
    assert "vaitiolovelvollisuus" in explained.stdout and "131052-308T" in explained.stdout


def test_demo_and_test_rules() -> None:
    demo = run("demo")
    assert demo.returncode == 0 and "FI-CD-001" in demo.stdout and "FI-HT-001" in demo.stdout
    selftest = run("test-rules", "kela")
    assert selftest.returncode == 0 and " 0 epäonnistui" in selftest.stdout
