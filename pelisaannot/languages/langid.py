"""py3langid's identifier, restricted to fi, sv and en, from a reduced copy of its model that loads in milliseconds.

py3langid loads 142 languages' weights and a 100,000-state byte automaton (0.8 s, and numpy) to answer a question
pelisaannot asks with three languages. `data/langid-fi-sv-en.bin` (made by scripts/build_langid_model.py from the
installed wheel) keeps the same features and the three languages' weights; the arithmetic is py3langid's:

- the text is encoded as py3langid encodes it (all capitals lowered, NFC, UTF-8);
- the automaton's state after each byte is the longest suffix of (state + byte) that is a state, and the state's
  feature, if any, is counted;
- a language's score is the sum over features of log(1 + count) times the feature's weight, plus its prior; the
  best score wins, the first of (en, fi, sv) on a tie.

py3langid computes in float32 with numpy; here the sums are taken in float64, and the answer is py3langid's unless
the best two scores are so close that float32 rounding could order them otherwise: then the scores are computed
again exactly as py3langid does (numpy, float32), which is rare enough that numpy is not imported otherwise.
"""

from __future__ import annotations

import json
import math
import struct
import sys
import unicodedata
import zlib
from array import array
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from operator import mul
from pathlib import Path
from typing import Any

MODEL = Path(__file__).parent / "data" / "langid-fi-sv-en.bin"
MAGIC = b"PELISAANNOT-LANGID-1\n"
#: A state's key: its bytes as a little-endian number, with its length above them (as the build script makes it).
KEY_LENGTH_SHIFT = 56
#: The most (state + byte) steps remembered: the distinct windows of a large batch stay well below this.
_MAX_STEPS = 1_000_000
#: The float32 unit roundoff: bounds how far py3langid's float32 sums can be from the exact ones.
_ROUNDOFF32 = 2.0**-24


