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

import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

CONFUSABLES_FILE = Path(__file__).resolve().parent / "data" / "confusables.tsv"
RLO, PDF = "\u202e", "\u202c"
# Characters that are never seen: default-ignorables (ZWSP, ZWJ, soft hyphen, word joiner, BOM, variation
# selectors, tag characters...) and the bidirectional controls.
HIDDEN_RE = regex.compile(r"[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]")
EMOJI_GLUE = frozenset("\u200d\ufe0e\ufe0f")  # kept between or after pictographs
PICTOGRAPH_RE = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Modifier}\u20e3]")
DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u2e3a\u2e3b\u301c\u30fc")
# Anything that may need work; a text without it (and NFKC already) is used as it is, without a map.
SUSPECT_RE = regex.compile(
    r"[\r\p{Default_Ignorable_Code_Point}\p{Bidi_Control}\p{Pd}\u2212\p{Script=Cyrillic}\p{Script=Greek}"
    r"\p{Script=Armenian}\p{Script=Cherokee}\p{Script=Coptic}\p{Script=Lisu}\p{Script=Canadian_Aboriginal}"
    r"[\p{Nd}--[0-9]][\p{L}--[\p{Latin}]]]",
    regex.V1,
)
WORD_RE = regex.compile(r"[\p{L}\p{N}\p{M}]+")


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


def _is_hidden(text: str, i: int) -> bool:
    char = text[i]
    if not HIDDEN_RE.match(char):
        return False
    if char in EMOJI_GLUE:  # 👍🏽, ❤️, 👨‍👩‍👧: part of an emoji, not a hiding place
        before = text[i - 1] if i else ""
        if before and (PICTOGRAPH_RE.match(before) or before in EMOJI_GLUE):
            return False
    return True


def normalise(text: str) -> Normalised:
    """The matching form of `text` (see the module docstring)."""
    if text.isascii() and "\r" not in text:
        return Normalised(text)
    if not SUSPECT_RE.search(text) and unicodedata.is_normalized("NFKC", text):
        return Normalised(text)
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    hidden: list[Hidden] = []
    reordered = False
    override: int | None = None  # index in `chars` where a right-to-left override began
    i, n = 0, len(text)
    while i < n:
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
        if _is_hidden(text, i):
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
            if c.isdecimal() and not c.isascii():
                c = str(unicodedata.decimal(c))
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


def _fold_dashes(chars: list[str]) -> None:
    """A dash between two letters or digits (also with one space on each side between digits) is a hyphen."""
    for k, c in enumerate(chars):
        if c in DASHES or (c != "-" and unicodedata.category(c) == "Pd"):
            before = chars[k - 1] if k else ""
            after = chars[k + 1] if k + 1 < len(chars) else ""
            between_digits = (before == " " == after and k >= 2 and k + 2 < len(chars)
                              and chars[k - 2].isdigit() and chars[k + 2].isdigit())
            if (before.isalnum() and after.isalnum()) or between_digits:
                chars[k] = "-"


def _fold_confusables(chars: list[str]) -> tuple[tuple[int, int], ...]:
    table = confusables()
    if not any(c in table for c in chars):
        return ()
    text = "".join(chars)
    folded = []
    for m in WORD_RE.finditer(text):
        word = m.group()
        looks = [c in table for c in word]
        if not any(looks):
            continue
        letters = [c for c in word if c.isalpha()]
        mixed = any(c.isascii() and c.isalnum() for c in word)
        if mixed or all(c in table for c in letters):
            for k, c in enumerate(word):
                if c in table:
                    chars[m.start() + k] = table[c]
            folded.append(m.span())
    return tuple(folded)
