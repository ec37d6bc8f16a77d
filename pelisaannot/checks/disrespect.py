"""`disrespect`: a negative or mocking judgement aimed at the employer, a colleague, the manager or customers.

Both halves are found on the lemma layer, within one sentence and a few words of each other: a *target*
(esimies, pomo, työkaveri, kollega, johto, asiakas, the organisation's own names from the pack settings
`organisation_names`) and a *judgement* (tyhmä, kädetön, osaamaton, surkea, naurettava, pelle ...). A
target is a word whose base form is a listed target or ends with one (`lähiesimies`, `työkaverit`); a
judgement is a word whose base form is listed (not a compound head: a filmihullu is a film buff). A negation
just before the judgement (`ei ole tyhmä`, `eivät ole laiskoja`) cancels it, so advice such as
"Asiakas ei ole koskaan tyhmä" stays clean. `phrases` (regular expressions) add idioms that judge without a
listed word (`ihan pihalla`, `ei osaa mitään`); a phrase counts in the clause of a target whatever negation
it contains. `markers` (an eye-roll or clown emoji) mock whatever target their sentence names. Swear words and
insults are left to the lexicon rules.

Figurative insults (`figurative_files`: pelle, apina, fossiili, clown) are ordinary nouns that judge a person
the same way; for them a compound head counts too (`digifossiilit`, `toimistoapina`), and so does a compound of
one with a noun for a group of people (`group_head_files`: `pelleporukka`, `apinalauma`). In a Swedish or English
sentence targets and judgements are also matched on the language layer's base forms (chefer -> chef,
clowner -> clown). The vocabularies are pack data: targets (`target_files`), judgements (`files`), the
negations that cancel a judgement (`negation_files`), the pronouns that carry a target into the next clause
(`pronoun_files`) and the words that start a new clause (`clause_word_files`).

Who is judged, read from the words around the judgement: a judging verb (`mongertaa`, `kitistä`) judges its
subject, the target before it with no other noun between (`asiakkaan koira vinkuu` is a dog); an adjective before
a noun judges the noun, unless it stands after a copula (`copula_files`: `pomo on ihan aivoton robotti`) or the
noun is a face, a body or clothes (`looks_files`: `asiakkaalla oli ällöttävä naama`); a judgement inside a quotation
that a verb of `reported_after_files` introduces and that is aimed at the writer or the staff is reported, not made
(`asiakas huusi mulle "senkin pelle"`, checks/reported.py).

Two findings need no separate target: a compound that holds a target before a figurative head names and insults in
one word (`konsulttipelle`, `#johtopellet`), and `owner_phrases` name the person they mock in a group `who` (a named
customer's benefit record laughed at: `Mäkisen tukihistoria ... 🤣`).

Not a judgement of anyone: a figurative noun that acts on a person (`Loinen voi levitä ihmiseen`: a verb that is no
copula and no human verb between); what the subject told of themselves (`self_told_files`: `kertoi olleensa tyhmä`,
unless imagined: `luulee olevansa`); a pity word in a sentence of help (`pity_files`, `help_files`: `autamme
avuttomia asiakkaita`). Named with no listed target: a judgement standing for people after an inflected
demonstrative (`pointed_files`: `näille aivottomille`), and a marker in a short sentence right after one that names
a target (`Esimies lupasi vastata huomenna. Ihan varmasti 🙄`).

The dependency parser would tell who is judged more exactly, but the full Finnish pipeline runs at
34-48 posts a second here; the same-sentence window keeps this check at lexicon speed.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from typing import Any

import regex

from pelisaannot.checks.base import Check, CheckConfigError, Match, PackContext, compile_pattern, pattern_source
from pelisaannot.checks.lexicon import CAMEL_RE, colloquial_variants, lemma_keys
from pelisaannot.checks.literals import Prefilter, PrefilterGroup
from pelisaannot.checks.negation import negates, read_negations
from pelisaannot.checks.reported import reported_quote
from pelisaannot.checks.spoken_text import spoken_spans, standard_texts
from pelisaannot.document import Document, Span, Token, WordMemo, _has_letter, word_memo
from pelisaannot.finnish.colloquial import standard_forms

NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi"})
PERSON_NAME_CLASSES = frozenset({"etunimi", "sukunimi"})
LETTER_RE = regex.compile(r"\p{L}")
#: The writer or oneself right before a closing fragment: it is then said of them (`_closing_fragment`).
SELF_WORDS = frozenset({"mä", "mää", "minä", "mie", "me", "itse", "ite", "itteni", "itseni", "itsensä"})
TRANSLATIVE = ("ksi", "ks")
#: Verbs that make the words after them their predicate (`iltapäivä oli aika hullu`).
LINKING_VERBS = frozenset({"olla", "tuntea", "tuntua", "näyttää", "vaikuttaa", "kuulostaa"})
STOP_RE = regex.compile(r"[.!?…]")
#: Word classes after which a judgement stands alone for people (`noille laiskoille ei kannata`).
VERB_LIKE = frozenset({"teonsana", "kieltosana", "seikkasana", "sidesana", "suhdesana"})
CLAUSE_BREAK_RE = regex.compile(r"[,;:–—()]|\s-\s")

# `-lainen` after a stem ending in l or n makes an adjective of kind, not a member of a group: tällainen,
# sellainen, millainen, kaikenlainen, samanlainen. A group member's stem ends in a vowel or s (suomalainen,
# lestadiolainen, helsinkiläinen, huittislainen).
KIND_SUFFIXES = ("lainen", "läinen")
# Elative and ablative endings: "about" or "from" something.
TOPIC_ENDINGS = ("sta", "stä", "lta", "ltä")
# Possessive suffixes: a figurative noun that someone owns is a real animal or thing.
POSSESSIVE_ENDINGS = ("nsa", "nsä", "mme", "nne", "ni", "si")

#: Per rule, `_target` and `_word_judgement` by word (its number, `Document.memo_ids`: text, language, analyser):
#: functions of the word alone, asked of every word.
_TARGETS = word_memo()


def _read_lists(pack: PackContext, params: Mapping[str, Any], key: str) -> list[str]:
    """The lower-cased entries of every list file named under `key`."""
    words: list[str] = []
    for i, relative in enumerate(params.get(key, [])):
        words += [w.lower() for w in pack.read_list(relative, f"{key}[{i}]")]
    return words


def _written(doc: Document, token: Token) -> tuple[str, ...]:
    """The word as written, lower-cased, and the standard forms a spoken word stands for (`surkee`: surkea,
    `diktaattoreist`: diktaattoreista): its case ending is read from those."""
    return (token.text.lower(), *sorted(standard_forms(doc.analyses[token.index])))


def _classes(doc: Document, token: Token) -> list[str]:
    """The word classes of a word's readings, without the bare mark a spoken reading carries (class '')."""
    return [a.wordclass for a in doc.analyses[token.index] if a.wordclass]


