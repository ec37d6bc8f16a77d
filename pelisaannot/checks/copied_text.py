"""`copied_text`: someone else's content pasted into a draft without a source or licence.

One kind, four signals (`mode`):
- `quotation`: a long quotation (`min_words` words between quotation marks, or lines quoted with `>`) in a
  post that names no source: no link, no @mention, no `lähde:`/`kuva:`/`via` credit, no verb that names a
  speaker (`sanoo`, or any form of a base form in `speech_files`: `toteaakin`, `skrev`, `wrote`); with
  `any_source`, a quotation over paragraphs long enough to be the whole text, source or not;
- `page`: a pasted web page, told by its furniture: bylines and time stamps, share and "read more" links,
  photo credits of news agencies, comment and subscription prompts. `min_cues` different kinds of cue are
  needed, so one "Lue lisää:" before a link stays clean;
- `stock`: links to stock-photo or image-search sites (the pack's `hosts_files`: Getty, Shutterstock, iStock,
  Adobe Stock, Alamy, Google Images) with no licence or credit word (`licence_files`) nearby;
- `protected`: a long run of words shared with one of the texts the pack lists in `protected_sources`
  (word shingles of `shingle` words, so spacing, case and punctuation do not matter).
"""

from __future__ import annotations

import glob
import itertools
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import regex

from pelisaannot.checks.base import Check, CheckConfigError, Match, PackContext, read_pack_file
from pelisaannot.checks.literals import Prefilter
from pelisaannot.document import Document
from pelisaannot.localised import Text

# A quotation opens with a mark that follows a blank or punctuation and precedes a word, and closes the other way
# round. Without these sides a stray or doubled mark (`""` of a CSV field) pairs with the next quotation's opening
# and makes the writer's own text between two quotations "a quotation".
QUOTE_RE = regex.compile(r"(?<![\"“”„«»\p{L}\p{N}])[\"“”„«»](?=[^\s\"“”„«»])([^\"“”„«»\n]{20,}?)(?<=\S)[\"“”„«»]"
                         r"(?![\"“”„«»\p{L}\p{N}])")
BLOCKQUOTE_RE = regex.compile(r"(?m)^(?:>[^\n]*\n?)+")
# A quotation over several paragraphs: a pasted article or talk, opened by a quotation mark at the start of a line
# (or after a colon) and closed by one at the end of a line, with a line break inside.
PARAGRAPHS_QUOTE_RE = regex.compile(
    r"(?m)(?:^[ \t]*|:[ \t]*)([\"“”„«»][^\"“”„«»]{200,}?\n[^\"“”„«»]*?[\"“”„«»])[ \t]*$")
SOURCE_RE = regex.compile(
    r"(?i)\b(?:lähde|lähteet|lähteenä|kuva|kuvat|kuvaaja|kuvaus|teksti|kirjoittaja|via|källa|foto|source|credit|"
    r"photo|image)\s*:|(?i:\b(?:lähde|via|källa|source)\b)"
    r"|\b(?:sanoo|sanoi|kirjoittaa|kirjoitti|toteaa|totesi|muistuttaa|muistutti|kertoo|kertoi|mukaan|"
    r"säger|skriver|says|wrote|writes)\b"
    r"|[—–-]\s*\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?\s*$"
)
WORD_RE = regex.compile(r"[\p{L}\p{N}]+")

# English and Swedish month names, in full and short ("March", "Mar", "mars", "okt").
MONTHS = (r"(?:jan(?:uary|uari)?|feb(?:ruary|ruari)?|mar(?:ch|s)?|apr(?:il)?|maj|may|jun(?:e|i)?|jul(?:y|i)?"
          r"|aug(?:ust|usti)?|sep(?:t|tember)?|o[ck]t(?:ober)?|nov(?:ember)?|dec(?:ember)?)")

