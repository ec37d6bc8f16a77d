"""Informal written Swedish, Finland-Swedish included: the spellings chat and social-media Swedish use.

Each rewrite is a spoken form that has become a common written one (Språkrådet lists them as informal writing;
they are the everyday spellings of Instagram, X and Threads in Sweden and Finland):
jag->ja, är->e, det->de, någon/något/några->nån/nåt/nåra, inte->int (Finland-Swedish; Sweden writes "inte" or
"nte", int is the more frequent in Finland), mig/dig/sig->mej/dej/sej, och->å, vad->va, med->me, sådan/sådant/
sådana->sån/sånt/såna, dem->dom, skulle->sku (Finland-Swedish), också->oxå, kanske->kanske (kept), vet inte->vet int.
Words are swapped whole; a capitalised word is swapped only at a sentence start (keeping its capital), so names
and other capitalised words stay. The rewrite is deterministic and never adds or removes what the draft tells.
"""

from __future__ import annotations

import re

#: standard -> informal; whole words only, lower-case keys.
INFORMAL = {
    "jag": "ja", "är": "e", "det": "de", "någon": "nån", "något": "nåt", "några": "nåra", "inte": "int",
    "mig": "mej", "dig": "dej", "sig": "sej", "och": "å", "vad": "va", "med": "me", "sådan": "sån",
    "sådant": "sånt", "sådana": "såna", "dem": "dom", "skulle": "sku", "också": "oxå",
}
WORD = re.compile(r"\b[^\W\d_]+\b")


def starts_sentence(text: str, at: int) -> bool:
    """Whether nothing but a sentence end (or the draft's start) comes before position `at`."""
    before = text[:at].rstrip(" \t\"'(«»”“")
    return not before or before[-1] in ".!?\n"


def rewrite(text: str) -> str:
    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        informal = INFORMAL.get(word.lower())
        if informal is None or (word.isupper() and len(word) > 1):
            return word
        if word[0].isupper():
            return informal.capitalize() if starts_sentence(text, m.start()) else word
        return informal

    return WORD.sub(swap, text)