def _possessed(word: str) -> bool:
    """A possessive suffix (lehmänsä, apinani, karjamme); not the translative -ksi (pelleksi)."""
    return word.endswith(POSSESSIVE_ENDINGS) and not word.endswith("ksi")



def _topic_only(doc: Document, clause: list[Token]) -> bool:
    """A clause so far of one to three words and no verb: in speech `kun` right after it marks the topic (`nää
    asiakkaat kun ei lue mitään`), it does not start a clause of its own (a comma still does)."""
    return 0 < len(clause) <= 3 and not any(
        a.wordclass == "teonsana" for t in clause for a in doc.analyses[t.index])

class DisrespectCheck(Check):
    kind = "disrespect"
    needs = frozenset({"lemmas"})
    placeholders = frozenset({"target", "judgement"})

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        targets = [w.lower() for w in params.get("targets", [])] + _read_lists(pack, params, "target_files")
        self.organisation = frozenset(w.lower() for w in pack.settings.get("organisation_names", []))
        targets += list(self.organisation)
        judgements = [w.lower() for w in params.get("judgements", [])] + _read_lists(pack, params, "files")
        self.figurative = frozenset(_read_lists(pack, params, "figurative_files"))
        self.group_heads = frozenset(_read_lists(pack, params, "group_head_files"))
        self.targets = tuple(sorted(set(targets), key=lambda w: (-len(w), w)))
        self.target_set = frozenset(targets)
        self.judgements = frozenset(judgements)
        self.all_judgements = self.judgements | self.figurative
        # Precomputed for the per-word questions (same answers, without walking every list entry per word).
        self._long_targets = tuple(t for t in self.targets if len(t) >= 4)
        self._by_start: dict[str, list[str]] = {}  # long judgements by their first two letters, in set order
        for judgement in self.all_judgements:
            if len(judgement) >= 7:
                self._by_start.setdefault(judgement[:2], []).append(judgement)
        self._loan_stems = [j for j in sorted(self.all_judgements) if len(j) >= 5]
        self._loan_firsts = tuple(j[:5] for j in self._loan_stems)
        self.negations = read_negations(pack, params.get("negation_files", []), "negation_files")
        self.pronouns = frozenset(_read_lists(pack, params, "pronoun_files"))
        self.clause_words = frozenset(_read_lists(pack, params, "clause_word_files"))
        self.names_are_targets = params.get("names_are_targets", False)
        # Verbs that introduce someone else's words in quotes: `asiakas huusi "senkin pelle"` (checks/reported.py).
        self.reported_after = frozenset([w.lower() for w in params.get("reported_after", [])]
                                        + _read_lists(pack, params, "reported_after_files"))
        # A trusted pack's phrases are compiled on first use (`compile_pattern`): most posts never need one.
        self.phrases: list[regex.Pattern[str]] = []
        for i, source in enumerate(params.get("phrases", [])):
            try:
                self.phrases.append(compile_pattern(source, regex.IGNORECASE, pack))
            except regex.error as exc:
                raise CheckConfigError(f"phrases[{i}]", f"invalid regular expression: {exc}") from None
        # What each phrase's matches must contain: a post without it is not searched (the shared automaton).
        self._phrase_gates = PrefilterGroup([Prefilter.of(*pattern_source(p)) for p in self.phrases])
        # Phrases that name whom they mock in a group `who`, a person's name (`Mäkisen tukihistoria ... 😂`): the
        # name is the target, so they need no listed one.
        self.owner_phrases: list[regex.Pattern[str]] = []
        for i, source in enumerate(params.get("owner_phrases", [])):
            try:
                pattern = compile_pattern(source, regex.IGNORECASE, pack)
            except regex.error as exc:
                raise CheckConfigError(f"owner_phrases[{i}]", f"invalid regular expression: {exc}") from None
            if "who" not in pattern.groupindex:
                raise CheckConfigError(f"owner_phrases[{i}]", "needs a group (?<who>...) for the person mocked")
            self.owner_phrases.append(pattern)
        self._owner_gates = PrefilterGroup([Prefilter.of(*pattern_source(p)) for p in self.owner_phrases])
        self.markers = tuple(params.get("markers", []))
        self.window = params.get("window", 8)
        self.fragment_words = params.get("fragment_words", 0)
        self.fragment_fillers = frozenset(_read_lists(pack, params, "fragment_files"))
        self.copulas = frozenset(_read_lists(pack, params, "copula_files"))
        self.looks = frozenset(_read_lists(pack, params, "looks_files"))
        self.negation_window = params.get("negation_window", 3)
        # What the subject told or felt of themselves (`asiakas kertoi olleensa tyhmä`), unless only imagined
        # (`pomo luulee olevansa nero`).
        self.self_told = frozenset(_read_lists(pack, params, "self_told_files"))
        self.imagining = frozenset(_read_lists(pack, params, "imagining_files"))
        # Pity, not contempt: `autamme avuttomia asiakkaita` (a pity word in a sentence of help).
        self.pity = frozenset(_read_lists(pack, params, "pity_files"))
        self.help = frozenset(_read_lists(pack, params, "help_files"))
        # Likening between a target and a figurative object (`kohtelee meitä kuin apinoita`): without it, literal.
        self.comparisons = frozenset(_read_lists(pack, params, "comparison_files"))
        # A figurative insult used of people with no listed target: the subject of a verb only people do
        # (`human_verb_files`: suunnitella, decide, planera), or pointed at (`pointer_files`: mitkä, ne, those,
        # vilka) with such a verb in its clause; a sentence about a circus, a zoo or a museum
        # (`literal_context_files`) reads the noun literally.
        self.human_verbs = frozenset(_read_lists(pack, params, "human_verb_files"))
        self.pointers = frozenset(_read_lists(pack, params, "pointer_files"))
        self.literal_context = frozenset(_read_lists(pack, params, "literal_context_files"))
        # A judgement standing for people after an inflected demonstrative (`näille aivottomille`), no target named.
        self.pointed = frozenset(_read_lists(pack, params, "pointed_files"))
        # Figurative insults that also name real people (diktaattori, natsi, kakara, zombi): the subject of a human
        # verb is then often just such a person (`diktaattori päätti`), so they need a listed target.
        self.literal_people = frozenset(_read_lists(pack, params, "literal_people_files"))
        self._memo_owner = object()  # this rule's part of the `_TARGETS` memo
        self._memo_keys = {part: (self._memo_owner, part) for part in ("facts", "judgements")}

    def _memo(self, part: str) -> WordMemo:
        """This rule's per-word memo of `part` ("facts", "judgements"), in `_TARGETS` (which
        `clear_word_memos` empties)."""
        key = self._memo_keys[part]
        memo = _TARGETS.get(key)
        if memo is None:
            if len(_TARGETS) > 32:  # many packs in one process: do not keep them all
                _TARGETS.clear()
            memo = _TARGETS[key] = WordMemo()
        return memo

    def _facts(self, doc: Document) -> list[tuple[str | None, bool] | None]:
        """Per token, None for a word that is no target and holds no target and figurative insult in its parts
        (nearly every word), else its `_target` and whether it holds both: one pass over the post's word numbers
        (each word worked out once per batch) tells whether the rule has any word to read. Once per document and
        rule."""
        cache = doc.__dict__.setdefault("_disrespect_facts", {})
        found: list[tuple[str | None, bool] | None] | None = cache.get(self._memo_owner)
        if found is None:
            found = cache[self._memo_owner] = self._memo("facts").per_token(doc, lambda t: self._word_facts(doc, t))
        return found

    def _word_facts(self, doc: Document, token: Token) -> tuple[str | None, bool] | None:
        target = self._target(doc, token)
        keys = lemma_keys(doc)[token.index]
        both = bool(self.figurative) and not (self.figurative.isdisjoint(keys) or self.target_set.isdisjoint(keys))
        return (target, both) if target or both else None

    def _targets(self, doc: Document) -> list[str | None]:
        """`_target` of every token (from `_facts`), once per document and rule: the rule asks it of every word."""
        cache = doc.__dict__.setdefault("_disrespect_targets", {})
        found: list[str | None] | None = cache.get(self._memo_owner)
        if found is None:
            found = cache[self._memo_owner] = [f and f[0] for f in self._facts(doc)]
        return found

    def _word_target(self, doc: Document, token: Token) -> str | None:
        """`_target`, remembered per word across documents."""
        return self._targets(doc)[token.index]

    def _target(self, doc: Document, token: Token) -> str | None:
        if token.text.lower() in self.target_set:
            return token.text.lower()  # surface forms: `olet`, `kuulostat`
        analyses = doc.analyses[token.index]
        if not analyses and "-" in token.text:  # `ääri-lestadiolaiset`: the last part decides
            analyses = doc.morphology.analyze(token.text.rsplit("-", 1)[1])
        if not analyses or doc.token_langs[token.index] != "fi":
            hit = next(iter(sorted(doc.lemmas(token) & self.target_set)), None)
            if hit or not analyses:
                return hit
        for a in analyses:
            if a.wordclass in PERSON_NAME_CLASSES and self.names_are_targets and len(analyses) == 1 \
                    and token.text.lower() == a.baseform.lower():
                return a.baseform  # a person's name, as the subject: `Juuso on täys pelle`
            if a.wordclass in NAME_CLASSES:
                continue
            base = a.baseform.lower()
            if base in self.target_set:
                return base
            if "nimisana" in a.wordclass:  # lähiesimies, työkaverit, lestadiolaiset
                hit = next((t for t in self._long_targets if base.endswith(t)), None) if base.endswith(
                    self._long_targets) else None
                if hit and not (hit in KIND_SUFFIXES and base[:-len(hit)].endswith(("l", "n"))):
                    return hit
        return None

    def _possessor(self, doc: Document, token: Token, lemma: str) -> bool:
        """A person named as the owner of what is judged: in `Asiakkaan tilanne oli surkea` the situation is
        surkea, not the customer. The organisation's own names stay targets (`Kelan palvelu on surkeaa`)."""
        if lemma in self.organisation or not token.text.lower().endswith("n") or token.text.lower() == lemma:
            return False
        following = doc.tokens[token.index + 1:token.index + 2]
        if not following or doc.text[token.end:following[0].start].strip():
            return False
        return any(a.wordclass == "nimisana" for a in doc.analyses[following[0].index]) and \
            self._judgement(doc, following[0]) is None

    def _misspelt(self, doc: Document, word: str) -> tuple[Any, ...]:
        """Analyses of a long unknown word once one left-out letter is put back from a listed judgement."""
        if len(word) < 7:
            return ()
        for judgement in self._by_start.get(word[:2], ()):
            for at in range(2, min(len(judgement), len(word) + 1)):
                candidate = word[:at] + judgement[at] + word[at:]
                if candidate[:len(judgement)] == judgement:
                    found = doc.morphology.analyze(candidate)
                    if found:
                        return found
        return ()

    def _modifies_a_thing(self, doc: Document, token: Token) -> bool:
        """An adjective that agrees with the noun after it judges that noun: in `lauloi typerällä tavalla` the
        manner is judged, not the singer. A target after it is still judged (`tyhmiä asiakkaita`)."""
        following = doc.tokens[token.index + 1:token.index + 2]
        if not following or doc.text[token.end:following[0].start].strip():
            return False
        noun = following[0]
        if not doc.analyses[noun.index] or self._word_target(doc, noun):
            return False
        if token.text.lower().endswith("n") and all("laatusana" in c for c in _classes(doc, noun)):
            return True  # an intensifier: `naurettavan hyvä`, `hullun hauska`
        classes = _classes(doc, token)
        if not classes or not all("laatusana" in c for c in classes):
            return False
        if "nimisana" not in _classes(doc, noun):
            return False
        if self._base_form(doc, token, "laatusana") and self._base_form(doc, noun, "nimisana"):
            return True  # both in the nominative singular: `asiakkaan surkea tilanne` judges the situation
        harmony = str.maketrans("äöy", "aou")
        ends = {w.translate(harmony)[-2:] for w in _written(doc, token)}
        return any(w.translate(harmony)[-2:] in ends for w in _written(doc, noun))

    def _of_looks(self, doc: Document, token: Token) -> bool:
        """The adjective judges a face, a body or clothes (`looks_files`), so the person who has them:
        `asiakkaalla oli ällöttävä naama`."""
        following = doc.tokens[token.index + 1:token.index + 2]
        return bool(self.looks and following and doc.lemmas(following[0]) & self.looks)

    def _predicate(self, doc: Document, token: Token, sentence_start: int) -> bool:
        """The adjective stands after a copula (`copula_files`), with only intensifiers (`fragment_files`) between:
        in `pomo on ihan aivoton robotti` it says what the boss is, noun or not."""
        if not self.copulas:
            return False
        following = doc.tokens[token.index + 1:token.index + 2]
        if not following or not any(a.wordclass == "nimisana" for a in doc.analyses[following[0].index]):
            return False  # an intensifier before an adjective: `on naurettavan hyvä koodari`
        for before in reversed(doc.tokens[max(0, token.index - 4):token.index]):
            word = before.text.lower()
            if before.start < sentence_start or CLAUSE_BREAK_RE.search(doc.text, before.end, token.start):
                return False
            if word in self.copulas:
                return True
            if word not in self.fragment_fillers:
                return False
        return False

    def _acts_on(self, doc: Document, token: Token, judgement: str, target: Token) -> bool:
        """A figurative noun is the subject of a verb that is no copula and no verb only people do, and the target
        comes after that verb in another case: `Loinen voi levitä lemmikistä ihmiseen` tells of a parasite, and the
        person is where it goes, not what it is called. A copula (`asiakas on loinen`) or a human verb (`pellet
        päättivät asiakkaiden puolesta`) keeps the judgement."""
        nominative = self._base_form(doc, token, "nimisana") or token.text.lower().endswith("t")
        if target.index <= token.index or not nominative:
            return False
        between = doc.tokens[token.index + 1:target.index]
        if any(t.text.lower() in self.copulas for t in between) or \
                any(a.wordclass and a.baseform.lower() == target.text.lower() for a in doc.analyses[target.index]):
            return False  # said to be one, or the target is a subject itself
        verbs = [t for t in between if any(a.wordclass == "teonsana" for a in doc.analyses[t.index])]
        return bool(verbs) and not any(doc.lemmas(t) & self.human_verbs for t in verbs)

    def _does_to(self, doc: Document, target: Token, token: Token) -> bool:
        """The target does something to a real creature: a verb between them that is no copula and no verb only
        people do, and no word of likening (`comparison_files`): "esimies kuvasi apinoita Keniassa", "our manager
        filmed vultures". "Pomo kohtelee meitä kuin apinoita", "johto palkkasi pellejä" and "HR are vultures" judge."""
        if not self.comparisons or target.index >= token.index:
            return False
        if doc.token_langs[target.index] == "fi" and not (target.text.lower().endswith("t") or any(
                a.wordclass and a.baseform.lower() == target.text.lower() for a in doc.analyses[target.index])):
            return False  # the target is no subject (`johdossa istuu pelkkiä fossiileja` says who sits there)
        between = doc.tokens[target.index + 1:token.index]
        if not between or any(t.text.lower() in self.copulas or t.text.lower() in self.comparisons
                              or doc.lemmas(t) & self.human_verbs for t in between):
            return False
        if doc.token_langs[token.index] != "fi":  # (no verb readings outside Finnish: any word between acts)
            return True
        return any(any(a.wordclass == "teonsana" for a in doc.analyses[t.index]) for t in between)

    def _told_of_self(self, doc: Document, token: Token, sentence_start: int) -> bool:
        """The judgement follows a reflexive participle (`self_told_files`: olleensa, olevansa), with only intensifiers
        between: the subject told or felt it of themselves (`asiakas kertoi olleensa tyhmä`). A verb of imagining
        just before the participle (`imagining_files`: `pomo luulee olevansa nero`) mocks the subject instead."""
        if not self.self_told:
            return False
        for before in reversed(doc.tokens[max(0, token.index - 3):token.index]):
            word = before.text.lower()
            if before.start < sentence_start:
                return False
            if word in self.self_told:
                verbs = doc.tokens[max(0, before.index - 2):before.index]
                return not any(t.start >= sentence_start and doc.lemmas(t) & self.imagining for t in verbs)
            if word not in self.fragment_fillers:
                return False
        return False

    def _pitied(self, doc: Document, judgement: str, sentence: Span) -> bool:
        """A pity word (`pity_files`: avuton) in a sentence about helping (`help_files`: auttaa, tuki) pities the
        people it names: "autamme avuttomia asiakkaita", "avuttomat vanhukset tarvitsevat apua"."""
        if judgement not in self.pity or not self.help:
            return False
        keys = lemma_keys(doc)  # (not a pity word itself: avuton holds apu among its parts)
        return any((keys[t.index] & self.help or doc.lemmas(t) & self.help) and not keys[t.index] & self.pity
                   for t in doc.words_between(sentence.start, sentence.end))

    @staticmethod
    def _is_verb(doc: Document, token: Token) -> bool:
        """A judging verb (`mongertaa`, `kitistä`): every reading of the word is a verb."""
        classes = _classes(doc, token)
        return bool(classes) and all(c == "teonsana" for c in classes)

    def _subject_of(self, doc: Document, target: Token, verb: Token) -> bool:
        """The target is the subject of a judging verb: before it, with no other noun between (`asiakas mongersi`
        judges the customer; `asiakkaan koira vinkuu` is a dog)."""
        if target.index >= verb.index:
            return False
        return not any(any(a.wordclass == "nimisana" for a in doc.analyses[t.index]) and not self._word_target(doc, t)
                       for t in doc.tokens[target.index + 1:verb.index])

    @staticmethod
    def _base_form(doc: Document, token: Token, wordclass: str) -> bool:
        """The word is written in the base form of its reading of that class (a noun's or an adjective's is the
        nominative singular); `kuin` is no noun in the nominative (its noun reading is kuu)."""
        written = _written(doc, token)
        return any(a.baseform.lower() in written and wordclass in a.wordclass for a in doc.analyses[token.index])

    def _judgement(self, doc: Document, token: Token) -> str | None:
        if token.is_capitalised and not token.text.isupper():
            following = doc.tokens[token.index + 1:token.index + 2]
            if not doc.is_sentence_start(token) or (following and following[0].is_capitalised):
                return None  # a name: `Pelle Hermanni`
        return self._memo("judgements").get_or(doc.memo_ids[token.index], lambda: self._word_judgement(doc, token))

    def _judgements(self, doc: Document) -> list[str | None]:
        """`_word_judgement` of every token, from the memo `_judgement` reads (each word once per batch): a post
        none of whose words may judge has no finding but by an idiom or a marker, whatever its unknown words (a
        name, a link) or languages; one pass over its word numbers tells."""
        return self._memo("judgements").per_token(doc, lambda t: self._word_judgement(doc, t))

    def _word_judgement(self, doc: Document, token: Token) -> str | None:
        """The judgement a word makes wherever it stands: a function of the word (its text, its sentence's
        language, the analyser), remembered per word by `_judgement`."""
        analyses = doc.analyses[token.index]
        if not analyses or doc.token_langs[token.index] != "fi":  # a Swedish or English base form: clowner -> clown
            hit = next(iter(sorted((doc.lemmas(token) - self.target_set) & self.all_judgements)), None)
            if hit:
                return hit
        if not analyses:  # spoken forms: `tyhmii` is tyhmiä; a letter left out: `valhtelija`
            analyses = tuple(a for v in colloquial_variants(token.text) for a in doc.morphology.analyze(v))
            if not analyses:
                analyses = self._misspelt(doc, token.text.lower())
            if not analyses:  # a loanword voikko does not know, inflected: `trollit`
                lowered = token.text.lower()
                hit = next((j for j in self._loan_stems if lowered.startswith(j) and len(lowered) - len(j) <= 3),
                           None) if lowered.startswith(self._loan_firsts) else None
                if hit:
                    return hit
        # A figurative noun in the elative or ablative is what is talked about, not what someone is called:
        # `kirja diktaattoreista`, `kuvia apinoilta`.
        lowered = token.text.lower()
        about = any(w.endswith(TOPIC_ENDINGS) for w in _written(doc, token))
        for a in analyses:
            if a.wordclass in NAME_CLASSES:
                continue
            base = a.baseform.lower()
            if about and base in self.figurative and lowered not in (base + "ta", base + "tä"):
                continue  # (`sirkusta` is the partitive of sirkus: `johto on yhtä sirkusta`)
            if base in self.figurative and lowered != base and _possessed(lowered):
                continue  # someone's own animal or puppet is literal: `asiakas myi lehmänsä`
            if base in self.all_judgements:
                return base  # base forms only: a compound with a judgement as its head is often praise (filmihullu)
            parts = [p.replace("=", "").lower() for p in a.parts]
            if len(parts) > 1 and parts[-1] in self.figurative and not (
                    about and lowered not in (base + "ta", base + "tä")):
                return parts[-1]  # but a figurative insult stays one: digifossiili, byrokratiadinosaurus
            if len(parts) == 2 and parts[0] in self.figurative and parts[1] in self.group_heads and not about:
                return parts[0]  # a whole bunch of them: pelleporukka, apinalauma
        return None

    def _negated(self, doc: Document, token: Token, sentence_start: int) -> bool:
        """A negation just before the judgement in its clause: `ei tyhmä`, not `lyssnar aldrig, helt korkade`."""
        before = doc.tokens[max(0, token.index - self.negation_window):token.index]
        language = doc.token_langs[token.index]
        return any(t.start >= sentence_start and negates(self.negations, t.text, language)
                   and not CLAUSE_BREAK_RE.search(doc.text, t.end, token.start) for t in before)

    def _clauses(self, doc: Document) -> Iterator[list[Token]]:
        """Words of each clause: sentences cut at commas, dashes and `mutta`, so that `Surkea sää, mutta
        työkaverit piristävät` judges the weather, not the colleagues. `vaan` cuts only after a negation (`ei
        pomo vaan kollega`): in speech it is `just` (`kollega vaan kuppaa palkkaa`)."""
        for sentence in doc.sentences:
            clause: list[Token] = []
            for token in doc.words_between(sentence.start, sentence.end):
                gap = doc.text[clause[-1].end:token.start] if clause else ""
                word = token.text.lower()
                cuts = word in self.clause_words and (word != "vaan" or any(  # spoken `vaan` is `just`
                    negates(self.negations, t.text, doc.token_langs[t.index]) for t in clause)) and not (
                    word == "kun" and _topic_only(doc, clause))  # spoken `asiakkaat kun ei tajua`: no new clause
                if clause and (CLAUSE_BREAK_RE.search(gap) or cuts):
                    yield clause
                    clause = []
                clause.append(token)
            if clause:
                tail = self._closing_fragment(doc, clause, sentence)
                if tail:
                    yield clause[:-tail]
                    clause = clause[-tail:]
                yield clause

    def _closing_fragment(self, doc: Document, clause: list[Token], sentence: Span) -> int:
        """How many last words of a long sentence's last clause are a fragment of their own: Finnish chat runs
        sentences together without a stop (`uus esimies ... muutti kaikki vuorot ihan täys pelle`), and the
        judgement at the end is then a closing `Ihan täys pelle.` said of the target before it (0: none)."""
        if len(clause) <= self.window or not self.fragment_words or STOP_RE.search(
                doc.text, sentence.start, sentence.end) or doc.lang_of(sentence.start) != "fi":
            return 0
        for size in range(2, min(self.fragment_words, len(clause) - 1) + 1):
            if clause[-size].text.lower() in self.fragment_fillers:
                before = clause[-size - 1]
                if before.text.lower() in SELF_WORDS or not LINKING_VERBS.isdisjoint(doc.lemmas(before)):
                    return 0  # the predicate of its own clause: `mä olin ihan tyhmä`, `tunsin itteni ihan tyhmäks`
                last = clause[-1].text.lower()
                return size if not last.endswith(TRANSLATIVE) and self._judgement(doc, clause[-1]) else 0
        return 0

    def _marker(self, doc: Document, offset: int) -> tuple[int, int] | None:
        """A mocking marker (an eye-roll or clown emoji) anywhere in the sentence of `offset`."""
        sentence = doc.sentence_of(offset)
        end = sentence.end
        while end < len(doc.text) and not doc.text[end].isalnum():  # emoji after the final full stop
            end += 1
        for marker in self.markers:
            at = doc.text.find(marker, sentence.start, end)
            if at >= 0:
                return at, at + len(marker)
        return None

    def _fragment(self, doc: Document, words: list[Token], sentence: Span, carried_index: int) -> bool:
        """A sentence or a closing clause of a few words with no target of its own, right after one with a
        target, is said of it: "Palaveri esimiehen kanssa. Ihan pelle.", "Asiakkaat ei lue, aivan pöljiä"
        (`fragment_words`, 0 = off); a judging phrase there too."""
        if not 0 < len(words) <= self.fragment_words:
            return False
        index = doc.sentence_index(sentence.start)
        if index == carried_index:  # the last clause of the target's sentence
            return not LETTER_RE.search(doc.text, words[-1].end, sentence.end)
        outside = doc.text[sentence.start:words[0].start] + doc.text[words[-1].end:sentence.end]
        return index == carried_index + 1 and not LETTER_RE.search(outside)

    def _fragment_judgement(self, doc: Document, words: list[Token], sentence_start: int, lemma: str
                            ) -> Iterator[Match]:
        """The judgement of a fragment whose other words are all `fragment_files` words, at least one of them
        (`ihan`, `vilken`, `what a`): "Ihan pelle." judges; "Hullu päivä!" and "Apinat!" do not."""
        fillers = [t for t in words if t.text.lower() in self.fragment_fillers]
        if not fillers or len(words) - len(fillers) != 1:
            return
        token = next(t for t in words if t.text.lower() not in self.fragment_fillers)
        judgement = self._judgement(doc, token)
        if judgement is not None and not self._negated(doc, token, sentence_start):
            yield Match(token.start, token.end, {"target": lemma, "judgement": judgement})

    def _phrase_spans(self, doc: Document) -> list[tuple[int, int]]:
        first = self._phrase_gates.candidates(doc.casefolded)
        spans = [m.span() for i in first for m in self.phrases[i].finditer(doc.text)]
        texts = standard_texts(doc)
        if texts:  # an idiom in spoken spelling (`nii pihal`): sought in the standard one too
            # every idiom let in, again: one let in as written (`osaa`) may fail there on a spoken word (`yhtää`)
            let_in = {i for std in texts for i in self._phrase_gates.candidates(std.folded)}
            spoken = [self.phrases[i] for i in sorted(let_in)]
            spans += [span for span in spoken_spans(doc, spoken) if span not in spans]
        return spans

    def _owner_matches(self, doc: Document) -> Iterator[Match]:
        """`owner_phrases` whose `who` is a person's name (voikko's first or last name; an 's or a Swedish
        genitive s taken off): `Kelan` or `Mun` in the same place is no person."""
        for i in self._owner_gates.candidates(doc.casefolded):
            for m in self.owner_phrases[i].finditer(doc.text):
                who = m.group("who")
                stems = {who, who.removesuffix("'s").removesuffix("’s"), who.removesuffix("s")}
                names = [a.baseform for stem in stems for a in doc.morphology.analyze(stem)
                         if a.wordclass in PERSON_NAME_CLASSES]
                if names:
                    yield Match(m.start(), m.end(), {"target": names[0], "judgement": doc.text[m.start():m.end()]})
                    return

    def _compound_insult(self, doc: Document) -> Match | None:
        """A compound with a target before a figurative insult as its head names and insults in one word:
        `konsulttipelle`, `johtoryhmäsirkus`, `hallintohirviö`. Only words whose parts hold both are read."""
        # Only the words whose keys hold both a target and a figurative insult (`_facts`, one pass; most posts have
        # none), not two set tests a word.
        tokens, facts = doc.tokens, self._facts(doc)
        both = [i for i in itertools.compress(range(len(facts)), facts) if facts[i][1]]  # type: ignore[index]
        for token in map(tokens.__getitem__, both):
            if not _has_letter(token.text):
                continue  # (not a word)
            if token.is_capitalised and not doc.is_sentence_start(token):
                continue  # a name
            lowered = token.text.lower()
            if lowered.endswith(TOPIC_ENDINGS) or _possessed(lowered):
                continue  # talked about or owned: `kirja johtajahirviöistä`
            found = self._target_insult(doc.analyses[token.index])
            if found:
                return Match(token.start, token.end, {"target": found[0], "judgement": found[1]})
        for tag in doc.hashtags:  # `#johtopellet`, `#kelasirkus`
            body = tag.text[1:]
            if body.isalpha() and len(body) >= 7 and not body.lower().endswith(TOPIC_ENDINGS):
                found = self._target_insult(doc.morphology.analyze(body.lower())) or self._camel_insult(doc, body)
                if found:
                    return Match(tag.start, tag.end, {"target": found[0], "judgement": found[1]})
        return None

    def _camel_insult(self, doc: Document, body: str) -> tuple[str, str] | None:
        """(target, insult) of a CamelCase tag of two words, a target and a figurative insult in either order:
        `#PelleJohto`, `#ClownManagement`, `#JohtoSirkus`. A circus director (`#SirkusJohtaja`) is no insult: a
        figurative word that is also a literal context (`literal_context_files`) is left out before the target."""
        pieces = CAMEL_RE.findall(body)
        if len(pieces) != 2 or not body[0].isupper():
            return None
        bases = []
        for piece in pieces:
            lowered = piece.lower()
            bases.append({lowered, lowered.removesuffix("s"), *(a.baseform.lower() for a in
                                                                 doc.morphology.analyze(lowered)
                                                                 if a.wordclass not in NAME_CLASSES)})
        for first, second in ((0, 1), (1, 0)):
            literal = self.literal_context if first == 0 else frozenset()
            insult = sorted(bases[first] & self.figurative - literal)
            target = sorted(bases[second] & self.target_set)
            if insult and target:
                return target[0], insult[0]
        return None

    def _target_insult(self, analyses: Any) -> tuple[str, str] | None:
        """(target, insult) of a compound reading with a target before a figurative head (voikko may list a
        derivation's verb first: johtopelle is johtaa, johto, pelle)."""
        for a in analyses:
            parts = [p.replace("=", "").lower() for p in a.parts]
            target = next((p for p in parts[:-1] if p in self.target_set), None)
            if len(parts) > 1 and target and parts[-1] in self.figurative and a.wordclass not in NAME_CLASSES:
                return target, parts[-1]
        return None

    def run(self, doc: Document) -> Iterator[Match]:
        found = False
        for match in self._run_targeted(doc):
            found = True
            yield match
        if not found and self.human_verbs:
            people = self._figurative_people(doc)
            if people is not None:
                found = True
                yield people
        if not found and self.pointed:
            pointed = self._pointed_people(doc)
            if pointed is not None:
                yield pointed

    def _pointed_people(self, doc: Document) -> Match | None:
        """A judgement that stands for people after an inflected demonstrative (`pointed_files`), no target named:
        "pitää selittää näille aivottomille", "ei yllätys tolta nynnyltä". Only a verb, an adverb or a conjunction
        may follow it (else it describes the word after it: `näille tyhmille lomakkeille`), and it is not in the
        singular nominative or partitive (`tätä tyhmää` is a thing as often). It names people and says nothing of
        them, so a negation before it does not cancel it (`en jaksa noita tyhmiä`)."""
        if not any(self._judgements(doc)):
            return None
        for sentence in doc.sentences:
            words = list(doc.words_between(sentence.start, sentence.end))
            for i, (pointer, token) in enumerate(itertools.pairwise(words)):
                judgement = self._judgement(doc, token)
                if judgement is None or pointer.text.lower() not in self.pointed or \
                        doc.text[pointer.end:token.start].strip() or self._singular_thing(doc, token):
                    continue
                following = words[i + 2:i + 3]
                if following and not CLAUSE_BREAK_RE.search(doc.text, token.end, following[0].start) and not all(
                        a.wordclass in VERB_LIKE for a in doc.analyses[following[0].index] if a.wordclass):
                    continue  # it describes the word after it: `tuolta hullulta näyttävältä laitteelta`
                if self.reported_after and reported_quote(doc, token.start, token.end, self.reported_after):
                    continue
                return Match(pointer.start, token.end, {"target": pointer.text, "judgement": judgement})
        return None

    def _singular_thing(self, doc: Document, token: Token) -> bool:
        """The word is in the singular nominative or partitive (`tämä tyhmä`, `tätä tyhmää`), which name a thing as
        often as a person."""
        lowered = token.text.lower()
        if self._base_form(doc, token, "laatusana") or self._base_form(doc, token, "nimisana"):
            return True
        return lowered.endswith(("aa", "ää", "ta", "tä")) and not lowered.endswith(
            ("ita", "itä", "ia", "iä", "ja", "jä", "lta", "ltä", "sta", "stä"))

    def _figurative_people(self, doc: Document) -> Match | None:
        """A figurative insult used of people though no listed target is named: "Mitkä pellet tämän suunnittelivat",
        "What clowns designed this", "De där pajasarna bestämde". The noun must be the subject of a human verb (before
        it, no other noun between) or be pointed at (a pointer word right before it) in a clause with such a verb; a
        real clown, monkey or fossil is told of in a sentence about a circus, zoo or museum, which stays clean."""
        if not any(j in self.figurative for j in self._judgements(doc) if j):
            return None
        keys = lemma_keys(doc)
        for words in self._clauses(doc):
            sentence = doc.sentence_of(words[0].start)
            for i, token in enumerate(words):
                judgement = self._judgement(doc, token)
                if judgement not in self.figurative or judgement in self.literal_people or \
                        self._negated(doc, token, sentence.start):
                    continue
                if self.reported_after and reported_quote(doc, token.start, token.end, self.reported_after):
                    continue
                if any(keys[t.index] & self.literal_context or doc.lemmas(t) & self.literal_context
                       for t in doc.words_between(sentence.start, sentence.end) if t is not token):
                    break  # a real clown or animal: `sirkuksen pellet`, `museon fossiilit`
                pointed = i > 0 and words[i - 1].text.lower() in self.pointers
                verbs = [t for t in words if t is not token and doc.lemmas(t) & self.human_verbs]
                if not pointed:
                    verbs = [t for t in verbs if 0 < t.index - token.index <= self.window and not any(
                        any(a.wordclass == "nimisana" for a in doc.analyses[w.index])
                        for w in doc.tokens[token.index + 1:t.index])]
                if verbs:
                    verb = verbs[0]
                    start, end = min(token.start, verb.start), max(token.end, verb.end)
                    if pointed:
                        start = min(start, words[i - 1].start)
                    return Match(start, end, {"target": verb.text, "judgement": judgement})
        return None

    def _run_targeted(self, doc: Document) -> Iterator[Match]:
        """The judgements aimed at a listed target (or a target and an insult in one compound)."""
        if self.owner_phrases:
            owned = list(self._owner_matches(doc))
            if owned:
                yield from owned
                return
        if self.figurative:
            compound = self._compound_insult(doc)
            if compound is not None:
                yield compound
                return
        if not any(self._facts(doc)):
            return  # no target (nor a word holding one): nobody to aim at (most posts)
        target_of = self._targets(doc)
        if not any(target_of) or not any(target_of[t.index] for t in doc.words):
            return  # no target, nobody to aim at (a pronoun carries only a target found before it)
        phrases = self._phrase_spans(doc) if self.phrases else []
        marked = any(m in doc.text for m in self.markers)
        if not phrases and not marked and not any(self._judgements(doc)):
            return  # no word judges, no idiom, no marker: nothing to aim at anyone
        carried: tuple[int, str, int] | None = None  # (sentence start, target lemma, sentence index) of a clause
        for words in self._clauses(doc):
            sentence = doc.sentence_of(words[0].start)
            sentence_start = sentence.start
            # An owner is no target unless a judging phrase starts at it (`johdon saamattomuus`).
            targets = [(t, lemma) for t in words
                       if (lemma := target_of[t.index]) and (
                           not self._possessor(doc, t, lemma) or any(a == t.start for a, _ in phrases))]
            if not targets and carried and carried[0] == sentence_start:
                # "Mitä johto päättää, ne on täysiä pellejä": a pronoun carries the target into the next clause.
                targets = [(t, carried[1]) for t in words if t.text.lower() in self.pronouns][:1]
            if not targets:
                if carried and self._fragment(doc, words, sentence, carried[2]):
                    phrase = next(((a, b) for a, b in phrases if words[0].start <= a < words[-1].end), None)
                    if phrase is not None:  # "Pomo taas.\nIhan pihalla."
                        yield Match(phrase[0], phrase[1], {"target": carried[1],
                                                           "judgement": doc.text[phrase[0]:phrase[1]]})
                    else:
                        found = list(self._fragment_judgement(doc, words, sentence_start, carried[1]))
                        # (a sentence of its own: in the target's sentence the marker is read with the target)
                        own = doc.sentence_index(sentence_start) != carried[2]
                        mark = self._marker(doc, words[0].start) if own and not found and self.markers else None
                        if mark is not None:  # "Asiakas soitti taas. No ei tietenkään 🙄": the eye-roll mocks it
                            found = [Match(words[0].start, mark[1], {"target": carried[1],
                                                                     "judgement": doc.text[mark[0]:mark[1]]})]
                        yield from found
                continue
            carried = (sentence_start, targets[0][1], doc.sentence_index(sentence_start))
            clause_start, clause_end = words[0].start, words[-1].end
            phrase = next(((a, b) for a, b in phrases if clause_start <= a < clause_end), None)
            if phrase is None and self.markers:
                phrase = self._marker(doc, clause_start)
            # A compound inside an idiom is no target for its head alone: the snowman of `pihalla kuin lumiukko`
            # ends in `ukko` (the customer of `😂 asiakas luuli` stays one).
            outside = [] if phrase is None else [
                (t, lemma) for t, lemma in targets
                if t.text.lower() == lemma or lemma in doc.lemmas(t) or not any(a <= t.start < b for a, b in phrases)]
            if phrase is not None and outside:
                target, lemma = min(outside, key=lambda pair: abs(pair[0].start - phrase[0]))
                start, end = min(target.start, phrase[0]), max(target.end, phrase[1])
                yield Match(start, end, {"target": lemma, "judgement": doc.text[phrase[0]:phrase[1]]})
                continue
            for token in words:
                judgement = self._judgement(doc, token)
                if judgement is None or self._negated(doc, token, sentence_start) or \
                        self._told_of_self(doc, token, sentence_start) or self._pitied(doc, judgement, sentence):
                    continue
                if self.reported_after and reported_quote(doc, token.start, token.end, self.reported_after):
                    continue  # someone else's words, reported
                if self._modifies_a_thing(doc, token) and not self._predicate(doc, token, sentence_start) \
                        and not self._of_looks(doc, token):
                    continue
                near = [(t, lemma) for t, lemma in targets
                        if t is not token and abs(t.index - token.index) <= self.window]
                if near and self._is_verb(doc, token):
                    near = [(t, lemma) for t, lemma in near if self._subject_of(doc, t, token)]
                if near and judgement in self.figurative:
                    near = [(t, lemma) for t, lemma in near if not self._acts_on(doc, token, judgement, t)
                            and not self._does_to(doc, t, token)]
                if not near:
                    continue
                target, lemma = min(near, key=lambda pair: abs(pair[0].index - token.index))
                start, end = min(target.start, token.start), max(target.end, token.end)
                yield Match(start, end, {"target": lemma, "judgement": judgement})
                break  # one finding a clause is enough
