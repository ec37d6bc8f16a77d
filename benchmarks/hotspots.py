"""Where a warm check spends its CPU, line by line, C calls included: a sampling profile of the posts-dev drafts.

    python benchmarks/hotspots.py [--passes 16] [--top 40] [--policy kela]

A timer on the process's CPU time (ITIMER_PROF, so the neighbours on a shared machine do not count) interrupts the
checks every half millisecond (the kernel's tick in practice); each interruption counts the innermost line of
pelisaannot that was running and every pelisaannot function on the stack. A signal is handled between two
bytecodes, so the time of a C call (a regular expression, a set operation) lands on the line that made it:
unlike cProfile, which adds its own cost to every call and leaves C time of iterators with the caller, the shares
here are what the lines cost. `speed.py --rules` says which rules cost most; this says which lines, and how much
of a rule is a shared layer it happened to ask for first (inclusive shares).

The drafts are those of `throughput.py` (files a and b, for speed only: no text is printed). Set PELISAANNOT_NER=0
to leave the NER model out.
"""

from __future__ import annotations

import argparse
import signal
from collections import Counter
from types import FrameType

from throughput import drafts

from pelisaannot import Linter


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--passes", type=int, default=16, help="warm passes over the drafts (more: finer shares)")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--policy", default="kela")
    args = parser.parse_args()
    posts = drafts(360)
    linter = Linter.from_policy(args.policy)
    for text, platform in posts:  # warm: patterns compiled, per-word memos filled
        linter.check(text, platform)
    lines: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    samples = 0

    def sample(_signum: int, frame: FrameType | None) -> None:
        nonlocal samples
        samples += 1
        innermost, seen = True, set()
        while frame is not None:
            code = frame.f_code
            if "pelisaannot/" in code.co_filename:
                where = code.co_filename.rsplit("pelisaannot/", 1)[1]
                if innermost:
                    lines[f"{where}:{frame.f_lineno} {code.co_name}"] += 1
                    innermost = False
                function = f"{where}:{code.co_name}"
                if function not in seen:
                    inclusive[function] += 1
                    seen.add(function)
            frame = frame.f_back

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, 0.0005, 0.0005)
    try:
        for _ in range(args.passes):
            for text, platform in posts:
                linter.check(text, platform)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    print(f"{samples} samples over {args.passes} warm passes of {len(posts)} drafts")
    print("lines (their own time and the C calls they make):")
    for name, count in lines.most_common(args.top):
        print(f"  {100 * count / samples:5.1f}%  {name}")
    print("functions, inclusive (what they and everything they call cost):")
    for name, count in inclusive.most_common(args.top):
        print(f"  {100 * count / samples:5.1f}%  {name}")


if __name__ == "__main__":
    main()
