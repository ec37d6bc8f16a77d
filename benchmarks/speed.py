"""Speed: a fresh process checking 1,000 posts (one-off loads included), cold start of the CLI on one short post,
posts/second on 1,000 posts in one process once everything is loaded, and the CPU each rule costs a post.

    python benchmarks/speed.py [--policy kela] [--posts 1000] [--rules 10] [--drafts]

`--rules N` prints the N costliest rules with the share of posts each finds something in and its CPU on a post
where it finds nothing; `--drafts` measures them on the posts-dev drafts a and b instead of real text.

Each figure is given in wall time and in CPU time (user + system of the process): on a machine shared with
other work the wall time says more about the neighbours than about pelisaannot, the CPU time does not.
Set PELISAANNOT_NER=0 to leave the NER model out.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import treebank_sentences, tweets

from pelisaannot import Linter, document
from pelisaannot.finnish import ner
from pelisaannot.finnish.morphology import get_morphology

FOUNDATION_KINDS = {"pattern", "lexicon", "hashtags", "identifier"}
ROOT = Path(__file__).resolve().parent.parent


#: Swedish and English drafts (written for this benchmark), so that a batch meets the other languages' one-off loads.
MIXED = [
    "Tack till alla som kom till vårt seminarium i dag! Presentationerna finns på vår webbplats.",
    "Vi söker en ny kollega till vårt team i Vasa. Ansök senast den 15 maj.",
    "Great discussion at today's panel on social security reform. Thanks to everyone who joined!",
    "We are hiring: join our benefits team in Helsinki and help people get the support they need.",
    "Kom ihåg att ansöka om bostadsbidrag i tid, så blir det inga avbrott i utbetalningarna.",
    "Our new online service makes it easier to apply for student financial aid. Try it out!",
]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cold_start(runs: int = 5) -> tuple[float, float]:
    """Median wall time and median CPU time of `pelisaannot check -` on one short post, as a fresh process."""
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), _children_cpu()
        # From a neutral folder: `python -m` puts the current folder first on the path.
        subprocess.run([sys.executable, "-m", "pelisaannot", "check", "-"], input=b"Hyvaa huomenta kaikille!",
                       capture_output=True, check=False, cwd=tempfile.gettempdir())
        times.append(time.perf_counter() - start)
        cpu.append(_children_cpu() - start_cpu)
    return statistics.median(times), statistics.median(cpu)


_FRESH = """
import json, sys, time
start = time.process_time()
from pelisaannot import Linter
linter = Linter.from_policy(sys.argv[1])
posts = json.load(open(sys.argv[2], encoding="utf-8"))
findings = sum(len(linter.check(p)) for p in posts)
heavy = sorted(m for m in ("numpy", "py3langid", "simplemma", "spacy") if m in sys.modules)
print(json.dumps({"findings": findings, "cpu": time.process_time() - start, "heavy": heavy}))
"""


def fresh_process(posts: list[str], policy: str) -> tuple[float, float, dict[str, object]]:
    """A new process that imports pelisaannot, loads the policy and checks `posts`: wall and CPU time of the whole
    process, one-off loads included (as a batch run pays them)."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as fh:
        json.dump(posts, fh, ensure_ascii=False)
    try:
        start, start_cpu = time.perf_counter(), _children_cpu()
        out = subprocess.run([sys.executable, "-c", _FRESH, policy, fh.name], capture_output=True, text=True,
                             check=True, cwd=tempfile.gettempdir(), env={**os.environ, "PYTHONPATH": str(ROOT)})
        return time.perf_counter() - start, _children_cpu() - start_cpu, json.loads(out.stdout)
    finally:
        os.unlink(fh.name)


def import_time() -> float:
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", "import pelisaannot.cli"],
                         capture_output=True, text=True, check=True).stderr
    heavy = [line for line in out.splitlines() if "spacy" in line or "torch" in line]
    if heavy:
        print("WARNING: heavy modules imported at start:", heavy[:3])
    return float(out.strip().splitlines()[-1].split("|")[1]) / 1e6


def shared_layers(doc: document.Document) -> None:
    """Build every layer that many rules read, whichever asks first: the link, address, tag and mention spans, the
    tokens and sentences, voikko's readings and base forms, each sentence's language (and the word numbers of the
    per-word memos), the words' heads, the case-folded text and its pass through the literal automaton, and the
    standard spelling of spoken words."""
    from pelisaannot.checks import literals
    from pelisaannot.checks.customer_context import all_heads
    from pelisaannot.checks.spoken_text import standard_text

    _ = (doc.urls, doc.emails, doc.hashtags, doc.mentions, doc.sentences, doc.analyses, doc._lemma_sets,
         doc.token_langs, doc.memo_getter, all_heads(doc))
    registry = literals._LITERALS
    std = standard_text(doc)
    for folded in (doc.casefolded, *([std.folded] if std is not None else [])):
        if registry._automaton is not None and len(folded) <= literals.MAX_AUTOMATON_TEXT:
            registry.satisfied(folded, -1)


