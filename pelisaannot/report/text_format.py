"""Human-readable output: `path[:post]:line:col: RULE [severity] message (link)`, then a summary."""

from __future__ import annotations

from collections import Counter

from pelisaannot.report import Report

SEVERITY_FI = {"error": ("virhe", "virhettä"), "warning": ("varoitus", "varoitusta"),
               "info": ("huomautus", "huomautusta")}


def _count(n: int, severity: str) -> str:
    one, many = SEVERITY_FI[severity]
    return f"{n} {one if n == 1 else many}"


def location(path: str, post: str | None, line: int, column: int) -> str:
    return f"{path}{':' + post if post is not None else ''}:{line}:{column}"


def render(report: Report) -> str:
    lines = []
    for checked in report.posts:
        post = checked.post
        for f in checked.findings:
            where = location(post.path, post.id, f.line + post.line_offset, f.column)
            lines.append(f"{where}: {f.rule} [{f.severity}] {f.message} ({f.link})")
    lines.append(summary(report))
    return "\n".join(lines)


def summary(report: Report) -> str:
    """One line in Finnish: how many findings of each severity, in how many of how many posts."""
    found = report.findings
    checked = len(report.posts)
    noun = "julkaisu" if checked == 1 else "julkaisua"
    if not found:
        return f"Ei löydöksiä: {checked} {noun} tarkistettu."
    by = Counter(f.severity for _, f in found)
    flagged = sum(1 for c in report.posts if c.findings)
    parts = ", ".join(_count(by[s], s) for s in ("error", "warning", "info") if by[s])
    return f"{len(found)} löydöstä ({parts}) {flagged} julkaisussa; {checked} {noun} tarkistettu."
