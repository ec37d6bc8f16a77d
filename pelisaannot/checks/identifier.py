"""`identifier`: personal identifiers found by shape and confirmed by a validator, never by shape alone.

- henkilotunnus: python-stdnum checks the check character; every century sign is accepted, including those
  added in 2023 (A-F, U-Y besides -, + and A); temporary codes (900-999) unless `allow_temporary: false`.
- iban: python-stdnum (Finnish and foreign), with or without the four-character grouping.
- phone: libphonenumber's own matcher with region FI, reported only when `is_valid_number` holds. Service
  numbers (national 0204/029/010 "UAN", 0800 toll-free, 0600/0700 premium and shared cost) are an
  organisation's, not a person's, and are skipped unless `service_numbers: true`.
- email: the document's e-mail layer, and addresses written with (at) or [at]; shared mailboxes (info@,
  palaute@, kirjaamo@...) are an organisation's and skipped unless `role_mailboxes: true`.
- address: a street name (…katu, …tie, …kuja, …gatan, …) with a house number, optionally followed by a postal
  code and town, in any case form ("Kauppakadulla 5").
- plate: a Finnish vehicle registration plate (ABC-123); shaped like many codes, so rules give it context words.
The pack's `settings.allow` (public numbers and mailboxes of the organisation) is never reported; values are
compared without spaces and punctuation, and phone numbers in their E.164 form.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import regex

from pelisaannot.checks.base import Check, CheckConfigError, Match, PackContext
from pelisaannot.checks.context import Context, cue_hits, vocabulary, words
from pelisaannot.document import Document

Finder = Callable[[Document, Mapping[str, Any]], Iterator[tuple[int, int]]]


@dataclass(frozen=True, slots=True)
class IdentifierType:
    """One kind of identifier: how to find confirmed spans of it and what to call it (also its placeholder)."""

    label: str
    find: Finder
    placeholder: str


def _compact(value: str) -> str:
    return regex.sub(r"\W", "", value).lower()


HETU_RE = regex.compile(r"(?<![\w+-])\d{6}(?: ?[-–‐+A-FU-Ya-fu-y] ?| )\d{3}[0-9A-Ya-y](?![\w-])")


def _hetu(doc: Document, params: Mapping[str, Any]) -> Iterator[tuple[int, int]]:
    """A dash typed as an en dash ("100932–275U") or as a space ("221188 452b") is still the 1900s sign."""
    allow_temporary = params.get("allow_temporary", True)
    for m in HETU_RE.finditer(doc.text):
        value = m.group().upper().replace("–", "-").replace("‐", "-")
        if regex.fullmatch(r"\d{6} \d{3}\w", value):
            value = value.replace(" ", "-")
        from stdnum.fi import hetu  # python-stdnum is imported on first need (it pulls in ssl and pydoc)

        compact = regex.sub(r"\s", "", value)
        if hetu.is_valid(compact, allow_temporary=allow_temporary) or _named_code(doc, m.start(), compact, params):
            yield m.span()


def _named_code(doc: Document, start: int, value: str, params: Mapping[str, Any]) -> bool:
    """A code of the identity code's shape and a real birth date whose check character is wrong, named as an
    identity code among the three words before it ("asiakas kirjoitti hetun väärin: 010190-1234"): a mistyped
    code still points to one person, and a user must never see it waved through."""
    named = params.get("named_by")
    if not named:
        return False
    from stdnum.exceptions import InvalidChecksum, ValidationError
    from stdnum.fi import hetu

    try:
        hetu.validate(value, allow_temporary=True)
    except InvalidChecksum:
        pass  # stdnum checks the date and century sign first: only the check character is wrong
    except ValidationError:  # no real date or century sign: no identity code at all
        return False
    before = doc.words_between(max(0, start - 60), start)[-3:]
    keys = frozenset(n.lower() for n in named)
    if any(doc.lemmas(t) & keys or t.text.lower() in keys for t in before):
        return True
    tail = f" {' '.join(t.text.lower() for t in before)} "  # phrases: "id number", "social security number"
    return any(f" {k} " in tail for k in keys if " " in k)


IBAN_RE = regex.compile(r"(?<![\w-])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\w-])",
                        regex.IGNORECASE)
# Two digits in a row, which every IBAN holds: most posts have none and skip IBAN_RE, whose lookbehind makes it try
# every position.
TWO_DIGITS_RE = regex.compile(r"\d{2}")


def _iban(doc: Document, params: Mapping[str, Any]) -> Iterator[tuple[int, int]]:
    if not TWO_DIGITS_RE.search(doc.text):
        return
    for m in IBAN_RE.finditer(doc.text):
        start, end = m.span()
        # The pattern may take one group too many (a following word); shrink until the checksum holds.
        for stop in sorted({end, *(i for i in range(start + 15, end) if doc.text[i] == " ")}, reverse=True):
            from stdnum import iban

            if iban.is_valid(doc.text[start:stop]):
                yield start, stop
                break


PHONE_HINT_RE = regex.compile(r"\d(?:[\s().\-–/]*\d){5}")
# Codes that libphonenumber would also read as a number: a business id 0245437-2, an identity code.
NOT_PHONE_RE = regex.compile(r"^\d{7}-\d$|^\d{6}[-+A-Y]\d{3}\w$")


def _phone(doc: Document, params: Mapping[str, Any]) -> Iterator[tuple[int, int]]:
    if not PHONE_HINT_RE.search(doc.text):
        return  # most posts have no run of six digits: skip libphonenumber entirely
    import phonenumbers  # imported on first need: about 40 ms

    service = {phonenumbers.PhoneNumberType.UAN, phonenumbers.PhoneNumberType.TOLL_FREE,
               phonenumbers.PhoneNumberType.PREMIUM_RATE, phonenumbers.PhoneNumberType.SHARED_COST}
    include_service = params.get("service_numbers", False)
    for start, end, raw, number in _phone_numbers(doc):
        if NOT_PHONE_RE.match(raw):
            from stdnum.fi import hetu, ytunnus

            if ytunnus.is_valid(raw) or hetu.is_valid(raw):
                continue
        if not include_service and phonenumbers.number_type(number) in service:
            continue
        yield start, end


def _phone_numbers(doc: Document) -> list[tuple[int, int, str, Any]]:
    """Every valid number libphonenumber reads in the text, with its span and written form: a function of the text
    alone, so read once per document (the phone rule and the name rule's contact test both ask)."""
    found = doc.__dict__.get("_phone_numbers")
    if found is None:
        import phonenumbers

        found = [(m.start, m.end, m.raw_string, m.number)
                 for m in phonenumbers.PhoneNumberMatcher(doc.text, "FI", leniency=phonenumbers.Leniency.VALID)]
        found = doc.__dict__["_phone_numbers"] = sorted(
            found + list(_run_together(doc.text, [(s, e) for s, e, _, _ in found])))
    return found


PHONE_RUN_RE = regex.compile(r"\+?\d(?:[ ().\-/]?\d)+")
MAX_PHONE_LENGTH = 20


def _run_together(text: str, found: list[tuple[int, int]]) -> Iterator[tuple[int, int, str, Any]]:
    """Numbers written one after another with only a space between ("040 1234567 050 7654321"), which
    libphonenumber reads as one invalid number: the longest valid number from the left, then the next."""
    import phonenumbers

    for run in PHONE_RUN_RE.finditer(text):
        start, end = run.span()
        if end - start <= MAX_PHONE_LENGTH:
            continue  # one number at most: the matcher has judged it
        i = start
        while i < end:
            hit = None
            for j in range(min(end, i + MAX_PHONE_LENGTH), i + 5, -1):
                if j < end and text[j] != " ":
                    continue  # a number ends at a space or at the end of the run
                try:
                    number = phonenumbers.parse(text[i:j], "FI")
                except phonenumbers.NumberParseException:
                    continue
                if phonenumbers.is_valid_number(number):
                    hit = (i, j, text[i:j], number)
                    break
            if hit is None:
                nxt = text.find(" ", i, end)
                if nxt < 0:
                    break
                i = nxt + 1
                continue
            k = bisect.bisect_left(found, (hit[1], -1))
            if not (k and found[k - 1][1] > hit[0]):  # not what the matcher found already
                yield hit
            i = hit[1] + 1


# Addresses written to dodge harvesters: "pekka.virtanen(at)gmail.com", "liisa [at] luukku.fi".
OBFUSCATED_EMAIL_RE = regex.compile(
    r"(?<![\w.+-])[\w.+-]+\s?(?:\(at\)|\[at\]|\{at\}|\(ät\)|\[ät\])\s?[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}(?!\w)",
    regex.IGNORECASE)


#: What every match of OBFUSCATED_EMAIL_RE holds, lower-cased: most posts have none, and skip its search.
OBFUSCATED_AT = ("(at)", "[at]", "{at}", "(ät)", "[ät]")


def may_hold_obfuscated_email(doc: Document) -> bool:
    """Whether OBFUSCATED_EMAIL_RE can match the post at all (an "at" in brackets); remembered per document."""
    found = doc.__dict__.get("_obfuscated_at")
    if found is None:
        lowered = doc.text.lower()
        found = doc.__dict__["_obfuscated_at"] = any(at in lowered for at in OBFUSCATED_AT)
    return found


# An address spelled out in chat: "pirjo.v at gmail piste com", "nisse ät hotmail.com", "sam @ gmail dot com";
# only at a free-mail provider, so that "lisää at kela.fi" is no address (helper customer, issue 10).
SPOKEN_EMAIL_RE = regex.compile(
    r"(?<![\w.+-])[\w.+-]+\s(?:at|ät|@)\s(?:gmail|hotmail|outlook|live|yahoo|icloud|luukku|suomi24|kolumbus"
    r"|elisanet|saunalahti|welho|protonmail|gmx|aol)(?:\s?\.\s?|\s(?:piste|pist|dot|punkt)\s)(?:com|fi|net|se|me)"
    r"(?!\w)", regex.IGNORECASE)
SPOKEN_AT = (" at ", " ät ", " @ ")


def _email(doc: Document, params: Mapping[str, Any]) -> Iterator[tuple[int, int]]:
    spans = [(s.start, s.end) for s in doc.emails]
    if may_hold_obfuscated_email(doc):
        spans += [m.span() for m in OBFUSCATED_EMAIL_RE.finditer(doc.text)]
    if any(at in doc.text for at in SPOKEN_AT) or " ÄT " in doc.text or " AT " in doc.text:
        spans += [m.span() for m in SPOKEN_EMAIL_RE.finditer(doc.text)]
    for start, end in spans:
        if start and doc.text[start - 1] == "@":
            continue  # `@liisa@mastodon.social`: a fediverse handle, like `@liisa` on X, is no e-mail address
        local = regex.split(r"\s?(?:@|\(at\)|\[at\]|\{at\}|\(ät\)|\[ät\]|\sat\s|\sät\s)", doc.text[start:end],
                            maxsplit=1, flags=regex.IGNORECASE)[0]
        local = local.lower()
        roles = params["_words"]["role_mailboxes"]
        # "palaute@", also a team box written with a dot: "viestinta.tiimi@"
        if params.get("role_mailboxes", False) or not (local in roles or local.split(".")[0] in roles):
            yield start, end


# Street-name endings and their inflected stems (katu/kadu-, polku/polu-, rinne/rintee-, mäki/mäe-).
STREET_SUFFIXES = (
    "katu|kadu|tie|kuja|polku|polu|väylä|raitti|raiti|rinne|rintee|kaari|kaare|tanhua|aukio|tori|puistikko"
    "|puistiko|ranta|ranna|piha|portti|porti|kulma|penger|pengere|vainio|mäki|mäe|niitty|nity|kallio|harju"
    "|bulevardi|esplanadi|gatan|gata|vägen|väg|gränd|stigen"
)
STREET_PREFIXES = "Pohjoinen|Eteläinen|Itäinen|Läntinen|Vanha|Iso|Pieni|Uusi|Norra|Södra|Östra|Västra|Stora|Lilla"
# A capitalised street name (also a hyphenated or two-word one), any case ending, then a house number with an
# optional staircase letter and flat ("12 A 3", "5 b", "7-9", "12 as. 4"), then optionally "00100 Helsinki".
ADDRESS_RE = regex.compile(
    r"(?<![\p{L}\p{N}])"
    r"(?:(?:" + STREET_PREFIXES + r")\s)?\p{Lu}[\p{Ll}-]*(?:" + STREET_SUFFIXES + r")\p{Ll}{0,6}"
    r"\s\d{1,3}(?:\s?[-–]\s?\d{1,3})?"
    r"(?:\s?[A-Ha-h](?!\p{L})(?:\s?\d{1,3})?|\sas\.?\s?\d{1,3})?"
    r"(?:,?\s\d{5}(?:\s\p{Lu}\p{Ll}+)?)?"
    r"(?![\p{L}\p{N}]|[.,]\d)"
)
# A postal code and town after a street that has no number ("Koivukuja, 00100 Helsinki").
POSTAL_RE = regex.compile(
    r"(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}-]*(?:" + STREET_SUFFIXES + r")\p{Ll}{0,6},?\s(?:FI-)?\d{5}\s\p{Lu}\p{Ll}+"
)


# An English street address: the house number first, one or two capitalised words, a street word ("14 Elm
# Street", "221B Oak Ave", "3 Mill Lane"), not after a capitalised word ("Chapter 3 Main Street", "Season 2
# Park Lane"); Swedish and Finnish names are read by ADDRESS_RE.
ENGLISH_ADDRESS_RE = regex.compile(
    r"(?<![\p{L}\p{N}.,])(?<!\p{Lu}\p{Ll}*\s)\d{1,4}[A-Za-z]?\s(?:\p{Lu}\p{Ll}+\s){1,2}"
    r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?|Close|Way|Court|Ct\.?|Crescent|Terrace"
    r"|Gardens|Grove|Boulevard|Blvd\.?|Place|Pl\.?)(?![\p{L}\p{N}])")
# What every address has, found without trying each street-name ending at each capital: a capitalised word
# straight followed by a number (ADDRESS_RE), a five-digit postal code (POSTAL_RE), or a number followed by a
# capitalised word (ENGLISH_ADDRESS_RE).
ADDRESS_HINT_RE = regex.compile(r"\p{Lu}[\p{Ll}-]+\s\d|\d{5}|\d[A-Za-z]?\s\p{Lu}\p{Ll}")


def _address(doc: Document, params: Mapping[str, Any]) -> Iterator[tuple[int, int]]:
    yield from _addresses(doc)


def _addresses(doc: Document) -> list[tuple[int, int]]:
    """The street addresses of the text: a function of the text alone, so searched once per document (the address
    rule and the name rule's contact test both ask)."""
    found = doc.__dict__.get("_addresses")
    if found is not None:
        return found
    found = doc.__dict__["_addresses"] = []
    text = doc.text
    if not ADDRESS_HINT_RE.search(text):
        return found
    seen: list[tuple[int, int]] = []  # addresses, sorted and apart: a postal match inside one is not repeated
    for m in ADDRESS_RE.finditer(text):
        seen.append(m.span())
        found.append(m.span())
    for m in ENGLISH_ADDRESS_RE.finditer(text):
        seen.append(m.span())
        found.append(m.span())
    seen.sort()
    found.sort()
    for m in POSTAL_RE.finditer(text):
        start, end = m.span()
        k = bisect.bisect_right(seen, (start, len(text) + 1)) - 1
        if k >= 0 and seen[k][0] <= start < seen[k][1]:
            continue
        found.append((start, end))
    return found


PLATE_RE = regex.compile(r"(?<![\p{L}\p{N}-])[A-ZÅÄÖ]{2,3}-\d{1,3}(?![\p{L}\p{N}]|[-.,]\d)")


def _plate(doc: Document, params: Mapping[str, Any]) -> Iterator[tuple[int, int]]:
    for m in PLATE_RE.finditer(doc.text):
        if m.group().split("-")[0].lower() not in params["_words"]["not_plates"]:
            yield m.span()


TYPES: dict[str, IdentifierType] = {
    "henkilotunnus": IdentifierType("henkilötunnus", _hetu, "[henkilötunnus]"),
    "iban": IdentifierType("tilinumero (IBAN)", _iban, "[IBAN]"),
    "phone": IdentifierType("puhelinnumero", _phone, "[puhelinnumero]"),
    "email": IdentifierType("sähköpostiosoite", _email, "[sähköposti]"),
    "address": IdentifierType("katuosoite", _address, "[osoite]"),
    "plate": IdentifierType("rekisterinumero", _plate, "[rekisterinumero]"),
}


def _allow_keys(value: str) -> set[str]:
    """An allowed value as compared: compact, and for a phone number also its E.164 digits."""
    keys = {_compact(value)}
    digits = regex.sub(r"\D", "", value)
    if digits.startswith("0") and 6 <= len(digits) <= 12 and not regex.search(r"[\p{L}@]", value):
        keys.add("358" + digits[1:])
    elif digits.startswith("358"):
        keys.add("0" + digits[3:])
    return keys


def _someone_else(doc: Document, start: int, end: int, pronouns: frozenset[str]) -> bool:
    """A third-person pronoun standing alone ("soittakaa sille"), not a demonstrative before a noun ("sille
    ystävälle")."""
    tokens = doc.words_between(start, end)
    for k, t in enumerate(tokens):
        if t.text.lower() in pronouns:
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            if after is None or not any(a.wordclass.startswith("nimisana") for a in doc.analyses[after.index]):
                return True
    return False


def _person_owner(doc: Document, start: int, end: int, person: frozenset[str]) -> bool:
    """A person word in the genitive before the number in its sentence ("mummon puhelin", "sen äijän numero")."""
    from pelisaannot.checks.customer_context import heads

    return any(t.text.lower().endswith("n") and heads(doc, t) & person and t.text.lower() not in person
               for t in doc.words_between(start, end))


def _domain(value: str) -> str:
    domain = regex.split(r"@|\(at\)|\[at\]|\{at\}|\(ät\)|\[ät\]|\sat\s|\sät\s", value.lower(),
                         maxsplit=1)[-1].strip()
    # "gmail piste com", "gmail dot com": the spelled-out dot
    return regex.sub(r"\s?(?:\s(?:piste|pist|dot|punkt)\s|\.)\s?", ".", domain)


class IdentifierCheck(Check):
    """Identifiers confirmed by a validator, less those whose owner the post shows is not a private person:
    the writer's own number in a private sale, a colleague's work contacts in a job ad or welcome post, the
    organisation's own account (with a reference number or the organisation's name beside it)."""

    kind = "identifier"
    placeholders = frozenset({"type"})

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        for i, name in enumerate(params["types"]):
            if name not in TYPES:
                raise CheckConfigError(f"types[{i}]", f"unknown identifier type {name!r}; known: "
                                       + ", ".join(sorted(TYPES)))
        self.types = [TYPES[name] for name in params["types"]]
        self.context = Context.from_params(params.get("context"))
        allow = list(params.get("allow", [])) + list(pack.settings.get("allow", []))
        self.allow = frozenset(k for a in allow for k in _allow_keys(a))
        vocab = vocabulary(params, pack)
        self.words = {topic: words(vocab, topic) for topic in
                      ("role_mailboxes", "not_plates", "sale", "work_contact", "free_mail", "organisation",
                       "customer", "own_contact", "person", "someone_else", "own_address")}
        self.words["organisation"] |= {w.lower() for w in pack.settings.get("organisation_names", [])}
        # the organisation's own mail domains (kela.fi): a staff address is a work contact, never a customer's
        self.work_domains = frozenset(d.lower().lstrip("@") for d in pack.settings.get("work_mail_domains", []))
        self.find_params = {**params, "_words": self.words}
        self.owners = params.get("owners", True)

    def allowed(self, value: str) -> bool:
        return bool(_allow_keys(value) & self.allow)

    def genres(self, doc: Document) -> frozenset[str]:
        """"sale" (a private sale ad: the number is the writer's own) and "work" (a job ad, a welcome post, a
        contact person: the contacts are a colleague's work contacts), read from the whole post."""
        cache = doc.__dict__.setdefault("_identifier_genres", {})
        key = (self.words["sale"], self.words["work_contact"])
        if key not in cache:
            found = set()
            if cue_hits(doc, 0, len(doc.text), self.words["sale"]):
                found.add("sale")
            if cue_hits(doc, 0, len(doc.text), self.words["work_contact"]):
                found.add("work")
            if cue_hits(doc, 0, len(doc.text), self.words["own_contact"]):
                found.add("own")  # "soita mulle", "ring mig", "sign up": the writer's own contact, on purpose
            cache[key] = frozenset(found)
        return cache[key]

    def owned(self, doc: Document, type_name: str, start: int, end: int) -> bool:
        """True when the post shows the value is not a private person's (see the class docstring)."""
        if not self.owners or type_name not in ("phone", "email", "iban", "address"):
            return False
        if type_name == "iban" or type_name == "address":
            i = doc.sentence_index(start)
            lo = doc.sentences[max(i - 1, 0)].start if i >= 0 else 0
            hi = doc.sentences[min(i + 1, len(doc.sentences) - 1)].end if i >= 0 else len(doc.text)
            here = doc.sentence_of(start)
            if cue_hits(doc, here.start, here.end, self.words["customer"]):
                return False  # "asiakas ilmoitti tilinumeroksi ...": the customer's own
            if type_name == "address" and cue_hits(doc, here.start, here.end, self.words["own_address"]) \
                    and not cue_hits(doc, here.start, here.end, self.words["person"]):
                return True  # "I live at 14 Elm Street, party on saturday": the writer's own, on purpose
            return bool(cue_hits(doc, lo, hi, self.words["organisation"]))
        if type_name == "email" and _domain(doc.text[start:end]) in self.work_domains:
            return True  # "kiireelliset asiat kollegalleni: maija.m@kela.fi": a staff address at the work domain
        genres = self.genres(doc)
        if genres:
            here = doc.sentence_of(start)
            if cue_hits(doc, here.start, here.end, self.words["customer"]):
                return False  # "asiakas pyysi: soita mulle ...", "asiakas soitti, tavoitat hänet ...": the customer's
        if "own" in genres and (_someone_else(doc, here.start, here.end, self.words["someone_else"])
                                or _person_owner(doc, here.start, start, self.words["person"])):
            genres = genres - {"own"}  # "mummon puhelin 040..., soittakaa sille": another person's number
        if type_name == "phone":
            return bool(genres)
        free = _domain(doc.text[start:end]) in self.words["free_mail"]
        return ("work" in genres and not free) or (bool(genres & {"sale", "own"}) and free)

    def _type_names(self) -> list[str]:
        """Each type's name in TYPES, found once (by equality, not identity: a pickled policy holds copies)."""
        names = self.__dict__.get("_names_of_types")
        if names is None:
            names = self.__dict__["_names_of_types"] = [next(n for n, t in TYPES.items() if t == kind)
                                                        for kind in self.types]
        return names

    def run(self, doc: Document) -> Iterator[Match]:
        for kind, name in zip(self.types, self._type_names(), strict=True):
            for start, end in kind.find(doc, self.find_params):
                if self.allowed(doc.text[start:end]) or self.owned(doc, name, start, end):
                    continue
                if self.context and not self.context.accepts(doc, start, end):
                    continue
                yield Match(start, end, {"type": kind.label, "placeholder": kind.placeholder})
