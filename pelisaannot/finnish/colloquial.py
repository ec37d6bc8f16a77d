"""Lemmas for spoken Finnish (puhekieli) that Voikko, which knows standard Finnish only, cannot analyse.

Informal drafts write `salanen`, `tiimipalaveris`, `sanotaa`, `mä`: Voikko gives them no analysis, so every
lemma-keyed cue list misses them. For such a word only, this module tries the standard spellings that the
systematic rewrites of spoken morphology give (data/colloquial.yaml: a word list for short words and particles,
slang stems, and rules for classes of forms) and returns the analyses of the first candidate Voikko knows.

Precision first: nothing here runs for a word Voikko knows; rules need a lower-case (or all-caps) word of Finnish
letters and a minimum length, since a capitalised unknown word is mostly a name (`Ilonen`, `Hampus`); a rule may
not turn a word into a proper name; the first rule with a known candidate decides, so a
later, looser rule cannot add a second reading. No lemma is better than a wrong one.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pelisaannot.finnish.morphology import Analysis, Morphology

__all__ = ["ColloquialAnalysis", "Rewrites", "analyzer", "candidates", "colloquial_analyses", "is_spoken", "rewrites",
           "standard_forms"]

DATA = Path(__file__).parent / "data" / "colloquial.yaml"
#: Only words of Finnish letters (and inner hyphens) are rewritten; c, q, w, x, z mark a foreign word or name.
FINNISH_WORD_RE = re.compile(r"[abdefghijklmnoprstuvyäöå]+(?:-[abdefghijklmnoprstuvyäöå]+)*")
#: What may follow a slang stem: case endings, plural, possessive suffixes and clitics (hetu, hetun, hetuistasi).
STEM_ENDING_RE = re.compile(
    r"(?:i?(?:[nt]|[aä]|j[aä]|s[st][aä]|l[lt][aä]|lle|ksi|n[aä]|h?[aeiouyäö]n|den|tten|t[aä]|ll?e))?"
    r"(?:ni|si|nsa|nsä|mme|nne)?(?:kin|kaan|kään|ko|kö)?"
)
#: At most this many second-step candidates are looked up per word (two rewrites in a row, e.g. `kirjotettuu`).
MAX_CANDIDATES = 150
MIN_TWO_STEP_LENGTH = 8
#: A keyboard-without-ä rule tries every combination of at most this many a/o letters (2**5 - 1 candidates).
MAX_EACH = 5
#: A compound with a slang last part keeps at least this many letters before it.
MIN_COMPOUND_HEAD = 3
#: Two words written together: a word of at least MIN_JOINED letters, each half at least MIN_JOINED_PART.
MIN_JOINED = 10
MIN_JOINED_PART = 5  # `kusetta|maan`, `läpsytti|mille`: a short half is mostly an ending
MIN_JOINED_LEMMA = 4  # the first half's (tällä: tämä); the second's one more (`läpsytti|mille` is no mikä)
JOINED_RE = re.compile(r"[abdefghijklmnoprstuvyäö]+")
#: Clitics written on a listed spoken word, longest first, and their standard spellings in both vowel harmonies
#: (`ki` is spoken `kin`; the spoken word's harmony may differ from the standard one: `meiänkaa`, meidänkään).
_KAAN, _KO, _HAN, _PA = ("kaan", "kään"), ("ko", "kö"), ("han", "hän"), ("pa", "pä")
CLITICS = (("kkaan", _KAAN), ("kkään", _KAAN), ("kkin", ("kin",)), ("kaan", _KAAN), ("kään", _KAAN),
           ("kin", ("kin",)), ("kaa", _KAAN), ("kää", _KAAN), ("hän", _HAN), ("han", _HAN), ("ki", ("kin",)),
           ("ks", _KO), ("ko", _KO), ("kö", _KO), ("pa", _PA), ("pä", _PA))
CLITIC_FORMS = frozenset(c for _, cs in CLITICS for c in cs)
BACKREF_RE = re.compile(r"(\\[1-9])")
#: A letter written three or more times for emphasis (`niiiin`, `vittuuuu`): never standard Finnish spelling.
STRETCH_RE = re.compile(r"(\w)\1\1+")
#: A compound reading of a rewrite inside the word counts only if its last part keeps this many letters as written.
MIN_LAST_PART = 4
#: A stretched word must keep this many letters once its run is shortened.
MIN_UNSTRETCHED = 4
NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi"})
CACHE_SIZE = 100_000


@dataclass(frozen=True, slots=True)
class ColloquialAnalysis(Analysis):
    """A reading found through a spoken-to-standard rewrite; `surface` is the word as written, `standard` the
    standard spelling Voikko read it as (`tässä` for `täs`; "" when none). `standard` takes no part in equality,
    so a reading reached through two spellings stays one reading."""

    surface: str = ""
    standard: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    templates: tuple[str, ...]
    min_length: int
    simple: int = 0  # 1: a rewrite inside the word, a compound reading only if guarded; 2: no compound reading
    whole: bool = False  # every match at once (`a` for `ä` throughout: `tata` -> `tätä`), one word per template
    each: tuple[tuple[str, str], ...] = ()  # letters replaced in every combination (`paatos` -> `päätös`)
    capital: int = 0  # 1: also for a capitalised word (a sentence's first); 2: the same, compound readings only
    # each template as literal pieces and group numbers (`\\1a` -> (1, "a")): `Match.expand` parses its template
    # on every call, which was most of the cost of a spoken-form look-up
    expanders: tuple[tuple[str | int, ...], ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "expanders", tuple(
            tuple(int(p[1:]) if p.startswith("\\") else p for p in BACKREF_RE.split(t) if p) for t in self.templates))

    def apply(self, word: str) -> list[str]:
        """Every word this rule makes of `word`, one per match position and template (or one per template)."""
        if len(word) < self.min_length:
            return []
        if self.each:
            return _each(word, dict(self.each))
        if self.whole:
            return [self.pattern.sub(template, word) for template in self.templates if self.pattern.search(word)]
        out: list[str] = []
        for match in self.pattern.finditer(word):
            for pieces in self.expanders:
                middle = "".join(match.group(p) or "" if isinstance(p, int) else p for p in pieces)
                out.append(word[:match.start()] + middle + word[match.end():])
        return out


@dataclass(frozen=True, slots=True)
class Rewrites:
    words: dict[str, tuple[str, ...]]
    stems: dict[str, str]
    rules: tuple[Rule, ...]


@functools.cache
def rewrites(path: Path = DATA) -> Rewrites:
    """The rewrite data, read once."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    words = {str(k).lower(): tuple(str(v) for v in vs) for k, vs in (data.get("words") or {}).items()}
    stems: dict[str, str] = {}
    for key, standard in (data.get("stems") or {}).items():
        for form in _stem_forms(str(key).lower()):
            stems.setdefault(form, str(standard))
    rules = tuple(
        Rule(r["name"], re.compile(r["pattern"]), tuple(r["to"]), int(r.get("min", 5)),
             _simple(r.get("simple"), r.get("verbs")),
             bool(r.get("whole")) or bool(r.get("each")),
             tuple((str(k), str(v)) for k, v in (r.get("each") or {}).items()),
             2 if r.get("capital") == "compound" else int(bool(r.get("capital"))))
        for r in data.get("rules", [])
    )
    return Rewrites(words, stems, rules)


