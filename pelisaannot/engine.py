"""The engine: runs a policy's rules over documents and turns matches into findings."""

from __future__ import annotations

import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pelisaannot.checks import Match
from pelisaannot.document import Document
from pelisaannot.finding import Finding
from pelisaannot.platforms import PLATFORMS
from pelisaannot.policy import Policy, load_policy
from pelisaannot.rule import Rule

__all__ = ["PLATFORMS", "Linter", "selected"]


class _Values(dict[str, Any]):
    """Placeholder values; an unknown one is left as written rather than failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _shown(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def selected(rule: Rule, select: Iterable[str] | None, ignore: Iterable[str] | None) -> bool:
    """`select` and `ignore` name rule ids, id prefixes (FI-CD) or categories."""

    def named(names: Iterable[str]) -> bool:
        return any(rule.id == n or rule.category == n or rule.id.startswith(n + "-") for n in names)

    if select and not named(select):
        return False
    return not (ignore and named(ignore))


@dataclass
class Linter:
    """Checks drafts against a policy. Build it once; it is cheap to call for many posts."""

    policy: Policy
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    lang: str = "fi"

    def __post_init__(self) -> None:
        # A rule with `enabled: false` is opt-in: it runs only when --select names it by its id.
        self.rules = tuple(r for r in self.policy.rules if selected(r, self.select, self.ignore)
                           and (r.enabled or r.id in self.select))
        self._formatter = string.Formatter()

    @classmethod
    def from_policy(cls, spec: str | Path = "kela", *, select: Iterable[str] = (), ignore: Iterable[str] = (),
                    lang: str = "fi") -> Linter:
        """A linter for a built-in pack name or a pack folder."""
        return cls(load_policy(spec), tuple(select), tuple(ignore), lang)

    def check(self, text: str, platform: str = "generic") -> list[Finding]:
        """Every finding in one draft, in text order."""
        return self.check_document(Document(text, platform=platform))

    def check_document(self, doc: Document) -> list[Finding]:
        findings: list[Finding] = []
        for rule in self.rules:
            if not rule.applies_to(doc.platform):
                continue
            kept: list[Match] = []
            # One finding per place and rule: of overlapping matches (two patterns of one rule hitting the same
            # words) the shortest, the most exact, is kept.
            for match in sorted(rule.check.run(doc), key=lambda m: (m.end - m.start, m.start)):
                if not any(k.start < match.end and match.start < k.end for k in kept):
                    kept.append(match)
            findings += [self._finding(rule, doc, m) for m in kept]
        return sorted(findings, key=lambda f: (f.start, f.end, f.rule))

    def check_many(self, texts: Iterable[tuple[str, str]]) -> Iterator[list[Finding]]:
        """Findings for each (text, platform) pair, in order."""
        for text, platform in texts:
            yield self.check(text, platform)

    def _finding(self, rule: Rule, doc: Document, match: Match) -> Finding:
        start, end = doc.to_original(match.start), doc.to_original(match.end)
        line, column = doc.line_col(start)
        end_line, end_column = doc.line_col(end)
        matched = doc.original[start:end]
        values = _Values(match.values)
        values["match"] = _shown(matched)
        message = (match.message.replace("{rule}", rule.id) if match.message
                   else self._formatter.vformat(rule.message(self.lang), (), values))
        return Finding(
            rule=rule.id, category=rule.category, severity=rule.severity, message=message,
            start=start, end=end, line=line, column=column, end_line=end_line, end_column=end_column,
            text=matched, link=rule.link, title=rule.title,
            suggestion=match.suggestion or rule.suggestion, data=dict(match.values),
        )
