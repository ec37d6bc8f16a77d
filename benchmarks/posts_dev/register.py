"""Do findings survive a change of register? posts-dev a and b rewritten the way informal writers write.

    python benchmarks/posts_dev/register.py [--transform casual,spoken] [--files ab] [--show-misses]
    python benchmarks/posts_dev/register.py --examples [--transform spoken] [--show-misses]

The unseen writers write as people do on Instagram and Threads: lower case, no full stops, spoken Finnish,
informal Swedish and English. A rule that finds a draft in standard Finnish should find it in spoken Finnish too,
and a clean draft should stay clean. This script rewrites the labelled drafts of the development files with
deterministic transforms (`benchmarks/posts_dev/transforms/`, one module per register; each rewrite is a feature
attested in the real informal text of ../shared/data/finnish) and prints recall and precision per category on the
original and on the rewritten drafts. The labels stay: a change of register does not change the policy reading.

Only development files are rewritten (the held-out file is never studied). `--show-misses` prints every category
the original draft was found for and the rewritten one lost, with the rewritten text, and every new false alarm.

`--examples` rewrites the rules' own examples instead (about 1,800 bad and as many good, a larger sample written
for the rules rather than for the policy reading): each transform on its own, applied to the examples in its
languages (the language is the one the linter reads the example as). It prints per transform the bad examples
whose rewrite loses the rule's finding and the good ones whose rewrite gains it (with `--show-misses`, each with
its rule id and rewritten text) and the totals. Each example is checked with its rule alone, as its test runs it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaluate import CATEGORIES, DATA, expected, found, table
from transforms import TRANSFORMS, rewrite

from pelisaannot import Linter, load_policy
from pelisaannot.document import Document


def load(key: str) -> list[dict]:
    path = DATA / f"posts-dev-{key}.jsonl"
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def examples(policy_spec: str, names: list[str], show: bool) -> None:
    """Per transform, the rules' bad examples that lose their finding and good ones that gain one when rewritten."""
    policy = load_policy(policy_spec)
    cases = []  # (rule id, kind, text, platform, lang, linter)
    for rule in policy.rules:
        linter = Linter(policy, select=(rule.id,))
        for kind, group in (("bad", rule.bad), ("good", rule.good)):
            for ex in group:
                cases.append((rule.id, kind, ex.text, ex.platform, Document(ex.text).lang, linter))
    print(f"{len(cases)} examples of {len(policy.rules)} rules "
          f"({sum(c[1] == 'bad' for c in cases)} bad, {sum(c[1] == 'good' for c in cases)} good)")
    print(f"{'transform':12}{'changed':>9}{'bad lost':>10}{'good gained':>13}")
    for name in names:
        changed = lost = gained = 0
        shown: list[str] = []
        for rule_id, kind, text, platform, lang, linter in cases:
            new = rewrite(text, lang, [name])
            if new == text:
                continue
            changed += 1
            hit = any(f.rule == rule_id for f in linter.check(new, platform))
            if kind == "bad" and not hit:
                lost += 1
                shown.append(f"LOST   {name:12} {rule_id}: {new!r}")
            elif kind == "good" and hit:
                gained += 1
                shown.append(f"GAINED {name:12} {rule_id}: {new!r}")
        print(f"{name:12}{changed:>9}{lost:>10}{gained:>13}")
        if show:
            print("\n".join(shown))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--policy", default="kela")
    ap.add_argument("--files", default="ab", help="development files to rewrite (never the held-out one)")
    ap.add_argument("--transform", default=",".join(TRANSFORMS),
                    help=f"comma-separated, applied in order; known: {', '.join(TRANSFORMS)}")
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("--examples", action="store_true",
                    help="rewrite the rules' own bad and good examples instead of the development drafts")
    args = ap.parse_args()
    if "c" in args.files:
        ap.error("file c is held out: it is measured by evaluate.py, never rewritten and studied here")
    names = [n for n in args.transform.split(",") if n]
    unknown = [n for n in names if n not in TRANSFORMS]
    if unknown:
        ap.error(f"unknown transform {unknown[0]!r}; known: {', '.join(TRANSFORMS)}")
    if args.examples:
        examples(args.policy, names, args.show_misses)
        return
    linter = Linter.from_policy(args.policy)
    posts = [p for key in args.files for p in load(key)]
    rewritten = [{**p, "text": rewrite(p["text"], p["lang"], names)} for p in posts]
    changed = sum(1 for p, q in zip(posts, rewritten, strict=True) if p["text"] != q["text"])
    before: dict[str, set[str]] = defaultdict(set)
    after: dict[str, set[str]] = defaultdict(set)
    for p, q in zip(posts, rewritten, strict=True):
        before[p["id"]] = found(linter, p)
        after[q["id"]] = found(linter, q)
    print(f"transforms: {', '.join(names)}; {changed} of {len(posts)} drafts changed")
    print(f"{'drafts':10}" + "".join(f"{c:>15}" for c in CATEGORIES) + "   clean flagged")
    table("original", posts, before)
    table("rewritten", rewritten, after)
    if args.show_misses:
        for p, q in zip(posts, rewritten, strict=True):
            exp = expected(p)
            lost = (before[p["id"]] - after[q["id"]]) & exp & set(CATEGORIES)
            new_false = (after[q["id"]] - before[p["id"]] - exp) & set(CATEGORIES)
            for cat in sorted(lost):
                print(f"LOST  {cat:13} {p['id']}: {q['text'][:160]!r}")
            for cat in sorted(new_false):
                print(f"FALSE {cat:13} {p['id']}: {q['text'][:160]!r}")


if __name__ == "__main__":
    main()
