"""Command-line names checked like the configuration file's: a typo is an error with a "did you mean",
never a silent no-op (`--select FI-CD-01` once checked nothing and exited 0)."""

from __future__ import annotations

from collections.abc import Iterable

import click

from pelisaannot.i18n import error_text
from pelisaannot.platforms import ALIASES, PLATFORMS, platform_name
from pelisaannot.policy import Policy


def _names_of(policy: Policy) -> list[str]:
    """Every name a rule answers to: ids, their prefixes and categories."""
    out: set[str] = set()
    for rule in policy.rules:
        out.add(rule.id)
        out.add(rule.category)
        parts = rule.id.split("-")
        out.update("-".join(parts[:i]) for i in range(1, len(parts)))
    return sorted(out)


def _hint(name: str, known: Iterable[str]) -> str:
    import difflib  # only for a name that is not known: not at the start of every check

    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    if not close:
        close = difflib.get_close_matches(name.upper(), list(known), n=1, cutoff=0.6)
    return error_text("did_you_mean_name", name=close[0]) if close else ""


def check_rule_names(policy: Policy, **options: Iterable[str]) -> None:
    """Every --select/--ignore name must name a rule, an id prefix or a category of the policy."""
    known = _names_of(policy)
    ids = {r.id for r in policy.rules}
    for option, names in options.items():
        for name in names:
            if name in ids or any(r.category == name or r.id.startswith(name + "-") for r in policy.rules):
                continue
            raise click.UsageError(f"--{option}: " + error_text("unknown_rule_name", policy=policy.name, name=name)
                                   + _hint(name, known))


def platform_option(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """--platform: a platform's name or a common alias (twitter, fb, insta...); anything else is an error."""
    if value is None:
        return None
    found = platform_name(value)
    if found is None:
        raise click.BadParameter(error_text("unknown_platform", platform=value, platforms=", ".join(PLATFORMS))
                                 + _hint(value.lower(), [*PLATFORMS, *ALIASES]))
    return found


def unknown_platform_hint(value: str) -> str:
    """A did-you-mean for an unknown platform in a file's front matter or a row."""
    return _hint(value.strip().lower(), [*PLATFORMS, *ALIASES])
