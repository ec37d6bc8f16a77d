"""`identifier`: personal identifiers found by shape and confirmed by checksum (python-stdnum).

A string that has the shape of a henkilötunnus but fails its check character is not reported.
Every century sign is accepted, including those added in 2023 (A-F, U-Y besides -, + and A).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import regex
from stdnum.fi import hetu

from pelisaannot.checks.base import Check, CheckConfigError, Match, PackContext
from pelisaannot.checks.context import Context
from pelisaannot.document import Document


@dataclass(frozen=True, slots=True)
class IdentifierType:
    """One kind of identifier: how to find candidates, how to confirm one, what to call it."""

    label: str
    pattern: regex.Pattern[str]
    validate: Callable[[str, Mapping[str, Any]], bool]


def _valid_hetu(candidate: str, params: Mapping[str, Any]) -> bool:
    compact = regex.sub(r"\s", "", candidate).upper()
    return hetu.is_valid(compact, allow_temporary=params.get("allow_temporary", True))


TYPES: dict[str, IdentifierType] = {
    "henkilotunnus": IdentifierType(
        "henkilötunnus",
        regex.compile(r"(?<![\w+-])\d{6} ?[-+A-FU-Ya-fu-y] ?\d{3}[0-9A-Ya-y](?!\w)"),
        _valid_hetu,
    ),
}


class IdentifierCheck(Check):
    kind = "identifier"
    placeholders = frozenset({"type"})

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        for i, name in enumerate(params["types"]):
            if name not in TYPES:
                raise CheckConfigError(f"types[{i}]", f"unknown identifier type {name!r}; known: "
                                       + ", ".join(sorted(TYPES)))
        self.types = [TYPES[name] for name in params["types"]]
        self.context = Context.from_params(params.get("context"))
        allow = list(params.get("allow", [])) + list(pack.settings.get("allow", []))
        self.allow = frozenset(regex.sub(r"\W", "", a).lower() for a in allow)

    def run(self, doc: Document) -> Iterator[Match]:
        for kind in self.types:
            for m in kind.pattern.finditer(doc.text):
                if regex.sub(r"\W", "", m.group()).lower() in self.allow:
                    continue
                if not kind.validate(m.group(), self.params):
                    continue
                if self.context and not self.context.accepts(doc, *m.span()):
                    continue
                yield Match(m.start(), m.end(), {"type": kind.label})
