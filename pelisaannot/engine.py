"""The engine: runs a policy's rules over documents and turns matches into findings.

`Linter` is the one door every caller goes through (the CLI, pre-commit, the HTTP API, an embedding tool): it
applies the project configuration (allow lists, severity overrides, per-path ignores) and inline suppressions,
checks the platform name and picks the messages' language, so the same draft gets the same answer everywhere.
"""

from __future__ import annotations

import bisect
import string
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pelisaannot.checks import Match
from pelisaannot.config import Config, apply_config, check_names, load_config
from pelisaannot.document import Document
from pelisaannot.errors import InputError, PelisaannotError
from pelisaannot.finding import Checked, Finding, Suppressed
from pelisaannot.localised import in_lang, plain
from pelisaannot.platforms import PLATFORMS
from pelisaannot.policy import Policy, load_policy
from pelisaannot.rule import Rule
from pelisaannot.suppressions import apply, parse_field, parse_text, problems

__all__ = ["LANGUAGES", "PLATFORMS", "Linter", "selected"]

#: The languages a linter's messages can be asked in; a rule gives `message: {fi: ..., sv: ..., en: ...}`.
LANGUAGES = ("fi", "sv", "en")


class _Values(dict[str, Any]):
    """Placeholder values; an unknown one is left as written rather than failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


_QUOTES = "\"'“”„«»‘’"


def _shown(text: str, limit: int = 80) -> str:
    """The matched words as a message quotes them: on one line, cut at `limit`, and without quotation marks of
    their own (the messages put the match in quotes, and a quoted match would read ""like this"")."""
    flat = " ".join(text.split())
    if len(flat) > 2 and flat[0] in _QUOTES and flat[-1] in _QUOTES:
        flat = flat[1:-1].strip()
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def selected(rule: Rule, select: Iterable[str] | None, ignore: Iterable[str] | None) -> bool:
    """`select` and `ignore` name rule ids, id prefixes (FI-CD) or categories."""

    def named(names: Iterable[str]) -> bool:
        return any(rule.id == n or rule.category == n or rule.id.startswith(n + "-") for n in names)

    if select and not named(select):
        return False
    return not (ignore and named(ignore))


def _without_overlaps(matches: Iterable[Match]) -> list[Match]:
    """One finding per place and rule: of overlapping matches (two patterns of one rule hitting the same words)
    the shortest, the most exact, is kept.

    The kept spans never overlap, so sorted by (start, end) their ends rise too: a new span overlaps a kept one
    exactly when the last kept span starting before its end reaches past its start. A bisect, not a scan of
    every kept span, keeps a post with thousands of matches linear (up to the C-speed list insert).
    """
    kept: list[Match] = []
    spans: list[tuple[int, int]] = []
    for match in sorted(matches, key=lambda m: (m.end - m.start, m.start)):
        i = bisect.bisect_left(spans, (match.end, -1))
        if i and spans[i - 1][1] > match.start:
            continue
        spans.insert(bisect.bisect_left(spans, (match.start, match.end)), (match.start, match.end))
        kept.append(match)
    return kept


@dataclass
class Linter:
    """Checks drafts against a policy. Build it once; it is cheap to call for many posts.

    `config` (a `Config` from `load_config`) merges the project's allow lists and severity overrides into the
    policy, supplies `select`/`ignore` when they are not given, and switches rules off per path. `lang` picks the
    messages' language: an unknown language, or a rule without a message in it, raises `PelisaannotError`,
    unless `fallback` is set (the CLI: a pack of one's own may be Finnish only), when such a rule speaks Finnish.
    `report_unused` adds a finding for each inline suppression that silenced nothing.
    """

    policy: Policy
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    lang: str = "fi"
    config: Config | None = None
    report_unused: bool = False
    fallback: bool = False

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise PelisaannotError(f"unknown language {self.lang!r}; use one of {', '.join(LANGUAGES)}")
        self.select, self.ignore = tuple(self.select), tuple(self.ignore)
        if self.config is not None:
            check_names(self.config, self.policy)
            self.policy = apply_config(self.policy, self.config)
            self.select = self.select or tuple(self.config["select"])
            self.ignore = self.ignore or tuple(self.config["ignore"])
        # A rule with `enabled: false` is opt-in: it runs only when --select names it by its id.
        self.rules = tuple(r for r in self.policy.rules if selected(r, self.select, self.ignore)
                           and (r.enabled or r.id in self.select))
        untranslated = [r.id for r in self.rules if self.lang not in r.messages]
        if untranslated and not self.fallback:
            shown = ", ".join(untranslated[:5]) + (f" and {len(untranslated) - 5} more" if len(untranslated) > 5
                                                   else "")
            raise PelisaannotError(f"policy {self.policy.name} has no {self.lang!r} message for {shown}; "
                                   f"use lang='fi' or add 'message: {{{self.lang}: ...}}' to those rules")
        self._known = [(r.id, r.category) for r in self.policy.rules]
        self._formatter = string.Formatter()
        self._for_platform: dict[str, tuple[tuple[Rule, ...],
                                            tuple[tuple[Rule, Callable[[Document], Iterable[Match]]], ...]]] = {}

    @classmethod
    def from_policy(cls, spec: str | Path = "kela", *, select: Iterable[str] = (), ignore: Iterable[str] = (),
                    lang: str = "fi", config: Config | None = None, report_unused: bool = False) -> Linter:
        """A linter for a built-in pack name or a pack folder."""
        return cls(load_policy(spec), tuple(select), tuple(ignore), lang, config, report_unused)

    @classmethod
    def from_config(cls, config: Config | str | Path | None = None, *, lang: str = "fi",
                    report_unused: bool = False, fallback: bool = False) -> Linter:
        """A linter as the CLI builds it: the configuration file given (or found upwards from the current
        folder), its policy, its select/ignore, allow lists, severity overrides and per-path ignores."""
        if not isinstance(config, Config):
            config = load_config(config)
        return cls(load_policy(config.policy_spec()), lang=lang, config=config, report_unused=report_unused,
                   fallback=fallback)

    def check(self, text: str, platform: str = "generic", *, path: str | None = None,
              suppress: Iterable[str] = ()) -> list[Finding]:
        """Every finding in one draft, in text order, after the configuration and inline suppressions."""
        return self.check_post(text, platform, path=path, suppress=suppress).findings

    def check_post(self, text: str, platform: str = "generic", *, path: str | None = None,
                   suppress: Iterable[str] = (), inline: bool = True) -> Checked:
        """One draft: the findings still reported and those silenced, with their reasons.

        `path` is the draft's file (for the configuration's per-path ignores); `suppress` holds directives for
        the whole post such as a calendar row's `pelisaannot_ignore` field (`"FI-TO-001 -- syy"`). `inline`
        False ignores `<!-- pelisaannot: ... -->` comments in the text (a data row's text is data).
        """
        if platform not in PLATFORMS:
            raise InputError(f"unknown platform {platform!r}; use one of {', '.join(PLATFORMS)}")
        suppressions, checked = parse_text(text) if inline else ([], text)
        suppressions += parse_field(suppress)
        doc = Document(checked, platform=platform)
        findings = self.check_document(doc)
        skip = self.config.ignored_for(path) if self.config is not None and path is not None else ()
        if skip:
            findings = [f for f in findings if not any(f.rule == n or f.category == n or f.rule.startswith(n + "-")
                                                       for n in skip)]
        kept, silenced = apply(findings, suppressions)
        if suppressions:
            kept = sorted([*kept, *problems(suppressions, text, doc.line_col, self._known, self.report_unused)],
                          key=lambda f: (f.start, f.end, f.rule))
        doc.release()  # no cycle left for the garbage collector (see `Document.release`)
        return Checked(kept, [Suppressed(f, reason) for f, reason in silenced])

    def check_document(self, doc: Document) -> list[Finding]:
        """The rules' findings in a document as they are, without configuration or suppressions."""
        findings: list[Finding] = []
        for rule, run in self._runs_for(doc.platform):
            matches = list(run(doc))
            if not matches:  # most rules on most posts: no sorting, no filtering
                continue
            kept = matches if len(matches) == 1 else _without_overlaps(matches)
            findings += [self._finding(rule, doc, m) for m in kept]
        if len(findings) > 1:
            findings.sort(key=lambda f: (f.start, f.end, f.rule))
        return findings

    def _runs_for(self, platform: str) -> tuple[tuple[Rule, Callable[[Document], Iterable[Match]]], ...]:
        """The rules that apply to a platform, in order, each with its check's bound `run`: worked out once per
        platform, not a test and two attribute look-ups per rule and post (48 rules a post)."""
        found = self._for_platform.get(platform)
        if found is None or found[0] is not self.rules:
            found = self._for_platform[platform] = (self.rules, tuple((r, r.check.run) for r in self.rules
                                                                      if r.applies_to(platform)))
        return found[1]

    def check_many(self, texts: Iterable[tuple[str, str]]) -> Iterator[list[Finding]]:
        """Findings for each (text, platform) pair, in order."""
        for text, platform in texts:
            yield self.check(text, platform)

    def _finding(self, rule: Rule, doc: Document, match: Match) -> Finding:
        start, end = doc.to_original_span(match.start, match.end)
        line, column = doc.line_col(start)
        end_line, end_column = doc.line_col(end)
        matched = doc.original[start:end]
        lang = self.lang if self.lang in rule.messages else "fi"  # Finnish only with `fallback`
        values = _Values({k: in_lang(v, lang) for k, v in match.values.items()})
        values["match"] = _shown(matched)
        message = (in_lang(match.message, lang).replace("{rule}", rule.id) if match.message
                   else self._formatter.vformat(rule.messages[lang], (), values))
        return Finding(
            rule=rule.id, category=rule.category, severity=rule.severity, message=message,
            start=start, end=end, line=line, column=column, end_line=end_line, end_column=end_column,
            text=matched, link=rule.link, title=rule.title_in(lang),
            suggestion=in_lang(match.suggestion, lang) or rule.suggestion_in(lang),
            data=plain(dict(match.values)),
        )
