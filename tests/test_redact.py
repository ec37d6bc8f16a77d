"""Redaction: placeholders instead of customer data; the input file is written only with --in-place, atomically."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pelisaannot import Linter
from pelisaannot.cli import redact as redact_cli
from pelisaannot.redact import redact

DRAFT = ("Asiakkaani Pekka Virtanen (131052-308T) soitti numerosta 040-123 4567 ja kertoi osoitteensa "
         "Kauppakatu 12 B 5, 70100 Kuopio.\n"
         "Eräs asiakas, 78-vuotias nainen Kuopiosta, kertoi masennuksestaan. Kelan numero on 020 692 210.\n")
REDACTED = ("Asiakkaani [nimi] ([henkilötunnus]) soitti numerosta [puhelinnumero] ja kertoi osoitteensa "
            "[osoite].\n"
            "Eräs asiakas, [ikä] nainen [paikkakunta], kertoi [terveystieto]. Kelan numero on 020 692 210.\n")


@pytest.fixture(scope="module")
def cd_linter(linter: Linter) -> Linter:
    return linter


@pytest.mark.parametrize(("text", "expected"), [
    (DRAFT, REDACTED),
    ("Tilille FI21 1234 5600 0007 85, posti matti@gmail.com, auto ABC-123.",
     "Tilille [IBAN], posti [sähköposti], auto [rekisterinumero]."),
    ("Kiitos kollega Liisa Mäkelälle! Lisätietoja viestinta@kela.fi.",
     "Kiitos kollega Liisa Mäkelälle! Lisätietoja viestinta@kela.fi."),
    ("Idiootti asiakas.", "Idiootti asiakas."),  # other categories are not redacted
])
def test_redact(cd_linter: Linter, text: str, expected: str) -> None:
    assert redact(text, cd_linter) == expected


def test_redact_keeps_offsets_of_non_nfc_text(cd_linter: Linter) -> None:
    text = "Asiakkaani Pekka Virtanen soitti: 0401234567 ja\r\nkysyi.".replace("ä", "a\u0308")
    assert redact(text, cd_linter) == "Asiakkaani [nimi] soitti: [puhelinnumero] ja\r\nkysyi.".replace(
        "ä", "a\u0308")


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pelisaannot", "redact", *args], input=stdin, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "PELISAANNOT_NER": "0"})


def test_cli_prints_and_never_writes_the_input(tmp_path: Path) -> None:
    draft = tmp_path / "luonnos.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    before = draft.stat().st_mtime_ns
    result = run(str(draft))
    assert result.returncode == 0, result.stderr
    assert result.stdout == REDACTED
    assert draft.read_text(encoding="utf-8") == DRAFT and draft.stat().st_mtime_ns == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["luonnos.txt"]


def test_cli_stdin() -> None:
    result = run("-", stdin="Soita 040 123 4567")
    assert (result.returncode, result.stdout) == (0, "Soita [puhelinnumero]\n")


def test_cli_in_place_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    draft = tmp_path / "luonnos.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    draft.chmod(0o640)
    result = run("--in-place", str(draft))
    assert (result.returncode, result.stdout) == (0, "")
    assert draft.read_text(encoding="utf-8") == REDACTED
    assert draft.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["luonnos.txt"]  # no temp file left behind

    # A failure while writing leaves the original untouched and removes the temp file.
    draft.write_text(DRAFT, encoding="utf-8")

    def broken(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(redact_cli.os, "replace", broken)
    with pytest.raises(OSError):
        redact_cli.write_atomically(draft, REDACTED)
    assert draft.read_text(encoding="utf-8") == DRAFT
    assert sorted(p.name for p in tmp_path.iterdir()) == ["luonnos.txt"]


@pytest.mark.parametrize(("args", "message"), [
    (["/no/such/file.txt"], "tiedostoa ei löydy"),
    (["--in-place", "-"], "--in-place tarvitsee tiedoston"),
])
def test_cli_bad_input_is_one_line_exit_2(args: list[str], message: str) -> None:
    result = run(*args, stdin="x")
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_cli_binary_input(tmp_path: Path) -> None:
    path = tmp_path / "kuva.txt"
    path.write_bytes(b"\x89PNG\x00\x00")
    result = run(str(path))
    assert result.returncode == 2 and "binary" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_in_place_refuses_a_symlink(tmp_path: Path) -> None:
    target = tmp_path / "oikea.txt"
    target.write_text(DRAFT, encoding="utf-8")
    link = tmp_path / "linkki.txt"
    link.symlink_to(target)
    result = run("--in-place", str(link))
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert "on symbolinen linkki (--in-place" in line and str(target) in line
    assert link.is_symlink() and target.read_text(encoding="utf-8") == DRAFT


def test_in_place_refuses_a_read_only_file_unless_forced(tmp_path: Path) -> None:
    draft = tmp_path / "luonnos.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    draft.chmod(0o444)
    result = run("--in-place", str(draft))
    assert result.returncode == 2 and "kirjoitussuojattu; käytä --force" in result.stderr
    assert draft.read_text(encoding="utf-8") == DRAFT
    result = run("--in-place", "--force", str(draft))
    assert result.returncode == 0, result.stderr
    assert draft.read_text(encoding="utf-8") == REDACTED and draft.stat().st_mode & 0o777 == 0o444


def test_in_place_cleans_up_after_a_killed_run(tmp_path: Path) -> None:
    draft = tmp_path / "luonnos.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    leftover = tmp_path / f".luonnos.txt.pelisaannot-redact.{dead}.tmp"
    leftover.write_text(DRAFT, encoding="utf-8")  # what a kill between write and rename leaves
    other = tmp_path / ".muu.txt.pelisaannot-redact.1.tmp"
    other.write_text("x", encoding="utf-8")
    assert run("--in-place", str(draft)).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [other.name, "luonnos.txt"]
