"""Base forms of Swedish and English words, beside voikko's Finnish ones.

simplemma ships its dictionaries in the wheel (lösenordet -> lösenord, passwords -> password, jävligt -> jävlig),
but building one in memory costs a process 1 s for Swedish and 0.2 s for English, on the first word of that
language. So a language's dictionary is built once per machine into a table on disk (`languages.disktable`, in the
user's cache folder) that a process maps in microseconds, and simplemma reads its dictionary from that table:

- a word that the dictionary knows (the usual case) is answered from the table alone, as simplemma 2.0 answers it
  (its own order: a number is itself, then the word, then the word with its first letter's case flipped);
- any other word goes through simplemma's whole pipeline (clitics, hyphens, rules, prefixes, affixes), with the
  table as its dictionary: the same mapping, so the same lemma.

Without a writable cache folder (or with PELISAANNOT_CACHE_DIR set to an empty value) simplemma is used as it
comes.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

from pelisaannot.languages.disktable import DiskTable, simplemma_table

#: simplemma versions whose pipeline is known to answer a dictionary word with the dictionary's value before
#: anything else (checked by tests/test_lemma_table.py); for another version every word takes the pipeline.
DICTIONARY_FIRST = frozenset({"2.0.0"})


def is_known(word: str, lang: str) -> bool:
    """Whether simplemma's dictionary holds the word (as written or with its first letter's case flipped), read
    from the table on disk where there is one: `simplemma.is_known` without building the dictionary in memory."""
    table = simplemma_table(lang)
    if table is None:
        import simplemma

        return bool(simplemma.is_known(word, lang=lang))
    return _lookup(table, unicodedata.normalize("NFC", word)) is not None


INFORMAL_DIR = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=4)
def _informal_table(lang: str) -> dict[str, tuple[str, ...]]:
    """`data/informal.<lang>.txt`: informal written form -> its standard readings, the usual one first (empty for a
    language without one)."""
    path = INFORMAL_DIR / f"informal.{lang}.txt"
    if not path.is_file():
        return {}
    rows = (line.split() for line in path.read_text(encoding="utf-8").splitlines() if line and line[0] != "#")
    return {row[0]: tuple(row[1:]) for row in rows if len(row) >= 2}


def standard_spelling(word: str, lang: str) -> str | None:
    """The usual standard spelling of an informal Swedish or English word ("int" -> "inte", "didnt" -> "didn't"),
    or None: chat spellings simplemma does not know, so that cue lists in standard spelling meet them too."""
    lowered = word.lower()
    readings = _informal_table(lang).get(lowered)
    return readings[0] if readings and readings[0] != lowered else None


def other_reading(word: str, lang: str) -> str | None:
    """The second reading of an informal word that stands for two ("de": det in chat, or the standard de; "ill":
    ill, or a chat I'll), or None: patterns are tried on both, since the writer's meaning is not known."""
    readings = _informal_table(lang).get(word.lower(), ())
    return readings[1] if len(readings) > 1 else None


@lru_cache(maxsize=1)
def informal_words() -> frozenset[str]:
    """Every informal spelling of every language with a table: a cheap test before a token's language is asked."""
    return frozenset(word for lang in ("sv", "en") for word in _informal_table(lang))


def informal_keys(word: str, lang: str) -> frozenset[str]:
    """Every standard reading of an informal word and its base form; empty for any other word."""
    readings = _informal_table(lang).get(word.lower(), ())
    return frozenset(key for reading in readings for key in (reading, other_lemma(reading, lang)))


@lru_cache(maxsize=65536)
def other_lemma(word: str, lang: str) -> str:
    """The lower-cased base form of a Swedish ("sv") or English ("en") word; the word itself when unknown."""
    return _lemmatize(word.lower(), lang).lower()


def _lemmatize(token: str, lang: str) -> str:
    """`simplemma.lemmatize(token, lang=lang)`, from the table on disk where there is one."""
    table = simplemma_table(lang)
    if table is None:
        import simplemma

        return str(simplemma.lemmatize(token, lang=lang))
    if table.version in DICTIONARY_FIRST and token:
        token = unicodedata.normalize("NFC", token)
        if token.isnumeric():
            return token
        found = _lookup(table, token)
        if found:  # an empty value lets simplemma's pipeline go on
            return found
    return str(_lemmatizer().lemmatize(token, lang))


def _lookup(table: DiskTable, token: str) -> str | None:
    """The dictionary's value for a token as written, else with its first letter's case flipped (simplemma's order)."""
    found = table.get(token)
    if found is None:
        found = table.get(token.lower() if token[:1].isupper() else token.capitalize())
    return found


@lru_cache(maxsize=1)
def _lemmatizer() -> Any:
    """simplemma's default lemmatizer, reading its dictionaries from the tables on disk."""
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy
    from simplemma.strategies.dictionaries.dictionary_factory import DecodedStrMapping, DictionaryFactory

    class TableMapping(DecodedStrMapping):
        """A table on disk as the str -> str mapping simplemma's strategies read."""

        __slots__ = ("_table",)

        def __init__(self, table: DiskTable) -> None:
            self._table = table

        def _lookup(self, key: str) -> str | None:
            return self._table.get(key)

        def __iter__(self) -> Any:
            return iter(self._table.keys())

        def __len__(self) -> int:
            return len(self._table)

    class TableFactory(DictionaryFactory):
        """simplemma's dictionaries from the tables on disk (the table must exist: `simplemma_table`)."""

        @lru_cache(maxsize=8)  # noqa: B019 - one factory for the whole process
        def get_dictionary(self, lang: str) -> TableMapping:
            table = simplemma_table(lang)
            if table is None:
                raise ValueError(f"no dictionary table for {lang}")
            return TableMapping(table)

    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=TableFactory()))
