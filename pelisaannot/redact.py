"""Redaction: the draft with every customer-data span replaced by a readable placeholder.

The writer keeps the point of the story without the person: "Asiakkaani Pekka Virtanen (131052-308T)" becomes
"Asiakkaani [nimi] ([henkilötunnus])". A customer story keeps its words but loses its identifying details
("[ikä]", "[paikkakunta]", "[terveystieto]"). Offsets come from the findings, so they index the original text.
"""

from __future__ import annotations

from typing import Literal

import regex

from pelisaannot.engine import Linter
from pelisaannot.finding import Finding

Operator = Literal["replace", "mask", "initials"]
OPERATORS: tuple[Operator, ...] = ("replace", "mask", "initials")

CATEGORY = "customer-data"
DEFAULT_PLACEHOLDER = "[poistettu]"


def spans(findings: list[Finding]) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, placeholder) replacements, in text order; the longer span wins a tie."""
    wanted: list[tuple[int, int, str]] = []
    for f in findings:
        if f.category != CATEGORY:
            continue
        details = f.data.get("details_spans")
        if details:
            wanted.extend((int(s), int(e), str(p)) for s, e, p in details)
        else:
            wanted.append((f.start, f.end, str(f.data.get("placeholder") or DEFAULT_PLACEHOLDER)))
    wanted.sort(key=lambda r: (r[0], -(r[1] - r[0])))
    out: list[tuple[int, int, str]] = []
    for start, end, placeholder in wanted:
        if out and start < out[-1][1]:
            continue  # inside (or across) a span already replaced
        out.append((start, end, placeholder))
    return out


def _initials(original: str, label: str) -> str:
    """"Pekka Virtanen" -> "P. V."; a span with digits (an identity code, a number, an address) keeps its label."""
    words = regex.findall(r"\p{L}[\p{L}\p{M}'’-]*", original)
    if not words or regex.search(r"\d", original):
        return label
    return " ".join(w[0] + "." for w in words)


def _masked(original: str, mask_char: str) -> str:
    """Every character but white space becomes `mask_char`, so the draft keeps its shape and length."""
    return "".join(c if c.isspace() else mask_char for c in original)


def replacement(original: str, label: str, operator: Operator = "replace", mask_char: str = "*") -> str:
    """What one customer-data span becomes under an operator (Presidio's names where they match)."""
    if operator == "replace":
        return label
    if operator == "mask":
        return _masked(original, mask_char)
    if operator == "initials":
        return _initials(original, label)
    raise ValueError(f"unknown redaction operator {operator!r}; use one of {', '.join(OPERATORS)}")


def redact(text: str, linter: Linter, platform: str = "generic", *, operator: Operator = "replace",
           mask_char: str = "*") -> str:
    """`text` with every customer-data finding of `linter` replaced.

    `operator`: `replace` (a readable label such as `[nimi]`, the default), `mask` (every character but white
    space becomes `mask_char`) or `initials` (keep each word's first letter: "Pekka Virtanen" -> "P. V."; a
    number keeps its label). The linter's configuration and inline suppressions apply, as in `check`.
    """
    if operator not in OPERATORS:
        raise ValueError(f"unknown redaction operator {operator!r}; use one of {', '.join(OPERATORS)}")
    if len(mask_char) != 1:
        raise ValueError("mask_char must be one character")
    pieces: list[str] = []
    last = 0
    for start, end, label in spans(linter.check(text, platform)):
        pieces.append(text[last:start])
        pieces.append(replacement(text[start:end], label, operator, mask_char))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


__all__ = ["OPERATORS", "Operator", "redact", "replacement", "spans"]