def _each(word: str, table: dict[str, str]) -> list[str]:
    """`word` with every non-empty combination of its `table` letters replaced, for a word written without
    any of the replacements (`kaytto` -> `käyttö`, `paivahoito` -> `päivähoito`); none when it has more than
    MAX_EACH positions (2**n candidates)."""
    if any(v in word for v in table.values()):
        return []
    positions = [i for i, c in enumerate(word) if c in table]
    if not positions or len(positions) > MAX_EACH:
        return []
    out: list[str] = []
    for mask in range(1, 1 << len(positions)):
        letters = list(word)
        for bit, i in enumerate(positions):
            if mask >> bit & 1:
                letters[i] = table[letters[i]]
        out.append("".join(letters))
    return out


#: `simple` of a rule whose candidates count only as verbs (`verbs: true`: the conditional `tulis` is tulisi, but
#: `postis` is no verb, so not postisi: a later rule reads it as postissa).
VERBS_ONLY = 3


def _simple(value: object, verbs: object = False) -> int:
    """`simple: true` -> 1 (guarded compounds), `simple: single` -> 2 (one-part readings only), `verbs: true` ->
    VERBS_ONLY, else 0."""
    if verbs:
        return VERBS_ONLY
    return 2 if value == "single" else int(bool(value))


def _stem_forms(stem: str) -> list[str]:
    """A slang stem and its inflecting stems: weak grade (`skriinshotti`, `skriinshotin`), -s nouns
    (`kämppis`, `kämppiksen`), i-final stems in e (`meili`, `meilejä`)."""
    forms = [stem]
    weak = re.sub(r"(kk|pp|tt)([aeiouyäö])$", lambda m: m[1][0] + m[2], stem)
    if weak != stem:
        forms.append(weak)
    if stem.endswith("s"):
        forms.append(stem[:-1] + "kse")
    if stem.endswith("i"):
        forms += [f[:-1] + "e" for f in list(forms)]
    return forms


