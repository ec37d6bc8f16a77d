"""Hostile and careless input files: each becomes a one-line error for that input (exit 2) while the other
inputs are still checked, or is read right; never a traceback, a hang or a wrong answer."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pelisaannot.errors import InputError, PolicyError
from pelisaannot.inputs import read_posts
from pelisaannot.yamlfile import load_yaml

ROOT = Path(__file__).resolve().parents[2]

HETU = "131052-308T"
CLEAN = "Hyvää viikonloppua kaikille!"


def billion_laughs(levels: int = 9) -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    prev = "a"
    for name in "bcdefghijk"[: levels - 1]:
        lines.append(f"{name}: &{name} [" + ",".join(["*" + prev] * 9) + "]")
        prev = name
    return "\n".join(lines) + "\n"


def check_json(process, *paths: str) -> tuple[int, dict, list[str]]:
    result = process("check", "--format", "json", *paths)
    return result.returncode, json.loads(result.stdout), result.stderr.splitlines()


@pytest.fixture
def good(tmp_path: Path) -> str:
    (tmp_path / "good.txt").write_text(f"Asiakas {HETU} soitti.", encoding="utf-8")
    return "good.txt"


def assert_other_input_checked(report: dict) -> None:
    assert any(f["text"] == HETU for f in report["findings"]), "the good input must still be checked"


def test_deeply_nested_json_is_one_error(tmp_path: Path, process, good: str) -> None:
    (tmp_path / "deep.jsonl").write_text('{"text": ' + "[" * 3000 + "]" * 3000 + "}\n", encoding="utf-8")
    code, report, errors = check_json(process, "deep.jsonl", good)
    assert code == 2
    assert errors == ["pelisaannot: error: deep.jsonl:1: JSON on sisäkkäin liian syvälle"]
    assert_other_input_checked(report)


def test_lone_surrogate_is_replaced_not_a_crash(tmp_path: Path, process) -> None:
    (tmp_path / "s.jsonl").write_text('{"text": "Hei \\ud800 asiakas ' + HETU + '"}\n', encoding="utf-8")
    _code, report, errors = check_json(process, "s.jsonl")
    assert errors == []
    assert [f["text"] for f in report["findings"] if f["rule"].startswith("FI-CD")] == [HETU]


def test_lone_surrogates_never_reach_the_post(tmp_path: Path) -> None:
    (tmp_path / "s.jsonl").write_text('{"text": "a\\udfffb", "id": "\\ud800"}\n', encoding="utf-8")
    [post] = read_posts(str(tmp_path / "s.jsonl"))
    assert post.text == "a\ufffdb" and post.id == "\ufffd"


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_device_is_refused(process, good: str, device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    code, report, errors = check_json(process, device, good)
    assert code == 2
    assert errors == [f"pelisaannot: error: {device}: ei tavallinen tiedosto (putki, laite tai pistoke); "
                      f"tallenna teksti tiedostoon tai anna se vakiosyötteestä (-)"]
    assert_other_input_checked(report)


def test_fifo_is_refused_not_waited_on(tmp_path: Path, process, good: str) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    code, report, errors = check_json(process, "pipe.txt", good)  # the fixture's timeout fails a hang
    assert code == 2 and "pipe.txt: ei tavallinen tiedosto" in errors[0]
    assert_other_input_checked(report)


def test_reading_stops_at_the_size_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pelisaannot.inputs as inputs

    monkeypatch.setattr(inputs, "MAX_BYTES", 10)
    (tmp_path / "big.txt").write_text("x" * 11, encoding="utf-8")
    with pytest.raises(InputError, match="liian suuri"):
        read_posts(str(tmp_path / "big.txt"))


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x1c", "\x0b", "\x0c"])
def test_jsonl_splits_records_on_newline_only(tmp_path: Path, separator: str) -> None:
    text = f"Hei{separator}maailma"
    (tmp_path / "p.jsonl").write_text(json.dumps({"text": text}, ensure_ascii=False) + "\r\n"
                                      + json.dumps({"text": CLEAN}) + "\n", encoding="utf-8")
    posts = read_posts(str(tmp_path / "p.jsonl"))
    assert [p.text for p in posts] == [text, CLEAN]
    assert [p.row_line for p in posts] == [1, 2]


def test_csv_duplicate_column_is_refused(tmp_path: Path) -> None:
    (tmp_path / "p.csv").write_text(f"id,text,text\n1,{CLEAN},{HETU}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"p.csv:1: sarakkeen nimi 'text' toistuu"):
        read_posts(str(tmp_path / "p.csv"))


def test_csv_field_may_be_long(tmp_path: Path) -> None:
    long = "sana " * 40_000 + HETU
    (tmp_path / "p.csv").write_text(f'id,text\n1,"{long}"\n', encoding="utf-8")
    [post] = read_posts(str(tmp_path / "p.csv"))
    assert post.text == long


@pytest.mark.parametrize("name", ["calendar.yaml", "post.md"])
def test_alias_bomb_in_a_draft_is_refused_fast(tmp_path: Path, process, good: str, name: str) -> None:
    bomb = billion_laughs()
    body = bomb if name.endswith(".yaml") else f"---\n{bomb}---\n{CLEAN}\n"
    (tmp_path / name).write_text(body, encoding="utf-8")
    code, report, errors = check_json(process, name, good)
    assert code == 2 and len(errors) == 1
    assert "aliakset paisuttavat" in errors[0] and errors[0].startswith(f"pelisaannot: error: {name}:")
    assert_other_input_checked(report)


def test_small_aliases_still_work(tmp_path: Path) -> None:
    (tmp_path / "c.yaml").write_text(f"- &p {{text: '{CLEAN}', platform: x}}\n- *p\n", encoding="utf-8")
    assert [p.platform for p in read_posts(str(tmp_path / "c.yaml"))] == ["x", "x"]


def test_deeply_nested_yaml_is_refused(tmp_path: Path) -> None:
    (tmp_path / "c.yaml").write_text("[" * 3000 + "]" * 3000, encoding="utf-8")
    with pytest.raises(InputError, match="rikkinäinen YAML"):
        read_posts(str(tmp_path / "c.yaml"))
    (tmp_path / "d.yaml").write_text("- " * 500 + "x\n", encoding="utf-8")
    with pytest.raises(PolicyError, match="sisäkkäisyys liian syvä"):
        load_yaml(tmp_path / "d.yaml")


def test_alias_bomb_in_config_is_one_line(tmp_path: Path, process) -> None:
    (tmp_path / ".pelisaannot.yaml").write_text(billion_laughs(), encoding="utf-8")
    result = process("check", "-", stdin=CLEAN)
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert "aliakset paisuttavat" in line and ".pelisaannot.yaml" in line


def test_alias_bomb_in_a_pack_is_one_line(tmp_path: Path, process) -> None:
    from shutil import copytree

    copytree(ROOT / "rules" / "base", tmp_path / "pack")
    (tmp_path / "pack" / "pack.yaml").write_text(
        (tmp_path / "pack" / "pack.yaml").read_text(encoding="utf-8") + "x-bomb:\n" + "".join(
            "  " + line + "\n" for line in billion_laughs().splitlines()), encoding="utf-8")
    result = process("check", "--policy", "pack", "-", stdin=CLEAN)
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert "aliakset paisuttavat" in line and "pack.yaml" in line


@pytest.mark.parametrize(("file", "body", "words"), [
    ("pyproject.toml", 'tool = "x"\n', None),
    ("pyproject.toml", "[tool]\npelisaannot = 3\n", "[tool.pelisaannot] on oltava taulu"),
    (".pelisaannot.yaml", "1: x\n", ".pelisaannot.yaml:1: avain ei ole tekstiä (1)"),
    (".pelisaannot.yaml", "per-path-ignores:\n  1: [FI-TO-001]\n", "per-path-ignores: avain ei ole tekstiä"),
    (".pelisaannot.yaml", "null: x\n", "avain ei ole tekstiä (null)"),
    (".pelisaannot.yaml", "calendar:\n  channels:\n    7: x\n", "calendar.channels: avain ei ole tekstiä"),
])
def test_config_of_the_wrong_type_is_one_line(tmp_path: Path, process, file: str, body: str,
                                              words: str | None) -> None:
    (tmp_path / file).write_text(body, encoding="utf-8")
    result = process("check", "-", stdin=CLEAN)
    if words is None:  # not our table: ignored, as if absent
        assert result.returncode == 0, result.stderr
        return
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert words in line and "internal error" not in line
