"""Abuse reported in quotes: `asiakas huusi minulle "saatanan pelle"`, `he called us "clowns"`; and names the writer
or the staff were called, reported without quotes: `meitä haukuttiin idiooteiksi` (`reported_name`).

A word inside a quotation that a verb of saying or calling introduces is someone else's word: the writer reports
it (often to condemn it), and the tone rules leave it alone, as they leave a word named as a word (`sana
perkele`). The quotation must open and close in the sentence, and the verb must stand a few words before the
opening quote. The words must be aimed at the writer or the staff: a first-person object or subject stands
a few words before the quote (`minulle`, `meitä`, `us`, `oss`, `että olemme`), so abuse received is reported while a
colleague's swearing passed on (`kollega kirjoitti chattiin "vitun kela"`) is still published. What the writer
says themselves stays theirs: a verb in the first person (`sanoin pomolle "olet idiootti"`, `I told him
"idiot"`, `jag sa "idiot"`) reports nothing.
"""

from __future__ import annotations

from pelisaannot.document import Document

#: Double quotes and guillemets only: a single quote is also an apostrophe (`don't`, `Kela's`).
OPENING = "\"“”„«»"
CLOSING = {'"': '"“”', "“": "”\"", "”": "”\"", "„": "“”\"", "«": "»", "»": "«»"}
#: Words that, just before the verb, make it the writer's own (English and Swedish).
FIRST_PERSON = frozenset({"i", "we", "jag", "vi", "minä", "mä", "me", "mää"})
#: The writer or the staff as the one the quoted words are aimed at (Finnish spoken forms too).
AIMED_AT_US = frozenset({
    "minulle", "mulle", "minua", "mua", "minut", "mut", "minuun", "muhun", "meille", "meitä", "meiät",
    "meidät", "meihin", "olen", "oon", "olemme", "ollaan", "olisin", "olisimme",
    "me", "us", "i'm", "we're", "mig", "oss"})
#: Finnish passive endings: `sanottiin`, `kutsutaan` report someone else's words.
PASSIVE_ENDINGS = ("aan", "ään", "tiin")
#: How many words may stand between the verb and the opening quote (`huusi minulle kovaan ääneen "..."`).
VERB_WINDOW = 4
#: How many words before the opening quote may name the writer or the staff (`kirjoitti meille, että olemme "..."`).
AIMED_WINDOW = 6


def _first_person(word: str, before: str | None) -> bool:
    if before in FIRST_PERSON:
        return True
    # Finnish: sanoin, huusin, kutsun, sanomme; not the passive (sanottiin, kutsutaan)
    return word.endswith("mme") or (word.endswith("n") and not word.endswith(PASSIVE_ENDINGS))


def reported_quote(doc: Document, start: int, end: int, verbs: frozenset[str]) -> bool:
    """Whether `doc.text[start:end]` stands inside a quotation that a verb of `verbs` (base forms or words)
    introduces, said by someone other than the writer; or is a name the writer or the staff were called, told
    without quotes (`reported_name`)."""
    if not verbs:
        return False
    text = doc.text
    sentence = doc.sentence_of(start)
    opening = max((text.rfind(q, sentence.start, start) for q in OPENING), default=-1)
    if opening < 0:
        return reported_name(doc, start, end, verbs)
    quote = text[opening]
    closers = CLOSING.get(quote, quote)
    if any(c in text[opening + 1:start] for c in closers):
        return False  # the quotation closed before the word
    limit = max(sentence.end, min(len(text), sentence.end + 2))
    if not any(text.find(c, end, limit) >= 0 for c in closers):
        return False
    words = doc.words_between(sentence.start, opening)
    if not any(t.text.lower().replace("’", "'") in AIMED_AT_US for t in words[-AIMED_WINDOW:]):
        return False  # (`meille ... vanha sananlasku sanoo: "..."` quotes a proverb, not abuse at us)
    before = words[-VERB_WINDOW:]
    for k in range(len(before) - 1, -1, -1):
        token = before[k]
        word = token.text.lower()
        if word in verbs or doc.lemmas(token) & verbs:
            previous = before[k - 1].text.lower() if k > 0 else None
            return not _first_person(word, previous)
    return False


#: The Finnish translative, the case of what one is called (`idiooteiksi`, spoken `ääliöks`).
TRANSLATIVE = ("ksi", "ks")
#: Articles between the object and the name in English and Swedish (`called me an idiot`, `kallade oss en idiot`).
ARTICLES = frozenset({"a", "an", "such", "en", "ett"})


def reported_name(doc: Document, start: int, end: int, verbs: frozenset[str]) -> bool:
    """Name-calling aimed at the writer or the staff, reported without quotes: `meitä haukuttiin idiooteiksi`,
    `asiakas nimitteli minua ääliöksi`, `he called us idiots`, `hon kallade mig idiot`. In Finnish the name is in
    the translative, with a first-person object and a calling verb not in the first person a few words before
    (`kutsuin pomoa idiootiksi` is the writer's own); in English and Swedish the verb and the object stand right
    before it (an article between)."""
    sentence = doc.sentence_of(start)
    before = doc.words_between(sentence.start, start)[-AIMED_WINDOW:]
    if len(before) < 2:
        return False
    lowered = [t.text.lower().replace("’", "'") for t in before]
    if not doc.text[start:end].lower().endswith(TRANSLATIVE):
        k = len(lowered) - (2 if lowered[-1] in ARTICLES else 1)
        if k < 1 or lowered[k] not in AIMED_AT_US or lowered[k] in ("olen", "olemme", "oon", "ollaan") or (
                lowered[k] == "me" and doc.lang_of(start) not in ("en", "sv")):
            return False  # `me` is the Finnish `we`, and a copula says it of oneself
        verb = before[k - 1]
        return (lowered[k - 1] in verbs or bool(doc.lemmas(verb) & verbs)) and not (
            k > 1 and lowered[k - 2] in FIRST_PERSON)
    if not any(w in AIMED_AT_US and w not in ("me", "olen", "olemme", "oon", "ollaan", "olisin", "olisimme")
               for w in lowered):
        return False
    for k in range(len(before) - 1, -1, -1):
        if lowered[k] in verbs or doc.lemmas(before[k]) & verbs:
            return not _first_person(lowered[k], lowered[k - 1] if k > 0 else None)
    return False
