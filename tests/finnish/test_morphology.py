"""Finnish morphology backends: lemmas, compound parts, fallback order and caching."""

from __future__ import annotations

import sys
import warnings
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from pelisaannot.finnish import morphology
from pelisaannot.finnish.morphology import (
    Analysis,
    LibvoikkoMorphology,
    MorphologyUnavailable,
    MorphologyWarning,
    PyvoikkoMorphology,
    SurfaceMorphology,
    get_morphology,
)

VOIKKO_BACKENDS = {"libvoikko": LibvoikkoMorphology, "pyvoikko": PyvoikkoMorphology}

# (word, expected baseform or None, part lemmas that must be present, part lemmas that must be absent)
PART_CASES = [
    ("idiootteja", "idiootti", (), ()),
    ("paskaesimies", None, ("paska",), ()),
    ("hevonpaskaa", None, ("paska",), ()),
    ("kusipäille", None, ("kusi", "pää"), ()),
    ("Kusiaiset", "kusiainen", (), ("kusi",)),
    ("munakasta", "munakas", (), ()),
    ("asiakkaani", "asiakas", (), ()),
]
NAME_CASES = [
    ("Virtasen", "Virtanen", "sukunimi"),
    ("pekalle", "Pekka", "etunimi"),
]
PARITY_WORDS = [case[0] for case in PART_CASES] + [case[0] for case in NAME_CASES] + ["xqzzv"]


@pytest.fixture(scope="module", params=sorted(VOIKKO_BACKENDS))
def voikko(request: pytest.FixtureRequest) -> Any:
    """A fresh instance per real backend; skipped only if it cannot load on this machine."""
    try:
        return VOIKKO_BACKENDS[request.param]()
    except MorphologyUnavailable as exc:
        pytest.skip(f"{request.param} unavailable: {exc}")


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    get_morphology.cache_clear()  # type: ignore[attr-defined]
    yield
    get_morphology.cache_clear()  # type: ignore[attr-defined]


@pytest.mark.parametrize(("word", "baseform", "present", "absent"), PART_CASES)
def test_baseform_and_parts(
    voikko: Any, word: str, baseform: str | None, present: tuple[str, ...], absent: tuple[str, ...]
) -> None:
    analyses = voikko.analyze(word)
    assert analyses, f"{voikko.name} does not know {word!r}"
    if baseform is not None:
        assert baseform in {a.baseform for a in analyses}
    all_parts = {part for a in analyses for part in a.parts}
    for part in present:
        assert any(part in a.parts for a in analyses), (word, analyses)
    for part in absent:
        assert part not in all_parts, (word, analyses)


@pytest.mark.parametrize(("word", "baseform", "wordclass"), NAME_CASES)
def test_proper_names_keep_case(voikko: Any, word: str, baseform: str, wordclass: str) -> None:
    assert Analysis(baseform, wordclass, (baseform,)) in voikko.analyze(word)


def test_unknown_word(voikko: Any) -> None:
    assert voikko.analyze("xqzzv") == ()


def test_simple_word_parts_are_its_baseform(voikko: Any) -> None:
    assert voikko.analyze("idiootteja") == (Analysis("idiootti", "nimisana", ("idiootti",)),)


def test_prefix_part_kept(voikko: Any) -> None:
    (analysis,) = voikko.analyze("paskaesimies")
    assert analysis == Analysis("paskaesimies", "nimisana", ("paska", "esi", "mies"))


def test_hevon_part_is_lemmatised(voikko: Any) -> None:
    (analysis,) = voikko.analyze("hevonpaskaa")
    assert analysis.parts == ("hepo", "paska")


def test_analyses_are_deduplicated(voikko: Any) -> None:
    analyses = voikko.analyze("lahti-helsinki")  # Voikko itself returns one reading twice
    assert analyses
    assert len(analyses) == len(set(analyses))


@pytest.mark.parametrize("word", ["", "1234", "--", "😀", "a" * 101])
def test_guarded_inputs_skip_backend(voikko: Any, word: str) -> None:
    assert voikko.analyze(word) == ()


def test_backends_agree_on_baseforms() -> None:
    backends = []
    for name, factory in sorted(VOIKKO_BACKENDS.items()):
        try:
            backends.append(factory())
        except MorphologyUnavailable as exc:
            pytest.skip(f"{name} unavailable: {exc}")
    lib, py = backends
    for word in PARITY_WORDS:
        assert {a.baseform for a in lib.analyze(word)} == {a.baseform for a in py.analyze(word)}, word
        assert {a.parts for a in lib.analyze(word)} == {a.parts for a in py.analyze(word)}, word


