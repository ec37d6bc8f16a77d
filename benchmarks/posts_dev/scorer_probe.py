"""Would a statistical second opinion help? A probe, not a shipped feature.

    python benchmarks/posts_dev/scorer_probe.py [--threshold 0.8]

Trains one logistic regression per category on hashed word and character 3-5-gram features of the rules' own
examples (`rules/**.yaml`: a rule's bad examples are its category's positives, every other example a negative),
so it is trained on nothing it is measured on. Prints, per category: its recall / precision alone on posts-dev a+b
and the share of real text (treebank, tweets) it flags at several thresholds; then, at `--threshold` (choose it
on a+b, never on c), the held-out file c scored by the rules alone and by the rules OR the scorer. Numbers only:
no text of c is printed. Needs numpy (installed with the `ner` extra).
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from pathlib import Path

import numpy as np
import regex
import yaml

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import corpus  # noqa: E402
from evaluate import DATA, expected, found  # noqa: E402

from pelisaannot import Linter  # noqa: E402

CATEGORIES = ["customer-data", "confidential", "security", "copyright", "tone"]
DIMENSIONS = 1 << 18
WORD = regex.compile(r"\w+")
Features = tuple[np.ndarray, np.ndarray]


def features(text: str) -> Features:
    """Hashed word and character 3-5-gram indices of a text, L2-normalised binary values."""
    grams = []
    for word in WORD.findall(text.lower()):
        grams.append("w:" + word)
        padded = f"<{word}>"
        grams += [padded[i:i + n] for n in (3, 4, 5) for i in range(max(1, len(padded) - n + 1))]
    index = np.unique(np.fromiter((zlib.crc32(g.encode()) % DIMENSIONS for g in grams), dtype=np.int64))
    return index, np.full(len(index), 1.0 / np.sqrt(max(1, len(index))))


def rule_examples() -> list[tuple[str, str | None]]:
    """(text, category of a bad example or None for a good one) of every rule in rules/."""
    out = []
    for path in sorted((HERE.parents[1] / "rules").rglob("*.yaml")):
        rule = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(rule, dict) or not isinstance(rule.get("examples"), dict):
            continue
        for kind in ("bad", "good"):
            for example in rule["examples"].get(kind) or []:
                text = example["text"] if isinstance(example, dict) else example
                out.append((text, rule.get("category") if kind == "bad" else None))
    return out


def train(xs: list[Features], ys: np.ndarray, epochs: int = 30, rate: float = 0.5) -> tuple[np.ndarray, float]:
    """Class-balanced logistic regression by plain SGD (deterministic: a fixed shuffle seed)."""
    weights, bias, share = np.zeros(DIMENSIONS), 0.0, ys.mean()
    order, rng = np.arange(len(xs)), np.random.default_rng(0)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            index, values = xs[i]
            p = 1 / (1 + np.exp(-(weights[index] @ values + bias)))
            g = (ys[i] - p) * (0.5 / share if ys[i] else 0.5 / (1 - share))
            weights[index] += rate * (g * values - 1e-4 * weights[index])
            bias += rate * g * 0.1
    return weights, bias


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--threshold", type=float, default=0.8)
    args = ap.parse_args()
    examples = rule_examples()
    xs = [features(text) for text, _ in examples]
    models = {c: train(xs, np.array([cat == c for _, cat in examples], dtype=float)) for c in CATEGORIES}

    def score(category: str, text: str) -> float:
        weights, bias = models[category]
        index, values = features(text)
        return float(1 / (1 + np.exp(-(weights[index] @ values + bias))))

    load = {k: [json.loads(line) for line in (DATA / f"posts-dev-{k}.jsonl").open(encoding="utf-8") if line.strip()]
            for k in "abc"}
    dev = load["a"] + load["b"]
    real = {"treebank": corpus.treebank_sentences(), "tweets": corpus.tweets()}
    print(f"trained on {len(examples)} rule examples; alone on a+b (recall/precision, clean flagged) and real text")
    for c in CATEGORIES:
        scores = np.array([score(c, p["text"]) for p in dev])
        labels = np.array([c in expected(p) for p in dev])
        clean = np.array([not p["expect"] for p in dev])
        reals = {name: np.array([score(c, t) for t in texts]) for name, texts in real.items()}
        cells = []
        for th in (0.5, 0.7, 0.8, 0.9):
            flagged = scores >= th
            hits = int((flagged & labels).sum())
            cells.append(f"{th}: {hits / labels.sum():.2f}/{hits / max(1, flagged.sum()):.2f} "
                         f"clean {int((flagged & clean).sum())} "
                         + " ".join(f"{n} {(r >= th).mean():.1%}" for n, r in reals.items()))
        print(f"{c:14} " + " | ".join(cells))
    linter = Linter.from_policy("kela")
    print(f"held-out c at threshold {args.threshold}: rules alone -> rules or scorer")
    rules_found = {p["id"]: found(linter, p) for p in load["c"]}
    for c in CATEGORIES:
        cells = []
        for use_scorer in (False, True):
            got = [c in rules_found[p["id"]] or (use_scorer and score(c, p["text"]) >= args.threshold)
                   for p in load["c"]]
            pos = [c in expected(p) for p in load["c"]]
            hits = sum(g and e for g, e in zip(got, pos, strict=True))
            cells.append(f"{hits / max(1, sum(pos)):.2f}/{hits / max(1, sum(got)):.2f}")
        print(f"{c:14} {cells[0]} -> {cells[1]}")


if __name__ == "__main__":
    main()
