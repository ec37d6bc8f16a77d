"""SARIF 2.1.0, the format code-scanning tools read (GitHub code scanning, VS Code SARIF viewer).

Columns count Unicode code points (`columnKind: unicodeCodePoints`), as every pelisaannot offset does.
Suppressed findings are kept as results with an `inSource` suppression and its justification, so an
auditor sees what was silenced and why.
"""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from pelisaannot.finding import Finding
from pelisaannot.inputs import Post
from pelisaannot.report import Report
from pelisaannot.report.locations import file_region

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    return "stdin" if path == "-" else quote(PurePath(path).as_posix(), safe="/:")


def _result(post: Post, f: Finding, index: int, reason: str | None) -> dict[str, Any]:
    region = file_region(post, f)
    sarif_region: dict[str, Any] = {"startLine": region.line}
    if region.column is not None:
        sarif_region.update(startColumn=region.column, endLine=region.end_line, endColumn=region.end_column,
                            snippet={"text": f.text})
    location: dict[str, Any] = {"physicalLocation": {"artifactLocation": {"uri": _uri(post.path)},
                                                     "region": sarif_region}}
    if post.id is not None:
        location["logicalLocations"] = [{"name": post.id, "kind": "post"}]
    result: dict[str, Any] = {
        "ruleId": f.rule, "ruleIndex": index, "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [location],
        "properties": {"category": f.category, "platform": post.platform, "text": f.text},
    }
    if f.suggestion:
        result["properties"]["suggestion"] = f.suggestion
    if reason is not None:
        result["suppressions"] = [{"kind": "inSource", **({"justification": reason} if reason else {})}]
    return result


def render(report: Report, **_: Any) -> str:
    from pelisaannot import __version__

    items = [(p, f, None) for p, f in report.findings] + [(p, s.finding, s.reason) for p, s in report.suppressed]
    rules: dict[str, dict[str, Any]] = {}
    for _post, f, _reason in items:
        rules.setdefault(f.rule, {
            "id": f.rule, "name": f.rule,
            "shortDescription": {"text": f.title or f.rule},
            **({"helpUri": f.link} if ":" in f.link.split("#")[0] else {}),  # only an absolute URI
            "defaultConfiguration": {"level": LEVELS[f.severity]},
            "properties": {"category": f.category, "tags": [f.category]},
        })
    index = {rule_id: i for i, rule_id in enumerate(rules)}
    results = [_result(p, f, index[f.rule], reason) for p, f, reason in items]
    notifications = [{"level": "error", "message": {"text": e}} for e in report.errors]
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "pelisaannot", "version": __version__, "semanticVersion": __version__,
                            "rules": list(rules.values())}},
        "columnKind": "unicodeCodePoints",
        "results": results,
        "invocations": [{"executionSuccessful": not report.errors,
                         **({"toolExecutionNotifications": notifications} if notifications else {})}],
    }
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2)
