"""`provenance`: the draft says how someone else's material was obtained, and no credit or licence goes with it.

Copyright findings are rarely in the material itself; they are in what the writer tells about it: "löysin
tämän kuvan Googlesta", "Skannasin tähän sivut kirjasta", "latasin biisin YouTubesta", "jaan tässä koko
raportin", "rajasin vesileiman pois", "Bilden hittade jag på nätet", "grabbed it from the stock agency's
preview". The check reads such statements as a conjunction of *cues*, each a word list of the pack in every
language (`<cue>.<lang>.txt` in the `lists` folders): how the material was obtained (`acquire`), where it came
from (`platform`, `source`), what it is (`material`), that it is whole (`whole`), that it is published here
(`publish`), that the credit is missing (`nocredit`) and so on. A rule lists `combos`: sets of cues that must
all occur in one sentence (or `window` consecutive sentences). A combo element `a|b` is met by either cue.

List entries are base words, matched on voikko lemmas (and compound parts for the cues named in `parts`), so
every inflected form and compound counts; the surface form counts as well, for Swedish and English words and
names the dictionary does not know. `word*` matches by prefix (`youtube*`, `hitta*`), `*word` by the end of a
compound (`*kirjoitus`); `kuva:` matches only before a colon and a name (a credit line); `Yle` with a capital
only a word written with one; several words are a phrase whose words follow each other (at most `gap` other
words between them: `ilman lupa` is also "ilman hänen lupaansa").

What clears a post, so that credited, licensed and own material stays clean:
- `excuse`: cues anywhere in the post (a credit line, CC BY, `luvalla`, own photos: `kuvasin itse`);
- `excuse_near`: cues within the combo's sentences (a summary in one's own words);
- a link in those sentences: the material is shared by link, not copied (`links_excuse`);
- `skip_sentence`: sentences that give advice or ask about the rules (`älä julkaise kuvia ilman lupaa`).
`clause_end` cues count only at the end of their clause: "tää ei oo mun." admits the material is someone else's,
"ei oo mun vika" does not (a mark, an emoji or a `join` word such as `mut` may follow).
`negation` turns a credit word near a negator into its opposite ("ilman lähdettä", "didn't buy a licence",
"lähdettä en lisännyt"): it then clears nothing and counts as the cue it names (`nocredit`).

In Finnish sentences, a `from_case` cue counts only in a "from" case (elative or ablative: `netistä`,
`lehdestä`, `Pinterestiltä`; or a genitive before one: `netin syövereistä`), so `julkaisin kuvan Instagramiin`
is not taken from Instagram. Findings span the cue words, first to last.

`verse` finds poems and lyrics by their shape (short lines, mostly open-ended) as the cue `verse`; a song emoji of
`verse.marks` on those lines or the line before or after counts as the cue `verse.mark_cue` (🎶 names a song), and
so do two lines that open with a word of the list `verse.join` (`ja`, `och`, `and`: one sentence run over lines).
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from pelisaannot.checks.base import Check, CheckConfigError, Match, PackContext
from pelisaannot.document import Document, Span, Token, WordMemo, _has_letter, shared_value, word_memo
from pelisaannot.finnish.colloquial import is_spoken, standard_forms
from pelisaannot.localised import Text

LANGS = ("fi", "sv", "en")
FROM_ENDINGS = ("sta", "stä", "lta", "ltä")
CASE_ENDINGS = ("ista", "istä", "sta", "stä", "lta", "ltä", "ssa", "ssä", "lla", "llä", "iin", "ksi", "in", "n")
END = "<end>"  # the key of a trie node that ends a phrase; compared by equality (a pickled policy holds a copy)
CLIPPED = ("st", "lt")  # spoken Finnish drops the vowel of the elative and ablative: `netist`, `kaverilt`
# A line of verse: not a list item, hashtag, mention, link, thread number or heading before a colon.
VERSE_LINE = regex.compile(r"^(?![-–—•*>#@(]|\d|https?:|www\.)(?!.*:$).*\p{L}")
# `– Eino Leino`, `(Eino Leino)`: the author's name after a poem.
AUTHOR_LINE = regex.compile(r"^(?:[-–—]\s*\p{Lu}|\(\s*\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)+\s*\)$)")
# `Kuva: Maija Mallikas`, `Photo: @kuvaaja`: a label, a colon and a name (lyrics after `sanat:` are no credit).
CREDIT_LABEL = regex.compile(r" ?: *[\p{Lu}@©]")
CLAUSE_BREAK = regex.compile(r"[,;:()\[\]–—.!?\n]| - ")
QUESTION_START = regex.compile(r"(?i)^\W*(?:\p{L}+(?:ko|kö)\b|(?:can|may|is|are|should|could|får|kan|är|bör|ska)\b)")


_KEYS_MEMO = word_memo()
#: Per rule (by an object of its own, which a pickled rule does not carry over), per word: every cue the word may
#: make or start (`_may_hold_at_all`); `clear_word_memos` empties it.
_REACH = word_memo()


#: A key set that starts no phrase: one shared value, told apart with `is`.
_NO_PHRASE: tuple[tuple[Any, ...], bool] = ((), False)


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a list entry."""

    text: str
    prefix: bool = False  # `youtube*`
    colon: bool = False  # `kuva:`
    suffix: bool = False  # `*program`: the end of a compound (`*program*` anywhere in it)
    capital: bool = False  # `Yle`: a name, only when written with a capital (`yleistä` is no Yle)

    @property
    def exact(self) -> bool:
        return not (self.prefix or self.suffix)

    def matches(self, key: str) -> bool:
        if self.prefix and self.suffix:
            return self.text in key
        if self.prefix:
            return key.startswith(self.text)
        if self.suffix:
            return key.endswith(self.text)
        return key == self.text


@dataclass(frozen=True, slots=True)
class Hit:
    """A cue found in the text: which cue, and the token span it covers."""

    cue: str
    first: int  # token index
    last: int


@lru_cache(maxsize=65536)
def _parse(line: str) -> tuple[Word, ...]:
    """A list entry's words (immutable, so shared: the provenance rules read many of the same lists)."""
    words = []
    for raw in line.split():
        capital = raw[:1].isupper()
        raw = raw.lower()
        colon = raw.endswith(":") and len(raw) > 1
        raw = raw.rstrip(":") if colon else raw
        prefix = raw.endswith("*") and len(raw) > 1
        suffix = raw.startswith("*") and len(raw) > 1
        words.append(Word(raw.strip("*"), prefix, colon, suffix, capital))
    return tuple(words)


