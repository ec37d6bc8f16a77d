"""`pelisaannot check`: lint drafts and report findings."""

from __future__ import annotations

import sys

import click

from pelisaannot.cli.options import policy_option, split_names
from pelisaannot.document import Document
from pelisaannot.engine import PLATFORMS, Linter
from pelisaannot.errors import InputError
from pelisaannot.finding import SEVERITIES, severity_rank
from pelisaannot.inputs import Post, read_posts
from pelisaannot.policy import load_policy
from pelisaannot.report import FORMATS, CheckedPost, Report, formatter


def run_check(linter: Linter, paths: list[str], platform: str, input_format: str | None) -> Report:
    """Check every post of every path; a bad file is reported and the others still checked."""
    checked: list[CheckedPost] = []
    errors: list[str] = []
    for path in paths:
        try:
            posts = read_posts(path, input_format)
            for post in posts:
                if post.platform and post.platform not in PLATFORMS:
                    raise InputError(f"{post.path}{':' + post.id if post.id else ''}: unknown platform "
                                     f"{post.platform!r}; use one of {', '.join(PLATFORMS)}")
        except InputError as exc:
            errors.append(str(exc))
            continue
        for post in posts:
            doc = Document(post.text, platform=post.platform or platform)
            checked.append(CheckedPost(post, linter.check_document(doc)))
    return Report(checked, errors)


def exit_code(report: Report, fail_on: str) -> int:
    if report.errors:
        return 2
    worst = [severity_rank(f.severity) for _, f in report.findings]
    return 1 if worst and max(worst) >= severity_rank(fail_on) else 0


@click.command()
@click.argument("paths", nargs=-1, metavar="[PATHS|-]...")
@policy_option
@click.option("--platform", type=click.Choice(PLATFORMS), default="generic", show_default=True,
              help="Platform of posts that do not name one (front matter or a 'platform' column wins).")
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format; json is a stable contract (see README).")
@click.option("--select", multiple=True, callback=split_names, metavar="IDS",
              help="Only these rules: ids, id prefixes (KELA-CD) or categories, comma-separated.")
@click.option("--ignore", multiple=True, callback=split_names, metavar="IDS",
              help="Skip these rules: ids, id prefixes or categories, comma-separated.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default="warning", show_default=True,
              help="Exit 1 when a finding has this severity or a higher one.")
@click.option("--input-format", type=click.Choice(["txt", "md", "jsonl", "csv"]), default=None,
              help="Read every path as this format instead of guessing from its extension.")
def check(paths: tuple[str, ...], policy: str, platform: str, output_format: str, select: tuple[str, ...],
          ignore: tuple[str, ...], fail_on: str, input_format: str | None) -> None:
    """Check drafts: .txt and .md files are one post each, .jsonl and .csv files one post per row
    (a 'text' field, optional 'id' and 'platform'); '-' reads one post from standard input.

    \b
    Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage, input or policy error.
    """
    if not paths:
        if sys.stdin.isatty():
            raise click.UsageError("give files to check, or - to read a post from standard input")
        paths = ("-",)
    linter = Linter(load_policy(policy), select, ignore)
    report = run_check(linter, list(paths), platform, input_format)
    for error in report.errors:
        click.echo(f"pelisaannot: error: {error}", err=True)
    click.echo(formatter(output_format)(report))
    sys.exit(exit_code(report, fail_on))


COMMANDS = [check]
__all__ = ["COMMANDS", "Post", "exit_code", "run_check"]
