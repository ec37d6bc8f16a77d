"""How a hashtag reads: a topic label (`#opintotuki`) or a word of a sentence (`#olen`, `#för`, `#töissä`).

A hashtag fence made of a sentence ("#Ylpeä #olen #meidän #tiimistä", "#Tack #för #idag", "#what #a #day")
is told from a run of topic labels by the words it is made of: topic labels are nouns and names in their base
form, while a sentence also needs function words (pronouns, conjunctions, prepositions, auxiliaries), verbs and
inflected forms. Finnish words are read with voikko; Swedish and English ones, and spoken Finnish that voikko
does not know, through the pack's function-word lists. A CamelCase tag that holds a whole sentence
(`#TämäOnParastaTyötä`) is read part by part in the same way.
"""

from __future__ import annotations

import functools
from collections.abc import Container, Iterable
from dataclasses import dataclass

import regex

from pelisaannot.finnish.colloquial import analyzer as spoken_analyzer
from pelisaannot.finnish.features import sentence_word
from pelisaannot.finnish.morphology import Morphology

# Voikko's names for its closed word classes (pronouns, conjunctions, the negative verb, adpositions) and
# for proper names: analyser vocabulary, not word lists; the words themselves are in the pack's lists.
_FUNCTION_CLASSES = frozenset({"asemosana", "sidesana", "kieltosana", "suhdesana"})
_NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi"})
_ATTRIBUTE_CLASSES = frozenset({"laatusana", "lukusana"})
_NOUN_CLASSES = frozenset({"nimisana", "nimisana_laatusana"})
CAMEL_PART_RE = regex.compile(r"\p{Lu}\p{Ll}+|\p{Ll}+|\p{Lu}+(?!\p{Ll})")


@dataclass(frozen=True, slots=True)
class TagReading:
    """What one tag (without `#`) is as a word: `strong` a function word or a verb, `weak` an inflected
    form or an adverb, `label` a noun or a name in its base form (`#kesä`, `#Helsinki`)."""

    strong: bool = False
    weak: bool = False
    label: bool = False

    @property
    def wordish(self) -> bool:
        return self.strong or self.weak


