"""`private_matters`: someone else's private matters told by relation or description, not by name.

"Naapurini joutui ulosottoon", "kaverin äiti sai häätöpäätöksen", "yks asiakas kertoi et sen mies istuu linnassa",
"min granne har skulder": no name, yet everyone who knows the writer knows who is meant. A finding needs
- a person told by relation (a neighbour, friend, colleague: `relation`), someone else's relative in a chain
  ("naapurin mummo", "siskon poikaystävä", "grannens son", "my friend's dad"), or one particular customer or
  person as `customer_context` reads them ("eräs mummo", "yks asiakas", "en kund", "kylän ainoa lääkäri");
- a private matter (`health`, `private_matter`: debt, enforcement, eviction, divorce, prison, addiction,
  unemployment, child protection) in the same sentence, or in the next one when that sentence points back at the
  person with a third-person word ("Naapurini on ollut poissa. Sillä on syöpä.").
Not findings: the writer's own matters ("olin itse sairauslomalla": a first-person word right before the
matter), general advice (a conditional, a quantifier, a plural or the reader's "naapurisi"), a matter asked about
("kysyi ulosotosta"), and the writer's own parents ("äitini", "mun mummo"), which the story rule treats as theirs.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import regex

from pelisaannot.checks.base import Check, Match, PackContext
from pelisaannot.checks.context import cue_hits, may_hold_phrase, phrase_re, vocabulary, words
from pelisaannot.checks.customer_context import ContextWords, all_heads, customer_context, heads
from pelisaannot.checks.customer_story import STORY_SPANS
from pelisaannot.document import Document, Span, Token
from pelisaannot.finnish.features import features
from pelisaannot.finnish.names import find_names
from pelisaannot.localised import Text

DETAILS = Text("{who}: {what}", "{who}: {what}", "{who}: {what}")
# Punctuation that ends a clause: a first-person word before it owns nothing after it.
CLAUSE_END_RE = regex.compile(r"[,;:()\-–—]")
# The furthest sentence after the person's that a matter may be in, when every sentence between points back.
CHAIN_SENTENCES = 3
ENGLISH_PLURAL_RE = regex.compile(r"(?:s|s'|'s)$")
# Marks an emoji may carry that do not change who it shows: skin tones and the presentation selector.
EMOJI_MARKS_RE = regex.compile(r"[\p{Emoji_Modifier}\uFE0F]")


@dataclass(frozen=True, slots=True)
class Person:
    """A person of the post told without a name: the words that say who, and the sentence they are in."""

    start: int
    end: int
    text: str
    sentence: int
    named: bool = False  # a first name alone (`_first_names`)


class PrivateMattersCheck(Check):
    kind = "private_matters"
    needs = frozenset({"lemmas"})
    placeholders = frozenset({"details"})

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        vocab = vocabulary(params, pack)
        self.relation = words(vocab, "relation", params.get("relation_words"))
        self.health = words(vocab, "health")
        self.kinship = words(vocab, "kinship")
        # a death told of someone (`death`) is their family's matter; not of a first name alone (a pet, a celebrity)
        self.death = words(vocab, "death")
        self.matters = (words(vocab, "private_matter", params.get("matter_words")) | self.health | self.death) - words(
            vocab, "mild")
        # whom a death is told of: a neighbour, a friend, a colleague, a customer (`naapurin isäntä`, `eräs asiakas`)
        self.death_people = frozenset(w for w in self.relation | words(vocab, "customer") if " " not in w)
        # a benefit is private when it is a third person's own ("sen asumistuki", "her pension"), not in general
        self.benefit = words(vocab, "benefit") - words(vocab, "benefit_general") - self.matters
        self.cause = words(vocab, "cause")
        self.public = words(vocab, "public_activity")
        self.relatives = words(vocab, "relatives") | self.kinship
        self.persons = words(vocab, "person") | self.relatives | words(vocab, "next_of_kin")
        self.owner = words(vocab, "owner")
        self.asking = words(vocab, "asking")
        self.own = words(vocab, "first_person") | words(vocab, "our") | words(vocab, "own_matter")
        self.second = words(vocab, "second_person")
        self.our = words(vocab, "our")
        # advice ("jos"), a worked example, and congratulations ("onnea uudesta työstä, työttömyys ohi")
        self.general = words(vocab, "conditionals") | words(vocab, "examples") | words(vocab, "congratulations")
        self.quantifiers = words(vocab, "quantifiers")
        self.advice = words(vocab, "advice")
        self.relation_words = frozenset(w for w in self.relation if " " not in w)
        self.matter_words = frozenset(w for w in self.matters if " " not in w)
        self.living_matter_words = self.matter_words - self.death
        self.benefit_words = frozenset(w for w in self.benefit if " " not in w)
        self.context_words = ContextWords.from_params(params, pack)
        self.follow = params.get("follow_sentences", 1)
        # person emoji ("👵 mummo tant granny"): the emoji is the person of a told story ("kassalla 👩‍🦳 joka...")
        self.person_emoji = frozenset(e.split()[0] for e in vocab.get("person_emoji", ()) if e.split())

    def run(self, doc: Document) -> Iterator[Match]:
        present = all_heads(doc)
        lower = doc.text.lower()
        # the phrase pattern only where the shared phrase gate says one may occur (one automaton pass a post)
        matter_re = phrase_re(self.matters) if may_hold_phrase(doc, self.matters) else None
        # Prefilter: most posts tell no private matter at all; then no word needs a closer look.
        # A death word counts only with someone it can be told of (`naapurin isäntä kuoli`).
        if (present.isdisjoint(self.living_matter_words) and present.isdisjoint(self.benefit_words)
                and (present.isdisjoint(self.death) or present.isdisjoint(self.death_people))
                and not (matter_re and matter_re.search(lower))):
            return
        matters = self._matters(doc, lower, matter_re)
        if not matters:
            return
        if present.isdisjoint(self.death_people) and all(self._death_only(doc, span) for span, _ in matters):
            return  # a death told of no neighbour, friend or relative: history, news or a pet (no people looked for)
        people = self._people(doc, present, lower)
        if not people:
            return
        sentences = doc.sentences
        done: set[int] = set()
        told = doc.__dict__.get(STORY_SPANS, ())  # what the more specific customer_story rules found before
        for person in people:
            if person.sentence in done:
                continue
            for span, word in matters:
                if span[0] < person.end and person.start < span[1]:
                    continue  # "työttömien": the person word is no matter of its own
                if person.named and self._death_only(doc, span):
                    continue
                i = doc.sentence_index(span[0])
                if i < person.sentence or i > person.sentence + CHAIN_SENTENCES:
                    continue
                if i > person.sentence and not self._points_back(doc, sentences[i], span):
                    continue
                if i > person.sentence + self.follow and not all(
                        self._points_back(doc, sentences[j], (sentences[j].end, sentences[j].end))
                        for j in range(person.sentence + 1, i)):
                    continue  # further on, every sentence between must still speak of the person ("Hän... Nyt hänellä")
                if i == person.sentence and span[0] < person.start and not self._matter_first(doc, span, person):
                    continue
                done.add(person.sentence)
                start, end = min(person.start, span[0]), max(person.end, span[1])
                if any(a < end and start < b for a, b in told):
                    break  # a customer story or a colleague's health (FI-CD-008, FI-CD-012) already tells it
                details = DETAILS.fill(who=person.text, what=word)
                yield Match(start, end, {"details": details, "details_spans": [
                    [doc.to_original(span[0]), doc.to_original(span[1]), "[yksityisasia]"]],
                    "special_category": bool(heads_of(doc, span) & self.health)})
                break

    # -- matters ------------------------------------------------------------------------------------------------

    def _death_only(self, doc: Document, span: tuple[int, int]) -> bool:
        """The matter is a death word (`death`) and nothing else: `kuoli`, not `kuoli syöpään` nor `rahat lopussa`."""
        found = heads_of(doc, span) & self.matters
        return bool(found) and found <= self.death

    def _matters(self, doc: Document, lower: str, matter_re: regex.Pattern[str] | None) -> list[tuple[tuple[int, int],
                                                                                                      str]]:
        """The private matters of the post that are not the writer's own nor a topic asked about."""
        found: list[tuple[tuple[int, int], str]] = []
        words = doc.words
        for k, token in enumerate(words):
            found_heads = heads(doc, token)
            if found_heads & self.matter_words or (found_heads & self.benefit_words and self._owned(doc, words, k)):
                found.append(((token.start, token.end), token.text))
        if matter_re is not None:
            for m in matter_re.finditer(lower):
                found.append(((m.start(), m.end()), doc.text[m.start():m.end()]))
        return [f for f in sorted(found) if not self._own_or_topic(doc, f[0])]

    def _owned(self, doc: Document, words: list[Token], k: int) -> bool:
        """A benefit is a third person's own: a third-person suffix ("asumistukensa") or owner word among the two
        words before it ("sen eläke", "hänen toimeentulotukensa", "her pension", "hans bostadsbidrag")."""
        token = words[k]
        if "possessive:3" in features(token.text):
            return True
        return any(w.text.lower() in self.owner for w in words[max(0, k - 2):k]
                   if doc.sentence_index(w.start) == doc.sentence_index(token.start))

    def _own_or_topic(self, doc: Document, span: tuple[int, int]) -> bool:
        """The matter is the writer's ("olin sairaalassa", "velkani", "I was in debt"), the reader's ("sun
        velat"), general advice ("jos velkaa on...") or a topic ("kysyi ulosotosta", "asked about debt")."""
        sentence = doc.sentence_of(span[0])
        tokens = doc.words_between(sentence.start, sentence.end)
        if any(t.text.lower() in self.general for t in tokens) or cue_hits(doc, sentence.start, sentence.end,
                                                                           self.public):
            return True  # "jos velkaa on...": advice; "onnea...": a wish; "kertoi webinaarissa": a public topic
        at = next((k for k, t in enumerate(tokens) if t.end > span[0]), len(tokens))
        matter = tokens[at] if at < len(tokens) else None
        if matter is not None and any(f.startswith(("possessive:1", "possessive:2")) for f in features(matter.text)):
            return True
        following = [t for t in tokens[at:] if t.start >= span[1]][:2]
        if following and heads(doc, following[0]) & self.cause:
            return True  # "syöpää vastaan", "against cancer", "ulosoton uudistus": a cause or a reform
        if any(t.text.lower() in self.advice and doc.token_langs[t.index] == "fi" for t in following):
            return True  # "toimeentulotuen voi hakea verkossa": what anyone may do (Swedish "kan" tells a fact)
        before = [t for t in tokens[max(0, at - 3):at] if not CLAUSE_END_RE.search(doc.text, t.end, span[0])]
        for k, t in enumerate(before):
            word = t.text.lower()
            if word == "i" and doc.token_langs[t.index] != "en":
                continue  # Swedish "i" (in): "sitter i fängelse"; chat English writes "I" as "i"
            if word in self.own or word in self.second:
                after = before[k + 1] if k + 1 < len(before) else matter
                if after is not None and heads(doc, after) & (self.relation_words | self.persons):
                    continue  # "min kompis blev vräkt", "mun naapuri": the possessive of the person, not the owner
                if any(w.text.lower() in self.owner for w in before[k + 1:]):
                    continue  # "told me her pension was cut", "kerto mulle et sen velat": a third person's own
                return True
            if heads(doc, t) & self.asking:
                return True
        return False

    # -- people ------------------------------------------------------------------------------------------------

    def _people(self, doc: Document, present: frozenset[str], lower: str) -> list[Person]:
        """People told by relation, as someone else's relative, or as one particular customer or person."""
        out: list[Person] = []
        # a chain may start from a relation, a relative or a role ("kunnanjohtajan vaimo", "the vicar's son")
        starts = self.relation_words | self.relatives | self.context_words.occupation
        if not present.isdisjoint(starts):
            for token in doc.words:
                found = heads(doc, token)
                if found & self.relation_words and self._one_known(doc, token):
                    out.append(self._person(doc, token.start, token.end))
                elif found & starts and (other := self._relative_of(doc, token)):
                    out.append(self._person(doc, token.start, other.end))
                elif found & self.context_words.occupation and self._ours(doc, token):
                    out.append(self._person(doc, token.start, token.end))
        pattern = phrase_re(self.relation)
        if pattern is not None:
            for m in pattern.finditer(lower):
                out.append(self._person(doc, m.start(), m.end()))
        ctx = customer_context(doc, self.context_words)
        if not present.isdisjoint(self.context_words.unique | self.context_words.small_place):
            # "kylän ainoa kampaaja on konkurssissa": a role one of a kind in a small place, told in any tense
            out += [self._person(doc, t.start, t.end) for t in doc.words
                    if heads(doc, t) & self.context_words.reference_keys and "plural" not in features(t.text)
                    and ctx.one_of_a_kind(t)]
        for ref in ctx.references:
            if "plural" in features(ref.token.text) or ref.plural:
                continue  # "tälle työttömien palstalle": a group
            if ref.specific or ctx.one_of_a_kind(ref.token):
                out.append(self._person(doc, ref.token.start, ref.token.end))
        out += self._first_names(doc)
        if self.person_emoji:
            out += [self._person(doc, e.start, e.end) for e in doc.emoji
                    if EMOJI_MARKS_RE.sub("", e.text) in self.person_emoji]
        return sorted(out, key=lambda p: p.start)

    def _first_names(self, doc: Document) -> list[Person]:
        """A first name alone ("Marjan kanssa", "Kalle sitter"): someone the writer knows, as a full name in the
        news is not; not a name beside another capitalised word ("Pekka Virtanen", "ministeri Saarikko")."""
        out: list[Person] = []
        found = [t for name in find_names(doc) if " " not in name.text and "-" not in name.text
                 and len(tokens := doc.words_between(name.start, name.end)) == 1 for t in tokens]
        seen = {t.index for t in found}
        # a first name that is also a noun ("Ritva", "Tuuli"): find_names keeps it only beside a customer word, yet
        # with a private matter told of it, it is a person
        found += [t for t in doc.words if t.index not in seen and t.text[:1].isupper() and self._noun_name(doc, t)]
        for token in sorted(found, key=lambda t: t.index):
            if not any(a.wordclass == "etunimi" for a in doc.analyses[token.index]):
                continue
            if not token.text[:1].isupper():
                continue  # "sossu erkki": a nickname of a kind, not one person's name
            near = [t for t in (*doc.tokens[max(0, token.index - 2):token.index],
                                *doc.tokens[token.index + 1:token.index + 3]) if t.text.strip()]
            if any(t.text[:1].isupper() and not doc.is_sentence_start(t) for t in near):
                continue
            out.append(Person(token.start, token.end, token.text, doc.sentence_index(token.start), named=True))
        return out

    @staticmethod
    def _noun_name(doc: Document, token: Token) -> bool:
        """A first name that is otherwise only a noun in the nominative ("Ritva soitti", "Tuuli sai"): not a word
        in a case ("Ilman", "Monilla") nor another word class ("Milloin", "Anna")."""
        analyses = doc.analyses[token.index]
        return any(a.wordclass == "etunimi" for a in analyses) and all(
            a.wordclass == "etunimi" or (a.wordclass == "nimisana" and a.baseform.lower() == token.text.lower())
            for a in analyses)

    def _person(self, doc: Document, start: int, end: int) -> Person:
        return Person(start, end, doc.text[start:end], doc.sentence_index(start))

    def _one_known(self, doc: Document, token: Token) -> bool:
        """One neighbour or friend of the writer's, not neighbours in general ("naapurit", "moni naapuri"), the
        reader's ("naapurisi", "your neighbour") nor someone's relative's neighbour in a chain (read there)."""
        text = token.text.lower()
        feats = features(text)
        lang = doc.token_langs[token.index]
        if "plural" in feats or any(f.startswith("possessive:2") for f in feats):
            return False
        if lang == "en" and ENGLISH_PLURAL_RE.search(text) and text not in self.relation_words:
            return False
        if lang == "sv" and text.endswith(("ar", "er", "arna", "erna", "na")) and text not in self.relation_words:
            return False
        following = next((t for t in doc.tokens[token.index + 1:token.index + 3] if t.text.strip()), None)
        if following is not None and any(a.wordclass == "laatusana" for a in doc.analyses[token.index]) and any(
                a.wordclass == "nimisana" for a in doc.analyses[following.index]):
            return False  # "tuttu juttu", "tuttu ongelma": an adjective before its noun, not a person
        before = doc.words_between(max(0, token.start - 24), token.start)[-2:]
        if any(t.text.lower() in self.second or heads(doc, t) & self.quantifiers for t in before):
            return False
        # a genitive ("naapurin", "grannens", "friend's") is the first word of a chain, read by _relative_of
        return not self._genitive(doc, token)

    def _ours(self, doc: Document, token: Token) -> bool:
        """A job of the writer's community right after "our" ("meidän postinkantaja", "vår präst", "our
        postman"): the one person who does it there, known to every reader from the place."""
        if "plural" in features(token.text):
            return False
        before = doc.tokens[max(0, token.index - 2):token.index]
        words = [t for t in before if t.text.strip()]
        return bool(words) and words[-1].text.lower() in self.our

    def _genitive(self, doc: Document, token: Token) -> bool:
        text = token.text.lower()
        if text.endswith(("'s", "’s")):
            return True
        if (doc.token_langs[token.index] == "fi" and not doc.analyses[token.index] and text.endswith("n")
                and text[:-1] in self.relation_words):
            return True  # spoken "frendin", "kamun": a genitive Voikko does not know
        lemmas = doc.lemmas(token) - {text}
        if doc.token_langs[token.index] == "sv":
            return text.endswith("s") and any(text in (b + "s", b + "ns", b + "ens") for b in lemmas)
        return (doc.token_langs[token.index] == "fi" and text.endswith("n") and bool(lemmas)
                and not any(f.startswith("possessive") for f in features(text)))

    def _relative_of(self, doc: Document, token: Token) -> Token | None:
        """The person word right after a genitive relation, relative or role ("naapurin mummo", "siskon
        poikaystävä", "grannens son", "my friend's dad", "kirkkoherran poika"); not the writer's parents' chain
        ("äidin sisko" is the writer's aunt)."""
        if not self._genitive(doc, token) or heads(doc, token) & (self.kinship - self.relation_words):
            return None
        after = next((t for t in doc.tokens[token.index + 1:token.index + 3] if t.text.strip()), None)
        if after is None or not heads(doc, after) & self.persons:
            return None
        return after  # "naapurin lapset" too: one household

    def _points_back(self, doc: Document, sentence: Span, span: tuple[int, int]) -> bool:
        """A matter in a sentence after the person's is theirs when a third-person word before it points back
        ("Sillä on syöpä", "Hon har skulder") or the matter has a third-person suffix ("asumistukensa")."""
        return any(t.text.lower() in self.owner or any(f.startswith("possessive:3") for f in features(t.text))
                   for t in doc.words_between(sentence.start, span[1]))

    def _matter_first(self, doc: Document, span: tuple[int, int], person: Person) -> bool:
        """A matter before the person in one sentence is theirs when the person owns it ("velkaa on naapurillani")
        or it is close: at most four words between."""
        return len(doc.words_between(span[1], person.start)) <= 4


def heads_of(doc: Document, span: tuple[int, int]) -> frozenset[str]:
    """The heads of the words in a span."""
    out: set[str] = set()
    for t in doc.words_between(*span):
        out |= heads(doc, t)
    return frozenset(out)

