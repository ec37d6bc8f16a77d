"""How much real informal Finnish gets a lemma: unknown lower-case words with Voikko and the spoken fallback.

    python benchmarks/spoken_coverage.py [--show 60] [--half first|second|both] [--rewritten]

Over the Finnish tweets and the Suomi24 comments of ../shared/data/finnish (nobody here wrote them), every
lower-case word token of Finnish letters (URLs, e-mails, @handles and hashtags left out; capitalised words are
mostly names, which the spoken layer leaves alone) is looked up with Voikko and then with colloquial.py. Prints the
share of tokens and of types still without a lemma, and the top unknown types with counts. Each corpus is split
in halves by index: develop on the first, report the second as well, so a rule tuned to one comment shows.
`--rewritten` prints what the spoken layer gave each word it recovered (most frequent first): check them by eye,
a wrong lemma is worse than none.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter

from corpus import DATA, tweets

from pelisaannot.document import Document
from pelisaannot.finnish.colloquial import analyzer
from pelisaannot.finnish.morphology import get_morphology

SKIPPED_LAYERS = ("urls", "emails", "mentions", "hashtags")
#: A lower-case word of Finnish letters (inner hyphens allowed); c, q, w, x, z words are mostly foreign.
WORD_RE = re.compile(r"[a-zåäö]+(?:-[a-zåäö]+)*")


def suomi24() -> list[str]:
    path = DATA / "suomi24-toxicity-dev" / "annotations.jsonl"
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def halves(texts: list[str]) -> dict[str, list[str]]:
    middle = len(texts) // 2
    return {"first": texts[:middle], "second": texts[middle:]}


def words(texts: list[str]) -> list[str]:
    """Lower-case Finnish-letter word tokens of the texts."""
    out: list[str] = []
    for text in texts:
        doc = Document(text)
        out += [t.text for t in doc.words if WORD_RE.fullmatch(t.text) and not doc.inside(t.start, SKIPPED_LAYERS)]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", type=int, default=60, help="top unknown types printed per corpus half")
    parser.add_argument("--half", choices=("first", "second", "both"), default="both")
    parser.add_argument("--rewritten", action="store_true", help="print the lemmas the spoken layer gave")
    args = parser.parse_args()
    morphology = get_morphology()
    fallback = analyzer(morphology)
    for corpus, texts in (("tweets", tweets()), ("suomi24", suomi24())):
        for half, part in halves(texts).items():
            if args.half not in (half, "both"):
                continue
            tokens = words(part)
            types = Counter(tokens)
            voikko_unknown = {w for w in types if not morphology.analyze(w)}
            unknown = Counter({w: n for w, n in types.items() if w in voikko_unknown and not fallback(w)})
            recovered = Counter({w: n for w, n in types.items() if w in voikko_unknown and fallback(w)})
            n_tok, n_typ = len(tokens), len(types)
            voikko_tok = sum(types[w] for w in voikko_unknown)
            print(f"{corpus} {half} half: {n_tok} tokens, {n_typ} types; no lemma: "
                  f"voikko {100 * voikko_tok / n_tok:.2f}% tokens {100 * len(voikko_unknown) / n_typ:.2f}% types; "
                  f"with spoken fallback {100 * sum(unknown.values()) / n_tok:.2f}% tokens "
                  f"{100 * len(unknown) / n_typ:.2f}% types")
            print("  top unknown:", " ".join(f"{w}:{n}" for w, n in unknown.most_common(args.show)))
            if args.rewritten:
                for w, n in recovered.most_common():
                    lemmas = sorted({a.baseform for a in fallback(w)} - {w})
                    print(f"    {n:3d} {w} -> {', '.join(lemmas)}")


if __name__ == "__main__":
    main()
