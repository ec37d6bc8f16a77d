"""Person names in a Finnish text, from Voikko's name classes and a small DVV name gazetteer.

Voikko tags `Virtasen` as sukunimi and `Pekalle` as etunimi in any case form and capitalisation, which a
statistical model misses in lowercase and all-caps text. Names that are also ordinary words (`Anna` = antaa,
`Onni`, `Arvo`) count only where the writing says "name": capitalised inside a sentence, or next to another
name (`Anna Virtanen`). Names Voikko reads as places or not at all (`Nieminen`, `Mäkelä`, `Simo`) come from
`data/names.tsv` (DVV statistics, see its header). Adjacent name words join into one span (`Matti Virtanen`).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

from pelisaannot.document import Document, Token, WordMemos, _has_letter, word_memo
from pelisaannot.finnish.morphology import Analysis

DATA = Path(__file__).parent / "data" / "names.tsv"
NAME_CLASSES = frozenset({"etunimi", "sukunimi"})
# Case endings tried on words Voikko does not know ("Abdullahille" -> Abdullahi).
ENDINGS = ("lle", "lla", "llä", "lta", "ltä", "ssa", "ssä", "sta", "stä", "ksi", "na", "nä", "n", "a", "ä", "ta",
           "tä", "han", "hin", "hen", "hon", "hun", "hyn", "hän", "hön", "kin")
@cache
def _default_list(topic: str) -> frozenset[str]:
    """A topic of the base pack's customer-data vocabulary, for callers that pass no list of their own."""
    from pelisaannot.checks.base import PackContext
    from pelisaannot.checks.context import vocabulary

    return vocabulary({}, PackContext(Path("."))).get(topic, frozenset())


_CLASSIFY_MEMO = word_memo()

# Punctuation after which a capital says nothing ("Tänään töissä: Aamulla...").
CLAUSE_START_RE = regex.compile(r"[:;–—(\"”«]\s*$")


@dataclass(frozen=True, slots=True)
class Name:
    """A person name span; `strong` when no word in it could also be an ordinary word."""

    start: int
    end: int
    text: str
    strong: bool


@cache
def _load() -> tuple[dict[str, bool], frozenset[str]]:
    names: dict[str, bool] = {}
    surnames: set[str] = set()
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        names[cols[0]] = len(cols) > 2 and cols[2] == "c"
        if len(cols) > 1 and cols[1] == "s":
            surnames.add(cols[0])
    return names, frozenset(surnames)


def gazetteer() -> dict[str, bool]:
    """Name -> True when it is also an ordinary word (needs context)."""
    return _load()[0]


def surname(name: str) -> bool:
    """True for a gazetteer surname."""
    return name in _load()[1]


def _gazetteer_hit(word: str, bases: list[str]) -> bool | None:
    """None if not a gazetteer name, else whether it is ambiguous."""
    names = gazetteer()
    for base in bases:
        if base in names:
            return names[base]
    if word in names:
        return names[word]
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            for candidate in (stem, stem[:-1] + "i" if stem.endswith("e") else ""):
                if candidate in names:
                    return names[candidate]
    return None


def classify(doc: Document, token: Token, not_names: frozenset[str] | None = None) -> str | None:
    """'strong'; 'weak' (also an ordinary word: needs a capital inside a sentence); 'place' (also a place or a
    word and known only from the gazetteer: counts only next to another name); or None.

    The answer depends on the word, the analyser and `not_names` alone: it is worked out once per batch."""
    key = (doc.morphology, token.text, not_names)
    try:
        hash(key)
    except TypeError:  # an analyser (or list) that cannot be a key: no memo
        return _classify(doc, token, not_names)
    return _CLASSIFY_MEMO.get_or(key, lambda: _classify(doc, token, not_names))


#: Per `not_names` list, `classify` by word (text, language, analyser): a function of the word, asked of every word.
_LABEL_MEMOS = WordMemos(16)


def labels_of(doc: Document, not_names: frozenset[str] | None = None) -> list[str | None]:
    """`classify` of every token, once per document and list: one pass over the post's word numbers (in C) for
    the words a batch has seen, rather than a memo look-up by a (analyser, text, list) tuple per word."""
    cache = doc.__dict__.setdefault("_name_labels", {})
    found = cache.get(not_names)
    if found is None:
        found = cache[not_names] = _LABEL_MEMOS.of(not_names).per_token(doc, lambda t: classify(doc, t, not_names))
    return found


