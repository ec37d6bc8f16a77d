"""A rule as loaded from its YAML file: plain data plus the compiled check."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pelisaannot.checks import Check
from pelisaannot.localised import pick


@dataclass(frozen=True, slots=True)
class Example:
    """A post that must (bad) or must not (good) trigger the rule; `match` is the expected span."""

    text: str
    platform: str = "generic"
    match: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: str
    severity: str
    title: str
    messages: dict[str, str]
    quote: str
    anchor: str
    link: str
    check: Check
    kind: str
    source: Path
    pack: str
    section: str = ""
    rationale: str = ""
    suggestion: str | None = None
    platforms: frozenset[str] | None = None
    enabled: bool = True  # an opt-in rule runs only when selected by its id
    bad: tuple[Example, ...] = ()
    good: tuple[Example, ...] = ()
    #: The folder its check's files (word lists, protected sources) are read from: the pack that defines the rule,
    #: also when another pack overrides it. None means `source`'s folder.
    directory: Path | None = None
    #: The manifest whose `override` changed this inherited rule, if any; `source` stays the rule's own file.
    overridden_in: Path | None = None
    #: The clause in the pack's shipped policy document (`link` is the rule's published page when the pack
    #: has a `base_url`).
    clause_link: str = ""
    #: The title and the suggestion per language ({"fi": ...}); `title` and `suggestion` are the Finnish ones.
    titles: dict[str, str] = field(default_factory=dict)
    suggestions: dict[str, str] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def home(self) -> Path:
        """The folder its check's files are read from."""
        return self.directory or self.source.parent

    def message(self, lang: str = "fi") -> str:
        """The message template in `lang`, falling back to Finnish."""
        return pick(self.messages, lang)

    def title_in(self, lang: str = "fi") -> str:
        """The title in `lang`, falling back to Finnish."""
        return pick(self.titles, lang) if self.titles else self.title

    def suggestion_in(self, lang: str = "fi") -> str | None:
        """The suggestion in `lang`, falling back to Finnish; None when the rule has none."""
        return pick(self.suggestions, lang) if self.suggestions else self.suggestion

    def applies_to(self, platform: str) -> bool:
        return self.platforms is None or platform in self.platforms
