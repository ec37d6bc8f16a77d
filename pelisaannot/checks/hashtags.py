"""`hashtags`: too many hashtags, and the "hashtag fence" (risuaita) the Kela guide warns about.

A fence is a run of consecutive hashtags, or a sentence where hashtags stand in for words. One or
two well-placed tags stay clean. Limits may differ per platform (Instagram tolerates more). A post
gets one finding per fence; the total count is reported only when no fence already was.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from pelisaannot.checks.base import Check, Match, PackContext
from pelisaannot.document import Document, Span


def _per_platform(value: Any, platform: str) -> int | None:
    """A limit given as a number, or as a mapping of platform -> number with an optional `default`."""
    if value is None or isinstance(value, int):
        return value
    return value.get(platform, value.get("default"))


class HashtagsCheck(Check):
    kind = "hashtags"
    placeholders = frozenset({"count", "limit", "reason"})

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        self.max_count = params.get("max_count")
        self.max_run = params.get("max_run")
        self.max_sentence_share = params.get("max_sentence_share")
        self.min_tags = params.get("min_tags", 3)

    def _runs(self, doc: Document) -> list[list[Span]]:
        """Groups of hashtags separated only by white space (or commas)."""
        runs: list[list[Span]] = []
        for tag in doc.hashtags:
            if runs and not doc.text[runs[-1][-1].end:tag.start].strip(" \t\n,"):
                runs[-1].append(tag)
            else:
                runs.append([tag])
        return runs

    def run(self, doc: Document) -> Iterator[Match]:
        tags = doc.hashtags
        if not tags:
            return
        reported: list[tuple[int, int]] = []
        max_run = _per_platform(self.max_run, doc.platform)
        if max_run is not None:
            for run in self._runs(doc):
                if len(run) > max_run:
                    reported.append((run[0].start, run[-1].end))
                    yield Match(run[0].start, run[-1].end, {
                        "count": len(run), "limit": max_run,
                        "reason": f"{len(run)} hashtagia peräkkäin (enintään {max_run})"})
        if self.max_sentence_share is not None:
            for sentence in sorted({doc.sentence_of(t.start) for t in tags}, key=lambda s: s.start):
                words = [w for w in doc.tokens_between(sentence.start, sentence.end)
                         if any(c.isalpha() for c in w.text)]
                # Tags in running text: those with a word after them in the same sentence. A block of tags
                # at the end is judged by max_run instead.
                last_word = words[-1].start if words else -1
                inline = [t for t in tags if sentence.start <= t.start < last_word]
                if len(inline) < self.min_tags:
                    continue
                share = len(inline) / (len(inline) + len(words))
                span = (inline[0].start, inline[-1].end)
                covered = any(a <= span[0] and span[1] <= b for a, b in reported)
                if share > self.max_sentence_share and not covered:
                    reported.append(span)
                    yield Match(*span, {
                        "count": len(inline), "limit": self.max_sentence_share,
                        "reason": f"lauseen sanoista {len(inline)} on muutettu hashtageiksi"})
        max_count = _per_platform(self.max_count, doc.platform)
        if max_count is not None and len(tags) > max_count and not reported:
            extra = tags[max_count:]
            yield Match(extra[0].start, extra[-1].end, {
                "count": len(tags), "limit": max_count,
                "reason": f"{len(tags)} hashtagia, kun alustalle suositus on enintään {max_count}"})
