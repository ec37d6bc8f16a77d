"""Measure the customer-data category: accuracy on the labelled drafts, false alarms on real Finnish text,
the name detector's recall on Turku NER person spans, and cost (cold start, posts/s, peak memory).

    python benchmarks/customer_data/evaluate.py [--data ../shared/data/finnish] [--no-cost] [--show-errors]

drafts.jsonl is generated (generate.py); holdout.jsonl (60) and holdout2.jsonl (40) are drafts written by hand in
other styles and scored blind once each, after the rules were written (see README.md for those first figures).

Post-level scores: a draft labelled with a rule counts as found when that rule reports anything in it; the
category counts a draft as positive when it has any customer-data label or finding.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from pelisaannot.document import Document
from pelisaannot.engine import Linter

HERE = Path(__file__).parent
DRAFTS = HERE / "drafts.jsonl"


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def accuracy(linter: Linter, show: bool, path: Path = DRAFTS) -> None:
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    cat: Counter[str] = Counter()
    for row in rows:
        found = {f.rule for f in linter.check(row["text"]) if f.category == "customer-data"}
        labels = set(row["labels"])
        for rule in found | labels:
            if rule in found and rule in labels:
                tp[rule] += 1
            elif rule in found:
                fp[rule] += 1
            else:
                fn[rule] += 1
        cat[{(True, True): "tp", (False, True): "fp", (True, False): "fn", (False, False): "tn"}[
            (bool(labels), bool(found))]] += 1
        if show and (bool(labels) != bool(found) or labels - found):
            print(f"  {row['id']} labels={sorted(labels)} found={sorted(found)}: {row['text']}")
    print(f"{path.name}: {len(rows)} labelled drafts ({sum(1 for r in rows if r['labels'])} with customer data)")
    print(f"{'rule':<14}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>8}")
    for rule in sorted(set(tp) | set(fp) | set(fn)):
        print(f"{rule:<14}{tp[rule]:>5}{fp[rule]:>5}{fn[rule]:>5}{_ratio(tp[rule], tp[rule] + fp[rule]):>11.3f}"
              f"{_ratio(tp[rule], tp[rule] + fn[rule]):>8.3f}")
    p = _ratio(cat["tp"], cat["tp"] + cat["fp"])
    r = _ratio(cat["tp"], cat["tp"] + cat["fn"])
    print(f"{'category':<14}{cat['tp']:>5}{cat['fp']:>5}{cat['fn']:>5}{p:>11.3f}{r:>8.3f}"
          f"   false alarm on clean drafts: {cat['fp']}/{cat['fp'] + cat['tn']}"
          f" = {_ratio(cat['fp'], cat['fp'] + cat['tn']):.3f}")


def real_text(linter: Linter, data: Path, show: bool) -> None:
    sets = {
        "ud-tdt-dev sentences": [s for s in (data / "ud-tdt-dev/dev.sentences.txt").read_text("utf-8").splitlines()
                                 if s.strip()],
        "finnish-tweets-dev": [json.loads(x)["text"]
                               for x in (data / "finnish-tweets-dev/tweets.jsonl").open(encoding="utf-8")],
    }
    for name, texts in sets.items():
        flagged: Counter[str] = Counter()
        posts = 0
        for text in texts:
            rules = {f.rule for f in linter.check(text) if f.category == "customer-data"}
            if rules:
                posts += 1
                flagged.update(rules)
                if show:
                    print(f"  [{name}] {sorted(rules)}")  # ids only: the text is not ours to print
        print(f"{name}: {posts}/{len(texts)} = {posts / len(texts):.3%} with a customer-data finding {dict(flagged)}")


def name_recall(data: Path) -> None:
    from pelisaannot.finnish import ner
    from pelisaannot.finnish.names import find_names

    rows = [json.loads(x) for x in (data / "turku-ner-dev/dev.jsonl").open(encoding="utf-8")]
    texts = [r["text_natural"] or r["text"] for r in rows]
    model = ner.persons_many(texts)
    total = voikko_hits = both_hits = 0
    for row, text, spans in zip(rows, texts, model, strict=True):
        gold = row["persons_natural"] if row["text_natural"] else row["persons"]
        names = [(n.start, n.end) for n in find_names(Document(text))]
        for s, e, _ in gold:
            total += 1
            voikko_hits += any(a < e and s < b for a, b in names)
            both_hits += any(a < e and s < b for a, b in names + spans)
    print(f"turku-ner-dev person spans: {total}; name detector recall (before the customer-context filter): "
          f"Voikko+gazetteer {voikko_hits / total:.3f}, with NER {both_hits / total:.3f}"
          f"{'' if ner.is_loaded() else ' (NER model not available)'}")


COLD = """
import resource, sys, time
t = time.perf_counter()
from pelisaannot.engine import Linter
linter = Linter.from_policy("kela")
linter.check(sys.argv[1])
print(f"{time.perf_counter() - t:.2f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
"""
SPEED = """
import json, resource, sys, time
from pelisaannot.engine import Linter
texts = json.load(open(sys.argv[1], encoding="utf-8"))
linter = Linter.from_policy("kela")
linter.check(texts[0])
linter.check("Eilen asiakas Olukemi Adebayo soitti.")  # loads the model (when on) outside the timing
t = time.perf_counter()
for text in texts:
    linter.check(text)
dt = time.perf_counter() - t
print(f"{len(texts) / dt:.0f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
"""


def cost(data: Path) -> None:
    trigger = "Eilen asiakas Olukemi Adebayo soitti."  # unknown to Voikko: the model is loaded and run
    for label, env in (("without NER", {"PELISAANNOT_NER": "0"}), ("with NER", {"PELISAANNOT_NER": "1"})):
        out = subprocess.run([sys.executable, "-c", COLD, trigger], capture_output=True, text=True,
                             env={**os.environ, **env}, check=True).stdout.split()
        print(f"cold start {label} (import, load pack, check one post): {out[0]} s, peak memory {out[1]} MB")
    drafts = [json.loads(x)["text"] for x in DRAFTS.open(encoding="utf-8")]
    tweets = [json.loads(x)["text"] for x in (data / "finnish-tweets-dev/tweets.jsonl").open(encoding="utf-8")]
    sentences = (data / "ud-tdt-dev/dev.sentences.txt").read_text("utf-8").splitlines()
    posts = (drafts + tweets + sentences)[:1000]
    path = HERE / ".speed_posts.json"
    path.write_text(json.dumps(posts, ensure_ascii=False), encoding="utf-8")
    try:
        for label, env in (("without NER", {"PELISAANNOT_NER": "0"}), ("with NER", {"PELISAANNOT_NER": "1"})):
            out = subprocess.run([sys.executable, "-c", SPEED, str(path)], capture_output=True, text=True,
                                 env={**os.environ, **env}, check=True).stdout.split()
            print(f"whole default policy {label}, 1,000 posts (400 drafts, tweets, treebank), model loaded: "
                  f"{out[0]} posts/s, peak memory {out[1]} MB")
    finally:
        path.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[3] / "shared/data/finnish")
    parser.add_argument("--no-cost", action="store_true")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    if not args.no_cost:  # first: a child process forked later would inherit this one's peak memory
        start = time.perf_counter()
        cost(args.data)
        print(f"(cost measured in {time.perf_counter() - start:.0f} s)")
    linter = Linter.from_policy("kela", select=["customer-data"])
    accuracy(linter, args.show_errors)
    # Hand-written after the rules, never tuned on: how the rules generalise beyond the generator's templates.
    accuracy(linter, args.show_errors, HERE / "holdout.jsonl")
    accuracy(linter, args.show_errors, HERE / "holdout2.jsonl")
    real_text(linter, args.data, args.show_errors)
    name_recall(args.data)


if __name__ == "__main__":
    main()
