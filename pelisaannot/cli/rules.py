"""`pelisaannot rules`, `explain` and `test-rules`: what a pack holds, one rule in full, and its examples run."""

from __future__ import annotations

import sys
import textwrap

import click

from pelisaannot import i18n
from pelisaannot.checks import KINDS
from pelisaannot.cli.options import policy_option, split_names
from pelisaannot.engine import selected
from pelisaannot.examples import check_rule_examples
from pelisaannot.i18n import error_text, t
from pelisaannot.policy import load_policy


@click.command("rules")
@policy_option
def rules_command(policy: str) -> None:
    """List the rules of a policy: id, severity, category, check kind, title and file."""
    loaded = load_policy(policy)
    lang = i18n.current()
    click.echo(f"{loaded.organisation}: {loaded.name} {loaded.version} {t('rules_count', count=len(loaded.rules))}")
    for rule in loaded.rules:
        off = "" if rule.enabled else t("rule_off", rule=rule.id)
        click.echo(f"{rule.id:<14} {rule.severity:<8} {rule.category:<14} {rule.kind:<15} {rule.title_in(lang)}{off}")
        changed = t("rule_changed", path=rule.overridden_in) if rule.overridden_in else ""
        click.echo(f"{'':<14} {rule.source}{changed}")


@click.command()
@click.argument("rule_id")
@policy_option
def explain(rule_id: str, policy: str) -> None:
    """Explain one rule: its clause, link, rationale, check and examples."""
    loaded = load_policy(policy)
    rule = loaded.rule(rule_id.upper())
    if rule is None:
        raise click.BadParameter(error_text("no_rule", rule=rule_id, policy=loaded.name),
                                 param_hint="RULE_ID")

    def para(text: str, indent: str = "  ") -> str:
        return textwrap.fill(" ".join(text.split()), 100, initial_indent=indent, subsequent_indent=indent)

    lang = i18n.current()
    click.echo(f"{rule.id}: {rule.title_in(lang)}")
    click.echo(t("explain_kind", category=rule.category, severity=rule.severity, kind=rule.kind,
                 module=KINDS[rule.kind].__module__))
    click.echo(t("explain_file", path=rule.source))
    if rule.overridden_in:
        click.echo(t("explain_changed", path=rule.overridden_in))
    click.echo()
    click.echo(t("explain_clause") + (f" ({rule.section})" if rule.section else "") + ":")
    click.echo(para(f"“{rule.quote}”"))
    click.echo(f"  {rule.link}\n")
    if rule.rationale:
        click.echo(t("explain_why"))
        click.echo(para(rule.rationale) + "\n")
    click.echo(t("explain_message"))
    click.echo(para(rule.message(lang)) + "\n")
    click.echo(t("explain_bad"))
    for example in rule.bad:
        click.echo(f"  ✗ {example.text}" + (f"   [{example.platform}]" if example.platform != "generic" else ""))
    click.echo(t("explain_good"))
    for example in rule.good:
        click.echo(f"  ✓ {example.text}" + (f"   [{example.platform}]" if example.platform != "generic" else ""))


@click.command("test-rules")
@click.argument("pack", default="kela")
@click.option("--select", multiple=True, callback=split_names, metavar="IDS",
              help="Only these rules: ids, id prefixes or categories, comma-separated.")
def test_rules(pack: str, select: tuple[str, ...]) -> None:
    """Run every rule's examples in PACK (a built-in name or a folder); exit 1 on any failure.

    Each bad example must be reported (on its `match` span, if given) and each good one must not. Failures
    are listed by rule with the rule's file, the example's number and platform, and its text.
    """
    loaded = load_policy(pack)
    rules = [r for r in loaded.rules if selected(r, select, ())]
    failures = [f for rule in rules for f in check_rule_examples(loaded, rule)]
    lang = i18n.current()
    for rule in rules:
        mine = [f for f in failures if f.rule == rule.id]
        if not mine:
            continue
        click.echo(t("test_rules_failed", rule=rule.id, title=rule.title_in(lang), path=rule.source, count=len(mine)))
        for failure in mine:
            examples = rule.bad if failure.kind == "bad" else rule.good
            number = examples.index(failure.example) + 1
            where = f" [{failure.example.platform}]" if failure.example.platform != "generic" else ""
            label = t("test_rules_bad") if failure.kind == "bad" else t("test_rules_good")
            click.echo(f"  {t('test_rules_fail')} {failure.kind} #{number}{where}: {failure.problem}   ({label})")
            for line in failure.example.text.splitlines() or [""]:
                click.echo(f"    | {line}")
            if failure.example.note:
                click.echo(f"    {t('test_rules_note')}: {failure.example.note}")
    examples = sum(len(r.bad) + len(r.good) for r in rules)
    click.echo(t("test_rules_summary", rules=len(rules), examples=examples, passed=examples - len(failures),
                 failed=len(failures)))
    sys.exit(1 if failures else 0)


COMMANDS = [rules_command, explain, test_rules]
