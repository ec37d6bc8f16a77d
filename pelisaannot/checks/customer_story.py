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
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import regex

from pelisaannot.checks.base import Check, Match, PackContext
from pelisaannot.checks.context import cue_hits, vocabulary, words
from pelisaannot.checks.customer_context import ContextWords, clipped_place, customer_context, heads
from pelisaannot.checks.customer_signals import DETECTORS
from pelisaannot.document import Document, Span, Token
from pelisaannot.finnish.features import features
from pelisaannot.localised import Text

# Local cases of a home town: Kuopiossa, Kuopiosta, Oulusta, Tampereelle, Kuopioon (not the genitive -n).
# Ethnic origin and religion are special-category data too; a nationality narrows a story down.
LOCAL_CASES = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "seen", "hin", "hun", "hon", "han",
               "hen", "ään", "iin", "oon", "uun", "yyn", "öön", "een", "aan")
# A preposition of place and at most two words (an article, a size) before a small place: "i byn", "på en
# liten ö", "in a tiny village", "on an island".
SMALL_PLACE_BEFORE_RE = regex.compile(r"(?<!\p{L})(?:i|på|ute\spå|in|on|out\son|from|från)\s(?:\p{L}+\s){0,2}$",
                                      regex.IGNORECASE)
PLACE_WORD_BEFORE_RE = regex.compile(r"(?:^|\s)(?:i|från|in|from|of)\s$")
AGE_RE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:\d{1,3}\s?-?\s?(?:vuotia\p{L}*|v\.|v(?![\p{L}\p{N}])|vee|kymppi\p{L}*)|\d{1,3}\s?vuotta\s(?:vanh|täyt|nuor)"
    r"\p{L}*|(?:\p{Ll}+kymppi\p{L}*|\p{Ll}+kymmen\p{L}*vuotia\p{L}*|\p{Ll}+vuotia\p{L}*)"
    r"|täyttä\p{L}*\s(?:\p{L}+\s){0,3}\d{1,3}\s?vuotta"  # "täyttää ensi kuussa 103 vuotta"
    r"|\d{1,3}\s?-?\s?(?:year-old|years\sold|åri\p{L}*|år\sgammal)"  # en, sv
    r"|\d0-?something|(?<=(?:in|i)\s(?:her|his|their|sina|hennes|hans)\s)\d0s?\b)"  # "80-something", "in her 80s"
    # a bare number as an age: after "joka oli", "hän on", "she was" ("joka oli 91 ja asuu yksin"), or set off
    # by commas after a word ("Mikko, 34, asuu", "en tant, 85 år, från")
    r"|(?<=(?:^|[\s,])(?:joka|jok|hän|se|han|hon|who|she|he|som)\s(?:on|oli|ol|o|ois|är|var|e|va|is|was|'s)\s)\d{2,3}"
    r"(?=\s?(?:[,.!?)]|$|(?:ja|och|å|and|mut|mutta|but|men)(?!\p{L})))"  # (å: chat Swedish for och)
    r"|(?<=\p{L},\s)\d{2,3}(?:\s(?:år|v|vuotta|years))?(?=,\s)"
    # the age after its own word ("jolla ikää 93", "iältään 88", "aged 87", "ålder 85"), or Swedish "på" after a
    # person ("en gubbe på 88 i luckan", "kille på 19 var här"): not a time or a count ("på 20 minuter")
    r"|(?<=(?<!\p{L})(?:ikää|ikä|iältään|aged|age|ålder|åldern)\s(?:on\s|of\s|är\s)?)\d{1,3}(?![\p{N}.,:]\d|\s?%)"
    r"|(?<=\p{L}\spå\s)\d{2,3}(?=\s?år\b|[ \t]?[,.!?)]|$|\s(?:i|och|å|som|från|med|till|var|kom|har|e|är|bor)\b)",
    regex.IGNORECASE)
