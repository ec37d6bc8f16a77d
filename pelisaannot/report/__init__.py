"""Output formats. Each takes the checked posts with their findings and returns a string."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pelisaannot.finding import Finding
from pelisaannot.inputs import Post


@dataclass(frozen=True, slots=True)
class CheckedPost:
    post: Post
    findings: list[Finding]


@dataclass(frozen=True, slots=True)
class Report:
    """Everything one run produced: checked posts and the input errors met on the way."""

    posts: list[CheckedPost]
    errors: list[str]

    @property
    def findings(self) -> list[tuple[Post, Finding]]:
        return [(c.post, f) for c in self.posts for f in c.findings]


def formatter(name: str) -> Callable[[Report], str]:
    from pelisaannot.report import json_format, text_format

    return {"text": text_format.render, "json": json_format.render}[name]


FORMATS = ("text", "json")
