"""Throughput on realistic drafts: posts/s on one core with and without the NER model, and `check --jobs N`.

    python benchmarks/throughput.py [--posts 2000] [--jobs 2] [--policy kela]

The drafts are the labelled posts-dev texts of ../shared/data/posts-dev (files a and b; about 240 characters
each), repeated to `--posts`. They are used for speed only. Per core: one process checks every post through
the library twice, the first pass with empty caches (`cold`) and the second with the morphology cache filled
(`warm`, as in a long batch). With NER the spaCy model is loaded before the clock starts. `--jobs`: the whole
CLI (`pelisaannot check --format jsonl`) on a JSONL file of the posts, wall time with 1 and N processes.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
POSTS_DEV = HERE.parent.parent / "shared" / "data" / "posts-dev"


def drafts(count: int) -> list[tuple[str, str]]:
    """(text, platform) of the posts-dev drafts a and b, repeated to `count`."""
    rows = []
    for name in ("posts-dev-a.jsonl", "posts-dev-b.jsonl"):
        for line in (POSTS_DEV / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows.append((row["text"], row.get("platform") or "generic"))
    return [rows[i % len(rows)] for i in range(count)]


def _per_core(count: int, policy: str) -> None:
    """Child process: posts/s of one process, cold and warm, printed as JSON."""
    from pelisaannot import Linter, document
    from pelisaannot.finnish import ner
    from pelisaannot.finnish.morphology import get_morphology

    posts = drafts(count)
    linter = Linter.from_policy(policy)
    linter.check("Lämmittely.")
    if ner.enabled():
        ner.available()  # the model's one-off load is not part of posts/s
    out = {"ner": ner.enabled() and ner.is_loaded()}
    get_morphology()._cached.cache_clear()  # type: ignore[attr-defined]
    getattr(document, "clear_word_memos", lambda: None)()  # (absent before the memos came)
    for label in ("cold", "warm"):
        start, start_cpu = time.perf_counter(), time.process_time()
        findings = sum(len(linter.check(text, platform)) for text, platform in posts)
        out[label] = count / (time.perf_counter() - start)
        out[label + "_cpu"] = count / (time.process_time() - start_cpu)
        out["findings"] = findings
    print(json.dumps(out))


def per_core(count: int, policy: str, with_ner: bool) -> dict[str, float]:
    env = {**os.environ, "PELISAANNOT_NER": "1" if with_ner else "0"}
    done = subprocess.run([sys.executable, __file__, "--child", "--posts", str(count), "--policy", policy],
                          capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def cli_wall(count: int, jobs: int, policy: str) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "posts.jsonl"
        path.write_text("".join(json.dumps({"id": str(i), "text": t, "platform": p}, ensure_ascii=False) + "\n"
                                for i, (t, p) in enumerate(drafts(count))), encoding="utf-8")
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pelisaannot", "check", "--policy", policy, "--format", "jsonl",
                        "--jobs", str(jobs), str(path)], capture_output=True, check=False, cwd=tmp,
                       env={**os.environ, "PELISAANNOT_NER": "0"})
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--policy", default="kela")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _per_core(args.posts, args.policy)
        return
    average = sum(len(t) for t, _ in drafts(args.posts)) / args.posts
    print(f"{args.posts} posts-dev drafts (a+b, average {average:.0f} characters), policy {args.policy}")
    for with_ner in (False, True):
        row = per_core(args.posts, args.policy, with_ner)
        label = "with NER" if with_ner else "without NER"
        if with_ner and not row["ner"]:
            label += " (model not installed or not used)"
        print(f"one core, {label}: {row['cold']:,.0f} posts/s with empty caches, {row['warm']:,.0f} posts/s warm "
              f"(per CPU second: {row['cold_cpu']:,.0f} and {row['warm_cpu']:,.0f}; {row['findings']} findings a pass)")
    for jobs in sorted({1, args.jobs}):
        wall = cli_wall(args.posts, jobs, args.policy)
        print(f"pelisaannot check --jobs {jobs} (whole CLI, start-up included, no NER): {wall:.1f} s = "
              f"{args.posts / wall:,.0f} posts/s")


if __name__ == "__main__":
    main()
