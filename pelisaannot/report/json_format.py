"""The JSON contract (version 1): `{"version": 1, "posts": N, "findings": [...], "errors": [...]}`."""

from __future__ import annotations

import json

from pelisaannot.report import Report

VERSION = 1


def render(report: Report) -> str:
    findings = []
    for checked in report.posts:
        post = checked.post
        for f in checked.findings:
            findings.append({
                "path": post.path, "post": post.id, "platform": post.platform,
                "rule": f.rule, "category": f.category, "severity": f.severity, "title": f.title,
                "message": f.message, "start": f.start, "end": f.end,
                "line": f.line + post.line_offset, "column": f.column,
                "end_line": f.end_line + post.line_offset, "end_column": f.end_column,
                "text": f.text, "link": f.link, "suggestion": f.suggestion,
            })
    return json.dumps({"version": VERSION, "posts": len(report.posts), "findings": findings,
                       "errors": report.errors}, ensure_ascii=False, indent=2)
