"""Linear time: seconds to check one post of each hostile shape (issue 11) at 1 KB, 100 KB, 1 MB and 10 MB.

    python benchmarks/linear_time.py [--sizes 1000,100000,1000000,10000000] [--only SHAPE] [--timeout 120]

Each cell is one check through the library (the suppression shape through the CLI's per-post path) with the
caches emptied first, in a fresh process per shape so that one slow shape cannot hold up the others; a
shape that exceeds `--timeout` prints `> T s` and its larger sizes are skipped. The last column is the
growth from the second-largest to the largest size measured: about as much as the text grew when linear.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from shapes import SHAPES, forget, run_shape  # noqa: E402


def _label(size: int) -> str:
    return f"{size // 1_000_000} MB" if size >= 1_000_000 else f"{size // 1000} KB"


def _measure(name: str, sizes: list[int], timeout: float, policy: str) -> None:
    """Child process: one shape, every size, one JSON line per size on stdout."""
    from pelisaannot import Linter

    linter = Linter.from_policy(policy)
    linter.check("Lämmittely: #kela perkele 040 1234567.")
    from pelisaannot.finnish import ner

    ner.available()  # the NER model's one-off load is not part of any size
    for size in sizes:
        text = SHAPES[name](size)
        forget(linter)
        start = time.perf_counter()
        findings = run_shape(linter, name, text)
        print(json.dumps({"size": size, "seconds": time.perf_counter() - start, "findings": findings}), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,100000,1000000,10000000")
    parser.add_argument("--only", action="append", help="a shape name (repeatable); default every shape")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per shape before giving up")
    parser.add_argument("--policy", default="kela")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.child:
        _measure(args.child, sizes, args.timeout, args.policy)
        return
    names = args.only or list(SHAPES)
    print(f"{'shape':<50}" + "".join(f"{_label(s):>10}" for s in sizes) + "   growth")
    for name in names:
        cells: dict[int, float] = {}
        cmd = [sys.executable, __file__, "--child", name, "--sizes", args.sizes, "--policy", args.policy]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout, check=False)
            out = done.stdout
        except subprocess.TimeoutExpired as exc:
            out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        for line in out.splitlines():
            row = json.loads(line)
            cells[row["size"]] = row["seconds"]
        shown = [f"{cells[s]:>9.2f}s" if s in cells else f"{'> ' + str(int(args.timeout)) + ' s':>10}"
                 for s in sizes]
        done_sizes = [s for s in sizes if s in cells]
        last, before = (done_sizes[-1], done_sizes[-2]) if len(done_sizes) >= 2 else (0, 0)
        growth = (f"{cells[last] / max(cells[before], 1e-6):6.1f}x for {last // before}x the text"
                  if last else "")
        print(f"{name:<50}" + "".join(shown) + "  " + growth, flush=True)


if __name__ == "__main__":
    main()
