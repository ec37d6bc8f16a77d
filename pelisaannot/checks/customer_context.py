"""Where a draft speaks of a customer, and whether of one particular customer or of customers in general.

Shared by the `person_names` and `customer_story` kinds. Words are compared on Voikko lemmas, and a compound
counts when a customer word is its head (`pitkäaikaisasiakas`), not its first part (`asiakaspalvelu` is a
service, `asiakaspalvelija` a colleague). A reference is *specific* when it points at one person: a
singular customer with a determiner (eräs, yksi, tämä), a first-person possessive (asiakkaani), or a verb
in the past tense or a time word (tänään, eilen) in the same sentence; "Asiakkaat voivat hakea..." is
general advice and not specific.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import regex

from pelisaannot.checks.base import PackContext
from pelisaannot.checks.context import may_hold_phrase, phrase_re, vocabulary, words
from pelisaannot.document import Document, Span, Token, WordMemos, _has_letter, word_memo
from pelisaannot.finnish.colloquial import standard_forms
from pelisaannot.finnish.features import features
from pelisaannot.finnish.names import finnish_sentence

AGE_RE = regex.compile(r"\d{1,3}-?vuotia|\p{Ll}+kymppi|\p{Ll}+vuotia|\d{1,3}-(?:year|årig)|\d{1,3}-?v$",
                    regex.IGNORECASE)


# An age set off right after a person word: "nuorimies, 19 v,", "mummo (82)", "en gubbe, 79 år,", "a guy, 23,",
# also after an emoji ("mummo 🧓 92v").
APPOSED_AGE_RE = regex.compile(
    r"(?:\s?\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F]*)*"
    r"\s?(?:\(\s?\d{1,3}\s?(?:v\.?|vee|vuotta|år|years?)?\s?\)|,\s?\d{1,3}(?:\s?(?:v\.?|vee|år|vuotta|-?vuotias"
    r"|years?(?:\sold)?))?\s?,|\s\d{1,3}\s?(?:v|vee|år|-?vuotias)(?!\p{L}))")
#: The same after a role and, optionally, its place: "an old farmer from Kuhmo, 81,", "bonden i Nagu, 76 år,".
ROLE_AGE_RE = regex.compile(r"(?:\s(?:from|in|of|i|från|på)\s\p{Lu}\p{L}+)?" + APPOSED_AGE_RE.pattern)


ENGLISH_PLURALS = frozenset({"people", "men", "women", "children", "folks"})
ENGLISH_PAST = frozenset({"had", "was", "were", "got", "came", "went", "told", "said", "lost", "paid", "rang",
                          "left", "sent", "took", "gave", "found", "felt", "broke", "fell", "spent", "wrote"})


@dataclass(frozen=True)
class ContextWords:
    """The word lists a CustomerContext reads, from the rule's vocabulary folder (see `context.vocabulary`)."""

    customer: frozenset[str]
    person: frozenset[str]
    role_compounds: frozenset[str]
    service: frozenset[str]
    honorifics: frozenset[str]
    conditionals: frozenset[str]
    quantifiers: frozenset[str]
    examples: frozenset[str]
    determiners: frozenset[str]
    time: frozenset[str]
    service_verbs: frozenset[str]
    first_person: frozenset[str]
    encounter: frozenset[str] = frozenset()
    unique: frozenset[str] = frozenset()
    occupation: frozenset[str] = frozenset()
    small_place: frozenset[str] = frozenset()
    second_person: frozenset[str] = frozenset()
    our: frozenset[str] = frozenset()
    self_description: frozenset[str] = frozenset()
    instance: frozenset[str] = frozenset()
    demonstratives: frozenset[str] = frozenset()
    first_person_object: frozenset[str] = frozenset()
    kinship: frozenset[str] = frozenset()
    group_object: frozenset[str] = frozenset()
    place_role: frozenset[str] = frozenset()
    public_role: frozenset[str] = frozenset()
    seeking: frozenset[str] = frozenset()
    third_possessive: frozenset[str] = frozenset()
    benefit: frozenset[str] = frozenset()
    congratulations: frozenset[str] = frozenset()
    recurring: frozenset[str] = frozenset()
    everyone: frozenset[str] = frozenset()
    knowing: frozenset[str] = frozenset()
    who: frozenset[str] = frozenset()
    meeting: frozenset[str] = frozenset()

    @cached_property
    def reference_keys(self) -> frozenset[str]:
        """The words whose heads make a word a customer reference or a role that may be one."""
        return self.customer | self.person | self.occupation | self.public_role

    @classmethod
    def from_params(cls, params: Mapping[str, Any], pack: PackContext) -> ContextWords:
        """The rule's word lists; one shared object for equal lists, so that the checks' look-up of a document's
        shared CustomerContext finds it by identity instead of comparing some twenty sets word by word."""
        vocab = vocabulary(params, pack)
        found = cls(
            customer=words(vocab, "customer", params.get("customer_words")),
            person=words(vocab, "person", params.get("person_words")),
            **{f: words(vocab, f) for f in ("role_compounds", "service", "honorifics", "conditionals",
                                            "quantifiers", "examples", "determiners", "time",
                                            "service_verbs", "first_person", "encounter", "unique",
                                            "occupation", "small_place", "second_person", "our",
                                            "self_description", "instance", "demonstratives",
                                            "first_person_object", "kinship", "group_object", "place_role",
                                            "public_role", "seeking", "third_possessive",
                                            "benefit", "congratulations", "recurring",
                                            "everyone", "knowing", "who", "meeting")},
        )
        if len(_CONTEXT_WORDS) > 64:  # many packs in one process: do not keep them all
            _CONTEXT_WORDS.clear()
        return _CONTEXT_WORDS.setdefault(found, found)


#: ContextWords by content (see `ContextWords.from_params`).
_CONTEXT_WORDS: dict[ContextWords, ContextWords] = {}


@dataclass(frozen=True, slots=True)
class Reference:
    """A word that refers to a customer; `specific` when it points at one person."""

    token: Token
    lemma: str
    specific: bool
    plural: bool = False


