"""`customer_story`: a narrative about one customer that identifies them even without a name.

A story is a specific customer reference ("eräs asiakas soitti", "asiakkaani", "yksi isä") followed, in the
same or the next two sentences, by identifying details whose weights reach `threshold`: age, home town,
family situation, health (special-category data, weighs more), origin or religion, a benefit decision, a euro
amount, a date.
General advice ("Asiakas voi hakea asumistukea, jos...") has no specific reference and stays clean.

The finding spans the story from the reference to its last detail and lists the details it saw; each detail's
span goes into `details_spans` so that redaction can generalise them ("[ikä]", "[paikkakunta]").
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import regex

from pelisaannot.checks.base import Check, Match, PackContext
from pelisaannot.checks.customer_context import CustomerContext, customer_context, heads
from pelisaannot.document import Document, Token

HEALTH = frozenset({
    "masennus", "syöpä", "diabetes", "dementia", "alzheimer", "skitsofrenia", "mielenterveys", "mielenterveysongelma",
    "päihde", "päihdeongelma", "alkoholiongelma", "juomaongelma", "peliongelma", "huumeongelma",
    "alkoholismi", "alkoholisti", "narkomaani", "huume", "adhd", "autismi", "ms-tauti",
    "reuma", "astma", "epilepsia", "infarkti", "sydäninfarkti", "aivoinfarkti", "halvaus", "leikkaus", "diagnoosi",
    "työuupumus", "burnout", "uupumus", "keskenmeno", "hiv", "hepatiitti", "kehitysvamma", "näkövamma",
    "kuulovamma", "liikuntavamma", "psykoosi", "itsemurha", "ahdistus", "paniikkihäiriö", "syömishäiriö",
    "anoreksia", "bulimia", "kaksisuuntainen", "mielialahäiriö", "sairaus", "sairastaa", "sairastua", "sairas",
    "raskaus", "raskaana", "sytostaatti", "kemoterapia", "sädehoito", "dialyysi", "aivovamma", "selkävaiva",
    "selkäleikkaus", "lonkkamurtuma", "murtuma", "parkinson", "aivoverenvuoto", "psykiatrinen",
    "psykoterapia", "lääkitys", "insuliini", "vammautua", "vamma", "CP-vamma", "lihastauti", "tauti",
    "sairausloma", "työkyvytön", "työkyvyttömyys", "invalidi", "pyörätuoli",
    # Benefits that tell of a health condition.
    "työkyvyttömyyseläke", "vammaistuki", "kuntoutustuki", "vammaisetuus",
})
FAMILY = frozenset({
    "vaimo", "aviomies", "puoliso", "avopuoliso", "lapsi", "tytär", "poika", "äiti", "isä", "yksinhuoltaja",
    "leski", "eronnut", "ero", "avioero", "kaksonen", "lapsenlapsi", "sisko", "veli", "lapseton", "raskaana",
    "perhe", "vauva", "esikoinen", "kolmoset", "uusperhe", "sijaisperhe", "huoltaja", "naimisissa", "sinkku",
    "mummo", "isoäiti", "isoisä", "vanhemmat", "avioliitto",
})
BENEFIT = frozenset({
    "päätös", "hylätä", "hylkäys", "hylkäävä", "myöntää", "kielteinen", "myönteinen", "takaisinperintä",
    "asumistuki", "toimeentulotuki", "sairauspäiväraha", "työttömyysturva", "peruspäiväraha", "työmarkkinatuki",
    "kuntoutusraha", "eläke", "takuueläke", "kansaneläke", "hoitotuki",
    "lapsilisä", "vanhempainpäiväraha", "opintotuki", "opintoraha", "opintolaina", "elatustuki", "kotihoidontuki",
    "eläkkeensaajan", "leskeneläke", "perhe-eläke", "valitus", "oikaisuvaatimus", "etuus", "korvaus",
    "ylikorvaus", "velka", "ulosotto", "vuokra", "karenssi", "äitiysavustus",
})
# Local cases of a home town: Kuopiossa, Kuopiosta, Oulusta, Tampereelle, Kuopioon (not the genitive -n).
# Ethnic origin and religion are special-category data too; a nationality narrows a story down.
ORIGIN = frozenset({
    "ukrainalainen", "venäläinen", "somalialainen", "irakilainen", "afganistanilainen", "syyrialainen", "virolainen",
    "vietnamilainen", "thaimaalainen", "kurdi", "romani", "saamelainen", "maahanmuuttaja", "pakolainen",
    "turvapaikanhakija", "muslimi", "juutalainen", "jehovantodistaja", "lestadiolainen", "eritrealainen",
    "nigerialainen", "kiinalainen", "intialainen", "puolalainen", "ruotsalainen", "turkkilainen", "iranilainen",
})
LOCAL_CASES = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "seen", "hin", "hun", "hon", "han",
               "hen", "ään", "iin", "oon", "uun", "yyn", "öön", "een", "aan")
NOT_TOWNS = frozenset({"suomi", "kela", "eu", "ruotsi", "eurooppa", "venäjä", "pohjoismaat"})
AGE_RE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:\d{1,3}\s?-?\s?(?:vuotia\p{L}*|v\.|vee|kymppi\p{L}*)|\d{1,3}\s?vuotta\s(?:vanh|täyt|nuor)"
    r"\p{L}*|(?:\p{Ll}+kymppi\p{L}*|\p{Ll}+kymmen\p{L}*vuotia\p{L}*|\p{Ll}+vuotia\p{L}*))",
    regex.IGNORECASE)
AMOUNT_RE = regex.compile(r"(?<![\p{L}\p{N}])\d{1,3}(?:[\s.]\d{3})*(?:,\d{1,2})?\s?(?:€|e(?![\p{L}])|euro\p{L}*)",
                          regex.IGNORECASE)
DATE_RE = regex.compile(
    r"(?<![\p{L}\p{N}.])(?:\d{1,2}\.\d{1,2}\.(?:\d{2,4})?(?![\p{N}])|\d{1,2}\.\s?(?:tammi|helmi|maalis|huhti|touko|"
    r"kesä|heinä|elo|syys|loka|marras|joulu)kuuta)",
    regex.IGNORECASE)
WEIGHTS = {"terveystieto": 2, "tausta": 1, "ikä": 1, "paikkakunta": 1, "perhetilanne": 1, "etuuspäätös": 1, "summa": 1,
           "päivämäärä": 1}
PLACEHOLDERS = {"terveystieto": "[terveystieto]", "tausta": "[tausta]", "ikä": "[ikä]", "paikkakunta": "[paikkakunta]",
                "perhetilanne": "[perhe]", "etuuspäätös": "[etuus]", "summa": "[summa]", "päivämäärä": "[päivämäärä]"}


@dataclass(frozen=True, slots=True)
class Detail:
    label: str
    start: int
    end: int
    text: str


_Window = tuple[list[Detail], dict[int, Detail], Counter[str]]
_Windows = dict[tuple[int, int], _Window]


class CustomerStoryCheck(Check):
    kind = "customer_story"
    needs = frozenset({"lemmas"})
    placeholders = frozenset({"details"})

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        self.threshold = params.get("threshold", 2)
        self.follow = params.get("follow_sentences", 2)
        self.words = {
            "terveystieto": HEALTH | {w.lower() for w in params.get("health_words", [])},
            "perhetilanne": FAMILY | {w.lower() for w in params.get("family_words", [])},
            "etuuspäätös": BENEFIT | {w.lower() for w in params.get("benefit_words", [])},
            "tausta": ORIGIN | {w.lower() for w in params.get("origin_words", [])},
        }
        self.customer_words = tuple(params.get("customer_words", []))
        self.stems = {label: tuple(w[:-1] for w in words if len(w) >= 7) for label, words in self.words.items()}

    def _details(self, doc: Document, start: int, end: int, skip: set[int], cache: _Windows) -> list[Detail]:
        found, words, _ = self._window(doc, start, end, cache)
        out = list(found)
        for token in doc.words_between(start, end):
            if token.index in skip:  # the reference itself may say more: "yksinhuoltajaäiti", "syöpäpotilas"
                label = self._modifier(doc, token)
                if label:
                    out.append(Detail(label, token.start, token.end, token.text))
            elif token.index in words:
                out.append(words[token.index])
        return sorted(out, key=lambda d: d.start)

    def _labels(self, doc: Document, start: int, end: int, skip: Token, cache: _Windows) -> set[str]:
        """The labels `_details` would give, without listing them: one window is read once however many
        references it holds (a long sentence of customers must not cost the square of its length)."""
        found, words, counts = self._window(doc, start, end, cache)
        labels = {d.label for d in found}
        labels.update(label for label, n in counts.items()
                      if n > (1 if skip.index in words and words[skip.index].label == label else 0))
        if start <= skip.start < end:
            modifier = self._modifier(doc, skip)
            if modifier:
                labels.add(modifier)
        return labels

    def _window(self, doc: Document, start: int, end: int, cache: _Windows) -> _Window:
        """The pattern details of [start, end), each word's own detail (token index -> detail) and how many
        words carry each label; computed once per window."""
        key = (start, end)
        if key in cache:
            return cache[key]
        text = doc.text
        found: list[Detail] = []
        for label, pattern in (("ikä", AGE_RE), ("summa", AMOUNT_RE), ("päivämäärä", DATE_RE)):
            for m in pattern.finditer(text, start, end):
                found.append(Detail(label, m.start(), m.end(), m.group()))
        found.sort(key=lambda d: d.start)
        starts = [d.start for d in found]
        reach = list(itertools.accumulate((d.end for d in found), max))  # the furthest end up to each detail
        words: dict[int, Detail] = {}
        for token in doc.words_between(start, end):
            k = bisect.bisect_right(starts, token.start) - 1
            if k >= 0 and token.start < reach[k]:
                continue  # inside an age, a sum or a date
            found_heads = heads(doc, token)
            label = next((lab for lab, listed in self.words.items() if found_heads & listed), None)
            if label is None and not doc.analyses[token.index]:
                label = self._unknown(token.text.lower())
            if label is None and self._town(doc, token):
                label = "paikkakunta"
            if label:
                words[token.index] = Detail(label, token.start, token.end, token.text)
        cache[key] = found, words, Counter(d.label for d in words.values())
        return cache[key]

    def _modifier(self, doc: Document, token: Token) -> str | None:
        """The label of the first part of a compound reference word ("yksinhuoltaja" in "yksinhuoltajaäiti")."""
        for a in doc.analyses[token.index]:
            base = a.baseform.lower()
            head = a.parts[-1].lower() if a.parts else base
            rest = base[: -len(head)].rstrip("-") if base.endswith(head) and base != head else ""
            if rest:
                return next((lab for lab, words in self.words.items() if rest in words), None)
        return None

    def _unknown(self, word: str) -> str | None:
        """A word Voikko does not know ("takaisinperintää"): a listed word's stem at its start."""
        for label, stems in self.stems.items():
            if word.startswith(stems):
                return label
        return None

    @staticmethod
    def _town(doc: Document, token: Token) -> bool:
        """A place name in a local case ("Kuopiosta", "Oulussa"); one that is also a word ("Porista", "Lahdessa")
        only when capitalised inside a sentence."""
        if not token.text[:1].isupper() or not token.text.lower().endswith(LOCAL_CASES):
            return False
        analyses = doc.analyses[token.index]
        places = [a.baseform for a in analyses if a.wordclass == "paikannimi"]
        if not places or places[0].lower() in NOT_TOWNS:
            return False
        if any(a.wordclass in ("etunimi", "sukunimi") for a in analyses):
            return False  # "Virtaselta" is a person
        return len(places) == len(analyses) or not doc.is_sentence_start(token)

    def run(self, doc: Document) -> Iterator[Match]:
        ctx = CustomerContext(doc, self.customer_words) if self.customer_words else customer_context(doc)
        refs = [r for r in ctx.references if r.specific]
        if not refs:
            return
        sentences = doc.sentences
        cache: _Windows = {}
        done_until = -1
        for ref in refs:
            first = ctx.sentence_index(ref.token.start)
            if first <= done_until:
                continue
            last = min(len(sentences) - 1, first + self.follow)
            labels = self._labels(doc, sentences[first].start, sentences[last].end, ref.token, cache)
            # A benefit word alone is how Kela talks; it counts as a detail of a story, not as one itself.
            if sum(WEIGHTS[lab] for lab in labels) < self.threshold or labels == {"etuuspäätös"}:
                continue
            details = self._details(doc, sentences[first].start, sentences[last].end, {ref.token.index}, cache)
            weights: dict[str, int] = {}
            for d in details:
                weights[d.label] = WEIGHTS[d.label]
            done_until = last
            start = min(ref.token.start, *(d.start for d in details))
            end = max(ref.token.end, *(d.end for d in details))
            labels = ", ".join(f"{lab} ({', '.join(d.text for d in details if d.label == lab)})" for lab in weights)
            spans = [[*doc.to_original_span(d.start, d.end), PLACEHOLDERS[d.label]] for d in details]
            yield Match(start, end, {"details": labels, "details_spans": spans,
                                               "special_category": "terveystieto" in weights})
