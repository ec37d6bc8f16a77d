"""`pelisaannot redact`: print the draft with customer data replaced by placeholders, or rewrite it in place."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import click

from pelisaannot.cli.options import policy_option
from pelisaannot.engine import PLATFORMS, Linter
from pelisaannot.errors import InputError
from pelisaannot.i18n import error_text
from pelisaannot.inputs import read_source
from pelisaannot.policy import load_policy
from pelisaannot.redact import OPERATORS, Operator
from pelisaannot.redact import redact as redact_text

#: The temp file names itself, so a run killed between writing and renaming leaves a file that the next run
#: (or a person) recognises and removes: `.luonnos.txt.pelisaannot-redact.<pid>.tmp`.
TMP_MARK = ".pelisaannot-redact."


def _tmp_name(path: Path) -> str:
    return f".{path.name}{TMP_MARK}"


def clean_leftovers(path: Path) -> list[Path]:
    """Remove temp files of earlier runs on `path` that were killed before renaming (their process is gone)."""
    removed = []
    for leftover in path.parent.glob(f"{glob_escape(_tmp_name(path))}*.tmp"):
        pid = leftover.name[len(_tmp_name(path)):-len(".tmp")]
        if pid.isdigit() and _alive(int(pid)):
            continue
        leftover.unlink(missing_ok=True)
        removed.append(leftover)
    return removed


def glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in text)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def write_atomically(path: Path, text: str) -> None:
    """Write beside the file, then rename over it: a crash leaves the old file or the new one, never half."""
    mode = path.stat().st_mode & 0o7777
    tmp = path.parent / f"{_tmp_name(path)}{os.getpid()}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
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


def check_writable(path: Path, force: bool) -> None:
    """--in-place refuses what it would silently damage: a symbolic link (replacing it would leave the
    target's data in place) and a read-only file (unless --force)."""
    if path.is_symlink():
        raise InputError(f"{path}: {error_text('symlink', target=path.resolve())}")
    if not path.stat().st_mode & stat.S_IWUSR and not force:
        raise InputError(f"{path}: {error_text('read_only')}")


@click.command()
@click.argument("path", default="-", metavar="[PATH|-]")
@policy_option
@click.option("--platform", type=click.Choice(PLATFORMS), default="generic", show_default=True)
@click.option("--operator", type=click.Choice(OPERATORS), default="replace", show_default=True,
              help="replace: a label such as [nimi]; mask: ***** of the same length; initials: P. V.")
@click.option("--in-place", is_flag=True, help="Rewrite the file (atomically) instead of printing the result. "
              "Symbolic links are refused (give the target); read-only files need --force.")
@click.option("--force", is_flag=True, help="With --in-place: rewrite a read-only file too.")
def redact(path: str, policy: str, platform: str, operator: Operator, in_place: bool, force: bool) -> None:
    """Replace customer data in a draft with placeholders ([nimi], [henkilötunnus], [puhelinnumero], ...).

    \b
    The result goes to standard output; the input file is never written unless --in-place is given.
    Examples:
      pelisaannot redact luonnos.txt > siistitty.txt
      echo "Asiakas Pekka Virtanen, p. 040 123 4567" | pelisaannot redact -
    """
    if in_place and path == "-":
        raise InputError(error_text("in_place_stdin"))
    if in_place:
        target = Path(path)
        if target.exists() or target.is_symlink():
            check_writable(target, force)
            clean_leftovers(target)
    text, _name = read_source(path)
    if not text.strip():
        raise InputError(f"{path}: {error_text('nothing_to_redact')}")
    linter = Linter(load_policy(policy), select=("customer-data",))
    result = redact_text(text, linter, platform, operator=operator)
    if in_place:
        if result != text:
            try:
                write_atomically(Path(path), result)  # the new file keeps the old one's mode, read-only too
            except OSError as exc:
                raise InputError(f"{path}: {error_text('cannot_write', reason=exc.strerror)}") from None
        return
    sys.stdout.write(result)
    if not result.endswith("\n"):
        sys.stdout.write("\n")


COMMANDS = [redact]
