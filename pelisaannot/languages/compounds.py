"""The head of a Swedish compound that simplemma's dictionary lacks (dörrkoden -> kod, budgetutkastet -> utkast).

Swedish writes compounds as one word and coins them freely, so most compounds in a draft are not in any dictionary:
without a head, a cue list that holds `kod` or `utkast` never sees `portkoden` or `budgetutkastet`, the way voikko's
compound parts serve the Finnish lists. A word is split only when both sides are Swedish words the dictionary knows
(the first side may end in the linking `s` or `e`: `nätverkslösenordet`, `ledningsgruppsmötet`), the head has at least
four letters. A word the dictionary knows is split through its base form, and only when the first side has five
letters or more (`morgonmötet` -> möte; `konstaterade` is not `kon` + `statera`, `underbart` not `under` + `bar`):
no part is better than a wrong one.
"""

from __future__ import annotations

from functools import lru_cache

#: Only Swedish: English compounds are mostly written apart, and simplemma has no Finnish compounds worth trusting.
LANGUAGES = frozenset({"sv"})
MIN_HEAD = 4
MIN_MODIFIER = 3
MIN_KNOWN_MODIFIER = 5
LINKING = ("s", "e")


def _known(word: str, lang: str) -> bool:
    from pelisaannot.languages.lemmas import is_known

    return is_known(word, lang)


def _modifier(prefix: str, lang: str) -> bool:
    """Whether `prefix` is a word the dictionary knows, or one followed by a linking letter."""
    return _known(prefix, lang) or any(
        prefix.endswith(link) and len(prefix) > MIN_MODIFIER and _known(prefix[:-1], lang) for link in LINKING)


@lru_cache(maxsize=65536)
def compound_head(word: str, lang: str) -> str | None:
    """The base form of the longest known head of an unknown compound `word`, or None."""
    lowered = word.lower()
    if lang not in LANGUAGES or len(lowered) < MIN_MODIFIER + MIN_HEAD or not lowered.isalpha():
        return None
    from pelisaannot.languages.lemmas import other_lemma

    shortest = MIN_MODIFIER
    if _known(lowered, lang):
        # A dictionary word is split through its base form, and only into two long sides (morgonmöte -> möte), so
        # that a word of its own is not read as two short ones (`konstaterade` is not `kon` + `statera`).
        lowered, shortest = other_lemma(lowered, lang), MIN_KNOWN_MODIFIER
    for cut in range(shortest, len(lowered) - MIN_HEAD + 1):
        head = lowered[cut:]
        if _known(head, lang) and _modifier(lowered[:cut], lang):
            return other_lemma(head, lang)
    return None
