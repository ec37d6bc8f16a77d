"""Customer data told without a customer word: the shapes of a post that give a person away.

Used by the `customer_story` kind (`detect:`), one function per shape:
- reply: a reply to a person's handle that discusses their case ("@x liitteesi puuttuu vielä", "@x ditt
  studiestöd", "@x your decision"): a second-person case word, or two case words after the handle;
- shown_names: a screenshot or photo said to show names ("kuvakaappaus jonosta, nimet näkyvät");
- signed_letter: a customer's letter or card quoted with its signature ("T. Helvi Räsänen, Iisalmi");
- colleague_health: a colleague's health or sick leave told by someone else ("tiimimme Anne on sairauslomalla").
Each returns (start, end, details) spans; the words come from the rule's vocabulary folder.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import regex

from pelisaannot.checks.context import cue_hits, may_hold_phrase, phrase_re
from pelisaannot.checks.customer_context import compound_of, heads
from pelisaannot.checks.literals import Prefilter
from pelisaannot.document import Document, Span, Token
from pelisaannot.finnish.features import features
from pelisaannot.finnish.names import Name, classify, find_names, name_part
from pelisaannot.localised import Text

Vocab = Mapping[str, frozenset[str]]
Found = Iterator[tuple[int, int, Text]]

# The details a finding lists, in the languages of the messages (the placeholders are the draft's own words).
REPLY = Text("vastaus käyttäjälle {user}, hänen asiansa ({cue})", "svar till {user} om hens eget ärende ({cue})",
             "a reply to {user} about their own case ({cue})")
REPLY_GREETED = Text("vastaus henkilölle {user}, hänen asiansa ({cue})", "svar till {user} om hens eget ärende ({cue})",
                     "a reply to {user} about their own case ({cue})")
PICTURE = Text("kuva, jossa näkyy nimiä ({words})", "bild där namn syns ({words})", "a picture showing names ({words})")
LETTER = Text("lainattu kirje tai kortti allekirjoituksineen ({signature})",
              "citerat brev eller kort med underskrift ({signature})", "a quoted letter or card with its signature "
              "({signature})")
HEALTH = Text("kollegan terveystieto ({who}: {words})", "en kollegas hälsouppgift ({who}: {words})",
              "a colleague's health information ({who}: {words})")


def _matter(doc: Document, token: Token, vocab: Vocab) -> bool:
    matters = vocab["matter"] | vocab["benefit"]
    if compound_of(doc, token, matters):
        return True
    # spoken "hakemukses", "tukes" (hakemuksesi, tukesi): the word with its -i back is a listed matter
    if not _spoken_second_person(doc, token):
        return False
    word = token.text.lower()
    restored = {a.baseform.lower() for a in doc.morphology.analyze(word + "i")}
    return bool(restored & matters) or any(len(w) >= 7 and word.startswith(w[:-1]) for w in matters)


def _spoken_second_person(doc: Document, token: Token) -> bool:
    """Spoken Finnish drops the -i of the possessive: "hakemukses", "päätökses", "tukes" are hakemuksesi,
    päätöksesi, tukesi (a word Voikko does not know, or knows only as a proper noun: "Tukes")."""
    word = token.text
    if len(word) < 5 or not word.endswith("s") or not word[:1].islower():
        return False
    # Voikko's own analyses, not the document's: those add the spoken readings, and "hakemukses" read as the
    # spoken inessive (hakemuksessa) must not hide the possessive reading
    if any(a.wordclass not in ("nimi", "etunimi", "sukunimi", "paikannimi") for a in doc.morphology.analyze(word)):
        return False
    return any(f.startswith("possessive:2") for f in features(word + "i"))


def _second_person(doc: Document, token: Token, vocab: Vocab) -> bool:
    """A second-person word: a possessive suffix (tukesi, asiasi), a pronoun (sinulle, ditt, your)."""
    if token.text.lower() in vocab["second_person"]:
        return True
    return any(f.startswith("possessive:2") for f in features(token.text)) or _spoken_second_person(doc, token)


# a greeting and a first name, then a mark, an emoji or the line's end ("Hei Minna!", "Moi Sari 🙂")
def _owned(doc: Document, matter: Token, yours: list[Token], vocab: Vocab) -> bool:
    """The matter is the reader's: it carries the possessive itself ("tukesi", "hakemukses"), a possessive
    pronoun stands right before it ("sun hakemus", "your claim", "ditt beslut"), or another second-person word
    shares its sentence ("sulle on tullut päätös", "katsoin asiasi") and the sentence does not thank ("kiitos
    esityksestäsi"). A pronoun that owns another word ("sun esitys tuista") says nothing of the matter."""
    if matter in yours:
        return True
    sentence = doc.sentence_index(matter.start)
    same = [y for y in yours if doc.sentence_index(y.start) == sentence]
    if not same:
        return False
    before = doc.words_between(max(0, matter.start - 24), matter.start)[-2:]
    for k, word in enumerate(before):
        between = before[k + 1:]  # an adjective may stand between ("sun uusi hakemus"), a noun may not, unless
        # it is the reader's relative ("sun äidin asumistuki": the reader's family's case)
        if word in same and word.text.lower() in vocab["possessive_pronoun"] and not any(
                a.wordclass == "nimisana" and not heads(doc, t) & (vocab["kinship"] | vocab["relatives"])
                for t in between for a in doc.analyses[t.index]):
            return True
    free = [y for y in same if y.text.lower() not in vocab["possessive_pronoun"]]
    if len(free) == 1 and before and free[0] is before[-1] and not _matter(doc, free[0], vocab) and any(
            a.wordclass == "nimisana" for a in doc.analyses[free[0].index]):
        return False  # "esityksesi asumistuesta": the reader's talk about the benefit, as "sun esitys tuista"
    span = doc.sentences[sentence]
    if free and PUBLIC_LINK_RE.search(doc.text, span.start, span.end):
        return False  # "info om bostadsbidrag hittar du på fpa.fi": the reader sent to public pages, not a case
    if free and any(t.text.lower() in vocab["advice"] for t in doc.words_between(span.start, span.end)):
        return False  # "sä voit hakea asumistukea", "jos oot opiskelija", "you can apply": advice, not a case
    return bool(free) and not cue_hits(doc, span.start, span.end, vocab["thanks"])


# A web address in a sentence: the reader is pointed to public information.
PUBLIC_LINK_RE = regex.compile(r"https?://|(?<![@\w.])[\w-]+\.(?:fi|se|com|org|net|eu)\b(?!@)")


# Handles with the spaces after them, as an X reply opens with the accounts it answers.
LEADING_HANDLES_RE = regex.compile(r"@[\w.]+\s*")
# After a handle: only marks, emoji and spaces to the line's end.
CLOSING_HANDLE_RE = regex.compile(r"[\s!.,:;?)\p{So}\p{Sk}\p{Emoji_Modifier}\uFE0F\u200D]*(?:\n|$)")


GREETING_RE = regex.compile(r"(?m)^[ \t]*(\p{L}+)[ \t]+(\p{L}\p{Ll}+)(?=[ \t]*(?:[!,.:\-–—]|\p{So}|$))")


def _first_name_capitalised(doc: Document, word: str) -> bool:
    """A lower-case word that Voikko knows only as a first name ("jenni", "mikko"; tried capitalised too): chat
    writes names in lower case."""
    analyses = doc.morphology.analyze(word) or doc.morphology.analyze(word[:1].upper() + word[1:])
    return bool(analyses) and all(a.wordclass == "etunimi" for a in analyses)  # "sari", "anna" are words too


def _greeted(doc: Document, vocab: Vocab) -> list[tuple[int, int, str]]:
    """A line that opens with a greeting and a first name ("Hei Minna!", "Hej Lotta,", "Hi Tom,")."""
    # thanks to a named reader opens a reply as a greeting does ("Kiitos Liisa! Hakemuksesi on käsitelty"); what
    # the reader is thanked for is no case of theirs (`_thanked_for`)
    openers = vocab["greeting"] | {w for w in vocab.get("thanks", ()) if " " not in w}
    if not openers:
        return []
    # GREETING_RE tries every position; only a line that starts with a greeting word can hold a match.
    greetings = tuple(openers)
    if not any(line.lstrip(" \t").lower().startswith(greetings) for line in doc.text.split("\n")):
        return []
    out = []
    for m in GREETING_RE.finditer(doc.text):
        if m.group(1).lower() in openers:
            if m.group(2).islower():
                # chat writes names in lower case ("moi sari,", "hej lotta!"): a word that is a first name
                token = next((t for t in doc.words_between(m.start(2), m.end(2))), None)
                if token is None or token.text != m.group(2) or not (classify(doc, token) or _first_name_capitalised(
                        doc, token.text)):
                    continue
            out.append((m.start(2), m.end(2), m.group(2)))
    return out


# A line that opens with a name and a comma, the way a reply addresses its reader ("Anna, din överklagan gick
# igenom", "Mikko, päätöksesi on tullut").
VOCATIVE_RE = regex.compile(r"(?m)^[ \t]*(\p{Lu}\p{Ll}+)[ \t]*,")


def _addressed(doc: Document) -> list[tuple[int, int, str]]:
    """A line that opens with a first name (also one that is a word: "Anna", "Sari") and a comma: the reader is
    addressed; the case talk after it decides."""
    if "," not in doc.text:
        return []
    out = []
    for m in VOCATIVE_RE.finditer(doc.text):
        token = next(iter(doc.words_between(m.start(1), m.end(1))), None)
        if token is not None and token.text == m.group(1) and classify(doc, token) in ("strong", "weak"):
            out.append((m.start(1), m.end(1), m.group(1)))
    return out


# A line that opens with a first name in the allative and, maybe, a word of informing, then a colon, dash or comma:
# a note to or about that person ("Jannelle tiedoksi: ...", "Annalle: ...", "Mikolle vielä - ...").
DATIVE_RE = regex.compile(r"(?m)^[ \t]*(\p{Lu}\p{Ll}+(?:lle))(?:[ \t]+(\p{Ll}+))?[ \t]*[:,\-–]"
                          # or the bare name and a colon, the way a note heads its line ("Pekka: päätös lähti")
                          r"|^[ \t]*(\p{Lu}\p{Ll}+)[ \t]*:(?!\S)")


def _dative_addressed(doc: Document, vocab: Vocab) -> list[tuple[int, int, str]]:
    """A line that opens with a first name in the allative ("Jannelle", "Annalle") and a colon, with at most one
    informing word between ("tiedoksi", "vielä"; lists/asiakastieto/addressing.txt); the case talk after it
    decides, and it may be in the passive or the third person ("päätös lähti", "rahat tilillä")."""
    if "lle" not in doc.text and ":" not in doc.text:
        return []
    out = []
    for m in DATIVE_RE.finditer(doc.text):
        if m.group(2) and m.group(2) not in vocab["addressing"]:
            continue
        group = 1 if m.group(1) else 3
        token = next(iter(doc.words_between(m.start(group), m.end(group))), None)
        if token is None or token.text != m.group(group):
            continue
        if group == 3 and not all(a.wordclass == "etunimi" for a in doc.analyses[token.index]):
            continue  # "Huom:", "Tiedote:", "Anna:" (also a verb): a bare word before a colon must be only a name
        if any(a.wordclass == "etunimi" for a in doc.analyses[token.index]) and classify(doc, token) in (
                "strong", "weak"):
            out.append((m.start(group), m.end(group), m.group(group)))
    return out


def reply(doc: Document, vocab: Vocab) -> Found:
    """A handle (or a greeted or addressed first name) that opens the post or a line and, after it, talk of that
    person's own case. Each opener's talk ends at the next blank line or the next line that opens a reply, so
    that a post of many replies is read once, not once per reply."""
    handles, closing = [], []
    for m in doc.mentions:
        line_start = doc.text.rfind("\n", 0, m.start) + 1
        # other handles before it ("@kela @x hakemuksesi...": X writes every account a reply answers) and a
        # reply's lead word ("Vastaus @x:", "Svar till @x", "Replying to @x") leave it opening the line
        before = LEADING_HANDLES_RE.sub("", doc.text[line_start:m.start]).strip(" \t.,:;!").lower()
        if before and before not in vocab["greeting"] and before not in vocab["reply_lead"]:
            # a handle that closes the line ("sun päätös on tullu @villeh 👍") answers what the line said
            if CLOSING_HANDLE_RE.match(doc.text, m.end):
                closing.append((m.start, m.end, m.text, line_start))
            continue  # a handle inside a sentence ("kiitos @liisa") is not a reply; "Hei @liisa," is one
        handles.append((m.start, m.end, m.text, REPLY))
    greeted = _greeted(doc, vocab)
    seen = {g[0] for g in greeted}
    openers = sorted([*handles, *((s_, e, t, REPLY_GREETED) for s_, e, t in greeted),
                      *((s_, e, t, REPLY_GREETED) for s_, e, t in _addressed(doc) if s_ not in seen)])
    line_starts = [doc.text.rfind("\n", 0, o[0]) + 1 for o in openers]
    for k, (start, end_, text, what) in enumerate(openers):
        limit = next((ls for ls in line_starts[k + 1:] if ls > end_), len(doc.text))
        # a greeted or addressed first name ("Hei Anna, asumistuki maksetaan..."): one case word with its
        # processing is enough, as after a first name in the allative; a handle still needs "you" or two matters
        yield from _case_talk(doc, vocab, start, end_, what, text, limit=limit, processed=what is REPLY_GREETED)
    for start, end_, text, line_start in closing:
        yield from _case_talk(doc, vocab, start, end_, REPLY, text, body=(line_start, start))
    taken = {o[0] for o in openers}
    for start, end_, text in _dative_addressed(doc, vocab):
        if start not in taken:
            line_end = doc.text.find("\n", end_)
            yield from _case_talk(doc, vocab, start, end_, REPLY_GREETED, text, processed=True,
                                  limit=len(doc.text) if line_end < 0 else line_end)


def _case_processed(doc: Document, case: Token, vocab: Vocab) -> bool:
    """An everyday case word ("rahat", "juttu") with its processing in its sentence ("tilil", "käsittelyssä"),
    and no thanks there."""
    span = doc.sentences[doc.sentence_index(case.start)]
    return (not cue_hits(doc, span.start, span.end, vocab["thanks"])
            and any(t is not case and heads(doc, t) & vocab["case_state"] for t in doc.words_between(span.start,
                                                                                                     span.end)))


def _thanked_for(doc: Document, matter: Token, vocab: Vocab) -> bool:
    """The matter is what the reader is thanked for ("kiitos päätöksestäsi lähteä mukaan", "thanks for your
    application"): a thanks word among the two words before it."""
    sentence = doc.sentences[doc.sentence_index(matter.start)]  # "kiitos viestistä! Hakemuksesi on...": not thanks
    before = doc.words_between(max(sentence.start, matter.start - 24), matter.start)[-3:]
    # a break between them ("Thanks Tom, your claim...", "Kiitos Liisa – hakemuksesi..."): the reader is thanked,
    # and the matter starts a new clause
    # and the matter starts a new clause; unless the matter is still what is thanked for, in the elative
    # ("Kiitos Anna, päätöksestäsi lähteä mukaan") or after "for"
    thanked_for = ELATIVE_RE.search(matter.text) or (before and before[-1].text.lower() in ("for", "för"))
    return any(heads(doc, t) & vocab["thanks"] and (
        thanked_for or not CLAUSE_BREAK_RE.search(doc.text, t.end, matter.start)) for t in before)


CLAUSE_BREAK_RE = regex.compile(r"[,;:!?–—]|\s-\s")
ELATIVE_RE = regex.compile(r"(?i)st[aä](?:si|nne|mme|an|än|si)?$")


BLANKS_RE = regex.compile(r"\s*")


def _case_talk(doc: Document, vocab: Vocab, start: int, stop: int, what: Text, who: str,
               body: tuple[int, int] | None = None, limit: int | None = None, processed: bool = False) -> Found:
    """The opener at [start, stop) and, up to the next blank line (or in `body`), second-person talk of a case;
    with `processed` (a note addressed to a named person) one case or matter word with its processing beside it
    ("päätös lähti postiin", "rahat tilillä") is enough, in any person."""
    if body is None:
        blank = BLANKS_RE.match(doc.text, stop).end() - stop  # "@x\n\nsun hakemus...": the first line
        end = doc.text.find("\n\n", stop + blank, len(doc.text) if limit is None else max(limit, stop + blank))
        body = (stop, (len(doc.text) if limit is None else limit) if end < 0 else end)
    if cue_hits(doc, body[0], body[1], vocab["work_contact"]):
        return  # "Mikko, sun hakemus projektiryhmään on hyväksytty, tervetuloa!": a colleague joins, no case
    words = doc.words_between(*body)
    matters = [t for t in words if _matter(doc, t, vocab)]
    # everyday case words ("sun juttu", "asiasi", "your case") count only with the case's processing beside them
    cases = [t for t in words if heads(doc, t) & vocab["own_case"]] if vocab["own_case"] else []
    if not matters and not cases:
        return
    yours = [t for t in words if _second_person(doc, t, vocab)]
    near = [m for m in matters if _owned(doc, m, yours, vocab) and not _thanked_for(doc, m, vocab)]
    for case in cases:
        span = doc.sentences[doc.sentence_index(case.start)]
        if (_owned(doc, case, yours, vocab) and not cue_hits(doc, span.start, span.end, vocab["thanks"])
                and any(t is not case and heads(doc, t) & vocab["case_state"]
                        for t in doc.words_between(span.start, span.end))):
            near.append(case)
    if processed and not near:  # a note to a named person: a case word with its processing, in any person; an
        # everyday one ("rahat") only as the note's first word ("Annalle: rahat tilillä"), not "juhlan rahat"
        terse = [c for c in cases if words and c is words[0]]
        near = [m for m in [*matters, *terse] if _case_processed(doc, m, vocab)]
    if not matters and not near:
        return
    # two case words with no "you" ("hakemus... asumistuki", clipped "hakemus ok, rahat tilil pe": an everyday
    # case word with its processing counts as one) make a reply only after an opening handle
    if not near and stop <= body[0] and cases:
        matters = matters + [c for c in cases if _case_processed(doc, c, vocab)]
    if near or (stop <= body[0] and len({frozenset(heads(doc, m)) for m in matters}) >= 2):
        cue = (near or matters)[0]
        yield start, stop, what.fill(user=who, cue=cue.text)


def shown_names(doc: Document, vocab: Vocab) -> Found:
    """A picture word and a names word within two sentences, with a word that the names can be read or of a
    list or queue view, and not only that they are hidden."""
    sentences = doc.sentences
    if not cue_hits(doc, 0, len(doc.text), vocab["picture"]):
        return
    for i, sentence in enumerate(sentences):
        pictures = cue_hits(doc, sentence.start, sentence.end, vocab["picture"])
        if not pictures:
            continue
        lo, hi = sentence.start, sentences[min(i + 2, len(sentences) - 1)].end
        names = cue_hits(doc, lo, hi, vocab["names_shown"])
        if names and (NO_NAMES_RE.search(doc.text, lo, hi) or NAMES_HIDDEN_RE.search(doc.text, lo, hi)) and (
                not HIDING_HEDGE_RE.search(doc.text, lo, hi)):
            continue  # "ei henkilötietoja näkyvissä", "inga namn syns", "no names visible", "nimet peitetty"
        visible = cue_hits(doc, lo, hi, vocab["visible"])
        listing = cue_hits(doc, lo, hi, vocab["listing"])
        if not names and visible and cue_hits(doc, lo, hi, vocab["details_shown"]) and cue_hits(
                doc, lo, hi, vocab["customer"]) and not NAMES_HIDDEN_RE.search(doc.text, lo, hi):
            # "kuvassa näkyy asiakkaan kasvot ja osoite": a customer's face or address in the picture
            names = cue_hits(doc, lo, hi, vocab["details_shown"])
        listed = cue_hits(doc, sentence.start, sentence.end, vocab["people_listing"])
        if (not names and listed and _pictured(doc, sentence, vocab["picture"], vocab["people_listing"])
                and not _hidden(doc, lo, hi, vocab) and not NO_NAMES_RE.search(doc.text, lo, hi)
                and not EMPTY_LIST_RE.search(doc.text, lo, hi)):
            # "Screenshot of today's appointment list", "kuva päivän ajanvarauslistasta": a list made of names is
            # the picture's subject
            yield sentence.start, sentence.end, PICTURE.fill(words=", ".join(sorted(pictures | listed)))
            return
        if not names and _one_customers_document(doc, sentence, vocab):
            # "skrini asiakkaan viestistä", "kuva asiakkaan hakemuksesta": the picture is of one customer's message
            # or form; what it shows is theirs
            yield sentence.start, sentence.end, PICTURE.fill(words=", ".join(sorted(pictures)))
            return
        if not names:
            # "taustalla näkyy asiakkaan lomake": a customer's document seen in the picture; "ajanvarauslista näkyy":
            # a list made of names
            customer = cue_hits(doc, lo, hi, vocab["customer"]) or cue_hits(doc, lo, hi, vocab["people_listing"])
            if not (customer and (listing or vocab["people_listing"] & customer) and visible):
                continue
            names = customer
        if not visible and (not listing or _hidden(doc, lo, hi, vocab)):
            continue
        yield sentence.start, hi, PICTURE.fill(words=", ".join(sorted(pictures | names)))
        return


def _cue_offsets(doc: Document, span: Span, entries: frozenset[str]) -> list[int]:
    """Where the entries of a cue list start in the span: words by their heads, phrases by their text."""
    out = [t.start for t in doc.words_between(span.start, span.end) if heads(doc, t) & entries]
    if may_hold_phrase(doc, entries) and (pattern := phrase_re(entries)) is not None:
        out += [span.start + m.start() for m in pattern.finditer(doc.text[span.start:span.end].lower())]
    return out


def _pictured(doc: Document, span: Span, pictures: frozenset[str], things: frozenset[str]) -> bool:
    """A thing within four words after a picture word ("screenshot of today's appointment list", "kuva päivän
    ajanvarauslistasta"): the picture is of it, not only beside it ("pitkä ajanvarauslista, kuva kahvihuoneesta")."""
    seen = _cue_offsets(doc, span, pictures)
    return any(0 < len(doc.words_between(p, t)) <= 4 for p in seen for t in _cue_offsets(doc, span, things))


def _hidden(doc: Document, start: int, end: int, vocab: Vocab) -> bool:
    """A word that the names are hidden, not taken back by a hedge ("nimi peitetty... melkein", "partly
    blurred", "delvis suddade"): a half-hidden name is still read."""
    return bool(cue_hits(doc, start, end, vocab["hidden"])) and not HIDING_HEDGE_RE.search(doc.text, start, end)


def _one_customers_document(doc: Document, sentence, vocab: Vocab) -> bool:
    """A singular customer word and a message or form word in the picture's sentence, and nothing hidden."""
    start, end = sentence.start, sentence.end
    if not (cue_hits(doc, start, end, vocab["message"]) or cue_hits(doc, start, end, vocab["listing"])):
        return False
    if _hidden(doc, start, end, vocab) or NO_NAMES_RE.search(doc.text, start, end):
        return False
    # one customer: not a Finnish plural (asiakkaiden), nor an English or Swedish one (customers', kundernas)
    return any(heads(doc, t) & vocab["customer"] and "plural" not in features(t.text)
               and not t.text.lower().endswith(("s'", "ers", "erna", "ernas", "rs’"))
               for t in doc.words_between(start, end))


# The names said NOT to be there: a negation right before the names word.
NO_NAMES_RE = regex.compile(
    r"(?<!\p{L})(?:ei|eikä|ilman|inga|utan|no|without)\s(?:\p{L}+\s)?(?:nim(?:i|eä|iä|et)|henkilötieto\p{L}*"
    r"|asiakastieto\p{L}*|names?|namn|personuppgifter|personal\s(?:data|details|information))(?!\p{L})",
    regex.IGNORECASE)
# The names (or faces) said hidden right after the word: "nimet peitetty", "nimet on sumennettu", "faces blurred",
# "namnen är dolda" (but not "nimiä yritin sumentaa, mutta ne erottaa": a try, not a result).
NAMES_HIDDEN_RE = regex.compile(
    r"(?<!\p{L})(?:nimet|nimiä|names|namnen|namn|kasvot|faces?|ansiktet|ansikten|ansikte)\s(?:on\s|ovat\s|are\s|were\s|är\s|har\s(?:blivit\s)?)?"
    r"(?:peitetty|peitettyinä|peitetyt|sumennettu|sumennetut|piilotettu|rajattu|blurred|hidden|covered|redacted"
    r"|removed|dolda|suddade|maskade|borttagna)(?!\p{L})",
    regex.IGNORECASE)
# A list shown with nobody on it: a template, test data, an empty view.
EMPTY_LIST_RE = regex.compile(
    r"(?i)(?<!\p{L})(?:tyhjä\p{L}*|malli\p{L}*|pohja\p{L}*|testi\p{L}*|esimerkki\p{L}*|kuvitteelli\p{L}*|empty|template"
    r"|mock-?up|dummy|test\s+data|sample|example|fictional|tom(?:ma)?|mall(?:en)?|testdata|exempel\p{L}*|fiktiv\p{L}*)"
    r"(?!\p{L})")
# A hedge on the hiding: "melkein", "osittain", "almost", "partly", "nästan", "delvis" (spoken "melkee").
HIDING_HEDGE_RE = regex.compile(
    r"(?<!\p{L})(?:melkein|melkee|melkeen|lähes|osittain|osin|puoliks(?:i)?|vähän\s+sinne\s+päin|almost|nearly"
    r"|partly|partially|half|mostly|sort\s+of|kind\s+of|nästan|delvis|halvt|typ)(?!\p{L})",
    regex.IGNORECASE)
CLOSING_RE = regex.compile(
    r"(?<![\p{L}])(?:t\.|t:|terv\.|terveisin|terkuin|terkuilla|kiittäen|kiitollisena|hälsningar|hälsning|mvh"
    r"|mvh\.|vänligen|regards|best wishes|sincerely|yours|love|cheers|halauksin|halein|rakkaudella|kram|kramar"
    r"|hugs|xoxo|all the best|(?:best|thanks|many thanks|warmly)(?=\s*,))\s*,?\s+"
    r"(\p{Lu}\p{Ll}+(?:(?![ -](?:från|from|i|in)\s)[ -]\p{Lu}(?:\p{Ll}+|\.))?"
    r"(?:(?:,\s*|\s(?:från|from|i|in)\s)\p{Lu}\p{Ll}+)?)",
    regex.IGNORECASE)
QUOTES = "'\"“”«»‘’"
# A dash that opens a line, or follows a sentence's end, and a name that ends the line or the quotation ("- Raili,
# Ähtäri", "olit ihana! - Joan, Leeds”"): the signature of a quoted card.
DASH_SIGNATURE_RE = regex.compile(
    r"(?m)(?:^[ \t]*|(?<=[.!?…][ \t]*))[-–—~][ \t]*(\p{Lu}\p{Ll}+(?: \p{Lu}(?:\p{Ll}+|\.))?(?:,[ \t]*\p{Lu}\p{Ll}+)?)"
    r"[ \t]*(?=[\"”»'’]|$)")
# Initials that sign a quoted card or message ("...you saved me. -R.", "...en ois pärjänny” – M.K."): a dash
# after the message's last sentence or its closing quote, one or two initials, then a quote or the line's end.
INITIALS_SIGNATURE_RE = regex.compile(
    r"(?:(?<=[.!?…][ \t]*)|(?<=[.!?…\p{L}][\"”»'’][ \t]*)|(?m:^[ \t]*))"
    r"[-–—~/][ \t]?(\p{Lu}\.(?:[ \t]?\p{Lu}\.)?)(?=[ \t]*(?:[\"”»'’]|$))",
    regex.MULTILINE)
# The writer's own family sent the card: "from my sister", "från min syster", "mun siskolta".
OWN_FAMILY_RE = regex.compile(r"(?<!\p{L})(?:from|by|av|från|mun|minun|miun)\s(?:my\s|min\s|mitt\s|mina\s)?(\p{L}+)",
                              regex.IGNORECASE)
# The closing words and dashes those patterns need: a post with none (most) is not searched for a signature.
CLOSING_GATE = Prefilter.of(CLOSING_RE.pattern, CLOSING_RE.flags)
DASH_SIGNATURE_GATE = Prefilter.of(DASH_SIGNATURE_RE.pattern, DASH_SIGNATURE_RE.flags)


def _common_words(doc: Document, start: int, end: int) -> bool:
    """The signature is made of ordinary words, not a name ("Kelan johto", "- Mummo"): a word of it (before the
    home town) that Voikko knows, and only as a common noun."""
    who = doc.text[start:end].split(",")[0]
    for token in doc.words_between(start, start + len(who)):
        classes = {a.wordclass for a in doc.analyses[token.index]}
        if classes and len(token.text) > 1 and not classes & {"etunimi", "sukunimi", "nimi", "paikannimi"}:
            return True
    return False


def _own_familys(doc: Document, vocab: Vocab) -> bool:
    """The post says, before any quotation, that the card or letter came from the writer's own family ("a card
    from my sister", "kort från min mormor", "kortti siskoltani", "mun äidiltä"): a kinship word after "from my"
    or with a first-person possessive suffix. (Inside the quotation, "mieheni" is the sender's own family.)"""
    text = doc.text
    first_quote = min((i for q in QUOTES if (i := text.find(q)) >= 0), default=len(text))
    kin = vocab["kinship"] | vocab["family"] | vocab["relatives"]
    for m in OWN_FAMILY_RE.finditer(text, 0, first_quote):
        said = m.group(0).split()
        if len(said) < 2 or (said[0].lower() in ("from", "by", "av", "från") and len(said) < 3):
            continue  # "from Sarah": no "my"
        word = next(iter(doc.words_between(m.start(1), m.end(1))), None)
        if word is not None and heads(doc, word) & kin:
            return True
    return any(heads(doc, t) & kin and any(f.startswith("possessive:1") for f in features(t.text))
               for t in doc.words_between(0, first_quote))


def signed_letter(doc: Document, vocab: Vocab) -> Found:
    """A closing formula and a name inside quotation marks, or in a post that says it quotes a letter or card."""
    text = doc.text
    signatures = [*CLOSING_RE.finditer(text)] if CLOSING_GATE.may_match(doc.casefolded) else []
    if DASH_SIGNATURE_GATE.may_match(doc.casefolded):
        signatures += DASH_SIGNATURE_RE.finditer(text)
    letter = bool(cue_hits(doc, 0, len(text), vocab["letter"]))
    if letter and any(q in text for q in QUOTES) and regex.search(r"[-–—~/][ \t]?\p{Lu}\.", text):
        signatures += INITIALS_SIGNATURE_RE.finditer(text)  # initials only where the post speaks of a letter or card
    if not signatures or _own_familys(doc, vocab):
        return
    for m in signatures:
        name_start, name_end = m.span(1)
        if not text[name_start:name_start + 1].isupper() or _common_words(doc, name_start, name_end):
            continue
        if text[name_start:name_end].split(",")[0].split()[0].lower() in vocab["kinship"]:
            continue  # "Love, Grandma", "Kram, Mormor": the writer's own family signs, not a customer
        first = text[name_start:name_end].split()[0]
        if (first.isupper() and not regex.fullmatch(r"(?:\p{Lu}\.\s?)+", text[name_start:name_end])) \
                or text.startswith(":s", name_end):
            continue  # "Hälsningar FPA:s ledning", "Regards, HR": an organisation signs, not a person
        quoted = (any(q in text[max(0, m.start() - 600):m.start()] for q in QUOTES)
                  and (any(q in text[name_end:name_end + 40] for q in QUOTES)
                       # initials after the closing quote: "...pärjänny” – M.K."
                       or (m.re is INITIALS_SIGNATURE_RE and any(q in text[max(0, m.start() - 3):m.start()]
                                                                  for q in QUOTES))))
        # A letter laid out in the post: the signature on its own line and the writer's words after it.
        laid_out = (letter and text[:m.start()].rstrip(" ").endswith("\n")
                    and bool(regex.search(r"\p{L}{3}", text[name_end:].split("\n", 1)[-1] if "\n" in
                                          text[name_end:] else "")))
        if quoted or laid_out:
            yield m.start(), name_end, LETTER.fill(signature=text[name_start:name_end])


# The workplace "our" (plural: a team's, not "mun Jari", the writer's partner) right before a name.
OUR_NAME_RE = regex.compile(r"(?:^|\s)(?:meidän|meiän|meijän|vår|våran|our)\s$", regex.IGNORECASE)


# The workplace "us" right after a name: "Maria hos oss", "Maria på vår avdelning", "Maria from our team".
OURS_AFTER_NAME_RE = regex.compile(
    r"\s+(?:hos\s+oss|(?:på|i|från)\s+(?:vår|vårt|våran|vårat)\s+\w+|(?:in|on|from|at)\s+our\s+\w+|of\s+ours)\b",
    regex.IGNORECASE)


def _names_of_ours(doc: Document, start: int, end: int) -> list[Name]:
    """Capitalised name words (a sentence's first word too) followed by the workplace "us" ("Maria hos oss")."""
    return [Name(t.start, t.start + len(name_part(t)), name_part(t), False) for t in doc.words_between(start, end)
            if t.text[:1].isupper() and OURS_AFTER_NAME_RE.match(doc.text, t.end) and classify(doc, t)]


def colleague_health(doc: Document, vocab: Vocab) -> Found:
    """A health word in a sentence about a named person or a colleague (not the writer's own sick leave)."""
    health = vocab["health"]
    names: list | None = None
    for i, sentence in enumerate(doc.sentences):
        found = cue_hits(doc, sentence.start, sentence.end, health)
        if not found:
            continue
        prev = doc.sentences[i - 1] if i else sentence
        colleague = cue_hits(doc, prev.start, sentence.end, vocab["colleague_self"])
        if names is None:
            names = find_names(doc)
        named = [n for n in names if prev.start <= n.start < sentence.end] or _names_of_ours(doc, prev.start,
                                                                                             sentence.end)
        if not colleague:
            # "meiän Jari", "vår Stefan", "our Mark": a first name after a workplace "our" is a colleague
            ours = [n for n in named if OUR_NAME_RE.search(doc.text, max(0, n.start - 8), n.start)]
            ours = ours or _names_of_ours(doc, prev.start, sentence.end)
            if not ours:
                continue
            colleague, named = {ours[0].text}, ours
        tokens = doc.words_between(sentence.start, sentence.end)
        words = {t.text.lower() for t in tokens}
        if words & vocab["conditionals"]:
            continue  # "jos kollega on sairauslomalla...": advice
        if _topic_of_activity(doc, tokens, vocab):
            continue  # "kollegani väitteli diabeteksen hoidosta", "piti luennon syövästä": the illness is a topic
        if not named:
            own = [t for t in tokens if t.text.lower() in vocab["first_person"]]
            opener = next((t for t in tokens if heads(doc, t) & vocab["colleague_self"]), None)
            if own and (opener is None or own[0].start < opener.start):
                continue  # "olen sairauslomalla": the writer's own ("Our team lead is off sick... we miss her" is not)
            ours = [t for t in tokens if heads(doc, t) & vocab["colleague_self"] and (
                any(f.startswith("possessive:1") for f in features(t.text))
                or doc.text[max(0, t.start - 7):t.start].strip().lower() in vocab["our"]
                # "our deputy manager", "vår nya chef": one describing word between
                or any(w.text.lower() in vocab["our"] for w in doc.words_between(max(0, t.start - 24), t.start)[-2:-1])
                # spoken Finnish drops "mun": a bare singular colleague opening the sentence ("Työkaveri on ollu
                # saikulla"), when the sentence gives no advice ("kollega voi jäädä sairauslomalle")
                or (t is tokens[0] and "plural" not in features(t.text) and doc.token_langs[t.index] == "fi"
                    and not words & vocab["advice"] and _told(tokens) and not heads(doc, t) & vocab["team"]
                    and any(heads(doc, h) & health and "plural" not in features(h.text) for h in tokens)))]
            if not ours:
                continue
        who = named[0].text if named else sorted(colleague)[0]
        yield sentence.start, sentence.end, HEALTH.fill(who=who, words=", ".join(sorted(found)))


def _topic_of_activity(doc: Document, tokens: list[Token], vocab: Vocab) -> bool:
    """A health word after a public activity in the sentence is its topic ("väitteli astman hoidosta", "a thesis on
    diabetes"); one before it is the person's own ("off sick after surgery, so the webinar moves")."""
    activity = next((i for i, t in enumerate(tokens) if heads(doc, t) & vocab["public_activity"]), None)
    return activity is not None and any(heads(doc, t) & vocab["health"] for t in tokens[activity + 1:])


def _told(tokens: list[Token]) -> bool:
    """A told event, not a rule: a past tense, or the perfect's participle ("on ollu(t) saikulla")."""
    return any(t.text.lower() in ("ollu", "ollut", "olleet") or "past" in features(t.text) for t in tokens)


DETECTORS = {"reply": reply, "shown_names": shown_names, "signed_letter": signed_letter,
             "colleague_health": colleague_health}
