"""The JSON contract (version 1): `{"version": 1, "posts": N, "findings": [...], "errors": [...],
"suppressed": [...]}`; a suppressed finding has the fields of a finding plus the `reason` its author gave.

Fields are only ever added, never renamed or removed, so consumers of version 1 keep working.
"""

from __future__ import annotations

import json
from typing import Any

from pelisaannot.finding import Finding
from pelisaannot.inputs import Post
from pelisaannot.report import Report

VERSION = 1


def finding_dict(post: Post, f: Finding) -> dict[str, Any]:
    """One finding as the contract spells it; lines count from the top of the post's file: for a row of a
    JSONL, CSV or calendar file, the row's line (as in SARIF), since the text is quoted and escaped there."""
    if post.row_line is not None:
        line = end_line = post.row_line
    else:
        line, end_line = f.line + post.line_offset, f.end_line + post.line_offset
    return {
        "path": post.path, "post": post.id, "platform": post.platform, "date": post.date,
        "rule": f.rule, "category": f.category, "severity": f.severity, "title": f.title,
        "message": f.message, "start": f.start, "end": f.end,
        "line": line, "column": f.column, "end_line": end_line, "end_column": f.end_column,
        "text": f.text, "link": f.link, "suggestion": f.suggestion,
    }


def render(report: Report, **_: Any) -> str:
    findings = [finding_dict(post, f) for post, f in report.findings]
    suppressed = [{**finding_dict(post, s.finding), "reason": s.reason} for post, s in report.suppressed]
    return json.dumps({"version": VERSION, "posts": len(report.posts), "findings": findings,
                       "errors": report.errors, "suppressed": suppressed}, ensure_ascii=False, indent=2)
