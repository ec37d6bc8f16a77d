"""Case folding for literal tests: `str.casefold`, made to agree with the `regex` package's case-insensitive
matching, so that a word a pattern matches in any case is found by `in` in the folded text.

The `regex` package may know a newer Unicode than Python. The characters Python does not know that `regex`
matches case-insensitively with a known one are folded here the same way; tests/checks/test_literals.py
recomputes this table for the installed versions.
"""

from __future__ import annotations

#: Unknown to Python's Unicode data, folded as `regex` folds them (U+1DF95 is taken for ß by `regex`).
EXTRA_FOLDS = {"\U0001df95": "ss"}
_EXTRA = str.maketrans(EXTRA_FOLDS)


def fold(text: str) -> str:
    """The text case-folded: `str.casefold`, and the folds of `EXTRA_FOLDS`."""
    folded = text.casefold()
    if folded.isascii() or not any(char in folded for char in EXTRA_FOLDS):
        return folded
    return folded.translate(_EXTRA)
