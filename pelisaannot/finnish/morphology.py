"""Finnish morphological analysis behind one small interface.

Rules name words by their lemma ("idiootti", "paska"); drafts contain inflected forms
and compounds ("idiootteja", "paskaesimies"). Voikko maps one to the other. Two Voikko
builds are supported because the system library is not always installable (e.g. in
pre-commit's fresh virtualenvs): the libvoikko C library via its ctypes binding
(preferred), and pyvoikko, a pure-Python-installable FST build of the same lexicon.
Without either, a surface backend keeps the linter working on exact word forms only.
"""

from __future__ import annotations

import functools
import os
import re
import threading
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

__all__ = [
    "ENV_VAR",
    "Analysis",
    "LibvoikkoMorphology",
    "Morphology",
    "MorphologyUnavailable",
    "MorphologyWarning",
    "PyvoikkoMorphology",
    "SurfaceMorphology",
    "get_morphology",
]

ENV_VAR = "PELISAANNOT_MORPHOLOGY"
BACKENDS = ("libvoikko", "pyvoikko", "surface")
MAX_WORD_LENGTH = 100  # longer "words" are URLs or junk; Voikko cannot analyse them anyway
CACHE_SIZE = 200_000  # about the vocabulary of a large corpus; keeps repeated words cheap

_WORDBASE_RE = re.compile(r"^(?P<surface>[^(]*)\((?P<lemma>[^)]*)\)$")
# WORDBASES pieces: split at a "+" outside parentheses ("+korva(korvata)+us(+us)").
_WORDBASE_SPLIT = re.compile(r"\+(?![^(]*\))")


class MorphologyWarning(UserWarning):
    """Morphology is degraded (no Voikko backend), so inflected forms go unmatched."""


class MorphologyUnavailable(Exception):
    """A backend cannot be loaded here; the message says why."""


@dataclass(frozen=True, slots=True)
class Analysis:
    """One reading of a word. Frozen and hashable so that duplicates collapse."""

    baseform: str  # lemma: "idiootti", "Virtanen"
    wordclass: str  # Voikko CLASS: "nimisana", "sukunimi", "etunimi", ...; "" if unknown
    parts: tuple[str, ...]  # compound part lemmas; (baseform,) for a simple word


class Morphology(Protocol):
    """What rule matching needs from a morphological analyser."""

    name: str

    def analyze(self, word: str) -> tuple[Analysis, ...]:
        """All readings of `word`, deduplicated; () if the word is unknown."""
        ...


def _has_letter(text: str) -> bool:
    return text.isalpha() or any(ch.isalpha() for ch in text)  # most words: the first test, in C


def _dedupe(analyses: Iterable[Analysis]) -> tuple[Analysis, ...]:
    """Voikko may return the same reading twice (e.g. from two lexicon paths)."""
    return tuple(dict.fromkeys(analyses))


class _CachedMorphology:
    """Shared input guard and per-instance LRU cache; subclasses implement `_analyze`."""

    name = ""

    def __init__(self) -> None:
        # Per instance, not lru_cache on the method: a method cache keys on `self` and would
        # keep every backend ever created (and its Voikko handle) alive in one shared table.
        self._cached: Callable[[str], tuple[Analysis, ...]] = functools.lru_cache(maxsize=CACHE_SIZE)(
            self._analyze
        )

    def analyze(self, word: str) -> tuple[Analysis, ...]:
        if len(word) > MAX_WORD_LENGTH or not _has_letter(word):
            return ()
        return self._cached(word)

    def _analyze(self, word: str) -> tuple[Analysis, ...]:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"


def quiet_destructor(module: Any) -> None:
    """libvoikko's `Voikko.__del__` raises AttributeError when the constructor failed (no C library or no
    dictionary), which Python prints as a multi-line "Exception ignored" traceback on every run of the pip-only
    install; wrap it once so that the fallback to pyvoikko is silent."""
    cls = getattr(module, "Voikko", None)
    if not isinstance(cls, type) or not hasattr(cls, "__del__") or getattr(cls, "_pelisaannot_quiet", False):
        return
    original = cls.__del__

    def __del__(self: Any) -> None:
        # Not contextlib.suppress: at interpreter exit module globals may already be gone.
        try:  # noqa: SIM105
            original(self)
        except AttributeError:
            pass

    cls.__del__ = __del__
    cls._pelisaannot_quiet = True


