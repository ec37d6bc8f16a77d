"""`platform_limits`: a post that the platform would refuse or cut, by the platform's own hard limits.

The limits and the way each platform counts live in `pelisaannot/platforms.py` (X weighs characters and
counts a link as 23, `t.co/...` and `kela.fi` included, Bluesky counts graphemes). A thread written as one
draft (1/6, 2/6, ...) is measured post by post. The span reported is what does not fit: the text after
the limit, or the hashtags or mentions after the allowed number. The generic platform has no limits.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from pelisaannot.checks.base import Check, Match, PackContext
from pelisaannot.document import Document, Span
from pelisaannot.platforms import Profile, profile, thread_parts


class PlatformLimitsCheck(Check):
    kind = "platform_limits"
    placeholders = frozenset({"reason", "platform", "count", "limit"})

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        self.limits = frozenset(params.get("limits", ["length", "hashtags", "mentions"]))

    def run(self, doc: Document) -> Iterator[Match]:
        p = profile(doc.platform)
        if p.max_length is None and p.max_hashtags is None and p.max_mentions is None:
            return
        parts = thread_parts(doc.text)
        for n, (start, end) in enumerate(parts, 1):
            where = f"ketjun {n}. julkaisussa" if len(parts) > 1 else "julkaisussa"
            if "length" in self.limits and p.max_length is not None:
                yield from self._length(doc.text, start, end, p, p.max_length, where)
            inside = [s for s in doc.hashtags if start <= s.start < end]
            if "hashtags" in self.limits and p.max_hashtags is not None:
                yield from self._count(inside, p.max_hashtags, p.label, where, ("hashtag", "hashtagia"))
            inside = [s for s in doc.mentions if start <= s.start < end]
            if "mentions" in self.limits and p.max_mentions is not None:
                yield from self._count(inside, p.max_mentions, p.label, where, ("maininta (@)", "mainintaa (@)"))

    @staticmethod
    def _length(full: str, start: int, end: int, p: Profile, limit: int, where: str) -> Iterator[Match]:
        text = full[start:end].rstrip()
        if p.length(text) <= limit:
            return  # fits: no need for a piece per character
        total = 0
        cut = None
        for piece_start, _end, cost in p.costs(text):
            total += cost
            if total > limit and cut is None:
                cut = piece_start
        if cut is None:
            return
        while cut > 0 and not text[cut - 1].isspace():  # from the first word that does not fit whole
            cut -= 1
        note = {"x": " (jokainen linkki lasketaan 23 merkiksi, emoji kahdeksi)",
                "graphemes": " (merkit lasketaan niin kuin lukija ne näkee)"}.get(p.counting, "")
        if p.url_length is not None and p.counting != "x":
            note = " (http-linkki lasketaan 23 merkiksi)"
        reason = (f"palvelussa {p.label} {where} saa olla enintään {limit} merkkiä, tässä on {total}{note}; "
                  f"korostettu osa ei mahdu")
        yield Match(start + cut, start + len(text),
                    {"reason": reason, "platform": p.label, "count": total, "limit": limit})

    @staticmethod
    def _count(spans: list[Span], limit: int, label: str, where: str, noun: tuple[str, str]) -> Iterator[Match]:
        if len(spans) <= limit:
            return
        reason = (f"palvelussa {label} {where} saa olla enintään {limit} {noun[0] if limit == 1 else noun[1]}, "
                  f"tässä on {len(spans)}")
        yield Match(spans[limit].start, spans[-1].end,
                    {"reason": reason, "platform": label, "count": len(spans), "limit": limit})
