"""Compiled patterns kept on disk: a pattern that a process compiled once is read back by the next one.

The `regex` package compiles a pattern in Python (its parser, optimiser and code generator) and only then hands
the finished code, a list of ints, to its C engine. For the built-in packs' large patterns (a credentials
pattern of 20,000 characters takes 0.1 s) that is most of a batch's first pass: some 280 patterns compiled on
first use cost about 0.9 s of CPU in every process. The finished code is what `regex` itself pickles
(`Pattern._pickled_data`); kept in the user's cache folder (`languages.disktable.cache_dir`: $PELISAANNOT_CACHE_DIR,
else $XDG_CACHE_HOME/pelisaannot, else ~/.cache/pelisaannot), it gives the same pattern object back in a
fraction of a millisecond, without the parser.

One file per pattern, named after a hash of its source, its flags and the versions of `regex` and Python, written
once (atomically) when the pattern is first compiled: processes that run side by side (`check --jobs`) never
write the same file twice over each other's work, and nothing needs to be merged at exit. The file repeats the
source and flags it was made from and is used only when they match; a file that cannot be read or written is
ignored and the pattern is compiled as before. PELISAANNOT_CACHE_DIR set empty turns the cache off.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from pathlib import Path
from typing import Any

import regex

try:
    from regex import _regex
except ImportError:  # pragma: no cover - another layout of the package: compile as usual
    _regex = None

#: Bumped when the file layout changes; part of every file's name, with the versions of `regex` and Python.
FORMAT = 1
#: More files than this in the folder (packs edited over months, each edit a new pattern): start afresh.
MAX_FILES = 4000

_files: dict[Path, int] = {}  # files in a folder, counted at this process's first write there


def _cache_folder() -> Path | None:
    """This `regex` and Python's folder in the cache folder; None when there is no cache."""
    from pelisaannot.languages.disktable import cache_dir

    base = cache_dir()
    if base is None or _regex is None:
        return None
    version = getattr(regex, "__version__", "?")
    return base / f"patterns-{FORMAT}-regex{version}-py{sys.version_info[0]}{sys.version_info[1]}"


def _file_of(folder: Path, source: str, flags: int) -> Path:
    digest = hashlib.sha256(f"{flags}\n{source}".encode("utf-8", "surrogatepass")).hexdigest()
    return folder / f"{digest[:40]}.bin"


def _read(path: Path, source: str, flags: int) -> regex.Pattern[str] | None:
    """The pattern kept at `path`, or None (no file, or one made from another source)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        kept_source, kept_flags, state = marshal.loads(data)
        if kept_source != source or kept_flags != flags:
            return None
        pattern = _regex.compile(*state)
    except Exception:
        return None
    return pattern if pattern.pattern == source else None  # type: ignore[no-any-return]


def _write(folder: Path, path: Path, source: str, flags: int, pattern: regex.Pattern[str]) -> None:
    state: Any = getattr(pattern, "_pickled_data", None)
    if state is None:
        return
    try:
        data = marshal.dumps((source, flags, state))
    except ValueError:  # something marshal cannot write (named lists of odd values): not kept
        return
    import tempfile

    with contextlib.suppress(OSError):
        count = _files.get(folder)
        if count is None:
            folder.mkdir(parents=True, exist_ok=True)
            with os.scandir(folder) as entries:
                count = sum(1 for _ in entries)
        if count >= MAX_FILES:
            for old in folder.glob("*.bin"):
                with contextlib.suppress(OSError):
                    old.unlink()
            count = 0
        _files[folder] = count + 1
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def compile(source: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile(source, flags)`, read from the cache folder when a process compiled it before. An invalid
    pattern raises `regex.error` as `regex.compile` does (it is never kept)."""
    folder = _cache_folder()
    if folder is None:
        return regex.compile(source, flags)
    flags = int(flags)
    path = _file_of(folder, source, flags)
    pattern = _read(path, source, flags)
    if pattern is None:
        pattern = regex.compile(source, flags)
        _write(folder, path, source, flags, pattern)
    return pattern
