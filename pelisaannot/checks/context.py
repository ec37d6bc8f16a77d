"""Context words near a match, compared on lemmas so that every inflected form counts; and the vocabularies
(word-list folders of the pack) that the customer-data checks read their words from."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import regex

from pelisaannot import regexcache
from pelisaannot.checks.base import CheckConfigError, PackContext
from pelisaannot.checks.literals import Prefilter
from pelisaannot.document import Document, word_memo
from pelisaannot.folding import fold


@dataclass(frozen=True, slots=True)
class Context:
    """`require`: one of these lemmas must stand near; `forbid`: none of these may."""

    require: frozenset[str] = frozenset()
    forbid: frozenset[str] = frozenset()
    window: int = 8

    @classmethod
    def from_params(cls, params: Mapping[str, Any] | None) -> Context | None:
        if not params:
            return None
        return cls(
            frozenset(w.lower() for w in params.get("require", ())),
            frozenset(w.lower() for w in params.get("forbid", ())),
            int(params.get("window", 8)),
        )

    @property
    def needs_lemmas(self) -> bool:
        return bool(self.require or self.forbid)

    def accepts(self, doc: Document, start: int, end: int) -> bool:
        """True when the words around [start, end) satisfy the context."""
        near: set[str] = set()
        for token in doc.tokens_near(start, end, self.window):
            near |= doc.lemmas(token)
            near.add(token.text.lower())
        if self.require and not (near & self.require):
            return False
        return not (self.forbid and near & self.forbid)


# Vocabularies: the word lists of the customer-data checks, as pack data -----------------------------------

DEFAULT_VOCABULARY = "lists/asiakastieto"


def vocabulary(params: Mapping[str, Any], pack: PackContext) -> Mapping[str, frozenset[str]]:
    """The rule's vocabulary folder (`check.vocabulary`, default the base pack's `lists/asiakastieto`).

    Every `<topic>.<lang>.txt` (or `<topic>.txt`) file in it is one list; the Finnish, Swedish and English files
    of a topic are read as one set, so an organisation extends a topic by adding a file or a line, not code.
    """
    folder = params.get("vocabulary")
    if folder:
        path = (pack.directory / folder).resolve()
        if not path.is_dir():
            raise CheckConfigError("vocabulary", f"vocabulary folder {folder!r} does not exist")
    else:
        from pelisaannot.policy import builtin_packs_dir

        path = (builtin_packs_dir() / "base" / DEFAULT_VOCABULARY).resolve()
    return _load_vocabulary(path)


@functools.cache
def _load_vocabulary(path: Path) -> Mapping[str, frozenset[str]]:
    topics: dict[str, set[str]] = {}
    for file in sorted(path.glob("*.txt")):
        words = PackContext(path).read_list(file.name, "vocabulary")
        topics.setdefault(file.name.split(".")[0], set()).update(w.lower() for w in words)
    return MappingProxyType({topic: frozenset(words) for topic, words in topics.items()})


def words(vocab: Mapping[str, frozenset[str]], topic: str, extra: Any = ()) -> frozenset[str]:
    """One topic of a vocabulary, with a rule's own extra words (`health_words: [...]`), lower-cased."""
    return vocab.get(topic, frozenset()) | {w.lower() for w in extra or ()}


@functools.lru_cache(maxsize=256)
def _phrase_source(entries: frozenset[str]) -> str | None:
    """The source of `phrase_re(entries)`, None without phrases: read by the gate without compiling it."""
    # Longest first, ties in alphabetical order: the same source in every process (not a set's hash order), so
    # that `regexcache` finds it compiled.
    phrases = sorted((e for e in entries if " " in e or not e[:1].isalnum()), key=lambda e: (-len(e), e))
    if not phrases:
        return None
    return r"(?<![\w#@])(?:" + "|".join(regex.escape(p) for p in phrases) + r")(?!\w)"


@functools.lru_cache(maxsize=256)
def phrase_re(entries: frozenset[str]) -> regex.Pattern[str] | None:
    """One pattern for the phrases and #tags of a cue list, longest first."""
    source = _phrase_source(entries)
    return None if source is None else regexcache.compile(source)


@functools.lru_cache(maxsize=256)
def _phrase_gate(entries: frozenset[str]) -> Prefilter | None:
    """The literals a match of `phrase_re(entries)` holds: a post with none of its phrases is not searched (and
    its pattern, read from the source, is not compiled until one has them)."""
    source = _phrase_source(entries)
    return None if source is None else Prefilter.of(source)


