"""`pelisaannot demo`: check a built-in example draft with the built-in Kela policy."""

from __future__ import annotations

from pathlib import Path

import click

from pelisaannot import i18n
from pelisaannot.cli.check import run_check
from pelisaannot.engine import Linter
from pelisaannot.i18n import t
from pelisaannot.policy import load_policy
from pelisaannot.report import formatter

DEMO = Path(__file__).parent.parent / "data" / "demo.md"


@click.command()
def demo() -> None:
    """Show what pelisaannot finds in an example draft (built-in Kela policy)."""
    click.echo(t("demo_draft", path=DEMO) + "\n")
    click.echo(DEMO.read_text(encoding="utf-8"))
    click.echo(t("demo_findings") + "\n")
    report = run_check(Linter(load_policy("kela"), lang=i18n.current(), fallback=True), [str(DEMO)], "generic", None)
    click.echo(formatter("text")(report))


COMMANDS = [demo]
