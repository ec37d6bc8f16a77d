"""Build `pelisaannot/finnish/data/names.tsv`: Finnish names Voikko does not tag as names.

Voikko knows common first names and surnames (Pekka, Virtanen) as `etunimi`/`sukunimi`, but reads many others
as place names (Nieminen, Mäkelä, Simo) or not at all. This keeps DVV names borne by at least MIN_COUNT people
that Voikko does not tag as a name, and marks those that are also ordinary words in the Kotus list (Arvo, Sisu,
Kokko), which need more context before they count as a name.

    python benchmarks/customer_data/build_gazetteer.py ../shared/data/finnish
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from pelisaannot.finnish.morphology import get_morphology

MIN_COUNT = 300
OUT = Path(__file__).resolve().parents[2] / "pelisaannot/finnish/data/names.tsv"
HEADER = """\
# Finnish first names (e) and surnames (s) borne by at least {min} people that Voikko does not tag as names.
# Third column: c = also an ordinary Finnish word (Kotus list), so it needs context to count as a name.
# Built by benchmarks/customer_data/build_gazetteer.py from:
#   - Digi- ja väestötietovirasto (DVV), first-name and surname statistics, open data, CC BY 4.0
#     (via ohjelmointi2/wordplay-exercise @ 821bdb7 and ohjelmointi2/map-exercises @ 147f5ff);
#   - Kotimaisten kielten keskus (Kotus), Nykysuomen sanalista, CC BY 3.0
#     (via ohjelmointi2/wordplay-exercise @ 821bdb7, data/kaikkisanat.txt).
"""


def _stats(path: Path) -> dict[str, int]:
    out: dict[str, int] = {}
    with path.open(encoding="utf-8-sig") as fh:
        rows = csv.reader(fh, delimiter=";")
        next(rows)
        for row in rows:
            if len(row) >= 2 and row[0].strip():
                out[row[0].strip()] = int("".join(ch for ch in row[1] if ch.isdigit()) or 0)
    return out


def main(data: Path) -> None:
    dvv = data / "dvv-names"
    first: Counter[str] = Counter()
    for name in ("miehet-ensimmainen", "miehet-muut", "naiset-ensimmainen", "naiset-muut"):
        first.update(_stats(dvv / f"etunimitilasto-{name}.csv"))
    surnames = _stats(dvv / "sukunimitilasto.csv")
    kotus = {w.strip().lower() for w in (data / "wordlists/kotus-nykysuomen-sanalista.txt").open(encoding="utf-8")}
    morphology = get_morphology()
    rows: dict[str, tuple[str, bool]] = {}
    for cls, counts in (("e", first), ("s", surnames)):
        for name, count in counts.items():
            if count < MIN_COUNT or not name.isalpha() or name in rows:
                continue
            readings = morphology.analyze(name)
            if any(a.wordclass in ("etunimi", "sukunimi") for a in readings):
                continue
            common = name.lower() in kotus or any(a.wordclass not in ("paikannimi", "") for a in readings)
            rows[name] = (cls, common)
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write(HEADER.format(min=MIN_COUNT))
        for name in sorted(rows):
            cls, common = rows[name]
            fh.write(f"{name}\t{cls}{chr(9) + 'c' if common else ''}\n")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/finnish"))
