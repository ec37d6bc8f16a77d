"""Context words near a match, compared on lemmas so that every inflected form counts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pelisaannot.document import Document


@dataclass(frozen=True, slots=True)
class Context:
    """`require`: one of these lemmas must stand near; `forbid`: none of these may."""

    require: frozenset[str] = frozenset()
    forbid: frozenset[str] = frozenset()
    window: int = 8

    @classmethod
    def from_params(cls, params: Mapping[str, Any] | None) -> Context | None:
        if not params:
            return None
        return cls(
            frozenset(w.lower() for w in params.get("require", ())),
            frozenset(w.lower() for w in params.get("forbid", ())),
            int(params.get("window", 8)),
        )

    @property
    def needs_lemmas(self) -> bool:
        return bool(self.require or self.forbid)

    def accepts(self, doc: Document, start: int, end: int) -> bool:
        """True when the words around [start, end) satisfy the context."""
        near: set[str] = set()
        for token in doc.tokens_near(start, end, self.window):
            near |= doc.lemmas(token)
            near.add(token.text.lower())
        if self.require and not (near & self.require):
            return False
        return not (self.forbid and near & self.forbid)
