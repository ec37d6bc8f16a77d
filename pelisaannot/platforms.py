"""Platform profiles: how long a post may be and how each platform counts its length.

Platforms do not count the same way. X weighs code points (most scripts 1, CJK 2, any emoji 2) and counts
every link, even `kela.fi` or `t.co/abc` without http, as 23 characters (t.co); Mastodon counts an http(s) link as 23;
Bluesky counts graphemes (what a reader sees as one character, the `regex` package's \\X); the others
count code points. Limits are the platforms' published hard limits for a post by an ordinary account;
`None` means no practical limit.

A thread written as one draft (`1/6 ...`, `2/6 ...` or `... (1/3)` at the ends of its paragraphs) is
posted as several posts, so `thread_parts` splits it and each part is measured on its own.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from pelisaannot.document import BARE_LINK, URL_RE

GRAPHEME_RE = regex.compile(r"\X")
# An emoji as X counts it: a whole grapheme (skin tone, ZWJ sequence, flag) that starts with a pictograph.
EMOJI_GRAPHEME_RE = regex.compile(r"(?=\p{Extended_Pictographic}|\p{Regional_Indicator})\X")
# twitter-text v3 configuration: these code point ranges weigh 1, everything else 2 (out of a limit of 280).
_X_LIGHT = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
X_HEAVY_RE = regex.compile(r"[^\u0000-\u10FF\u2000-\u200D\u2010-\u201F\u2032-\u2037]")  # weigh 2


# Every link holds `://` or a dot before something that is not a blank (`www.`, a domain before its top-level
# domain): most posts have neither, and are not searched for links at all.
LINK_HINT_RE = regex.compile(r"\.\S")
REPLY_MENTIONS_RE = regex.compile(r"(?:@\w{1,15}\s+)+")
# A link as X finds it without http: a bare domain (t.co, bit.ly, kela.fi, ...), also after a slash or dot.
X_BARE_LINK_RE = regex.compile(rf"(?<![\w@./-]){BARE_LINK}", regex.IGNORECASE)
# Thread numbering at the start of a line ("1/6 ...", "(2/6)", "3/") or at the end of one ("... 1/3", "(1/3)").
THREAD_START_RE = regex.compile(r"(?m)^[ \t]*(?:🧵[ \t]*)?\(?(\d{1,2})[ \t]*/[ \t]*(\d{1,2}|n)?\)?(?=[\s.:]|$)")
THREAD_END_RE = regex.compile(r"(?m)(?<=\S[ \t]*)\(?(\d{1,2})[ \t]*/[ \t]*(\d{1,2}|n)\)?[ \t]*(?:🧵[ \t]*)?$")


@dataclass(frozen=True, slots=True)
class Profile:
    """One platform: its limits and how it counts characters."""

    name: str
    label: str
    max_length: int | None = None
    counting: str = "codepoints"  # "codepoints", "x" (weighted) or "graphemes"
    url_length: int | None = None  # a link counts as this many characters, whatever its length
    max_hashtags: int | None = None
    max_mentions: int | None = None

    def length(self, text: str) -> int:
        """The post's length as this platform counts it (without building a piece per character)."""
        total = 0
        i = 0
        for start, end, cost in self._special(text):
            total += self._plain_length(text, i, start) + cost
            i = end
        return total + self._plain_length(text, i, len(text))

    def over(self, text: str, limit: int) -> tuple[int, int | None]:
        """The post's length as this platform counts it, and where the piece that first takes it over `limit`
        starts (None when it fits): one pass, pieces made only inside the stretch where the limit falls."""
        total = 0
        cut = None
        i = 0
        for start, end, cost in (*self._special(text), (len(text), len(text), 0)):
            plain = self._plain_length(text, i, start)
            if cut is None and total + plain > limit:
                running = total
                for piece_start, _end, piece_cost in self._plain(text, i, start):
                    running += piece_cost
                    if running > limit:
                        cut = piece_start
                        break
            total += plain + cost
            if cut is None and total > limit:
                cut = start
            i = end
        return total, cut

    def costs(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, cost) pieces of `text` in order: links, emoji and single characters or graphemes."""
        pieces: list[tuple[int, int, int]] = []
        i = 0
        for start, end, cost in self._special(text):
            pieces += self._plain(text, i, start)
            pieces.append((start, end, cost))
            i = end
        pieces += self._plain(text, i, len(text))
        return pieces

    def _special(self, text: str) -> list[tuple[int, int, int]]:
        """Links, the reply's opening mentions and emoji, which cost a fixed amount, in order, not overlapping."""
        special: list[tuple[int, int, int]] = []
        if self.url_length is not None and ("://" in text or LINK_HINT_RE.search(text)):
            special += [(m.start(), _url_end(text, m), self.url_length) for m in URL_RE.finditer(text)
                        if self.counting == "x" or m.group().lower().startswith(("http://", "https://"))]
            if self.counting == "x":
                special += [(m.start(), _url_end(text, m), self.url_length) for m in X_BARE_LINK_RE.finditer(text)
                            if not any(s <= m.start() < e for s, e, _ in special)]
        if self.counting == "x":
            # The @mentions that open a reply are not counted by X (since 2017).
            lead = REPLY_MENTIONS_RE.match(text)
            if lead and lead.end():
                special.append((0, lead.end(), 0))
            special += [(m.start(), m.end(), 2) for m in EMOJI_GRAPHEME_RE.finditer(text)
                        if not any(s <= m.start() < e for s, e, _ in special)]
        special.sort()
        kept: list[tuple[int, int, int]] = []
        for piece in special:
            if not kept or piece[0] >= kept[-1][1]:
                kept.append(piece)
        return kept

    def _plain_length(self, text: str, start: int, end: int) -> int:
        if start >= end:
            return 0
        if self.counting == "graphemes":
            return len(GRAPHEME_RE.findall(text, start, end))
        if self.counting == "x":
            return end - start + len(X_HEAVY_RE.findall(text, start, end))
        return end - start

    def _plain(self, text: str, start: int, end: int) -> Iterator[tuple[int, int, int]]:
        """(start, end, cost) of each character or grapheme in [start, end), made as they are asked for."""
        if start >= end:
            return iter(())
        if self.counting == "graphemes":
            return ((start + m.start(), start + m.end(), 1) for m in GRAPHEME_RE.finditer(text[start:end]))
        if self.counting == "x":
            return ((i, i + 1, _x_weight(text[i])) for i in range(start, end))
        return ((i, i + 1, 1) for i in range(start, end))


