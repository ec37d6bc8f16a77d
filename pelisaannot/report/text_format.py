"""Human-readable output, like a compiler's: a location line per finding, the line of the post with the
offending span underlined, then a summary by category and by severity.

    luonnos.md:3:12: FI-TO-001 [warning] Kirosana "paska" ... (link)
       3 | Tämä on ihan paska juttu.
         |             ^^^^^

Colour only when asked (the CLI asks on a terminal unless NO_COLOR is set); tests see plain text.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import click
import regex

from pelisaannot.finding import Finding
from pelisaannot.i18n import plural, t
from pelisaannot.inputs import Post
from pelisaannot.report import Report

COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def location(path: str, post: str | None, line: int, column: int) -> str:
    return f"{path}{':' + post if post is not None else ''}:{line}:{column}"


#: Characters of context shown each side of a span, and at most this much of the span itself: a finding in a
#: 1 MB one-line post prints a window, not the whole line.
CONTEXT = 60
MAX_SPAN = 160
LINE_BREAK = regex.compile(r"\r\n|\r|\n")


def snippet(post: Post, f: Finding, color: bool = False) -> list[str]:
    """The finding's first line with a caret line under its span (to the line's end if it spans lines),
    cut to a window around the span with `…` where the line goes on."""
    lines = LINE_BREAK.split(post.text)  # lines as the finding counts them (\r\n, \r or \n; not U+2028)
    if not 1 <= f.line <= len(lines):
        return []
    full = lines[f.line - 1]
    start = min(f.column - 1, len(full))
    end = f.end_column - 1 if f.end_line == f.line else len(full)
    end = max(start + 1, min(end, start + MAX_SPAN, len(full)))
    lo, hi = max(0, start - CONTEXT), min(len(full), end + CONTEXT)
    head, tail = ("…" if lo > 0 else ""), ("…" if hi < len(full) else "")
    # One column per code point: tabs and other controls become a space so the carets stay under the span.
    shown = "".join(" " if c.isspace() or not c.isprintable() else c for c in full[lo:hi])
    start, end = start - lo + len(head), end - lo + len(head)
    text = head + shown + tail
    width = max(1, end - start)
    number = str(f.line + post.line_offset)
    gutter = " " * len(number)
    carets = "^" * width
    if color:
        carets = click.style(carets, fg=COLOURS[f.severity], bold=True)
        text = text[:start] + click.style(text[start:start + width], bold=True) + text[start + width:]
    return [f"  {number} | {text}", f"  {gutter} | {' ' * start}{carets}"]


def render(report: Report, *, color: bool = False, **_: Any) -> str:
    lines = []
    for checked in report.posts:
        post = checked.post
        for f in checked.findings:
            where = location(post.path, post.id, f.line + post.line_offset, f.column)
            rule, severity = f.rule, f"[{f.severity}]"
            if color:
                where = click.style(where, bold=True)
                rule = click.style(rule, fg=COLOURS[f.severity], bold=True)
                severity = click.style(severity, fg=COLOURS[f.severity])
            lines.append(f"{where}: {rule} {severity} {f.message} ({f.link})")
            lines.extend(snippet(post, f, color))
    if report.findings:
        lines.append(by_category(report))
    lines.append(summary(report))
    return "\n".join(lines)


def by_category(report: Report) -> str:
    """`Luokittain: tone 2, customer-data 1`, most common first."""
    counts = Counter(f.category for _, f in report.findings)
    return t("by_category", counts=", ".join(f"{c} {n}" for c, n in sorted(counts.items(),
                                                                           key=lambda i: (-i[1], i[0]))))


def summary(report: Report) -> str:
    """One line in the CLI's language: how many findings of each severity, in how many of how many posts."""
    found = report.findings
    checked = plural(len(report.posts), "post")
    suppressed = len(report.suppressed)
    tail = t("suppressed", count=plural(suppressed, "finding")) if suppressed else ""
    if not found:
        return t("none", checked=checked, tail=tail)
    by = Counter(f.severity for _, f in found)
    flagged = sum(1 for c in report.posts if c.findings)
    parts = ", ".join(plural(by[s], s) for s in ("error", "warning", "info") if by[s])
    return t("found", count=plural(len(found), "finding_found"), parts=parts, flagged=flagged,
             flagged_posts=plural(flagged, "post"), checked=checked, tail=tail)
