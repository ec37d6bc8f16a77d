"""Plain-int flag constants inside the `regex` package's pattern compiler: the same patterns, compiled faster.

`regex._regex_core` keeps its flags (IGNORECASE, FULLCASE, the case-flag tables...) as `RegexFlag` members, an
`enum.IntFlag`. Every `flags & IGNORECASE` the parser works out for each character of a pattern then goes through
`enum`'s Python-level `__and__` and `__call__` (Python 3.11: some 300,000 calls to compile a policy's patterns, a
fifth of a first pass over a batch, where the built-in packs compile their patterns on first use). The same
numbers as plain ints give the same compiled code (the order of a first-character set may differ, as it already
does from one hash seed to the next) and cost a third less to compile. Only the compiler's own module constants
change: `regex.IGNORECASE` and the other public names, and `Pattern.flags`, stay as they are.
"""

from __future__ import annotations

import enum

try:
    from regex import _regex_core
except ImportError:  # pragma: no cover - another layout of the package: nothing to speed up
    _regex_core = None


def _plain(value: object) -> object:
    return int(value) if isinstance(value, enum.Enum) and isinstance(value, int) else value


def plain_int_flags() -> None:
    """Turn the compiler's flag constants and flag tables into plain ints (idempotent)."""
    if _regex_core is None:
        return
    for name, value in list(vars(_regex_core).items()):
        if isinstance(value, enum.Enum) and isinstance(value, int):
            setattr(_regex_core, name, int(value))
        elif isinstance(value, dict) and any(isinstance(v, enum.Enum) for v in value.values()):
            setattr(_regex_core, name, {k: _plain(v) for k, v in value.items()})


plain_int_flags()
