"""Base forms of Swedish and English words, beside voikko's Finnish ones.

simplemma ships its dictionaries in the wheel (lösenordet -> lösenord, passwords -> password, jävligt -> jävlig);
a language's dictionary is loaded on the first word of that language only.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=65536)
def other_lemma(word: str, lang: str) -> str:
    """The lower-cased base form of a Swedish ("sv") or English ("en") word; the word itself when unknown."""
    import simplemma

    return simplemma.lemmatize(word.lower(), lang=lang).lower()