def thread_parts(text: str) -> list[tuple[int, int]]:
    """(start, end) of each post of a thread written as one draft, numbered 1/n, 2/n, ... at the start or
    the end of its paragraphs; [(0, len(text))] when the draft is one post."""
    for pattern, at_start in ((THREAD_START_RE, True), (THREAD_END_RE, False)):
        marks = list(pattern.finditer(text))
        numbers = [int(m.group(1)) for m in marks]
        totals = {m.group(2) for m in marks if m.group(2)}
        if len(marks) < 2 or numbers != list(range(1, len(marks) + 1)) or len(totals) > 1:
            continue
        if at_start:
            cuts = [0] + [m.start() for m in marks[1:]] + [len(text)]
        else:
            cuts = [0] + [m.end() for m in marks[:-1]] + [len(text)]
        return list(itertools.pairwise(cuts))
    return [(0, len(text))]


def _url_end(text: str, m: regex.Match[str]) -> int:
    end = m.end()
    while end > m.start() and text[end - 1] in ".,;:!?)]}\"'’”»…":
        end -= 1
    return end


def _x_weight(char: str) -> int:
    """1 for a code point in one of the _X_LIGHT ranges, else 2 (the ranges written out: asked per character)."""
    code = ord(char)
    return 1 if code <= 4351 or 8192 <= code <= 8205 or 8208 <= code <= 8223 or 8242 <= code <= 8247 else 2


PROFILES: dict[str, Profile] = {p.name: p for p in (
    Profile("generic", "yleinen"),
    Profile("x", "X", 280, "x", url_length=23),
    Profile("linkedin", "LinkedIn", 3000),
    Profile("facebook", "Facebook", 63206),
    Profile("instagram", "Instagram", 2200, max_hashtags=30, max_mentions=20),
    Profile("threads", "Threads", 500, max_hashtags=1),
    Profile("bluesky", "Bluesky", 300, "graphemes"),
    Profile("mastodon", "Mastodon", 500, url_length=23),
)}
PLATFORMS: tuple[str, ...] = tuple(PROFILES)

# What people write in a calendar's channel column, mapped to a platform.
ALIASES = {"twitter": "x", "x (twitter)": "x", "twitter/x": "x", "x/twitter": "x", "fb": "facebook",
           "ig": "instagram", "insta": "instagram", "li": "linkedin", "bsky": "bluesky", "some": "generic",
           "yleinen": "generic"}


def platform_name(value: str) -> str | None:
    """The platform a channel name means (case and aliases forgiven), or None."""
    key = " ".join(value.strip().lower().split())
    key = ALIASES.get(key, key)
    return key if key in PROFILES else None


def profile(name: str) -> Profile:
    return PROFILES.get(name, PROFILES["generic"])
