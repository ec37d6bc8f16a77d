"""Informal written English: the spellings of texting and social media (X, Threads, Instagram captions).

Rewrites, each a widespread chat spelling: the pronoun I as "i"; apostrophes dropped from contractions
(don't->dont, I'm->im, can't->cant, it's->its, we're->were is skipped because it makes another word); you->u,
your->ur, going to->gonna, want to->wanna, please->pls, thanks->thx, people->ppl, because->cuz; and lower case
for a capitalised word at a sentence start when it is a common word (listed here). Names and other capitalised
words mid-sentence stay (a contraction of "I" is lowered wherever it is). The rewrite is deterministic and never
adds or removes what the draft tells.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .informal_sv import starts_sentence

#: standard -> informal, whole words or phrases, lower-case keys.
INFORMAL = {
    "going to": "gonna", "want to": "wanna", "you": "u", "your": "ur", "please": "pls", "thanks": "thx",
    "people": "ppl", "because": "cuz",
}
#: "going to" stays before a place ("going to the office", "going to Oulu"): only the future-tense use is gonna.
NOT_VERB_AFTER = r"(?!\s+(?:(?:the|a|an|my|our|your|his|her|their|work|school|bed)\b|(?-i:[A-Z])))"
#: contractions whose apostrophe-less spelling is not another word.
CONTRACTIONS = ("don't", "doesn't", "didn't", "can't", "won't", "isn't", "aren't", "wasn't", "i'm", "it's",
                "that's", "i've", "i'll", "i'd", "you're", "they're", "couldn't", "shouldn't", "wouldn't")
SENTENCE_START_WORDS = {
    "the", "a", "an", "we", "our", "it", "this", "that", "there", "today", "and", "but", "if", "so", "my",
    "they", "he", "she", "just", "can", "do", "does", "is", "are", "was", "u", "ur", "pls", "thx", "cuz", "ppl",
    "gonna", "wanna", "dont", "cant", "its", "im", "thats", "what", "who", "how", "why", "when", "new",
}
PHRASE = re.compile(r"\b(going to(?=\s)" + NOT_VERB_AFTER + "|"
                    + "|".join(sorted(set(INFORMAL) - {"going to"}, key=len, reverse=True)) + r")\b", re.IGNORECASE)
CONTRACTION = re.compile(r"\b(" + "|".join(c.replace("'", "['’]") for c in CONTRACTIONS) + r")\b", re.IGNORECASE)
START = re.compile(r"(^|[.!?]\s+|\n)([A-Z][a-z]*)\b")


def _swapper(text: str, informal_of: Callable[[str], str]) -> Callable[[re.Match[str]], str]:
    """A substitution that keeps a capitalised word mid-sentence and the capital of a sentence's first word."""
    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        informal = informal_of(word)
        if not word[0].isupper() or word.lower().startswith(("i'", "i’")):
            return informal
        return informal.capitalize() if starts_sentence(text, m.start()) else word
    return swap


def rewrite(text: str) -> str:
    text = CONTRACTION.sub(_swapper(text, lambda w: re.sub("['’]", "", w).lower()), text)
    text = PHRASE.sub(_swapper(text, lambda w: INFORMAL[w.lower()]), text)
    text = re.sub(r"\bI\b", "i", text)
    return START.sub(lambda m: m.group(1) + (m.group(2).lower() if m.group(2).lower() in SENTENCE_START_WORDS
                                            else m.group(2)), text)