class LibvoikkoMorphology(_CachedMorphology):
    """Voikko through the system C library (Debian libvoikko1 + voikko-fi)."""

    name = "libvoikko"

    def __init__(self) -> None:
        try:
            import libvoikko
        except ImportError as exc:
            raise MorphologyUnavailable(f"Python module libvoikko not importable: {exc}") from exc
        quiet_destructor(libvoikko)
        try:
            self._voikko: Any = libvoikko.Voikko("fi")
        except OSError as exc:  # the C library libvoikko.so.1 is missing
            raise MorphologyUnavailable(f"C library libvoikko not found: {exc}") from exc
        except libvoikko.VoikkoException as exc:  # the library is there, the dictionary is not
            raise MorphologyUnavailable(f"Finnish Voikko dictionary not found: {exc}") from exc
        self._voikko = _LeanVoikko.wrap(self._voikko)
        # One Voikko handle is not thread-safe; analyses are short, so a lock is enough.
        self._lock = threading.Lock()
        # Readings by their three attributes: `talo`, `talon`, `taloa` share one Analysis, built once.
        self._readings: dict[tuple[str, str, str], Analysis] = {}
        super().__init__()

    def _analyze(self, word: str) -> tuple[Analysis, ...]:
        with self._lock:
            raw: list[dict[str, str | None]] = self._voikko.analyze(word)
        if not raw:
            return ()
        readings = self._readings
        if len(readings) >= CACHE_SIZE:
            readings.clear()
        out: dict[Analysis, None] = {}
        for item in raw:
            key = (item.get("BASEFORM") or word.lower(), item.get("CLASS") or "", item.get("WORDBASES") or "")
            analysis = readings.get(key)
            if analysis is None:
                analysis = readings[key] = self._convert(*key)
            out[analysis] = None
        return tuple(out)

    @staticmethod
    def _convert(baseform: str, wordclass: str, wordbases: str) -> Analysis:
        return Analysis(baseform, wordclass, _wordbase_parts(wordbases) or (baseform,))


class _LeanVoikko:
    """`Voikko.analyze` reading only the three attributes the linter keeps (base form, class, compound parts).

    The binding's own `analyze` asks the C library for every attribute of every reading (a dozen ctypes calls
    each); asking for three makes a first-seen word about a third cheaper. Same readings, same values: the
    values are the library's own strings, freed with the analysis as in the binding.
    """

    KEYS = (("BASEFORM", b"BASEFORM"), ("CLASS", b"CLASS"), ("WORDBASES", b"WORDBASES"))

    def __init__(self, voikko: Any, lib: Any, handle: Any) -> None:
        self._voikko = voikko  # keeps the handle alive
        self._analyze_word = lib.voikkoAnalyzeWordUcs4
        self._value = lib.voikko_mor_analysis_value_ucs4
        self._free = lib.voikko_free_mor_analysis
        self._handle = handle

    @classmethod
    def wrap(cls, voikko: Any) -> Any:
        """The lean reader over `voikko`, or `voikko` itself when its binding is not the one this knows."""
        lib = getattr(voikko, "_Voikko__lib", None)
        handle = getattr(voikko, "_Voikko__handle", None)
        names = ("voikkoAnalyzeWordUcs4", "voikko_mor_analysis_value_ucs4", "voikko_free_mor_analysis")
        if lib is None or not handle or not all(hasattr(lib, name) for name in names):
            return voikko
        return cls(voikko, lib, handle)

    def analyze(self, word: str) -> list[dict[str, str | None]]:
        if "\0" in word:  # as the binding: C would read a shorter word
            return []
        readings = self._analyze_word(self._handle, word)
        if not readings:
            return []
        out = []
        value, keys = self._value, self.KEYS
        try:
            i = 0
            while readings[i]:
                reading = readings[i]
                out.append({name: value(reading, key) for name, key in keys})
                i += 1
        finally:
            self._free(readings)
        return out


def _wordbase_parts(wordbases: str) -> tuple[str, ...]:
    """Lemmas from WORDBASES "+hevon(hepo)+paska(paska)" or "+paska(paska)+esi+mies(mies)".

    A piece without a lemma in parentheses (a prefix like "esi") keeps its lowercased
    surface; letterless pieces (the "-" in "+eu(EU)+-+maa(maa)") are dropped. A derivation
    ("+korva(korvata)+us(+us)": its lemma starts with "+") belongs to the word before it, and so
    does a bare piece just before a derivation ("+vittu(vittu)+mai+nen(+nen)"): the part is the
    derived word as written ("korvaus", "vittumainen"), and the word it is derived from comes
    just before it ("korvata", "vittu"), so `työttömyyskorvaus` has the head "korvaus".
    """
    pieces = [(m["surface"], m["lemma"]) if (m := _WORDBASE_RE.match(piece)) else (piece, None)
              for piece in _WORDBASE_SPLIT.split(wordbases) if piece]
    members: list[list[str]] = []  # per member: its base lemma, then its surface pieces
    for k, (surface, lemma) in enumerate(pieces):
        derivation = lemma is not None and lemma.startswith("+")
        before_derivation = lemma is None and k + 1 < len(pieces) and (pieces[k + 1][1] or "").startswith("+")
        if (derivation or before_derivation) and members and len(members[-1]) > 1:
            members[-1].append(surface)
        else:
            members.append([lemma if lemma is not None else surface.lower(), surface])
    parts: list[str] = []
    for base, *surfaces in members:
        if len(surfaces) > 1:  # derived: the word it is derived from, then the derived word
            derived = "".join(surfaces).lower()
            parts += [p for p in (base, derived) if _has_letter(p)]
        elif _has_letter(base):
            parts.append(base)
    return tuple(parts)


