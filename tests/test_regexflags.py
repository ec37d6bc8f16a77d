"""The pattern compiler's flags as plain ints (pelisaannot/_regexflags.py): faster compiles, the same patterns."""

from __future__ import annotations

import enum

import regex
from regex import _regex_core

import pelisaannot  # noqa: F401  (imports the module that turns the flags into ints)


def test_compiler_flags_are_plain_ints() -> None:
    for name, value in vars(_regex_core).items():
        if name == "DEFAULT_VERSION":
            continue  # set again from `regex.DEFAULT_VERSION` by every compile; read only as a table key
        if isinstance(value, dict):
            assert not any(isinstance(v, enum.Enum) for v in value.values()), name
        else:
            assert not isinstance(value, enum.Enum), name


def test_public_flags_and_matching_unchanged() -> None:
    assert isinstance(regex.IGNORECASE, regex.RegexFlag)
    pattern = regex.compile(r"strasse|kela-sis", regex.IGNORECASE | regex.FULLCASE | regex.VERSION1)
    assert pattern.flags & regex.IGNORECASE
    assert pattern.search("Straße") is not None  # full case folding still holds: ß = ss
    assert pattern.search("KELA-SIS") is not None
    assert regex.compile(r"(?i)kela").search("KELA") is not None
    assert regex.compile(r"kela").search("KELA") is None
