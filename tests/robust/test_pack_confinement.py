"""A pack reads only what it owns: every path is resolved and must stay inside the pack (or a pack it
extends), and everything is read at load time, so a bad file is a load error, never a crash while checking."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tinypack import DOCUMENT, MANIFEST, make_pack, rule

from pelisaannot.errors import PolicyError
from pelisaannot.policy import load_policy


def test_a_good_pack_loads(tmp_path: Path) -> None:
    assert [r.id for r in load_policy(make_pack(tmp_path)).rules] == ["T-TO-001"]


@pytest.mark.parametrize("files", ["[/etc/passwd]", "['../../../../etc/passwd']", "[/dev/zero]", "['~/x.txt']"])
def test_list_file_outside_the_pack_is_refused(tmp_path: Path, files: str) -> None:
    with pytest.raises(PolicyError, match=r"T-TO-001.yaml:\d+: check.files\[0\]: polku|suhteellinen pakettiin"):
        load_policy(make_pack(tmp_path, files=files))


def test_list_file_symlinked_outside_is_refused(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("salaisuus\n", encoding="utf-8")
    pack = make_pack(tmp_path)
    (pack / "lista.txt").unlink()
    os.symlink(tmp_path / "secret.txt", pack / "lista.txt")
    with pytest.raises(PolicyError, match="polku johtaa paketin ulkopuolelle"):
        load_policy(pack)


def test_list_file_that_is_a_device_is_refused(tmp_path: Path) -> None:
    pack = make_pack(tmp_path)
    os.mkfifo(pack / "fifo.txt")
    with pytest.raises(PolicyError, match="ei tavallinen tiedosto"):
        load_policy(make_pack(tmp_path, files="[fifo.txt]"))


def test_rule_file_symlinked_outside_is_not_loaded(tmp_path: Path) -> None:
    pack = make_pack(tmp_path)
    (tmp_path / "T-TO-002.yaml").write_text(rule().replace("T-TO-001", "T-TO-002"), encoding="utf-8")
    os.symlink(tmp_path / "T-TO-002.yaml", pack / "T-TO-002.yaml")
    with pytest.raises(PolicyError, match="paketin ulkopuolelle"):
        load_policy(pack)


def test_rule_file_that_is_a_fifo_is_refused(tmp_path: Path) -> None:
    pack = make_pack(tmp_path)
    os.mkfifo(pack / "T-TO-009.yaml")
    with pytest.raises(PolicyError, match="ei tavallinen tiedosto"):
        load_policy(pack)


@pytest.mark.parametrize("document", ["/etc/passwd", "../../../../etc/passwd", "/dev/zero"])
def test_document_outside_the_pack_is_refused(tmp_path: Path, document: str) -> None:
    pack = make_pack(tmp_path)
    (pack / "pack.yaml").write_text((pack / "pack.yaml").read_text().replace("ohje.md", document),
                                    encoding="utf-8")
    with pytest.raises(PolicyError, match=r"pack.yaml:\d+: document: "):
        load_policy(pack)


PROTECTED = "  kind: copied_text\n  mode: protected\n"


@pytest.mark.parametrize(("sources", "words"), [
    ("['/etc/*']", "suhteellinen"),
    ("['../*.txt']", "nousta ylös"),
    ("[missing.txt]", "cannot read protected source"),
    ("[bad.txt]", "ei ole UTF-8"),
    ("[link/*.txt]", "tiedosto johtaa paketin ulkopuolelle"),
])
def test_protected_sources_stay_inside_and_are_read_at_load(tmp_path: Path, sources: str, words: str) -> None:
    (tmp_path / "outside.txt").write_text("salainen teksti " * 20, encoding="utf-8")
    pack = make_pack(tmp_path, kind=PROTECTED, extra=f"settings:\n  protected_sources: {sources}\n")
    (pack / "bad.txt").write_bytes(b"\xff\xfe latin \xe4")
    (pack / "link").mkdir()
    os.symlink(tmp_path / "outside.txt", pack / "link" / "x.txt")
    with pytest.raises(PolicyError, match=words):
        load_policy(pack)


def test_protected_sources_inside_the_pack_load(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, kind=PROTECTED, extra="settings:\n  protected_sources: [src/*.txt]\n")
    (pack / "src").mkdir()
    (pack / "src" / "raportti.txt").write_text("yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan", "utf-8")
    assert load_policy(pack).rules[0].check._index


def test_extending_pack_may_read_its_parents_files(tmp_path: Path) -> None:
    parent = make_pack(tmp_path)
    child = tmp_path / "child"
    child.mkdir()
    (child / "pack.yaml").write_text(MANIFEST.format(extra=f"extends: {parent}\n").replace("testi", "lapsi"),
                                     encoding="utf-8")
    (child / "ohje.md").write_text(DOCUMENT, encoding="utf-8")
    policy = load_policy(child)
    assert policy.roots == (child.resolve(), parent.resolve())
