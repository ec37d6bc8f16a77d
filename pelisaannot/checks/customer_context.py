"""Where a draft speaks of a customer, and whether of one particular customer or of customers in general.

Shared by the `person_names` and `customer_story` kinds. Words are compared on Voikko lemmas, and a compound
counts when a customer word is its head (`pitkäaikaisasiakas`), not its first part (`asiakaspalvelu` is a
service, `asiakaspalvelija` a colleague). A reference is *specific* when it points at one person: a
singular customer with a determiner (eräs, yksi, tämä), a first-person possessive (asiakkaani), or a verb
in the past tense or a time word (tänään, eilen) in the same sentence; "Asiakkaat voivat hakea..." is
general advice and not specific.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property

import regex

from pelisaannot.document import Document, Span, Token
from pelisaannot.finnish.features import features

CUSTOMER_WORDS = frozenset({
    "asiakas", "hakija", "potilas", "kuntoutuja", "etuudensaaja", "etuudenhakija", "tuensaaja", "eläkkeensaaja",
    "päivärahansaaja", "saaja", "soittaja", "asioija", "kysyjä", "vakuutettu", "työnhakija", "opintotuensaaja",
    "asumistuensaaja", "toimeentulotuensaaja", "lapsilisänsaaja", "kelan-asiakas",
})
# People who are customers only when the text points at one of them ("eräs nainen", "yksi isä").
PERSON_WORDS = frozenset({
    "nainen", "mies", "rouva", "herra", "vanhus", "äiti", "isä", "pariskunta", "nuori", "nuorukainen", "opiskelija",
    "eläkeläinen", "yrittäjä", "perhe", "pappa", "mummo", "mummu", "vaari", "setä", "täti", "poika", "tyttö",
    "leski", "yksinhuoltaja", "henkilö", "ihminen", "työtön", "maahanmuuttaja", "lapsiperhe", "asiakasperhe",
    "isoäiti", "isoisä", "ukko", "akka", "tyyppi", "kaveri", "nuorimies", "neiti", "mamma", "vanhempi",
})
# Compounds whose head is a person word but which name a colleague or a role, never a customer.
ROLE_COMPOUNDS = frozenset({
    "esimies", "työkaveri", "työtoveri", "virkamies", "lehtimies", "liikemies", "poliisimies", "palomies",
    "kansanedustaja", "asiakaspalvelija", "tiimikaveri", "opiskelukaveri", "koulukaveri", "työnantaja",
    "yhteyshenkilö", "vastuuhenkilö", "henkilökunta", "tukihenkilö", "esihenkilö", "luottamushenkilö",
})
# Where and how a customer meets us: a person word becomes a customer in these settings.
SERVICE_WORDS = frozenset({
    "tiski", "toimisto", "vastaanotto", "puhelin", "soittaa", "asioida", "palvelupiste", "jono", "hakemus",
    "kela", "asiakaspalvelu", "chat", "luukku", "ajanvaraus", "käynti", "neuvonta", "päätös", "etuus",
    "yhteispalvelupiste", "palvelu", "puhelinpalvelu", "asiointi", "neuvoa",
})
HONORIFICS = frozenset({"rouva", "herra", "neiti"})
CONDITIONALS = frozenset({"jos", "mikäli", "jollei", "ellei", "kunhan", "voit", "kannattaa"})
AGE_RE = regex.compile(r"\d{1,3}-?vuotia|\p{Ll}+kymppi|\p{Ll}+vuotia", regex.IGNORECASE)
QUANTIFIERS = frozenset({"moni", "monta", "kaikki", "jokainen", "harva", "muutama", "useampi", "usea", "joka",
                         "kukin", "valtaosa", "enemmistö", "suurin"})
EXAMPLE_WORDS = frozenset({"esimerkki", "esimerkiksi", "laskuesimerkki", "kuvitteellinen", "keksitty",
                           "esimerkkitapaus", "esimerkkihenkilö"})
DETERMINERS = frozenset({"eräs", "muuan", "yksi", "tämä", "kyseinen", "sama", "tuo"})
TIME_WORDS = frozenset({
    "tänään", "eilen", "toissapäivänä", "äsken", "aamulla", "illalla", "iltapäivällä", "aamupäivällä",
    "viime", "viimeksi", "juuri", "maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina",
    "lauantaina", "sunnuntaina", "tänä", "tällä", "hetki", "kerran",
})
@dataclass(frozen=True, slots=True)
class Reference:
    """A word that refers to a customer; `specific` when it points at one person."""

    token: Token
    lemma: str
    specific: bool
    plural: bool = False


def heads(doc: Document, token: Token) -> set[str]:
    """The word itself, its lemmas and its compound heads (last parts), lower-cased."""
    out = {token.text.lower()}
    for a in doc.analyses[token.index]:
        out.add(a.baseform.lower())
        if a.parts:
            out.add(a.parts[-1].lower())
    return out


class CustomerContext:
    """Customer references of one document, found once and shared by the checks that need them."""

    def __init__(self, doc: Document, customer_words: Iterable[str] = (), person_words: Iterable[str] = ()) -> None:
        self.doc = doc
        self.customer_words = CUSTOMER_WORDS | {w.lower() for w in customer_words}
        self.person_words = PERSON_WORDS | {w.lower() for w in person_words}
        self._facts: dict[int, dict[str, bool]] = {}  # sentence start -> facts of that sentence

    @cached_property
    def references(self) -> list[Reference]:
        doc = self.doc
        out: list[Reference] = []
        for token in doc.words:
            found = heads(doc, token)
            if found & ROLE_COMPOUNDS or self._benefit_name(token):
                continue
            customer = found & self.customer_words
            person = found & self.person_words
            if not customer and not person:
                continue
            # A head, not a modifier: "asiakaspalvelu" has asiakas as a part, but its head is palvelu.
            lemma = next(iter(customer or person))
            specific = self._specific(token, bool(customer))
            if customer or specific:
                out.append(Reference(token, lemma, specific, "plural" in features(token.text)))
        return out

    def _benefit_name(self, token: Token) -> bool:
        """Part of a benefit's official name: "eläkkeensaajan asumistuki", "eläkkeensaajan hoitotuki"."""
        following = self.doc.tokens[token.index + 1:token.index + 2]
        return (token.text.lower().startswith("eläkkeensaajan") and bool(following)
                and bool(heads(self.doc, following[0]) & {"asumistuki", "hoitotuki"}))

    def _specific(self, token: Token, is_customer: bool) -> bool:
        doc = self.doc
        feats = features(token.text)
        sentence = doc.sentence_of(token.start)
        before = self._words_before(token, sentence.start, 2)
        if any(doc.lemmas(t) & QUANTIFIERS for t in before):
            return False  # "moni asiakas", "jokainen hakija": customers in general
        # Facts of the whole sentence are found once per sentence (a post that is one long sentence full of
        # customers would otherwise cost the square of its length).
        facts = self._facts.setdefault(sentence.start, {})

        def fact(name: str, test: Callable[[Token], bool]) -> bool:
            if name not in facts:
                facts[name] = any(test(t) for t in doc.words_between(sentence.start, sentence.end))
            return facts[name]

        if fact("example", lambda t: bool(doc.lemmas(t) & EXAMPLE_WORDS)):
            return False  # a worked example ("Esimerkki: 45-vuotias asiakas saa...") is nobody in particular
        if any(doc.lemmas(t) & DETERMINERS for t in before):
            return True  # "eräs asiakas", also "yksi potilaistani" (one of my patients)
        if "plural" in feats:
            return False
        if any(f.startswith("possessive:1") for f in feats):
            return is_customer  # asiakkaani is a customer; äitini is the writer's own mother
        if any(f.startswith("possessive:") for f in feats) and not is_customer:
            return False  # "hänen miehensä" is somebody's relative, a detail rather than a customer
        if fact("conditional", lambda t: t.text.lower() in CONDITIONALS):
            return False  # "Jos asiakkaalla on...": advice, whatever the tense
        timed = fact("timed", lambda t: t.text.lower() in TIME_WORDS)
        past = fact("past", lambda t: "past" in features(t.text))
        if not is_customer:
            # "nainen" alone is anybody (news, fiction); an age, or a service visit told in the past with a time
            # word, makes her one customer ("84-vuotias pappa", "tänään tiskille tuli nuori mies").
            if any(AGE_RE.match(t.text) for t in before):
                return True
            service = fact("service", lambda t: bool(heads(doc, t) & SERVICE_WORDS))
            # "rouva Nieminen ... hänen eläkepäätöksensä": a person word before a name is one named person.
            return service and ((timed and past) or self._named(token))
        return timed or past

    def _words_before(self, token: Token, start: int, count: int) -> list[Token]:
        """Up to `count` words right before `token` that start at or after `start`, walking back from it."""
        out: list[Token] = []
        tokens = self.doc.tokens
        i = token.index - 1
        while i >= 0 and len(out) < count and tokens[i].start >= start:
            if any(c.isalpha() for c in tokens[i].text):
                out.append(tokens[i])
            i -= 1
        return out[::-1]

    def _named(self, token: Token) -> bool:
        """The next word is a capitalised first name or surname ("rouva Nieminen", "herra Virtanen")."""
        following = self.doc.tokens[token.index + 1:token.index + 2]
        if not following or not following[0].text[:1].isupper():
            return False
        if heads(self.doc, token) & HONORIFICS:
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


def customer_context(doc: Document) -> CustomerContext:
    """One shared CustomerContext per document (the two customer checks read the same one)."""
    cached = doc.__dict__.get("_customer_context")
    if cached is None:
        cached = CustomerContext(doc)
        doc.__dict__["_customer_context"] = cached
    return cached
