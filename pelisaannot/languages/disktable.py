"""simplemma's dictionaries as hash tables on disk: built once per machine, mapped by each process in microseconds.

simplemma keeps a language's dictionary (Swedish: 960,000 word forms) LZMA-compressed and front-coded in its
wheel; decoding it into a dict costs 1 s per process. The same entries, written once into a file in the user's
cache folder (`$PELISAANNOT_CACHE_DIR`, else `$XDG_CACHE_HOME/pelisaannot`, else `~/.cache/pelisaannot`), are
found by hashing the key (CRC-32) into a bucket and searching the bucket's few bytes: nothing is decoded at start.

A table is named after the dictionary file it was made from (path, size, modification time), so a new simplemma
makes a new table. A table that cannot be written or read back is not used: simplemma then works as it comes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import mmap
import os
import struct
import zlib
from array import array
from collections.abc import Iterator
from functools import lru_cache
from importlib.util import find_spec
from itertools import accumulate
from pathlib import Path

MAGIC = b"PELISAANNOT-TABLE-1\n"
#: The folder of simplemma's dictionaries, inside its package.
DICTIONARIES = ("strategies", "dictionaries", "data")


class DiskTable:
    """A read-only str -> str table in a file: `magic, header size, JSON header, bucket offsets, records`.

    Each record is NUL, the key's UTF-8, 0x01, the value's UTF-8 (neither holds a NUL, nor the key a 0x01);
    bucket b holds the records of the keys whose CRC-32 is b modulo the (power of two) number of buckets.
    """

    __slots__ = ("_base", "_map", "_mask", "_offsets", "header", "version")

    def __init__(self, path: Path) -> None:
        with path.open("rb") as fh:
            self._map = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        try:
            self._open(path)
        except BaseException:
            self._map.close()
            raise

    def _open(self, path: Path) -> None:
        data = self._map
        start = len(MAGIC) + 4
        if len(data) < start or data[:len(MAGIC)] != MAGIC:
            raise ValueError(f"{path}: not a table")
        (size,) = struct.unpack_from("<I", data, len(MAGIC))
        self.header = json.loads(data[start:start + size])
        self.version: str = self.header["version"]
        buckets = self.header["buckets"]
        start += size + (-(start + size) % 8)
        self._base = start + 4 * (buckets + 1)
        self._mask = buckets - 1
        if buckets < 1 or buckets & self._mask or self._base > len(data):
            raise ValueError(f"{path}: a broken table")
        self._offsets = memoryview(data)[start:self._base].cast("I")
        if self._base + self._offsets[buckets] != len(data):
            raise ValueError(f"{path}: a broken table")

    def get(self, key: str) -> str | None:
        """The value of `key`, or None."""
        raw = key.encode()
        if b"\x00" in raw or b"\x01" in raw:
            return None
        bucket = zlib.crc32(raw) & self._mask
        start, end = self._offsets[bucket], self._offsets[bucket + 1]
        if start == end:
            return None
        chunk = self._map[self._base + start:self._base + end]
        at = chunk.find(b"\x00" + raw + b"\x01")
        if at < 0:
            return None
        at += len(raw) + 2
        stop = chunk.find(b"\x00", at)
        return chunk[at:stop if stop >= 0 else len(chunk)].decode()

    def keys(self) -> Iterator[str]:
        for record in self._map[self._base:].split(b"\x00")[1:]:
            yield record.split(b"\x01", 1)[0].decode()

    def __len__(self) -> int:
        return int(self.header["entries"])


def cache_dir() -> Path | None:
    """Where the tables go; None when PELISAANNOT_CACHE_DIR is set empty (no tables)."""
    chosen = os.environ.get("PELISAANNOT_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "pelisaannot"


def write_table(path: Path, entries: dict[bytes, bytes], header: dict[str, object]) -> None:
    """Write `entries` as a table at `path` (atomically: a reader sees the old file or the whole new one)."""
    buckets = 1 << max(len(entries) - 1, 1).bit_length()
    mask = buckets - 1
    keys, values = list(entries), list(entries.values())
    hashes = [zlib.crc32(k) & mask for k in keys]
    order = sorted(range(len(keys)), key=hashes.__getitem__)
    records = [b"\x00%s\x01%s" % (keys[i], values[i]) for i in order]
    body = b"".join(records)
    if body.count(b"\x00") != len(records) or body.count(b"\x01") != len(records):
        raise ValueError("a key or value holds a byte the table uses to separate them")
    ends = [0] * (buckets + 1)
    for i, record in zip(order, records, strict=True):
        ends[hashes[i] + 1] += len(record)
    offsets = array("I", accumulate(ends))
    head = json.dumps({**header, "entries": len(entries), "buckets": buckets}).encode()
    prefix = MAGIC + struct.pack("<I", len(head)) + head
    prefix += b"\x00" * (-len(prefix) % 8)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, prefix, offsets.tobytes(), body)


def write_atomically(path: Path, *chunks: bytes) -> None:
    """Write `chunks` to `path` through a temporary file in the same folder and a rename: a process that reads the
    file (or a run killed half-way) never sees it half written; the temporary file is removed on failure."""
    import tempfile  # only when a file is written: not at every start

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _source(lang: str) -> Path | None:
    """simplemma's dictionary file for `lang`, found without importing simplemma."""
    spec = find_spec("simplemma")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations)), *DICTIONARIES, f"{lang}.plzma")
    return path if path.is_file() else None


@lru_cache(maxsize=8)
def simplemma_table(lang: str) -> DiskTable | None:
    """The table of simplemma's `lang` dictionary, built on first use; None when there cannot be one."""
    folder, source = cache_dir(), _source(lang)
    if folder is None or source is None:
        return None
    stat = source.stat()
    identity = f"{source.resolve()}\n{stat.st_size}\n{stat.st_mtime_ns}"
    path = folder / f"simplemma-{lang}-{hashlib.sha256(identity.encode()).hexdigest()[:16]}.table"
    with contextlib.suppress(OSError, ValueError, KeyError):
        return DiskTable(path)
    try:
        _build(lang, path, identity)
        return DiskTable(path)
    except (OSError, ValueError, KeyError):
        return None


def _build(lang: str, path: Path, identity: str) -> None:
    import simplemma
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    # A factory of its own: the decoded dictionary is dropped once the table is written.
    mapping = DefaultDictionaryFactory(cache_max_size=1).get_dictionary(lang)
    entries = getattr(mapping, "_dict", None)
    if not isinstance(entries, dict):  # the public way, slower: the same keys and values
        entries = {key.encode(): mapping[key].encode() for key in mapping}
    header = {"what": f"simplemma's {lang} dictionary", "version": simplemma.__version__, "source": identity}
    write_table(path, entries, header)
