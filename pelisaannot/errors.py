"""Errors that reach the user as one line, never as a traceback."""

from __future__ import annotations

import unicodedata


def one_line(text: str) -> str:
    """`text` with line breaks and other control characters written as escapes: an error is one line even
    when a file name, a key or a value carries them."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == " " else
                   (repr(c)[1:-1] if unicodedata.category(c) in ("Cc", "Zl", "Zp", "Cs") else c) for c in text)


class PelisaannotError(Exception):
    """Base class: the message is a complete, one-line explanation for the user."""


class PolicyError(PelisaannotError):
    """A policy pack or rule file is invalid; names the file, the line and the field."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        self.file, self.line, self.field, self.detail = file, line, field, message
        where = file or "<policy>"
        if line is not None:
            where += f":{line}"
        if field:
            where += f": {field}"
        super().__init__(one_line(f"{where}: {message}"))


class InputError(PelisaannotError):
    """A draft could not be read (missing, binary, not UTF-8, too large, empty, malformed row)."""

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message))