def may_hold_phrase(doc: Document, entries: frozenset[str]) -> bool:
    """False only when no phrase of `entries` can occur in the lower-cased text (one automaton pass a post)."""
    gate = _phrase_gate(entries)
    if gate is None:
        return False
    # once per post and list: a check that asks for many spans of one post (a reply per line) stays linear
    answers = doc.__dict__.setdefault("_phrase_gate_answers", {})
    answer = answers.get(entries)
    if answer is None:
        answer = answers[entries] = _may_hold_phrase(doc, gate)
    return answer


def _may_hold_phrase(doc: Document, gate: Prefilter) -> bool:
    folded = doc.__dict__.get("_lower_folded")
    if folded is None:
        folded = fold(doc.text.lower())  # the text the phrases are sought in, folded
        if folded == doc.casefolded:
            folded = doc.casefolded  # the same object: the automaton's reading of the post is shared
        doc.__dict__["_lower_folded"] = folded
    return gate.may_match(folded)


def cue_hits(doc: Document, start: int, end: int, entries: frozenset[str]) -> set[str]:
    """Entries of a cue list found in [start, end): a word by its lemma or compound head (any inflected form), a
    phrase ("for sale", "vi söker") or a word that starts with "#" ("#rekry") in the lower-cased text."""
    if not entries:
        return set()
    from pelisaannot.checks.customer_context import all_heads, heads

    found: set[str] = set()
    if start == 0 and end >= len(doc.text):
        found |= all_heads(doc) & entries
    elif all_heads(doc) & entries:
        for token in doc.words_between(start, end):
            found |= heads(doc, token) & entries
    if may_hold_phrase(doc, entries):  # asked first: a list whose phrases the post lacks is never compiled
        pattern = phrase_re(entries)
        if pattern is not None:
            found.update(m.group() for m in pattern.finditer(doc.text[start:end].lower()))
    return found


# Hashtags read as words of their sentence ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TagWord:
    """A hashtag that stands among the words of a sentence, read as a word: its span (the `#` included), its keys
    (base forms, compound parts, written form), its base forms and its written form, lower-cased."""

    start: int
    end: int
    keys: frozenset[str]
    lemmas: frozenset[str]
    surface: str


#: (body of a hashtag, analyser) -> (keys, lemmas, surface): a function of the tag alone, remembered for a batch
#: in the shared bounded per-word memo (`clear_word_memos` reaches it).
_TAG_MEMO = word_memo()


def _read_tag(body: str, morphology: Any) -> tuple[frozenset[str], frozenset[str], str]:
    """A tag's body read as a word: its keys (base forms, compound parts, written form), base forms, written form."""
    analyses = morphology.analyze(body)
    lemmas = frozenset(a.baseform.lower() for a in analyses)
    keys = frozenset({*lemmas, *(p.lower() for a in analyses for p in a.parts), body.lower()})
    return keys, lemmas, body.lower()


def sentence_hashtags(doc: Document) -> list[TagWord]:
    """The hashtags of the post that stand in a sentence with words ("meiän #palvelupiste #suljetaan ens vuonna"),
    each read as the word its body is. Instagram writes cue words as tags inside a sentence; a line of tags alone
    (a tag fence with no words) is not read here. Computed once per document."""
    cached = doc.__dict__.get("_sentence_hashtags")
    if cached is not None:
        return cached
    found: list[TagWord] = []
    for tag in doc.hashtags:
        body = tag.text[1:]
        if not body or not body[0].isalpha():
            continue
        sentence = doc.sentence_of(tag.start)
        if not doc.words_between(sentence.start, sentence.end):
            continue  # a line of tags only
        read = _TAG_MEMO.get_or((body, id(doc.morphology)), functools.partial(_read_tag, body, doc.morphology))
        found.append(TagWord(tag.start, tag.end, *read))
    doc.__dict__["_sentence_hashtags"] = found
    return found


def hashtag_cue_spans(doc: Document, by_lang: Mapping[str, Any]) -> list[tuple[int, int]]:
    """Spans of the sentence hashtags (`sentence_hashtags`) that are a one-word cue of a cue list (`by_lang`: per
    language, cues as tuples of `cues.Slot`): "#suljetaan" is the cue `=suljetaan`, "#palvelupiste" the cue
    `palvelupiste`. A list of several languages counts in sentences of its own language and in `any`."""
    tags = sentence_hashtags(doc)
    if not tags:
        return []
    spans = []
    several = len(by_lang) > 1
    for tag in tags:
        lang = doc.lang_of(tag.start) if several else None
        for cue_lang, cues in by_lang.items():
            if several and cue_lang not in ("any", lang):
                continue
            if any(len(cue) == 1 and cue[0].accepts(tag.keys, tag.lemmas, tag.surface) for cue in cues):
                spans.append((tag.start, tag.end))
                break
    return spans
