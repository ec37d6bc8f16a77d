"""`pelisaannot redact`: print the draft with customer data replaced by placeholders, or rewrite it in place."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import click

from pelisaannot.cli.options import policy_option
from pelisaannot.engine import PLATFORMS, Linter
from pelisaannot.errors import InputError
from pelisaannot.inputs import read_source
from pelisaannot.policy import load_policy
from pelisaannot.redact import OPERATORS, Operator
from pelisaannot.redact import redact as redact_text


def write_atomically(path: Path, text: str) -> None:
    """Write beside the file, then rename over it: a crash leaves the old file or the new one, never half."""
    mode = path.stat().st_mode & 0o7777
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@click.command()
@click.argument("path", default="-", metavar="[PATH|-]")
@policy_option
@click.option("--platform", type=click.Choice(PLATFORMS), default="generic", show_default=True)
@click.option("--operator", type=click.Choice(OPERATORS), default="replace", show_default=True,
              help="replace: a label such as [nimi]; mask: ***** of the same length; initials: P. V.")
@click.option("--in-place", is_flag=True, help="Rewrite the file (atomically) instead of printing the result.")
def redact(path: str, policy: str, platform: str, operator: Operator, in_place: bool) -> None:
    """Replace customer data in a draft with placeholders ([nimi], [henkilötunnus], [puhelinnumero], ...).

    \b
    The result goes to standard output; the input file is never written unless --in-place is given.
    Examples:
      pelisaannot redact luonnos.txt > siistitty.txt
      echo "Asiakas Pekka Virtanen, p. 040 123 4567" | pelisaannot redact -
    """
    if in_place and path == "-":
        raise InputError("--in-place needs a file, not standard input (-)")
    text, _name = read_source(path)
    if not text.strip():
        raise InputError(f"{path}: empty post; there is nothing to redact")
    linter = Linter(load_policy(policy), select=("customer-data",))
    result = redact_text(text, linter, platform, operator=operator)
    if in_place:
        if result != text:
            try:
                write_atomically(Path(path), result)
            except OSError as exc:
                raise InputError(f"{path}: cannot write: {exc.strerror}") from None
        return
    sys.stdout.write(result)
    if not result.endswith("\n"):
        sys.stdout.write("\n")


COMMANDS = [redact]
