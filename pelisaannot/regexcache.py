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

What else is worked out from a pattern's source alone and costs as much is kept the same way (`remembered`): the
literals every match holds (`checks.literals.required`), read from a 20,000-character source in 0.1 s.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import regex

try:
    from regex import _regex
except ImportError:  # pragma: no cover - another layout of the package: compile as usual
    _regex = None

#: Bumped when the file layout changes; part of every file's name, with the versions of `regex` and Python.
FORMAT = 2
#: More files than this in the folder (packs edited over months, each edit a new pattern): start afresh.
MAX_FILES = 4000

T = TypeVar("T")
_files: dict[Path, int] = {}  # files in a folder, counted at this process's first write there


def _cache_folder() -> Path | None:
    """This `regex` and Python's folder in the cache folder; None when there is no cache."""
    from pelisaannot.languages.disktable import cache_dir

    base = cache_dir()
    if base is None or _regex is None:
        return None
    version = getattr(regex, "__version__", "?")
    return base / f"patterns-{FORMAT}-regex{version}-py{sys.version_info[0]}{sys.version_info[1]}"


def _file_of(folder: Path, kind: str, source: str, flags: int) -> Path:
    digest = hashlib.sha256(f"{kind}\n{flags}\n{source}".encode("utf-8", "surrogatepass")).hexdigest()
    return folder / f"{kind}-{digest[:40]}.bin"


def _read(path: Path, kind: str, source: str, flags: int) -> Any:
    """The value kept at `path`, or None (no file, a broken one, or one made from another source)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        kept_kind, kept_source, kept_flags, value = marshal.loads(data)
    except Exception:
        return None
    return value if (kept_kind, kept_source, kept_flags) == (kind, source, flags) else None


def _write(folder: Path, path: Path, kind: str, source: str, flags: int, value: Any) -> None:
    try:
        data = marshal.dumps((kind, source, flags, value))
    except ValueError:  # something marshal cannot write: not kept
        return
    from pelisaannot.languages.disktable import write_atomically

    with contextlib.suppress(OSError):
        count = _files.get(folder)
        if count is None:
            folder.mkdir(parents=True, exist_ok=True)
            with os.scandir(folder) as entries:
                count = sum(1 for _ in entries)
            _remove_older_formats(folder)
        if count >= MAX_FILES:
            for old in folder.glob("*.bin"):
                with contextlib.suppress(OSError):
                    old.unlink()
            count = 0
        _files[folder] = count + 1
        write_atomically(path, data)


def _remove_older_formats(folder: Path) -> None:
    """Delete the folders of an older `FORMAT` beside `folder` (no code of this version reads them again; they
    stayed on disk for good). Folders of the same format for another `regex` or Python are left: another
    environment on the machine may still read them."""
    for other in folder.parent.glob("patterns-*"):
        number = other.name.split("-")[1]
        if other != folder and other.is_dir() and number.isdigit() and int(number) < FORMAT:
            shutil.rmtree(other, ignore_errors=True)


def compile(source: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile(source, flags)`, read from the cache folder when a process compiled it before. An invalid
    pattern raises `regex.error` as `regex.compile` does (it is never kept)."""
    folder = _cache_folder()
    if folder is None:
        return regex.compile(source, flags)
    flags = int(flags)
    path = _file_of(folder, "pattern", source, flags)
    state = _read(path, "pattern", source, flags)
    if state is not None:
        try:
            pattern = _regex.compile(*state)
            if pattern.pattern == source:
                return pattern  # type: ignore[no-any-return]
        except Exception:  # a state this engine refuses: compiled as usual below
            pass
    pattern = regex.compile(source, flags)
    state = getattr(pattern, "_pickled_data", None)
    if state is not None:
        _write(folder, path, "pattern", source, flags, state)
    return pattern


def code_version(*files: str) -> str:
    """A short hash of source files' contents: part of a `remembered` kind, so that a value worked out by code
    that has since changed is never read back."""
    digest = hashlib.sha256()
    for name in files:
        with contextlib.suppress(OSError):
            digest.update(Path(name).read_bytes())
    return digest.hexdigest()[:12]


def remembered(kind: str, source: str, flags: int, compute: Callable[[], T]) -> T:
    """`compute()`, a value worked out from a pattern's source and flags alone, read from the cache folder when a
    process worked it out before. The value must be what `marshal` writes (tuples, frozensets, strings, numbers)
    and never None; `kind` names what it is and the code that works it out (`code_version`)."""
    folder = _cache_folder()
    if folder is None:
        return compute()
    flags = int(flags)
    path = _file_of(folder, kind, source, flags)
    value = _read(path, kind, source, flags)
    if value is None:
        value = compute()
        _write(folder, path, kind, source, flags, value)
    return value  # type: ignore[no-any-return]
