"""`pelisaannot demo`: check a built-in example draft with the built-in Kela policy."""

from __future__ import annotations

from pathlib import Path

import click

from pelisaannot.cli.check import run_check
from pelisaannot.engine import Linter
from pelisaannot.policy import load_policy
from pelisaannot.report import formatter

DEMO = Path(__file__).parent.parent / "data" / "demo.md"


@click.command()
def demo() -> None:
    """Show what pelisaannot finds in an example draft (built-in Kela policy)."""
    click.echo("Esimerkkiluonnos (" + str(DEMO) + "):\n")
    click.echo(DEMO.read_text(encoding="utf-8"))
    click.echo("Löydökset Kelan pelisääntöjen mukaan:\n")
    report = run_check(Linter(load_policy("kela")), [str(DEMO)], "generic", None)
    click.echo(formatter("text")(report))


COMMANDS = [demo]
