"""Names on the command line are validated like the configuration file's: a typo is an error, not silence."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("args", "words"), [
    (("--select", "FI-CD-01"), "--select: politiikassa kela ei ole sääntöä, tunnuksen alkua tai luokkaa 'FI-CD-01' "
                               "(tarkoititko 'FI-CD-0"),
    (("--ignore", "tnoe"), "tarkoititko 'tone'?"),
    (("--select", "tone,FI-XX"), "'FI-XX'"),
    (("--platform", "linkdin"), "tuntematon palvelu 'linkdin'; käytä jotakin näistä: generic, x, linkedin"),
    (("--platform", "myspace"), "tuntematon palvelu"),
])
def test_a_typo_on_the_command_line_is_an_error(process, args: tuple[str, ...], words: str) -> None:
    result = process("check", *args, "-", stdin="Hei paska juttu")
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert words in line, line


@pytest.mark.parametrize("names", ["FI-CD", "tone", "FI-TO-001", "customer-data,FI-TO"])
def test_real_names_are_accepted(process, names: str) -> None:
    result = process("check", "--select", names, "--ignore", names, "-", stdin="Hei")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(("alias", "platform"), [("twitter", "x"), ("X (Twitter)", "x"), ("FB", "facebook"),
                                                 ("insta", "instagram"), ("LinkedIn", "linkedin")])
def test_platform_aliases(process, alias: str, platform: str) -> None:
    result = process("check", "--platform", alias, "--format", "json", "-", stdin="Hei")
    assert result.returncode == 0, result.stderr
    assert f'"platform": "{platform}"' in result.stdout or '"findings": []' in result.stdout


def test_unknown_platform_in_a_row_suggests_the_right_one(process, tmp_path) -> None:
    (tmp_path / "p.jsonl").write_text('{"text": "Hei", "platform": "linkdin"}\n', encoding="utf-8")
    result = process("check", "p.jsonl")
    assert result.returncode == 2 and "tarkoititko 'linkedin'?" in result.stderr
