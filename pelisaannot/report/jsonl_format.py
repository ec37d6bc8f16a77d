"""One JSON object a line per finding, with the fields of the JSON contract; easy to stream and grep."""

from __future__ import annotations

import json
from typing import Any

from pelisaannot.report import Report
from pelisaannot.report.json_format import finding_dict


def render(report: Report, **_: Any) -> str:
    return "\n".join(json.dumps(finding_dict(post, f), ensure_ascii=False) for post, f in report.findings)
