"""`hashtags`: too many hashtags, the "hashtag fence" (risuaita), the hashtag library and CamelCase.

A fence (`max_run`, `max_count`, `block_longer_than_text`) is a run of more than about five hashtags, or a
block of four or more that is longer than the text it decorates. A run is a group of tags with nothing but
white space, punctuation or emoji between them, so dots, line breaks and emoji do not break a fence.

A sentence tagged word by word (`word_by_word`, `max_sentence_share`) is a fence however few its tags:
`#Ylpeä #olen #meidän #tiimistä`, `#Tack #för #idag`, `#what #a #day`. How a tag reads (a function word, a
verb, an inflected form, or a topic label) is decided in `hashtag_words.py` with voikko and the pack's
function-word lists (`function_words:`, Finnish, Swedish and English files). `sentence_tags` reports
several tags that each hold a whole sentence in CamelCase (`#TämäOnParastaTyötä`). One to three relevant
tags, and four on a long post, stay clean on every platform, Instagram included. A post gets one finding
per fence; the total count is reported only when no fence already was. A thread written as one draft
(1/6, 2/6, ...) is counted post by post.

`library: true` compares each tag with the organisation's hashtag library (pack setting
`hashtag_library`): a near miss gets the library form as its suggestion. A near miss is an inflected
form of a library tag (`#opintotuet`, `#Kelan`: same voikko base form), a typo (edit distance 1, or 2
for long tags) or a case that loses the library's inner capitals (`#omakela` for `#OmaKela`) or
shouts (`#KELA`). `#kela` for `#Kela` is fine: platforms ignore case, and a capital first letter
changes nothing for a screen reader.

`camel_case: true` suggests CamelCase for a lower-case tag made of several words (`#hyväätyöpäivää`
-> `#HyvääTyöpäivää`), because screen readers read such a tag word by word. A single Finnish word,
compounds included (`#sosiaaliturvauudistus`), is left alone.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping
from typing import Any

from pelisaannot.checks.base import Check, Match, PackContext
from pelisaannot.checks.hashtag_words import TagReader, sentence_capitals
from pelisaannot.document import Document, Span
from pelisaannot.finnish.features import sentence_word
from pelisaannot.finnish.morphology import Morphology
from pelisaannot.localised import Text
from pelisaannot.platforms import thread_parts

MAX_SEGMENT_LENGTH = 60

# The reasons a finding gives, in the languages of the messages.
SPELLING = Text("kirjoitusasu poikkeaa kirjaston muodosta", "stavningen avviker från bibliotekets form",
                "spelt differently from the library's form")
INFLECTED = Text("taivutettu muoto hajauttaa keskustelun", "en böjd form splittrar diskussionen",
                 "an inflected form splits the conversation")
TYPO = Text("näyttää kirjoitusvirheeltä", "ser ut som ett skrivfel", "looks like a typo")
LOWERCASE = Text("monisanainen hashtag pienin kirjaimin", "hashtagg med flera ord i gemener",
                 "multi-word hashtag in lower case")
REPEATED = Text("{tag} toistuu", "{tag} upprepas", "{tag} is repeated")
TOO_MANY = Text("{count} hashtagia, kun suositus on enintään {limit}", "{count} hashtaggar, när rekommendationen är "
                "högst {limit}", "{count} hashtags where at most {limit} are recommended")
IN_A_ROW = Text("{count} hashtagia peräkkäin (enintään {limit})", "{count} hashtaggar i rad (högst {limit})",
                "{count} hashtags in a row (at most {limit})")
WORD_BY_WORD = Text("lause on kirjoitettu hashtageiksi sana sanalta ({count} hashtagia)",
                    "meningen är skriven som hashtaggar ord för ord ({count} hashtaggar)",
                    "the sentence is written as hashtags word by word ({count} hashtags)")
INLINE = Text("lauseen sanoista {count} on muutettu hashtageiksi",
              "{count} av meningens ord har gjorts till hashtaggar",
              "{count} of the sentence's words are turned into hashtags")
SENTENCES = Text("{count} hashtagia on kokonaisia lauseita", "{count} hashtaggar är hela meningar",
                 "{count} hashtags are whole sentences")
BLOCK = Text("{count} hashtagia, ja ne vievät enemmän tilaa kuin itse teksti",
             "{count} hashtaggar, och de tar mer plats än själva texten",
             "{count} hashtags, taking more room than the text itself")
MAX_SEGMENTED_TAGS = 10  # a post full of long junk tags must not cost seconds


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Optimal-string-alignment distance (a swap of neighbours costs 1), cut off above `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def _per_platform(value: Any, platform: str) -> int | None:
    """A limit given as a number, or as a mapping of platform -> number with an optional `default`."""
    if value is None or isinstance(value, int):
        return value
    return value.get(platform, value.get("default"))


class HashtagsCheck(Check):
    kind = "hashtags"
    placeholders = frozenset({"count", "limit", "reason", "suggestion"})

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        self.library_check = params.get("library", False)
        library = [t.lstrip("#") for t in [*pack.settings.get("hashtag_library", []), *params.get("tags", [])]]
        self.library = {t.lower(): t for t in library}
        self.camel_case = params.get("camel_case", False)
        self.duplicates = params.get("duplicates", False)
        self.min_camel_length = params.get("min_camel_length", 10)
        self.max_count = params.get("max_count")
        self.max_run = params.get("max_run")
        self.max_sentence_share = params.get("max_sentence_share")
        self.min_tags = params.get("min_tags", 3)
        self._library_forms: dict[str, tuple[str, Text] | None] = {}
        self.word_by_word = params.get("word_by_word", False)
        self.block_tags = params.get("block_longer_than_text")
        self.sentence_tags = params.get("sentence_tags")
        words: list[str] = []
        for i, relative in enumerate(params.get("function_words", [])):
            words += pack.read_list(relative, f"function_words[{i}]")
        self.function_words = tuple(words)
        # Words after which a sentence goes on (`ja`, `och`, `and`): tags after them are the rest of the sentence.
        continues: list[str] = []
        for i, relative in enumerate(params.get("continues", [])):
            continues += pack.read_list(relative, f"continues[{i}]")
        self.continues = frozenset(w.lower() for w in continues)
        self._readers: dict[int, TagReader] = {}

    def __getstate__(self) -> dict[str, Any]:
        """Pickled without its tag readers: they hold the morphology's C library, which does not pickle (a linter
        sent to a `spawn` process after checking a tagged post)."""
        return {**self.__dict__, "_readers": {}}

    def _reader(self, morphology: Morphology) -> TagReader:
        reader = self._readers.get(id(morphology))
        if reader is None:
            reader = self._readers[id(morphology)] = TagReader(morphology, self.function_words)
        return reader

    def _runs(self, doc: Document) -> list[list[Span]]:
        """Groups of hashtags with no word between them: white space, punctuation, emoji and line breaks
        (`#a. #b`, `#a 💙 #b`) do not break a fence; a word, a mention or a link does."""
        runs: list[list[Span]] = []
        for tag in doc.hashtags:
            between = doc.text[runs[-1][-1].end:tag.start] if runs else "x"
            if not any(c.isalnum() or c == "@" for c in between):
                runs[-1].append(tag)
            else:
                runs.append([tag])
        return runs

    # The hashtag library ------------------------------------------------------------------------

    def _library_form(self, doc: Document, tag: str) -> tuple[str, Text] | None:
        """(library form, reason) when `tag` is a near miss of a library tag; None when it is fine or unrelated.
        Remembered per tag: the same tags come back post after post, and the typo search is costly."""
        if tag not in self._library_forms:
            if len(self._library_forms) >= 10_000:
                self._library_forms.clear()
            self._library_forms[tag] = self._find_library_form(doc, tag)
        return self._library_forms[tag]

    def _find_library_form(self, doc: Document, tag: str) -> tuple[str, Text] | None:
        lowered = tag.lower()
        exact = self.library.get(lowered)
        if exact is not None:
            if tag == exact:
                return None
            inner_caps = any(c.isupper() for c in exact[1:])
            shouting = tag.isupper() and len(tag) >= 4 and not exact.isupper()
            return (exact, SPELLING) if inner_caps or shouting else None
        if any(c.isdigit() for c in tag):
            return None
        for analysis in doc.morphology.analyze(lowered):
            form = self.library.get(analysis.baseform.lower())
            if form is not None:
                return form, INFLECTED
        limit = 1 if len(lowered) < 9 else 2
        if len(lowered) >= 5:
            close = [(edit_distance(lowered, key, limit), form) for key, form in self.library.items()]
            best = min(close, default=(limit + 1, ""))
            if best[0] <= limit and not doc.morphology.analyze(lowered):
                return best[1], TYPO
        return None

    def _library(self, doc: Document) -> Iterator[Match]:
        for tag in doc.hashtags:
            hit = self._library_form(doc, tag.text[1:])
            if hit is not None:
                form, reason = hit
                yield Match(tag.start, tag.end, {"reason": reason, "suggestion": f"#{form}"}, f"#{form}")

    # CamelCase --------------------------------------------------------------------------------

    def _segments(self, doc: Document, word: str) -> list[str] | None:
        """The fewest dictionary words (3 letters or more) that make up `word`, or None."""
        n = len(word)
        best: list[list[str] | None] = [None] * (n + 1)
        best[0] = []
        for end in range(3, n + 1):
            for start in range(0, end - 2):
                head = best[start]
                if head is None or (best[end] is not None and len(best[end]) <= len(head) + 1):
                    continue
                if doc.morphology.analyze(word[start:end]):
                    best[end] = [*head, word[start:end]]
        return best[n]

    def _camel(self, doc: Document) -> Iterator[Match]:
        segmented = 0
        for tag in doc.hashtags:
            word = tag.text[1:]
            if (len(word) < self.min_camel_length or len(word) > MAX_SEGMENT_LENGTH or not word.isalpha()
                    or not word.islower() or word in self.library or doc.morphology.analyze(word)):
                continue
            if self._library_form(doc, word) is not None:
                continue  # a misspelt library tag: the library rule suggests the right one
            segmented += 1
            if segmented > MAX_SEGMENTED_TAGS:
                return
            parts = self._segments(doc, word)
            if parts and len(parts) >= 2:
                camel = "#" + "".join(p[:1].upper() + p[1:] for p in parts)
                yield Match(tag.start, tag.end, {"reason": LOWERCASE,
                                                 "suggestion": camel}, camel)

    def run(self, doc: Document) -> Iterator[Match]:
        tags = doc.hashtags
        if not tags:
            return
        if self.library_check:
            yield from self._library(doc)
        if self.duplicates:
            seen: set[str] = set()
            for tag in tags:
                key = tag.text.lower()
                if key in seen:
                    yield Match(tag.start, tag.end, {"count": 2, "limit": 1, "reason": REPEATED.fill(tag=tag.text)})
                seen.add(key)
        if self.camel_case:
            yield from self._camel(doc)
        reported: list[tuple[int, int]] = []
        tags = doc.hashtags
        runs = self._runs(doc)
        fences = [*self._share_fence(doc), *self._words_fence(doc, runs), *self._run_fence(doc, runs),
                  *self._sentence_tag_fence(doc), *self._block_fence(doc, runs)]
        # One finding per fence: where fences overlap, the widest span stands for them all.
        kept: list[tuple[int, int]] = []  # reported spans, sorted and apart: a bisect finds an overlap
        for match in sorted(fences, key=lambda m: m.start - m.end):
            k = bisect.bisect_left(kept, (match.end, -1))
            if not (k and kept[k - 1][1] > match.start):
                bisect.insort(kept, (match.start, match.end))
                reported.append((match.start, match.end))
                yield match
        max_count = _per_platform(self.max_count, doc.platform)
        if max_count is None or reported:
            return
        for start, end in thread_parts(doc.text):  # a thread's posts are counted one by one
            inside = doc.starting_between(tags, start, end)
            if len(inside) > max_count:
                extra = inside[max_count:]
                yield Match(extra[0].start, extra[-1].end, {
                    "count": len(inside), "limit": max_count,
                    "reason": TOO_MANY.fill(count=len(inside), limit=max_count)})

    # Fences ---------------------------------------------------------------------------------------

    def _run_fence(self, doc: Document, runs: list[list[Span]]) -> Iterator[Match]:
        """More tags in one run than the platform's `max_run`."""
        max_run = _per_platform(self.max_run, doc.platform)
        if max_run is None:
            return
        for run in runs:
            if len(run) > max_run:
                yield Match(run[0].start, run[-1].end, {
                    "count": len(run), "limit": max_run,
                    "reason": IN_A_ROW.fill(count=len(run), limit=max_run)})

    def _words_fence(self, doc: Document, runs: list[list[Span]]) -> Iterator[Match]:
        """A run of tags that is a sentence tagged word by word."""
        if not self.word_by_word:
            return
        reader = self._reader(doc.morphology)
        for run in runs:
            if len(run) < self.min_tags:
                continue
            words = [t.text[1:] for t in run]
            if reader.reads_as_sentence(words, sentence_capitals(words, self.library.values()), self.library):
                yield Match(run[0].start, run[-1].end, {
                    "count": len(run), "limit": self.min_tags,
                    "reason": WORD_BY_WORD.fill(count=len(run))})

    def _share_fence(self, doc: Document) -> Iterator[Match]:
        """Tags standing for the words of a sentence that also has ordinary words."""
        if self.max_sentence_share is None:
            return
        tags = doc.hashtags
        for sentence in sorted({doc.sentence_of(t.start) for t in tags}, key=lambda s: s.start):
            words = doc.words_between(sentence.start, sentence.end)
            # Tags in running text: those with a word after them in the same sentence. A block of tags
            # at the end is judged by max_run instead.
            # A tag right before a question or exclamation mark ends the sentence as a word does.
            last_word = words[-1].start if words else -1
            in_sentence = doc.starting_between(tags, sentence.start, sentence.end)
            if words and in_sentence and doc.text[in_sentence[-1].end:in_sentence[-1].end + 1] in ("?", "!"):
                last_word = sentence.end
            # Plain text that stops at a conjunction goes on in the tags after it (`Hyvää #huomenta ja #kaikki
            # #kollegat`): they are words of the sentence, not a block after it.
            if words and words[-1].text.lower() in self.continues and in_sentence[-1].start > words[-1].start:
                last_word = sentence.end
            # A tag that is a verb, an adverb or an inflected form is a word of the sentence wherever it stands.
            inline = [t for t in in_sentence if t.start < last_word or sentence_word(t.text[1:])]
            if len(inline) < self.min_tags:
                continue
            # Swedish and English spell out in words what Finnish puts in endings ("till en ny bostad",
            # "uuteen asuntoon"): their function words do not count against the tags. A short sentence of
            # function words and tags may be read as Finnish; then no word of it is a Finnish word.
            function_words = self._reader(doc.morphology).function_words
            content = [w for w in words if w.text.lower() not in function_words]
            if doc.lang_of(sentence.start) != "fi" or not any(doc.analyses[w.index] for w in content):
                words = content
            share = len(inline) / (len(inline) + len(words))
            if share > self.max_sentence_share:
                yield Match(inline[0].start, inline[-1].end, {
                    "count": len(inline), "limit": self.max_sentence_share,
                    "reason": INLINE.fill(count=len(inline))})

    def _sentence_tag_fence(self, doc: Document) -> Iterator[Match]:
        """Several tags that each hold a sentence in CamelCase (`#TiedeKuuluuKaikille`)."""
        if not self.sentence_tags:
            return
        reader = self._reader(doc.morphology)
        found = [t for t in doc.hashtags if t.text[1:].lower() not in self.library
                 and len(t.text) <= 80 and reader.is_sentence_tag(t.text[1:])]
        if len(found) >= self.sentence_tags:
            yield Match(found[0].start, found[-1].end, {
                "count": len(found), "limit": self.sentence_tags,
                "reason": SENTENCES.fill(count=len(found))})

    def _block_fence(self, doc: Document, runs: list[list[Span]]) -> Iterator[Match]:
        """A block of `block_longer_than_text` tags or more that is longer than the post's own text (each post
        of a thread on its own)."""
        all_tags = doc.hashtags
        if not self.block_tags or len(all_tags) < self.block_tags:
            return
        blank = list(doc.text)  # the text with tags and links blanked, built once (not a copy per tag)
        for span in [*all_tags, *doc.urls]:
            blank[span.start:span.end] = " " * (span.end - span.start)
        plain = "".join(blank)
        for start, end in thread_parts(doc.text):
            tags = doc.starting_between(all_tags, start, end)
            if len(tags) < self.block_tags:
                continue
            own = len(" ".join(plain[start:end].split()))
            block = max(runs[bisect.bisect_left(runs, start, key=lambda r: r[0].start):
                             bisect.bisect_left(runs, end, key=lambda r: r[0].start)], key=len)
            tagged = sum(len(t.text) + 1 for t in tags) - 1
            if len(block) >= self.block_tags and tagged > own:
                yield Match(block[0].start, block[-1].end, {
                    "count": len(tags), "limit": self.block_tags,
                    "reason": BLOCK.fill(count=len(tags))})
