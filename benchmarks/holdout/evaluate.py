"""Precision and recall per category on hand-written hold-out drafts (labels are categories, not rule ids).

    python benchmarks/holdout/evaluate.py [--errors]

A draft counts as flagged for a category when a rule of that category reports it with severity warning or error
(info hints, such as CamelCase suggestions, are not verdicts).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from pelisaannot import Linter

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--errors", action="store_true", help="list the drafts a category got wrong")
    args = parser.parse_args()
    linter = Linter.from_policy("kela")
    drafts = [json.loads(line) for line in (HERE / "drafts.jsonl").read_text(encoding="utf-8").splitlines() if line]
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for draft in drafts:
        found = {f.category for f in linter.check(draft["text"], draft["platform"]) if f.severity != "info"}
        expected = set(draft["labels"])
        for category in found | expected:
            if category in found and category in expected:
                tp[category] += 1
            elif category in found:
                fp[category] += 1
                if args.errors:
                    print(f"false alarm {category}: {draft['id']}: {draft['text']}")
            else:
                fn[category] += 1
                if args.errors:
                    print(f"miss {category}: {draft['id']}: {draft['text']}")
    clean = [d for d in drafts if not d["labels"]]
    flagged_clean = sum(1 for d in clean if any(f.severity != "info" for f in linter.check(d["text"], d["platform"])))
    print(f"{len(drafts)} hold-out drafts, {len(clean)} clean")
    print(f"{'category':<15}{'tp':>4}{'fp':>4}{'fn':>4}  precision  recall")
    for category in sorted(tp.keys() | fp.keys() | fn.keys()):
        p = tp[category] / max(1, tp[category] + fp[category])
        r = tp[category] / max(1, tp[category] + fn[category])
        print(f"{category:<15}{tp[category]:>4}{fp[category]:>4}{fn[category]:>4}  {p:9.3f}  {r:6.3f}")
    print(f"clean drafts with a warning or error: {flagged_clean}/{len(clean)}")


if __name__ == "__main__":
    main()
