"""Build pelisaannot/data/confusables.tsv: letters and digits of other scripts that look like an ASCII one.

    pip install confusable-homoglyphs==3.3.1 && python scripts/build_confusables.py

The source is the Unicode confusables table (UTS #39, "confusables.txt") as packaged by confusable-homoglyphs.
Kept: a letter or decimal digit outside ASCII and Latin-1 (so å, ä, ö, é... are never touched) whose NFKC form
is itself (NFKC folds full-width and mathematical letters first) and that the table calls confusable with an
ASCII letter or digit; the ASCII one of the same case is preferred, then a letter, then a digit.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import confusable_homoglyphs

OUT = Path(__file__).resolve().parent.parent / "pelisaannot" / "data" / "confusables.tsv"
HEADER = """\
# Characters of other scripts that look like an ASCII letter or digit, and that letter or digit.
# From the Unicode confusables table (UTS #39 confusables.txt, via confusable-homoglyphs 3.3.1), built by
# scripts/build_confusables.py. Only letters and digits outside Latin-1 whose NFKC form is themselves.
# Used to fold look-alikes when matching (`раskа` with Cyrillic р and а is paska); findings keep the original.
"""


def main() -> None:
    data = json.loads((Path(confusable_homoglyphs.__file__).parent / "confusables.json").read_text("utf-8"))
    rows: dict[str, str] = {}
    for char, entries in data.items():
        if len(char) != 1 or ord(char) < 0x250 or unicodedata.normalize("NFKC", char) != char:
            continue
        if not unicodedata.category(char).startswith(("L", "Nd")):
            continue
        ascii_ = [e["c"] for e in entries if len(e["c"]) == 1 and e["c"].isascii() and e["c"].isalnum()]
        if not ascii_:
            continue
        same_case = [c for c in ascii_
                     if c.isalpha() and c.isupper() == char.isupper() and c.islower() == char.islower()]
        letters = [c for c in ascii_ if c.isalpha()]
        rows[char] = (same_case or letters or ascii_)[0]
    lines = [f"{c}\t{a}\t{unicodedata.name(c, '?')}" for c, a in sorted(rows.items())]
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} characters -> {OUT}")


if __name__ == "__main__":
    main()