class TagReader:
    """Reads tags with the analyser and the function-word list; caches per word."""

    def __init__(self, morphology: Morphology, function_words: Iterable[str]) -> None:
        self.morphology = morphology
        self.function_words = frozenset(w.lower() for w in function_words)
        self.spoken = spoken_analyzer(morphology)
        self.read = functools.lru_cache(maxsize=4096)(self._read)
        self.classes = functools.lru_cache(maxsize=4096)(self._classes)

    def _read(self, word: str) -> TagReading:
        if not word.isalpha() or (len(word) > 1 and word.isupper()):
            return TagReading()  # numbers, codes and acronyms (#IT, #FPA) are labels
        lowered = word.lower()
        analyses = self.morphology.analyze(word) or self.morphology.analyze(lowered)
        classes = {a.wordclass for a in analyses}
        name = bool(classes) and classes <= _NAME_CLASSES
        if lowered in self.function_words or (classes and classes <= _FUNCTION_CLASSES):
            return TagReading(strong=True)
        if not analyses and lowered.isalpha():
            # Spoken Finnish voikko does not know (`#ollaa`, `#mennää`, `#tää`, `#duunis`): a word as it is said,
            # so a word of a sentence, not a topic label; a verb or a pronoun as strongly as its written form.
            spoken = {a.wordclass for a in self.spoken(lowered) if a.wordclass and a.baseform.lower() != lowered}
            if spoken & (_FUNCTION_CLASSES | {"teonsana"}):
                return TagReading(strong=True)
            if spoken:
                return TagReading(weak=True)
        inflected = sentence_word(word)
        if inflected and "teonsana" in classes:
            return TagReading(strong=True)
        noun = "nimisana" in classes or name
        return TagReading(weak=inflected and not name, label=noun and not inflected)

    def _classes(self, word: str) -> frozenset[str]:
        """Voikko's word classes of a tag, through the spoken-Finnish reading when voikko does not know it."""
        lowered = word.lower()
        analyses = self.morphology.analyze(word) or self.morphology.analyze(lowered)
        if not analyses and lowered.isalpha():
            analyses = tuple(a for a in self.spoken(lowered) if a.wordclass)
        return frozenset(a.wordclass for a in analyses)

    def attribute(self, word: str) -> bool:
        """An adjective or a numeral and no noun (`#mahtava`, `#hyvää`, `#yks`): a word that qualifies the next one."""
        classes = self.classes(word)
        return bool(classes & _ATTRIBUTE_CLASSES) and not classes & _NOUN_CLASSES

    def noun(self, word: str) -> bool:
        """A common noun, in any case (`#päivä`, `#huomenta`)."""
        return "nimisana" in self.classes(word)

    def camel_parts(self, word: str) -> list[str]:
        """`TämäOnParastaTyötä` -> [Tämä, On, Parasta, Työtä]; [] for a tag that is not CamelCase."""
        parts = CAMEL_PART_RE.findall(word)
        if len(parts) < 2 or "".join(parts) != word or not any(c.isupper() for c in word[1:]):
            return []
        return parts

    def is_sentence_tag(self, word: str, min_parts: int = 3) -> bool:
        """A CamelCase tag of `min_parts` words or more with a function word, a verb or an inflected form
        among them: a sentence written as one tag (`#LukekaaRaporttiJaJakakaa`), not a name (`#KelaTutkimus`)."""
        parts = self.camel_parts(word)
        return len(parts) >= min_parts and any(self.read(p).wordish for p in parts)

    def reads_as_sentence(self, words: list[str], capital_start: bool, labels: Container[str] = ()) -> bool:
        """True when a run of tags is a sentence tagged word by word.

        - a function word or a verb inside the run, or with another sentence word, and a third of the tags words
          of a sentence (#tulevaisuus #on #digitaalinen; not #opintotuki #IT #me);
        - a sentence's capital on a first tag that is no noun label, the rest lower case, and a sentence word
          after it (#Upea #syksy #takana; not #Kesä #mökillä #sauna or #Lenkillä #syksy #luonto);
        - all tags but one sentence words (#hyvää #viikonloppua #kaikille);
        - an adjective or numeral tag before a noun tag (a phrase, not two labels) with another sentence word
          (#mahtava #päivä #takana, #yks #maanantai #takana), or both of the phrase inflected (#hyvää #huomenta).
        `labels` (the hashtag library, lower case) are topic labels whatever they look like.
        """
        k = len(words)
        if k < 3:
            return False
        readings = [TagReading() if w.lower() in labels else self.read(w) for w in words]  # library tags are labels
        strong = sum(r.strong for r in readings)
        wordish = sum(r.wordish for r in readings)
        inner = any(r.strong for r in readings[1:-1])
        if strong and 3 * wordish >= k and (inner or wordish >= 2):
            return True
        if capital_start and not readings[0].label and any(r.wordish for r in readings[1:]):
            return True
        if wordish >= max(3, k - 1):
            return True
        return self._phrase_in_run(words, readings, labels)

    def _phrase_in_run(self, words: list[str], readings: list[TagReading], labels: Container[str]) -> bool:
        """An attribute and its noun tagged apart, and a sentence word besides them or the pair inflected."""
        for i in range(len(words) - 1):
            if words[i].lower() in labels or words[i + 1].lower() in labels:
                continue
            if not (self.attribute(words[i]) and self.noun(words[i + 1])):
                continue
            if readings[i].weak and readings[i + 1].weak:
                return True
            if any(r.wordish for j, r in enumerate(readings) if j not in (i, i + 1)):
                return True
        return False


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())


def sentence_capitals(words: list[str], library: Iterable[str]) -> bool:
    """The first tag starts with a capital and the others are all lower case, as the words of a sentence are
    (`#Mahtava #päivä #töissä`), or all capitalised, title style (`#Upea #Syksy #Takana`); not when the first
    is a library tag (`#Kela #opintotuki`)."""
    first = words[0]
    if not _capitalised(first) or first.lower() in {t.lower() for t in library}:
        return False
    rest = words[1:]
    return all(w.islower() for w in rest) or all(_capitalised(w) for w in rest)