_HEADS_MEMO = word_memo()


def heads(doc: Document, token: Token) -> frozenset[str]:
    """The word itself, its lemmas and its compound heads (last parts), lower-cased, with the Swedish or English
    base form in a Swedish or English sentence; computed once per token."""
    return _token_heads(doc)[token.index]


def _token_heads(doc: Document) -> list[frozenset[str]]:
    """`heads` of every token, built once per document; a word's heads depend only on the word, its sentence's
    language and the analyser, so they are remembered across documents (bounded), as most words of a batch recur."""
    cache = doc.__dict__.get("_heads")
    if cache is None:
        cache = _HEADS_MEMO.per_token(doc, lambda t: _word_heads(doc, t))
        doc.__dict__["_heads"] = cache
    return cache


# A Swedish or English age as a noun: its head is the age word ("85-åring" -> "åring", "80yo" -> "year-old").
AGE_NOUN_RE = regex.compile(r"\d{1,3}-?(åring\p{L}*|year-old|yo)$", regex.IGNORECASE)


def _word_heads(doc: Document, token: Token) -> frozenset[str]:
    analyses = doc.analyses[token.index]
    # a spoken word is also the standard form it stands for ("postis": postissa, as a listed written form)
    words = {token.text.lower(), *standard_forms(analyses)}
    for a in analyses:
        words.add(a.baseform.lower())
        if a.parts:
            last = a.parts[-1].lower()
            words.add(last)
            if "=" in last:  # "yksin=huoltaja=isä": a lexicalised compound's last part is its head ("isä")
                words.add(last.rsplit("=", 1)[1])
            if len(a.parts) > 2:  # "työttömyys|päivä|raha": "päiväraha" is a head too, not only "raha"
                base = a.baseform.lower()
                for k in range(len(a.parts) - 2, 0, -1):
                    suffix = "".join(a.parts[k:]).lower()
                    if len(suffix) < len(base) and base.endswith(suffix):
                        words.add(suffix)
    if not analyses and doc.token_langs[token.index] != "fi":
        words |= doc.parts(token)  # a Swedish or English base form ("sjukskrivna" -> "sjukskriven"), compound head
        if AGE_NOUN_RE.match(token.text):  # "en 85-åring", "a 19-year-old", "an 80yo": the age is the person
            words.add(AGE_NOUN_RE.match(token.text).group(1).lower().replace("yo", "year-old"))
    elif not analyses:
        found = restored(doc, token)  # spoken "asumistuest" is asumistuesta
        if not found and "-" in token.text.strip("-"):
            # "yh-äiti", "ex-mies": a hyphen compound whose first part (an abbreviation, slang) Voikko does not
            # know is read by its last part
            last = token.text.rsplit("-", 1)[1]
            found = tuple(a for a in doc.morphology.analyze(last.lower()) if a.wordclass not in (
                "etunimi", "sukunimi", "paikannimi")) if len(last) >= 3 else ()
        for a in found:
            words.add(a.baseform.lower())
            if a.parts:
                words.add(a.parts[-1].lower())
    return frozenset(words)


def all_heads(doc: Document) -> frozenset[str]:
    """Every word's heads in the document: a quick test whether a list has any word in it at all."""
    found = doc.__dict__.get("_all_heads")
    if found is None:
        every = _token_heads(doc)
        found = doc.__dict__["_all_heads"] = frozenset().union(*(every[t.index] for t in doc.words))
    return found


