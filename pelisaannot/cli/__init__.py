"""The `pelisaannot` command. Each subcommand lives in its own module of this package.

Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage, input or policy errors.
"""

from __future__ import annotations

import os
import sys

import click

from pelisaannot import __version__
from pelisaannot.errors import PelisaannotError


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="pelisaannot")
def cli() -> None:
    """Check social-media drafts against an organisation's social-media rules (pelisäännöt).

    \b
    Examples:
      pelisaannot check luonnos.md
      echo "Tekstiä..." | pelisaannot check -
      pelisaannot check --format json --policy rules/kela posts.jsonl
      pelisaannot rules
      pelisaannot explain FI-CD-001
      pelisaannot docs build site/
    """


def _register() -> None:
    from pelisaannot.cli import check, config, demo, docs, init, redact, rules

    for module in (check, config, demo, docs, init, rules, redact):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def main() -> None:
    """Entry point: every error the user can cause ends as one line on stderr and exit code 2."""
    try:
        code = cli.main(standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as exc:
        click.echo(exc.ctx.get_help() if exc.ctx else str(exc))
        sys.exit(2)
    except click.UsageError as exc:  # one line for every command, not click's three-line block
        where = exc.ctx.command_path if exc.ctx is not None else "pelisaannot"
        click.echo(f"pelisaannot: error: {where}: {exc.format_message()} (see '{where} --help')", err=True)
        sys.exit(2)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("pelisaannot: interrupted", err=True)
        sys.exit(130)
    except PelisaannotError as exc:
        click.echo(f"pelisaannot: error: {exc}", err=True)
        sys.exit(2)
    except (KeyboardInterrupt, EOFError):
        click.echo("pelisaannot: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # an internal bug: still one line, unless debugging
        if os.environ.get("PELISAANNOT_DEBUG"):
            raise
        click.echo(f"pelisaannot: internal error: {type(exc).__name__}: {exc} "
                   f"(set PELISAANNOT_DEBUG=1 for details and please report it)", err=True)
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)