class PyvoikkoMorphology(_CachedMorphology):
    """Voikko as an FST (pyvoikko + kfst-rs): pip-installable, no system packages."""

    name = "pyvoikko"

    def __init__(self) -> None:
        try:
            # Imported here, not at module level: loading the FST takes ~0.75 s.
            from pyvoikko import analyse
        except (ImportError, OSError) as exc:
            raise MorphologyUnavailable(f"pyvoikko not usable: {exc}") from exc
        self._analyse: Callable[[str], list[Any]] = analyse
        super().__init__()

    def _analyze(self, word: str) -> tuple[Analysis, ...]:
        # The FST only knows lowercase input: it returns nothing for "Virtasen".
        return _dedupe(self._convert(word, item) for item in self._analyse(word.lower()))

    @staticmethod
    def _convert(word: str, item: Any) -> Analysis:
        baseform = item.BASEFORM or word.lower()
        parts = tuple(p.BASEFORM for p in item.COMPOUND_PARTS or () if _has_letter(p.BASEFORM or ""))
        return Analysis(baseform, item.CLASS or "", parts or (baseform,))


class SurfaceMorphology(_CachedMorphology):
    """Last resort without Voikko: every word is its own lowercased lemma."""

    name = "surface"

    def _analyze(self, word: str) -> tuple[Analysis, ...]:
        lowered = word.lower()
        return (Analysis(lowered, "", (lowered,)),)


_FACTORIES: dict[str, Callable[[], _CachedMorphology]] = {
    "libvoikko": LibvoikkoMorphology,
    "pyvoikko": PyvoikkoMorphology,
    "surface": SurfaceMorphology,
}

_FALLBACK_MESSAGE = (
    "Suomen kielen morfologia ei ole käytettävissä (libvoikko tai pyvoikko puuttuu), joten "
    "taivutettuja muotoja ja yhdyssanoja ei tunnisteta: sääntö sanasta 'idiootti' ei osu sanaan "
    "'idiootteja'. Asenna: apt-get install libvoikko1 voikko-fi, tai: pip install pyvoikko kfst-rs. / "
    "Finnish morphology is unavailable (libvoikko or pyvoikko is missing), so inflected forms and "
    "compounds will not be matched: a rule for 'idiootti' will not match 'idiootteja'. Install: "
    "apt-get install libvoikko1 voikko-fi, or: pip install pyvoikko kfst-rs."
)


def get_morphology(preferred: str | None = None) -> Morphology:
    """The best available backend, one shared instance per requested name.

    Tries `preferred` (or $PELISAANNOT_MORPHOLOGY) first, then libvoikko, pyvoikko, surface.
    A linter must still run without Voikko, so failures degrade with a warning, not an error.
    """
    if preferred is None:
        preferred = os.environ.get(ENV_VAR, "").strip().lower() or None
    if preferred is not None and preferred not in BACKENDS:
        raise ValueError(f"unknown morphology backend {preferred!r}; choose one of {', '.join(BACKENDS)}")
    return _load(preferred)


@functools.cache
def _load(preferred: str | None) -> Morphology:
    order = BACKENDS if preferred is None else (preferred, *(b for b in BACKENDS if b != preferred))
    reasons: list[str] = []
    for name in order:
        try:
            backend = _FACTORIES[name]()
        except MorphologyUnavailable as exc:
            reasons.append(f"{name}: {exc}")
            continue
        if name == "surface" and preferred != "surface":
            warnings.warn(f"{_FALLBACK_MESSAGE} ({'; '.join(reasons)})", MorphologyWarning, stacklevel=3)
        elif preferred is not None and name != preferred:
            warnings.warn(
                f"morphology backend {preferred!r} unavailable, using {name!r} ({'; '.join(reasons)})",
                MorphologyWarning,
                stacklevel=3,
            )
        return backend
    raise AssertionError("unreachable: the surface backend always loads")


# Tests and long-running hosts (e.g. after installing Voikko) can drop the shared instances.
get_morphology.cache_clear = _load.cache_clear  # type: ignore[attr-defined]