CUES: tuple[tuple[str, str], ...] = (
    # [^\S\n]* and one way to read the blanks: `^\s*` and `\s*[:|]?\s+` made a post of blank lines quadratic.
    ("byline", r"(?m)^[^\S\n]*(?i:teksti|toimittaja|kirjoittaja|text|by|av)(?:\s*[:|]\s+|\s+)"
               r"\p{Lu}\p{L}+\s+\p{Lu}\p{L}+"),
    # a date as Finns write it (12.3.2024), in words (12 March 2024, 12 mars, March 12, 2024) or ISO, then a time
    ("timestamp", r"(?i)\b(?:julkaistu|päivitetty|published|updated|last updated|publicerad|uppdaterad)\s*(?::\s*)?"
                  r"(?:on\s+|den\s+)?(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{2,4})?|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}"
                  r"|\d{1,2}(?:st|nd|rd|th)?\s+" + MONTHS + r"\.?(?:\s+\d{4})?"
                  r"|" + MONTHS + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?)"
                  r"\s*(?:klo\s*|kl\.?\s*|at\s+)?\d{0,2}[:.]?\d{0,2}"),
    ("share", r"(?im)^[^\S\n]*(?:jaa|jaa artikkeli|jaa juttu|jaa facebookissa|jaa twitterissä|jaa x:ssä|share|tweet|"
              r"dela|kopioi linkki|tulosta)\s*$"
              r"|\bjaa\s+(?:facebookissa|twitterissä|x:ssä|linkedinissä|whatsappissa)\b"),
    ("readmore", r"(?im)^[^\S\n]*(?:lue myös|lue lisää|lue seuraavaksi|aiheesta lisää|read more|related|läs också|"
                 r"läs mer)\s*(?::\s*)?$|^[^\S\n]*(?:lue myös|read more|läs också)\s*:"),
    ("photo", r"(?i)\b(?:kuva|kuvat|foto|photo|kuvaaja|bild|picture|image)\s*:\s*(?:[^\n/|]{0,40}[/|]\s*)?"
              r"(?:lehtikuva|stt|afp|ap|reuters|getty(?: images)?|shutterstock|istock|epa|rodeo|mostphotos|"
              r"adobe stock|alamy|yle|hs|helsingin sanomat|iltalehti|ilta-sanomat|mtv)\b"),
    ("prompt", r"(?im)^[^\S\n]*(?:kommentit|kommentoi|tilaa uutiskirje|tilaa|mainos|ilmoitus|kirjaudu sisään|"
               r"kirjaudu kommentoidaksesi|tilaajille|vain tilaajille|comments|subscribe|advertisement|annons)\s*"
               r"(?:\(\d+\)\s*)?$"),
    ("copyright", r"(?i)©|\bkaikki oikeudet pidätetään\b|\ball rights reserved\b"),
)
CUE_NAMES = {
    "byline": Text("kirjoittajan nimi", "skribentens namn", "byline"),
    "timestamp": Text("julkaisuaika", "publiceringstid", "publication time"),
    "share": Text("jakolinkki", "delningslänk", "share link"),
    "readmore": Text("lue lisää -linkki", "läs mer-länk", "read-more link"),
    "photo": Text("uutistoimiston kuvaaja", "nyhetsbyråns fotograf", "news agency photographer"),
    "prompt": Text("kommentti- tai tilauskehote", "uppmaning att kommentera eller prenumerera",
                   "prompt to comment or subscribe"),
    "copyright": Text("tekijänoikeusmerkintä", "upphovsrättsmärkning", "copyright notice"),
}
PAGE = Text("verkkosivun rakenteita: ", "delar av en webbsida: ", "parts of a web page: ")
QUOTE = Text("{count} sanan lainaus", "citat på {count} ord", "{count}-word quotation")
UNSOURCED = Text("{count} sanan lainaus ilman lähdettä", "citat på {count} ord utan källa",
                 "{count}-word quotation without a source")
STOCK = Text("kuvapankin tai kuvahaun linkki ilman lisenssiä", "länk till bildbank eller bildsökning utan licens",
             "a stock-photo or image-search link without a licence")
PROTECTED = Text("{count} sanaa samassa järjestyksessä kuin suojatussa lähteessä",
                 "{count} ord i samma ordning som i en skyddad källa",
                 "{count} words in the same order as in a protected source")