def test_libvoikko_is_thread_safe() -> None:
    try:
        backend, reference = LibvoikkoMorphology(), LibvoikkoMorphology()
    except MorphologyUnavailable as exc:
        pytest.skip(f"libvoikko unavailable: {exc}")
    stems = ("idiootti", "kusipää", "paska", "ääliö", "asiakas", "munakas", "hevonpaska", "Virtanen")
    cases = ("", "n", "a", "lle", "lta", "ksi", "t", "ista", "ille")
    words = [stem + case for stem in stems for case in cases]  # distinct, so the cache hides nothing
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(backend.analyze, words))
    assert results == [reference.analyze(word) for word in words]


def test_surface_backend() -> None:
    surface = SurfaceMorphology()
    assert surface.name == "surface"
    assert surface.analyze("Idiootteja") == (Analysis("idiootteja", "", ("idiootteja",)),)
    assert surface.analyze("123") == ()


# --- caching -------------------------------------------------------------------------------------


class _CountingVoikko:
    """Stands in for libvoikko.Voikko; counts calls, returns a duplicated reading."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.calls = inner, 0

    def analyze(self, word: str) -> list[dict[str, str]]:
        self.calls += 1
        return self.inner.analyze(word)


def test_libvoikko_cache() -> None:
    try:
        backend = LibvoikkoMorphology()
    except MorphologyUnavailable as exc:
        pytest.skip(f"libvoikko unavailable: {exc}")
    counter = _CountingVoikko(backend._voikko)
    backend._voikko = counter
    first = backend.analyze("idiootteja")
    assert backend.analyze("idiootteja") == first
    assert counter.calls == 1
    backend.analyze("a" * 101)
    backend.analyze("12345")
    assert counter.calls == 1


def test_lean_reader_gives_the_bindings_readings() -> None:
    """The three-attribute reader returns what the binding's full `analyze` says about those attributes."""
    try:
        backend = LibvoikkoMorphology()
    except MorphologyUnavailable as exc:
        pytest.skip(f"libvoikko unavailable: {exc}")
    lean = backend._voikko
    full = getattr(lean, "_voikko", lean)
    words = ["idiootteja", "paskaesimies", "Virtasen", "Anna", "EU-maiden", "kuusi", "xqzw", "ja", "a\0b", "Åland"]
    for word in words:
        expected = [{k: r.get(k) for k in ("BASEFORM", "CLASS", "WORDBASES")} for r in full.analyze(word)]
        assert lean.analyze(word) == expected, word


def test_readings_are_shared_between_word_forms() -> None:
    try:
        backend = LibvoikkoMorphology()
    except MorphologyUnavailable as exc:
        pytest.skip(f"libvoikko unavailable: {exc}")
    assert backend.analyze("talon")[0] is backend.analyze("taloa")[0]


def test_pyvoikko_cache() -> None:
    try:
        backend = PyvoikkoMorphology()
    except MorphologyUnavailable as exc:
        pytest.skip(f"pyvoikko unavailable: {exc}")
    inner, calls = backend._analyse, []

    def counting(word: str) -> list[Any]:
        calls.append(word)
        return inner(word)

    backend._analyse = counting
    first = backend.analyze("Virtasen")
    assert backend.analyze("Virtasen") == first
    assert calls == ["virtasen"]  # lowercased before the FST, which only knows lowercase


def test_libvoikko_duplicates_collapse() -> None:
    try:
        backend = LibvoikkoMorphology()
    except MorphologyUnavailable as exc:
        pytest.skip(f"libvoikko unavailable: {exc}")
    reading = {"BASEFORM": "paska", "CLASS": "nimisana", "WORDBASES": "+paska(paska)"}

    class Fake:
        def analyze(self, word: str) -> list[dict[str, str]]:
            return [reading, dict(reading)]

    backend._voikko = Fake()
    assert backend.analyze("paskaa") == (Analysis("paska", "nimisana", ("paska",)),)


# --- selection and fallback ----------------------------------------------------------------------


def _raise(exc: BaseException) -> Any:
    def factory(*args: Any, **kwargs: Any) -> Any:
        raise exc

    return factory


