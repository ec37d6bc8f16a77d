"""A one-rule pack written into a temporary folder, for the pack-confinement and pattern tests."""

from __future__ import annotations

from pathlib import Path

MANIFEST = """name: testi
organisation: Testi
version: "1"
document: ohje.md
{extra}
"""
DOCUMENT = '# Ohje\n\n<a id="kielto"></a>\nÄlä kiroile.\n'


def rule(files: str = "[lista.txt]", kind: str = "lexicon") -> str:
    check = f"  kind: {kind}\n  files: {files}\n" if kind == "lexicon" else kind
    return f"""id: T-TO-001
category: tone
severity: warning
title: Kirosana
message: "Kirosana {{match}}."
clause:
  quote: Älä kiroile.
  anchor: kielto
check:
{check}examples:
  bad: [Voi perkele.]
  good: [Hyvää päivää.]
"""


def make_pack(root: Path, *, extra: str = "", files: str = "[lista.txt]", kind: str = "lexicon") -> Path:
    pack = root / "pack"
    pack.mkdir(exist_ok=True)
    (pack / "pack.yaml").write_text(MANIFEST.format(extra=extra), encoding="utf-8")
    (pack / "ohje.md").write_text(DOCUMENT, encoding="utf-8")
    (pack / "lista.txt").write_text("perkele\n", encoding="utf-8")
    (pack / "T-TO-001.yaml").write_text(rule(files, kind), encoding="utf-8")
    return pack
