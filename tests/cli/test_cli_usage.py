"""Misuse of check, config and init is one line on standard error and exit code 2, never a usage block."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("args", "words"), [
    (("check", "--format", "xml", "-"), "pelisaannot check: Invalid value for '--format': 'xml' is not one of"),
    (("check", "--platform", "myspace", "-"), "Invalid value for '--platform': unknown platform 'myspace'"),
    (("check", "--color", "pink", "-"), "Invalid value for '--color'"),
    (("check", "--input-format", "docx", "-"), "Invalid value for '--input-format'"),
    (("check", "--fail-on", "fatal", "-"), "Invalid value for '--fail-on'"),
    (("check", "--bogus", "-"), "check: No such option '--bogus'"),
    (("check", "--statistics", "--format", "sarif", "-"), "--statistics prints a table; use it with --format text"),
    (("config", "--bogus"), "config: No such option '--bogus'"),
    (("init",), "pelisaannot init: Missing argument 'FOLDER'."),
    (("init", "uusi", "--prefix", "x-y"), "Invalid value for --prefix: 'x-y' is not a rule id prefix"),
])
def test_misuse_is_one_line_exit_2(process, args: tuple[str, ...], words: str) -> None:
    result = process(*args, "--lang", "en", stdin="Hei")  # click's words in English; Finnish: test_cli_language
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("pelisaannot: error: ") and words in line, line
    assert line.endswith("--help')") or "prints a table" in line
