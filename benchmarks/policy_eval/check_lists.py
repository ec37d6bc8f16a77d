"""Vets the pack's word lists: how voikko reads each word, whether Kotus lists it, and what a list would hit
among ordinary Finnish words.

For every list in rules/kela/lists it prints the words voikko does not know (they are matched by a stem),
and, most important, the Kotus lemmas that the list's lexicon check would report: an ordinary word there
means the list needs an `exclude` or the word must go.

Run: python benchmarks/policy_eval/check_lists.py [--data ../shared/data/finnish]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pelisaannot.checks.lexicon import LexiconCheck
from pelisaannot.document import Document
from pelisaannot.policy import load_policy

HERE = Path(__file__).parent
PACK = HERE.parents[1] / "rules" / "kela"
DEFAULT_DATA = HERE.parents[2] / "shared" / "data" / "finnish"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    kotus_path = args.data / "wordlists" / "kotus-nykysuomen-sanalista.txt"
    kotus = [w.strip() for w in kotus_path.read_text(encoding="utf-8").splitlines() if w.strip()]
    # The pack's own lexicon rules (with their stems and exclusions), then any list no such rule reads.
    rules = [(f"{r.id} ({', '.join(r.raw['check'].get('files', []))})", r.check)
             for r in load_policy(PACK).rules if r.kind == "lexicon"]
    read = {f for r in load_policy(PACK).rules if r.kind == "lexicon" for f in r.raw["check"].get("files", [])}
    for path in sorted((PACK / "lists").glob("*.txt")):
        if f"lists/{path.name}" not in read:
            print(f"{path.name}: read by another kind (disrespect: base forms only), not checked here")
    for name, check in rules:
        assert isinstance(check, LexiconCheck)
        probe = Document("x")
        unknown = sorted(w for w in check.words if not probe.morphology.analyze(w))
        in_kotus = sorted(check.words & {w.lower() for w in kotus})
        # Every Kotus lemma the check would report, each alone as a lower-case word mid-sentence.
        hits = []
        for word in kotus:
            if word[:1].isupper():
                continue  # names are skipped mid-sentence anyway
            doc = Document(f"sana {word} sana")
            found = [m for m in check.run(doc)]
            if found and word.lower() not in check.words:
                hits.append(f"{word}->{found[0].values['lemma']}")
        print(f"\n{name}: {len(check.words)} words, {len(in_kotus)} in Kotus, {len(unknown)} unknown to voikko")
        print(f"  unknown to voikko (matched by stem): {', '.join(unknown) or '-'}")
        print(f"  other Kotus lemmas it reports ({len(hits)}): {', '.join(hits[:60]) or '-'}")


if __name__ == "__main__":
    main()
