"""Normalisation for matching: the text the rules read, with every character mapped back to the original.

A draft may hide a word from a filter without changing how it looks: a zero-width space or a soft hyphen
inside it, a Cyrillic `р` for a Latin `p`, a non-breaking hyphen or an en dash in an identity code,
Arabic-Indic digits, or the characters typed backwards inside a right-to-left override (RLO ... PDF). The
rules read a text where all of that is undone:

- `\\r\\n` and `\\r` become `\\n`;
- NFKC (full-width and mathematical letters, ligatures, non-breaking spaces), except for symbols (`™` stays);
- default-ignorable and bidirectional control characters are removed (a zero-width joiner or variation
  selector inside an emoji sequence is kept);
- text inside a right-to-left override is put back in reading order;
- every decimal digit becomes an ASCII digit, and a dash between letters or digits an ASCII hyphen;
- letters of another script that look like ASCII (UTS #39 confusables, `data/confusables.tsv`) become ASCII
  inside a word that also has ASCII letters or digits, or whose letters are all look-alikes.

Each character of the result knows the original characters it came from, so a finding points at the exact
original span, hidden characters included. What was hidden is listed too (`Hidden`), so that a rule can say so.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import regex

CONFUSABLES_FILE = Path(__file__).resolve().parent / "data" / "confusables.tsv"
RLO, PDF = "\u202e", "\u202c"
# Characters that are never seen: default-ignorables (ZWSP, ZWJ, soft hyphen, word joiner, BOM, variation
# selectors, tag characters...) and the bidirectional controls.
HIDDEN_RE = regex.compile(r"[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]")
EMOJI_GLUE = frozenset("\u200d\ufe0e\ufe0f")  # kept between or after pictographs
PICTOGRAPH_RE = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Modifier}\u20e3]")
# Anything that may need work; a text without it (and NFKC already) is used as it is, without a map.
SUSPECT_RE = regex.compile(
    r"[\r\p{Default_Ignorable_Code_Point}\p{Bidi_Control}[\p{Pd}--[\-]]\u2212\p{Script=Cyrillic}\p{Script=Greek}"
    r"\p{Script=Armenian}\p{Script=Cherokee}\p{Script=Coptic}\p{Script=Lisu}\p{Script=Canadian_Aboriginal}"
    r"[\p{Nd}--[0-9]][\p{L}--[\p{Latin}]]]",
    regex.V1,
)
WORD_RE = regex.compile(r"[\p{L}\p{N}\p{M}]+")
BREAK_RE = regex.compile(r"[\r\n\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]")
DASH_RE = regex.compile(r"[[\p{Pd}\u2212\ufe63\uff0d]--[\-]]", regex.V1)
LATIN_RE = regex.compile(r"\p{Latin}")
OTHER_DIGIT_RE = regex.compile(r"[\p{Nd}--[0-9]]", regex.V1)


@dataclass(frozen=True, slots=True)
class Hidden:
    """A character the rules do not see: where it was (original offset), what it was, and the offset in the
    normalised text where it would have stood."""

    original: int
    char: str
    at: int

    @property
    def name(self) -> str:
        return f"U+{ord(self.char):04X} {unicodedata.name(self.char, 'MERKKI')}"


@dataclass(slots=True)
class Normalised:
    """The text to match, and per character of it the original [start, end) it came from (None: the same)."""

    text: str
    starts: list[int] | None = None
    ends: list[int] | None = None
    reordered: bool = False  # some original text was reversed (RLO), so offsets do not only grow
    hidden: tuple[Hidden, ...] = ()
    folded: tuple[tuple[int, int], ...] = ()  # normalised spans of words with look-alike letters folded


@cache
def confusables() -> dict[str, str]:
    """Look-alike letter or digit -> the ASCII one it imitates."""
    table: dict[str, str] = {}
    for line in CONFUSABLES_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            char, ascii_, *_ = line.split("\t")
            table[char] = ascii_
    return table


@cache
def _lookalike_chars() -> frozenset[str]:
    """Every character of a look-alike: a text holds one unless the set and the text are disjoint, one C loop
    over the text (a regex class of these thousands of characters cost some 70 us a post)."""
    return frozenset("".join(confusables()))


def _is_hidden(char: str, kept: list[str]) -> bool:
    """Whether a character is one the rules should not see; `kept` is the normalised text so far."""
    if not HIDDEN_RE.match(char):
        return False
    if char in EMOJI_GLUE and kept:  # ❤️, 👨‍👩‍👧: part of an emoji (right after one), not a hiding place
        before = kept[-1]
        if PICTOGRAPH_RE.match(before) or (before in EMOJI_GLUE and char != before):
            return False
    return True


#: Per character: may it need work (SUSPECT_RE or a look-alike)? Both patterns are one character class, so a
#: text needs a look exactly when one of its distinct characters does: a set and a few look-ups instead of two
#: regex scans of every post.
_SUSPECT_CHARS: dict[str, bool] = {}
_SUSPECT_CHARS_LIMIT = 20_000


def _suspect_char(char: str) -> bool:
    return bool(SUSPECT_RE.match(char) or char in confusables())


@cache
def _latin1_suspects() -> tuple[str, ...]:
    """The characters below U+0100 that may need work (`\r`, the soft hyphen, `µ`...)."""
    return tuple(c for c in map(chr, range(256)) if _suspect_char(c))


def _suspect(text: str) -> bool:
    """Whether SUSPECT_RE or the look-alike pattern would find a character of `text`."""
    try:  # a Finnish or Swedish text is mostly Latin-1 (stored so, encoded by a copy): a few `in` tests, in C
        text.encode("latin-1")
    except UnicodeEncodeError:
        pass
    else:
        return any(char in text for char in _latin1_suspects())
    verdicts = _SUSPECT_CHARS
    for char in set(text):
        verdict = verdicts.get(char)
        if verdict is None:
            verdict = _suspect_char(char)
            if len(verdicts) < _SUSPECT_CHARS_LIMIT:
                verdicts[char] = verdict
        if verdict:
            return True
    return False


def normalise(text: str) -> Normalised:
    """The matching form of `text` (see the module docstring)."""
    if text.isascii() and "\r" not in text:
        return Normalised(text)
    if not _suspect(text) and unicodedata.is_normalized("NFKC", text):
        return Normalised(text)
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    hidden: list[Hidden] = []
    reordered = False
    override: int | None = None  # index in `chars` where a right-to-left override began
    i, n = 0, len(text)
    stable = unicodedata.is_normalized("NFKC", text)
    stops = BREAK_RE if stable else _stops_re(text)
    while i < n:
        # Copy the plain stretch up to the next character that needs a look, in C.
        stop = stops.search(text, i)
        j = stop.start() if stop else n
        if not stable and j < n and unicodedata.combining(text[j]):
            j -= 1  # the character before a combining mark starts a run normalised with it
        if j > i:
            chars.extend(text[i:j])
            starts.extend(range(i, j))
            ends.extend(range(i + 1, j + 1))
            i = j
            continue
        char = text[i]
        if char == "\r":
            end = i + 2 if text[i + 1:i + 2] == "\n" else i + 1
            chars.append("\n")
            starts.append(i)
            ends.append(end)
            i = end
            continue
        if override is not None and (char == PDF or char == "\n"):
            chars[override:] = chars[override:][::-1]
            starts[override:] = starts[override:][::-1]
            ends[override:] = ends[override:][::-1]
            reordered = True
            override = None
        if _is_hidden(char, chars):
            hidden.append(Hidden(i, char, len(chars)))
            if char == RLO:
                override = len(chars)
            i += 1
            continue
        j = i + 1  # a run: one starter and the combining marks after it
        while j < n and text[j] != "\r" and unicodedata.combining(text[j]):
            j += 1
        run = text[i:j]
        form = "NFC" if unicodedata.category(char).startswith("S") else "NFKC"
        piece = unicodedata.normalize(form, run)
        for c in piece:
            chars.append(c)
            starts.append(i)
            ends.append(j)
        i = j
    if override is not None:
        chars[override:] = chars[override:][::-1]
        starts[override:] = starts[override:][::-1]
        ends[override:] = ends[override:][::-1]
        reordered = True
    _fold_dashes(chars)
    folded = _fold_confusables(chars)
    starts.append(n)
    return Normalised("".join(chars), starts, ends, reordered, tuple(hidden), folded)


#: Per character: does the loop of `normalise` copy it as it is, whatever comes before it? (Not a line break or
#: hidden character, not a combining mark, and its own normal form.) Asked once per distinct character.
_PLAIN_CHARS: dict[str, bool] = {}


def _plain_char(char: str) -> bool:
    plain = _PLAIN_CHARS.get(char)
    if plain is None:
        form = "NFC" if unicodedata.category(char).startswith("S") else "NFKC"
        plain = (char not in "\r\n" and not HIDDEN_RE.match(char) and not unicodedata.combining(char)
                 and unicodedata.normalize(form, char) == char)
        if len(_PLAIN_CHARS) < _SUSPECT_CHARS_LIMIT:
            _PLAIN_CHARS[char] = plain
    return plain


def _stops_re(text: str) -> re.Pattern[str]:
    """For a text that is not in NFKC (an ellipsis, a non-breaking space): a pattern of its characters that are
    not plain (`_plain_char`), so that the stretches between them are copied in C, not a character at a time
    (the same result: the loop copies a plain character that no combining mark follows as it is)."""
    return _class_re(frozenset(c for c in set(text) if not _plain_char(c)))


@lru_cache(maxsize=512)
def _class_re(chars: frozenset[str]) -> re.Pattern[str]:
    if not chars:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def _fold_dashes(chars: list[str]) -> None:
    """A dash between two letters or digits (also with one space on each side between digits) is a hyphen."""
    for m in DASH_RE.finditer("".join(chars)):
        k = m.start()
        before = chars[k - 1] if k else ""
        after = chars[k + 1] if k + 1 < len(chars) else ""
        between_digits = (before == " " == after and k >= 2 and k + 2 < len(chars)
                          and chars[k - 2].isdigit() and chars[k + 2].isdigit())
        if (before.isalnum() and after.isalnum()) or between_digits:
            chars[k] = "-"


def _fold_confusables(chars: list[str]) -> tuple[tuple[int, int], ...]:
    """Look-alike letters and other digits to ASCII, word by word (see the module docstring); the spans of
    the words where a look-alike was folded."""
    table = confusables()
    text = "".join(chars)
    if _lookalike_chars().isdisjoint(text) and not OTHER_DIGIT_RE.search(text):
        return ()
    folded = []
    for m in WORD_RE.finditer(text):
        word = m.group()
        if word.isascii():
            continue
        # A digit of another script among letters is a look-alike letter (`he۱vetti`); among digits a digit.
        digits = sum(c.isdecimal() for c in word)
        spelt = word.isalnum() and digits == 1 and len(word) > 2
        looks = [c in table and (not c.isdecimal() or spelt) for c in word]
        mixed = any(c.isascii() and c.isalnum() for c in word)
        # Every letter of another script must be a look-alike: `Стаханoв` (Cyrillic with one Latin o by
        # mistake) is a Russian word, not a Latin one in disguise.
        foreign = all(ok for ok, c in zip(looks, word, strict=True) if c.isalpha() and not LATIN_RE.match(c))
        fold = any(looks) and foreign and (mixed or all(ok for ok, c in zip(looks, word, strict=True)
                                                          if c.isalpha()))
        for k, c in enumerate(word):
            if fold and looks[k]:
                chars[m.start() + k] = table[c]
            elif c.isdecimal() and not c.isascii():
                chars[m.start() + k] = str(unicodedata.decimal(c))
        if fold:
            folded.append(m.span())
    return tuple(folded)
