"""Inline suppressions that stay honest, like ruff's `noqa`.

In Markdown and text posts:

    <!-- pelisaannot: ignore FI-TO-001 -- lainaus asiakkaan palautteesta -->     the next non-blank line
    Tekstiä <!-- pelisaannot: ignore FI-TO-001 -- syy -->                        this line
    <!-- pelisaannot: ignore-file FI-HT-001 -- kampanjan tagit -->                the whole post

In a JSONL/CSV/calendar row, a `pelisaannot_ignore` field holds `FI-TO-001 -- syy` for the whole post.
Rules are ids, id prefixes or categories, separated by commas or spaces. A suppression must not become a
way round the policy:
- it must name its rules: a bare one silences nothing and is itself a warning (PELI-SUP-004);
- the reason after `--` is required: a suppression without one is a warning (PELI-SUP-001) and does not
  silence findings of severity error;
- one naming no rule of the policy is a warning (PELI-SUP-003), and with `--report-unused` one that
  silenced nothing is a warning too (PELI-SUP-002). These findings cannot be suppressed;
- a comment hides no text: what is published is checked, the comment included, so every finding's text is
  the post's own `[start:end]`;
- comments count only in the author's own .txt/.md posts, never inside a data row's text (the caller
  decides, see `Post.inline_suppressions`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import regex

from pelisaannot.finding import Finding

#: The body is bounded and cannot run past another comment's start, so an unclosed comment costs little.
COMMENT_RE = regex.compile(r"<!--\s*pelisaannot\s*:\s*(ignore-file|ignore)\b((?:[^-<]|-(?!->)|<(?!!--)){0,2000}?)-->")
DIRECTIVE_RE = regex.compile(r"^\s*(?:pelisaannot\s*:\s*)?(ignore-file|ignore)?\b(.*)$", regex.DOTALL)
LINK = "docs/usage.md#suppressions"  # in the pelisaannot source; there is no published site yet


@dataclass(eq=False)
class Suppression:
    """One directive: which rules, why, where it is and what it covers (`line` None = the whole post)."""

    rules: tuple[str, ...]
    reason: str
    start: int = 0  # offsets of the comment in the post's text
    end: int = 0
    line: int | None = None
    used: set[str] = field(default_factory=set)

    def covers(self, f: Finding) -> bool:
        if not self.rules:
            return False  # a bare suppression silences nothing (PELI-SUP-004)
        if f.severity == "error" and not self.reason:
            return False  # an error is silenced only for a stated reason (PELI-SUP-001)
        if self.line is not None and f.line != self.line:
            return False
        return any(f.rule == n or f.category == n or f.rule.startswith(n + "-")
                                     for n in self.rules)


def _split(body: str) -> tuple[tuple[str, ...], str]:
    names, _, reason = body.partition("--")
    return tuple(n for n in regex.split(r"[\s,]+", names.strip()) if n), " ".join(reason.split())


def parse_text(text: str) -> tuple[list[Suppression], str]:
    """The suppressions of a post, and the text to check: the post itself, comments included (a comment
    hides no text from the rules). Linear in the post's length."""
    found: list[Suppression] = []
    if "pelisaannot" not in text:
        return found, text
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    # The next non-blank line that is not only a directive, for every line: one pass from the end.
    following: list[int | None] = [None] * (len(lines) + 1)
    for i in range(len(lines) - 1, -1, -1):
        own = lines[i].strip()
        following[i] = i + 1 if own and not COMMENT_RE.fullmatch(own) else following[i + 1]
    for m in COMMENT_RE.finditer(text):
        rules, reason = _split(m.group(2))
        first = bisect_right(starts, m.start()) - 1  # 0-based line of the comment's start
        last = bisect_right(starts, m.end()) - 1
        before = text[starts[first]:m.start()].strip()
        if m.group(1) == "ignore-file":
            target: int | None = None
        elif before:
            target = first + 1
        else:
            target = following[last + 1] or last + 2
        found.append(Suppression(rules, reason, m.start(), m.end(), target))
    return found, text


def parse_field(values: Iterable[str]) -> list[Suppression]:
    """Directives from a row's suppression field; each covers the whole post."""
    out = []
    for value in values:
        m = DIRECTIVE_RE.match(value)
        rules, reason = _split(m.group(2) if m else value)
        out.append(Suppression(rules, reason))
    return out


def apply(findings: list[Finding], suppressions: list[Suppression]) -> tuple[list[Finding], list[tuple[Finding, str]]]:
    """Split findings into those still reported and those suppressed (with the reason)."""
    kept: list[Finding] = []
    silenced: list[tuple[Finding, str]] = []
    for f in findings:
        hit = next((s for s in suppressions if s.covers(f)), None)
        if hit is None:
            kept.append(f)
        else:
            hit.used.add(f.rule)
            silenced.append((f, hit.reason))
    return kept, silenced


LineCol = Callable[[int], tuple[int, int]]


def _finding(rule: str, message: str, s: Suppression, original: str, line_col: LineCol) -> Finding:
    line, column = line_col(s.start)
    end_line, end_column = line_col(s.end)
    return Finding(rule=rule, category="style", severity="warning", message=message, start=s.start, end=s.end,
                   line=line, column=column, end_line=end_line, end_column=end_column,
                   text=original[s.start:s.end], link=LINK, title="Ohituskommentti")


def problems(suppressions: list[Suppression], original: str, line_col: LineCol, known: list[tuple[str, str]],
             report_unused: bool) -> list[Finding]:
    """Findings about the suppressions themselves: no reason, unknown rule, and (if asked) unused."""
    out = []
    for s in suppressions:
        shown = ", ".join(s.rules) or "kaikki säännöt"
        if not s.rules:
            out.append(_finding("PELI-SUP-004", "Ohitus ei nimeä sääntöjä, joten se ei ohita mitään: nimeä "
                                "säännöt ja syy, esim. <!-- pelisaannot: ignore FI-TO-001 -- lainaus palautteesta "
                                "--> (a bare suppression silences nothing).", s, original, line_col))
            continue
        if not s.reason:
            out.append(_finding("PELI-SUP-001", f"Ohituksesta ({shown}) puuttuu syy: kirjoita syy kahden viivan "
                                "jälkeen, esim. <!-- pelisaannot: ignore FI-TO-001 -- lainaus palautteesta -->; "
                                "ilman syytä virheitä (error) ei ohiteta.",
                                s, original, line_col))
        unknown = [n for n in s.rules if not any(r == n or c == n or r.startswith(n + "-") for r, c in known)]
        if unknown:
            out.append(_finding("PELI-SUP-003", f"Ohitus nimeää säännön, jota käytössä olevassa politiikassa ei "
                                f"ole: {', '.join(unknown)}.", s, original, line_col))
        elif report_unused and not s.used:
            out.append(_finding("PELI-SUP-002", f"Ohitus ({shown}) ei ohittanut yhtään löydöstä; poista se.",
                                s, original, line_col))
    return out
