"""`credentials`: passwords, one-time codes, API tokens and private keys pasted into a draft.

Three signals, from surest to least sure:
- tokens with a known prefix and shape (`ghp_…`, `glpat-…`, `xoxb-…`, `AKIA…`, `sk-…`, private-key headers,
  JWTs, `user:password@` in a URL, `?token=…` in a URL);
- a keyword followed by a value (`salasana: Kesä2024!`, `password=hunter2`, `PIN-koodi on 4821`). The value
  must look like a secret: a code is 4-8 digits; a password has a digit, a symbol or inner capitals, or
  follows `:`/`=` and is a word the dictionary does not know. `Salasana on vaihdettava` and
  `Salasana: vähintään 12 merkkiä` are advice, not secrets;
- long high-entropy tokens that mix lower case, capitals and digits (not words, not URLs, not hashtags).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

import regex

from pelisaannot.checks.base import Check, Match, PackContext
from pelisaannot.document import Document

PREFIXED: tuple[tuple[str, str], ...] = (
    ("GitHub-tunniste", r"\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}|\bgithub_pat_[A-Za-z0-9_]{22,}"),
    ("GitLab-tunniste", r"\bglpat-[A-Za-z0-9_-]{20,}"),
    ("Slack-tunniste", r"\bxox[abposr]-[A-Za-z0-9-]{10,}"),
    ("AWS-avain", r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
    ("API-avain", r"\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}|\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}"),
    ("Google-API-avain", r"\bAIza[0-9A-Za-z_-]{35}"),
    ("npm-tunniste", r"\bnpm_[A-Za-z0-9]{36}"),
    ("Hugging Face -tunniste", r"\bhf_[A-Za-z0-9]{30,}"),
    ("SendGrid-avain", r"\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}"),
    ("JWT-tunniste", r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"),
    ("webhook-osoite", r"https://hooks\.slack\.com/services/[A-Za-z0-9/_-]{20,}"
                       r"|https://(?:discord|discordapp)\.com/api/webhooks/\d+/[\w-]{20,}"),
    ("yksityinen avain", r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"),
    ("yhteysmerkkijonon avain", r"(?i)\b(?:AccountKey|SharedAccessKey|client_secret)=[A-Za-z0-9+/=_-]{16,}"),
    ("osoitteeseen kirjoitettu salasana", r"\b[a-z][a-z0-9+.-]*://[^\s:/@]+:(?P<value>[^\s:/@]+)@"),
    ("osoitteeseen kirjoitettu tunniste",
     r"(?i)[?&](?:access_token|api_key|apikey|token|password|secret|sig|key)=(?P<value>[A-Za-z0-9._~+/%-]{8,})"),
)

PASSWORD_WORDS = (
    r"salasana\w*|salis|tunnussana\w*|password|passwd|pwd|pw|pass|passcode|passphrase|lösenord\w*|"
    r"api[-_ ]?(?:key|avain\w*)|access[-_ ]?token|secret[-_ ]?key|client[-_ ]?secret|token"
)
CODE_WORDS = (
    r"pin(?:-?koodi\w*)?|pin[- ]code|kertakäyttö(?:koodi|salasana)\w*|vahvistuskoodi\w*|tunnistuskoodi\w*|"
    r"turvakoodi\w*|kirjautumiskoodi\w*|sms-koodi\w*|tekstiviestikoodi\w*|otp|one[- ]time[- ](?:code|password)|"
    r"verification[- ]code|engångskod\w*"
)
# A bare "koodi"/"code" is a secret only before a colon and digits (not `Kurssin koodi 1234`, `Koodi: KESÄ20`).
GENERIC_CODE_RE = regex.compile(
    r"(?i)(?<![\p{L}\p{N}])(?:koodi|koodisi|koodinne|code|kod|koder|sms-koodi|tekstiviestikoodi|bankkoder?)"
    r"[ \t]*:[ \t]*(?P<value>\d{4,8})(?![\p{L}\p{N}])"
)
KEYWORD_RE = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{N}}])(?:(?P<pw>{PASSWORD_WORDS})|(?P<code>{CODE_WORDS}))(?![\p{{L}}\p{{N}}])"
    r"[ \t]*(?P<sep>[:=]|\b(?:on|oli|is|was|är|var)\b|->|→)?[ \t]*[\"'“”‘’«]?(?P<value>[^\s\"'“”‘’»]{3,80})"
)
# A colon further on in the same clause: `salasana on sama kuin ennenkin: kela123`, `tunnukset: matti / Kesä2024`.
LATE_VALUE_RE = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{PASSWORD_WORDS}|tunnukse\w*|tunnus|kirjautumistiedot)(?![\p{{L}}\p{{N}}])"
    r"[^\n:=.!?]{0,40}[:=][ \t]*(?:[^\s/]+[ \t]*/[ \t]*)?[\"'“”‘’«]?(?P<value>[^\s\"'“”‘’»]{3,80})"
)
# A code word, a few words, then the digits: `Kirjautumiskoodi tekstiviestinä oli 482913`.
LATE_CODE_RE = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{CODE_WORDS})(?![\p{{L}}\p{{N}}])(?:[ \t]+[\p{{L}}-]+){{1,3}}?"
    r"[ \t]*(?:[:=]|\b(?:on|oli|is|was|är|var)\b)[ \t]*(?P<value>\d{4,8})(?![\p{L}\p{N}]|[.,:]\d)"
)
TOKEN_RE = regex.compile(r"(?<![\w/.@#-])[A-Za-z0-9_+/=-]{24,}(?![\w/])")
TRAILING = ".,;:!?)]}"


def entropy(text: str) -> float:
    """Shannon entropy in bits per character."""
    counts = Counter(text)
    return -sum(n / len(text) * math.log2(n / len(text)) for n in counts.values())


def _classes(text: str) -> int:
    return sum((any(c.islower() for c in text), any(c.isupper() for c in text), any(c.isdigit() for c in text)))


def _switches(text: str) -> int:
    """How often the text switches between letters and digits (random tokens switch often)."""
    kinds = ["d" if c.isdigit() else "l" if c.isalpha() else "s" for c in text]
    return sum(a != b for a, b in itertools.pairwise(kinds))


class CredentialsCheck(Check):
    kind = "credentials"
    needs = frozenset({"lemmas"})
    placeholders = frozenset({"what"})

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        self.prefixed = [(what, regex.compile(p)) for what, p in PREFIXED] if params.get("prefixed", True) else []
        self.keywords = params.get("keywords", True)
        self.min_entropy = params.get("min_entropy", 4.0)
        self.min_token_length = params.get("min_token_length", 24)
        self.high_entropy = params.get("high_entropy", True)

    @staticmethod
    def _strong(value: str) -> bool:
        """Letters and digits together, six characters or more: `admin123`, `Kesäloma2024`."""
        return (len(value) >= 6 and any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
                and not value.isupper())

    def _looks_secret(self, doc: Document, value: str, sep: str | None, code: bool) -> bool:
        if set(value) <= set("*•xX.-_"):
            return False  # masked: `salasana: ********`
        if code:
            return (value.isdigit() and 4 <= len(value) <= 8) or (
                6 <= len(value) <= 10 and value.isalnum() and any(c.isdigit() for c in value)
                and any(c.isalpha() for c in value))
        if any(c.isdigit() for c in value) or any(not c.isalnum() for c in value):
            return True
        if any(c.isupper() for c in value[1:]) and any(c.islower() for c in value):
            return True
        return sep in (":", "=") and len(value) >= 6 and not doc.morphology.analyze(value.lower())

    def run(self, doc: Document) -> Iterator[Match]:
        text = doc.text
        taken: list[tuple[int, int]] = []

        def free(start: int, end: int) -> bool:
            return not any(a < end and start < b for a, b in taken)

        for what, pattern in self.prefixed:
            for m in pattern.finditer(text):
                start, end = m.span("value") if "value" in pattern.groupindex else m.span()
                if free(start, end):
                    taken.append((start, end))
                    yield Match(start, end, {"what": what})
        if self.keywords:
            for m in KEYWORD_RE.finditer(text):
                value = m.group("value").rstrip(TRAILING)
                start = m.start("value")
                end = start + len(value)
                if not value or not free(start, end):
                    continue
                if not (m.group("sep") or m.group("code") or self._strong(value)):
                    continue  # `salasana admin123` needs no colon; `salasana vaihdetaan` is prose
                if self._looks_secret(doc, value, m.group("sep"), bool(m.group("code"))):
                    taken.append((start, end))
                    yield Match(start, end, {"what": "kertakäyttökoodi" if m.group("code") else "salasana"})
            for m in GENERIC_CODE_RE.finditer(text):
                start, end = m.span("value")
                if free(start, end):
                    taken.append((start, end))
                    yield Match(start, end, {"what": "kertakäyttökoodi"})
            for m in LATE_CODE_RE.finditer(text):
                start, end = m.span("value")
                if len(m.group("value")) == 4 and 1900 <= int(m.group("value")) <= 2099:
                    continue  # `Vahvistuskoodin voimassaoloaika päättyy 2026`: a year, on this weaker evidence
                if free(start, end):
                    taken.append((start, end))
                    yield Match(start, end, {"what": "kertakäyttökoodi"})
            for m in LATE_VALUE_RE.finditer(text):
                value = m.group("value").rstrip(TRAILING)
                start = m.start("value")
                end = start + len(value)
                if value and free(start, end) and self._strong(value):
                    taken.append((start, end))
                    yield Match(start, end, {"what": "salasana"})
        if self.high_entropy:
            skipped = doc.urls + doc.emails + doc.hashtags + doc.mentions
            for m in TOKEN_RE.finditer(text):
                token = m.group().rstrip(TRAILING + "=-")
                start, end = m.start(), m.start() + len(token)
                if len(token) < self.min_token_length or not free(start, end):
                    continue
                if any(s.start <= start < s.end for s in skipped):
                    continue
                if _classes(token) < 3 or _switches(token) < 4 or entropy(token) < self.min_entropy:
                    continue
                taken.append((start, end))
                yield Match(start, end, {"what": "satunnaiselta näyttävä tunniste tai avain"})