def _stem_candidate(word: str, stems: dict[str, str]) -> str | None:
    """The standard word for a slang stem that `word` starts with, if the rest is an inflectional ending."""
    for end in range(len(word), 2, -1):
        standard = stems.get(word[:end])
        if standard is not None and STEM_ENDING_RE.fullmatch(word, end):
            return standard
    return None


def _listed_with_clitic(word: str, data: Rewrites) -> list[str]:
    """A listed spoken word with a clitic (`mäkin`, `sullakin`, `sähän`, `tääki`): its standard forms with the
    standard clitic (minäkin, sinullakin, sinähän, tämäkin)."""
    for clitic, standards in CLITICS:
        base = word[:-len(clitic)]
        if word.endswith(clitic) and base in data.words:
            return [f"{w}{c}" for w in data.words[base] if w for c in standards]
    return []


def _same_word(baseform: str, piece: str) -> bool:
    """`piece` is `baseform` itself or with a clitic (minäkin is minä; not the essive of mikä)."""
    return piece == baseform or (piece.startswith(baseform) and piece[len(baseform):] in CLITIC_FORMS)


def _is_compound(analysis: Analysis) -> bool:
    """Two or more word parts (`taival|lapsi`); a derived word after the word it is derived from
    (`kirjoittaa`, `kirjoittaja`) is one part, not two."""
    count, previous = 0, ""
    for p in analysis.parts:
        if len(p) >= 3 and p.isalpha():
            if not (previous and p.lower().startswith(previous[:3])):
                count += 1
            previous = p.lower()
    return count >= 2


def _rewrite_in_last_part(word: str, candidate: str, analysis: Analysis) -> bool:
    """A compound reading of a rewritten word is kept when the rewrite falls well inside its last part and the
    parts before it are written as they are: `sairauslomal` -> sairaus|lomalla, `kotiosote` -> koti|osoite;
    not `digital` -> digi|talla (a last part of three letters) nor a letter added at the seam (tava|llasta)."""
    last = [p for p in analysis.parts if len(p) >= 3 and p.isalpha()][-1].lower()
    start = candidate.rfind(last[:2])  # inflection may change the third letter: pää, päitä
    if start <= 0 or word[:start] != candidate[:start] or len(word) - start < MIN_LAST_PART:
        return False
    changed = next((i for i, (a, b) in enumerate(zip(word, candidate, strict=False)) if a != b),
                   min(len(word), len(candidate)))
    return changed >= start + 3


def candidates(word: str, data: Rewrites | None = None, names: bool = False) -> Iterator[list[tuple[str, bool]]]:
    """Groups of (standard spelling, simple words only) to try for a lower-cased spoken word, best group first.

    `names`: the word was capitalised, so it may be a name; rewrites inside the word and whole-word ones
    (`Kaihua` -> `kaihota`, `Menna` -> `mennä`) are not tried."""
    data = data or rewrites()
    if word in data.words:
        yield [(w, False) for w in data.words[word]]
        return
    listed = _listed_with_clitic(word, data)
    if listed:
        yield [(w, False) for w in listed]
        return
    standard = _stem_candidate(word, data.stems)
    if standard is not None:
        yield [(standard, False)]
        return
    if not FINNISH_WORD_RE.fullmatch(word):
        return
    rules = tuple(r for r in data.rules if not (names and (r.whole or r.simple == 1)))
    for rule in rules:
        found = rule.apply(word)
        if found:
            yield [(w, rule.simple) for w in found]
    # after the rules: a compound whose last part is a slang stem (`kurssimatskut`, `asiakashetu`): the standard
    # compound, also
    # with a hyphen, since voikko knows a loan head only so (`somepassu`: some-salasana)
    heads = [(word[:i], s) for i in range(MIN_COMPOUND_HEAD, len(word) - 2)
             if (s := _stem_candidate(word[i:], data.stems)) is not None and s.islower() and " " not in s]
    if heads:
        yield [(head + s, False) for head, s in heads] + [(f"{head}-{s}", False) for head, s in heads]
    # Two rewrites in a row (a long vowel and a dropped i: `kirjotettuu`), only after every single one failed
    # and only for long words: two edits to a short word reach too many words it is not (English `loses`).
    if len(word) < MIN_TWO_STEP_LENGTH:
        return
    budget = MAX_CANDIDATES
    rules = tuple(r for r in rules if not r.each)  # up to 31 words each: two steps of it cost more than they find
    for rule in rules:
        group = list(itertools.islice(((second, max(rule.simple, other.simple)) for first in rule.apply(word)
                                       for other in rules if other is not rule for second in other.apply(first)),
                                      budget))
        if group:
            yield group
            budget -= len(group)
            if budget <= 0:
                return


