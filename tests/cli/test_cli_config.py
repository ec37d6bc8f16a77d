"""Configuration discovery and settings, through the CLI: .pelisaannot.yaml, [tool.pelisaannot], --config."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pelisaannot.config import DEFAULTS, apply_config, find_config, load_config
from pelisaannot.platforms import PLATFORMS
from pelisaannot.policy import builtin_packs_dir, load_policy

SWEAR = "Tämä on ihan paska juttu."
HETU = "Asiakkaan tunnus on 131052-308T."


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_found_in_a_parent_folder(invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / ".pelisaannot.yaml", "platform: linkedin\nfail-on: error\n")
    (tmp_path / "posts" / "2026").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "posts" / "2026")
    assert find_config(Path.cwd()) == tmp_path / ".pelisaannot.yaml"
    result = invoke("check", "-", stdin=SWEAR)  # a warning; fail-on error from the file
    assert result.exit_code == 0 and "FI-TO-001 [warning]" in result.output


def test_pyproject_table_and_a_pyproject_without_one(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.pelisaannot]\nplatform = "x"\n\n[tool.pelisaannot.severity]\n'
                                       'FI-TO-001 = "error"\n')
    write(tmp_path / "inner" / "pyproject.toml", '[project]\nname = "x"\n')
    config = load_config(cwd=tmp_path / "inner")  # a pyproject without the table is passed over, like ruff
    assert config.path == tmp_path / "pyproject.toml"
    assert config["platform"] == "x" and config["severity"] == {"FI-TO-001": "error"}
    assert config.sources["platform"].endswith("pyproject.toml:2")
    assert config.sources["severity"].endswith("pyproject.toml:4")


def test_yaml_wins_over_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.pelisaannot]\nplatform = "x"\n')
    write(tmp_path / ".pelisaannot.yaml", "platform: bluesky\n")
    assert load_config(cwd=tmp_path)["platform"] == "bluesky"


def test_no_file_means_defaults(tmp_path: Path) -> None:
    config = load_config(cwd=tmp_path)
    assert config.path is None and config.values == DEFAULTS
    assert set(config.sources.values()) == {"default"}


def test_config_option_overrides_discovery(invoke, tmp_path: Path) -> None:
    write(tmp_path / ".pelisaannot.yaml", "fail-on: error\n")
    write(tmp_path / "ci.yaml", "fail-on: warning\n")
    assert invoke("check", "-", stdin=SWEAR).exit_code == 0
    assert invoke("check", "--config", "ci.yaml", "-", stdin=SWEAR).exit_code == 1


def test_command_line_wins_over_the_file(invoke, tmp_path: Path) -> None:
    write(tmp_path / ".pelisaannot.yaml", "ignore: [tone]\nfail-on: error\n")
    assert invoke("check", "-", stdin=SWEAR).output.startswith("Ei löydöksiä")
    result = invoke("check", "--ignore", "customer-data", "--fail-on", "warning", "-", stdin=SWEAR)
    assert result.exit_code == 1 and "FI-TO-001" in result.output


def test_config_command_shows_values_and_where_they_came_from(invoke, tmp_path: Path) -> None:
    write(tmp_path / ".pelisaannot.yaml", "# viestintätiimin asetukset\nplatform: linkedin\n"
                                          "allow-names: [Sanna Marin]\n")
    result = invoke("config")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == f"Asetustiedosto: {tmp_path / '.pelisaannot.yaml'}"
    platform = next(line for line in lines if line.startswith("platform "))
    assert '"linkedin"' in platform and platform.endswith("# .pelisaannot.yaml:2")
    policy = next(line for line in lines if line.startswith("policy "))
    assert '"kela"' in policy and policy.endswith("# oletus")
    data = json.loads(invoke("config", "--json").output)
    assert data["settings"]["allow-names"] == {"value": ["Sanna Marin"], "source": ".pelisaannot.yaml:3"}


@pytest.mark.parametrize(("content", "expected"), [
    ("platfrom: x\n", ".pelisaannot.yaml:1: platfrom: tuntematon avain 'platfrom' (tarkoititko 'platform'?)"),
    ("platform: myspace\n", ".pelisaannot.yaml:1: platform: 'myspace' ei ole mikään näistä: generic, x,"),
    ("select: tone\n", ".pelisaannot.yaml:1: select: 'tone' on väärää tyyppiä: tähän kuuluu lista"),
    ("ok: 1\nseverity:\n  FI-TO-001: fatal\n", ".pelisaannot.yaml:1: ok: tuntematon avain 'ok'"),
    ("severity:\n  FI-TO-001: fatal\n", ".pelisaannot.yaml:1: severity.FI-TO-001: 'fatal' ei ole mikään näistä"),
    ("calendar:\n  txt: teksti\n", ".pelisaannot.yaml:1: calendar.txt: tuntematon avain 'txt' (tarkoititko 'text'?)"),
    ("ignore: [KELA-XX-001]\n", ".pelisaannot.yaml:1: ignore: politiikassa kela ei ole sääntöä, "
                                  "tunnuksen alkua tai luokkaa 'KELA-XX-001'"),
    ("per-path-ignores:\n  'a/*.md': [tonee]\n", "per-path-ignores.a/*.md: politiikassa kela ei ole sääntöä, "
                                                   "tunnuksen alkua tai luokkaa"),
    ("- a\n- b\n", ".pelisaannot.yaml: asetustiedoston on oltava YAML-kuvaus"),
    ("platform: [x\n", ".pelisaannot.yaml:2: rikkinäinen YAML"),
])
def test_bad_config_is_one_line_naming_file_and_key(process, tmp_path: Path, content: str, expected: str) -> None:
    write(tmp_path / ".pelisaannot.yaml", content)
    result = process("check", "-", stdin="Hei")
    assert result.returncode == 2, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("pelisaannot: error: ") and expected in line, line


def test_bad_pyproject_key_names_its_line(process, tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.pelisaannot]\nplatform = "x"\nfailon = 1\n')
    result = process("config")
    assert result.returncode == 2
    assert "pyproject.toml:6: failon: tuntematon avain 'failon' (tarkoititko 'fail-on'?)" in result.stderr


def test_missing_config_file_is_an_error(process) -> None:
    result = process("check", "--config", "ei-ole.yaml", "-", stdin="Hei")
    assert result.returncode == 2 and "ei-ole.yaml: asetustiedostoa ei ole" in result.stderr


def test_severity_override_by_id_prefix_and_category(invoke, tmp_path: Path) -> None:
    write(tmp_path / ".pelisaannot.yaml", "severity:\n  tone: info\n  FI-TO-001: error\n")
    result = invoke("check", "--format", "json", "-", stdin=SWEAR + " " + HETU)
    found = {f["rule"]: f["severity"] for f in json.loads(result.output)["findings"]}
    assert found["FI-TO-001"] == "error"  # the id beats the category
    assert found["FI-CD-001"] == "error"
    write(tmp_path / ".pelisaannot.yaml", "severity:\n  tone: info\nfail-on: warning\n")
    assert invoke("check", "-", stdin=SWEAR).exit_code == 0


def test_per_path_ignores(invoke, tmp_path: Path) -> None:
    write(tmp_path / ".pelisaannot.yaml", "per-path-ignores:\n  'lainaukset/*.md': [FI-TO]\n")
    write(tmp_path / "lainaukset" / "palaute.md", SWEAR)
    write(tmp_path / "luonnokset" / "uusi.md", SWEAR)
    result = invoke("check", "--format", "json", "lainaukset/palaute.md", "luonnokset/uusi.md")
    assert [f["path"] for f in json.loads(result.output)["findings"]] == ["luonnokset/uusi.md"]


def test_allowlist_reaches_the_checks(invoke, tmp_path: Path) -> None:
    assert invoke("check", "-", stdin=HETU).exit_code == 1
    write(tmp_path / ".pelisaannot.yaml", "allow: ['131052-308T']\n")
    assert invoke("check", "-", stdin=HETU).exit_code == 0


def test_allowlists_merge_into_the_policy_settings(tmp_path: Path) -> None:
    write(tmp_path / ".pelisaannot.yaml", "allow: [info@example.fi]\nallow-names: [Sauli Niinistö]\n")
    policy = load_policy("kela")
    merged = apply_config(policy, load_config(cwd=tmp_path))
    assert merged.settings["allow_names"][-1] == "Sauli Niinistö"
    assert merged.settings["allow"][-1] == "info@example.fi"
    assert set(policy.settings["allow"]) < set(merged.settings["allow"])
    assert "allow_names" not in policy.settings or "Sauli Niinistö" not in policy.settings["allow_names"]
    assert [r.id for r in merged.rules] == [r.id for r in policy.rules]


def test_policy_folder_is_relative_to_the_config_file(invoke, tmp_path: Path, monkeypatch) -> None:
    shutil.copytree(builtin_packs_dir() / "kela", tmp_path / "packs" / "oma")
    write(tmp_path / ".pelisaannot.yaml", "policy: packs/oma\n")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    config = load_config()
    assert Path(config.policy_spec()) == tmp_path / "packs" / "oma"
    assert invoke("check", "-", stdin=SWEAR).exit_code == 1


def test_schema_platforms_match_the_profiles() -> None:
    from pelisaannot.config import SCHEMA

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert tuple(schema["$defs"]["platform"]["enum"]) == PLATFORMS


@pytest.mark.parametrize(("glob", "path", "ignored"), [
    ("lainaukset/*.md", "lainaukset/a.md", True),
    ("lainaukset/*.md", "muut/a.md", False),
    ("arkisto/**/*.md", "arkisto/a.md", True),
    ("arkisto/**/*.md", "arkisto/2025/12/a.md", True),
    ("*.csv", "kalenterit/joulu.csv", True),  # a glob without a folder matches the file name anywhere
    ("kalenterit/*.csv", "joulu.csv", False),
])
def test_per_path_globs(tmp_path: Path, glob: str, path: str, ignored: bool) -> None:
    write(tmp_path / ".pelisaannot.yaml", f"per-path-ignores:\n  '{glob}': [tone]\n")
    config = load_config(cwd=tmp_path)
    assert config.ignored_for(str(tmp_path / path)) == (("tone",) if ignored else ())


def test_allowlist_of_public_numbers_and_mailboxes(invoke, tmp_path: Path) -> None:
    text = "Asiakas pyysi soittamaan numeroon 040 123 4567 tai laittamaan viestiä matti.meikalainen@gmail.com."
    before = json.loads(invoke("check", "--select", "customer-data", "--format", "json", "-", stdin=text).output)
    assert {f["text"] for f in before["findings"]} >= {"040 123 4567", "matti.meikalainen@gmail.com"}
    write(tmp_path / ".pelisaannot.yaml", "allow: ['+358 40 1234567', matti.meikalainen@gmail.com]\n")
    after = json.loads(invoke("check", "--select", "customer-data", "--format", "json", "-", stdin=text).output)
    assert {f["text"] for f in after["findings"]} & {"040 123 4567", "matti.meikalainen@gmail.com"} == set()
