"""Grammatical features of a word (number, past tense, possessive suffix) that the shared Analysis leaves out.

The customer-data checks tell a story ("Asiakkaani soitti") from advice ("Asiakkaat voivat hakea"): a singular
customer, a first-person possessive, a verb in the past tense. Voikko knows these; the `Morphology` interface
keeps only lemma, class and compound parts, so this module asks Voikko again, for the few words that need it.
Without Voikko, it returns no features and the checks fall back to their word lists.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any

_lock = threading.Lock()


@functools.cache
def _analyser() -> Callable[[str], list[dict[str, Any]]] | None:
    try:
        import libvoikko

        from pelisaannot.finnish.morphology import quiet_destructor

        quiet_destructor(libvoikko)
        voikko = libvoikko.Voikko("fi")

        def analyse(word: str) -> list[dict[str, Any]]:
            with _lock:
                return voikko.analyze(word)

        return analyse
    except Exception:  # no C library or dictionary: try the FST build
        pass
    try:
        from pyvoikko import analyse as fst

        def analyse_fst(word: str) -> list[dict[str, Any]]:
            return [{k: getattr(a, k, None) for k in ("CLASS", "NUMBER", "TENSE", "MOOD", "POSSESSIVE", "SIJAMUOTO")}
                    for a in fst(word.lower())]

        return analyse_fst
    except Exception:
        return None


@functools.lru_cache(maxsize=50_000)
def features(word: str) -> frozenset[str]:
    """{"plural", "singular", "past", "present", "possessive:1s", ...} over all readings of `word`.

    "past" is set only when no reading is a present-tense indicative (voi = could/can stays undecided).
    """
    analyse = _analyser()
    if analyse is None or len(word) > 60:
        return frozenset()
    out: set[str] = set()
    numbers: set[str] = set()
    tenses: set[str] = set()
    for a in analyse(word):
        if a.get("NUMBER"):
            numbers.add(a["NUMBER"])
        if a.get("CLASS") == "teonsana" and a.get("MOOD") == "indicative" and a.get("TENSE"):
            tenses.add(a["TENSE"])
        if a.get("POSSESSIVE"):
            out.add("possessive:" + a["POSSESSIVE"])
    if numbers == {"plural"}:
        out.add("plural")
    elif numbers == {"singular"}:
        out.add("singular")
    if "past_imperfective" in tenses and "present_simple" not in tenses:
        out.add("past")
    elif "present_simple" in tenses:
        out.add("present")
    return frozenset(out)


@functools.lru_cache(maxsize=50_000)
def sentence_word(word: str) -> bool:
    """True when no reading of `word` is a noun, adjective or name in the nominative: a verb, an adverb or an
    inflected form ("#hakea #asumistukea #ajoissa") is a word of a sentence, not a topic label ("#opintotuki")."""
    analyse = _analyser()
    if analyse is None or len(word) > 60:
        return False
    readings = analyse(word) or analyse(word.lower())
    if not readings:
        return False
    return not any(a.get("SIJAMUOTO") == "nimento"
                   or (a.get("SIJAMUOTO") is None and a.get("CLASS") not in ("teonsana", "seikkasana"))
                   for a in readings)
