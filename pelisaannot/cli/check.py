"""`pelisaannot check`: lint drafts and report findings."""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Sequence

import click

from pelisaannot import i18n
from pelisaannot.cli import parallel
from pelisaannot.cli.names import check_rule_names, platform_option, unknown_platform_hint
from pelisaannot.cli.oneline import OneLineCommand
from pelisaannot.cli.options import split_names
from pelisaannot.config import Config, load_config
from pelisaannot.engine import Linter
from pelisaannot.errors import InputError
from pelisaannot.finding import SEVERITIES, severity_rank
from pelisaannot.i18n import error_text, t
from pelisaannot.inputs import DEFAULT_COLUMNS, INPUT_FORMATS, Columns, Post, read_posts
from pelisaannot.platforms import PLATFORMS
from pelisaannot.report import FORMATS, CheckedPost, Report, formatter

PROGRESS_MIN = 100  # show a progress bar on a terminal from this many posts up


def _read_all(paths: list[str], input_format: str | None, columns: Columns) -> tuple[list[Post], list[str]]:
    posts: list[Post] = []
    errors: list[str] = []
    for path in paths:
        try:
            found = read_posts(path, input_format, columns)
            for post in found:
                if post.platform and post.platform not in PLATFORMS:
                    raise InputError(f"{post.path}{':' + post.id if post.id else ''}: "
                                     + error_text("unknown_platform", platform=post.platform,
                                                  platforms=", ".join(PLATFORMS))
                                     + unknown_platform_hint(post.platform)
                                     + ("" if post.row_line is None else error_text("map_channel")))
        except InputError as exc:
            errors.append(str(exc))
            continue
        posts.extend(found)
    return posts, errors


def check_post(linter: Linter, post: Post, platform: str) -> CheckedPost:
    """One post through the library's one door (configuration, per-path ignores and inline suppressions are
    the linter's)."""
    # Comments count only in the author's own files, never inside a data row's text.
    checked = linter.check_post(post.text, post.platform or platform, path=post.path, suppress=post.suppress,
                                inline=post.inline_suppressions)
    return CheckedPost(post, checked.findings, checked.suppressed)


def run_check(linter: Linter, paths: list[str], platform: str, input_format: str | None,
              config: Config | None = None, progress: bool = False, jobs: int = 1) -> Report:
    """Check every post of every path; a bad file is reported and the others still checked. `jobs` > 1
    spreads the posts over that many processes; the report keeps the input order."""
    posts, errors = _read_all(paths, input_format, config.columns() if config is not None else DEFAULT_COLUMNS)
    with parallel.checker(linter, platform, jobs, len(posts)) as checking:
        results = checking(posts)
        if progress and len(posts) >= PROGRESS_MIN and sys.stderr.isatty():
            with click.progressbar(results, length=len(posts), label=t("progress"), file=sys.stderr) as bar:
                checked = list(bar)
        else:
            checked = list(results)
    return Report(checked, errors)


def exit_code(report: Report, fail_on: str) -> int:
    if report.errors:
        return 2
    worst = [severity_rank(f.severity) for _, f in report.findings]
    return 1 if worst and max(worst) >= severity_rank(fail_on) else 0


def statistics_table(report: Report) -> str:
    """Counts per rule, like `ruff --statistics`: findings, suppressed findings, and the rule's title."""
    found = Counter(f.rule for _, f in report.findings)
    hidden = Counter(s.finding.rule for _, s in report.suppressed)
    titles = {f.rule: f.title for _, f in report.findings} | {s.finding.rule: s.finding.title
                                                             for _, s in report.suppressed}
    rows = sorted(titles, key=lambda r: (-found[r], -hidden[r], r))
    lines = [f"{t('stats_rule'):<14} {t('stats_findings'):>9} {t('stats_suppressed'):>8}  {t('stats_title')}"]
    lines += [f"{r:<14} {found[r]:>9} {hidden[r]:>8}  {titles[r]}" for r in rows]
    lines.append(f"{t('stats_total'):<14} {sum(found.values()):>9} {sum(hidden.values()):>8}  "
                 + t("stats_posts", posts=len(report.posts)))
    return "\n".join(lines)


