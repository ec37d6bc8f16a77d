"""Precision and recall per category on the labelled drafts, and false alarms on real Finnish text.

Prints:
1. per category (tone, confidential, copyright, security, hashtags): precision and recall at draft level
   on drafts.jsonl (a draft counts as flagged for a category when any rule of that category reports it);
2. per rule of those categories: the share of UD Finnish-TDT dev sentences and of Finnish tweets it
   reports (goal: under 1 % of sentences, under 3 % of tweets);
3. the tone category's recall on the suomi24 obscene and insult positives and its false alarms on their
   negatives (forum comments, rougher than employees' posts: moderate recall is expected).

The suomi24 rows are sorted by attribute, so `--half first|second` splits them by index parity (even rows are
the first half, odd rows the second): each half holds about half of every attribute. Tone work develops on the
first half and measures on the second. `--toxicity-only` skips parts 1 and 2; with `--errors` it prints the
positives that get no tone finding and the negatives that get one.

Run: python benchmarks/policy_eval/evaluate.py [--data ../shared/data/finnish] [--errors] [--half first|second]
     [--toxicity-only]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from pelisaannot.engine import Linter

CATEGORIES = ("tone", "confidential", "copyright", "security", "hashtags")
HERE = Path(__file__).parent
DEFAULT_DATA = HERE.parents[2] / "shared" / "data" / "finnish"


def _read_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def labelled(linter: Linter, drafts: list[dict[str, object]], show_errors: bool) -> dict[str, tuple[float, float]]:
    counts: dict[str, Counter[str]] = {c: Counter() for c in CATEGORIES}
    for row in drafts:
        findings = linter.check(str(row["text"]), str(row.get("platform", "generic")))
        got = {f.category for f in findings}
        want = set(row["labels"])  # type: ignore[arg-type]
        for category in CATEGORIES:
            key = {(True, True): "tp", (True, False): "fn", (False, True): "fp", (False, False): "tn"}[
                (category in want, category in got)]
            counts[category][key] += 1
            if show_errors and key in ("fp", "fn"):
                rules = [f"{f.rule}:{f.text!r}" for f in findings if f.category == category]
                print(f"  {key.upper()} {category:12} {row['id']} {row['kind']}: {row['text']!r} {rules}")
    scores = {}
    print(f"\nLabelled drafts ({len(drafts)}): precision and recall per category")
    print(f"  {'category':13} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>8}")
    for category in CATEGORIES:
        c = counts[category]
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        scores[category] = (precision, recall)
        print(f"  {category:13} {c['tp']:4} {c['fp']:4} {c['fn']:4} {precision:10.3f} {recall:8.3f}")
    return scores


def false_alarms(linter: Linter, name: str, texts: list[str], show: bool) -> None:
    per_rule: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    any_hit = 0
    for text in texts:
        rules = {f.rule: f.text for f in linter.check(text) if f.category in CATEGORIES}
        any_hit += bool(rules)
        for rule, span in rules.items():
            per_rule[rule] += 1
            examples[rule].append(span)
    print(f"\n{name} ({len(texts)} texts): {any_hit} reported ({100 * any_hit / len(texts):.1f} %)")
    for rule, n in sorted(per_rule.items()):
        shown = f"  e.g. {examples[rule][:5]}" if show else ""
        print(f"  {rule:12} {n:4} ({100 * n / len(texts):4.1f} %){shown}")


def _half(rows: list[dict[str, object]], half: str | None) -> list[dict[str, object]]:
    """Even rows are the first half, odd rows the second: the file is sorted by attribute."""
    if half is None:
        return rows
    start = 0 if half == "first" else 1
    return rows[start::2]


def _hits(linter: Linter, texts: list[str], positive: bool, attribute: str, show_errors: bool) -> int:
    """How many texts get a finding; with `show_errors`, the misses of a positive set or the hits of a negative one."""
    hits = 0
    for text in texts:
        found = linter.check(text)
        hits += bool(found)
        if show_errors and bool(found) is not positive:
            spans = [f"{f.rule}:{f.text!r}" for f in found]
            print(f"    {'FN' if positive else 'FP'} {attribute}: {text[:300]!r} {spans}")
    return hits


def toxicity(data: Path, half: str | None = None, show_errors: bool = False) -> None:
    rows = _half(_read_jsonl(data / "suomi24-toxicity-dev" / "annotations.jsonl"), half)
    words_only = Linter.from_policy("kela", select=("FI-TO-001", "FI-TO-002", "FI-TO-003", "FI-TO-004"))
    tone = Linter.from_policy("kela", select=("tone",))
    print(f"\nsuomi24 toxicity dev (forum comments, {half or 'all'} rows): tone category, and its word-list rules"
          " TO-001..004 alone")
    print(f"  {'attribute':10} {'set':9} {'n':>4} {'tone':>6} {'words':>6}")
    for attribute in ("obscene", "insult"):
        for positive in (True, False):
            texts = [str(r["text"]) for r in rows if r["attribute"] == attribute and r["positive"] is positive]
            hits = _hits(tone, texts, positive, attribute, show_errors)
            word_hits = sum(bool(words_only.check(t)) for t in texts)
            label = "positive" if positive else "negative"
            what = "recall" if positive else "flagged"
            print(f"  {attribute:10} {label:9} {len(texts):4} {hits / len(texts):6.2f} {word_hits / len(texts):6.2f}"
                  f"  ({what})")
    threat = Linter.from_policy("kela", select=("FI-TO-007",))
    for positive in (True, False):
        texts = [str(r["text"]) for r in rows if r["attribute"] == "threat" and r["positive"] is positive]
        hits = _hits(threat, texts, positive, "threat", show_errors)
        tone_hits = sum(bool(tone.check(t)) for t in texts)
        print(f"  threat {'positive' if positive else 'negative'}: FI-TO-007 reports {hits} of {len(texts)},"
              f" the tone category {tone_hits}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared/data/finnish")
    parser.add_argument("--errors", action="store_true", help="print false positives, false negatives and spans")
    parser.add_argument("--half", choices=("first", "second"), help="suomi24 rows: even (first) or odd (second)")
    parser.add_argument("--toxicity-only", action="store_true", help="only the suomi24 measurement")
    args = parser.parse_args()
    if args.toxicity_only:
        toxicity(args.data, args.half, args.errors)
        return
    linter = Linter.from_policy("kela", select=CATEGORIES)
    labelled(linter, _read_jsonl(HERE / "drafts.jsonl"), args.errors)
    if not args.data.is_dir():
        print(f"\n{args.data} not found: skipping the real-text measurements")
        return
    sentences = [line.strip() for line in (args.data / "ud-tdt-dev" / "dev.sentences.txt").open(encoding="utf-8")
                 if line.strip()]
    false_alarms(linter, "UD Finnish-TDT dev sentences", sentences, args.errors)
    tweets = [str(r["text"]) for r in _read_jsonl(args.data / "finnish-tweets-dev" / "tweets.jsonl")]
    false_alarms(linter, "Finnish tweets dev", tweets, args.errors)
    toxicity(args.data, args.half)


if __name__ == "__main__":
    main()
