"""An instruction count of one warm pass over the posts-dev drafts: a speed figure that a shared machine cannot move.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=OUT \\
        python benchmarks/callgrind_checks.py [--posts 360] [--policy kela]

The import, the policy load and a first pass (patterns compiled, per-word memos filled) run uninstrumented, so
under valgrind they take seconds, not minutes; then `callgrind_control -i on` counts the instructions of one warm
pass and `-i off` stops before the exit. The total (`I refs`) of one build run this way differs by up to 0.1%
from run to run: compare a change against its base commit (`git archive BASE | tar -x -C DIR` and
`PYTHONPATH=DIR`), one after the other. Wall-clock figures on a machine shared with other work move by a factor of
two; this one does not. `callgrind_annotate` then shows which C code (the `regex` engine, dict look-ups, the
interpreter) the pass spends its instructions in. NER is off. The drafts are those of `throughput.py`.
"""

from __future__ import annotations

import argparse
import os
import subprocess

from throughput import drafts

from pelisaannot import Linter


def instrument(on: bool) -> None:
    """Turn callgrind's instrumentation on or off for this process (nothing happens outside valgrind)."""
    subprocess.run(["callgrind_control", "-i", "on" if on else "off", str(os.getpid())], capture_output=True,
                   check=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=360)
    parser.add_argument("--policy", default="kela")
    args = parser.parse_args()
    os.environ["PELISAANNOT_NER"] = "0"
    posts = drafts(args.posts)
    linter = Linter.from_policy(args.policy)
    for text, platform in posts:
        linter.check(text, platform)
    instrument(True)
    findings = sum(len(linter.check(text, platform)) for text, platform in posts)
    instrument(False)
    print(f"{len(posts)} drafts, {findings} findings in the counted pass")


if __name__ == "__main__":
    main()