def per_rule(linter: Linter, posts: list[str], top: int) -> None:
    """CPU per post of each rule (warm caches), the shared layers (`shared_layers`) built first so that a rule is
    charged for its own work, not for the layer it happens to ask for first. Beside it, the share of posts where
    the rule finds something and what it costs on a post where it finds nothing: a rule that is costly on the
    posts it passes is worth a cheaper precondition (a literal set, a word test) only there."""
    from collections import Counter

    spent: Counter[str] = Counter()
    idle: Counter[str] = Counter()  # CPU on posts without a finding
    found: Counter[str] = Counter()  # posts with a finding
    layers = 0.0
    clock = time.process_time
    for post in posts:
        start = clock()
        doc = document.Document(post)
        shared_layers(doc)
        layers += clock() - start
        for rule in linter.rules:
            name = f"{rule.id} ({rule.kind})"
            start = clock()
            matched = bool(list(rule.check.run(doc)))
            cpu = clock() - start
            spent[name] += cpu
            if matched:
                found[name] += 1
            else:
                idle[name] += cpu
        doc.release()  # as `Linter.check_post` does: no cycles left for the collector to charge to a later rule
    total = sum(spent.values())
    print(f"per rule, warm caches: shared layers {layers / len(posts) * 1e6:.0f} us a post, rules "
          f"{total / len(posts) * 1e6:.0f} us a post; the top {top} (us a post, share, posts with a finding, "
          f"us on a post without one):")
    for name, cpu in spent.most_common(top):
        quiet = len(posts) - found[name]
        print(f"  {cpu / len(posts) * 1e6:7.1f} us {100 * cpu / total:5.1f}%  finds in "
              f"{100 * found[name] / len(posts):4.1f}%  {idle[name] / max(quiet, 1) * 1e6:7.1f} us without  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--policy", default="kela")
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--rules", type=int, default=10, help="per-rule CPU: show the top N (0: leave out)")
    parser.add_argument("--drafts", action="store_true",
                        help="per-rule CPU on the posts-dev drafts a and b (as throughput.py) instead of real text")
    args = parser.parse_args()
    texts = (tweets() + treebank_sentences())
    # Posts of one to three real sentences or tweets, as drafts are.
    posts = [" ".join(texts[(i * 7 + k) % len(texts)] for k in range(1 + i % 3)) for i in range(args.posts)]

    wall, cpu, child = fresh_process(posts, args.policy)
    print(f"fresh process, import + policy load + {len(posts)} posts, all one-off loads included: {wall:.2f} s "
          f"({cpu:.2f} s CPU = {len(posts) / cpu:,.0f} posts per CPU second; {child['findings']} findings; "
          f"heavy modules loaded: {', '.join(child['heavy']) or 'none'})")  # type: ignore[arg-type]
    mixed = [p if i % 5 else MIXED[i // 5 % len(MIXED)] for i, p in enumerate(posts)]
    wall, cpu, child = fresh_process(mixed, args.policy)
    print(f"fresh process as above, every fifth post Swedish or English: {wall:.2f} s ({cpu:.2f} s CPU = "
          f"{len(posts) / cpu:,.0f} posts per CPU second; heavy modules loaded: "
          f"{', '.join(child['heavy']) or 'none'})")  # type: ignore[arg-type]
    wall, cpu = cold_start()
    print(f"cold start, `pelisaannot check -` on one short post (median of 5): {wall:.3f} s ({cpu:.3f} s CPU)")
    print(f"import time of pelisaannot.cli: {import_time():.3f} s")
    load, load_cpu = time.perf_counter(), time.process_time()
    linter = Linter.from_policy(args.policy)
    linter.check("Lämmittely.")
    print(f"policy load + morphology warm-up: {time.perf_counter() - load:.3f} s "
          f"({time.process_time() - load_cpu:.3f} s CPU; {len(linter.rules)} rules)")
    load = time.perf_counter()
    if ner.available():  # loads the model now, so that its one-off load is not counted in posts/s
        print(f"NER model load (once, only when a customer sentence has an unknown capitalised word): "
              f"{time.perf_counter() - load:.2f} s")
    foundation = Linter(linter.policy, select=tuple(r.id for r in linter.rules if r.kind in FOUNDATION_KINDS))
    for name, lint in ((f"whole policy ({len(linter.rules)} rules)", linter),
                       (f"foundation kinds {sorted(FOUNDATION_KINDS)} ({len(foundation.rules)} rules)", foundation)):
        for label in ("cold caches", "warm caches"):
            if label == "cold caches":
                get_morphology()._cached.cache_clear()  # type: ignore[attr-defined]  # a fair first pass
                getattr(document, "clear_word_memos", lambda: None)()  # (absent before the memos came)
            start, start_cpu = time.perf_counter(), time.process_time()
            findings = sum(len(lint.check(p)) for p in posts)
            elapsed, cpu = time.perf_counter() - start, time.process_time() - start_cpu
            print(f"{name}, {label}: {len(posts)} posts in {elapsed:.2f} s = {len(posts) / elapsed:,.0f} posts/s; "
                  f"{len(posts) / cpu:,.0f} posts per CPU second ({findings} findings)")
    if args.rules:
        if args.drafts:
            from throughput import drafts

            texts = [text for text, _ in drafts(440)]
            for text in texts:  # warm, as the posts above: their words' memos filled
                linter.check(text)
            per_rule(linter, texts, args.rules)
        else:
            per_rule(linter, posts, args.rules)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MiB (pid {os.getpid()})")


if __name__ == "__main__":
    main()
