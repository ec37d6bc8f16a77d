"""`lexicon`: Finnish base words matched in every inflected form and inside compounds.

A word matches when one of its voikko analyses has a listed lemma as base form or compound part
(`idiooteille` -> idiootti, `paskaesimies` -> paska + esi + mies). Words that merely contain the
letters do not (`Kusiaiset` is kusiainen). `stems` catch words the dictionary does not know
(`vittupäät`); a listed word the dictionary does not know gets its own stem automatically
(`hinttari` -> `hinttar`, so `hinttareille` matches). A capitalised word inside a sentence or in
quotes is a name or a title (`Perkele` the film) and is skipped unless `skip_titles: false`.

Writers hide words from filters: `v*ttu`, `p4ska`, `sh!t`, `v i t t u`, `p.s.k.a`, `v-ttu`, `vttu`, `paskaaaa`.
With `obfuscated: true` (the default) such forms are restored (digits and symbols to letters, a `*` or `-`
to each likely letter, spaced letters joined, stretched letters shortened, one dropped vowel put back) and
the restored word is analysed like any other.

`language_files` maps a language to lists whose words count only in a sentence of that language: Swedish
`fan` and `skit` are ordinary words in English and Finnish posts.

A word that is named rather than used is a mention, not swearing: right after a word of `mentioned_after`
(`sana perkele`, `the word fuck`, `ordet fan`).

`exclude` (and the lists in `exclude_files`) name base forms that never count, for instance the insults
another rule reports with a higher severity; `unless_near` names lemmas that excuse a word in their sentence
(`saatana` next to raamattu or Jeesus is theology, not swearing).

A list line may carry a calmer wording after `|` (`paska | huono`); it becomes the finding's
suggestion and the `{hint}` placeholder.

Hashtags are words too (`hashtags: true`, the default): `#VitunKela` is read word by word at its capitals,
`#perkeleenmaanantai` as a compound or, when the dictionary does not know it, as a listed word followed by
a word it knows. A compound whose head is in `name_heads_files` (järvi, joki, vuori, katu: the heads of
place names) is a name when it is capitalised or a hashtag: `Helvetinjärvi` is a national park; in lower case
when a genitive stands before the head in one word (`helvetinkolulta`: a swear is written apart, `helvetin
kylmä`). A lower-case word of one letter and stars is the word of `initial_mask_files` with that letter and
length (`f***`); a capitalised one is a name masked (`Matti V****`).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterator, Mapping
from typing import Any

import regex

from pelisaannot.checks.base import Check, Match, PackContext
from pelisaannot.checks.reported import reported_quote
from pelisaannot.document import Document, Token, WordMemo, WordMemos, _has_letter, word_memo
from pelisaannot.finnish.colloquial import is_spoken
from pelisaannot.finnish.morphology import Analysis
from pelisaannot.languages.lemmas import is_known
from pelisaannot.localised import Text

FINNISH_VOWELS = frozenset("aeiouyäöå")
#: What a memo look-up gives for a word not yet worked out (None is a remembered answer: no listed word).
_UNSEEN = object()

#: A digit or sign standing for a letter between two letters (`v1ttu`, `p4ska`), in a hashtag.
LEET_INSIDE_RE = regex.compile(r"\p{L}[0-9@$]+\p{L}")
QUOTES = "\"'“”„«»‘’"
TITLE_CUES = regex.compile(r"(?i)\b(elokuva\w*|kirja\w*|teos\w*|sarja\w*|kappale\w*|levy\w*|albumi\w*)\s*$")
# `Helvetin enkelit -moottoripyöräkerho`: a blank, then a hyphen joined to a word, designates a name.
NAME_DESIGNATION = regex.compile(r"(?:[ \t]+\p{L}+){0,3}[ \t]+[-–]\p{L}{3,}")
IS_RE = regex.compile(r"\b(?:on|oli|ovat|olivat|is|är)\b")
TITLE_HYPHEN = regex.compile(r"(?i)-(?:elokuva|kirja|sarja|teos|näyttely|dokumentti|albumi|levy|kappale|romaani|"
                             r"novelli|näytelmä|ooppera|runo|biisi|laulu|podcast|ohjelma|lehti|blogi|peli)\w*$")
# A title named by what follows it: `Helvetin portit -niminen näyttely`, `Perkele-elokuva`.
TITLE_AFTER = regex.compile(r"(?i)(?:[ \t]+\p{L}+){0,3}[ \t]*[-–][ \t]?(?:niminen|nimi\w*|elokuva\w*|kirja\w*|"
                            r"teos\w*|sarja\w*|näyttely\w*|kappale\w*|albumi\w*|levy\w*|dokumentti\w*|romaani\w*|"
                            r"näytelmä\w*|biisi\w*|podcast\w*|ohjelma\w*)\b")
NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi"})
CAMEL_RE = regex.compile(r"\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+")

# Obfuscation: a run of letters mixed with digits or symbols that stand for letters.
LEET = str.maketrans({"4": "a", "@": "a", "3": "e", "1": "i", "!": "i", "0": "o", "5": "s", "$": "s", "7": "t"})
# `!` for i only between letters (`sh!t`, `v!ttu`): after a word it ends a sentence.
# (The symbol first, the letters as look-arounds: the engine then scans for the symbol, not tries every letter; the
# same texts match as with `\p{L}[*@$0-9]|[*@$0-9]\p{L}|\p{L}!\p{L}`, six times faster.)
MIXED_RE = regex.compile(r"(?<=\p{L})[*@$0-9]|[*@$0-9](?=\p{L})|(?<=\p{L})!(?=\p{L})")
MASKED_RE = regex.compile(r"(?<![\p{L}\p{N}*@$])(?:[\p{L}*@$0-9]|(?<=\p{L})!(?=\p{L}))*[\p{L}]"
                          r"(?:[\p{L}*@$0-9]|(?<=\p{L})!(?=\p{L}))*(?![\p{L}\p{N}*@$])")
SPACED_RE = regex.compile(r"(?<![\p{L}\p{N}])\p{L}(?:([ .\-_*+])\p{L})(?:\1\p{L}){2,}(?![\p{L}\p{N}])")
# Cheap necessary conditions of MIXED_RE (a digit or symbol standing for a letter) and SPACED_RE (a separator, a
# letter, the same separator, a letter, the same separator): most posts fail them, and skip the costlier patterns.
# The second is the standard `re`, several times faster here; a letter is never a separator or a line break, so
# "any other character" in place of \p{L} keeps it a necessary condition whatever either engine calls a letter.
MIXED_HINT_RE = regex.compile(r"[*@$!0-9]")
SPACED_HINT_RE = re.compile(r"([ .\-_*+])[^ .\-_*+\n]\1[^ .\-_*+\n]\1")
STRETCHED_RE = regex.compile(r"(\p{L})\1{2,}")
#: The small patterns of the per-word helpers, compiled once: `regex.search(source, ...)` looks its source up in
#: the package's cache on every call, and that look-up costs more than the search of a short word.
DOUBLED_BEFORE_CONSONANT_RE = regex.compile(r"([bcdfghjklmnpqrstvwxz])\1(?=[bcdfghjklmnpqrstvwxz])")
PUT_IN_RE = regex.compile(r"[0-9@$]")
DOTS_RE = regex.compile(r"\.+")
DOTTED_RE = regex.compile(r"(?<![\p{L}\p{N}.])\p{L}{1,4}\.{2,3}\p{L}{1,8}(?![\p{L}\p{N}])")
#: A word cut off by an ellipsis (`helv...`, `pask…`): the first letters of a word left unwritten.
CUT_OFF_RE = regex.compile(r"(?<![\p{L}\p{N}.])(\p{L}{4,8})(?:\.{3}|…)(?!\.)")
STAR_LETTERS = "aeiouyäöstkrlnmphvj"
RESTORATIONS_KEPT = 10_000
GRADES = {"k": "vjg", "p": "vm", "t": "dnlr"}  # consonant gradation: what a third letter may become
MAX_STARS = 2
HINT = Text(" Ehdotus: {suggestion}.", " Förslag: {suggestion}.", " Suggestion: {suggestion}.")
VOWELS = "aeiouyäö"


def lemma_keys(doc: Document) -> list[frozenset[str]]:
    """Per token, its lower-cased base forms and compound parts (empty when the dictionary does not know it).

    Computed once per document and kept on it, so that every word-list rule can skip a token with one set
    intersection instead of walking its analyses again.
    """
    cached = doc.__dict__.get("_lemma_keys")
    if cached is None:
        analyses = doc.analyses
        # A word's keys depend on its analyses alone, so on the word: remembered across documents.
        cached = doc.__dict__["_lemma_keys"] = _LEMMA_KEYS_MEMO.per_token(doc, lambda t: _keys_of(analyses[t.index]))
    return cached


def _keys_of(analyses: tuple[Analysis, ...]) -> frozenset[str]:
    keys: set[str] = set()
    for a in analyses:
        keys.add(a.baseform.lower())
        keys.update(p.lower().replace("=", "") for p in a.parts)  # `dino=saurus`: a morph boundary
    return frozenset(keys)


_LEMMA_KEYS_MEMO = word_memo()


class _Listed:
    """Every word of every word-list rule loaded: the only keys a document's `_Rows.index` needs to hold.
    `version` rises when a rule adds words, so that rows built before it are built again."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.version = 0

    def add(self, words: frozenset[str]) -> None:
        if not words <= self.words:
            self.words |= words
            self.version += 1


