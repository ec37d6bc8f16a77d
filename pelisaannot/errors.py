"""Errors that reach the user as one line, never as a traceback."""

from __future__ import annotations


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
        super().__init__(f"{where}: {message}")


class InputError(PelisaannotError):
    """A draft could not be read (missing, binary, not UTF-8, too large, empty, malformed row)."""
