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
from pelisaannot.localised import Text
from pelisaannot.platforms import Profile, profile, thread_parts

# The reason a finding gives, in the languages of the messages.
IN_POST = Text("julkaisussa", "i inlägget", "in the post")
IN_PART = Text("ketjun {n}. julkaisussa", "i trådens inlägg {n}", "in post {n} of the thread")
LENGTH = Text("palvelussa {platform} {where} saa olla enintään {limit} merkkiä, tässä on {total}{note}; korostettu "
              "osa ei mahdu", "på {platform} får det finnas högst {limit} tecken {where}, här finns {total}{note}; den "
              "markerade delen ryms inte", "{platform} allows at most {limit} characters {where}, this has "
              "{total}{note}; the highlighted part does not fit")
COUNT = Text("palvelussa {platform} {where} saa olla enintään {limit} {noun}, tässä on {total}",
             "på {platform} får det finnas högst {limit} {noun} {where}, här finns {total}",
             "{platform} allows at most {limit} {noun} {where}, this has {total}")
NOTES = {
    "x": Text(" (jokainen linkki lasketaan 23 merkiksi, emoji kahdeksi)",
              " (varje länk räknas som 23 tecken, en emoji som två)", " (every link counts as 23 characters, an emoji "
              "as two)"),
    "graphemes": Text(" (merkit lasketaan niin kuin lukija ne näkee)", " (tecknen räknas så som läsaren ser dem)",
                      " (characters are counted as a reader sees them)"),
    "url": Text(" (http-linkki lasketaan 23 merkiksi)", " (en http-länk räknas som 23 tecken)",
                " (an http link counts as 23 characters)"),
}
HASHTAGS = (Text("hashtag", "hashtagg", "hashtag"), Text("hashtagia", "hashtaggar", "hashtags"))
MENTIONS = (Text("maininta (@)", "omnämnande (@)", "mention (@)"), Text("mainintaa (@)", "omnämnanden (@)",
                                                                       "mentions (@)"))


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
            where = IN_PART.fill(n=n) if len(parts) > 1 else IN_POST
            if "length" in self.limits and p.max_length is not None:
                yield from self._length(doc.text, start, end, p, p.max_length, where)
            inside = doc.starting_between(doc.hashtags, start, end)
            if "hashtags" in self.limits and p.max_hashtags is not None:
                yield from self._count(inside, p.max_hashtags, p.label, where, HASHTAGS)
            inside = doc.starting_between(doc.mentions, start, end)
            if "mentions" in self.limits and p.max_mentions is not None:
                yield from self._count(inside, p.max_mentions, p.label, where, MENTIONS)

    @staticmethod
    def _length(full: str, start: int, end: int, p: Profile, limit: int, where: Text) -> Iterator[Match]:
        text = full[start:end].rstrip()
        total, cut = p.over(text, limit)
        if cut is None:
            return  # fits
        while cut > 0 and not text[cut - 1].isspace():  # from the first word that does not fit whole
            cut -= 1
        note = NOTES.get(p.counting, Text(""))
        if p.url_length is not None and p.counting != "x":
            note = NOTES["url"]
        reason = Text.build(lambda lang: LENGTH.get(lang).format(
            platform=p.label, where=where.get(lang), limit=limit, total=total, note=note.get(lang)))
        yield Match(start + cut, start + len(text),
                    {"reason": reason, "platform": p.label, "count": total, "limit": limit})

    @staticmethod
    def _count(spans: list[Span], limit: int, label: str, where: Text, noun: tuple[Text, Text]) -> Iterator[Match]:
        if len(spans) <= limit:
            return
        reason = Text.build(lambda lang: COUNT.get(lang).format(
            platform=label, where=where.get(lang), limit=limit, noun=noun[limit != 1].get(lang), total=len(spans)))
        yield Match(spans[limit].start, spans[-1].end,
                    {"reason": reason, "platform": label, "count": len(spans), "limit": limit})
