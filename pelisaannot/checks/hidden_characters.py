"""`hidden_characters`: characters a reader does not see inside a word, and letters of another script that
look like Latin ones.

Nobody types a zero-width space, a zero-width joiner or a right-to-left override inside a Finnish word: they
come from text copied out of a web page or a PDF, or from someone hiding a word from a filter. The other rules
read the text without them (`pelisaannot.normalise`), so the hidden word is still found; this check says that
the word is not what it looks like, which also trips screen readers and search. A hidden character between
words, an emoji's own joiners and soft hyphens (hyphenation hints that text copied from a web page carries) are
left alone; the other rules still read past them. With `lookalikes: true` (the default) a word that mixes Latin
letters or digits with look-alikes of another script (`раskа` with a Cyrillic р and а) is reported too; a word
of another script (Russian, Greek) is not.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any

from pelisaannot.checks.base import Check, Match, PackContext
from pelisaannot.document import Document
from pelisaannot.localised import Text
from pelisaannot.normalise import PDF, confusables

OVERRIDES = frozenset("\u202a\u202b\u202d\u202e\u2066\u2067\u2068")
ENDS = frozenset({PDF, "\u2069"})
SOFT = frozenset("\u00ad")
NAMES = {
    "\u200b": Text("leveydetön välilyönti", "nollbrett mellanslag", "zero-width space"),
    "\u200c": Text("leveydetön erotin", "nollbredd icke-sammanfogare", "zero-width non-joiner"),
    "\u200d": Text("leveydetön liitin", "nollbredd sammanfogare", "zero-width joiner"),
    "\u00ad": Text("tavutusvihje", "mjukt bindestreck", "soft hyphen"),
    "\u2060": Text("sanaliitos", "ordsammanfogare", "word joiner"),
    "\ufeff": Text("leveydetön sitova välilyönti", "nollbrett hårt mellanslag", "zero-width no-break space"),
    "\u202e": Text("oikealta vasemmalle -kääntö", "höger-till-vänster-åsidosättning", "right-to-left override"),
    "\u202d": Text("vasemmalta oikealle -kääntö", "vänster-till-höger-åsidosättning", "left-to-right override"),
}
INVISIBLE = Text("näkymätön merkki", "osynligt tecken", "invisible character")
LOOKALIKE = Text("{char} ({name}) eikä {latin}", "{char} ({name}) och inte {latin}", "{char} ({name}), not {latin}")


def _name(char: str) -> Text:
    """`U+200B` and the character's name (Unicode's own name, in English, when there is no better one)."""
    name = NAMES.get(char) or (Text(unicodedata.name(char).lower()) if unicodedata.name(char, "") else INVISIBLE)
    return Text.build(lambda lang: f"U+{ord(char):04X} {name.get(lang)}")


class HiddenCharactersCheck(Check):
    kind = "hidden_characters"
    placeholders = frozenset({"what"})

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        self.lookalikes = params.get("lookalikes", True)

    def run(self, doc: Document) -> Iterator[Match]:
        text = doc.text
        found: dict[tuple[int, int], list[Text]] = {}
        hidden = doc.hidden
        for k, h in enumerate(hidden):
            if h.char in OVERRIDES:
                # The text it turns round: up to its closing character, or the end of the line.
                end = next((o.at for o in hidden[k + 1:k + 50] if o.char in ENDS), None)
                if end is None:
                    line_end = text.find("\n", h.at)
                    end = len(text) if line_end < 0 else line_end
                if end > h.at:
                    found.setdefault((h.at, end), []).append(_name(h.char))
                continue
            if h.char in ENDS or h.char in SOFT:
                continue  # a soft hyphen is a hyphenation hint that web pages carry: read past, not reported
            if not (0 < h.at < len(text) and text[h.at - 1].isalnum() and text[h.at].isalnum()):
                continue  # between words or at an edge: harmless
            start, end = h.at, h.at
            while start > 0 and (text[start - 1].isalnum() or unicodedata.combining(text[start - 1])):
                start -= 1
            while end < len(text) and (text[end].isalnum() or unicodedata.combining(text[end])):
                end += 1
            found.setdefault((start, end), []).append(_name(h.char))
        if self.lookalikes and doc.folded:
            table = confusables()
            for start, end in doc.folded:
                original = doc.original[slice(*doc.to_original_span(start, end))]
                if any(c.isascii() and c.isalnum() for c in original):
                    others = sorted({c for c in original if c in table})
                    found.setdefault((start, end), []).extend(
                        LOOKALIKE.fill(char=c, name=unicodedata.name(c, "?").lower(), latin=table[c]) for c in others)
        for (start, end), what in sorted(found.items()):
            yield Match(start, end, {"what": Text.join(", ", dict.fromkeys(what))})
