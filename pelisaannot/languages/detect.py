"""Which of Finnish, Swedish and English a piece of a draft is written in.

Most drafts are Finnish, and voikko already knows their words: when at least half of a sentence's words are
Finnish words, the sentence is Finnish and no model is loaded. Otherwise py3langid, restricted to the three
languages an employee of a Finnish public body writes in, decides (unrestricted, short Swedish comes out Danish).
The model (0.8 s to load) is loaded on first use only.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

LANGUAGES = ("fi", "sv", "en")
#: At least this share of words known to voikko makes a sentence Finnish without asking the model.
FINNISH_SHARE = 0.5


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def detect_language(text: str, finnish_share: float) -> str:
    """The language of `text`, given the share of its words that the Finnish analyser knows."""
    if finnish_share >= FINNISH_SHARE or not any(c.isalpha() for c in text):
        return "fi"
    lang, _score = _identifier().classify(text)
    return lang if lang in LANGUAGES else "fi"
