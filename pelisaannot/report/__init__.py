"""Output formats. Each takes the checked posts with their findings and returns a string.

Formats: text (people, optionally in colour), json (the stable contract, version 1), jsonl (one finding a
line), sarif (SARIF 2.1.0 for code-scanning tools) and github (GitHub Actions workflow annotations).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pelisaannot.finding import Finding, Suppressed
from pelisaannot.inputs import Post


@dataclass(frozen=True, slots=True)
class CheckedPost:
    post: Post
    findings: list[Finding]
    suppressed: list[Suppressed] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Report:
    """Everything one run produced: checked posts and the input errors met on the way."""

    posts: list[CheckedPost]
    errors: list[str]

    @property
    def findings(self) -> list[tuple[Post, Finding]]:
        return [(c.post, f) for c in self.posts for f in c.findings]

    @property
    def suppressed(self) -> list[tuple[Post, Suppressed]]:
        return [(c.post, s) for c in self.posts for s in c.suppressed]


Renderer = Callable[..., str]


def formatter(name: str) -> Renderer:
    """The renderer of a format: `render(report, color=False) -> str`."""
    from pelisaannot.report import github_format, json_format, jsonl_format, sarif_format, text_format

    modules: dict[str, Any] = {"text": text_format, "json": json_format, "jsonl": jsonl_format,
                               "sarif": sarif_format, "github": github_format}
    return modules[name].render


FORMATS = ("text", "json", "jsonl", "sarif", "github")
