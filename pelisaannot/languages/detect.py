"""Which of Finnish, Swedish and English a piece of a draft is written in.

Most drafts are Finnish, and voikko already knows their words: when at least half of a sentence's words are
Finnish words, the sentence is Finnish and no model is read. Otherwise py3langid's identifier, restricted to the
three languages an employee of a Finnish public body writes in, decides (unrestricted, short Swedish comes out
Danish): `languages.langid` holds it, reduced to those three languages, so that it loads in milliseconds on first
use instead of py3langid's 0.8 s.
"""

from __future__ import annotations

from pelisaannot.languages.langid import identifier

LANGUAGES = ("fi", "sv", "en")
#: At least this share of words known to voikko makes a sentence Finnish without asking the model.
FINNISH_SHARE = 0.5


def detect_language(text: str, finnish_share: float) -> str:
    """The language of `text`, given the share of its words that the Finnish analyser knows."""
    if finnish_share >= FINNISH_SHARE or not any(c.isalpha() for c in text):
        return "fi"
    lang = identifier().classify(text)
    return lang if lang in LANGUAGES else "fi"
