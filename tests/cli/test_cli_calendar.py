"""Content calendars (CSV, YAML) and Markdown front matter as inputs, with configurable column names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pelisaannot.inputs import Columns, read_posts

ONLY = ("--select", "FI-CD-001,FI-TO-001,FI-PL-001")
TAGS = "Kesä! #kesä #kela"


def test_csv_calendar_with_date_and_channel(tmp_path: Path) -> None:
    (tmp_path / "kalenteri.csv").write_text(
        "date,channel,text\n2026-12-01,LinkedIn,Hei\n2026-12-02,Twitter,\"Kaksi\nriviä\"\n2026-12-03,IG,Kuva\n",
        encoding="utf-8")
    posts = read_posts(str(tmp_path / "kalenteri.csv"))
    assert [(p.id, p.date, p.platform, p.row_line) for p in posts] == [
        ("2", "2026-12-01", "linkedin", 2), ("3", "2026-12-02", "x", 3), ("5", "2026-12-03", "instagram", 5)]


def test_yaml_calendar_list_and_posts_key(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("- date: 2026-12-01\n  channel: x\n  text: Hei\n"
                                     "- id: joulu\n  text: |\n    Hyvää joulua\n", encoding="utf-8")
    (tmp_path / "b.yml").write_text("kampanja: joulu\nposts:\n  - text: Hei\n    platform: bluesky\n",
                                    encoding="utf-8")
    a = read_posts(str(tmp_path / "a.yaml"))
    assert [(p.id, p.date, p.platform, p.row_line, p.text) for p in a] == [
        ("1", "2026-12-01", "x", 1, "Hei"), ("joulu", None, None, 4, "Hyvää joulua\n")]
    [b] = read_posts(str(tmp_path / "b.yml"))
    assert (b.platform, b.row_line) == ("bluesky", 3)


def test_configured_column_names_and_channel_map(tmp_path: Path) -> None:
    columns = Columns(text=("teksti",), platform=("kanava",), date=("pvm",), channels={"Kelan FB": "facebook"})
    (tmp_path / "k.csv").write_text("pvm,kanava,teksti\n1.12.2026,Kelan FB,Hei\n", encoding="utf-8")
    [post] = read_posts(str(tmp_path / "k.csv"), columns=columns)
    assert (post.date, post.platform, post.text) == ("1.12.2026", "facebook", "Hei")


def test_markdown_front_matter_date(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\nplatform: Threads\nid: a\ndate: 2026-12-24\n---\nHei\n", encoding="utf-8")
    [post] = read_posts(str(tmp_path / "a.md"))
    assert (post.id, post.platform, post.date, post.line_offset) == ("a", "threads", "2026-12-24", 5)


def test_calendar_through_the_cli_with_config(invoke, tmp_path: Path) -> None:
    (tmp_path / ".pelisaannot.yaml").write_text(
        "calendar:\n  text: teksti\n  channel: kanava\n  date: julkaisupäivä\n  channels:\n    Kelan FB: facebook\n",
        encoding="utf-8")
    (tmp_path / "kalenteri.csv").write_text(
        "julkaisupäivä,kanava,teksti\n2026-12-01,Kelan FB,Kaikki hyvin.\n2026-12-02,LinkedIn,\"" + TAGS + "\"\n"
        "2026-12-03,Threads,\"" + TAGS + "\"\n", encoding="utf-8")
    result = invoke("check", *ONLY, "--format", "json", "kalenteri.csv")
    data = json.loads(result.output)
    assert data["posts"] == 3 and data["errors"] == []
    assert [(f["post"], f["date"], f["platform"], f["rule"]) for f in data["findings"]] == [
        ("4", "2026-12-03", "threads", "FI-PL-001")]  # Threads allows one tag, LinkedIn more


def test_yaml_calendar_through_the_cli(invoke, tmp_path: Path) -> None:
    (tmp_path / "kalenteri.yaml").write_text(
        "posts:\n  - date: 2026-12-01\n    channel: x\n    text: Tunnus 131052-308T\n", encoding="utf-8")
    result = invoke("check", *ONLY, "--format", "github", "kalenteri.yaml")
    assert result.output.startswith("::error file=kalenteri.yaml,line=2,title=FI-CD-001 ")


@pytest.mark.parametrize(("name", "content", "words"), [
    ("k.csv", "date,channel,text\n2026-12-01,MySpace,Hei\n", "tuntematon palvelu 'MySpace'"),
    ("k.yaml", "text: Hei\n", "k.yaml:1: sisältökalenteri on luettelo julkaisuja"),
    ("k.yaml", "- Hei\n", "k.yaml:1: jokaisen kalenterimerkinnän on oltava kuvaus"),
    ("k.yaml", "- text: [Hei\n", "k.yaml:2: rikkinäinen YAML"),
    ("k.yaml", "- date: 2026-12-01\n", "k.yaml:1: rivillä on oltava kenttä 'text'"),
])
def test_bad_calendars_are_one_line_errors(process, tmp_path: Path, name: str, content: str, words: str) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    result = process("check", name)
    assert result.returncode == 2 and words in result.stderr and len(result.stderr.splitlines()) == 1, result.stderr


def test_input_format_yaml_for_stdin(invoke) -> None:
    result = invoke("check", *ONLY, "--input-format", "yaml", "--format", "json", "-",
                    stdin="- text: Tosi paskaa.\n  channel: x\n")
    [finding] = json.loads(result.output)["findings"]
    assert (finding["path"], finding["platform"], finding["rule"]) == ("-", "x", "FI-TO-001")
