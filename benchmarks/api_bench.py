"""The HTTP API under load: concurrent clients against `pelisaannot serve`, requests/s and p50/p95/p99 latency,
for the default policy without the NER model (PELISAANNOT_NER=0) and with it.

    python benchmarks/api_bench.py [--clients 8] [--requests 400] [--policy kela] [--workers 2]

Posts are real text nobody here wrote (tweets and treebank sentences, ../shared/data/finnish), each request one
post; the first 40 requests warm the server up and are not counted. Target: p50 under 20 ms for a typical post
without NER on the project's 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from corpus import treebank_sentences, tweets

ROOT = Path(__file__).resolve().parent.parent
WARM_UP = 40


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(policy: str, ner: bool, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PELISAANNOT_NER": "1" if ner else "0",
           "PELISAANNOT_LOG_LEVEL": "warning"}
    process = subprocess.Popen([sys.executable, "-m", "pelisaannot", "serve", "--port", str(port), "--policy",
                                policy, "--workers", str(workers)], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                return process, url
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start")


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run(policy: str, ner: bool, clients: int, requests: int, posts: list[str], workers: int) -> dict[str, float]:
    process, url = _start(policy, ner, workers)
    try:
        with httpx.Client(base_url=url, timeout=120, limits=httpx.Limits(max_connections=clients)) as client:
            for text in posts[:WARM_UP]:
                client.post("/v1/check", json={"text": text})

            def one(i: int) -> float:
                start = time.perf_counter()
                response = client.post("/v1/check", json={"text": posts[(WARM_UP + i) % len(posts)]})
                response.raise_for_status()
                return (time.perf_counter() - start) * 1000

            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=clients) as pool:
                latencies = list(pool.map(one, range(requests)))
            elapsed = time.perf_counter() - started
            single = [one(requests + i) for i in range(100)]  # posts not seen before: no warm caches
    finally:
        process.terminate()
        process.wait(timeout=30)
    return {"rps": requests / elapsed, "p50": _percentile(latencies, 0.50), "p95": _percentile(latencies, 0.95),
            "p99": _percentile(latencies, 0.99), "single_p50": statistics.median(single)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--policy", default="kela")
    parser.add_argument("--workers", type=int, default=1, help="server processes (serve --workers)")
    parser.add_argument("--no-ner-only", action="store_true", help="skip the run with the NER model")
    args = parser.parse_args()
    posts = [t for pair in zip(tweets(), treebank_sentences(), strict=False) for t in pair]
    print(f"{args.clients} concurrent clients, {args.requests} requests of one post each, policy {args.policy}, "
          f"{args.workers} server processes")
    print(f"{'':<14} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'one client p50':>15}")
    for ner in (False, True):
        if ner and args.no_ner_only:
            continue
        r = run(args.policy, ner, args.clients, args.requests, posts, args.workers)
        label = "with NER" if ner else "without NER"
        print(f"{label:<14} {r['rps']:>7.0f} {r['p50']:>7.1f} {r['p95']:>7.1f} {r['p99']:>7.1f} "
              f"{r['single_p50']:>15.1f}")


if __name__ == "__main__":
    main()