_LISTED = _Listed()


#: (rule, analyser, word form) -> the rule's listed lemma of the form, or None; ("#", rule, analyser, tag body) ->
#: the listed lemma in a hashtag; emptied by `clear_word_memos`.
_LEMMA_MEMO = word_memo()
#: Per rule, a word's listed lemma as `LexiconCheck.run` reads it (`_listed_lemma`), by the word's number
#: (`Document.memo_ids`: text, language, analyser).
_LISTED_MEMOS = WordMemos(64)
_CHECK_IDS = itertools.count()


class _Rows:
    """What every word-list rule asks of a document's words, worked out once for all of them: the words each rule
    must read whatever its list (not in the dictionary, in a Swedish or English sentence, or spoken Finnish), an
    index from each base form or compound part to the words that have it (a rule finds its listed words with one
    set intersection instead of a test per word), each token's language and its lemmas as `doc.lemmas` gives them.
    Each word's part is remembered across posts (`_row_of`): a post's rows are one pass over its word numbers and a
    loop over the few words that matter."""

    __slots__ = ("_by_lang", "_lemmas", "always", "doc", "index", "lang", "version")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.always: list[int] = []
        self.index: dict[str, list[int]] = {}
        self.lang: list[str] = doc.token_langs
        self._by_lang: dict[str, list[int]] | None = None
        self._lemmas: dict[int, set[str]] = {}
        self.version = _LISTED.version
        rows = _row_memo(self.version).per_token(doc, functools.partial(_row_of, doc))
        for i in itertools.compress(range(len(rows)), rows):  # in C: most words need nothing
            always, hits = rows[i]
            if always:
                self.always.append(i)
            for key in hits:
                self.index.setdefault(key, []).append(i)

    def by_lang(self, lang: str) -> list[int]:
        """The words (token indices, in order) of the sentences in `lang`."""
        if self._by_lang is None:
            langs = self.lang
            if not langs or (lang != langs[0] and langs.count(langs[0]) == len(langs)):
                return []  # one language (nearly every post), another asked: no walk
            self._by_lang = {}
            for token in self.doc.words:
                self._by_lang.setdefault(self.lang[token.index], []).append(token.index)
        return self._by_lang.get(lang, [])

    def lemmas(self, i: int) -> set[str]:
        found = self._lemmas.get(i)
        if found is None:
            found = self._lemmas[i] = self.doc.lemmas(self.doc.tokens[i])
        return found


#: Per version of `_LISTED`, `_row_of` by word number (`Document.memo_ids`); only the current version is kept.
_ROW_MEMOS = WordMemos(1)  # only the newest version of the lists


def _row_memo(version: int) -> WordMemo:
    return _ROW_MEMOS.of(version)


def _row_of(doc: Document, token: Token) -> tuple[bool, frozenset[str]] | None:
    """A word's part of `_Rows`: whether every rule reads it, and its listed base forms and compound parts; None
    for a word that needs nothing (most words) or a token without a letter (not a word). A function of the word,
    its sentence's language and the analyser."""
    if not _has_letter(token.text):
        return None
    known = lemma_keys(doc)[token.index]
    always = not known or doc.token_langs[token.index] != "fi" or is_spoken(doc.analyses[token.index])
    hits = known & _LISTED.words  # in C: most words hold no listed key
    return (always, hits) if always or hits else None