# 1 250 €, 1.250 euroa; English 1,250 euros, €1,250, EUR 400
AMOUNT_RE = regex.compile(r"(?<![\p{L}\p{N}])(?:\d{1,3}(?:[\s.,]\d{3})*(?:,\d{1,2})?\s?"
                          r"(?:€|e(?![\p{L}])|euro\p{L}*|eur\b)"
                          r"|(?:€|eur\s)\s?\d{1,3}(?:[\s.,]\d{3})*(?![\p{N}]))",
                          regex.IGNORECASE)
# A thing the person is known by, pointed at with a demonstrative ("se äijä jolla on se keltanen mersu", "gubben
# med den röda mössan", "the guy with the yellow car"): a distinctive feature, as looks are.
KNOWN_BY_RE = regex.compile(
    r"(?i)(?<!\p{L})(?:(?:jolla|joll|sillä|sil|jolle)\s+on\s+(?:aina\s+)?(?:se|ne|semmonen|sellanen|sellainen)"
    r"|(?:han|hon|gubben|tanten|killen|tjejen|mannen|kvinnan|den)\s+med\s+(?:den|det|de)"
    r"|(?:the\s+one|the\s+guy|the\s+man|the\s+lady|the\s+woman|the\s+bloke|the\s+girl|the\s+boy)\s+with\s+the)"
    r"(?:\s+\p{L}+){1,2}")
DATE_RE = regex.compile(
    r"(?<![\p{L}\p{N}.])(?:\d{1,2}\.\d{1,2}\.(?:\d{2,4})?(?![\p{N}])|\d{1,2}\.\s?(?:tammi|helmi|maalis|huhti|touko|"
    r"kesä|heinä|elo|syys|loka|marras|joulu)kuuta)",
    regex.IGNORECASE)
WEIGHTS = {"terveystieto": 2, "päihteet": 1, "tuttuus": 1, "tausta": 1, "ammatti": 1, "ainutlaatuisuus": 1,
           "ulkonäkö": 1, "ikä": 1, "paikkakunta": 1, "perhetilanne": 1, "etuuspäätös": 1, "summa": 1,
           "päivämäärä": 1}
PLACEHOLDERS = {"terveystieto": "[terveystieto]", "päihteet": "[terveystieto]", "tuttuus": "",
                "tausta": "[tausta]", "ammatti": "[ammatti]",
                "ainutlaatuisuus": "[tuntomerkki]", "ulkonäkö": "[tuntomerkki]", "ikä": "[ikä]",
                "paikkakunta": "[paikkakunta]",
                "perhetilanne": "[perhe]", "etuuspäätös": "[etuus]", "summa": "[summa]", "päivämäärä": "[päivämäärä]"}


# The matters of a person's own that a returning person ("se sama ukko taas") is told with.
PERSONAL = frozenset({"etuuspäätös", "terveystieto", "päihteet", "perhetilanne", "summa", "ikä"})


# The details a finding lists, in the languages of the messages ({words}: the draft's own words).
LABELS = {label: Text(f"{label} ({{words}})", f"{sv} ({{words}})", f"{en} ({{words}})") for label, sv, en in (
    ("terveystieto", "hälsouppgift", "health"), ("päihteet", "rus", "intoxication"),
    ("tuttuus", "återkommande kund", "a regular or returning person"), ("tausta", "bakgrund", "background"),
    ("ammatti", "yrke", "occupation"), ("ainutlaatuisuus", "särdrag", "distinctive feature"),
    ("ulkonäkö", "utseende", "appearance"), ("ikä", "ålder", "age"), ("paikkakunta", "ort", "home town"),
    ("perhetilanne", "familjesituation", "family situation"), ("etuuspäätös", "förmånsbeslut", "benefit decision"),
    ("summa", "belopp", "amount"), ("päivämäärä", "datum", "date"))}