def _classify(doc: Document, token: Token, not_names: frozenset[str] | None) -> str | None:
    text = name_part(token)
    if text.lower() in (_default_list("not_names") if not_names is None else not_names) or not text[:1].isalpha():
        return None
    if text != token.text and not token.text.endswith(POSSESSIVE_S):  # "Matti-niminen": the writer says so
        return "strong" if text[:1].isupper() else "weak"
    if "-" in text and text == token.text:  # "Anna-Mari", "Mäki-Lohiluoma": every part a name
        parts = [p for p in text.split("-") if p]
        labels = [_classify_word(p, doc.morphology.analyze(p)) for p in parts]
        if len(parts) > 1 and all(labels) and text[:1].isupper():
            return "strong"
        return None
    analyses = doc.morphology.analyze(text) if text != token.text else doc.analyses[token.index]
    return _classify_word(text, analyses)


def _classify_word(text: str, analyses: tuple[Analysis, ...]) -> str | None:
    names = [a for a in analyses if a.wordclass in NAME_CLASSES]
    others = [a for a in analyses if a.wordclass not in NAME_CLASSES]
    if names:
        if not others:
            return "strong"
        return "weak"
    places = [a.baseform for a in analyses if a.wordclass == "paikannimi"]
    if not text[:1].isupper():
        # Lowercase: a gazetteer surname known to Voikko as a place ("nieminen") joins a first name only.
        return "place" if places and _gazetteer_hit(text, places) is not None else None
    if analyses and len(places) < len(analyses) and not _only_caps(text):
        # An ordinary word (or a place and a word): a name only next to another name ("Simo Joensuu").
        hit = _gazetteer_hit(text, [a.baseform for a in analyses])
        return "place" if hit is not None else None
    hit = _gazetteer_hit(text, places)
    if hit is None:
        return None
    if places and not any(p.endswith("nen") for p in places):
        return "weak"  # Simo, Mäkelä, Peltola: Voikko knows them as places only
    return "weak" if hit else "strong"


#: An English possessive or "is" ("Maria's off sick"): the name is the word before it.
POSSESSIVE_S = ("'s", "’s")


def name_part(token: Token) -> str:
    """The part of a word that may be a name: "Matti" of "Matti-niminen", "Maria" of "Maria's"."""
    if token.text.endswith(POSSESSIVE_S) and len(token.text) > 3:
        return token.text[:-2]
    head, dash, tail = token.text.partition("-")
    if dash and tail.lower().startswith(("nimi", "nimen", "nimis")):
        return head
    return token.text


def eponym(doc: Document, token: Token, heads: frozenset[str] | None = None) -> bool:
    """A name that names a disease, a law or a prize: "Parkinsonin tauti", "Nobelin palkinto"."""
    following = doc.tokens[token.index + 1:token.index + 2]
    if not following or doc.text[token.end:following[0].start] != " ":
        return False
    heads = _default_list("eponym_heads") if heads is None else heads
    return bool({a.baseform.lower() for a in doc.analyses[following[0].index]} & heads)


def _first_and_surname(doc: Document, first: Token, last: Token) -> bool:
    """A first name followed by a surname (Voikko's sukunimi, or a gazetteer surname it reads as a place)."""
    if not any(a.wordclass == "etunimi" for a in doc.analyses[first.index]):
        return False
    readings = doc.analyses[last.index]
    if any(a.wordclass == "sukunimi" for a in readings):
        return True
    return any(surname(a.baseform) for a in readings if a.wordclass == "paikannimi")


def _only_caps(text: str) -> bool:
    return text.isupper() and len(text) > 1


SURNAME_SLOT_CLASSES = frozenset({"nimisana", "laatusana", "nimisana_laatusana", "paikannimi", "sukunimi", "etunimi",
                                  "nimi"})


