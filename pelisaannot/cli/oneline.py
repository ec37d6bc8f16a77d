"""Usage errors as one line (`pelisaannot: error: ...`, exit 2) instead of click's three-line usage block.

A command built with `cls=OneLineCommand` turns click's parse errors (bad choice, missing argument, unknown
option) into a PelisaannotError, which the entry point prints as one line with exit code 2.
"""

from __future__ import annotations

from typing import Any

import click

from pelisaannot.errors import PelisaannotError
from pelisaannot.i18n import t


class UsageProblem(PelisaannotError):
    """The command line is wrong; the message says how and where to read more."""


def usage(ctx: click.Context | None, message: str) -> UsageProblem:
    where = ctx.command_path if ctx is not None else "pelisaannot"
    return UsageProblem(t("usage", where=where, message=message))


class OneLineCommand(click.Command):
    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as exc:
            raise usage(ctx, exc.format_message()) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            raise usage(ctx, exc.format_message()) from None
