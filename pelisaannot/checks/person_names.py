"""`person_names`: a person's name where the draft speaks of a customer.

Names come from Voikko's name classes and the DVV gazetteer (`finnish/names.py`) and, where those cannot
decide, from spaCy's Finnish NER (`finnish/ner.py`). A name is reported only in a customer context: in a
sentence that refers to a customer (asiakas, hakija, potilas, "eräs nainen", in any form), in the sentence
right after one that points at one customer, or in a sentence with a person's phone number, e-mail address or
identity code, or in the genitive before a benefit matter ("Virtasen hakemus"). A name nearer a colleague or
public role (kollega, kiitos, ministeri, professori, toimitusjohtaja...) than a customer word is not a
customer and is left alone, as are names beside plural, general references ("asiakkaat voivat...").

The NER model runs only on sentences in a customer context that hold a capitalised word Voikko does not know
as an ordinary word: elsewhere it cannot change the result, and the default policy stays fast.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import regex

from pelisaannot.checks.base import Check, Match, PackContext
from pelisaannot.checks.context import cue_hits, may_hold_phrase, phrase_re, vocabulary, words
from pelisaannot.checks.customer_context import (
    ContextWords,
    CustomerContext,
    Reference,
    clipped_place,
    compound_flags,
    compound_of,
    customer_context,
    heads,
)
from pelisaannot.checks.identifier import OBFUSCATED_EMAIL_RE, TYPES, IdentifierCheck, may_hold_obfuscated_email
from pelisaannot.document import Document, Span, Token, WordMemos, _has_letter
from pelisaannot.finnish import ner
from pelisaannot.finnish.features import features
from pelisaannot.finnish.names import Name, classify, eponym, find_names, labels_of, particles_and_surname
from pelisaannot.languages.lemmas import is_known

CONTACT_TYPES = ("phone", "email", "henkilotunnus", "address")
RESIDENTIAL_RE = regex.compile(r"\d\s?[A-Ha-h]\s?\d|\sas\.?\s?\d")  # staircase and flat: "3 A 4", "7 as. 2"
PLACE_PREPOSITION_RE = regex.compile(r"(?:^|\s)(?:from|in|at|of|i|från|på)\s$", regex.IGNORECASE)
APPOSITION_GAP_RE = regex.compile(r"\s*,\s*")  # "kund, maria, ringde": the name set off by commas
APPOSITION_END_RE = regex.compile(r"\s*(?:,|$|\n)")
INNER_LOCAL_CASES = ("ssa", "ssä", "sta", "stä")  # inessive and elative: in and from a place
OUTER_LOCAL_CASES = ("lla", "llä", "lta", "ltä", "lle")  # adessive, ablative, allative: "Posiolla", "Utsjoelle"
#: A capitalised word read only as these (or not at all) is one the NER model may be asked about (`_undecided`).
UNDECIDED_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi"})
COORDINATION_RE = regex.compile(r"\s*(?:,|\s(?:ja|sekä|och|samt|and|&)\s)\s*", regex.IGNORECASE)


#: Per inspection word list, whether a word (text, language, analyser) is one of them: asked of every word.
_INSPECTION_MEMOS = WordMemos(16)


def _paragraph(text: str, offset: int) -> tuple[int, int]:
    """The paragraph (text between blank lines) around an offset."""
    start = text.rfind("\n\n", 0, offset)
    end = text.find("\n\n", offset)
    return (0 if start < 0 else start + 2), (len(text) if end < 0 else end)


# A credit line before a name: the photographer or writer ("Kuva: Juha Metso / Kela").
CREDIT_RE = regex.compile(r"(?:kuva|kuvaaja|kuvat|teksti|photo|foto|bild|text|credit|kirjoittaja)\s*[:|/–-]\s*$",
                          regex.IGNORECASE)


# An age right beside a name ("Eeva (88)", "Elsa, 91,", "Pentti 78v", "96-vuotias Aili"): a person's details, not
# a colleague thanked; beside a benefit matter the name is the customer's.
AGE_AFTER_RE = regex.compile(
    r"\s?(?:\(\s?\d{1,3}\s?(?:v\.?|vuotta|år|years?)?\s?\)|,\s?\d{1,3}(?:\s?(?:v\.?|vee|år|vuotta|years))?\s?,"
    r"|\s\d{1,3}\s?(?:v|vee|år|-?vuotias)(?!\p{L}))")
AGE_BEFORE_RE = regex.compile(r"\d{1,3}\s?-?\s?(?:vuotia\p{L}*|v|year-old|åri\p{L}*)\s$", regex.IGNORECASE)


def _sentence_span(doc: Document, offset: int) -> tuple[int, int]:
    sentence = doc.sentence_of(offset)
    return sentence.start, sentence.end


#: Words that say what a queue screen or list shows ("jonotusnäytössä luki", "listalla oli", "syntes på skärmen").
SHOWN_LEMMAS = frozenset({"näkyä", "lukea", "olla", "syns", "stod", "står", "var", "showed", "said", "was"})
TICKET_AFTER_RE = regex.compile(r"[\s,:-]{1,3}(?:nro\s?|n:o\s?|#)?\d{1,4}(?!\p{L})")


def _on_queue(doc: Document, name: Name, queue_words: list[Token]) -> bool:
    """The name is what a queue screen or list shows: written with its ticket number ("Virtanen Matti 14"), or
    right after the screen word, at most three words on, with a word of showing or a colon between."""
    if TICKET_AFTER_RE.match(doc.text, name.end):
        return True
    for q in queue_words:
        if q.end > name.start or doc.sentence_of(q.start) is not doc.sentence_of(name.start):
            continue
        between = doc.words_between(q.end, name.start)
        if len(between) <= 1 or (len(between) <= 3 and (
                ":" in doc.text[q.end:name.start] or any(doc.lemmas(t) & SHOWN_LEMMAS for t in between))):
            return True
    return False


def _aged(text: str, name: Name) -> bool:
    return bool(AGE_AFTER_RE.match(text, name.end) or AGE_BEFORE_RE.search(text, max(0, name.start - 16), name.start))


class PersonNamesCheck(Check):
    kind = "person_names"
    needs = frozenset({"lemmas", "names"})
    placeholders = frozenset({"name"})

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        self.use_ner = params.get("ner", True)
        self.window = params.get("window", 4)
        vocab = vocabulary(params, pack)
        self.colleague_words = words(vocab, "colleague", params.get("colleague_words"))
        self.matter_words = words(vocab, "matter")
        # A visit told with a name ("Eilen soitti Pertti. Sen tuet loppu."): the visit verbs, and the matters that
        # make the visitor a customer (benefits, debts and health in everyday words too).
        self.visit = words(vocab, "visit")
        self.greeting = words(vocab, "greeting")
        self.public_activity = words(vocab, "public_activity")
        self.visit_matters = self.matter_words | words(vocab, "benefit") | words(vocab, "health")
        self.inspection = words(vocab, "inspection")
        # A queue screen or an appointment list ("jonotusnäytössä luki..."): the names written on it are customers'.
        self.queue = words(vocab, "queue")
        self.inspectors = words(vocab, "colleague_self") | words(vocab, "inspector")
        self.decision = words(vocab, "decision")
        self.congratulations = words(vocab, "congratulations")
        self.quote_cues = words(vocab, "quote_cues")
        self.thanks = words(vocab, "thanks")
        self.not_names = words(vocab, "not_names")
        self.eponym_heads = words(vocab, "eponym_heads")
        self.dwelling = words(vocab, "dwelling")
        self.context_words = ContextWords.from_params(params, pack)
        # Public figures never reported (rule `allow` plus the pack's or configuration's `allow_names`),
        # each as a set of words so that inflected and partial mentions ("Marinin") match too.
        allowed = [*params.get("allow", []), *pack.settings.get("allow_names", [])]
        self.allow = frozenset(a.lower() for a in allowed)
        self.allow_words = [frozenset(a.lower().split()) for a in allowed]
        self.identifiers = IdentifierCheck({"types": list(CONTACT_TYPES),
                                            **({"vocabulary": params["vocabulary"]} if "vocabulary" in params else {})},
                                           pack)
        # No @, no run of digits and no staircase-and-flat: no contact data, and the finders are skipped.
        self.contact = regex.compile(r"@|\d(?:[\s().-]?\d){5}|\d\s?[A-Ha-h]\s?\d")

    def _allowed(self, doc: Document, text: str, tokens: list[Token]) -> bool:
        """An allowlisted name, in any inflected form: every word of the name belongs to one allowed entry."""
        if text.lower() in self.allow:
            return True
        if not tokens or not self.allow_words:
            return False
        forms = [doc.lemmas(t) | {t.text.lower()} for t in tokens]
        return any(all(f & entry for f in forms) for entry in self.allow_words)

    def _context(self, doc: Document) -> CustomerContext:
        return customer_context(doc, self.context_words)

    def _may_name(self, doc: Document) -> bool:
        """Whether any word of the post can become a reported name (a superset, read from the per-word name labels
        a batch knows already): a word `find_names` can start a name from (a sure name, a capitalised name word,
        two name words side by side), a lower-case name set off by commas (`_appositions`), a capitalised word
        Voikko does not know right after a customer word (a nickname, `_appositions`) or right before a name word
        (a surname `find_names` adds), and with the NER model any capitalised word the model may be asked about
        (`_undecided`). Most posts have none: the customer context, contact data, visits and inspections are then
        not looked for."""
        labels = labels_of(doc, self.not_names)
        tokens, text = doc.tokens, doc.text
        for i in itertools.compress(range(len(labels)), labels):
            token = tokens[i]
            if labels[i] == "strong" or token.text[:1].isupper() or (i and labels[i - 1]):
                return True
            if i and APPOSITION_GAP_RE.fullmatch(text, tokens[i - 1].end, token.start) and APPOSITION_END_RE.match(
                    text, token.end):
                return True
        analyses = doc.analyses
        customer = self.context_words.customer
        ner_on: bool | None = None  # asked once, and only when a capitalised word could go to the model
        for t in doc.words:
            if not t.text[:1].isupper():
                continue
            classes = {a.wordclass for a in analyses[t.index]}
            if not classes:
                i = t.index
                if i + 1 < len(tokens) and labels[i + 1] and text[t.end:tokens[i + 1].start] == " ":
                    return True
                if i and text[tokens[i - 1].end:t.start] == " " and heads(doc, tokens[i - 1]) & customer:
                    return True
            if classes <= UNDECIDED_CLASSES:  # the empty set too
                if ner_on is None:
                    ner_on = self.use_ner and ner.enabled()
                if ner_on:
                    return True
        return False

    def run(self, doc: Document) -> Iterator[Match]:
        if not self._may_name(doc):
            return  # no word that could be a name: nothing to report, whoever the post speaks of
        ctx = self._context(doc)
        by_sentence = ctx.sentences_with_reference()
        contacts = self._contact_sentences(doc, ctx)
        flags = compound_flags(doc, self.matter_words)
        tokens = doc.tokens
        # Only the flagged words (most posts have none) are looked at closer: a pass in C, not one per word.
        matters = {i for i in itertools.compress(range(len(flags)), flags)
                   if _has_letter(tokens[i].text) and self._matter(doc, tokens[i])} if any(flags) else set()
        visits = self._visits(doc, ctx)
        inspected_any = self._inspected(doc, ctx)
        queue_words = [tokens[i] for i in itertools.compress(range(len(tokens)), compound_flags(doc, self.queue))]
        queues = {ctx.sentence_index(t.start) for t in queue_words}
        if not by_sentence and not contacts and not matters and not visits and not inspected_any and not queues:
            return  # the fast path: no customer, contact data or benefit matter in the draft, no name to report
        scope: dict[int, list[Reference]] = {i: [] for i in contacts}
        for i, refs in by_sentence.items():
            refs = [r for r in refs if r.specific or not r.plural]
            if not refs or ctx.example(i):  # a made-up person in a worked example is nobody's data
                continue
            scope.setdefault(i, []).extend(refs)
            if any(r.specific for r in refs) and i + 1 < len(doc.sentences):
                scope.setdefault(i + 1, [])
        # Sentences with a benefit matter, and the sentences beside them (a name in one sentence, the matter in the
        # next): there, a name that is surely a name, or the matter's owner ("Virtasen hakemus"), is a customer's.
        # An inspection or audit ("verotarkastus", "revision", "audit"): the person in its sentence is inspected.
        inspected = {i for i in inspected_any if i not in scope and not ctx.example(i)}
        visit_only = {i: offsets for i, offsets in visits.items() if i not in scope}
        scope.update({i: [] for i in visit_only})
        scope.update({i: [] for i in inspected})
        near = {j for i in matters for j in (lambda k: (k - 1, k, k + 1))(ctx.sentence_index(doc.tokens[i].start))}
        matter_only = {j for j in near if 0 <= j < len(doc.sentences) and not ctx.example(j)} - set(scope)
        queue_only = {i for i in queues if not ctx.example(i)} - set(scope) - matter_only
        matter_only |= queue_only  # sure names only, as beside a matter
        scope.update({i: [] for i in matter_only})
        if not scope:
            return
        names = [n for n in find_names(doc, self.not_names, self.eponym_heads) if ctx.sentence_index(n.start) in scope]
        names += self._appositions(doc, [r.token for refs in scope.values() for r in refs], names)
        if self.use_ner:
            names += self._ner_names(doc, ctx, {i: r for i, r in scope.items() if i not in matter_only}, names)
        refs_tokens = {r.token.index for refs in scope.values() for r in refs}
        # A job ad or welcome post ("haemme", "tervetuloa", "vi söker"): its names are colleagues, unless the
        # sentence speaks of a customer.
        work = "work" in self.identifiers.genres(doc)
        hidden = [m.span() for m in OBFUSCATED_EMAIL_RE.finditer(doc.text)] if (
            "at" in doc.text and may_hold_obfuscated_email(doc)) else []
        exempt_end = -1
        for name in sorted(names, key=lambda n: n.start):
            if exempt_end >= 0 and COORDINATION_RE.fullmatch(doc.text, exempt_end, name.start):
                exempt_end = name.end
                continue  # "kollega Liisa Mäkelä ja Pekka Virtanen": the role covers both
            tokens = doc.words_between(name.start, name.end)
            if self._allowed(doc, name.text, tokens) or any(s <= name.start < e for s, e in hidden):
                continue  # allowed, or part of an e-mail address ("pekka.virtanen(at)gmail.com")
            if any(t.index in refs_tokens for t in tokens):
                # "Asiakas" itself is no name; "Mattilan ukko" leaves "Mattilan", which is
                tokens = [t for t in tokens if t.index not in refs_tokens]
                if not tokens:
                    continue
                name = Name(tokens[0].start, tokens[-1].end, doc.text[tokens[0].start:tokens[-1].end], name.strong)
            if (len(tokens) == 1 and PLACE_PREPOSITION_RE.search(doc.text, max(0, name.start - 6), name.start)
                    and (any(a.wordclass == "paikannimi" for a in doc.analyses[tokens[0].index])
                         or (not name.strong and not doc.analyses[tokens[0].index]
                             and doc.lang_of(name.start) != "fi"))):
                continue  # "from Inari", "i Närpes": a place that is also a first name; "från Karlö": the model's
                # guess at a word nobody knows, after a place preposition in a Swedish or English sentence
            if (len(tokens) == 1 and tokens[0].text.lower().endswith(INNER_LOCAL_CASES)
                    and any(a.wordclass in ("paikannimi", "nimisana") for a in doc.analyses[tokens[0].index])):
                continue  # "Kalliosta", "Lahdessa": a place in a local case, not a person ("Virtaselta" is)
            if len(tokens) == 1 and self._dwelt_in(doc, tokens[0]):
                continue  # "asuu Posiolla", "muutti Utsjoelle": a town after a verb of living or moving
            if len(tokens) == 1 and clipped_place(doc, tokens[0]):
                continue  # "Kiteel", "Kuhmost": a town in a clipped spoken case
            if ctx.sentence_index(name.start) in queue_only and not _on_queue(doc, name, queue_words):
                continue  # "Jonotusnäytön suunnitteli muotoilija X": the name is not what the screen shows
            offsets = visit_only.get(ctx.sentence_index(name.start))
            if offsets and not any(len(doc.words_between(min(o, name.start), max(o, name.start))) <= 4
                                   for o in offsets):  # within four words
                continue  # a visit told in the sentence, but the name stands apart from it (not the visitor)
            roles = self.inspectors if ctx.sentence_index(name.start) in inspected else None
            aged = _aged(doc.text, name)
            if self._colleague(doc, name, tokens, refs_tokens, roles, aged) or (
                    work and not any(r.lemma in self.context_words.customer
                                     for r in by_sentence.get(ctx.sentence_index(name.start), []))):
                exempt_end = name.end
                continue
            if ctx.sentence_index(name.start) in matter_only and not (
                    name.strong or aged or self._owner(doc, tokens, matters)):
                continue
            if ctx.sentence_index(name.start) in matter_only and not self._owner(doc, tokens, matters) and (
                    self._public(doc, name)):
                continue  # "Sanna Marin puhui tv:ssä eläkkeistä": a public figure speaking in public of a topic
            if ctx.sentence_index(name.start) in matter_only and self._greeted(doc, name):
                continue  # "Hej Jonna! Din presentation om...": the reader greeted; FI-CD-009 reads replies
            if ctx.sentence_index(name.start) in matter_only and self._congratulated(doc, name):
                continue  # "Kollega jäi eläkkeelle, onnea Pirjo!": a colleague congratulated on retiring
            yield Match(name.start, name.end, {"name": name.text, "placeholder": "[nimi]"})

    def _dwelt_in(self, doc: Document, token: Token) -> bool:
        """A word Voikko knows only as a place, in an outer local case, right after a verb of living or moving."""
        analyses = doc.analyses[token.index]
        if not analyses or any(a.wordclass != "paikannimi" for a in analyses):
            return False
        if not token.text.lower().endswith(OUTER_LOCAL_CASES) or token.index == 0:
            return False
        before = next((t for t in reversed(doc.tokens[max(0, token.index - 3):token.index]) if _has_letter(t.text)),
                      None)
        return before is not None and bool(doc.lemmas(before) & self.dwelling)

    def _appositions(self, doc: Document, refs: list[Token], names: list[Name]) -> list[Name]:
        """A lower-case first name set off right after a customer word ("en kund, maria, ringde", "a customer,
        pekka, called"; "kunden pekka" for a word that is only a name): informal writers drop capitals, and
        find_names reads a lower-case name in a Swedish or English sentence as a word of that language."""
        taken = {n.start for n in names}
        found = []
        for ref in refs:
            nxt = doc.tokens[ref.index + 1] if ref.index + 1 < len(doc.tokens) else None
            if nxt is None or nxt.start in taken or nxt.text.lower() in self.not_names:
                continue
            if (nxt.text[:1].isupper() and nxt.text[1:].islower() and nxt.text.isalpha() and len(nxt.text) >= 3
                    and doc.text[ref.end:nxt.start] == " " and not doc.analyses[nxt.index]
                    and heads(doc, ref) & self.context_words.customer):
                # "asiakas Tepa", "kunden Nisse": a nickname Voikko does not know, right after a customer word,
                # with the surname after it ("customer Siobhan O'Connor"): a redaction must take the whole name
                last = nxt
                for _ in range(2):  # a surname or two, each maybe after its particles ("Pieter van der Linde")
                    if last.index + 1 >= len(doc.tokens):
                        break
                    after = doc.tokens[last.index + 1]
                    particles = particles_and_surname(doc, after)
                    surname = particles[-1] if particles else after
                    if (doc.text[last.end:after.start] != " " or not surname.text[:1].isupper()
                            or surname.text.isupper() or doc.analyses[surname.index]
                            or surname.text.lower() in self.not_names):
                        break
                    last = surname
                found.append(Name(nxt.start, last.end, doc.text[nxt.start:last.end], False))
                continue
            if not nxt.text.islower():
                continue
            gap = doc.text[ref.end:nxt.start]
            label = classify(doc, nxt, self.not_names)
            if label and ((APPOSITION_GAP_RE.fullmatch(gap) and APPOSITION_END_RE.match(doc.text, nxt.end))
                          or (gap == " " and label == "strong")):
                found.append(Name(nxt.start, nxt.end, nxt.text, label == "strong"))
        return found

    def _public(self, doc: Document, name: Name) -> bool:
        """The name's sentence tells of a public appearance (a talk, an interview, TV, a podcast)."""
        sentence = doc.sentence_of(name.start)
        return bool(self.public_activity and cue_hits(doc, sentence.start, sentence.end, self.public_activity))

    def _greeted(self, doc: Document, name: Name) -> bool:
        """The name is the one greeted at the start of a line ("Hei Minna!", "Hej Jonna,")."""
        line = doc.text[doc.text.rfind("\n", 0, name.start) + 1:name.start].strip(" \t@").lower()
        return line in self.greeting

    def _congratulated(self, doc: Document, name: Name) -> bool:
        """A colleague congratulated: a congratulation word among the two words before the name ("onnea Pirjo",
        "congrats to Tom") and a colleague word in the sentence ("Kollega jäi eläkkeelle"); a customer
        congratulated on a decision ("Onnittelut Jussille, joka sai päätöksen") is still one."""
        before = doc.words_between(max(0, name.start - 30), name.start)[-2:]
        if not any(doc.lemmas(t) & self.congratulations or t.text.lower() in self.congratulations for t in before):
            return False
        sentence = doc.sentence_of(name.start)
        colleague = self.colleague_words - self.congratulations  # the colleague list holds credit words too
        return any(doc.lemmas(t) & colleague for t in doc.words_between(sentence.start, sentence.end))

    def _matter(self, doc: Document, token: Token) -> bool:
        """A benefit matter: a listed word, or a compound of one ("asumistukipäätös", "handikappförmån"); not a
        job title built on one ("etuuskäsittelijä" is a colleague)."""
        return compound_of(doc, token, self.matter_words) and not heads(doc, token) & self.colleague_words

    @staticmethod
    def _owner(doc: Document, tokens: list[Token], matters: set[int]) -> bool:
        """The name owns a benefit matter: in the genitive right before it ("Pekka Virtasen asumistuki"), or, for a
        full name, the matter of its sentence is "his/hers" ("Marja Koskinen ... hänen hakemuksensa on kesken")."""
        if not tokens:
            return False
        if tokens[-1].text.endswith("n") and tokens[-1].index + 1 in matters:
            return True
        if len(tokens) < 2:
            return False
        sentence = doc.sentence_of(tokens[0].start)
        for i in matters:
            matter = doc.tokens[i]
            if not sentence.start <= matter.start < sentence.end:
                continue
            before = doc.tokens[i - 1].text.lower() if i else ""
            if before == "hänen" or "possessive:3" in features(matter.text):
                return True
        return False

    def _visits(self, doc: Document, ctx: CustomerContext) -> dict[int, list[int]]:
        """Sentences that tell of one visit or call ("Eilen soitti Pertti.", "Jarmo tuli tiskille.", "Idag ringde
        Bengt Holm."): a visit verb with a time or service word, and a benefit, debt or health matter in the sentence
        or the next; a name right beside the verb is the visitor's, a customer's. Sentence index -> the verbs'
        offsets."""
        if not self.visit or not cue_hits(doc, 0, len(doc.text), self.visit):
            return {}
        flags = compound_flags(doc, self.visit_matters)
        if not any(flags[t.index] for t in doc.words):  # "sossurahat": a compound's first part
            return {}
        words = self.context_words
        found: dict[int, list[int]] = {}
        sentences = doc.sentences
        for i, sentence in enumerate(sentences):
            tokens = doc.words_between(sentence.start, sentence.end)
            lower = {t.text.lower() for t in tokens}
            text = doc.text[sentence.start:sentence.end].lower()
            visit = [t.start for t in tokens if t.text.lower() in self.visit]
            if may_hold_phrase(doc, self.visit) and (p := phrase_re(self.visit)) is not None:
                visit += [sentence.start + m.start() for m in p.finditer(text)]
            if not visit or lower & words.conditionals or ctx.example(i):
                continue
            timed = lower & words.time or (may_hold_phrase(doc, words.time)
                                           and (p := phrase_re(words.time)) is not None and p.search(text))
            if not timed and not any(heads(doc, t) & words.service for t in tokens):
                continue
            end = sentences[min(i + 1, len(sentences) - 1)].end
            if any(flags[t.index] for t in doc.words_between(sentence.start, end)):
                found[i] = visit
        return found

    def _contact_sentences(self, doc: Document, ctx: CustomerContext) -> set[int]:
        """Sentences with a person's phone number, e-mail address or identity code: a name there is the person's."""
        if not self.contact.search(doc.text):
            return set()
        found: set[int] = set()
        for kind in CONTACT_TYPES:
            for start, end in TYPES[kind].find(doc, self.identifiers.find_params):
                if kind == "address" and not RESIDENTIAL_RE.search(doc.text, start, end):
                    continue  # "Kauppakatu 5" may be an office; "Ojakatu 3 A 4" is a home
                if self.identifiers.owned(doc, kind, start, end):
                    continue  # the writer's own, a colleague's work contact, the organisation's
                if not self.identifiers.allowed(doc.text[start:end]):
                    i = ctx.sentence_index(start)
                    found.update(j for j in (i - 1, i, i + 1) if 0 <= j < len(doc.sentences))
        return found

    def _inspected(self, doc: Document, ctx: CustomerContext) -> set[int]:
        """Sentences with an inspection word, by the word's own lemma (not a compound's last part) or phrase."""
        if not self.inspection:
            return set()
        inspection = self.inspection
        memo = _INSPECTION_MEMOS.of(inspection)
        # Per word of a batch, once (a function of the word, its sentence's language and the analyser).
        flags = memo.per_token(doc, lambda t: not doc.lemmas(t).isdisjoint(inspection)
                               or t.text.lower() in inspection)
        tokens = doc.tokens
        found = {ctx.sentence_index(tokens[i].start) for i in itertools.compress(range(len(flags)), flags)
                 if _has_letter(tokens[i].text)} if any(flags) else set()
        # The cheap gate first: an inspection list whose phrases the post lacks is never compiled.
        if may_hold_phrase(doc, self.inspection) and (pattern := phrase_re(self.inspection)) is not None:
            found |= {ctx.sentence_index(m.start()) for m in pattern.finditer(doc.text.lower())}
        return found

    def _colleague(self, doc: Document, name: Name, tokens: list[Token], refs: set[int],
                   roles: frozenset[str] | None = None, aged: bool = False) -> bool:
        """A colleague or public role word nearer the name than any customer word, or the name quoted as a source.
        `roles` narrows the role words (beside an inspection only a colleague's own words clear a name)."""
        if not tokens:
            return False
        first, last = tokens[0].index, tokens[-1].index

        def distance(t: Token) -> int:
            return first - t.index if t.index < first else t.index - last

        if CREDIT_RE.search(doc.text, max(0, name.start - 16), name.start):
            return True  # a photo or text credit
        near = doc.tokens_near(tokens[0].start, tokens[-1].end, self.window)
        if self.thanks and not aged and not any(t.index in refs for t in near) and not (
                self.decision and cue_hits(doc, *_sentence_span(doc, name.start), self.decision)):
            paragraph = _paragraph(doc.text, name.start)
            if cue_hits(doc, paragraph[0], paragraph[1], self.thanks):
                return True  # colleagues thanked by name
        role_words = self.colleague_words if roles is None else roles
        if aged:
            role_words = role_words - self.thanks  # "Kiitos Eeva (88)": thanks to a customer, not to a colleague
        sentence = doc.sentence_of(name.start)
        if self.decision and any(compound_of(doc, t, self.decision)
                                 for t in doc.words_between(sentence.start, sentence.end)):
            # "onnittelut Jussille, joka sai myönteisen päätöksen": congratulated on a decision, a customer
            role_words = role_words - self.thanks - self.congratulations
        cues = [distance(t) for t in near if heads(doc, t) & role_words]
        after = doc.text[name.end:name.end + 14].lower()
        if after.startswith((":n mukaan", "n mukaan")):
            cues.append(1)
        cues += [distance(t) for t in near if t.text.lower() in self.quote_cues and 0 < t.index - last <= 2]
        if not cues:
            return False
        # a reference that is itself a role ("paikallinen taiteilija") is the role, not a customer
        customer = [distance(t) for t in near if t.index in refs and not heads(doc, t) & role_words]
        return not customer or min(cues) < min(customer)

    def _ner_names(self, doc: Document, ctx: CustomerContext, scope: dict[int, list[Reference]],
                   known: list[Name]) -> list[Name]:
        """PERSON spans from the model, for sentences where a capitalised word is still undecided."""
        if not ner.enabled():
            return []
        out: list[Name] = []
        # Names taken so far as sorted spans with the furthest end up to each: an overlap is one bisect away
        # (a scan of every name for every word made a post of many names quadratic).
        taken = sorted((n.start, n.end) for n in known)
        reach = list(itertools.accumulate((e for _, e in taken), max))

        def overlaps(s: int, e: int) -> bool:
            k = bisect.bisect_left(taken, (e, -1)) - 1
            return (k >= 0 and reach[k] > s) or bool(out and out[-1].start < e and s < out[-1].end)

        for i in scope:
            sentence = doc.sentences[i]
            if not self._undecided(doc, sentence, lambda offset: overlaps(offset, offset + 1)):
                continue
            for start, end in ner.persons(sentence.text):
                s, e = sentence.start + start, sentence.start + end
                tail = doc.words_between(s, e)
                while len(tail) > 1 and not tail[-1].text[:1].isupper():
                    tail.pop()  # "Karlö med": the model's span ran on into a lower-case word after the name
                e = tail[-1].end if tail else e
                text = doc.text[s:e]
                if overlaps(s, e) or text.lower() in self.not_names:
                    continue
                if not text[:1].isupper() or any(ch.isdigit() for ch in text):
                    continue  # plates and codes ("ABC-123") are not people
                words = doc.words_between(s, e)
                if words and self._plausible(doc, s, e) and not eponym(doc, words[-1], self.eponym_heads):
                    out.append(Name(s, e, text, False))
        return out

    @staticmethod
    def _plausible(doc: Document, start: int, end: int) -> bool:
        """A model PERSON with a word Voikko knows as a name, or one it does not know (not a town, not "Aamulla")
        that is no Swedish or English dictionary word either in a sentence of that language ("My", "SO dumb")."""
        for t in doc.words:
            if start <= t.start < end:
                classes = {a.wordclass for a in doc.analyses[t.index]}
                if classes & {"etunimi", "sukunimi"}:
                    return True
                lang = doc.token_langs[t.index]
                if not classes and (lang == "fi" or not is_known(t.text.lower(), lang)):
                    return True
        return False

    @staticmethod
    def _undecided(doc: Document, sentence: Span, named: Callable[[int], bool]) -> bool:
        """A capitalised word, not first in the sentence, that is neither a known name (`named(offset)`) nor an
        ordinary word."""
        first = True
        for t in doc.words_between(sentence.start, sentence.end):
            if first:
                first = False
                if not doc.analyses[t.index]:
                    return t.text[:1].isupper()  # an unknown first word can be a name ("Nguyen soitti")
                continue
            if not t.text[:1].isupper() or named(t.start):
                continue
            classes = {a.wordclass for a in doc.analyses[t.index]}
            if not classes or classes <= UNDECIDED_CLASSES:
                return True
        return False