def _extend(doc: Document, group: list[tuple[Token, str]], not_names: frozenset[str] | None) -> None:
    """Grow a name to the whole name: a capitalised word right after a first name is its surname even when
    Voikko knows it as an ordinary word or not at all ("Matti Meikäläinen", "Pekka Xyzzynen"), and an unknown
    capitalised word right before a name is part of it ("Abdullahi Mohamed"). A redaction that left half of
    the name would publish the rest."""
    skip = _default_list("not_names") if not_names is None else not_names
    tokens = doc.tokens
    while True:
        last = group[-1][0]
        if not last.text[:1].isupper():
            break
        weak = not any(a.wordclass == "etunimi" for a in doc.analyses[last.index]) and group[-1][1] != "strong"
        nxt = tokens[last.index + 1] if last.index + 1 < len(tokens) else None
        particles = particles_and_surname(doc, nxt) if nxt is not None and not weak else []
        if particles:  # "Erik von Wright", "Jan van der Berg", "Anna af Forselles": the surname after its particle
            nxt = particles[-1]
        if (nxt is None or doc.text[last.end:(particles or [nxt])[0].start] != " "
                or not nxt.text[:1].isupper() or nxt.text.isupper()
                or nxt.text.lower() in skip or not any(c.isalpha() for c in nxt.text)):
            break
        classes = {a.wordclass for a in doc.analyses[nxt.index]}
        if weak and (classes or doc.analyses[last.index] or doc.is_sentence_start(last)):
            break  # a weak first name takes a surname only when neither word is Finnish ("Siobhan O'Connor")
        if classes and not classes & SURNAME_SLOT_CLASSES:
            break
        if classes and not any(a.wordclass == "etunimi" for a in doc.analyses[last.index]):
            break  # only after a first name may a known word be a surname
        group.extend((t, "strong") for t in [*particles[:-1], nxt])
    first = group[0][0]
    prev = tokens[first.index - 1] if first.index > 0 else None
    if (prev is not None and doc.text[prev.end:first.start] == " " and prev.text[:1].isupper()
            and not prev.text.isupper() and not doc.analyses[prev.index] and not doc.is_sentence_start(prev)
            and prev.text.lower() not in skip):
        group.insert(0, (prev, "strong"))


#: Lower-case particles inside a surname: "von Wright", "af Forselles", "van der Berg", "de la Cruz", "bin Laden".
SURNAME_PARTICLES = frozenset({"af", "von", "van", "der", "den", "de", "da", "di", "del", "della", "la", "le", "du",
                               "ten", "ter", "zu", "bin", "ibn", "al", "el"})


def particles_and_surname(doc: Document, token: Token) -> list[Token]:
    """The particles from `token` on and the capitalised word after them ("von Wright", "van der Berg"), or []."""
    tokens, run = doc.tokens, []
    while token.text in SURNAME_PARTICLES and len(run) < 3:
        run.append(token)
        nxt = tokens[token.index + 1] if token.index + 1 < len(tokens) else None
        if nxt is None or doc.text[token.end:nxt.start] != " ":
            return []
        token = nxt
    return [*run, token] if run and token.text[:1].isupper() else []


def finnish_sentence(doc: Document, token: Token) -> bool:
    """The token's sentence is Finnish: by the document's language layer where there is one, otherwise when
    Voikko knows most of its words."""
    lang_of = getattr(doc, "lang_of", None)
    if lang_of is not None:
        return bool(lang_of(token.start) == "fi")
    sentence = doc.sentence_of(token.start)
    words = doc.words_between(sentence.start, sentence.end)
    known = sum(1 for t in words if doc.analyses[t.index])
    return known >= 0.6 * len(words)


