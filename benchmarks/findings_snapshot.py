"""Same answers, faster: a snapshot of every finding of a policy, to compare before and after an optimisation.

    python benchmarks/findings_snapshot.py save FILE [--policy kela]
    python benchmarks/findings_snapshot.py compare FILE [--policy kela]

The texts: every posts-dev draft (files a, b and c, each with its platform) and the real text of
benchmarks/corpus.py (tweets, treebank sentences, Suomi24 comments). Per text it keeps the findings' rule id,
start, end, severity and message. The held-out file c is never shown: its findings are stored only as a hash
per post, and `compare` prints only how many of its posts differ.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

from corpus import DATA, treebank_sentences, tweets

from pelisaannot import Linter

POSTS_DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "posts-dev"
HELD_OUT = "posts-dev-c"


def suomi24() -> list[str]:
    path = DATA / "suomi24-toxicity-dev" / "annotations.jsonl"
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def texts() -> dict[str, list[tuple[str, str]]]:
    """Source name -> (text, platform) in a fixed order."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name in ("posts-dev-a", "posts-dev-b", HELD_OUT):
        rows = [json.loads(line) for line in (POSTS_DEV / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()]
        out[name] = [(row["text"], row.get("platform") or "generic") for row in rows]
    out["tweets"] = [(t, "generic") for t in tweets()]
    out["treebank"] = [(t, "generic") for t in treebank_sentences()]
    out["suomi24"] = [(t, "generic") for t in suomi24()]
    return out


def findings(policy: str) -> tuple[dict[str, list[object]], float, int]:
    linter = Linter.from_policy(policy)
    out: dict[str, list[object]] = {}
    start, count = time.perf_counter(), 0
    for source, rows in texts().items():
        per_text: list[object] = []
        for text, platform in rows:
            found = [[f.rule, f.start, f.end, str(f.severity), f.message] for f in linter.check(text, platform)]
            count += 1
            if source == HELD_OUT:
                per_text.append(hashlib.sha256(json.dumps(found, ensure_ascii=False).encode()).hexdigest())
            else:
                per_text.append(found)
        out[source] = per_text
    return out, time.perf_counter() - start, count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("save", "compare"))
    parser.add_argument("file", type=Path)
    parser.add_argument("--policy", default="kela")
    parser.add_argument("--show", type=int, default=5, help="differences shown per source (not for file c)")
    args = parser.parse_args()
    now, elapsed, count = findings(args.policy)
    print(f"{count} texts in {elapsed:.1f} s ({count / elapsed:,.0f} texts/s)")
    if args.action == "save":
        args.file.write_text(json.dumps(now, ensure_ascii=False), encoding="utf-8")
        for source, rows in now.items():
            total = "hashed" if source == HELD_OUT else sum(len(r) for r in rows)  # type: ignore[arg-type]
            print(f"{source}: {len(rows)} texts, findings {total}")
        return 0
    saved = json.loads(args.file.read_text(encoding="utf-8"))
    different = 0
    for source, rows in now.items():
        before = saved.get(source, [])
        changed = [i for i in range(max(len(rows), len(before)))
                   if i >= len(rows) or i >= len(before) or rows[i] != before[i]]
        different += len(changed)
        print(f"{source}: {len(rows)} texts, {len(changed)} differ")
        if source == HELD_OUT:
            continue
        for i in changed[: args.show]:
            old = before[i] if i < len(before) else None
            new = rows[i] if i < len(rows) else None
            print(f"  #{i}: before {old}\n       now    {new}")
    print("IDENTICAL" if not different else f"DIFFERENT: {different} texts")
    return 0 if not different else 1


if __name__ == "__main__":
    sys.exit(main())
