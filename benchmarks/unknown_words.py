"""Share of word tokens that get no lemma, with Voikko alone and with the spoken-Finnish fallback.

    python benchmarks/unknown_words.py [--show 40]

Real informal Finnish (tweets and Suomi24 comments from ../shared/data/finnish); URLs, e-mails, @handles and
hashtags are not counted. The words still unknown are printed, most frequent first, to find the next class.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable

from corpus import DATA, tweets

from pelisaannot.document import Document
from pelisaannot.finnish.colloquial import analyzer
from pelisaannot.finnish.morphology import Analysis, get_morphology

SKIPPED_LAYERS = ("urls", "emails", "mentions", "hashtags")


def suomi24() -> list[str]:
    path = DATA / "suomi24-toxicity-dev" / "annotations.jsonl"
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def words(texts: list[str]) -> list[str]:
    out = []
    for text in texts:
        doc = Document(text)
        out += [t.text for t in doc.words if not doc.inside(t.start, SKIPPED_LAYERS)]
    return out


def unknown(tokens: list[str], analyze: Callable[[str], tuple[Analysis, ...]]) -> Counter[str]:
    return Counter(w.lower() for w in tokens if not analyze(w))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", type=int, default=40, help="still-unknown words printed per corpus")
    args = parser.parse_args()
    morphology = get_morphology()
    fallback = analyzer(morphology)
    for name, texts in (("finnish-tweets-dev", tweets()), ("suomi24-toxicity-dev", suomi24())):
        tokens = words(texts)
        before, after = unknown(tokens, morphology.analyze), unknown(tokens, fallback)
        share = [100 * sum(c.values()) / len(tokens) for c in (before, after)]
        print(f"{name}: {len(tokens)} words, no lemma {share[0]:.2f}% with voikko, {share[1]:.2f}% with the "
              "spoken-Finnish fallback")
        print("  still unknown:", " ".join(f"{w}:{n}" for w, n in after.most_common(args.show)))


if __name__ == "__main__":
    main()
