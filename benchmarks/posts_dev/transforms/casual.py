"""Casual structure: no full stops (an initial keeps its own), a line per sentence, a lower-case first word.

Instagram and Threads drafts end sentences with a line break or nothing, and start them in lower case; the tweets
of ../shared/data/finnish do the same. Only the first word of a sentence is lowered, and only when it is written
in lower case elsewhere in the draft or is a short function word, so names keep their capitals.
"""

from __future__ import annotations

import re

#: Abbreviations whose full stop ends no sentence (`esim. Pentti`): kept, as informal writers keep them.
ABBREVIATIONS = ("esim", "mm", "ym", "yms", "jne", "tms", "ns", "vrt", "klo", "puh", "osv", "etc", "approx")
SENTENCE_END = re.compile(r"(?<=[^\W\d]{2})\.(?:\s+|$)")
LAST_WORD = re.compile(r"(\w+)$")
FIRST_WORD = re.compile(r"(^|\n)([A-ZÅÄÖ][a-zåäö]+)")
FUNCTION_WORDS = {
    "me", "mä", "minä", "sinä", "hän", "he", "se", "ne", "tämä", "tää", "tänään", "nyt", "eilen", "kun", "ja",
    "mutta", "jos", "ei", "en", "on", "oli", "olen", "onko", "kiitos", "meillä", "meidän", "huomenna",
    "jag", "vi", "det", "den", "nu", "idag", "i", "igår", "och", "men", "om", "är", "har", "tack",
    "we", "our", "it", "this", "today", "and", "but", "if", "is", "was", "thanks", "my",
}


def rewrite(text: str) -> str:
    def end(m: re.Match[str]) -> str:
        word = LAST_WORD.search(text, 0, m.start())
        if word and word.group(1).lower() in ABBREVIATIONS:
            return m.group(0)
        return "\n" if m.end() < len(text) else ""

    text = SENTENCE_END.sub(end, text)
    lowered = {w for w in re.findall(r"\b[a-zåäö]+\b", text)}

    def lower(m: re.Match[str]) -> str:
        word = m.group(2)
        keep = word.lower() not in lowered and word.lower() not in FUNCTION_WORDS
        return m.group(1) + (word if keep else word.lower())

    return FIRST_WORD.sub(lower, text)
