"""Texts in the three languages of the messages: a rule's message, title and suggestion, and the placeholder
values a check fills in (`{what}`, `{reason}`, `{details}`).

A check that names what it found in words yields a `Text` rather than a plain string, so that a Swedish or
English message gets a Swedish or English value instead of a Finnish phrase in the middle of its sentence.
`Text` is a `str` whose value is the Finnish text, so code that treats a value as a string (tests, `data` in
the JSON output) keeps working; the engine asks it for the linter's language with `Text.get(lang)`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

LANGUAGES = ("fi", "sv", "en")
DEFAULT = "fi"


class Text(str):
    """A text in Finnish (its `str` value), Swedish and English; a missing language falls back to Finnish."""

    by_lang: dict[str, str]

    def __new__(cls, fi: str, sv: str | None = None, en: str | None = None) -> Text:
        obj = super().__new__(cls, fi)
        obj.by_lang = {"fi": fi, "sv": sv if sv is not None else fi, "en": en if en is not None else fi}
        return obj

    def get(self, lang: str) -> str:
        return self.by_lang.get(lang, self.by_lang[DEFAULT])

    def __reduce__(self) -> tuple[Any, ...]:
        # Findings cross process boundaries (`check --jobs`): pickle all three languages, not only the str.
        return (Text, (self.by_lang["fi"], self.by_lang["sv"], self.by_lang["en"]))

    def fill(self, **values: Any) -> Text:
        """The text with `{name}`s filled in, in each language: `Text("{n} tagia", "{n} taggar").fill(n=3)`."""
        return Text.build(lambda lang: self.get(lang).format(**values))

    @classmethod
    def build(cls, make: Callable[[str], str]) -> Text:
        """A text made the same way in each language: `Text.build(lambda lang: ...)`."""
        return cls(*(make(lang) for lang in LANGUAGES))

    @classmethod
    def of(cls, value: str | Mapping[str, str] | None) -> Text:
        """A rule file's value: a plain string (the same in every language) or `{fi: ..., sv: ..., en: ...}`."""
        if isinstance(value, Text):
            return value
        if isinstance(value, Mapping):
            return cls(value["fi"], value.get("sv"), value.get("en"))
        return cls(value or "")

    @classmethod
    def join(cls, separator: str, parts: Iterable[str]) -> Text:
        """`separator.join(parts)` in each language."""
        items = list(parts)
        return cls.build(lambda lang: separator.join(in_lang(p, lang) for p in items))


def in_lang(value: Any, lang: str) -> Any:
    """A placeholder value as shown in `lang`: a `Text` in that language, anything else as it is."""
    return value.get(lang) if isinstance(value, Text) else value


def pick(texts: Mapping[str, str], lang: str) -> str:
    """The text of `lang` from a {language: text} mapping, Finnish when it lacks that language."""
    return texts.get(lang) or texts[DEFAULT]


def plain(value: Any) -> Any:
    """A value with its `Text`s turned into plain (Finnish) strings, for JSON and comparisons."""
    if isinstance(value, Text):
        return str(value)
    if isinstance(value, list | tuple):
        return type(value)(plain(v) for v in value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


__all__ = ["DEFAULT", "LANGUAGES", "Text", "in_lang", "pick", "plain"]