def test_default_is_libvoikko_singleton(fresh_cache: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(morphology.ENV_VAR, raising=False)
    try:
        LibvoikkoMorphology()
    except MorphologyUnavailable as exc:
        pytest.skip(f"libvoikko unavailable: {exc}")
    first = get_morphology()
    assert first.name == "libvoikko"
    assert get_morphology() is first


def test_fallback_to_surface_warns_once(fresh_cache: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(morphology.ENV_VAR, raising=False)
    monkeypatch.setitem(sys.modules, "libvoikko", None)  # import fails
    monkeypatch.setitem(sys.modules, "pyvoikko", None)
    with pytest.warns(MorphologyWarning) as record:
        first = get_morphology()
        second = get_morphology()
    assert first.name == "surface"
    assert second is first
    assert len(record) == 1
    message = str(record[0].message)
    assert "apt-get install libvoikko1 voikko-fi" in message
    assert "pip install pyvoikko kfst-rs" in message
    assert "taivutettuja" in message and "inflected" in message


def test_missing_c_library_falls_to_surface(fresh_cache: None, monkeypatch: pytest.MonkeyPatch) -> None:
    libvoikko = pytest.importorskip("libvoikko")
    monkeypatch.delenv(morphology.ENV_VAR, raising=False)
    missing = OSError("libvoikko.so.1: cannot open shared object file")
    monkeypatch.setattr(libvoikko, "Voikko", _raise(missing))
    monkeypatch.setitem(sys.modules, "pyvoikko", None)
    with pytest.warns(MorphologyWarning, match="libvoikko.so.1") as record:
        assert get_morphology().name == "surface"
    assert len(record) == 1


def test_missing_dictionary_falls_to_pyvoikko(fresh_cache: None, monkeypatch: pytest.MonkeyPatch) -> None:
    libvoikko = pytest.importorskip("libvoikko")
    try:
        PyvoikkoMorphology()
    except MorphologyUnavailable as exc:
        pytest.skip(f"pyvoikko unavailable: {exc}")
    monkeypatch.delenv(morphology.ENV_VAR, raising=False)
    missing = libvoikko.VoikkoException("Initialization of Voikko failed")
    monkeypatch.setattr(libvoikko, "Voikko", _raise(missing))
    with warnings.catch_warnings():
        warnings.simplefilter("error", MorphologyWarning)  # a Voikko backend is still there: no warning
        backend = get_morphology()
    assert backend.name == "pyvoikko"
    assert "idiootti" in {a.baseform for a in backend.analyze("idiootteja")}


def test_env_var_selects_backend(fresh_cache: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(morphology.ENV_VAR, "surface")
    with warnings.catch_warnings():
        warnings.simplefilter("error", MorphologyWarning)  # chosen explicitly: no warning
        assert get_morphology().name == "surface"


def test_argument_wins_over_env_var(fresh_cache: None, monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        PyvoikkoMorphology()
    except MorphologyUnavailable as exc:
        pytest.skip(f"pyvoikko unavailable: {exc}")
    monkeypatch.setenv(morphology.ENV_VAR, "surface")
    assert get_morphology("pyvoikko").name == "pyvoikko"


def test_unavailable_preferred_backend_warns(fresh_cache: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "libvoikko", None)
    try:
        PyvoikkoMorphology()
    except MorphologyUnavailable as exc:
        pytest.skip(f"pyvoikko unavailable: {exc}")
    with pytest.warns(MorphologyWarning, match="'libvoikko' unavailable"):
        assert get_morphology("libvoikko").name == "pyvoikko"


def test_unknown_backend_name(fresh_cache: None, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="unknown morphology backend"):
        get_morphology("hfst")
    monkeypatch.setenv(morphology.ENV_VAR, "omorfi")
    with pytest.raises(ValueError, match="omorfi"):
        get_morphology()


def test_fallback_without_the_c_library_prints_no_destructor_noise() -> None:
    """libvoikko's __del__ fails after a failed constructor; the pip-only install must stay quiet."""
    import subprocess
    import sys

    code = (
        "import libvoikko\n"
        "def broken(self, *a, **k):\n"
        "    raise OSError('libvoikko.so.1: cannot open shared object file')\n"
        "libvoikko.Voikko.__init__ = broken\n"
        "from pelisaannot.finnish.morphology import get_morphology\n"
        "print(get_morphology().name)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "pyvoikko"
    assert "Exception ignored" not in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(("wordbases", "parts"), [
    # a derivation belongs to the word before it: the derived word, after the word it comes from
    ("+työ(työ)+ttömy(+tön)+ys(+ys)+korva(korvata)+us(+us)", ("työ", "työttömyys", "korvata", "korvaus")),
    ("+kirjoitta(kirjoittaa)+ja(+ja)", ("kirjoittaa", "kirjoittaja")),
    ("+vittu(vittu)+mai+nen(+nen)", ("vittu", "vittumainen")),  # a bare piece before a derivation
    ("+paska(paska)+esi+mies(mies)", ("paska", "esi", "mies")),  # a bare prefix stays a part
    ("+eu(EU)+-+maa(maa)", ("EU", "maa")),
    ("+talo(talo)", ("talo",)),
])
def test_wordbase_parts(wordbases: str, parts: tuple[str, ...]) -> None:
    assert morphology._wordbase_parts(wordbases) == parts
    assert not any("(" in p or ")" in p or "+" in p for p in morphology._wordbase_parts(wordbases))


def test_derived_compound_head(voikko: Any) -> None:
    """`työttömyyskorvaus` ends in the part `korvaus` (libvoikko's derivations; pyvoikko gives its own parts)."""
    if voikko.name != "libvoikko":
        pytest.skip("WORDBASES are libvoikko's")
    assert any(a.parts[-1] == "korvaus" for a in voikko.analyze("työttömyyskorvauksen"))