def _host_pattern(entry: str) -> str:
    """`google.*/imgres` -> a regular expression; `*` is any run of characters but a blank."""
    return r"[^\s<>\"]*?".join(regex.escape(piece) for piece in entry.strip().split("*"))


def _word_pattern(entry: str) -> str:
    """`lisenssi*` -> `lisenssi\\w*`; blanks and hyphens may be either."""
    body = regex.escape(entry.strip().rstrip("*")).replace(r"\ ", r"[ -]").replace(r"\-", r"[ -]")
    return body + (r"\w*" if entry.strip().endswith("*") else "")


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), m.start(), m.end()) for m in WORD_RE.finditer(text)]


def _lowered_words(doc: Document) -> list[str]:
    """The words of `_words` alone (no places), read in C once per document."""
    cached = doc.__dict__.get("_copied_words")
    if cached is None:
        cached = doc.__dict__["_copied_words"] = list(map(str.lower, WORD_RE.findall(doc.text)))
    return cached


class CopiedTextCheck(Check):
    kind = "copied_text"
    placeholders = frozenset({"reason", "words", "source"})

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        self.mode = params["mode"]
        self.min_words = params.get("min_words", 25)
        self.min_cues = params.get("min_cues", 2)
        self.any_source = params.get("any_source", False)
        self.shingle = params.get("shingle", 8)
        self.min_shared = params.get("min_shared_words", 15)
        self.cues = [(name, regex.compile(p), Prefilter.of(p)) for name, p in CUES]
        self.stock: regex.Pattern[str] | None = None
        self.stock_hints: tuple[str, ...] = ()
        self.licence: regex.Pattern[str] | None = None
        if self.mode == "stock":
            hosts = [h for i, f in enumerate(params.get("hosts_files", []))
                     for h in pack.read_list(f, f"hosts_files[{i}]")]
            words = [w for i, f in enumerate(params.get("licence_files", []))
                     for w in pack.read_list(f, f"licence_files[{i}]")]
            if not hosts:
                raise CheckConfigError("hosts_files", "mode 'stock' needs a list of stock-photo addresses")
            self.stock = regex.compile(r"(?i)(?:https?://)?(?:[\w-]+\.)*(?:" + "|".join(map(_host_pattern, hosts))
                                       + r")[^\s<>\"]*")
            # A cheap test before the regular expression: the first run of letters or digits of each address.
            self.stock_hints = tuple(regex.match(r"[\w-]+", h.lower()).group() for h in hosts)  # type: ignore[union-attr]
            self.licence = (regex.compile(r"(?i)\b(?:" + "|".join(map(_word_pattern, words)) + r")\b")
                            if words else None)
        self.window = params.get("window", 200)
        # Verbs that attribute a quotation ("X toteaakin:", "she wrote"), by base form: any inflected form counts.
        self.speech = frozenset(w.lower() for i, f in enumerate(params.get("speech_files", []))
                                for w in pack.read_list(f, f"speech_files[{i}]"))
        self._sources = [*params.get("sources", []), *pack.settings.get("protected_sources", [])]
        if self.mode == "protected" and not self._sources:
            raise CheckConfigError("sources", "mode 'protected' needs sources here or protected_sources in the pack")
        # Read at load time, inside the pack only: a missing or broken source is a load error, not a crash later.
        self._protected_index = self._build_index() if self.mode == "protected" else {}
        self._heads = frozenset(shingle[0] for shingle in self._protected_index)

    # quotation -------------------------------------------------------------------------------

    def _has_source(self, doc: Document) -> bool:
        if doc.urls or doc.mentions or SOURCE_RE.search(doc.text):
            return True
        return bool(self.speech) and any(not self.speech.isdisjoint(doc.lemmas(word)) for word in doc.words)

    def _quotations(self, doc: Document) -> Iterator[Match]:
        if not any(c in doc.text for c in "\"“”„«»>"):
            return
        if self.any_source:
            spans = [(m.start(1), m.end(1)) for m in PARAGRAPHS_QUOTE_RE.finditer(doc.text)]
        else:
            spans = [(m.start(), m.end()) for m in QUOTE_RE.finditer(doc.text)]
        spans += [(m.start(), m.end()) for m in BLOCKQUOTE_RE.finditer(doc.text)]
        reason = QUOTE if self.any_source else UNSOURCED
        long = [(start, end, count) for start, end in spans
                if (count := len(WORD_RE.findall(doc.text[start:end]))) >= self.min_words]
        # A whole article stays a copy with its source named: `any_source` rules report it all the same.
        if not long or (not self.any_source and self._has_source(doc)):
            return
        for start, end, count in long:
            yield Match(start, end, {"reason": reason.fill(count=count), "words": count})

    # page ------------------------------------------------------------------------------------

    def _page(self, doc: Document) -> Iterator[Match]:
        found: dict[str, tuple[int, int]] = {}
        for name, pattern, prefilter in self.cues:
            m = pattern.search(doc.text) if prefilter.may_match(doc.casefolded) else None
            if m:
                start, end = m.span()
                while start < end and doc.text[start].isspace():
                    start += 1
                found[name] = (start, end)
        if len(found) < self.min_cues:
            return
        start = min(s for s, _ in found.values())
        end = max(e for _, e in found.values())
        reason = Text.build(lambda lang: PAGE.get(lang) + ", ".join(CUE_NAMES[n].get(lang) for n in found))
        yield Match(start, end, {"reason": reason, "words": len(WORD_RE.findall(doc.text))})

    # stock -----------------------------------------------------------------------------------

    def _stock(self, doc: Document) -> Iterator[Match]:
        lowered = doc.text.lower()
        if self.stock is None or not any(hint in lowered for hint in self.stock_hints):
            return
        for m in self.stock.finditer(doc.text):
            start, end = m.span()
            while end > start and doc.text[end - 1] in ".,;:!?)]}'\"":
                end -= 1
            around = doc.text[max(0, start - self.window):end + self.window]
            if self.licence is not None and self.licence.search(around):
                continue
            yield Match(start, end, {"reason": STOCK})

    # protected -------------------------------------------------------------------------------

    @property
    def _index(self) -> dict[tuple[str, ...], str]:
        return self._protected_index

    def _build_index(self) -> dict[tuple[str, ...], str]:
        """Shingle -> source name, over every protected text."""
        index: dict[tuple[str, ...], str] = {}
        for i, pattern in enumerate(self._sources):
            paths = self.pack.glob(pattern, f"sources[{i}]")
            if not paths and not glob.has_magic(pattern):
                raise CheckConfigError(f"sources[{i}]", f"cannot read protected source {pattern!r}")
            for path in paths:
                text = read_pack_file(path, str(path.name), f"sources[{i}]", "protected source")
                words = [w for w, _, _ in _words(text)]
                for j in range(len(words) - self.shingle + 1):
                    index.setdefault(tuple(words[j:j + self.shingle]), Path(path).stem)
        return index

    def _protected(self, doc: Document) -> Iterator[Match]:
        lowered = _lowered_words(doc)
        if len(lowered) < self.shingle:
            return
        index = self._index
        heads = self._heads
        # A shingle is looked up only where its first word starts one of the protected shingles (picked in C).
        hits: list[str | None] = [None] * (len(lowered) - self.shingle + 1)
        for j in itertools.compress(range(len(hits)), map(heads.__contains__, lowered)):
            hits[j] = index.get(tuple(lowered[j:j + self.shingle]))
        if hits.count(None) == len(hits):
            return  # no shingle of a protected text: most posts
        words = _words(doc.text)
        j = 0
        while j < len(hits):
            if hits[j] is None:
                j += 1
                continue
            k = j
            while k + 1 < len(hits) and hits[k + 1] is not None:
                k += 1
            count = k - j + self.shingle
            if count >= self.min_shared:
                yield Match(words[j][1], words[k + self.shingle - 1][2],
                            {"reason": PROTECTED.fill(count=count),
                             "words": count, "source": hits[j]})
            j = k + 1

    def run(self, doc: Document) -> Iterator[Match]:
        if self.mode == "quotation":
            yield from self._quotations(doc)
        elif self.mode == "page":
            yield from self._page(doc)
        elif self.mode == "stock":
            yield from self._stock(doc)
        else:
            yield from self._protected(doc)
