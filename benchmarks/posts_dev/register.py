"""Do findings survive a change of register? posts-dev a and b rewritten the way informal writers write.

    python benchmarks/posts_dev/register.py [--transform casual,spoken] [--files ab] [--show-misses]

The unseen writers write as people do on Instagram and Threads: lower case, no full stops, spoken Finnish,
informal Swedish and English. A rule that finds a draft in standard Finnish should find it in spoken Finnish too,
and a clean draft should stay clean. This script rewrites the labelled drafts of the development files with
deterministic transforms (`benchmarks/posts_dev/transforms/`, one module per register; each rewrite is a feature
attested in the real informal text of ../shared/data/finnish) and prints recall and precision per category on the
original and on the rewritten drafts. The labels stay: a change of register does not change the policy reading.

Only development files are rewritten (the held-out file is never studied). `--show-misses` prints every category
the original draft was found for and the rewritten one lost, with the rewritten text, and every new false alarm.
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

from pelisaannot import Linter


def load(key: str) -> list[dict]:
    path = DATA / f"posts-dev-{key}.jsonl"
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--policy", default="kela")
    ap.add_argument("--files", default="ab", help="development files to rewrite (never the held-out one)")
    ap.add_argument("--transform", default=",".join(TRANSFORMS),
                    help=f"comma-separated, applied in order; known: {', '.join(TRANSFORMS)}")
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args()
    if "c" in args.files:
        ap.error("file c is held out: it is measured by evaluate.py, never rewritten and studied here")
    names = [n for n in args.transform.split(",") if n]
    unknown = [n for n in names if n not in TRANSFORMS]
    if unknown:
        ap.error(f"unknown transform {unknown[0]!r}; known: {', '.join(TRANSFORMS)}")
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