SIGNAL_TOPICS = ("matter", "second_person", "picture", "names_shown", "visible", "listing", "hidden", "letter",
                 "colleague_self", "our", "first_person", "conditionals", "customer", "greeting", "thanks",
                 "possessive_pronoun", "people_listing", "public_activity", "advice", "kinship", "own_case",
                 "case_state", "message", "team", "relatives", "details_shown",
                 "work_contact", "addressing", "reply_lead")


# A hashtag inside a sentence: a word follows it on its line ("yks #mummo 90v #Kuhmo ja #eläke ei riitä").
INLINE_TAG_RE = regex.compile(r"#(?=\p{L}[\p{L}\p{N}_]*[ \t]+[^\s#])")


# The marks an emoji may carry that do not change who it shows: skin tones and the emoji presentation selector.
EMOJI_MARKS_RE = regex.compile(r"[\p{Emoji_Modifier}\uFE0F]")


def _person_emoji(vocab: Mapping[str, frozenset[str]]) -> dict[str, dict[str, str]]:
    """The person emoji of the vocabulary (`person_emoji`: "👵 mummo tant granny"), each with its word by language."""
    table: dict[str, dict[str, str]] = {}
    for entry in vocab.get("person_emoji", ()):
        parts = entry.split()
        if len(parts) == 4:
            table[parts[0]] = dict(zip(("fi", "sv", "en"), parts[1:], strict=True))
    return table


def _emoji_as_words(doc: Document, table: Mapping[str, Mapping[str, str]]
                    ) -> tuple[Document, Callable[[int], int]] | None:
    """The post with each person emoji replaced by its person word in the sentence's language ("kassalla 👵 92v"
    read as "kassalla mummo 92v"), and the map from the copy's offsets back to the post's; None when the post
    has no person emoji."""
    found = [(e.start, e.end, words.get(doc.lang_of(e.start)) or words["fi"]) for e in doc.emoji
             if (words := table.get(EMOJI_MARKS_RE.sub("", e.text)))]
    if not found:
        return None
    pieces: list[str] = []
    marks: list[tuple[int, int, int, int]] = []  # (copy start, copy end, post start, post end) of each word
    at = shift = 0
    for start, end, word in found:
        pieces.append(doc.text[at:start])
        copy_start = start + shift
        pieces.append(f" {word} ")
        marks.append((copy_start, copy_start + len(word) + 2, start, end))
        shift += len(word) + 2 - (end - start)
        at = end
    pieces.append(doc.text[at:])
    starts = [m[0] for m in marks]

    def back(offset: int) -> int:
        k = bisect.bisect_right(starts, offset) - 1
        if k < 0:
            return offset
        copy_start, copy_end, start, end = marks[k]
        if offset < copy_end:
            return start if offset <= copy_start + 1 else end
        return offset - (copy_end - end)

    return Document("".join(pieces), platform=doc.platform, morphology=doc.morphology), back


#: The document attribute holding the spans customer_story reported: private_matters (FI-CD-013, which runs after
#: FI-CD-008 and FI-CD-012) leaves the same words to the more specific finding instead of reporting them twice.
STORY_SPANS = "_customer_story_spans"


def _remember(doc: Document, found: list[Match]) -> None:
    if found:
        doc.__dict__.setdefault(STORY_SPANS, []).extend((m.start, m.end) for m in found)


def _inline_tags_as_words(doc: Document) -> Document | None:
    """The post with the "#" of its inline hashtags blanked (offsets unchanged), so that an Instagram story
    that tags its words ("tiskillä yks #mummo 90v #Kuhmo") is read as words; None when no tag is inline. A
    tag block at a line's end stays a tag block."""
    text = INLINE_TAG_RE.sub(" ", doc.text)
    if text == doc.text:
        return None
    return Document(text, platform=doc.platform, morphology=doc.morphology)


@dataclass(frozen=True, slots=True)
class Detail:
    label: str
    start: int
    end: int
    text: str