class ProvenanceCheck(Check):
    kind = "provenance"
    needs = frozenset({"lemmas"})
    placeholders = frozenset({"reason", "cues"})

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        self.combos: list[tuple[tuple[frozenset[str], ...], Text, int, int | None]] = []
        default_window = params.get("window", 1)
        for combo in params["combos"]:
            parts = tuple(frozenset(element.split("|")) for element in combo["all"])
            self.combos.append((parts, Text.of(combo.get("reason")), combo.get("window", default_window),
                                combo.get("span")))
        self.excuse = frozenset(params.get("excuse", []))
        self.excuse_near = frozenset(params.get("excuse_near", []))
        self.skip_sentence = frozenset(params.get("skip_sentence", []))
        self.parts_cues = frozenset(params.get("parts", []))
        self.surface_cues = frozenset(params.get("surface", []))  # matched on the written form only (`tämän`)
        self.from_case = frozenset(params.get("from_case", []))
        # Cues whose genitive before a 'from' word counts (`netin syövereistä`, `Googlen kuvahausta`).
        self.genitive_ok = frozenset(params.get("genitive_from", []))
        self.links_excuse = params.get("links_excuse", True)
        self.mentions_excuse = params.get("mentions_excuse", False)
        verse = params.get("verse")
        self.verse = (verse.get("min_lines", 4), verse.get("max_words", 9)) if verse is not None else None
        # Emoji that say "a song" (🎶) beside a verse block count as the cue `mark_cue`: emoji as words.
        self.verse_marks = frozenset(verse.get("marks", [])) if verse is not None else frozenset()
        self.verse_mark_cue = verse.get("mark_cue", "poem") if verse is not None else "poem"
        # Lines that open with a joining word (`ja`, `och`, `and`) run one sentence over the lines: two of them in
        # a verse block count as `mark_cue` too, the shape of a poem that a list or a schedule does not have.
        join = self._join_words(params, pack, verse.get("join")) if verse is not None else frozenset()
        self.verse_join = (regex.compile(r"(?m)^[ \t]*(?:" + "|".join(sorted(map(regex.escape, join))) + r")[ \t]")
                           if join else None)
        self.gap = params.get("gap", 2)
        negation = params.get("negation")
        self.negation = ((frozenset(negation["cues"]), negation["by"], negation["as"], negation.get("tokens", 3))
                         if negation else None)
        possessive = params.get("possessive")
        self.possessive = ((possessive["cue"], frozenset(possessive["of"]), tuple(possessive.get("suffixes", [])))
                           if possessive else None)
        # `lempirunoni`, `mun suosikkibiisi`: a favourite is liked, not made, so its possessive does not make it own.
        self.liked = tuple(possessive.get("liked", [])) if possessive else ()
        # The organisation's own names make what follows its own too: `Kelan kuvapankista`.
        self.own_names = tuple(n.lower() for n in pack.settings.get(possessive.get("names_setting", ""), [])
                               ) if possessive else ()
        self.not_before = {cue: other for cue, other in params.get("not_before", {}).items()}
        # Cues that count only at the end of a clause (`tää ei oo mun.`, not `ei oo mun vika`): no word follows in
        # the sentence, or a mark, an emoji or a `join` word (`mut`, `men`, `but`) comes first.
        clause_end = params.get("clause_end")
        self.clause_end = ((frozenset(clause_end["cues"]), clause_end.get("join"))
                           if clause_end else (frozenset(), None))
        names: set[str] = set(self.excuse | self.excuse_near | self.skip_sentence)
        structural = {"verse"} if self.verse else set()
        for parts, _, _, _ in self.combos:
            for element in parts:
                names |= element
        names -= structural
        optional: set[str] = set()
        if self.negation:
            names |= self.negation[0] | {self.negation[1]}
            optional.add(self.negation[2])  # made by negation; its own list, when there is one, adds to it
        if self.possessive:
            names |= {self.possessive[0]} | self.possessive[1]
        names |= set(self.not_before.values()) | set(self.not_before)
        names |= self.clause_end[0] | ({self.clause_end[1]} if self.clause_end[1] else set())
        # Words only a cue's Finnish file lists ("some" = social media, "story", "tili"): in a Swedish or English
        # sentence they are words of that language ("some pictures", "a story from last week"), not the cue.
        self.entries, self._finnish_only = self._load(params, pack, names, optional)
        # Indexes, so that a token is matched by set and tuple look-ups rather than by walking every entry.
        self._single: dict[str, set[str]] = {}
        self._affixed: list[tuple[str, Word]] = []
        # Phrases as a trie under their first word: `ei tietää kuka ...` is walked once for all its endings.
        self._phrase_first: dict[str, dict[Word, Any]] = {}
        self._phrase_other: dict[Word, Any] = {}
        for cue, entries in self.entries.items():
            for entry in entries:
                first = entry[0]
                if len(entry) == 1 and first.exact and not first.colon and not first.capital:
                    self._single.setdefault(first.text, set()).add(cue)
                elif len(entry) == 1 and not first.colon:
                    self._affixed.append((cue, first))
                else:
                    root = (self._phrase_first.setdefault(first.text, {}) if first.exact and not first.capital
                            else self._phrase_other)
                    node = root
                    for word in entry:
                        node = node.setdefault(word, {})
                    node.setdefault(END, set()).add(cue)
        self._prefixes: dict[str, tuple[str, ...]] = {}
        self._suffixes: dict[str, tuple[str, ...]] = {}
        self._odd: list[tuple[str, Word]] = []  # capitals: tested one by one
        inside: dict[str, list[str]] = {}
        for cue, word in self._affixed:
            if word.capital:
                self._odd.append((cue, word))
            elif word.prefix and word.suffix:
                inside.setdefault(cue, []).append(regex.escape(word.text))
            elif word.prefix:
                self._prefixes[cue] = (*self._prefixes.get(cue, ()), word.text)
            else:
                self._suffixes[cue] = (*self._suffixes.get(cue, ()), word.text)
        self._inside = {cue: regex.compile("|".join(words)) for cue, words in inside.items()}
        self._by_head: dict[str, list[tuple[str, str]]] = {}
        self._by_tail: dict[str, list[tuple[str, str]]] = {}
        self._short_prefixes: list[tuple[str, str]] = []
        self._short_suffixes: list[tuple[str, str]] = []
        for cue, prefixes in self._prefixes.items():
            for prefix in prefixes:
                if len(prefix) >= 3:
                    self._by_head.setdefault(prefix[:3], []).append((cue, prefix))
                else:
                    self._short_prefixes.append((cue, prefix))
        for cue, suffixes in self._suffixes.items():
            for suffix in suffixes:
                if len(suffix) >= 3:
                    self._by_tail.setdefault(suffix[-3:], []).append((cue, suffix))
                else:
                    self._short_suffixes.append((cue, suffix))
        self._kinds = {cue: (0 if cue in self.surface_cues else 2 if cue in self.parts_cues else 1)
                       for cue in self.entries}
        self._key_memo: dict[str, tuple[tuple[str, int, bool], ...]] = {}
        #: A word's keys (with compound parts, the frozenset the word memo shares) -> its keys that may make a cue,
        #: with their candidate cues; and -> the phrase roots its keys start and whether another phrase may.
        self._keyset_memo: dict[frozenset[str], tuple[tuple[str, tuple[tuple[str, int, bool], ...]], ...]] = {}
        self._child_index: dict[int, Any] = {}  # id of a phrase trie node -> its children by kind (`_children`)
        self._node_cues: dict[int, frozenset[str]] = {}  # id of a phrase trie node -> the cues below it
        self._keyset_cues: dict[frozenset[str], frozenset[str]] = {}  # a word's key set -> its candidate cues
        self._phrase_memo: dict[str, tuple[dict[Word, Any] | None, bool]] = {}
        self._keyset_phrases: dict[frozenset[str], tuple[tuple[dict[Word, Any], ...], bool]] = {}
        self._own_memo: dict[frozenset[str], bool] = {}
        #: A word's key set -> every cue it may make or start: its own candidate cues and those of every phrase
        #: that may start at it (`_possible_cues`).
        self._keyset_reach: dict[frozenset[str], frozenset[str]] = {}
        self._combo_index = self._index_combos()
        self._memo_owner = object()  # this rule's part of the `_REACH` memo
        # A quick test before the phrases that start with a prefix, suffix or name: could any of them start here?
        firsts = [w for w in self._phrase_other if w != END]
        self._other_starts = tuple(w.text for w in firsts if not w.suffix) or ("\x00",)
        self._other_ends = tuple(w.text for w in firsts if w.suffix and not w.prefix) or ("\x00",)
        if any(w.suffix and w.prefix for w in firsts):
            self._other_starts = ("",)  # `*word*` first: no quick test

    def _index_combos(self) -> dict[str, tuple[tuple[frozenset[str], ...], ...]]:
        """Each combo's elements filed under every cue of one element, its rarest (the one whose cues the fewest
        combos name): a combo can hold only where a cue of that element is found, so `_combo_may_hold` tests the
        few combos a post's cues lead to, not every combo of the rule (38 of FI-CR-007) on every post."""
        uses: dict[str, int] = {}
        for parts, _, _, _ in self.combos:
            for element in parts:
                for cue in element:
                    uses[cue] = uses.get(cue, 0) + 1
        index: dict[str, list[tuple[frozenset[str], ...]]] = {}
        for parts, _, _, _ in self.combos:
            rarest = min(parts, key=lambda element: (sum(uses[cue] for cue in element), sorted(element)))
            for cue in rarest:
                index.setdefault(cue, []).append(parts)
        return {cue: tuple(combos) for cue, combos in index.items()}

    @staticmethod
    def _by_language(params: Mapping[str, Any], pack: PackContext,
                     name: str) -> dict[str, list[tuple[Word, ...]]] | None:
        """List `name`'s entries per language file (`<name>.<lang>.txt` in each `lists` folder); None when no
        folder holds it."""
        found: dict[str, list[tuple[Word, ...]]] | None = None
        for i, folder in enumerate(params.get("lists", [])):
            if not (pack.directory / folder).resolve().is_dir():
                raise CheckConfigError(f"lists[{i}]", f"cannot read list folder {folder!r}")
            for lang in LANGS:
                relative = str(Path(folder) / f"{name}.{lang}.txt")
                if (pack.directory / relative).is_file():
                    found = found if found is not None else {lang: [] for lang in LANGS}
                    found[lang] += [_parse(line) for line in pack.read_list(relative, f"lists[{i}]")]
        return found

    @classmethod
    def _join_words(cls, params: Mapping[str, Any], pack: PackContext, name: str | None) -> frozenset[str]:
        """The words of list `name` (every language): plain words, not cues."""
        if not name:
            return frozenset()
        by_lang = cls._by_language(params, pack, name)
        if by_lang is None:
            raise CheckConfigError("verse.join", f"no list for {name!r}")
        return frozenset(entry[0].text for entries in by_lang.values() for entry in entries)

    @classmethod
    def _load(cls, params: Mapping[str, Any], pack: PackContext, names: set[str],
              optional: set[str]) -> tuple[dict[str, list[tuple[Word, ...]]], dict[str, frozenset[str]]]:
        """Every cue's entries (`<cue>.<lang>.txt` in each `lists` folder, then the rule's own `cues`), and per cue
        the single plain words of its `.fi.txt` files that no `.sv.txt` or `.en.txt` entry matches."""
        names = names | optional
        entries: dict[str, list[tuple[Word, ...]]] = {name: [] for name in names}
        finnish_only: dict[str, frozenset[str]] = {}
        found: set[str] = set()
        for name in names:
            by_lang = cls._by_language(params, pack, name)
            if by_lang is None:
                continue
            found.add(name)
            entries[name] += [entry for lang in LANGS for entry in by_lang[lang]]
            other = [entry[0] for lang in LANGS if lang != "fi" for entry in by_lang[lang] if len(entry) == 1]
            only = {entry[0].text for entry in by_lang["fi"] if len(entry) == 1 and entry[0].exact
                    and not any(word.matches(entry[0].text) for word in other)}
            if only:
                finnish_only[name] = frozenset(only)
        for name, lines in params.get("cues", {}).items():
            found.add(name)
            entries.setdefault(name, [])
            entries[name] += [_parse(line) for line in lines]
        missing = sorted(names - found - optional)
        if missing:
            raise CheckConfigError("lists", f"no list for cue(s) {', '.join(missing)}")
        return entries, finnish_only

    # Matching words ----------------------------------------------------------------------------

    def _all_keys(self, doc: Document) -> list[tuple[frozenset[str], frozenset[str], frozenset[str]]]:
        """Per token: its surface form, its lemma keys and its keys with compound parts; kept on the document."""
        cached = doc.__dict__.get("_provenance_keys")
        if cached is None:
            # A token's keys depend only on its text, its sentence's language and the analyser: remembered
            # across documents (bounded), as most words of a batch recur.
            # a spoken word's written form is also the standard one it stands for (`täs`: tässä)
            cached = _KEYS_MEMO.per_token(doc, lambda t: (frozenset({t.text.lower(),
                                                                     *standard_forms(doc.analyses[t.index])}),
                                                          frozenset(self._keys(doc, t, False)),
                                                          frozenset(self._keys(doc, t, True))))
            doc.__dict__["_provenance_keys"] = cached
        return cached

    def _keysets(self, doc: Document) -> list[frozenset[str]]:
        """Per token, its keys with compound parts (the last of `_all_keys`): what the per-rule memos are read by;
        kept on the document for every provenance rule."""
        cached = doc.__dict__.get("_provenance_keysets")
        if cached is None:
            cached = doc.__dict__["_provenance_keysets"] = [keys[2] for keys in self._all_keys(doc)]
        return cached

    def _keys_for(self, doc: Document, index: int, cue: str) -> frozenset[str]:
        surface, plain, parts = self._all_keys(doc)[index]
        return surface if cue in self.surface_cues else parts if cue in self.parts_cues else plain

    @staticmethod
    def _sentence_of_tokens(doc: Document) -> list[int]:
        """Per token, the index of its sentence; kept on the document."""
        return doc.token_sentences

    def _keys(self, doc: Document, token: Token, cue_parts: bool) -> set[str]:
        """Lemmas (and parts) of a token, its surface form, and the same of the pieces a plain reading misses."""
        lowered = token.text.lower()
        # compound parts of three letters or fewer are noise (`yle` is no part of `yleistä`)
        lemmas = doc.lemmas(token)
        pieces = set(lowered.split("-"))  # `tv-uutiset`: a short part written apart is a word of its own
        keys = ({p for p in doc.parts(token) if len(p) > 3 or p in pieces} | lemmas) if cue_parts else set(lemmas)
        keys.add(lowered)
        keys.update(standard_forms(doc.analyses[token.index]))
        extra: list[str] = []
        if "-" in lowered:  # `keynote-puheen`, `FPA-gängets`: the last part decides
            extra.append(lowered.rsplit("-", 1)[1])
        if ":" in lowered:  # `fb:stä`, `MTV:n`: the name before the case ending
            extra.append(lowered.split(":", 1)[0])
        if not doc.analyses[token.index]:
            if lowered.endswith(CLIPPED) and ":" not in lowered:
                extra += [lowered + "ä", lowered + "a"]  # spoken `netist`, `googlest`: the elative without its vowel
            # a loanword the dictionary does not know, with a Finnish case ending: `storysta`, `redditistä`
            # (the stem is a key as it is: the dictionary did not know the word, it will not know its stem)
            keys.update(lowered[:-len(e)] for e in CASE_ENDINGS if lowered.endswith(e) and len(lowered) - len(e) >= 3)
        for piece in extra:
            for a in doc.morphology.analyze(piece):
                keys.add(a.baseform.lower())
                if cue_parts:
                    keys.update(p.lower() for p in a.parts)
            keys.add(piece)
        return keys

    def _word_matches(self, doc: Document, token: Token, word: Word, keys: set[str]) -> bool:
        if word.capital and not token.is_capitalised:
            return False
        if word.colon and not CREDIT_LABEL.match(doc.text, token.end):
            return False
        if word.exact:
            return word.text in keys
        return any(word.matches(k) for k in keys)

    def _from_case(self, doc: Document, token: Token, finnish: bool, genitive: bool = False) -> bool:
        """In Finnish, the word (or the genitive before one) is in a 'from' case: `netistä`, `netin syövereistä`."""
        if not finnish:
            return True
        if self._in_from_case(doc, token):
            return True
        if genitive and token.text.lower().endswith("n") and token.index + 1 < len(doc.tokens):
            return self._in_from_case(doc, doc.tokens[token.index + 1])
        return False

    @staticmethod
    def _in_from_case(doc: Document, token: Token) -> bool:
        """Elative or ablative ending, and not the partitive of an s- or l-stem (`esitystä` is esitys + tä)."""
        lowered = token.text.lower()
        if lowered.endswith(CLIPPED) and (not doc.analyses[token.index] or is_spoken(doc.analyses[token.index])):
            return True
        if not lowered.endswith(FROM_ENDINGS):
            return False
        return not any(lowered in (lemma + "ta", lemma + "tä") for lemma in doc.lemmas(token))

    def _hot(self, doc: Document) -> dict[int, list[tuple[str, tuple[tuple[str, int, bool], ...]]]]:
        """Per word that may be a cue, its keys that may make one, with their candidate cues. Worked out once per
        distinct key set (a word's, shared through the word memo) and remembered: a post costs one look-up per
        word, and most words make no cue."""
        memo, key_memo = self._keyset_memo, self._key_memo
        if len(memo) > 100_000 or len(key_memo) > 100_000:  # a long batch of varied text: start afresh
            memo.clear()
            key_memo.clear()
            self._keyset_cues.clear()
        keysets = self._keysets(doc)
        entries = list(map(memo.get, keysets))  # one look-up per word, in C
        for i, entry in enumerate(entries if None in entries else ()):
            if entry is None:  # a key set not seen before
                found = []
                for key in keysets[i]:
                    candidates = key_memo.get(key)
                    if candidates is None:
                        candidates = key_memo[key] = self._key_cues(key)
                    if candidates:
                        found.append((key, candidates))
                entries[i] = memo[keysets[i]] = tuple(found)
        # Only words (not numbers) are cues; most have no entry, and are passed over in C.
        tokens = doc.tokens
        return {i: list(entries[i]) for i in itertools.compress(range(len(entries)), entries)
                if _has_letter(tokens[i].text)}

    def _hits(self, doc: Document, finnish: Sequence[bool],
              hot: dict[int, list[tuple[str, tuple[tuple[str, int, bool], ...]]]] | None = None,
              starts: tuple[dict[int, list[dict[Word, Any]]], set[int]] | None = None) -> list[Hit]:
        hits: list[Hit] = []
        all_keys = self._all_keys(doc)
        sentence_of = self._sentence_of_tokens(doc)
        hot = self._hot(doc) if hot is None else hot
        langs = doc.token_langs
        for index in sorted(hot):
            token = doc.tokens[index]
            keysets = all_keys[index]
            k = sentence_of[token.index]
            sentence_fi = finnish[k] if k >= 0 else True
            foreign = {} if langs[index] == "fi" else self._finnish_only
            cues: set[str] = set()
            for key, candidates in hot[index]:
                for cue, kind, capital in candidates:
                    if (key in keysets[kind] and (not capital or token.is_capitalised)
                            and key not in foreign.get(cue, ())):
                        cues.add(cue)
            if not cues:
                continue
            for cue in cues:
                if (cue in self.from_case and self._role_needed(doc, token, cue)
                        and not self._from_case(doc, token, sentence_fi, genitive=cue in self.genitive_ok)):
                    continue
                hits.append(Hit(cue, token.index, token.index))
        hits += self._phrase_hits(doc, starts)
        if self.verse:
            hits += self._verse_hits(doc)
        return hits

    def _key_cues(self, key: str) -> tuple[tuple[str, int, bool], ...]:
        """The cues one key can make, each with the key set it must be in (0 surface, 1 base forms, 2 with
        compound parts) and whether the word must be capitalised; the same for every document, so remembered."""
        out: dict[tuple[str, int, bool], None] = {}
        for cue in self._single.get(key, ()):
            out[(cue, self._kinds[cue], False)] = None
        for cue, prefix in self._by_head.get(key[:3], ()):
            if key.startswith(prefix):
                out[(cue, self._kinds[cue], False)] = None
        for cue, suffix in self._by_tail.get(key[-3:], ()):
            if key.endswith(suffix):
                out[(cue, self._kinds[cue], False)] = None
        for cue, prefix in self._short_prefixes:
            if key.startswith(prefix):
                out[(cue, self._kinds[cue], False)] = None
        for cue, suffix in self._short_suffixes:
            if key.endswith(suffix):
                out[(cue, self._kinds[cue], False)] = None
        for cue, pattern in self._inside.items():
            if pattern.search(key):
                out[(cue, self._kinds[cue], False)] = None
        for cue, word in self._odd:
            if word.matches(key):
                out[(cue, self._kinds[cue], True)] = None
        return tuple(out)

    def _verse_hits(self, doc: Document) -> list[Hit]:
        """Poems and lyrics: `min_lines` or more short lines, most without a full stop, no author line after them.

        Lyrics written on one line with slashes (`aamulla jono / illalla jono / ...`) count line by line.
        """
        min_lines, max_words = self.verse  # type: ignore[misc]
        hits: list[Hit] = []
        block: list[tuple[int, int]] = []
        segments: list[tuple[int, int]] = []
        offset = 0
        for line in doc.text.split("\n"):
            start = offset
            offset += len(line) + 1
            pieces = line.split(" / ") if line.count(" / ") >= 3 else [line]
            for piece in pieces:
                segments.append((start, start + len(piece)))
                start += len(piece) + 3
        segments.append((len(doc.text), len(doc.text)))  # the end
        for k, (start, end) in enumerate(segments):
            stripped = doc.text[start:end].strip()
            if not stripped and k < len(segments) - 1:
                continue
            if stripped and VERSE_LINE.match(stripped) and 2 <= len(doc.words_between(start, end)) <= max_words:
                block.append((start, end))
                continue
            found = self._verse_block(doc, block, min_lines, stripped)
            if found and (self.verse_marks or self.verse_join is not None):
                hits += self._verse_mark(doc, block, found[0])
            hits += found
            block = []
        return hits

    def _verse_mark(self, doc: Document, block: list[tuple[int, int]], verse: Hit) -> list[Hit]:
        """A song emoji on the verse's lines or the line just before or after them."""
        start = doc.text.rfind("\n", 0, max(block[0][0] - 1, 0)) + 1
        end = doc.text.find("\n", block[-1][1] + 1)
        end = len(doc.text) if end < 0 else end
        if any(start <= e.start < end and e.text in self.verse_marks for e in doc.emoji):
            return [Hit(self.verse_mark_cue, verse.first, verse.first)]
        if self.verse_join is not None and sum(
                1 for line_start, _ in block[1:] if self.verse_join.match(doc.text, line_start)) >= 2:
            return [Hit(self.verse_mark_cue, verse.first, verse.first)]  # "ja sähköposti...", "mut kun valo..."
        return []

    @staticmethod
    def _verse_block(doc: Document, block: list[tuple[int, int]], min_lines: int, after: str) -> list[Hit]:
        if len(block) < min_lines or AUTHOR_LINE.match(after):
            return []
        open_ended = sum(1 for s, e in block if doc.text[s:e].rstrip()[-1:] not in ".!?")
        if open_ended * 2 < len(block):
            return []
        tokens = doc.words_between(block[0][0], block[-1][1])
        return [Hit("verse", tokens[0].index, tokens[-1].index)] if tokens else []

    def _role_needed(self, doc: Document, token: Token, cue: str) -> bool:
        """A 'from' case is asked of the cue word itself, not of a compound that has it as a part."""
        plain = self._all_keys(doc)[token.index][1]
        if any(cue in self._single.get(k, ()) for k in plain):
            return True
        if cue in self._prefixes and any(k.startswith(self._prefixes[cue]) for k in plain):
            return True
        if cue in self._suffixes and any(k.endswith(self._suffixes[cue]) for k in plain):
            return True
        pattern = self._inside.get(cue)
        return bool(pattern and any(pattern.search(k) for k in plain)) or any(
            c == cue and any(w.matches(k) for k in plain) for c, w in self._odd)

    def _phrase_starts(self, doc: Document) -> tuple[dict[int, list[dict[Word, Any]]], set[int]]:
        """Per token that may start a phrase, the phrase tries under its keys; and the tokens where a phrase that
        starts with a prefix, suffix or name may start."""
        memo, by_keyset = self._phrase_memo, self._keyset_phrases
        if len(memo) > 100_000 or len(by_keyset) > 100_000:
            memo.clear()
            by_keyset.clear()
        # Per key, remembered across documents: the phrases that start with it, and whether a phrase that starts
        # with a prefix, suffix or name could; and the same per word's key set, looked up once per token.
        roots_at: dict[int, list[dict[Word, Any]]] = {}
        other_at: set[int] = set()
        keysets = self._keysets(doc)
        try:  # every word's key set seen before (most posts of a batch): one look-up per word, in C
            combos = list(map(by_keyset.__getitem__, keysets))
        except KeyError:
            combos = []
            for keyset in keysets:
                combined = by_keyset.get(keyset)
                if combined is None:
                    roots: list[dict[Word, Any]] = []
                    other = False
                    for key in keyset:
                        entry = memo.get(key)
                        if entry is None:
                            entry = memo[key] = (self._phrase_first.get(key), bool(self._phrase_other) and (
                                key.startswith(self._other_starts) or key.endswith(self._other_ends)))
                        if entry[0] is not None:
                            roots.append(entry[0])
                        other = other or entry[1]
                    combined = by_keyset[keyset] = (tuple(roots), other) if roots or other else _NO_PHRASE
                combos.append(combined)
        # most words start no phrase: only the others are looked at (picked in C)
        for index in itertools.compress(range(len(combos)), map(operator.is_not, combos,
                                                                 itertools.repeat(_NO_PHRASE))):
            combined = combos[index]
            if combined[0]:
                roots_at[index] = list(combined[0])
            if combined[1]:
                other_at.add(index)
        return roots_at, other_at

    def _phrase_hits(self, doc: Document,
                     starts: tuple[dict[int, list[dict[Word, Any]]], set[int]] | None = None) -> list[Hit]:
        hits: list[Hit] = []
        all_keys = self._all_keys(doc)
        roots_at, other_at = self._phrase_starts(doc) if starts is None else starts
        for i in sorted(roots_at.keys() | other_at):
            token = doc.tokens[i]
            roots = roots_at.get(i, [])
            if i in other_at:
                roots = [*roots, self._phrase_other]
            found: set[tuple[str, int]] = set()
            for root in roots:
                for word, node in root.items():
                    if word != END and self._word_matches(doc, token, word, all_keys[token.index][2]):
                        self._walk(doc, token.index, node, found)
            hits += [Hit(cue, token.index, last) for cue, last in found]
        return hits

    def _walk(self, doc: Document, index: int, node: dict[Any, Any], found: set[tuple[str, int]]) -> None:
        """Every phrase of the trie below `node` that goes on from token `index` (at most `gap` words between)."""
        for cue in node.get(END, ()):
            found.add((cue, index))
        exact, other = self._children(node)
        if not exact and not other:
            return
        sentence_of = self._sentence_of_tokens(doc)
        all_keys = self._all_keys(doc)
        for j in range(index + 1, min(index + 2 + self.gap, len(doc.tokens))):
            if sentence_of[j] != sentence_of[index]:
                break
            keys = all_keys[j][2]
            for text in exact.keys() & keys:
                for word, child in exact[text]:
                    if self._word_matches(doc, doc.tokens[j], word, keys):
                        self._walk(doc, j, child, found)
            for word, child in other:
                if self._word_matches(doc, doc.tokens[j], word, keys):
                    self._walk(doc, j, child, found)

    def _children(self, node: dict[Any, Any]) -> tuple[dict[str, list[tuple[Word, Any]]], list[tuple[Word, Any]]]:
        """The words that may come next below a trie node: exact words by their text (a word is looked up, not
        tried against each of them), and the prefix and suffix words; worked out once per node."""
        entry = self._child_index.get(id(node))
        if entry is None:
            exact: dict[str, list[tuple[Word, Any]]] = {}
            other: list[tuple[Word, Any]] = []
            for word, child in node.items():
                if word == END:
                    continue
                if word.exact:
                    exact.setdefault(word.text, []).append((word, child))
                else:
                    other.append((word, child))
            entry = self._child_index[id(node)] = (exact, other)
        return entry

    # Reading the hits --------------------------------------------------------------------------

    def _negate(self, doc: Document, hits: list[Hit]) -> list[Hit]:
        """A credit word next to a negator ("ilman lähdettä") becomes the missing credit."""
        if not self.negation:
            return hits
        cues, by, becomes, reach = self.negation
        negators = [h for h in hits if h.cue == by]

        def negates(n: Hit, h: Hit) -> bool:
            if not (0 < h.first - n.last <= reach or 0 < n.first - h.last <= reach):
                return False
            left, right = (n, h) if n.first < h.first else (h, n)
            between = doc.text[doc.tokens[left.last].end:doc.tokens[right.first].start]
            return not CLAUSE_BREAK.search(between)

        # A phrase that says the credit is missing ("credit to whoever made this") is no credit itself.
        said = [h for h in hits if h.cue == becomes]
        hits = [h for h in hits if not (h.cue in cues and any(s.first <= h.first <= s.last for s in said))]
        out = []
        for h in hits:
            if h.cue in cues and any(negates(n, h) for n in negators):
                out.append(Hit(becomes, h.first, h.last))
            elif h.cue != by:
                out.append(h)
        return out

    def _drop_own(self, doc: Document, hits: list[Hit]) -> list[Hit]:
        """`meidän logo`, `esitykseni`: material with the writer's own possessive is not someone else's."""
        if not self.possessive:
            return hits
        cue, of, suffixes = self.possessive
        if not any(h.cue in of for h in hits):
            return [h for h in hits if h.cue != cue]  # no material: no owner to look for
        owners = {h.last for h in hits if h.cue == cue}
        if self.own_names:
            # Whether a word's base forms start an own name, remembered per key set: one look-up per word, in C.
            own = self._own_memo
            if len(own) > 100_000:
                own.clear()
            plain = [keys[1] for keys in self._all_keys(doc)]
            flags = list(map(own.get, plain))
            for i, flag in enumerate(flags if None in flags else ()):
                if flag is None:
                    flags[i] = own[plain[i]] = any(k.startswith(self.own_names) for k in plain[i])
            tokens = doc.tokens
            owners.update(i for i in itertools.compress(range(len(flags)), flags) if _has_letter(tokens[i].text))
        out = []
        for h in hits:
            if h.cue in of:
                token = doc.tokens[h.first]
                lowered = token.text.lower()
                previous = next((t.index for t in reversed(doc.tokens[:h.first]) if t.text.isalpha()), None)
                own_suffix = any(lowered.endswith(s) and not any(lemma.endswith(s) for lemma in doc.lemmas(token))
                                 for s in suffixes) and bool(doc.analyses[token.index])
                if (previous in owners or own_suffix) and not (
                        self.liked and any(lemma.startswith(self.liked) for lemma in doc.lemmas(token))):
                    continue
            if h.cue != cue:
                out.append(h)
        return out

    def _drop_not_before(self, doc: Document, hits: list[Hit]) -> list[Hit]:
        """`koko tiimin video`: a cue word followed by one of its `not_before` words does not count."""
        if not self.not_before:
            return hits
        blockers = {(h.cue, h.first) for h in hits}
        words, starts, tokens = doc.words, doc._word_starts, doc.tokens
        out = []
        for h in hits:
            other = self.not_before.get(h.cue)
            if not other:
                out.append(h)
                continue
            # the first word after the cue: a bisect, not a walk over the post's words for every hit
            k = bisect.bisect_right(starts, tokens[h.last].start)
            if k < len(words) and (other, words[k].index) in blockers:
                continue
            out.append(h)
        followers = set(self.not_before.values())
        return [h for h in out if h.cue not in followers]

    def _drop_not_clause_end(self, doc: Document, hits: list[Hit]) -> list[Hit]:
        """A `clause_end` cue followed in its sentence by another word of the same clause does not count."""
        cues, join = self.clause_end
        if not cues:
            return hits
        joins = {h.first for h in hits if h.cue == join}
        words = doc.words
        indices = [t.index for t in words] if any(h.cue in cues for h in hits) else []
        out = []
        for h in hits:
            if h.cue == join:
                continue
            if h.cue in cues:
                end = doc.tokens[h.last].end
                k = bisect.bisect_right(indices, h.last)  # the next word: a bisect, not a scan per hit
                nxt = words[k] if k < len(words) else None
                if (nxt is not None and doc.sentence_index(nxt.start) == doc.sentence_index(end - 1)
                        and not doc.text[end:nxt.start].strip() and nxt.index not in joins):
                    continue  # a word of the same clause goes on: `ei oo mun vika`
            out.append(h)
        return out

    def _finnish(self, doc: Document) -> list[bool]:
        """Per sentence: is it Finnish? (the document's language layer when it has one, else voikko's coverage)."""
        cached = doc.__dict__.get("_provenance_finnish")
        if cached is None:
            cached = doc.__dict__["_provenance_finnish"] = self._read_finnish(doc)
        return cached

    @staticmethod
    def _read_finnish(doc: Document) -> list[bool]:
        lang_of = getattr(doc, "lang_of", None)
        out = []
        for sentence in doc.sentences:
            if callable(lang_of) and lang_of(sentence.start) != "fi":
                out.append(False)
                continue
            # A short English or Swedish sentence can pass for Finnish (`Grabbed this off Google`): it is Finnish
            # here only when voikko knows more than half of its words.
            words = doc.words_between(sentence.start, sentence.end)
            known = sum(1 for t in words if doc.analyses[t.index])
            out.append(not words or known * 2 > len(words))
        return out

    def _may_hold(self, doc: Document, hot: dict[int, list[tuple[str, tuple[tuple[str, int, bool], ...]]]],
                  starts: tuple[dict[int, list[dict[Word, Any]]], set[int]]) -> bool:
        """Whether some combo may have every element among the cues the post may hold: its words' candidate cues,
        every cue of the phrases that may start at its words, the verse cue where there are lines enough for a
        poem, and the cue negation makes. A superset of the cues `_hits` finds (the later steps only take cues
        away, but for negation's), so False proves the rule finds nothing."""
        keysets, names = self._keysets(doc), self._keyset_cues
        found: set[str] = set()
        for i, entry in hot.items():
            cues = names.get(keysets[i])
            if cues is None:  # (a new key set: its cues named once)
                cues = names[keysets[i]] = frozenset(c[0] for _key, candidates in entry for c in candidates)
            found |= cues
        roots_at, other_at = starts
        if roots_at or other_at:
            # A phrase can occur only where each of its exact words is a key of some word of the post: the cues of
            # the phrases so found below each root, not every cue below it (`ei` starts many phrases).
            post_keys = frozenset().union(*keysets)
            walked: set[int] = set()
            for roots in roots_at.values():
                for root in roots:
                    if id(root) not in walked:
                        walked.add(id(root))
                        found |= self._cues_within(root, post_keys)
            if other_at:
                found |= self._cues_within(self._phrase_other, post_keys)
        return self._combo_may_hold(doc, found)

    def _cues_within(self, node: dict[Any, Any], keys: frozenset[str]) -> set[str]:
        """The cues of the phrases below a trie node whose exact words are all among `keys` (a prefix or suffix
        word is taken as met): a superset of what `_walk` finds in a post whose words' keys are `keys`."""
        out: set[str] = set(node.get(END, ()))
        exact, other = self._children(node)
        for text in keys.intersection(exact):  # (over the node's few words, not the post's many keys)
            for _word, child in exact[text]:
                out |= self._cues_within(child, keys)
        for _word, child in other:
            out |= self._cues_within(child, keys)
        return out

    def _may_hold_at_all(self, doc: Document) -> bool:
        """`_may_hold` read from one memo per word's key set (its candidate cues, and every cue of the phrases that
        may start at it), without the per-word tables `_hot` and `_phrase_starts` build: the post's cues are a
        union of its words' sets, in C. A superset of what `_may_hold` finds (a number's candidate cues count
        too), so False proves the rule finds nothing, on most posts before any table is built."""
        reach = self._keyset_reach
        if len(reach) > 100_000:  # a long batch of varied text: start afresh
            reach.clear()
        # A word's reach is a function of the word: read from this rule's per-word memo by the post's word numbers
        # (one pass in C), so a post whose words are all known needs neither its key sets nor a look-up by them.
        memo = _REACH.get(self._memo_owner)
        if memo is None:
            if len(_REACH) > 32:  # many packs in one process: do not keep them all
                _REACH.clear()
            memo = _REACH[self._memo_owner] = WordMemo()
        keysets: list[frozenset[str]] = []

        def reach_of(token: Token) -> frozenset[str]:
            if not keysets:
                keysets.extend(self._keysets(doc))
            found = reach.get(keysets[token.index])
            return found if found is not None else self._reach_of(keysets[token.index])

        found: set[str] = set().union(*memo.per_token(doc, reach_of))
        return self._combo_may_hold(doc, found)

    def _combo_may_hold(self, doc: Document, found: set[str]) -> bool:
        """Whether a combo can hold, given the word cues the post may have: adds the cues of the post's shape
        (a verse block, a song emoji beside it) and of negation, which no word's memo knows. Shared by both
        gates, so that a cue added here is seen by each."""
        if self.verse and doc.text.count("\n") + doc.text.count(" / ") + 1 >= self.verse[0]:
            found.add("verse")
            marked = self.verse_marks and any(e.text in self.verse_marks for e in doc.emoji)
            if marked or (self.verse_join is not None and len(self.verse_join.findall(doc.text)) >= 2):
                found.add(self.verse_mark_cue)
        if self.negation and not found.isdisjoint(self.negation[0]) and self.negation[1] in found:
            found.add(self.negation[2])
        # A combo holds when none of its elements is disjoint from the post's cues (tested in C, no set made).
        index, disjoint = self._combo_index, found.isdisjoint
        return any(not any(map(disjoint, parts)) for cue in found if cue in index for parts in index[cue])

    def _reach_of(self, keyset: frozenset[str]) -> frozenset[str]:
        """Every cue a word of this key set may make (`_key_cues` of its keys) or start (the cues of the phrase
        tries `_phrase_starts` would give it); remembered per key set."""
        out: set[str] = set()
        for key in keyset:
            candidates = self._key_memo.get(key)
            if candidates is None:
                candidates = self._key_memo[key] = self._key_cues(key)
            out.update(c[0] for c in candidates)
            root = self._phrase_first.get(key)
            if root is not None:
                out |= self._trie_cues(root)
            if self._phrase_other and (key.startswith(self._other_starts) or key.endswith(self._other_ends)):
                out |= self._trie_cues(self._phrase_other)
        found = self._keyset_reach[keyset] = shared_value(frozenset(out))
        return found

    def _trie_cues(self, node: dict[Any, Any]) -> frozenset[str]:
        """Every cue of the phrases below a trie node; worked out once per node."""
        cues = self._node_cues.get(id(node))
        if cues is None:
            out: set[str] = set(node.get(END, ()))
            for word, child in node.items():
                if word != END:
                    out |= self._trie_cues(child)
            cues = self._node_cues[id(node)] = frozenset(out)
        return cues

    def _is_question(self, sentence: Span) -> bool:
        return sentence.text.rstrip().endswith("?") and bool(QUESTION_START.match(sentence.text))

    def run(self, doc: Document) -> Iterator[Match]:
        if not doc.sentences or not self._may_hold_at_all(doc):
            return  # no combo can have all its cues in the post: most posts, before any per-word table is built
        hot, starts = self._hot(doc), self._phrase_starts(doc)
        if not self._may_hold(doc, hot, starts):
            return  # no combo can have all its cues in the post: most posts, before any phrase is walked
        finnish = self._finnish(doc)
        hits = self._drop_own(doc, self._drop_not_clause_end(doc, self._drop_not_before(
            doc, self._negate(doc, self._hits(doc, finnish, hot, starts)))))
        if not hits:
            return
        # Hits come from sets (the cues of a word, the phrases found): a fixed order keeps the chosen span the same
        # in every process, whatever the hash seed.
        hits.sort(key=lambda h: (h.first, h.last, h.cue))
        present = {h.cue for h in hits}
        if present & self.excuse:
            return
        # Only the combos whose every element has a hit somewhere in the post can hold in any of its sentences.
        combos = [combo for combo in self.combos if all(element & present for element in combo[0])]
        if not combos:
            return
        by_sentence: dict[int, list[Hit]] = {}
        for h in hits:
            by_sentence.setdefault(doc.sentence_index(doc.tokens[h.first].start), []).append(h)
        skipped = {i for i, hs in by_sentence.items()
                   if any(h.cue in self.skip_sentence for h in hs) or self._is_question(doc.sentences[i])}
        url_sentences = {doc.sentence_index(u.start) for u in doc.urls}
        mention_sentences = {doc.sentence_index(m.start) for m in doc.mentions} if self.mentions_excuse else set()
        reported: set[int] = set()
        for start in range(len(doc.sentences)):
            if start in reported or start in skipped:
                continue
            for parts, reason, window, span in combos:
                sentences = [i for i in range(start, min(start + window, len(doc.sentences))) if i not in skipped]
                if start not in sentences:
                    continue
                inside = [h for i in sentences for h in by_sentence.get(i, [])]
                found = {h.cue for h in inside}
                if not all(element & found for element in parts):
                    continue  # a cue of the combo is missing here: nothing to satisfy
                if self.links_excuse and url_sentences & set(sentences):
                    continue
                if mention_sentences & set(sentences):
                    continue  # `kuva: @kuvaaja`: the author is credited
                if any(h.cue in self.excuse_near for h in inside):
                    continue
                used = self._satisfy(parts, inside, span)
                if used is None:
                    continue
                first = min(h.first for h in used)
                last = max(h.last for h in used)
                reported.update(sentences)
                cues = ", ".join(sorted({h.cue for h in used}))
                yield Match(doc.tokens[first].start, doc.tokens[last].end, {"reason": reason, "cues": cues})
                break

    @staticmethod
    def _satisfy(parts: tuple[frozenset[str], ...], inside: list[Hit], span: int | None) -> list[Hit] | None:
        """One hit per combo element (different tokens where possible), all within `span` tokens, or None."""
        anchors = [h for h in inside if h.cue in parts[0]]
        for anchor in anchors:
            used = [anchor]
            taken = {anchor.first}
            for element in parts[1:]:
                candidates = [h for h in inside if h.cue in element and (
                    span is None or abs(h.first - anchor.first) <= span)]
                if not candidates:
                    break
                fresh = [h for h in candidates if h.first not in taken]
                chosen = min(fresh or candidates, key=lambda h: abs(h.first - anchor.first))
                used.append(chosen)
                taken.add(chosen.first)
            else:
                return used
        return None
