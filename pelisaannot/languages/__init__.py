"""The languages a draft is written in (fi, sv, en) and base forms of Swedish and English words."""

from pelisaannot.languages.detect import LANGUAGES, detect_language
from pelisaannot.languages.lemmas import other_lemma

__all__ = ["LANGUAGES", "detect_language", "other_lemma"]