def find_names(doc: Document, not_names: frozenset[str] | None = None,
               eponym_heads: frozenset[str] | None = None) -> list[Name]:
    """Person names found by Voikko and the gazetteer, adjacent words joined, weak ones kept only in context.
    `not_names` and `eponym_heads` default to the base pack's lists (`lists/asiakastieto`)."""
    labels = labels_of(doc, not_names)
    tokens = doc.tokens
    # Most words are no name: only the labelled ones are looked at (picked in C). A labelled token is a word: a
    # label needs a letter first (`_classify`).
    marks = [(tokens[i], labels[i]) for i in itertools.compress(range(len(labels)), labels)]
    groups: list[list[tuple[Token, str]]] = []
    for token, label in marks:
        if groups:
            prev = groups[-1][-1][0]
            if prev.index == token.index - 1 and doc.text[prev.end:token.start] in (" ", "-"):
                groups[-1].append((token, label))
                continue
        groups.append([(token, label)])
    found: list[Name] = []
    taken = -1  # the last token an extended name took ("Erik von Wright" takes the group of "Wright")
    for group in groups:
        if group[0][0].index <= taken:
            continue
        _extend(doc, group, not_names)
        taken = group[-1][0].index
        first, last = group[0][0], group[-1][0]
        if eponym(doc, last, eponym_heads):
            continue
        end = last.start + len(name_part(last))
        text = doc.text[first.start:end]
        if len(group) > 1:
            # Name words together: a full name if one is capitalised, or (lowercase) a first name and a surname.
            if any(t.text[:1].isupper() for t, _ in group) or _first_and_surname(doc, first, last):
                found.append(Name(first.start, end, text, True))
            continue
        token, label = group[0]
        if not token.text[:1].isupper() and not finnish_sentence(doc, token):
            continue  # "job", "more", "stigit": Voikko's names are English and Swedish words there
        if _finnish_case_only(doc, token) and not finnish_sentence(doc, token):
            continue  # "from Syria": a name ("Syri") only through a Finnish case ending, in an English sentence
        if label == "strong" and not _foreign_word_first(doc, token):
            found.append(Name(token.start, end, text, True))
        elif (label == "weak" and token.text[:1].isupper() and not token.text.isupper()
              and not doc.is_sentence_start(token) and not _after_clause_start(doc.text, token.start)):
            found.append(Name(token.start, end, text, False))
    return found


def _finnish_case_only(doc: Document, token: Token) -> bool:
    """A word that is a gazetteer name only once a Finnish case ending is taken off ("Syria" as "Syri" + -a),
    which Voikko does not know either: in a Swedish or English sentence that ending is no Finnish case."""
    text = name_part(token)
    analyses = doc.analyses[token.index] if text == token.text else doc.morphology.analyze(text)
    return not analyses and text not in gazetteer() and "-" not in text


def _foreign_word_first(doc: Document, token: Token) -> bool:
    """A gazetteer-only name first in a Swedish or English sentence that is a function word of that language
    ("My password...", "Man ringde"; the base pack's lists/funktiosanat-sv/en.txt): the capital is the
    sentence's."""
    if not doc.is_sentence_start(token) or finnish_sentence(doc, token):
        return False
    if token.text.lower() not in _function_words(doc.lang_of(token.start)):
        return False
    if not doc.analyses[token.index]:
        return True
    if doc.lang_of(token.start) != "sv":
        return False
    # a name Voikko knows ("Hans"): the Swedish pronoun when a lower-case word that is no verb follows ("Hans
    # sjukdagpenning har..."), the name before a verb ("Hans ringde")
    after = doc.tokens[token.index + 1:token.index + 3]
    word = next((t for t in after if _has_letter(t.text)), None)
    return word is not None and word.text[:1].islower() and not _verb_form(doc, word)


def _verb_form(doc: Document, token: Token) -> bool:
    """A Swedish inflected verb by its base form: another word that ends as an infinitive does ("ringde" ->
    ringa, "fick" -> få)."""
    text = token.text.lower()
    return any(b != text and b.endswith(("a", "å")) for b in doc.lemmas(token))


@cache
def _function_words(lang: str) -> frozenset[str]:
    """The base pack's function words of Swedish or English (empty for another language)."""
    from pelisaannot.checks.base import PackContext
    from pelisaannot.policy import builtin_packs_dir

    lists = builtin_packs_dir() / "base" / "lists"
    name = f"funktiosanat-{lang}.txt"
    if not (lists / name).is_file():
        return frozenset()
    return frozenset(w.lower() for w in PackContext(lists).read_list(name, "function_words"))


def _after_clause_start(text: str, offset: int) -> bool:
    """CLAUSE_START_RE at the end of text[:offset], looking back only over the white space before `offset`
    (a search from 0 for every word would make a long post quadratic)."""
    k = offset
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return bool(CLAUSE_START_RE.search(text, max(0, k - 1), offset))