@functools.lru_cache(maxsize=64)
def _affixes(words: frozenset[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words that may start or end a compound (five letters or more), and those that an unknown word may
    contain (six or more), as tuples for str.startswith/endswith."""
    return tuple(w for w in words if len(w) >= 5), tuple(w for w in words if len(w) >= 6)


CLIPPED_FROM_RE = regex.compile(r"\p{Ll}{2,}[aeiouyäö](?:[sl]t|[sl])")


def restored(doc: Document, token: Token) -> tuple:
    """The readings of a lower-case word in a clipped spoken local case ("asumistuest", "asiakkaalt": the -sta,
    -lta without its vowel; "ukol", "sairaalas": the -lla, -ssa without their last syllable), which neither Voikko
    nor the spoken-Finnish layer reads; () for other words."""
    word = token.text
    if doc.analyses[token.index] or not CLIPPED_FROM_RE.fullmatch(word):
        return ()
    cache = doc.__dict__.setdefault("_restored", {})
    if token.index not in cache:
        found: tuple = ()
        endings = ("a", "ä") if word.endswith("t") else (word[-1] + "a", word[-1] + "ä")
        for ending in endings:
            found = tuple(a for a in doc.morphology.analyze(word + ending)
                          if a.wordclass not in ("etunimi", "sukunimi", "paikannimi"))
            if found:
                break
        cache[token.index] = found
    return cache[token.index]


# "one of our customers", "en av våra kunder": the Swedish and English for "yksi asiakkaistamme", which the
# determiner list finds in Finnish (a few describing words may stand between).
ONE_OF_RE = regex.compile(r"(?i)(?<!\p{L})(?:one|en|ett)\s+(?:of|av)\s+(?:[\p{L}-]+\s+){0,3}$")
# A speech verb and its that-clause after a role ("kertoi, että", "said that", "sa att"): the role speaks of a topic.
REPORTS_THAT_RE = regex.compile(
    r"(?i)\W*(?:\p{L}+\s+){0,2}?(?:kertoi|kertoo|sanoi|sanoo|muistutti|muistuttaa|totesi|toteaa|korosti|arvioi"
    r"|said|says|told\s+\p{L}+|explained|stressed|noted|sa|säger|berättade|berättar|påpekade|kerto|sano)\s*,?\s+"
    r"(?:että|etteivät|ettei|et|ett|that|att)(?!\p{L})")
# English and Swedish agent nouns (midwife, baker, dentist, librarian; barnmorskan, bagaren, frisören), with
# the Swedish definite and plural endings.
AGENT_NOUN_RE = regex.compile(
    r"(?i)(?:(?:er|or|ist|ian|ant|wife|man|woman|smith|keeper|herder)s?|(?:are|ör|ist|erska|ska|man|log)(?:n|en|na|e|ar)?)$")
# "a customer of ours", "en kund till oss": the same, said after the word.
OF_OURS_RE = regex.compile(r"(?i)\s+(?:of\s+(?:ours|mine)|till\s+(?:oss|mig))(?!\p{L})")
PLACE_PREPOSITIONS = frozenset({"i", "på", "från", "in", "of", "on", "at", "from"})
PUNCTUATION_RE = regex.compile(r"[,.;:!?()]")
COUNT_BEFORE_RE = regex.compile(r"\d\s?$")  # "35 potilaan": a count right before the word
PARTICIPLE_RE = regex.compile(r"(?:[nlrs][uy]t?|tt[uy]|ttiin)$", regex.IGNORECASE)  # palvellut, palvellu, autettu


@functools.lru_cache(maxsize=16)
def _words_re(entries: frozenset[str]) -> regex.Pattern[str] | None:
    """One pattern for a list's words and phrases as whole words, case-insensitive."""
    if not entries:
        return None
    return regex.compile(r"(?<!\w)(?:" + "|".join(regex.escape(e) for e in sorted(entries, key=lambda w: (-len(w), w)))
                         + r")(?!\w)", regex.IGNORECASE)


#: Per example word list, whether a word (text, language, analyser) has one among its base forms.
_EXAMPLE_MEMOS = WordMemos(16)
#: Per word list, `compound_of` by word (text, language, analyser): a function of the word, asked of every word.
_COMPOUND_MEMOS = WordMemos(256)  # word lists made up per call: not all kept


def compound_of(doc: Document, token: Token, words: frozenset[str]) -> bool:
    """The token is a listed word, or a compound that starts or ends with one ("asumistukipäätös",
    "opintotukihistoria"); a word the analyser does not know (Swedish, English) when it contains one of six
    letters or more ("handikappförmån")."""
    return compound_flags(doc, words)[token.index]


def compound_flags(doc: Document, words: frozenset[str]) -> list[bool]:
    """`compound_of` for every token of a document, worked out once per document and list (each word once per
    batch): the checks ask it of every word of a post, and one pass over the post's memo keys costs less than a
    call per word."""
    cache = doc.__dict__.setdefault("_compound_flags", {})
    flags = cache.get(words)
    if flags is None:
        flags = cache[words] = _COMPOUND_MEMOS.of(words).per_token(doc, lambda t: _compound_of(doc, t, words))
    return flags


def _compound_of(doc: Document, token: Token, words: frozenset[str]) -> bool:
    if heads(doc, token) & words:
        return True
    affixes, inner = _affixes(words)
    analyses = doc.analyses[token.index] or restored(doc, token)
    for a in analyses:
        base = a.baseform.lower()
        if len(base) > 8 and (base.startswith(affixes) or base.endswith(affixes)):
            return True
    if analyses:
        return False
    word = token.text.lower()
    return len(word) >= 6 and any(w in word for w in inner)


# Spoken local cases without their final vowel (Kiteel, Kuhmos, Rautavaaralt, Oulust), longest first.
CLIPPED_LOCAL = (("lt", ("lta", "ltä")), ("st", ("sta", "stä")), ("l", ("lla", "llä", "lle")), ("s", ("ssa", "ssä")))
VOWELS = frozenset("aeiouyäö")


def clipped_place(doc: Document, token: Token) -> bool:
    """A town in a clipped spoken local case that Voikko does not read: "Kiteel", "Kuhmos", "Rautavaaralt",
    "Oulust" (Kiteellä, Kuhmossa, Rautavaaralta, Oulusta); the restored form must be a place and no person."""
    word = token.text
    if len(word) < 5 or not word[:1].isupper() or word.isupper() or doc.analyses[token.index]:
        return False
    for clipped, endings in CLIPPED_LOCAL:
        if word.endswith(clipped) and word[-len(clipped) - 1] in VOWELS:
            for ending in endings:
                found = doc.morphology.analyze(word[:-len(clipped)] + ending)
                if any(a.wordclass == "paikannimi" for a in found):
                    return not any(a.wordclass in ("etunimi", "sukunimi") for a in found)
            return False
    return False


class CustomerContext:
    """Customer references of one document, found once and shared by the checks that need them."""

    def __init__(self, doc: Document, words: ContextWords) -> None:
        self.doc = doc
        self.words = words
        self.customer_words = words.customer
        self.person_words = words.person
        self._facts: dict[tuple[int, str], bool] = {}  # (sentence start, fact) -> whether a word of it says so

    def _fact(self, sentence: Span, name: str, test: Callable[[Token], bool]) -> bool:
        """Whether any word of a sentence passes `test`, found once per sentence: a post that is one long
        sentence full of customers would otherwise cost the square of its length."""
        key = (sentence.start, name)
        if key not in self._facts:
            self._facts[key] = any(test(t) for t in self.doc.words_between(sentence.start, sentence.end))
        return self._facts[key]

    def _phrase_before(self, token: Token, start: int, count: int) -> list[Token]:
        """Up to `count` words right before a token with no punctuation between them and it: its noun phrase."""
        words = self._words_before(token, start, count)
        text = self.doc.text
        while words and PUNCTUATION_RE.search(text, words[0].end, token.start):
            words = words[1:]
        return words

    def _words_before(self, token: Token, start: int, count: int) -> list[Token]:
        """The `count` words right before a token, not before `start` (the sentence's start)."""
        window = self.doc.tokens[max(0, token.index - 3 * count):token.index]
        return [t for t in window if t.start >= start and _has_letter(t.text)][-count:]

    @cached_property
    def references(self) -> list[Reference]:
        doc = self.doc
        out: list[Reference] = []
        # Most drafts name no customer, person or occupation at all: then no word needs a closer look.
        present = all_heads(doc)
        words = self.words
        candidates = (doc.words if present & words.customer or present & words.person or present & words.occupation
                      or present & words.unique or present & words.public_role else [])
        # A word is looked at closer only when it is a customer, person or occupation word, or when the draft has a
        # uniqueness word ("ainoa") that may make the word after it a role: the rest cannot be a reference.
        keys = words.reference_keys
        any_unique = bool(present & words.unique)
        every = _token_heads(doc)
        for token in candidates:
            found = every[token.index]
            if not any_unique and found.isdisjoint(keys):
                continue
            if (found & self.words.role_compounds or self._benefit_name(token)) and not (
                    found & self.words.public_role and self._own_benefit(token, doc.sentence_of(token.start))):
                continue  # "kansanedustaja" is a role, not a customer, unless one came for their own benefit
            if token.text[:1].isdigit() and (self._age_before_person(token, every) or self._supposed_age(token)):
                continue  # "84-vuotias pappa": the age describes the person word after it; "jos 40-vuotiaan
                # tulot...", "esimerkkiperhe: 2-vuotias...": an age in a worked example is nobody
            customer = found & self.customer_words
            unique = self._one_of_a_kind(token, found)
            person = (found & self.person_words or unique or self._aged_role(token, found)
                      or self._visiting_role(token, found) or self._pointed_role(token, found))
            if not customer and not person:
                continue
            # A head, not a modifier: "asiakaspalvelu" has asiakas as a part, but its head is palvelu.
            lemma = next(iter(customer or person))
            # one of a kind with a benefit of their own in the sentence ("the only midwife in the village ... her
            # sickness allowance", "den enda barnmorskan ... sin sjukdagpenning"): one person, whatever the tense
            sentence = doc.sentence_of(token.start)
            if (unique and not customer and REPORTS_THAT_RE.match(doc.text, token.end, sentence.end)
                    and not self._own_benefit(token, sentence)):
                continue  # "kunnan ainoa lääkäri kertoi, että asumistuki on tärkeä": a source on a topic
            specific = self._specific(token, bool(customer or unique)) or (
                bool(unique) and self._own_benefit(token, sentence))
            if customer or specific:
                out.append(Reference(token, lemma, specific, "plural" in features(token.text) or self._counted(token)))
        seen = {doc.sentence_index(r.token.start) for r in out if r.specific}
        for token in self._served(seen):
            out.append(Reference(token, token.text.lower(), True))
        return sorted(out, key=lambda r: r.token.start)

    def _age_before_person(self, token: Token, every: list[frozenset[str]]) -> bool:
        """An age that describes the word after it rather than being the person: before a person or customer word
        ("84-vuotias pappa"), and in English before any noun ("a 30-year-old single parent"): an English age is
        the person only before punctuation, an encounter verb, a place preposition or a short word ("a 19-year-old
        came in", "an 80yo at the counter", "a 19-year-old from Utsjoki")."""
        after = next((t for t in self.doc.tokens[token.index + 1:token.index + 3]), None)
        if after is None or not _has_letter(after.text):
            return False
        if every[after.index] & self.words.reference_keys:
            return True
        if "year-old" in every[token.index]:
            word = after.text
            return not (word.lower() in self.words.encounter or (len(word) <= 3 and word.islower())
                        or word.lower() in PLACE_PREPOSITIONS)  # "a 19-year-old from a tiny island"
        return False

    def _supposed_age(self, token: Token) -> bool:
        """An age said as the person in a condition or a worked example, also one named by a compound's first part
        ("esimerkkiperhe", "laskuesimerkki")."""
        doc = self.doc
        i = doc.sentence_index(token.start)
        memo = self.__dict__.setdefault("_supposed_ages", {})  # once per sentence: many ages in one stay linear
        if i not in memo:
            sentence = doc.sentences[i]
            stems = tuple(e[:-1] for e in self.words.examples if len(e) >= 7 and " " not in e)  # in compounds
            memo[i] = (self._fact(sentence, "conditional", lambda t: t.text.lower() in self.words.conditionals)
                       or self.example(i)
                       or any(doc.parts(t) & self.words.examples or (stems and any(e in t.text.lower() for e in stems))
                              for t in doc.words_between(doc.sentences[max(0, i - 1)].start, sentence.end)))
        return memo[i]

    def _one_of_a_kind(self, token: Token, found: frozenset[str]) -> frozenset[str]:
        """A job or role right after a uniqueness word ("kylän ainoa eläinlääkäri", "byns enda präst", "the only
        dentist on the island"): one person as surely as a name; it is a person word for this sentence."""
        doc = self.doc
        sentence = doc.sentence_of(token.start)
        # a public figure met as a customer: "entinen kansanedustaja haki meiltä toimeentulotukea", "a former MP
        # came in about her benefit": the role tells who, as "the only midwife of the village" does
        public = found & self.words.public_role
        if public and self._own_benefit(token, sentence):
            return public
        role = found & self.words.occupation
        before = self._words_before(token, sentence.start, 3)
        if not role:
            # "kunnan ainoa hautausurakoitsija": an agent noun (-ja, -jä) right after "ainoa" is a job or role
            if before and heads(doc, before[-1]) & self.words.unique:
                # (or a compound of "mies": "poromies", "kalamies", "talonmies")
                role = frozenset(a.baseform.lower() for a in doc.analyses[token.index]
                                 if a.wordclass == "nimisana" and ((len(a.baseform) >= 7
                                 and a.baseform.endswith(("ja", "jä"))) or (len(a.baseform) >= 6
                                                                            and a.baseform.endswith("mies"))))
                # "ainoa perhe koko kylällä", "kylän ainoa yh-äiti", "the only family on the island": a person
                # word one of a kind in a small place named in its sentence
                small = self._fact(sentence, "small_place", lambda t: bool(heads(doc, t) & self.words.small_place))
                if not role and found & self.words.person and small:
                    role = found & self.words.person
                # "the only midwife in the village", "den enda barnmorskan i byn": an English or Swedish agent noun
                # after "only"/"enda", with a small place or a benefit of their own in the sentence
                if (not role and doc.token_langs[token.index] in ("en", "sv")
                        and AGENT_NOUN_RE.search(token.text) and (small or self._own_benefit(token, sentence))):
                    role = frozenset({token.text.lower()})
            return role
        cues = self.words.unique | self.words.small_place  # "ainoa", "the only"; "kylän", "byns", "the island's"
        if any(heads(doc, t) & cues for t in before):
            return role
        # a role there is one of in a named place: "Kittilän kirkkoherra", "Kuopion piispa"
        if (role & self.words.place_role and before and self._named_place(before[-1], genitive=True)
                and self._served_here(token, sentence)):
            return role
        # the place after the role, Swedish and English: "kyrkoherden i en liten församling", "the mayor of a tiny
        # municipality", "the vet on the island"
        after = [t for t in doc.tokens[token.index + 1:token.index + 10] if t.start < sentence.end
                 and _has_letter(t.text)][:5]
        if after and after[0].text.lower() in PLACE_PREPOSITIONS and any(
                heads(doc, t) & self.words.small_place for t in after[1:]):
            return role
        # "kyrkoherden i Närpes", "the vicar of Kittilä"
        if (role & self.words.place_role and len(after) > 1 and after[0].text.lower() in PLACE_PREPOSITIONS
                and self._named_place(after[1], genitive=False) and self._served_here(token, sentence)):
            return role
        return frozenset()

    def _served_here(self, token: Token, sentence: Span) -> bool:
        """The sentence meets the organisation's service (`haki meiltä toimeentulotukea`, `asiakkaana`, `palvelin`):
        a named office-holder there is a customer; in history or a newspaper story, a public figure."""
        doc, words = self.doc, self.words
        service = words.service | words.service_verbs | words.customer | words.benefit
        return any(t is not token and heads(doc, t) & service
                   for t in doc.words if sentence.start <= t.start < sentence.end)

    def _own_benefit(self, token: Token, sentence: Span) -> bool:
        """A benefit in the sentence that is the subject's own: sought ("haki toimeentulotukea", "applied for")
        or possessed ("sairauspäivärahastaan", "her benefit", "sitt bidrag"); a public figure's public work
        ("ministeri kertoi, että asumistuki uudistuu") has neither."""
        doc, words = self.doc, self.words
        sought = possessed = benefit = False
        previous: tuple[str, ...] = ("", "")
        for t in doc.words_between(sentence.start, sentence.end):
            if t is token:
                continue
            lowered = t.text.lower()
            sought = sought or lowered in words.seeking
            if heads(doc, t) & words.benefit:
                if not words.third_possessive.isdisjoint(previous) or "possessive:3" in features(t.text):
                    possessed = True
                elif not _modifier(doc, t):  # "asumistuen korotukseen": the raise is sought, not the benefit
                    benefit = True
            previous = (previous[-1], lowered)  # "his sickness allowance": the pronoun two words before
        return possessed or (sought and benefit)

    def _named_place(self, token: Token, genitive: bool) -> bool:
        """A capitalised place name (in the genitive before a Finnish role); a capitalised word Voikko does not
        know counts after a Swedish or English preposition (`i Närpes`)."""
        text = token.text
        if not text[:1].isupper() or (genitive and not text.endswith("n")):
            return False
        analyses = self.doc.analyses[token.index]
        if not analyses:
            return not genitive
        return any(a.wordclass == "paikannimi" and a.baseform != "Suomi" for a in analyses)

    def _aged_role(self, token: Token, found: frozenset[str]) -> frozenset[str]:
        """A job right after an age ("27-vuotias hammaslääkäri", "a 60-year-old fisherman"): a person word,
        as "84-vuotias pappa" is."""
        role = found & self.words.occupation
        if not role and self.doc.token_langs[token.index] in ("en", "sv") and AGENT_NOUN_RE.search(token.text):
            role = frozenset({token.text.lower()})  # "a 58-year-old construction worker": any agent noun
        if not role:
            return frozenset()
        before = self._words_before(token, self.doc.sentence_of(token.start).start, 2)
        if any(AGE_RE.match(t.text) for t in before):
            return role
        # "an old farmer from Kuhmo, 81,", "bonden i Nagu, 76 år,": an age set off after the role or its place
        after = self.doc.text[token.end:token.end + 30]
        return role if ROLE_AGE_RE.match(after) else frozenset()

    def _visiting_role(self, token: Token, found: frozenset[str]) -> frozenset[str]:
        """A job right after an encounter verb ("aamulla kävi maanviljelijä", "idag ringde en bonde"): the one
        who came or called, a person word as "kävi mummo" is."""
        role = found & self.words.occupation
        if not role:
            return frozenset()
        before = self._phrase_before(token, self.doc.sentence_of(token.start).start, 3)
        return role if any(t.text.lower() in self.words.encounter for t in before) else frozenset()

    def _pointed_role(self, token: Token, found: frozenset[str]) -> frozenset[str]:
        """A job after a demonstrative and its describing words in a told event ("se pyörätuolilla liikkuva
        opettaja haki...", spoken "se putkimies kävi"): one person the teller and the listeners know."""
        role = found & self.words.occupation
        if not role or "plural" in features(token.text):
            return frozenset()
        sentence = self.doc.sentence_of(token.start)
        return role if self._pointed(token, sentence) and self._fact(sentence, "past", self._past) else frozenset()

    def one_of_a_kind(self, token: Token) -> bool:
        """The reference is itself a one-of-a-kind role ("kylän pappi", "the only dentist on the island")."""
        return bool(self._one_of_a_kind(token, heads(self.doc, token)))

    def example(self, index: int) -> bool:
        """The sentence, or one of the three before it in the same paragraph, says it is a worked example
        ("Esimerkki:", "keksitty", "exempel")."""
        if not self._examples_present:
            return False
        doc = self.doc
        sentences = doc.sentences
        for i in range(index, max(-1, index - 4), -1):
            if self._fact(sentences[i], "example", lambda t: bool(doc.lemmas(t) & self.words.examples)):
                return not self._instance(sentences[i])
            if i and "\n\n" in doc.text[sentences[i - 1].end:sentences[i].start + 1]:
                return False  # a blank line ends the example
        return False

    @cached_property
    def _examples_present(self) -> bool:
        """Whether any word of the post has an example word among its base forms: most posts have none, and then
        no sentence is a worked example, and no sentence's words are read for one."""
        examples = self.words.examples
        doc = self.doc
        return any(_EXAMPLE_MEMOS.of(examples).per_token(doc, lambda t: not doc.lemmas(t).isdisjoint(examples)))

    def _instance(self, sentence: Span) -> bool:
        """The sentence's only example words bring in an instance ("esim.", "for example") of something told as
        having happened, with a time word and a past verb: "Tänään kävi monta, esim. Pentti Rautio"."""
        doc = self.doc
        strong = self.words.examples - self.words.instance
        if self._fact(sentence, "strong_example", lambda t: bool(doc.lemmas(t) & strong)):
            return False
        return self._timed(sentence) and self._fact(sentence, "past", self._past)

    def _timed(self, sentence: Span) -> bool:
        """A time word (tänään, eilen, idag) or phrase (i dag, this morning) in the sentence."""
        def test(t: Token) -> bool:
            return t.text.lower() in self.words.time
        if self._fact(sentence, "timed", test):
            return True
        pattern = phrase_re(self.words.time)
        return bool(pattern and may_hold_phrase(self.doc, self.words.time)
                    and pattern.search(self.doc.text[sentence.start:sentence.end].lower()))

    def _past(self, t: Token) -> bool:
        """A past-tense verb: Voikko's tense, or a listed encounter verb (spoken "kerto", Swedish "ringde",
        English "called"), which Voikko does not read."""
        return t.text.lower() in self.words.encounter or "past" in features(t.text)

    def _english_past(self, t: Token) -> bool:
        """An English past tense ("cried", "had"): an -ed form or an irregular one. Read only for person words:
        a customer word may be a modifier ("the customer group received"), which English writes apart."""
        text = t.text.lower()
        return self.doc.token_langs[t.index] == "en" and (
            text in ENGLISH_PAST or (text.endswith("ed") and any(b != text for b in self.doc.lemmas(t))))

    def _served(self, seen: set[int]) -> list[Token]:
        """The writer tells of serving one person ("autoin tänään...", "I dag hjälpte jag...", "I helped"): the
        service verb stands for the person served, who is a specific customer. Not where customers are counted
        ("autoin monta asiakasta") or a condition is set."""
        doc = self.doc
        out: list[Token] = []
        if not all_heads(doc) & self.words.service_verbs:
            return out
        for token in doc.words:
            if not heads(doc, token) & self.words.service_verbs:
                continue
            i = doc.sentence_index(token.start)
            if i in seen:
                continue
            sentence = doc.sentences[i]
            words = doc.words_between(sentence.start, sentence.end)
            lower = {t.text.lower() for t in words}
            surface = token.text.lower()  # autoin, palvelin (not the passive palveltiin)
            # the writer serves: "autoin", or a first-person word beside the verb ("mä autoin", "I dag hjälpte
            # jag", "I helped"), not elsewhere ("naapurit auttoivat kun olin kipeänä": the writer was helped)
            before = [t for t in doc.tokens[max(0, token.index - 4):token.index] if t.text.strip()][-2:]
            after = [t for t in doc.tokens[token.index + 1:token.index + 3] if t.text.strip()][:1]
            near = {t.text.lower() for t in (*before, *after) if sentence.start <= t.start < sentence.end}
            # "autoin"; "autoimme", "palvelimme" (the writer's team, first person plural)
            first = ((surface.endswith("in") and not surface.endswith("iin")) or surface.endswith("mme")
                     or bool(near & self.words.first_person))
            counted = self.words.quantifiers - {"joka"}  # "joka" is mostly the relative pronoun here
            if not first or lower & (self.words.conditionals | counted):
                continue
            if any(doc.lemmas(t) & counted for t in words):
                continue
            following = [t for t in doc.tokens[token.index + 1:token.index + 5] if t.text.strip()][:2]
            if heads(doc, token) & self.words.meeting and any(
                    f.text[:1].isupper() and _has_letter(f.text) for f in following):
                continue  # "tapasin (eilen) Annan kaupassa", "met Tom at the gym": the writer met someone they know
            after = [t.text.lower() for t in following]
            if set(after) & self.words.first_person_object:
                continue  # "sossu auttoi mua", "de hjälpte mig": the writer was helped
            if set(after) & self.words.group_object:
                continue  # "we helped families", "autoin perheitä": a group served, no one customer
            seen.add(i)
            out.append(token)
        return out

    def _benefit_name(self, token: Token) -> bool:
        """Part of a benefit's official name: "eläkkeensaajan asumistuki", "eläkkeensaajan hoitotuki"."""
        following = self.doc.tokens[token.index + 1:token.index + 2]
        return (token.text.lower().startswith("eläkkeensaajan") and bool(following)
                and bool(heads(self.doc, following[0]) & {"asumistuki", "hoitotuki"}))

    def phrase_lines(self, sentence: Span) -> Span:
        """An Instagram story written a phrase a line ("tänään\nkävi\nyks mummo\n85v"): the run of short
        unpunctuated lines around the sentence, read as one sentence; any other sentence as it is."""
        doc = self.doc
        if "\n" not in doc.text or not self._phrase_line(sentence):
            return sentence
        sentences = doc.sentences
        i = j = doc.sentence_index(sentence.start)
        while i > 0 and j - i < 8 and self._phrase_line(sentences[i - 1]) and "\n\n" not in doc.text[
                sentences[i - 1].end:sentences[i].start]:
            i -= 1
        while j + 1 < len(sentences) and j - i < 8 and self._phrase_line(sentences[j + 1]) and "\n\n" not in (
                doc.text[sentences[j].end:sentences[j + 1].start]):
            j += 1
        if i == j:
            return sentence
        return Span(sentences[i].start, sentences[j].end, doc.text[sentences[i].start:sentences[j].end])

    def _phrase_line(self, sentence: Span) -> bool:
        """A line of at most four words, ending at a line break with no end mark."""
        text = self.doc.text
        at_break = text.startswith("\n", sentence.end) or text.endswith("\n", 0, sentence.start)
        return (at_break and sentence.text.rstrip()[-1:] not in ".!?…"
                and len(self.doc.words_between(sentence.start, sentence.end)) <= 4)

    def _counted(self, token: Token) -> bool:
        """A count before the word ("40 asiakasta", "kolme hakijaa", "monta potilasta"): Finnish puts the noun in
        the singular partitive, yet it names a group, not one person."""
        if not token.index:
            return False
        before = self.doc.tokens[token.index - 1]
        if before.text.isdigit():
            return before.text.lstrip("0") not in ("", "1")
        if self.doc.lemmas(before) & self.words.quantifiers:
            return True
        return any(a.wordclass == "lukusana" and a.baseform.lower() not in ("yksi", "ensimmäinen")
                   for a in self.doc.analyses[before.index])

    def _specific(self, token: Token, is_customer: bool) -> bool:
        doc = self.doc
        feats = features(token.text)
        sentence = self.phrase_lines(doc.sentence_of(token.start))
        before = self._words_before(token, sentence.start, 2)
        if any(doc.lemmas(t) & self.words.quantifiers for t in before):
            return False  # "moni asiakas", "jokainen hakija": customers in general
        three = self._words_before(token, sentence.start, 3)
        if any(t.text.lower() in self.words.second_person for t in three):
            return False  # "jos sä oot 67-vuotias eläkeläinen", "if you're a student": the reader, supposed
        four = self._words_before(token, sentence.start, 4)
        if four and self._self_described(four[0].start, token.start):
            return False  # "mä oon 34-vuotias yksinhuoltaja", "jag är 45 år": the writer

        if COUNT_BEFORE_RE.search(doc.text[max(0, token.start - 3):token.start]):
            return False  # "35 potilaan sairaala": a count
        if self._examples_present and self._fact(sentence, "example",
                                                 lambda t: bool(doc.lemmas(t) & self.words.examples)):
            return False  # a worked example ("Esimerkki: 45-vuotias asiakas saa...") is nobody in particular
        if any(doc.lemmas(t) & self.words.determiners for t in before):
            return True  # "eräs asiakas", also "yksi potilaistani" (one of my patients)
        if ("plural" not in feats and self._pointed(token, sentence) and self._fact(sentence, "past", self._past)):
            return True  # spoken "se tyyppi oli...", "palveltiin sitä isää": one person in a told event
        phrase = self._phrase_before(token, sentence.start, 4)  # "eräs 40-vuotias kolmen lapsen äiti"
        if any(doc.lemmas(t) & self.words.determiners for t in phrase[:-2]) and any(
                AGE_RE.match(t.text) for t in phrase):
            return True
        if is_customer and ONE_OF_RE.search(doc.text, max(sentence.start, token.start - 48), token.start):
            return True  # "one of our long-time customers", "en av våra kunder": one person of them
        if is_customer and "plural" not in feats and OF_OURS_RE.match(doc.text, token.end):
            return True  # "a customer of ours", "en kund till mig"
        if "plural" in feats or self._plural_other(token):
            return False
        if any(f.startswith("possessive:1") for f in feats):
            return is_customer  # asiakkaani is a customer; äitini is the writer's own mother
        if any(f.startswith("possessive:") for f in feats) and not is_customer:
            return False  # "hänen miehensä" is somebody's relative, a detail rather than a customer
        if self._fact(sentence, "conditional", lambda t: t.text.lower() in self.words.conditionals):
            return False  # "Jos asiakkaalla on...": advice, whatever the tense
        timed = self._timed(sentence)
        i = doc.sentence_index(token.start)
        if not timed and i > 0 and not is_customer:  # "Kolmoset syntyivät tänään. Perheen isä haki..."
            timed = self._timed(doc.sentences[i - 1])
        past = self._fact(sentence, "past", self._past)
        if not is_customer:
            # "nainen" alone is anybody (news, fiction); an age, or a service visit told in the past with a time
            # word, makes her one customer ("84-vuotias pappa", "tänään tiskille tuli nuori mies").
            if any(t.text.lower() in self.words.our for t in before):
                return False  # "mun mummo", "min mormor", "our dad": the writer's own family, whatever her age
            if self._fact(sentence, "wishes", lambda t: t.text.lower() in self.words.congratulations):
                return False  # "Onnea mummo 100v!", "grattis mormor": a birthday, not a customer
            if any(AGE_RE.match(t.text) and "plural" not in features(t.text) for t in before):
                return True
            if APPOSED_AGE_RE.match(doc.text, token.end) and "plural" not in feats:
                return True  # "nuorimies, 19 v,", "mummo (82)", "en gubbe, 79 år,": an age set beside one person
            if self.known_to_all(i) is not None or (i + 1 < len(doc.sentences) and self.known_to_all(i + 1)):
                return True  # "nuori äiti ..., koko kylä tietää kuka se on": the post says people know who
            if heads(doc, token) & self.words.kinship and self._own_family(token, sentence, before):
                return False  # "eilen soitti äiti": the writer's own mother, spoken without "mun"
            # a service word, or an encounter verb ("eilen kävi mummo", "soitti ukko"): a visit or a call
            service = self._fact(sentence, "service", lambda t: bool(heads(doc, t) & self.words.service)
                                 or t.text.lower() in self.words.encounter)
            # "rouva Nieminen ... hänen eläkepäätöksensä": a person word before a name is one named person.
            past = past or self._fact(sentence, "english_past", self._english_past)
            if (timed or past) and not finnish_sentence(doc, token):
                return True  # "Idag kom en gubbe...", "A woman called...": no Finnish tense to read
            # "ukko oli taas luukulla": a visit told in the past as one more of the same person's is one person
            near = doc.tokens[max(0, token.index - 4):token.index + 7]
            again = past and any(t.text.lower() in self.words.recurring and sentence.start <= t.start < sentence.end
                                 for t in near)
            return service and ((timed and past) or again or self._named(token))
        return timed or past

    def _pointed(self, token: Token, sentence: Span) -> bool:
        """A demonstrative opens the word's noun phrase: "se tyyppi", also past describing words ("se
        punatukkainen kaksosten äiti", "se pyörätuolilla liikkuva opettaja"), none of them a finite verb."""
        phrase = self._phrase_before(token, sentence.start, 4)
        for k, t in enumerate(phrase):
            if t.text.lower() in self.words.demonstratives:
                return not any(any(a.wordclass == "teonsana" for a in self.doc.analyses[w.index])
                               for w in phrase[k + 1:])
        return False

    def known_to_all(self, index: int) -> Token | None:
        """The knowing verb of a sentence that says a whole community knows who someone is ("koko kylä tietää kuka
        se on", "kaikki tuntee sen", "hela byn vet vem det är"); None for other sentences."""
        words = self.words
        if not words.everyone or not words.knowing:
            return None
        memo = self.__dict__.setdefault("_known_to_all", {})
        if index not in memo:
            doc = self.doc
            sentence = doc.sentences[index]
            found = doc.words_between(sentence.start, sentence.end)
            memo[index] = None
            for k, t in enumerate(found):
                # the whole community right before the verb, whom it knows right after it
                if (heads(doc, t) & words.knowing
                        and any(w.text.lower() in words.everyone for w in found[max(0, k - 3):k])
                        and any(w.text.lower() in words.who for w in found[k + 1:k + 3])):
                    memo[index] = t
                    break
        return memo[index]

    def _plural_other(self, token: Token) -> bool:
        """A Swedish or English plural ("byborna", "pensionärer", "villagers"): a group, not one person. Voikko's
        number feature reads only Finnish, so the ending is compared with the base form."""
        doc = self.doc
        lang = doc.token_langs[token.index]
        text = token.text.lower()
        if lang == "en":
            return text in ENGLISH_PLURALS or (text.endswith("s") and any(
                text in (b + "s", b + "es", b[:-1] + "ies") for b in doc.lemmas(token) if b != text))
        return lang == "sv" and text.endswith(("or", "ar", "er", "na")) and any(
            b != text and text.startswith(b[:-1]) for b in doc.lemmas(token))

    def _own_family(self, token: Token, sentence: Span, before: list[Token]) -> bool:
        """A bare parent or grandparent word: no adjective right before ("nuori äiti"), no home town right after
        ("mummo Kiteeltä") and no service noun in the sentence ("tiskillä kävi mummo")."""
        doc = self.doc
        text = token.text.lower()
        genitive = text.endswith(("'s", "’s")) or any(text == b + "s" for b in doc.lemmas(token))
        if doc.token_langs[token.index] != "fi":
            if before and not genitive and before[-1].text.lower() not in self.words.encounter | self.words.time:
                return False  # "a mum", "en ung pappa": only a bare "Mum called", "pappas operation" is the writer's
        elif before:
            last = before[-1]
            analyses = doc.analyses[last.index]
            if any(a.wordclass in ("laatusana", "nimisana_laatusana") for a in analyses) or (
                    not analyses and last.text.lower() not in self.words.encounter):
                return False  # "nuori äiti", spoken "nuor äiti" (a word Voikko does not know)
        following = [t for t in doc.tokens[token.index + 1:token.index + 3] if t.text.strip()][:1]
        if following and following[0].text[:1].isupper() and any(
                a.wordclass == "paikannimi" for a in doc.analyses[following[0].index]):
            return False
        return not self._fact(sentence, "service_noun", lambda t: bool(heads(doc, t) & self.words.service) and any(
            a.wordclass == "nimisana" for a in doc.analyses[t.index]))

    def _self_described(self, start: int, end: int) -> bool:
        """The writer describes themselves in [start, end) ("oon", "jag är", "I'm")."""
        pattern = _words_re(self.words.self_description)
        m = pattern.search(self.doc.text, start, end) if pattern else None
        if m is None:
            return False
        # "oon 34-vuotias yksinhuoltaja" describes; "oon palvellu 90-vuotiasta mummoa" tells of serving someone
        between = self.doc.words_between(m.end(), end)
        analyses = self.doc.analyses
        return not any(PARTICIPLE_RE.search(t.text) or any(a.wordclass == "teonsana" for a in analyses[t.index])
                       for t in between)

    def _named(self, token: Token) -> bool:
        """The next word is a capitalised first name or surname ("rouva Nieminen", "herra Virtanen")."""
        following = self.doc.tokens[token.index + 1:token.index + 2]
        if not following or not following[0].text[:1].isupper():
            return False
        if heads(self.doc, token) & self.words.honorifics:
            return True  # after rouva, herra, neiti a capitalised word is a name, whatever voikko calls it
        return any(a.wordclass in ("etunimi", "sukunimi") for a in self.doc.analyses[following[0].index])

    def sentences_with_reference(self) -> dict[int, list[Reference]]:
        """Sentence index -> the references in it."""
        out: dict[int, list[Reference]] = {}
        for ref in self.references:
            out.setdefault(self.sentence_index(ref.token.start), []).append(ref)
        return out

    def sentence_index(self, offset: int) -> int:
        return self.doc.sentence_index(offset)

    def sentence(self, index: int) -> Span:
        return self.doc.sentences[index]


def customer_context(doc: Document, words: ContextWords) -> CustomerContext:
    """One shared CustomerContext per document and word lists (the customer checks read the same one).

    Looked up by the lists' identity: `ContextWords.from_params` gives equal lists one shared object, and a
    frozen dataclass hashes all its twenty-odd fields on every look-up (six rules ask on every post). The
    context kept under the id holds `words`, so the id cannot be reused while the entry lives."""
    cache = doc.__dict__.setdefault("_customer_context", {})
    cached = cache.get(id(words))
    if cached is None or cached.words is not words:
        cached = cache[id(words)] = CustomerContext(doc, words)
    return cached


def _modifier(doc: Document, token: Token) -> bool:
    """A Finnish genitive before the word it describes ("asumistuen korotus"): the thing is the next word."""
    after = doc.tokens[token.index + 1] if token.index + 1 < len(doc.tokens) else None
    return (token.text.endswith("n") and doc.token_langs[token.index] == "fi" and after is not None
            and after.text.isalpha() and after.text.islower())
