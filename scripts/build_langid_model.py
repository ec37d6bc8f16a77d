"""Build pelisaannot/languages/data/langid-fi-sv-en.bin: py3langid's model cut to Finnish, Swedish and English.

    python scripts/build_langid_model.py [--sample N]

pelisaannot asks py3langid only "fi, sv or en?" (`identifier.set_languages(["fi", "sv", "en"])`), yet loading its
model decompresses 25 MB of weights for 142 languages and a byte automaton of 100,000 states (0.8 s). This script
keeps what the three-language question reads, from the model in the installed py3langid wheel:

- the same features: py3langid walks the text's UTF-8 bytes through an Aho-Corasick automaton whose every state
  is a byte string (a prefix of some feature) and emits that state's feature, if it has one. The automaton's state
  after each byte is the longest suffix of (previous state + byte) that is a state; so the automaton is kept as
  its states' byte strings (found by a breadth-first walk: a state's shortest path is its string) with their
  features, and that rule is checked here against every transition of the original table (or `--sample N` states).
  The strings are stored as sorted 64-bit keys (bytes and length), searched by bisection: nothing to build at load;
- the same weights: the three languages' columns of the per-feature weight table (float16, as stored) and their
  priors (float32), in py3langid's column order (en, fi, sv).

`pelisaannot.languages.langid` reads the file (a few milliseconds) and scores as py3langid does; its tests check
that it gives the same language on the repository's texts.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import random
import struct
import zlib
from importlib.metadata import version
from pathlib import Path

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE
from py3langid.modelio import load_model

OUT = Path(__file__).resolve().parent.parent / "pelisaannot" / "languages" / "data" / "langid-fi-sv-en.bin"
LANGUAGES = ("fi", "sv", "en")
MAGIC = b"PELISAANNOT-LANGID-1\n"
#: A state's key: its bytes as a little-endian number, plus its length shifted above the longest state (7 bytes).
KEY_LENGTH_SHIFT = 56


def _states(full: np.ndarray) -> list[bytes]:
    """Each state's byte string: the path of its first visit in a breadth-first walk from the start state."""
    strings: list[bytes | None] = [None] * len(full)
    strings[0] = b""
    queue = collections.deque([0])
    while queue:
        state = queue.popleft()
        row = full[state].tolist()
        prefix = strings[state]
        assert prefix is not None
        for byte, target in enumerate(row):
            if strings[target] is None:
                strings[target] = prefix + bytes((byte,))
                queue.append(target)
    missing = sum(s is None for s in strings)
    if missing:
        raise SystemExit(f"{missing} states cannot be reached from the start state")
    return strings  # type: ignore[return-value]


def _check_rule(full: np.ndarray, strings: list[bytes], states: list[int]) -> None:
    """Every transition of `states` goes to the longest suffix of (state + byte) that is a state."""
    index = {s: i for i, s in enumerate(strings)}
    for state in states:
        row = full[state].tolist()
        base = strings[state]
        for byte in range(256):
            window = base + bytes((byte,))
            target = 0
            for cut in range(len(window)):
                found = index.get(window[cut:])
                if found is not None:
                    target = found
                    break
            if target != row[byte]:
                raise SystemExit(f"state {state} byte {byte}: automaton goes to {row[byte]}, the rule to {target}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", type=int, default=0, help="check the rule on N random states (default: all)")
    args = parser.parse_args()
    source = MODEL_DIR / MODEL_FILE
    ptc, pc, classes, nextmove, row, out = load_model(source)
    rows = np.frombuffer(nextmove, dtype=f"u{nextmove.itemsize}").reshape(-1, 256)
    full = rows[np.frombuffer(row, dtype=f"u{row.itemsize}")]
    strings = _states(full)
    states = list(range(len(strings)))
    if args.sample:
        states = random.Random(0).sample(states, args.sample)
    _check_rule(full, strings, states)

    columns = [i for i, c in enumerate(classes) if c in LANGUAGES]  # py3langid's set_languages keeps this order
    if sorted(classes[i] for i in columns) != sorted(LANGUAGES):  # each once: no alias columns to fold
        raise SystemExit(f"unexpected classes: {[classes[i] for i in columns]}")
    weights = np.ascontiguousarray(np.asarray(ptc)[:, columns], dtype="<f2")
    priors = np.asarray(pc, dtype="<f4")[columns]
    outputs = np.asarray(out, dtype="<i4")

    if max(map(len, strings)) * 8 > KEY_LENGTH_SHIFT:
        raise SystemExit("a state longer than 7 bytes does not fit its key")
    # Each state but the start one as a number: its bytes (little-endian) with its length in the top byte, sorted.
    keys = np.array([int.from_bytes(s, "little") | len(s) << KEY_LENGTH_SHIFT for s in strings[1:]], dtype="<i8")
    order = np.argsort(keys, kind="stable")
    sections = [keys[order].tobytes(), outputs[1:][order].tobytes(), weights.tobytes(), priors.tobytes()]
    header = {
        "what": "py3langid's model restricted to fi, sv and en: automaton states (byte strings) with their features, "
                "the three languages' feature weights (float16) and priors (float32)",
        "source": f"py3langid {version('py3langid')} {MODEL_FILE}",
        "source_sha256": hashlib.sha256(source.read_bytes()).hexdigest(),
        "made_by": "scripts/build_langid_model.py",
        "rule_checked_on": "all states" if not args.sample else f"{args.sample} random states",
        "classes": [classes[i] for i in columns],
        "features": int(weights.shape[0]),
        "start_state_feature": int(outputs[0]),
        # (log-probabilities: pelisaannot's error bound on py3langid's float32 scores relies on it)
        "weights_negative": bool((weights.astype(np.float32) < 0).all()),
        "states": len(strings) - 1,
        "longest": max(map(len, strings)),
    }
    head = json.dumps(header, ensure_ascii=False).encode()
    body = MAGIC + struct.pack("<I", len(head)) + head + b"".join(sections)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(zlib.compress(body, 9))
    print(f"{OUT}: {len(strings)} states, {weights.shape[0]} features, {OUT.stat().st_size:,} bytes "
          f"({len(body):,} uncompressed)")


if __name__ == "__main__":
    main()