class ReducedIdentifier:
    """Which of the model's languages a text is in, as `py3langid.LanguageIdentifier.classify` restricted to them."""

    __slots__ = ("_chunks", "_features", "_keys", "_longest", "_priors", "_rows", "_step", "_unpack", "_weights",
                 "classes", "header")

    def __init__(self, path: Path = MODEL) -> None:
        data = zlib.decompress(path.read_bytes())
        if not data.startswith(MAGIC):
            raise ValueError(f"{path}: not a reduced language-identification model")
        pos = len(MAGIC)
        (size,) = struct.unpack_from("<I", data, pos)
        pos += 4
        #: What the file is and where it came from (py3langid's version and its model's SHA-256).
        self.header: dict[str, Any] = json.loads(data[pos:pos + size])
        header = self.header
        pos += size
        if header["start_state_feature"] != -1:
            raise ValueError(f"{path}: the start state has a feature")
        states = header["states"]
        #: Every state's key (its bytes as a little-endian number, its length in the top byte), sorted, and its feature.
        self._keys = array("q", data[pos:pos + 8 * states])
        pos += 8 * states
        self._features = array("i", data[pos:pos + 4 * states])
        pos += 4 * states
        if sys.byteorder != "little":
            self._keys.byteswap()
            self._features.byteswap()
        self._longest: int = header["longest"]
        self.classes: tuple[str, ...] = tuple(header["classes"])
        size = 2 * len(self.classes) * header["features"]
        #: Per feature, its weight for each class (float16): read when a text has the feature.
        self._weights = data[pos:pos + size]
        pos += size
        self._priors: tuple[float, ...] = struct.unpack_from(f"<{len(self.classes)}f", data, pos)
        if not header.get("weights_negative"):
            raise ValueError(f"{path}: the scores' error bound needs every weight negative")
        self._unpack = struct.Struct(f"<{len(self.classes)}e")
        self._rows: dict[int, tuple[float, ...]] = {}  # features' weights met so far
        #: (state + byte) -> (the next state's length, its feature), remembered as texts are read.
        self._step: dict[bytes, tuple[int, int]] = {}
        #: (state + word) -> (the features it emits, the next state's length), remembered likewise.
        self._chunks: dict[bytes, tuple[tuple[int, ...], int]] = {}

    @staticmethod
    def encode(text: str) -> bytes:
        """The bytes py3langid reads for `text` (`LanguageIdentifier._encode` of a str)."""
        if text.isupper():
            text = text.lower()
        return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")

    def _next(self, window: bytes) -> tuple[int, int]:
        """The state after `window` (a state and the next byte): its longest suffix that is a state."""
        keys = self._keys
        for size in range(min(len(window), self._longest), 0, -1):
            key = int.from_bytes(window[-size:], "little") | size << KEY_LENGTH_SHIFT
            at = bisect_left(keys, key)
            if at < len(keys) and keys[at] == key:
                return size, self._features[at]
        return 0, -1

    def counts(self, data: bytes) -> dict[int, int]:
        """Feature -> count, in the order the features first occur (py3langid's `visit_counts`).

        The text is read a word at a time (up to and including the next space): what a word emits depends only on
        the state before it, whose string is the bytes just before the word, so (that string + the word) is
        remembered with what it emits and the state after it. A state before a word ends with its space, so the
        key splits one way only."""
        chunks = self._chunks
        if len(chunks) > _MAX_STEPS:
            chunks.clear()
        emitted: list[int] = []
        depth, start, size = 0, 0, len(data)
        while start < size:
            end = data.find(b" ", start) + 1 or size
            key = data[start - depth:end]
            found = chunks.get(key)
            if found is None:
                found = chunks[key] = self._walk(data, start, end, depth)
            emitted += found[0]
            depth = found[1]
            start = end
        return Counter(emitted)

    def _walk(self, data: bytes, start: int, end: int, depth: int) -> tuple[tuple[int, ...], int]:
        """The features that bytes `start:end` emit from the state of length `depth`, and the state after them."""
        step = self._step
        if len(step) > _MAX_STEPS:
            step.clear()
        emitted: list[int] = []
        for stop in range(start + 1, end + 1):
            window = data[stop - depth - 1:stop]
            found = step.get(window)
            if found is None:
                found = step[window] = self._next(window)
            depth = found[0]
            if found[1] >= 0:
                emitted.append(found[1])
        return tuple(emitted), depth

    def classify(self, text: str) -> str:
        """The language of `text` among `classes`."""
        counts = self.counts(self.encode(text))
        if not counts:
            return self.classes[0]  # py3langid: the same floor score for every language, the first wins
        try:  # every feature met before (most texts of a batch): one C-speed pass
            rows = list(map(self._rows.__getitem__, counts))
        except KeyError:
            known, row = self._rows.get, self._row
            rows = [known(feature) or row(feature) for feature in counts]
        values = list(map(math.log1p, counts.values()))
        scores, bounds = [], []
        for column, prior in zip(zip(*rows, strict=True), self._priors, strict=True):
            total = sum(map(mul, values, column))  # every weight is negative: |total| is the sum of |terms|
            scores.append(total + prior)
            # py3langid sums in float32: each log1p, product and sum rounds once or twice, so (k + 8) roundoffs of
            # the absolute sum generously bound how far its score lies from the exact one (float64's error here is
            # some 2**29 times smaller).
            bounds.append((len(values) + 8) * _ROUNDOFF32 * (abs(total) + abs(prior)))
        best, second = sorted(range(len(scores)), key=lambda i: (-scores[i], i))[:2]
        if scores[best] - scores[second] > 2 * (bounds[best] + bounds[second]):
            return self.classes[best]
        return self.classes[self._exact(counts)]

    def _row(self, feature: int) -> tuple[float, ...]:
        """A feature's weights, one per class (float16 in the file), remembered."""
        found = self._rows[feature] = self._unpack.unpack_from(self._weights, feature * self._unpack.size)
        return found

    def _exact(self, counts: dict[int, int]) -> int:
        """py3langid's own float32 arithmetic (`_sparse_score`), for scores too close to order otherwise."""
        import numpy as np

        table = np.frombuffer(self._weights, dtype="<f2").reshape(-1, len(self.classes))
        idx = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
        values = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
        scores = np.log1p(values) @ table[idx] + np.asarray(self._priors, dtype=np.float32)
        return int(scores.argmax())


@lru_cache(maxsize=1)
def identifier() -> ReducedIdentifier:
    """The reduced identifier, loaded on first use."""
    return ReducedIdentifier()
