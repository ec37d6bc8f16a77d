"""A finding: one rule's verdict on one span of one draft, as plain immutable data."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SEVERITIES = ("info", "warning", "error")


def severity_rank(severity: str) -> int:
    """Order severities so that `--fail-on warning` also fails on errors."""
    return SEVERITIES.index(severity)


@dataclass(frozen=True, slots=True)
class Finding:
    """Where a draft breaks a rule and why; offsets index the original text (code points)."""

    rule: str
    category: str
    severity: str
    message: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    link: str
    title: str = ""
    suggestion: str | None = None
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract's per-finding fields (without path/post, added by the report)."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Suppressed:
    """A finding an inline suppression silenced, and the reason the author gave (may be empty)."""

    finding: Finding
    reason: str


@dataclass(frozen=True, slots=True)
class Checked:
    """One draft's verdict: the findings still reported and those that inline suppressions silenced."""

    findings: list[Finding]
    suppressed: list[Suppressed] = field(default_factory=list)
