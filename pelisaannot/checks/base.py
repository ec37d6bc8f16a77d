"""What every check kind shares: the Match it yields, the pack context it reads, its base class."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from pelisaannot.document import Document


class CheckConfigError(ValueError):
    """A check's parameters are wrong; `field` is the dotted path below `check`."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class Match:
    """A span of the normalised text that breaks the rule, with values for the message placeholders."""

    start: int
    end: int
    values: Mapping[str, Any] = field(default_factory=dict)
    suggestion: str | None = None


@dataclass(frozen=True, slots=True)
class PackContext:
    """What a check may read from its pack: files beside the rule and the pack's settings."""

    directory: Path
    settings: Mapping[str, Any] = field(default_factory=dict)

    def read_list(self, relative: str, field_name: str) -> list[str]:
        """A word list file of the pack: one entry a line, `#` starts a comment."""
        path = (self.directory / relative).resolve()
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise CheckConfigError(field_name, f"cannot read list file {relative!r}: {exc.strerror}") from None
        return [s for line in lines if (s := line.split("#", 1)[0].strip())]


class Check(ABC):
    """A check kind: compiled once from a rule's `check` mapping, then run on many documents."""

    kind: ClassVar[str]
    #: Document layers the check needs ("lemmas", "names"), so the engine computes only those.
    needs: ClassVar[frozenset[str]] = frozenset()
    #: Placeholders the rule's message may use besides {match}.
    placeholders: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        self.params = params
        self.pack = pack

    @abstractmethod
    def run(self, doc: Document) -> Iterator[Match]:
        """Yield every span of `doc` that breaks the rule."""
