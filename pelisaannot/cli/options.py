"""Options shared by several subcommands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

F = Callable[..., Any]


def split_names(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    """`--select A,B --select C` -> ('A', 'B', 'C')."""
    return tuple(n.strip() for v in values for n in v.split(",") if n.strip())


def policy_option(f: F) -> F:
    return click.option("--policy", "-p", default="kela", show_default=True, envvar="PELISAANNOT_POLICY",
                        metavar="NAME|PATH",
                        help="A built-in policy pack (kela) or the folder of a pack (with pack.yaml).")(f)
