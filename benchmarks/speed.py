"""Speed: cold start of the CLI on one short post, and posts/second on 1,000 posts in one process.

    python benchmarks/speed.py [--policy kela] [--posts 1000]

Each figure is given in wall time and in CPU time (user + system of the process): on a machine shared with
other work the wall time says more about the neighbours than about pelisaannot, the CPU time does not.
Set PELISAANNOT_NER=0 to leave the NER model out.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

from corpus import treebank_sentences, tweets

from pelisaannot import Linter, document
from pelisaannot.finnish import ner
from pelisaannot.finnish.morphology import get_morphology

FOUNDATION_KINDS = {"pattern", "lexicon", "hashtags", "identifier"}


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


def import_time() -> float:
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", "import pelisaannot.cli"],
                         capture_output=True, text=True, check=True).stderr
    heavy = [line for line in out.splitlines() if "spacy" in line or "torch" in line]
    if heavy:
        print("WARNING: heavy modules imported at start:", heavy[:3])
    return float(out.strip().splitlines()[-1].split("|")[1]) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--policy", default="kela")
    parser.add_argument("--posts", type=int, default=1000)
    args = parser.parse_args()
    texts = (tweets() + treebank_sentences())
    # Posts of one to three real sentences or tweets, as drafts are.
    posts = [" ".join(texts[(i * 7 + k) % len(texts)] for k in range(1 + i % 3)) for i in range(args.posts)]

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
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MiB (pid {os.getpid()})")


if __name__ == "__main__":
    main()
