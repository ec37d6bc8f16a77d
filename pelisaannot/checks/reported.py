"""Abuse reported in quotes: `asiakas huusi minulle "saatanan pelle"`, `he called us "clowns"`.

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
    introduces, said by someone other than the writer."""
    if not verbs:
        return False
    text = doc.text
    sentence = doc.sentence_of(start)
    opening = max((text.rfind(q, sentence.start, start) for q in OPENING), default=-1)
    if opening < 0:
        return False
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
