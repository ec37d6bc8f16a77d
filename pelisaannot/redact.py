"""Redaction: the draft with every customer-data span replaced by a readable placeholder.

The writer keeps the point of the story without the person: "Asiakkaani Pekka Virtanen (131052-308T)" becomes
"Asiakkaani [nimi] ([henkilötunnus])". A customer story keeps its words but loses its identifying details
("[ikä]", "[paikkakunta]", "[terveystieto]"). Offsets come from the findings, so they index the original text.
"""

from __future__ import annotations

from pelisaannot.engine import Linter
from pelisaannot.finding import Finding

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


def redact(text: str, linter: Linter, platform: str = "generic") -> str:
    """`text` with every customer-data finding of `linter` replaced by its placeholder."""
    pieces: list[str] = []
    last = 0
    for start, end, placeholder in spans(linter.check(text, platform)):
        pieces.append(text[last:start])
        pieces.append(placeholder)
        last = end
    pieces.append(text[last:])
    return "".join(pieces)
