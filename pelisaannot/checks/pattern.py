"""`pattern`: Unicode-aware regular expressions (the `regex` package) with optional context words.

Each match is bounded by a time limit, so a pathological pattern in a rule file cannot hang the tool.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex

from pelisaannot.checks.base import Check, CheckConfigError, Match, PackContext
from pelisaannot.checks.context import Context
from pelisaannot.document import Document


class PatternCheck(Check):
    kind = "pattern"

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        flags = regex.UNICODE | regex.VERSION1
        if params.get("ignore_case", True):
            flags |= regex.IGNORECASE | regex.FULLCASE
        self.patterns: list[regex.Pattern[str]] = []
        for i, source in enumerate(params["patterns"]):
            try:
                self.patterns.append(regex.compile(source, flags))
            except regex.error as exc:
                raise CheckConfigError(f"patterns[{i}]", f"invalid regular expression: {exc}") from None
        self.group = params.get("group", 0)
        for i, p in enumerate(self.patterns):
            if isinstance(self.group, str) and self.group not in p.groupindex:
                raise CheckConfigError(f"patterns[{i}]", f"has no group named {self.group!r}")
            if isinstance(self.group, int) and self.group > p.groups:
                raise CheckConfigError("group", f"pattern {i} has only {p.groups} groups")
        self.context = Context.from_params(params.get("context"))
        self.timeout = params.get("timeout_ms", 200) / 1000
        self.skip = set(params.get("skip_inside", ["urls", "emails"]))

    def run(self, doc: Document) -> Iterator[Match]:
        for pattern in self.patterns:
            try:
                found = list(pattern.finditer(doc.text, timeout=self.timeout))
            except TimeoutError:
                continue  # a pattern that cannot decide in time reports nothing rather than hang
            for m in found:
                start, end = m.span(self.group)
                if start == end or doc.inside(start, self.skip):
                    continue
                if self.context and not self.context.accepts(doc, start, end):
                    continue
                yield Match(start, end)
