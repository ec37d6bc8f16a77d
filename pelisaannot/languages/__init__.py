"""The languages a draft is written in (fi, sv, en), base forms of Swedish and English words, Swedish compound heads."""

from pelisaannot.languages.compounds import compound_head
from pelisaannot.languages.detect import LANGUAGES, detect_language
from pelisaannot.languages.lemmas import informal_keys, informal_words, other_lemma, other_reading, standard_spelling

__all__ = ["LANGUAGES", "compound_head", "detect_language", "informal_keys", "informal_words",
           "other_lemma", "other_reading", "standard_spelling"]
