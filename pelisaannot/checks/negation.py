"""Negation words by language: a judgement or a threat just after one is cancelled ("en tiedä missä asut").

Finnish `en` and `et` are negations in Finnish only: in Swedish `en` is an article. So a rule names its
negation lists by language (`{fi: [...], sv: [...], en: [...]}`), or gives one list for every language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pelisaannot.checks.base import PackContext
from pelisaannot.languages import standard_spelling


def read_negations(pack: PackContext, files: Any, field: str) -> dict[str, frozenset[str]]:
    """Negation words by language (`{fi: [...], sv: [...]}`; a plain list counts in every language)."""
    by_language = files if isinstance(files, Mapping) else {"*": files}
    found: dict[str, frozenset[str]] = {}
    for language, relatives in by_language.items():
        words: list[str] = []
        for i, relative in enumerate(relatives):
            words += [w.lower().replace("’", "'") for w in pack.read_list(relative, f"{field}.{language}[{i}]")]
        found[language] = frozenset(words)
    return found


def negates(negations: dict[str, frozenset[str]], word: str, language: str) -> bool:
    """Is `word` a negation in a sentence of `language`? (Finnish `en` is not one in Swedish.)"""
    word = word.lower().replace("’", "'")
    words = {word, standard_spelling(word, language) or word}  # a chat spelling negates too: `int`, `dont`
    return not words.isdisjoint(negations.get(language, ())) or not words.isdisjoint(negations.get("*", ()))
