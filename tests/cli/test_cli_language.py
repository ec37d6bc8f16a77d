"""The command line speaks one language at a time: Finnish by default, Swedish and English by --lang, by
$PELISAANNOT_LANG or by the locale; --help, click's errors, ours, the summary and `config` alike."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
import pytest

from pelisaannot import i18n
from pelisaannot.cli import cli

ROOT = Path(__file__).resolve().parents[2]
DRAFT = "Perkele, hetu 131052-308T"


def run(*args: str, stdin: str | None = None, cwd: Path | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("PELISAANNOT_LANG", "LC_ALL", "LC_MESSAGES", "LANG")}
    return subprocess.run([sys.executable, "-m", "pelisaannot", *args], input=stdin, capture_output=True, text=True,
                          timeout=120, cwd=cwd, env={**base, "PYTHONPATH": str(ROOT), "PELISAANNOT_NER": "0",
                                            "LANG": "C.UTF-8", **env})


@pytest.mark.parametrize(("how", "env", "summary", "heading"), [
    ((), {}, "2 löydöstä (1 virhe, 1 varoitus) 1 julkaisussa; 1 julkaisu tarkistettu.", "Valinnat:"),
    (("--lang", "sv"), {}, "2 fynd (1 fel, 1 varning) i 1 inlägg; totalt 1 inlägg.", "Alternativ:"),
    (("--lang=en",), {"LANG": "sv_FI.UTF-8"}, "2 findings (1 error, 1 warning) in 1 post; 1 post checked.",
     "Options:"),
    ((), {"PELISAANNOT_LANG": "sv"}, "2 fynd (1 fel, 1 varning) i 1 inlägg; totalt 1 inlägg.", "Alternativ:"),
    ((), {"LANG": "en_GB.UTF-8"}, "2 findings (1 error, 1 warning) in 1 post; 1 post checked.", "Options:"),
    ((), {"LC_ALL": "sv_SE.UTF-8", "LANG": "en_GB.UTF-8"}, "2 fynd (1 fel, 1 varning) i 1 inlägg; totalt 1 inlägg.",
     "Alternativ:"),
])
def test_one_language_for_help_and_summary(how: tuple[str, ...], env: dict[str, str], summary: str,
                                           heading: str) -> None:
    checked = run("check", "-", *how, stdin=DRAFT, **env)
    assert checked.returncode == 1, checked.stderr
    assert checked.stdout.splitlines()[-1] == summary
    helped = run(*how, "check", "--help", **env)
    assert heading in helped.stdout


def test_finnish_help_and_errors_by_default() -> None:
    top = run("--help").stdout
    assert "Tarkista somepäivitysten luonnokset" in top and "Komennot:" in top and "Käyttö: pelisaannot" in top
    assert "Näytä versio ja lopeta." in top and "Show the version" not in top  # click's own option too
    check = run("check", "--help").stdout
    assert "Vain nämä säännöt" in check and "Näytä tämä ohje ja lopeta." in check
    for args, words in [(("check", "--format", "xml", "-"), "Virheellinen arvo valinnalle '--format': 'xml' ei ole "
                                                            "mikään näistä"),
                        (("check", "--bogus", "-"), "Valintaa '--bogus' ei ole."),
                        (("init",), "Puuttuva argumentti 'FOLDER'.")]:
        result = run(*args, stdin="Hei")
        [line] = result.stderr.splitlines()
        assert result.returncode == 2 and line.startswith("pelisaannot: error: ") and words in line, line
        assert line.endswith("(katso 'pelisaannot " + args[0] + " --help')")


def test_config_speaks_the_language(tmp_path: Path) -> None:
    assert "oletusasetukset" in run("config", cwd=tmp_path).stdout
    english = run("config", "--lang", "en", cwd=tmp_path).stdout
    assert english.startswith("No configuration file found") and "# default" in english


def test_unknown_language_is_a_usage_error() -> None:
    result = run("--lang", "de", "check", "-", stdin="Hei")
    assert result.returncode == 2 and result.stderr.startswith("pelisaannot: error: --lang: 'de'")


def _options(command: click.Command, path: str = "") -> list[str]:
    keys = [path] + [f"{path} {p.opts[0]}" for p in command.params if isinstance(p, click.Option) and
                     p.opts[0] not in ("--help", "--version")]
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            keys += _options(sub, f"{path} {name}".strip())
    return keys


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_command_and_option_has_help_in_the_language(lang: str) -> None:
    catalog = i18n.catalog(lang)["help"]
    missing = [key for key in _options(cli) if key not in catalog]
    assert missing == [], f"add these to pelisaannot/locale/{lang}.yaml (help:)"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_text_has_a_translation(lang: str) -> None:
    assert set(i18n.catalog("fi")["ui"]) == set(i18n.catalog(lang)["ui"])


def test_detect() -> None:
    assert i18n.detect(None, {}) == "fi"
    assert i18n.detect(None, {"LANG": "C.UTF-8"}) == "fi"
    assert i18n.detect(None, {"LANG": "de_DE.UTF-8"}) == "fi"
    assert i18n.detect(None, {"LANG": "sv_FI.UTF-8"}) == "sv"
    assert i18n.detect(None, {"LC_MESSAGES": "en_US", "LANG": "fi_FI.UTF-8"}) == "en"
    assert i18n.detect(None, {"PELISAANNOT_LANG": "en", "LC_ALL": "sv_FI.UTF-8"}) == "en"
    assert i18n.detect("sv", {"PELISAANNOT_LANG": "en"}) == "sv"
