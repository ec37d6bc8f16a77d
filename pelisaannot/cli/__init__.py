"""The `pelisaannot` command. Each subcommand lives in its own module of this package.

Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage, input or policy errors.
"""

from __future__ import annotations

import os
import sys

import click

from pelisaannot import __version__, i18n
from pelisaannot.cli.language import apply, take_lang
from pelisaannot.errors import PelisaannotError
from pelisaannot.i18n import t


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="pelisaannot")
@click.option("--lang", type=click.Choice(i18n.LANGUAGES), default=None, expose_value=False, is_eager=True,
              help="Language of help, errors and summaries: fi, sv or en.  [default: $PELISAANNOT_LANG, the "
                   "locale, or fi]")
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
    from pelisaannot.cli import check, config, demo, docs, init, redact, rules, serve

    for module in (check, config, demo, docs, init, rules, redact, serve):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def main(args: list[str] | None = None) -> None:
    """Entry point: every error the user can cause ends as one line on stderr and exit code 2."""
    lang, rest = take_lang(list(sys.argv[1:] if args is None else args))
    if lang is not None and lang not in i18n.LANGUAGES:
        click.echo(t("error", message=f"--lang: {lang!r} ∉ {{{', '.join(i18n.LANGUAGES)}}}"), err=True)
        sys.exit(2)
    apply(cli, i18n.detect(lang))
    try:
        code = cli.main(rest, prog_name="pelisaannot", standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as exc:
        click.echo(exc.ctx.get_help() if exc.ctx else str(exc))
        sys.exit(2)
    except click.UsageError as exc:  # one line for every command, not click's three-line block
        where = exc.ctx.command_path if exc.ctx is not None else "pelisaannot"
        click.echo(t("error", message=t("usage", where=where, message=exc.format_message())), err=True)
        sys.exit(2)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo(t("interrupted"), err=True)
        sys.exit(130)
    except PelisaannotError as exc:
        click.echo(t("error", message=exc), err=True)
        sys.exit(2)
    except (KeyboardInterrupt, EOFError):
        click.echo(t("interrupted"), err=True)
        sys.exit(130)
    except Exception as exc:  # an internal bug: still one line, unless debugging
        if os.environ.get("PELISAANNOT_DEBUG"):
            raise
        click.echo(t("internal", kind=type(exc).__name__, message=exc), err=True)
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)
