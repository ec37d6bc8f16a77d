"""Accuracy on the labelled drafts of ../shared/data/posts-dev, file by file, with a held-out file kept apart.

    python benchmarks/posts_dev/evaluate.py [--policy kela] [--held-out c] [--show-misses]

The drafts were written by three other hands who never saw the rules; their README is the policy reading every
label follows. Rules are developed against two files and the third (`--held-out`, default c) is only measured:
its misses are never printed, so nobody tunes a rule to it. Counting follows the set's own `score.py`: findings of
severity info are hints and do not count, and a security finding counts for a post labelled confidential too.
Prints recall and precision per category and file, the clean posts flagged, and posts/s.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

from pelisaannot import Linter

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "posts-dev"
CATEGORIES = ["customer-data", "confidential", "security", "copyright", "tone", "hashtags"]


def expected(post: dict) -> set[str]:
    labels = set(post["expect"])
    return labels | {"confidential"} if "security" in labels else labels


def found(linter: Linter, post: dict) -> set[str]:
    cats = {f.category for f in linter.check(post["text"], post.get("platform") or "generic") if f.severity != "info"}
    return cats | {"confidential"} if "security" in cats else cats


def table(name: str, posts: list[dict], got: dict[str, set[str]]) -> None:
    cells = []
    for cat in CATEGORIES:
        pos = [p for p in posts if cat in expected(p)]
        flagged = [p for p in posts if cat in got[p["id"]]]
        hits = [p for p in pos if cat in got[p["id"]]]
        recall = f"{len(hits) / len(pos):.2f}" if pos else "-"
        precision = f"{len(hits) / len(flagged):.2f}" if flagged else "-"
        cells.append(f"{recall}/{precision}")
    clean = [p for p in posts if not p["expect"]]
    flagged_clean = sum(1 for p in clean if got[p["id"]] & set(CATEGORIES))
    print(f"{name:10}" + "".join(f"{c:>15}" for c in cells) + f"{flagged_clean:>6}/{len(clean)} "
          f"({flagged_clean / max(1, len(clean)):.1%})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--policy", default="kela")
    ap.add_argument("--held-out", default="c", choices="abc", help="the file that is measured, never studied")
    ap.add_argument("--show-misses", action="store_true", help="print misses and false alarms of the other files")
    args = ap.parse_args()
    linter = Linter.from_policy(args.policy)
    files = {k: [json.loads(line) for line in (DATA / f"posts-dev-{k}.jsonl").open(encoding="utf-8") if line.strip()]
             for k in "abc"}
    got: dict[str, set[str]] = defaultdict(set)
    started = time.perf_counter()
    for posts in files.values():
        for post in posts:
            got[post["id"]] = found(linter, post)
    elapsed = time.perf_counter() - started
    print("recall/precision per category; clean posts flagged")
    print(f"{'file':10}" + "".join(f"{c:>15}" for c in CATEGORIES) + "   clean flagged")
    dev = [p for k, posts in files.items() if k != args.held_out for p in posts]
    for k, posts in files.items():
        table(f"{k}{' (held)' if k == args.held_out else ''}", posts, got)
    table("dev", dev, got)
    table("all", [p for posts in files.values() for p in posts], got)
    total = sum(len(p) for p in files.values())
    print(f"{total} posts in {elapsed:.1f} s ({total / elapsed:.0f} posts/s, model loads included)")
    if args.show_misses:
        for post in dev:
            exp, hit = expected(post), got[post["id"]] & set(CATEGORIES)
            for cat in sorted(exp - hit):
                print(f"MISS  {cat:13} {post['id']}: {post['text'][:120]!r}")
            for cat in sorted(hit - exp):
                print(f"FALSE {cat:13} {post['id']}: {post['text'][:120]!r}")


if __name__ == "__main__":
    main()