def _self_pattern(pack: PackContext, params: Mapping[str, Any]) -> regex.Pattern[str] | None:
    """First-person copula, a few fillers, then the word's start (the search ends there): `oon ihan |tumpelo`."""
    copulas: list[str] = []
    for i, relative in enumerate(params.get("self_copula_files", [])):
        copulas += pack.read_list(relative, f"self_copula_files[{i}]")
    if not copulas:
        return None
    fillers: list[str] = []
    for i, relative in enumerate(params.get("self_filler_files", [])):
        fillers += pack.read_list(relative, f"self_filler_files[{i}]")

    def alternation(words: list[str]) -> str:
        return "|".join(r"\s+".join(regex.escape(part).replace("\\'", "'").replace("'", "['’]")
                                    for part in w.lower().split())
                        for w in sorted(set(words), key=lambda w: (-len(w), w)))

    filler = rf"(?:(?:{alternation(fillers)})\s+){{0,3}}" if fillers else ""
    return regex.compile(rf"(?<![\p{{L}}'’])(?:{alternation(copulas)})\s+{filler}$", regex.IGNORECASE)


def _rows(doc: Document) -> _Rows:
    rows = doc.__dict__.get("_lexicon_rows")
    if rows is None or rows.version != _LISTED.version:
        rows = doc.__dict__["_lexicon_rows"] = _Rows(doc)
    return rows


def _obfuscation_candidates(doc: Document) -> tuple[list[tuple[int, int, str]], ...]:
    """Masked (`v*ttu`, `p4ska`), dotted (`v..tun`) and spaced (`v i t t u`) words of a document: the same for
    every word-list rule, so found once per document."""
    cached = doc.__dict__.get("_obfuscation_candidates")
    if cached is None:
        text = doc.text
        masked = [(m.start(), m.end(), m.group()) for m in MASKED_RE.finditer(text)
                  if (any(c in "*@$!" or c.isdigit() for c in m.group()) and not m.group().isdigit())
                  ] if MIXED_HINT_RE.search(text) and MIXED_RE.search(text) else []
        dotted = [(m.start(), m.end(), m.group()) for m in DOTTED_RE.finditer(text)] if ".." in text else []
        spaced = [(m.start(), m.end(), m.group()) for m in SPACED_RE.finditer(text)] if SPACED_HINT_RE.search(
            text) else []
        cached = doc.__dict__["_obfuscation_candidates"] = (masked, dotted, spaced)
    return cached


COLLOQUIAL_ENDINGS = (("ii", ("iä", "ia")), ("uu", ("ua",)), ("yy", ("yä",)), ("oo", ("oa",)), ("öö", ("öä",)),
                      ("ee", ("eä", "ea")),
                      # the plural partitive with its j dropped: `urpoi` is urpoja, `höppänöi` höppänöjä
                      ("oi", ("oja",)), ("öi", ("öjä",)))


def colloquial_variants(word: str) -> list[str]:
    """Standard spellings of a spoken-language ending (`tyhmii` -> `tyhmiä`, `hulluu` -> `hullua`)."""
    lowered = word.lower()
    for ending, standards in COLLOQUIAL_ENDINGS:
        if lowered.endswith(ending) and len(lowered) > len(ending) + 2:
            return [lowered[:-1] + standard[1:] for standard in standards]
    return []


def _consonants(word: str) -> str:
    return "".join(c for c in word.lower() if c.isalpha() and c not in VOWELS)


def _entry(line: str) -> tuple[str, str | None]:
    """`word | suggestion` -> (word, suggestion)."""
    word, _, suggestion = line.partition("|")
    return word.strip().lower(), (suggestion.strip() or None)


