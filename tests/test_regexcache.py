"""Compiled patterns kept on disk (`pelisaannot.regexcache`): the pattern read back is the one compiled."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest
import regex

from pelisaannot import regexcache

SOURCE = r"(?i)(?<![\p{L}\p{N}])(?P<word>salasana\w{0,3}|lösenord|pass(?:word)?)[ \t]*(?::|on|är)[ \t]*(?P<value>\S+)"
TEXTS = ["Salasana: kissa123", "WiFi-SALASANAN on koira", "lösenord är Hund!", "ei mitään", "passwordi x"]


def _kept(folder: Path) -> list[Path]:
    return sorted(folder.glob("patterns-*/pattern-*.bin"))


def _same(a: regex.Pattern[str], b: regex.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groupindex, a.groups) == (b.pattern, b.flags, b.groupindex, b.groups)
    for text in TEXTS:
        assert [m.groupdict() | {"span": m.span()} for m in a.finditer(text)] == \
               [m.groupdict() | {"span": m.span()} for m in b.finditer(text)]


def test_a_pattern_read_back_is_the_pattern_compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PELISAANNOT_CACHE_DIR", str(tmp_path))
    first = regexcache.compile(SOURCE, regex.VERSION1)
    assert len(_kept(tmp_path)) == 1
    again = regexcache.compile(SOURCE, regex.VERSION1)
    assert len(_kept(tmp_path)) == 1
    _same(again, first)
    _same(again, regex.compile(SOURCE, regex.VERSION1))
    # Other flags are another pattern, in a file of its own.
    _same(regexcache.compile(SOURCE, regex.IGNORECASE & ~regex.FULLCASE), regex.compile(SOURCE, 0))
    assert len(_kept(tmp_path)) == 2


def test_a_broken_or_foreign_file_is_a_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PELISAANNOT_CACHE_DIR", str(tmp_path))
    regexcache.compile(SOURCE)
    (path,) = _kept(tmp_path)
    path.write_bytes(b"not marshal data")
    _same(regexcache.compile(SOURCE), regex.compile(SOURCE))
    # A file made from another source, found under this one's name, is not used either.
    other = r"(?P<word>x)(?P<value>y)"
    path.write_bytes(marshal.dumps(("pattern", other, 0, regex.compile(other)._pickled_data)))  # type: ignore[attr-defined]
    _same(regexcache.compile(SOURCE), regex.compile(SOURCE))


def test_an_invalid_pattern_raises_and_is_not_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PELISAANNOT_CACHE_DIR", str(tmp_path))
    with pytest.raises(regex.error):
        regexcache.compile(r"(?P<a>x")
    assert _kept(tmp_path) == []


def test_no_cache_folder_compiles_as_usual(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PELISAANNOT_CACHE_DIR", "")
    _same(regexcache.compile(SOURCE), regex.compile(SOURCE))
    # A folder that cannot be made (a file in its place): compiled as usual, nothing written.
    blocked = tmp_path / "file"
    blocked.write_text("x")
    monkeypatch.setenv("PELISAANNOT_CACHE_DIR", str(blocked))
    _same(regexcache.compile(SOURCE), regex.compile(SOURCE))


def test_a_value_worked_out_from_a_source_is_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PELISAANNOT_CACHE_DIR", str(tmp_path))
    calls: list[int] = []

    def compute() -> tuple[frozenset[str], ...]:
        calls.append(1)
        return (frozenset({"salasana", "lösenord"}), frozenset({"on"}))

    first = regexcache.remembered("required", SOURCE, 0, compute)
    assert regexcache.remembered("required", SOURCE, 0, compute) == first
    assert len(calls) == 1
    # Another kind, source or flags is another value.
    regexcache.remembered("other", SOURCE, 0, compute)
    regexcache.remembered("required", SOURCE, regex.IGNORECASE, compute)
    assert len(calls) == 3


def test_a_second_process_finds_every_pattern_of_the_builtin_policy_kept(tmp_path: Path) -> None:
    """Pattern sources must not depend on the hash seed (a set's order): otherwise every process compiles and writes
    its own copies and the folder fills up. A second process with another seed writes nothing new."""
    import os
    import subprocess
    import sys

    script = ("from pelisaannot import Linter\n"
              "lin = Linter.from_policy('kela')\n"
              "for t in ['Salasana on kissa123', 'Ovikoodi 4582 jos joku unohti', 'Asiakas Pekka Virtanen soitti',"
              " 'Älkää kertoko kenellekään, mut tiimi lopetetaan', 'Löysin kuvan netistä', 'Pomo on ihan pelle']:\n"
              "    lin.check(t, 'x')\n")
    env = {**os.environ, "PELISAANNOT_CACHE_DIR": str(tmp_path), "PELISAANNOT_NER": "0"}
    subprocess.run([sys.executable, "-c", script], env={**env, "PYTHONHASHSEED": "1"}, check=True)
    first = set(_kept(tmp_path))
    subprocess.run([sys.executable, "-c", script], env={**env, "PYTHONHASHSEED": "2"}, check=True)
    assert first and set(_kept(tmp_path)) == first


def test_folders_of_an_older_format_are_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder of an older file format is never read again: the first write of a process removes it; one of the
    same format for another `regex` or Python stays (another environment may use it)."""
    monkeypatch.setenv("PELISAANNOT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regexcache, "_files", {})
    older = tmp_path / f"patterns-{regexcache.FORMAT - 1}-regex0-py30"
    other = tmp_path / f"patterns-{regexcache.FORMAT}-regex0-py30"
    for folder in (older, other):
        folder.mkdir()
        (folder / "pattern-x.bin").write_bytes(b"x")
    regexcache.compile(SOURCE)
    assert not older.exists()
    assert (other / "pattern-x.bin").exists()
    assert len(_kept(tmp_path)) == 2  # the new pattern and the other environment's file