def _use_colour(choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


@click.command(cls=OneLineCommand)
@click.argument("paths", nargs=-1, metavar="[PATHS|-]...")
@click.option("--policy", "-p", default=None, envvar="PELISAANNOT_POLICY", metavar="NAME|PATH",
              help="A built-in policy pack (kela) or the folder of a pack (with pack.yaml).  [default: kela, "
                   "or 'policy' in the config file]")
@click.option("--config", "config_path", default=None, metavar="FILE", type=click.Path(dir_okay=False),
              help="Use this configuration file instead of discovering .pelisaannot.yaml or "
                   "[tool.pelisaannot] in pyproject.toml in this folder or a parent.")
@click.option("--platform", default=None, callback=platform_option, metavar="[" + "|".join(PLATFORMS) + "]",
              help="Platform of posts that do not name one (front matter or a 'platform'/'channel' column wins); "
                   "common aliases (twitter, fb, insta) are understood.  [default: generic]")
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format: text for people; json (a stable contract), jsonl, sarif (SARIF 2.1.0) and "
                   "github (workflow annotations) for tools. See docs/usage.md.")
@click.option("--color", "colour", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Colour the text output; auto means on a terminal unless NO_COLOR is set.")
@click.option("--select", multiple=True, callback=split_names, metavar="IDS",
              help="Only these rules: ids, id prefixes (FI-CD) or categories, comma-separated.")
@click.option("--ignore", multiple=True, callback=split_names, metavar="IDS",
              help="Skip these rules: ids, id prefixes or categories, comma-separated.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default=None,
              help="Exit 1 when a finding has this severity or a higher one.  [default: warning]")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), default=None,
              help="Read every path as this format instead of guessing from its extension.")
@click.option("--report-unused", is_flag=True,
              help="Report inline suppressions that suppressed nothing (PELI-SUP-002), like ruff's unused noqa.")
@click.option("--statistics", is_flag=True,
              help="Instead of the findings, print how many findings and suppressions each rule had.")
@click.option("--progress/--no-progress", default=True, show_default=True,
              help=f"A progress bar on standard error when {PROGRESS_MIN} or more posts are checked on a terminal.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True, metavar="N",
              help="Check posts in N processes (0: one per CPU); the output keeps the input order.")
def check(paths: tuple[str, ...], policy: str | None, config_path: str | None, platform: str | None,
          output_format: str, colour: str, select: tuple[str, ...], ignore: tuple[str, ...], fail_on: str | None,
          input_format: str | None, report_unused: bool, statistics: bool, progress: bool, jobs: int) -> None:
    """Check drafts: .txt and .md files are one post each (Markdown front matter may give platform, id and
    date); .jsonl and .csv files one post per row and .yaml/.yml content calendars one per entry (a 'text'
    field, optional 'id', 'platform' or 'channel', 'date' and 'pelisaannot_ignore'); '-' reads one post from
    standard input.

    \b
    Settings come from .pelisaannot.yaml or [tool.pelisaannot] in pyproject.toml (see
    'pelisaannot config'); options given here win. Inline suppressions:
      <!-- pelisaannot: ignore FI-TO-001 -- syy -->         the next line
      <!-- pelisaannot: ignore-file FI-HT-001 -- syy -->    the whole post
    \b
    Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage, input, config or policy error.
    """
    if statistics and output_format != "text":
        raise click.UsageError(t("statistics_text"))
    if not paths:
        if sys.stdin.isatty():
            raise click.UsageError(t("no_input"))
        paths = ("-",)
    config = configured(config_path, policy=policy, platform=platform, select=select, ignore=ignore,
                        fail_on=fail_on)
    linter = Linter.from_config(config, lang=i18n.current(), report_unused=report_unused, fallback=True)
    check_rule_names(linter.policy, select=select, ignore=ignore)
    report = run_check(linter, list(paths), config["platform"], input_format, config, progress, jobs)
    for error in report.errors:
        click.echo(t("error", message=error), err=True)
    use_colour = _use_colour(colour)
    output = statistics_table(report) if statistics else formatter(output_format)(report, color=use_colour)
    if output:
        click.echo(output, color=use_colour)
    sys.exit(exit_code(report, config["fail-on"]))


def configured(config_path: str | None, **options: str | Sequence[str] | None) -> Config:
    """The configuration file's settings with the command-line options laid over them."""
    config = load_config(config_path)
    for key, value in options.items():
        config = config.override(key.replace("_", "-"), value, "--" + key.replace("_", "-"))
    return config


COMMANDS = [check]
__all__ = ["COMMANDS", "Post", "check_post", "exit_code", "run_check", "statistics_table"]