def colloquial_analyses(word: str, analyze: Callable[[str], tuple[Analysis, ...]]) -> tuple[Analysis, ...]:
    """Readings of a spoken-Finnish word through the standard form Voikko knows; () when there is none.

    Call it only for words `analyze` has no reading for. Each reading keeps the word as written in `surface`,
    and a last reading has the spoken form itself as its base form, so that a list entry in the spoken form
    (keyed by surface while the word had no analysis) still matches.
    """
    lowered = word.lower()
    if STRETCH_RE.search(word):
        return _unstretched(word, analyze)
    data = rewrites()
    listed = (lowered in data.words or _stem_candidate(lowered, data.stems) is not None
              or bool(_listed_with_clitic(lowered, data)))
    # `Ilonen`, `Hampus`: a capitalised unknown word is a name far more often than spoken Finnish; but a name is
    # never a verb, so a capitalised word (a sentence's first: `Pidetää tää...`) may still be a spoken verb form.
    verbs_only = not listed and word[:1].isupper() and not word.isupper()
    for group in candidates(lowered, data, names=verbs_only):
        found: dict[Analysis, None] = {}
        for candidate, simple in dict.fromkeys(group):
            if not listed and " " in candidate and not all(analyze(p) for p in candidate.split()):
                continue  # `selkäränkaa`: a rule's two words count only if both are words
            for piece in candidate.split():
                readings = analyze(piece)
                if listed:  # `minä` is also the essive of `mikä`: a listed form means the word itself
                    readings = tuple(a for a in readings if _same_word(a.baseform.lower(), piece)) or readings
                common = tuple(a for a in readings if a.wordclass not in NAME_CLASSES)
                if verbs_only or simple == VERBS_ONLY:
                    common = tuple(a for a in common if a.wordclass == "teonsana")
                elif simple:
                    common = tuple(a for a in common
                                   if not _is_compound(a) or (simple == 1 and _rewrite_in_last_part(lowered, piece, a)))
                for a in common or (readings if listed else ()):
                    found.setdefault(ColloquialAnalysis(a.baseform, a.wordclass, a.parts, lowered, piece), None)
        if found:  # the spoken form stays a key too, as it was while it had no analysis (`luuseri` lists)
            return (*found, ColloquialAnalysis(lowered, "", (lowered,), lowered))
    if verbs_only:
        return _capitalised(lowered, data, analyze)
    return _joined(lowered, analyze) if word.islower() else ()


def _joined_half(half: str, analyze: Callable[[str], tuple[Analysis, ...]], least: int) -> tuple[Analysis, ...]:
    """Common-word readings of one half of a joined word, without readings as short words (`vuotta` as vuo)."""
    return tuple(a for a in analyze(half) if a.wordclass not in NAME_CLASSES and len(a.baseform) >= least)


def _joined(word: str, analyze: Callable[[str], tuple[Analysis, ...]]) -> tuple[Analysis, ...]:
    """Two words written as one (`tällähetkellä`, `kolmevuotta`, `olemassaolevat`): the readings of both, split
    where both halves are common words Voikko knows, the most even split first; no hyphens, no short words."""
    if len(word) < MIN_JOINED or not JOINED_RE.fullmatch(word):
        return ()
    middle = len(word) / 2
    for i in sorted(range(MIN_JOINED_PART, len(word) - MIN_JOINED_PART + 1), key=lambda i: abs(i - middle)):
        left = _joined_half(word[:i], analyze, MIN_JOINED_LEMMA)
        right = _joined_half(word[i:], analyze, MIN_JOINED_LEMMA + 1) if left else ()
        if left and right:
            found = dict.fromkeys(ColloquialAnalysis(a.baseform, a.wordclass, a.parts, word) for a in (*left, *right))
            return (*found, ColloquialAnalysis(word, "", (word,), word))
    return ()


