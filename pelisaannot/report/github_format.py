"""GitHub Actions workflow commands: `::warning file=…,line=…,col=…,title=…::message`, one a finding.

In a workflow these become annotations on the pull request's changed lines.
"""

from __future__ import annotations

from typing import Any

from pelisaannot.report import Report
from pelisaannot.report.locations import file_region

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, **_: Any) -> str:
    lines = []
    for post, f in report.findings:
        region = file_region(post, f)
        props = [f"file={_prop(post.path)}", f"line={region.line}"]
        if region.column is not None:
            props += [f"col={region.column}", f"endLine={region.end_line}", f"endColumn={region.end_column}"]
        props.append(f"title={_prop(f'{f.rule} {f.title}'.strip())}")
        where = f" [{post.id}]" if post.id is not None and post.row_line is not None else ""
        lines.append(f"::{LEVELS[f.severity]} {','.join(props)}::{_data(f.message + where + ' ' + f.link)}")
    return "\n".join(lines)