class LexiconCheck(Check):
    kind = "lexicon"
    needs = frozenset({"lemmas"})
    placeholders = frozenset({"lemma", "hint"})

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        lines = list(params.get("words", []))
        for i, relative in enumerate(params.get("files", [])):
            lines += pack.read_list(relative, f"files[{i}]")
        self.suggestions: dict[str, str] = {}
        words: list[str] = []
        for line in lines:
            word, suggestion = _entry(line)
            words.append(word)
            if suggestion:
                self.suggestions[word] = suggestion
        self.words = frozenset(words)
        _LISTED.add(self.words)
        self.language_words: dict[str, frozenset[str]] = {}
        for language, relatives in params.get("language_files", {}).items():
            extra: list[str] = []
            for i, relative in enumerate(relatives):
                extra += [_entry(w)[0] for w in pack.read_list(relative, f"language_files.{language}[{i}]")]
            self.language_words[language] = frozenset(extra)
        self.all_words = self.words.union(*self.language_words.values())
        # First two consonants of each listed word: only an unknown word that starts like one gets a dropped
        # vowel put back (`vttu`, `pska`), which keeps the search off ordinary unknown words.
        self._skeleton_heads = frozenset(h for w in self.all_words if len(h := _consonants(w)[:2]) == 2)
        self.stems = tuple(s.lower() for s in params.get("stems", []))
        self.compounds = params.get("compounds", True)
        self.skip_titles = params.get("skip_titles", True)
        exclude = [w.lower() for w in params.get("exclude", [])]
        for i, relative in enumerate(params.get("exclude_files", [])):
            exclude += [_entry(w)[0] for w in pack.read_list(relative, f"exclude_files[{i}]")]
        self.exclude = frozenset(exclude)
        self._excluded = tuple(self.exclude)  # for one C-speed startswith
        self.unless_near = frozenset(w.lower() for w in params.get("unless_near", []))
        # Religion and myth excuse only the listed words that name something in them (saatana, helvetti, hell):
        # `Jumala siirsi heidät helvettiin ... varmaan vituttaa` still swears.
        self.sacred_near = frozenset(w.lower() for w in params.get("sacred_near", []))
        self.sacred_words = frozenset(w.lower() for w in params.get("sacred_words", []))
        self.obfuscated = params.get("obfuscated", True)
        # Words cut off by an ellipsis (`helv...`), in a rule whose words are the ones people cut off (swearing).
        self.cut_off = params.get("cut_off", False)
        self.hashtags = params.get("hashtags", True)
        self.mentioned_after = frozenset(w.lower() for w in params.get("mentioned_after", []))
        # Verbs that introduce someone else's words in quotes: `asiakas huusi "saatanan pelle"` (checks/reported.py).
        reported = list(params.get("reported_after", []))
        for i, relative in enumerate(params.get("reported_after_files", [])):
            reported += pack.read_list(relative, f"reported_after_files[{i}]")
        self.reported_after = frozenset(w.lower() for w in reported)
        # Said of oneself: `mä oon ihan tumpelo`, `I'm such an idiot` (self_copula_files, self_filler_files).
        self._of_oneself = _self_pattern(pack, params)
        works: list[str] = []
        for i, relative in enumerate(params.get("work_nouns_files", [])):
            works += [w.lower() for w in pack.read_list(relative, f"work_nouns_files[{i}]")]
        self.work_nouns = frozenset(works)
        heads: list[str] = []
        for i, relative in enumerate(params.get("name_heads_files", [])):
            heads += [w.lower() for w in pack.read_list(relative, f"name_heads_files[{i}]")]
        self.name_heads = frozenset(heads)
        # Words written as their first letter and a star for each other letter (`f***`, `v****`): by letter and
        # length. Only lower case: `Matti V*******` is a name masked, not a swear word.
        self.initial_masks: dict[tuple[str, int], str] = {}
        for i, relative in enumerate(params.get("initial_mask_files", [])):
            for w in pack.read_list(relative, f"initial_mask_files[{i}]"):
                self.initial_masks.setdefault((w.lower()[0], len(w)), w.lower())
        endings: list[str] = []
        for i, relative in enumerate(params.get("stem_endings_files", [])):
            endings += [w.lower() for w in pack.read_list(relative, f"stem_endings_files[{i}]")]
        self.stem_endings = frozenset(endings)
        self._auto_stems: tuple[str, ...] | None = None
        self._sorted_words: list[str] | None = None  # for `_cut_off`, sorted on first use
        self._begins: tuple[frozenset[str], dict[str, list[str]]] | None = None
        self._restorations: dict[str, str | None] = {}  # masked word -> its listed lemma, across posts
        self._id = next(_CHECK_IDS)  # this rule's part of the shared word memo

    # Matching one word -----------------------------------------------------------------------

    def _unknown_stems(self, doc: Document) -> tuple[str, ...]:
        """Listed single words the dictionary does not know, cut to a stem (`hinttari` -> `hinttar`)."""
        if self._auto_stems is None:
            analyze = doc.morphology.analyze
            stems = []
            for word in self.words:
                if " " in word or len(word) < 4 or analyze(word):
                    continue
                if len(word) >= 8 and word.endswith("nen"):  # persaukinen -> persauki (persaukisen)
                    stems.append(word[:-3])
                else:
                    stems.append(word[:-1] if len(word) >= 6 and word[-1] in "aeiouyäö" else word)
            self._auto_stems = tuple(stems)
        return self._auto_stems

    def _inflects(self, doc: Document, stem: str, word: str) -> bool:
        """`word` is a form of the unknown listed word with this automatic stem, not another word that begins with
        the same letters: what follows the stem (before a hyphen or colon, clitics taken off) is one letter, a listed
        ending (`stem_endings_files`; a doubled last consonant may come first: shitting) or a known word (a
        compound, a linking vowel allowed: suvakkihallitus; an English or Swedish word: #fuckthis). `shitake`,
        `mongodb` and `damnation` are other words.
        Long stems (7 letters or more) are distinctive enough to take any ending; no endings listed: no test."""
        if not self.stem_endings or len(stem) >= 7:
            return True
        tail = regex.split(r"[-:]", word, maxsplit=1)[0][len(stem):]  # `mongodb:tä`: the ending after a colon
        stripped = tail.removesuffix("kin").removesuffix("kaan").removesuffix("kään").removesuffix("han") \
            .removesuffix("hän")
        # spoken Finnish drops a final a or ä: `luusereit` is luusereita
        for rest in {tail, stripped, tail + "a", tail + "ä"}:
            if len(rest) <= 1 or rest in self.stem_endings:
                return True
            if rest[0] == stem[-1] and rest[1:] in self.stem_endings:
                return True
        if any(len(tail) - k >= 3 and doc.morphology.analyze(tail[k:]) for k in (0, 1)):
            return True
        # an ending or a derivation (listed), then a known word of five letters or more: `mamuttajaidiootit`
        if len(tail) <= 30 and any(tail[:k] in self.stem_endings and doc.morphology.analyze(tail[k:])
                                   for k in range(1, len(tail) - 4)):
            return True
        # An English or Swedish word after it (`#fuckthis`, `#shitday`); a vowel right after a stem that ends in a
        # consonant runs on as one word (`shitake`, `damnation`).
        if len(tail) < 3 or (stem[-1] not in FINNISH_VOWELS and tail[0] in FINNISH_VOWELS):
            return False
        return any(is_known(tail, lang) or (len(tail) <= 20 and any(  # or two: `#fuckthisjob`
            is_known(tail[:i], lang) and is_known(tail[i:], lang) for i in range(3, len(tail) - 2)))
            for lang in ("en", "sv"))

    def _genitive_seam(self, lowered: str, analyses: tuple[Any, ...]) -> bool:
        """The place-name head follows a genitive in the word as written (`helvetin|järvellä`), as in a name; a
        swear word and a head without one (`paskajärvi`) is no name."""
        for a in analyses:
            head = a.parts[-1].lower() if len(a.parts) > 1 else ""
            at = lowered.rfind(head[:3], 1) if head in self.name_heads else -1
            if at > 1 and lowered[at - 1] == "n":
                return True
        return False

    def _unknown_place(self, doc: Document, lowered: str) -> bool:
        """A word the dictionary does not know made of a genitive and a place-name head with its case ending:
        `helvetinkolulta` (helvetin + kolulta); `vitunmaanantai` is no place (maanantai is no head)."""
        for at in range(4, len(lowered) - 2):
            if lowered[at - 1] != "n":
                continue
            rest = lowered[at:]
            # the head by its base form, or written out with at most a case ending (`kolu` is no dictionary word)
            head = any(a.baseform.lower() in self.name_heads for a in doc.morphology.analyze(rest)) or any(
                rest.startswith(h) and len(rest) - len(h) <= 4 for h in self.name_heads)
            if head and doc.morphology.analyze(lowered[:at]):
                return True
        return False

    def _place_name(self, analyses: tuple[Any, ...]) -> bool:
        """A compound with the head of a place name (`helvetin+järvi`)."""
        return bool(self.name_heads) and any(
            len(a.parts) > 1 and a.parts[-1].lower() in self.name_heads for a in analyses)

    def _beginnings(self, doc: Document) -> tuple[frozenset[str], dict[str, list[str]]]:
        """How listed words begin, and an index from a beginning with one or two letters starred to the letters.

        A beginning is the first three letters of a listed word or stem of up to four letters and the first four
        of a longer one, also as consonant gradation changes them (`sika` -> `sian`, `akka` -> `akan`, `vittu`
        -> `vitun`, `kyrpä` -> `kyrvän`). Every inflected form or compound of a listed word holds one, so a star
        filling that makes none is not worth a dictionary look-up: a masked word costs a few look-ups, not a
        thousand, and a post full of distinct masked words is read in seconds rather than minutes.
        """
        if self._begins is None:
            found: set[str] = set()
            for word in (*self.words, *self.stems, *self._unknown_stems(doc)):
                word = word.lower()
                if len(word) < 5:
                    found.add(word[:3])
                    if len(word) == 4:
                        found.add(word[:2] + word[3])  # a letter dropped: sika -> sian, akka -> akan
                        found.update(word[:2] + c for c in GRADES.get(word[2], ""))
                else:
                    found.add(word[:4])
                    found.add(word[:3] + word[4])  # vittu -> vitun
                    found.update(word[:3] + c for c in GRADES.get(word[3], ""))  # kyrpä -> kyrvän
                    found.update(word[:2] + c + word[3] for c in GRADES.get(word[2], ""))
            index: dict[str, list[str]] = {}
            for gram in found:
                for count in (1, 2):
                    for places in itertools.combinations(range(len(gram)), count):
                        key = "".join("*" if i in places else c for i, c in enumerate(gram))
                        index.setdefault(key, []).append("".join(gram[i] for i in places))
            self._begins = frozenset(found), index
        return self._begins

    def _fillings(self, doc: Document, base: str, stars: int) -> Iterator[tuple[str, ...]]:
        """Star fillings (in STAR_LETTERS order) that make a listed word's beginning somewhere in the word
        or in its de-stretched forms; every filling when one is there already without the stars."""
        grams, index = self._beginnings(doc)
        every = itertools.product(STAR_LETTERS, repeat=stars)
        single: list[set[str]] = [set() for _ in range(stars)]
        pairs: set[tuple[str, str]] = set()
        for variant in {base, STRETCHED_RE.sub(r"\1\1", base), STRETCHED_RE.sub(r"\1", base)}:
            before = 0  # stars before position i
            for i in range(len(variant)):
                for length in (3, 4):
                    window = variant[i:i + length]
                    if len(window) < length:
                        continue
                    inside = window.count("*")
                    if not inside:
                        if window in grams:
                            yield from every
                            return
                        continue
                    for letters in index.get(window, ()):
                        if inside == 1:
                            single[before].add(letters)
                        else:
                            pairs.add((letters[0], letters[1]))
                before += variant[i] == "*"
        for first in STAR_LETTERS:
            if stars == 1:
                if first in single[0]:
                    yield (first,)
                continue
            seconds = STAR_LETTERS if first in single[0] else single[1] | {b for a, b in pairs if a == first}
            yield from ((first, second) for second in STAR_LETTERS if second in seconds)

    def _lemma_of(self, doc: Document, word: str, capitalised: bool = False) -> str | None:
        """The listed lemma that `word` is an inflected form or compound of, or None."""
        analyses = doc.morphology.analyze(word)
        if capitalised:  # `Urpo Kekkonen` is a name, `urpo` an insult
            analyses = tuple(a for a in analyses if a.wordclass not in NAME_CLASSES)
            if not analyses and doc.morphology.analyze(word):
                return None
            if self._place_name(analyses):
                return None
        elif analyses and self._place_name(analyses) and self._genitive_seam(word.lower(), analyses):
            return None  # a place name written in lower case: `helvetinjärvellä` (a swear is written apart)
        if not analyses:
            lowered = word.lower()
            # a place-name head after the first letters (the tail cut once, the heads tested in C: every unknown
            # word of a post passes here, for each lexicon rule)
            headed = any(map(lowered[4:].__contains__, self.name_heads))
            if capitalised and headed:
                return None  # a place the dictionary does not know: `Helvetinkolu`, `Pirunkirnulla`
            if headed and self._unknown_place(doc, lowered):
                return None  # the same in lower case: `helvetinkolulta` (a genitive, then a place-name head)
            if lowered in self.words:
                return lowered
            if lowered.startswith(self._excluded):
                return None
            for variant in colloquial_variants(lowered):
                lemma = self._lemma_of(doc, variant)
                if lemma is not None:
                    return lemma
            stem = None
            if lowered.startswith(self.stems):  # one C-speed test first; which stem only when one fits
                stem = next(s for s in self.stems if lowered.startswith(s))
            if stem is None and lowered.startswith(self._unknown_stems(doc)):
                stem = next((s for s in self._unknown_stems(doc)
                             if lowered.startswith(s) and self._inflects(doc, s, lowered)), None)
            return self._word_for_stem(stem) if stem else None
        if any(a.baseform.lower() in self.exclude for a in analyses):
            return None
        if len({a.baseform.lower() for a in analyses}) > 1 and any(
                a.baseform.lower() == word.lower() and a.baseform.lower() not in self.words for a in analyses):
            return None  # an ordinary word in its base form that also parses as a listed one: `kustanne`, `huorin`
        for a in analyses:
            base = a.baseform.lower()
            if base in self.words:
                return base
            if self.compounds:
                hit = next((p.lower() for p in a.parts if p.lower() in self.words), None)
                if hit:
                    return hit
        return None

    def _word_for_stem(self, stem: str) -> str:
        """The listed word a stem stands for (itself when none starts with it)."""
        return next((w for w in sorted(self.words) if w.startswith(stem)), stem)

    def _lemma(self, doc: Document, token: Token) -> str | None:
        """The listed lemma of a word, remembered per word form across posts: it depends on the form alone."""
        word = doc.memo_keys[token.index]  # the form alone decides: the key leaves the language out
        return _LEMMA_MEMO.get_or(None if word is None else (self._id, word[0], word[1]),
                                  lambda: self._word_lemma(doc, token))

    def _listed_lemma(self, doc: Document, i: int) -> str | None:
        """The listed lemma of word `i` as `run` reads it (as written, then its spoken or its Swedish or English base
        form): a function of the word, its sentence's language and the analyser."""
        token = doc.tokens[i]
        lemma = self._lemma(doc, token)
        if lemma is None and lemma_keys(doc)[i] & self.words and is_spoken(doc.analyses[i]):
            bases = {a.baseform.lower() for a in doc.analyses[i]}  # base forms, not compound parts
            lemma = min(bases & self.words - self.exclude, default=None)  # `vitu`: a listed word, spoken
        if lemma is None and doc.token_langs[i] != "fi":  # a Swedish or English base form: idioter -> idiot
            lemma = next(iter(sorted((doc.lemmas(token) - {token.text.lower()}) & self.words)), None)
        return lemma

    def _listed_memo(self) -> WordMemo:
        """This rule's memo of `_listed_lemma` (in `_LISTED_MEMOS`, which `clear_word_memos` empties)."""
        return _LISTED_MEMOS.of(self._id)

    def _word_lemma(self, doc: Document, token: Token) -> str | None:
        lemma = self._lemma_of(doc, token.text, token.is_capitalised)
        if lemma is None and self.obfuscated and STRETCHED_RE.search(token.text):
            lemma = self._restored(doc, token.text)
        if lemma is None and self.obfuscated and "-" in token.text and not doc.analyses[token.index]:
            lemma = self._lemma_of(doc, token.text.replace("-", ""))  # `juma-lauta`, `pas-ka`
            if lemma is None:  # `v-ttu`: the hyphen stands for a letter
                lemma = self._restored(doc, token.text.replace("-", "*"))
        if lemma is None and self.obfuscated and not doc.analyses[token.index]:
            lemma = self._dropped_vowel(doc, token.text) or self._doubled(doc, token.text)
        if lemma is None and self.obfuscated and "w" in token.text.lower() and not doc.analyses[token.index]:
            lemma = self._lemma_of(doc, token.text.lower().replace("w", "v"))  # Finnish has no w: `wittu`, `witun`
        return lemma

    def _doubled(self, doc: Document, word: str) -> str | None:
        """`passka`: an unknown word that a listed word explains once a doubled consonant is made single."""
        lowered = word.lower()
        if _consonants(lowered)[:2] not in self._skeleton_heads:
            return None
        # Only a doubled consonant that runs into another one (`ssk`), which Finnish spelling does not have:
        # `tunnari` is a word of its own, not a masked `tunari`.
        for m in DOUBLED_BEFORE_CONSONANT_RE.finditer(lowered):
            candidate = lowered[:m.start()] + lowered[m.start() + 1:]
            if doc.morphology.analyze(candidate):
                lemma = self._lemma_of(doc, candidate)
                if lemma is not None:
                    return lemma
        return None

    def _dropped_vowel(self, doc: Document, word: str) -> str | None:
        """`vttu`, `pska`, `vtun`: a short unknown word that a listed word's one missing vowel explains."""
        lowered = word.lower()
        if not 3 <= len(lowered) <= 8 or not lowered.isalpha() or (word[1:] != word[1:].lower()):
            return None
        # Spoken Finnish drops vowels too (`tolla` is tuolla): only a word-initial consonant cluster, which
        # Finnish words do not have, is read as a vowel left out on purpose.
        cluster = len(lowered) - len(lowered.lstrip("bcdfghjklmnpqrstvwxz"))
        if cluster < 2 or _consonants(lowered)[:2] not in self._skeleton_heads:
            return None
        for at in range(1, cluster):
            for vowel in VOWELS:
                candidate = lowered[:at] + vowel + lowered[at:]
                if not doc.morphology.analyze(candidate) and candidate not in self.all_words:
                    continue
                lemma = self._lemma_of(doc, candidate)
                if lemma is not None:
                    return lemma
        return None

    def _restored(self, doc: Document, word: str) -> str | None:
        """Undo leetspeak, stars and stretched letters; the listed lemma of the first reading that has one."""
        if word not in self._restorations:
            if len(self._restorations) >= RESTORATIONS_KEPT:
                self._restorations.clear()
            self._restorations[word] = self._restore(doc, word)
        return self._restorations[word]

    def _restore(self, doc: Document, word: str) -> str | None:
        base = word.lower().translate(LEET)
        head = _consonants(base)[:2]
        # A star among the first letters may hide a consonant (`vi*un`): the skeleton says nothing then.
        hidden = "*" in base[:base.find(head[-1]) + 1] if len(head) == 2 else False
        if len(head) == 2 and head not in self._skeleton_heads and len(_consonants(word)[:2]) == 2 \
                and _consonants(word)[:2] not in self._skeleton_heads and not hidden:
            return None  # starts like no listed word: `joo..ok`, `12v`
        stars = base.count("*")
        if PUT_IN_RE.search(word):  # a digit put in, not standing for a letter: `helv4ettiin`
            lemma = self._lemma_of(doc, PUT_IN_RE.sub("", word.lower()))
            if lemma is not None:
                return lemma
        letters = len(base.replace("*", ""))
        if letters == 1 and word[:1].islower() and base[1:] == "*" * (len(base) - 1) and len(base) >= 4:
            return self.initial_masks.get((base[0], len(base)))
        if letters < 2 or len(base) < 4:
            return None
        if stars > MAX_STARS or letters < 3:  # `p***a`, `f**k`: compare with the listed base forms themselves
            shape = regex.compile(regex.escape(base).replace(r"\*", r"\p{L}"))
            return next((w for w in sorted(self.words) if shape.fullmatch(w)), None)
        if stars:  # a star put in, not standing for a letter: `h*elvetti`
            lemma = self._lemma_of(doc, base.replace("*", ""))
            if lemma is not None:
                return lemma
        # Each star stands for a letter, or (with two) one is put in and one stands for a letter: `helv*ett*ä`.
        bases = [base] + ([base[:i] + base[i + 1:] for i, c in enumerate(base) if c == "*"] if stars > 1 else [])
        for shape in bases:
            count = shape.count("*")
            for filling in self._fillings(doc, shape, count) if count else [()]:
                candidate = shape
                for letter in filling:
                    candidate = candidate.replace("*", letter, 1)
                for variant in dict.fromkeys((candidate, STRETCHED_RE.sub(r"\1\1", candidate),
                                              STRETCHED_RE.sub(r"\1", candidate))):
                    lemma = self._lemma_of(doc, variant)
                    if lemma is not None:
                        return lemma
        return None

    # Titles ----------------------------------------------------------------------------------

    def _is_title(self, doc: Document, start: int, end: int, word: str, token: Token | None) -> bool:
        """A capitalised (not all-caps) word mid-sentence, a quoted word, or one after 'elokuva'."""
        text = doc.text
        before = text[max(0, start - 1):start]
        after = text[end:end + 1]
        if before and after and before in QUOTES and after in QUOTES:
            # A title is capitalised (`"Perkele"`); a word in lower case in quotes is a scare quote
            # (`ihan "paskaa"`) unless it is named (`sana "perkele"`, `huusi "perkele"`).
            return token is None or word[:1].isupper() or self._mentioned(doc, token)
        if TITLE_CUES.search(text[max(0, start - 30):start]) or TITLE_AFTER.match(text, end, end + 60):
            return True
        if TITLE_HYPHEN.search(word) or NAME_DESIGNATION.match(text, end, end + 80):
            return True
        if token is not None and word[:1].isupper() and self._sentence_names_a_work(doc, token):
            return True
        if token is None:
            return False
        return word[:1].isupper() and not word.isupper() and not doc.is_sentence_start(token)

    def _sentence_names_a_work(self, doc: Document, token: Token) -> bool:
        """A capitalised word near a film, book or record (same line, 12 words) is most likely its title."""
        keys = lemma_keys(doc)
        near = doc.tokens[max(0, token.index - 12):token.index + 13]
        # Same line: no line break between the two words (looked for between them only, so that a long
        # one-line post stays linear).
        works = [t for t in near if t.index != token.index and keys[t.index] & self.work_nouns
                 and "\n" not in (doc.text[t.start:token.start] if t.start < token.start
                                  else doc.text[token.end:t.start])]
        if not works:
            return False
        # `Vitun hyvä kirja!` swears about a book; `Perkele! Kuvia Suomesta ...` and `Saatanan säkeet on
        # Rushdien romaani` name one: a title is followed by ! or : or a capital, or is the subject of "on".
        following = doc.text[token.end:token.end + 2].lstrip(" ")
        if following[:1] in ("!", ":") or following[:1].isupper():
            return True
        return any(IS_RE.search(doc.text, token.end, w.start) for w in works if w.start > token.end)

    # Running ---------------------------------------------------------------------------------

    def _match(self, start: int, end: int, lemma: str) -> Match:
        suggestion = self.suggestions.get(lemma)
        hint = HINT.fill(suggestion=suggestion) if suggestion else ""
        return Match(start, end, {"lemma": lemma, "hint": hint}, suggestion)

    def _obfuscated(self, doc: Document, taken: list[tuple[int, int]]) -> Iterator[Match]:
        """Masked (`v*ttu`, `p4ska`) and spaced (`v i t t u`) forms the tokenizer splits or misreads."""
        found: list[tuple[int, int, str]] = []
        masked, dotted, spaced = _obfuscation_candidates(doc)
        for start, end, word in masked:
            lemma = self._restored(doc, word)
            if lemma:
                found.append((start, end, lemma))
        for start, end, word in dotted:  # `v..tun`: the dots stand for the hidden letter
            lemma = self._restored(doc, DOTS_RE.sub("*", word))
            if lemma:
                found.append((start, end, lemma))
        for start, end, word in spaced:
            joined = "".join(c for c in word if c.isalpha())
            lemma = self._lemma_of(doc, joined) or self._restored(doc, joined) or self._dropped_vowel(doc, joined)
            if lemma:
                found.append((start, end, lemma))
        if self.cut_off and ("..." in doc.text or "…" in doc.text):
            for m in CUT_OFF_RE.finditer(doc.text):
                lemma = self._cut_off(doc, m.group(1).lower())
                if lemma:
                    found.append((m.start(), m.end(), lemma))
        if not found:
            return
        taken.sort()
        for start, end, lemma in found:
            if doc.inside(start, ("urls", "emails", "hashtags", "mentions")):
                continue
            # `taken` holds spans that do not overlap, sorted: the one starting last before `end` decides.
            k = bisect.bisect_left(taken, (end, -1))
            if k and taken[k - 1][1] > start:
                continue
            if self.skip_titles and self._is_title(doc, start, end, doc.text[start:end], None):
                continue
            bisect.insort(taken, (start, end))
            yield self._match(start, end, lemma)

    def _cut_off(self, doc: Document, prefix: str) -> str | None:
        """The listed word that an unknown word cut off by an ellipsis begins (`helv...` is helvetti): at most
        four letters left out, the shortest such word; a known word (`saat...`, `kusi...`) is itself."""
        if self._sorted_words is None:
            self._sorted_words = sorted(w for w in self.words if w.isalpha())
        words = self._sorted_words
        k = bisect.bisect_right(words, prefix)
        fits = []
        while k < len(words) and words[k].startswith(prefix):
            if len(words[k]) - len(prefix) <= 4:
                fits.append(words[k])
            k += 1
        if not fits or doc.morphology.analyze(prefix):
            return None
        return min(fits, key=lambda w: (len(w), w))

    def _mentioned(self, doc: Document, token: Token) -> bool:
        """`sana perkele`, `the word fuck`: the word is named, not used; `huusi "saatanan pelle"`: reported;
        `mä oon ihan tumpelo`: said of oneself."""
        if self.reported_after and reported_quote(doc, token.start, token.end, self.reported_after):
            return True
        if self._of_oneself is not None:
            start = doc.sentence_of(token.start).start
            if self._of_oneself.search(doc.text, max(start, token.start - 80), token.start):
                return True
        if not self.mentioned_after or token.index == 0:
            return False
        before = doc.tokens[token.index - 1]
        if doc.text[before.end:token.start].strip(" :" + QUOTES):
            return False
        return bool(doc.lemmas(before) & self.mentioned_after) or before.text.lower() in self.mentioned_after

    def _hashtag_lemma(self, doc: Document, body: str) -> str | None:
        """The listed lemma in a hashtag's words: CamelCase pieces, a compound, or a listed word + a known word."""
        pieces = CAMEL_RE.findall(body) if any(c.isupper() for c in body[1:]) else [body]
        for piece in pieces:
            if len(piece) < 3 or piece.isdigit():
                continue
            if self._place_name(doc.morphology.analyze(piece)):
                return None
            lemma = self._lemma_of(doc, piece.lower())
            if lemma is not None:
                return lemma
        if len(pieces) > 1:  # `#SkitSystem`: a listed compound written in CamelCase, read whole
            return self._lemma_of(doc, body.lower()) if body.isalpha() else None
        if doc.morphology.analyze(body.lower()):
            return None
        lowered = body.lower()
        for cut in range(len(lowered) - 3, 2, -1):  # `vitunkela`: the longest listed head first
            rest = lowered[cut:]
            if not doc.morphology.analyze(rest):
                continue
            head_analyses = doc.morphology.analyze(lowered[:cut])
            if not head_analyses:
                continue
            lemma = self._lemma_of(doc, lowered[:cut])
            if lemma is not None:
                return lemma
        return self._tagged_phrase_tail(doc, lowered)

    def _tagged_phrase_tail(self, doc: Document, lowered: str) -> str | None:
        """A lower-case phrase written as one tag ends in the listed word: `#ihanperseestä`, `#pomoonidiootti`,
        `#tääonpaskaa`: the words before it must be one or two known words, and the listed word is at least four
        letters long and known to the dictionary, so that a tail of letters that only spells one stays clean."""
        for cut in range(3, len(lowered) - 3):  # the longest listed tail first
            tail = lowered[cut:]
            if not doc.morphology.analyze(tail):
                continue
            lemma = self._lemma_of(doc, tail)
            if lemma is None:
                continue
            head = lowered[:cut]
            if doc.morphology.analyze(head) or any(
                    doc.morphology.analyze(head[:i]) and doc.morphology.analyze(head[i:])
                    for i in range(2, len(head) - 1)):
                return lemma
        return None

    def _language_matches(self, doc: Document, taken: list[tuple[int, int]]) -> Iterator[Match]:
        """Words of `language_files` in a sentence of their language (`Fy fan` in Swedish)."""
        rows = _rows(doc)
        seen: dict[object, bool] = {}  # each sentence's excuse read once (a long sentence of swearing)
        hits = sorted(i for language, words in self.language_words.items() if words
                      for i in rows.by_lang(language))
        for i in hits:
            listed = rows.lemmas(i) & self.language_words[rows.lang[i]]
            if not listed:  # most words of a Swedish or English sentence: no sort, no token read
                continue
            lemma, token = min(listed), doc.tokens[i]  # (the first in sorted order)
            if any(a < token.end and token.start < b for a, b in taken):
                continue
            if self.skip_titles and self._is_title(doc, token.start, token.end, token.text, token):
                continue
            if self._excused(doc, token.start, lemma, seen) or self._mentioned(doc, token):
                continue  # `Satan är en figur i Bibeln`
            taken.append((token.start, token.end))
            yield self._match(token.start, token.end, lemma)

    def _hashtag_matches(self, doc: Document) -> Iterator[Match]:
        seen: dict[object, bool] = {}  # each sentence's excuse read once (a wall of tags)
        for tag in doc.hashtags:
            body = tag.text[1:]
            if len(body) < 3:
                continue
            try:  # a function of the body and the analyser: remembered across posts
                key: tuple[object, ...] | None = ("#", self._id, doc.morphology, body)
                hash(key)
            except TypeError:  # an unhashable stand-in analyser (tests)
                key = None
            lemma = _LEMMA_MEMO.get_or(key, functools.partial(self._hashtag_lemma, doc, body))
            if lemma is None and self.obfuscated and LEET_INSIDE_RE.search(body):
                # a digit or sign for a letter between letters: `#v1ttu`, `#p4skapäivä` (not `#covid19`, `#5g`)
                lemma = self._hashtag_lemma(doc, body.translate(LEET))
            if lemma is None or self._excused(doc, tag.start, lemma, seen) or self._tag_of_work(doc, tag.end):
                continue
            yield self._match(tag.start, tag.end, lemma)

    def _tag_of_work(self, doc: Document, end: int) -> bool:
        """A tag joined by a hyphen to a work noun names the work (`#Perkele-elokuva`, `#Saatana-romaani`)."""
        if not self.work_nouns or not doc.text.startswith("-", end):
            return False
        word = regex.match(r"\p{L}+", doc.text[end + 1:end + 40])
        return bool(word) and any(a.baseform.lower() in self.work_nouns or
                                  (a.parts and a.parts[-1].replace("=", "").lower() in self.work_nouns)
                                  for a in doc.morphology.analyze(word.group().lower()))

    def _excused(self, doc: Document, start: int, lemma: str, seen: dict[object, bool] | None = None) -> bool:
        """`_context_excuses`, or a word of `sacred_words` in a sentence about religion or myth (`sacred_near`)."""
        return self._context_excuses(doc, start, seen) or (
            lemma in self.sacred_words and self._context_excuses(doc, start, seen, self.sacred_near))

    def _context_excuses(self, doc: Document, start: int, seen: dict[object, bool] | None = None,
                         near: frozenset[str] | None = None) -> bool:
        """A word of `unless_near` (or of `near`) in the same sentence: `kirosana perkele on vanha`. `seen` keeps
        the answer per sentence, so that a long sentence full of swearing is read once, not once a word."""
        near, sacred = (self.unless_near, False) if near is None else (near, True)
        if not near:
            return False
        sentence = doc.sentence_of(start)
        # one answer per sentence and list (the sacred list is asked of the same sentence too)
        key = (sentence.start, True) if sacred else sentence.start
        if seen is not None and key in seen:
            return seen[key]
        keys = lemma_keys(doc)
        # Words the Finnish dictionary does not know by their Swedish or English base forms (`Bibeln`).
        found = any(keys[t.index] & near or (not keys[t.index] and doc.lemmas(t) & near)
                    for t in doc.tokens_between(sentence.start, sentence.end))
        if seen is not None:
            seen[key] = found
        return found

    def run(self, doc: Document) -> Iterator[Match]:
        taken: list[tuple[int, int]] = []
        excused: dict[object, bool] = {}
        # A known Finnish word with no listed lemma or part, the common case, is never looked at: the words read
        # are those every rule reads and those whose base forms or parts meet the list.
        rows = _rows(doc)
        listed = set(rows.always)
        for key in self.words.intersection(rows.index):
            listed.update(rows.index[key])
        ids, memo = doc.memo_ids, self._listed_memo()
        order = sorted(listed)
        # The words' lemmas as remembered, in one pass in C (_UNSEEN for a word not yet worked out, or one with no
        # memo key); most are None (no listed word), and those are passed over in C too.
        lemmas = list(map(memo.get, [ids[i] for i in order], itertools.repeat(_UNSEEN)))
        for k in itertools.compress(range(len(order)), map(operator.is_not, lemmas, itertools.repeat(None))):
            i, lemma = order[k], lemmas[k]
            if lemma is _UNSEEN:
                lemma = memo.get_or(ids[i], functools.partial(self._listed_lemma, doc, i))
                if lemma is None:
                    continue
            token = doc.tokens[i]
            if self.skip_titles and self._is_title(doc, token.start, token.end, token.text, token):
                continue
            if self._excused(doc, token.start, lemma, excused) or self._mentioned(doc, token):
                continue
            taken.append((token.start, token.end))
            yield self._match(token.start, token.end, lemma)
        if self.obfuscated:
            yield from self._obfuscated(doc, taken)
        if self.language_words:
            yield from self._language_matches(doc, taken)
        if self.hashtags:
            yield from self._hashtag_matches(doc)