def _capitalised(lowered: str, data: Rewrites, analyze: Callable[[str], tuple[Analysis, ...]]) -> tuple[Analysis, ...]:
    """A capitalised word in a clipped case, most often a sentence's first (`Netist`, `Toimistol`, `Johtoryhmäs`):
    only the rules flagged `capital`, and for `capital: compound` only a compound reading, since a name is seldom
    two common words (`Liedes` is no liesi, `Hampus` no hamppu)."""
    for rule in data.rules:
        if not rule.capital:
            continue
        found: dict[Analysis, None] = {}
        for candidate in rule.apply(lowered):
            for a in analyze(candidate):
                # verbs went through the verb path already; here `Avail` would be avata's `availla`
                if a.wordclass in NAME_CLASSES or a.wordclass == "teonsana" or (
                        rule.capital == 2 and not _is_compound(a)):
                    continue
                if rule.simple and _is_compound(a) and not _rewrite_in_last_part(lowered, candidate, a):
                    continue
                found.setdefault(ColloquialAnalysis(a.baseform, a.wordclass, a.parts, lowered, candidate), None)
        if found:
            return (*found, ColloquialAnalysis(lowered, "", (lowered,), lowered))
    return ()


def _unstretched(word: str, analyze: Callable[[str], tuple[Analysis, ...]]) -> tuple[Analysis, ...]:
    """Readings of a word with an emphatic run of letters (`niiiin`, `pimeeee`), the run written twice or once."""
    lowered = word.lower()
    for shorter in (STRETCH_RE.sub(r"\1\1", word), STRETCH_RE.sub(r"\1", word)):
        if len(shorter) < MIN_UNSTRETCHED:  # `heee`, `oooo`, `haaa`: laughter and cries, not `he`, `oo`
            continue
        readings = tuple(a for a in analyze(shorter) if a.wordclass not in NAME_CLASSES)
        if readings:
            return (*(ColloquialAnalysis(a.baseform, a.wordclass, a.parts, lowered, shorter) for a in readings),
                    ColloquialAnalysis(lowered, "", (lowered,), lowered))
        spoken = colloquial_analyses(shorter, analyze)
        if spoken:
            return tuple(ColloquialAnalysis(a.baseform, a.wordclass, a.parts, lowered, getattr(a, "standard", ""))
                         for a in spoken)
    return ()


def standard_forms(analyses: tuple[Analysis, ...]) -> frozenset[str]:
    """The standard spellings a spoken word was read as (`täs`: tässä; `kellekää`: kellekään): a cue list entry
    written as a form (`tässä`, `=kellekään`) matches the spoken spelling of the same form too."""
    return frozenset(a.standard for a in analyses if isinstance(a, ColloquialAnalysis) and a.standard)


def is_spoken(analyses: tuple[Analysis, ...]) -> bool:
    """True when a word's readings come from this module: Voikko itself does not know the word, so checks
    that treat unknown words in their own way (a lexicon's stems, obfuscation) should still try them."""
    return bool(analyses) and isinstance(analyses[0], ColloquialAnalysis)


def analyzer(morphology: Morphology) -> Callable[[str], tuple[Analysis, ...]]:
    """`morphology.analyze` with the spoken-Finnish fallback, cached per word form (one per backend)."""
    try:
        return _analyzer(morphology)
    except TypeError:  # an unhashable stand-in (tests): no shared cache
        return _analyzer.__wrapped__(morphology)


@functools.lru_cache(maxsize=8)
def _analyzer(morphology: Morphology) -> Callable[[str], tuple[Analysis, ...]]:
    analyze = morphology.analyze
    if getattr(morphology, "name", "") == "surface":  # every word is "known" there; nothing to recover
        return analyze

    @functools.lru_cache(maxsize=CACHE_SIZE)
    def cached(word: str) -> tuple[Analysis, ...]:
        return analyze(word) or colloquial_analyses(word, analyze)

    return cached