class CustomerStoryCheck(Check):
    kind = "customer_story"
    needs = frozenset({"lemmas"})
    placeholders = frozenset({"details"})

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        self.threshold = params.get("threshold", 2)
        self.follow = params.get("follow_sentences", 2)
        vocab = vocabulary(params, pack)
        self.words = {
            "terveystieto": words(vocab, "health", params.get("health_words")),
            "päihteet": words(vocab, "intoxication", params.get("intoxication_words")),
            "perhetilanne": words(vocab, "family", params.get("family_words")),
            "etuuspäätös": words(vocab, "benefit", params.get("benefit_words")),
            "tausta": words(vocab, "origin", params.get("origin_words")),
            "ammatti": words(vocab, "occupation", params.get("occupation_words")),
            "ainutlaatuisuus": words(vocab, "unique", params.get("unique_words")),
            "ulkonäkö": words(vocab, "looks", params.get("looks_words")),
        }
        # Multi-word details ("sick leave", "single mother"), one pattern per label, compiled once, longest first.
        self.phrases = {
            label: regex.compile(r"(?<!\w)(?:" + "|".join(regex.escape(p) for p in sorted(
                phrases, key=lambda w: (-len(w), w))) + r")(?!\w)")
            for label, ws in self.words.items() if (phrases := [w for w in ws if " " in w])}
        self.not_towns = words(vocab, "not_towns")
        self.small_places = words(vocab, "small_place")
        self.detect = list(params.get("detect", ["story"]))
        self.signals = {topic: words(vocab, topic) for topic in SIGNAL_TOPICS}
        self.signals["benefit"] = self.words["etuuspäätös"]
        self.signals["health"] = self.words["terveystieto"]
        self.signals["family"] = self.words["perhetilanne"]
        self.context_words = ContextWords.from_params(params, pack)
        self.person_emoji = _person_emoji(vocab)
        self.recurring = words(vocab, "recurring")
        self.known = words(vocab, "known")
        self.another = words(vocab, "another")
        self.owner = words(vocab, "owner")
        self.stems = {label: tuple(w[:-1] for w in words if len(w) >= 7) for label, words in self.words.items()}

    def _details(self, doc: Document, start: int, end: int, skip: set[int],
                 cache: dict[tuple[int, int], tuple[list[Detail], dict[int, Detail]]]) -> list[Detail]:
        """The details in [start, end); the reference words in `skip` count only for what their first part says."""
        if (start, end) not in cache:  # every reference of one long sentence shares its window: read it once
            cache[start, end] = self._window(doc, start, end)
        spans, by_token = cache[start, end]
        out = spans + [d for index, d in by_token.items() if index not in skip]
        for index in skip:  # the reference itself may say more: "yksinhuoltajaäiti", "syöpäpotilas"
            token = doc.tokens[index]
            label = self._modifier(doc, token)
            if label and start <= token.start < end:
                out.append(Detail(label, token.start, token.end, token.text))
        return sorted(out, key=lambda d: d.start)

    def _labels(self, doc: Document, start: int, end: int, ref: Token,
                cache: dict[tuple[int, int], tuple[list[Detail], dict[int, Detail]]],
                counts: dict[tuple[int, int], Counter[str]]) -> set[str]:
        """The labels `_details` would give, counted per window once, so that many references in one long
        sentence cost one reading of it rather than one each."""
        if (start, end) not in cache:
            cache[start, end] = self._window(doc, start, end)
        spans, by_token = cache[start, end]
        if (start, end) not in counts:
            counts[start, end] = Counter(d.label for d in (*spans, *by_token.values()))
        found = Counter(counts[start, end])
        if ref.index in by_token:
            found[by_token[ref.index].label] -= 1
        modifier = self._modifier(doc, ref)
        if modifier:
            found[modifier] += 1
        return {label for label, n in found.items() if n > 0}

    def _window(self, doc: Document, start: int, end: int) -> tuple[list[Detail], dict[int, Detail]]:
        """Details found by pattern or phrase, and the detail each word of the window is, by token index."""
        text = doc.text
        spans: list[Detail] = []
        for label, pattern in (("ikä", AGE_RE), ("summa", AMOUNT_RE), ("päivämäärä", DATE_RE),
                               ("ulkonäkö", KNOWN_BY_RE)):
            for m in pattern.finditer(text, start, end):
                spans.append(Detail(label, m.start(), m.end(), m.group()))
        lower = text[start:end].lower()
        for label, pattern in self.phrases.items():
            for m in pattern.finditer(lower, overlapped=True):
                s, e = start + m.start(), start + m.end()
                spans.append(Detail(label, s, e, text[s:e]))
        covered = sorted((d.start, d.end) for d in spans)
        starts = [c[0] for c in covered]
        reach = list(itertools.accumulate((c[1] for c in covered), max))  # furthest end among spans so far
        by_token: dict[int, Detail] = {}
        for token in doc.words_between(start, end):
            k = bisect.bisect_right(starts, token.start) - 1
            if k >= 0 and reach[k] > token.start:
                continue  # inside a detail found by pattern or phrase
            found = heads(doc, token)
            label = next((lab for lab, words in self.words.items() if found & words), None)
            if label is None and not doc.analyses[token.index]:
                label = self._unknown(token.text.lower())
            if label is None and (self._town(doc, token) or self._small_place(doc, token)):
                label = "paikkakunta"
            if label:
                by_token[token.index] = Detail(label, token.start, token.end, token.text)
        return spans, by_token

    def _recurring(self, doc: Document, token: Token, sentence: Span) -> Detail | None:
        """The person of a story is a regular or returning one, whom colleagues and the person recognise: the
        person word is one ("vakkari", "stammis"), a known-word stands right before it ("se sama ukko", "tuttu
        asiakas", "that same guy"), or its sentence says the person came again ("tuli taas", "kom in igen"); not
        "taas yks asiakas" (another one) nor "mä taas" (contrast)."""
        if heads(doc, token) & self.known:
            return Detail("tuttuus", token.start, token.end, token.text)
        ahead = doc.words_between(max(sentence.start, token.start - 40), token.start)[-2:]
        for t in ahead:
            if heads(doc, t) & self.known:
                return Detail("tuttuus", t.start, t.end, t.text)
        if not self.recurring:
            return None
        memo = doc.__dict__.setdefault("_recurring_adverb", {})  # once per sentence: a long one stays linear
        key = (id(self), sentence.start, sentence.end)
        if key not in memo:
            memo[key] = None
            found = doc.words_between(sentence.start, sentence.end)
            for k, t in enumerate(found):
                if t.text.lower() not in self.recurring:
                    continue
                if k + 1 < len(found) and heads(doc, found[k + 1]) & self.another:
                    continue  # "taas yks asiakas", "again a customer": another person
                if k and found[k - 1].text.lower() in self.context_words.first_person:
                    continue  # "mä taas", "jag igen": the writer, or a contrast
                memo[key] = Detail("tuttuus", t.start, t.end, t.text)
                break
        return memo[key]

    def _owned_matter(self, doc: Document, start: int, end: int) -> bool:
        """A benefit or debt in [start, end) is a person's own: a third-person owner among the three words before
        it ("sen tuet", "sillä on ulosotto", "his benefits", "hennes bostadsbidrag") or a third-person possessive
        suffix ("asumistukensa")."""
        memo = doc.__dict__.setdefault("_owned_matter", {})  # once per window: many references share one
        key = (id(self), start, end)
        if key not in memo:
            found = doc.words_between(start, end)
            benefit = self.words["etuuspäätös"]
            memo[key] = any(heads(doc, t) & benefit and (
                "possessive:3" in features(t.text) or any(w.text.lower() in self.owner for w in found[max(0, k - 3):k]))
                for k, t in enumerate(found))
        return memo[key]

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

    def _small_place(self, doc: Document, token: Token) -> bool:
        """A small place in a local case ("meidän kylältä", "saarelta", "byn"): where the person lives, narrowed."""
        if not heads(doc, token) & self.small_places:
            return False
        if doc.token_langs[token.index] == "fi":
            return token.text.lower().endswith(LOCAL_CASES)
        # Swedish and English: after a preposition of place ("i byn", "på en liten ö", "out on an island")
        return bool(SMALL_PLACE_BEFORE_RE.search(doc.text, max(0, token.start - 32), token.start))

    def _town(self, doc: Document, token: Token) -> bool:
        """A place name in a local case ("Kuopiosta", "Oulussa"); one that is also a word ("Porista", "Lahdessa")
        only when capitalised inside a sentence."""
        if not token.text[:1].isupper():
            return False
        analyses = doc.analyses[token.index]
        before = doc.text[max(0, token.start - 6):token.start].lower()
        if PLACE_WORD_BEFORE_RE.search(before) and not doc.is_sentence_start(token):
            # Swedish or English: "i Närpes", "from Inari" (a town Voikko may not know); not a time ("in December")
            if token.text.lower() in self.not_towns:
                return False
            return not analyses or any(a.wordclass == "paikannimi" for a in analyses)
        genitive = (token.text.endswith("n") and bool(analyses) and not doc.is_sentence_start(token)
                    and all(a.wordclass == "paikannimi" and a.baseform.lower() != token.text.lower()
                            and not a.baseform.endswith("nen") for a in analyses))  # "Utsjoen vanhin asukas"
        if not analyses:
            return clipped_place(doc, token)
        if not token.text.lower().endswith(LOCAL_CASES) and not genitive:
            return False
        places = [a.baseform for a in analyses if a.wordclass == "paikannimi"]
        if not places or places[0].lower() in self.not_towns:
            return False
        names = [a.baseform for a in analyses if a.wordclass in ("etunimi", "sukunimi")]
        if names and not (token.text.endswith(("sta", "stä")) and all(n.endswith("nen") for n in names)):
            return False  # "Virtaselta" is a person; "Kuhmosta" (also Kuhmonen's partitive) is the town
        return len(places) == len(analyses) or not doc.is_sentence_start(token)

    def run(self, doc: Document) -> Iterator[Match]:
        for name in self.detect:
            if name == "story":
                found = list(self._stories(doc))
                if not found and doc.hashtags and (untagged := _inline_tags_as_words(doc)) is not None:
                    found = list(self._stories(untagged, doc))
                if not found and self.person_emoji and doc.emoji and (
                        worded := _emoji_as_words(doc, self.person_emoji)) is not None:
                    found = list(self._stories(worded[0], doc, worded[1]))
                _remember(doc, found)
                yield from found
                continue
            found = [Match(start, end, {"details": details, "details_spans": [], "special_category": False})
                     for start, end, details in DETECTORS[name](doc, self.signals)]
            _remember(doc, found)
            yield from found

    def _job_post(self, doc: Document) -> bool:
        """A job ad or a welcome post (`work_contact`: "we're hiring", "haemme", "tervetuloa tiimiin"): the person
        it describes is the job or the newcomer, not a customer."""
        cache = doc.__dict__.setdefault("_job_post", {})
        key = self.signals["work_contact"]
        if key not in cache:
            cache[key] = bool(cue_hits(doc, 0, len(doc.text), key))
        return cache[key]

    def _stories(self, doc: Document, original: Document | None = None,
                 back: Callable[[int], int] | None = None) -> Iterator[Match]:
        """Stories of one customer; `original` is the post when `doc` is its copy with inline tags (or person
        emoji) as words, and `back` maps the copy's offsets to the post's where they differ."""
        here = back or (lambda offset: offset)
        post = original or doc

        def to_original(offset: int) -> int:
            return post.to_original(here(offset))
        ctx = customer_context(doc, self.context_words)
        refs = [r for r in ctx.references if r.specific]
        if not refs:
            return
        sentences = doc.sentences
        done_until = -1
        windows: dict[tuple[int, int], tuple[list[Detail], dict[int, Detail]]] = {}
        counts: dict[tuple[int, int], Counter[str]] = {}
        for ref in refs:
            first = ctx.sentence_index(ref.token.start)
            if first <= done_until:
                continue
            last = min(len(sentences) - 1, first + self.follow)
            block = ctx.phrase_lines(sentences[first])  # a story a phrase a line: its whole run of lines
            if block.end > sentences[last].end:
                last = ctx.sentence_index(block.end - 1)
            begin = max(first - 1, done_until + 1, 0)  # "Kemissä syntyneet kolmoset... Perheen isä haki..."
            window = (sentences[begin].start, sentences[last].end)
            labels_found = self._labels(doc, *window, ref.token, windows, counts)
            unique = ctx.one_of_a_kind(ref.token)  # "kylän pappi" is one person as surely as a name
            if unique and not ctx.customer_words & heads(doc, ref.token) and cue_hits(
                    doc, sentences[first].start, sentences[first].end, self.signals["public_activity"]):
                continue  # "saaren ainoa lääkäri piti luennon diabeteksesta": a public role's topic
            if not ctx.customer_words & heads(doc, ref.token) and self._job_post(doc):
                continue  # "we're hiring a senior engineer", "uusi kollegamme, 35-vuotias insinööri": the job
            told = next((k for j in range(first, last + 1) if (k := ctx.known_to_all(j)) is not None), None)
            if told is not None:  # "koko kylä tietää kuka se on": the post says the person is known to all
                unique = True
            if unique:
                labels_found = labels_found | {"ainutlaatuisuus"}
            recurring = self._recurring(doc, ref.token, block)
            # a returning person with a matter of their own: a benefit or debt only when it is theirs ("sen tuet",
            # "sillä on ulosotto"), not a topic asked about ("kysyi taas eläkkeistä"); a job or a town alone is not
            # a matter ("taas se sama putkimies")
            if recurring is not None and (labels_found & PERSONAL - {"etuuspäätös"} or (
                    "etuuspäätös" in labels_found and self._owned_matter(doc, *window))):
                labels_found = labels_found | {"tuttuus"}
            else:
                recurring = None
            if "päihteet" in labels_found and not labels_found & {"etuuspäätös", "summa", "tuttuus"}:
                labels_found = labels_found - {"päihteet"}  # drunk at the counter tells with the case or a return
            # A benefit word alone is how Kela talks; it counts as a detail of a story, not as one itself.
            if sum(WEIGHTS[lab] for lab in labels_found) < self.threshold or labels_found == {"etuuspäätös"}:
                continue
            details = self._details(doc, *window, {ref.token.index}, windows)
            if told is not None and not any(d.label == "ainutlaatuisuus" for d in details):
                details.append(Detail("ainutlaatuisuus", told.start, told.end, told.text))
            if unique and not any(d.label == "ainutlaatuisuus" for d in details):
                details.append(Detail("ainutlaatuisuus", ref.token.start, ref.token.end, ref.token.text))
                details.sort(key=lambda d: d.start)
            if recurring is not None and not any(d.label == "tuttuus" for d in details):
                details.append(recurring)
                details.sort(key=lambda d: d.start)
            weights: dict[str, int] = {}
            for d in details:
                weights[d.label] = WEIGHTS[d.label]
            done_until = last
            start = min(ref.token.start, *(d.start for d in details))
            end = max(ref.token.end, *(d.end for d in details))
            labels = Text.join(", ", (LABELS[lab].fill(words=", ".join(d.text for d in details if d.label == lab))
                                      for lab in weights))
            # a return ("taas") or a community that knows who ("tietää") is no data of the person to redact
            cues = {(told.start, told.end)} if told is not None else set()
            spans = [[to_original(d.start), to_original(d.end), PLACEHOLDERS[d.label]] for d in details
                     if d.label != "tuttuus" and (d.start, d.end) not in cues]
            yield Match(here(start), here(end), {"details": labels, "details_spans": spans,
                                               "special_category": "terveystieto" in weights})
