"""False alarms on real Finnish nobody here wrote: how many treebank sentences and tweets get a finding, per rule.

    python benchmarks/false_alarms.py [--policy kela] [--show 5]

There are no customers, classified documents or hashtag fences in these texts, so nearly every finding is a false
alarm; the flagged words are printed so that a human can judge the rest (a real swear word in a tweet is a hit).
Suomi24 forum comments are rude by selection, so for them only findings outside the tone category are counted:
informal real text that talks about everyday life, quotes others and names people, with no customer in it.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from corpus import forum_comments, treebank_sentences, tweets

from pelisaannot import Linter


def measure(linter: Linter, name: str, texts: list[str], platform: str, show: int,
            skip_category: str | None = None) -> None:
    flagged = 0
    per_rule: Counter[str] = Counter()
    samples: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        findings = [f for f in linter.check(text, platform) if f.category != skip_category]
        if findings:
            flagged += 1
        for rule in {f.rule for f in findings}:
            per_rule[rule] += 1
        for f in findings:
            if len(samples[f.rule]) < show:
                samples[f.rule].append(f.text)
    print(f"{name}: {flagged}/{len(texts)} flagged ({100 * flagged / len(texts):.1f}%)")
    for rule, count in per_rule.most_common():
        print(f"  {rule}: {count} ({100 * count / len(texts):.1f}%)  e.g. {samples[rule]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--policy", default="kela")
    parser.add_argument("--show", type=int, default=5, help="flagged spans shown per rule")
    args = parser.parse_args()
    linter = Linter.from_policy(args.policy)
    measure(linter, "ud-tdt-dev sentences (goal <= 1%)", treebank_sentences(), "generic", args.show)
    measure(linter, "finnish-tweets-dev (goal <= 3%)", tweets(), "x", args.show)
    measure(linter, "suomi24 comments, findings other than tone", forum_comments(), "generic", args.show,
            skip_category="tone")


if __name__ == "__main__":
    main()
