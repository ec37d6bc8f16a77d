"""The reduced language identifier (`languages.langid`) answers as py3langid restricted to fi, sv and en."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import regex
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from pelisaannot import load_policy
from pelisaannot.languages.langid import ReducedIdentifier
from pelisaannot.policy import builtin_packs

SHARED_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
# Tricky pieces: short, mixed, shouted, no letters at all, accents of other languages, emoji.
PIECES = [
    "Vi har öppet som vanligt under hela sommaren, välkommen in!",
    "We are looking for a new colleague to join our benefits team.",
    "Hakemuksesi käsittely on vielä kesken.",
    "TACK FÖR I DAG", "THANKS FOR TODAY", "KIITOS PÄIVÄSTÄ", "ok", "Tack", "the", "ja", "och", "",
    "!!! ??? ...", "1234 5678", "#Tack #för #hjälpen #idag", "café naïve résumé", "Grüß Gott", "🙂🙂 kiva 👍",
    "Mä en kyl jaksa tätä säätöö enää", "Hej hej, ni ska få era pengar snart 😊", "lol this is so true 😂",
]


@pytest.fixture(scope="module")
def reference() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(["fi", "sv", "en"])
    return identifier


@pytest.fixture(scope="module")
def reduced() -> ReducedIdentifier:
    return ReducedIdentifier()


def _examples() -> list[str]:
    texts = [e.text for pack in builtin_packs() for rule in load_policy(pack).rules for e in (*rule.bad, *rule.good)]
    pieces = []
    for text in texts:
        pieces.append(text)
        pieces.extend(s for s in regex.split(r"(?<=[.!?])\s+|\n+", text) if s.strip())
        pieces.append(" ".join(regex.findall(r"\w+", text)))  # as the engine asks: a sentence's words
    return sorted(set(pieces))


def _real_text(limit: int) -> list[str]:
    path = SHARED_DATA / "finnish" / "finnish-tweets-dev" / "tweets.jsonl"
    if not path.is_file():
        return []
    rows = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows[:limit]


def test_the_model_was_made_from_the_installed_py3langid(reduced: ReducedIdentifier) -> None:
    """A new py3langid: run scripts/build_langid_model.py again (and these tests)."""
    assert reduced.header["source_sha256"] == hashlib.sha256((MODEL_DIR / MODEL_FILE).read_bytes()).hexdigest()
    assert reduced.header["classes"] == ["en", "fi", "sv"]


def test_same_language_as_py3langid(reference: LanguageIdentifier, reduced: ReducedIdentifier) -> None:
    pieces = PIECES + _examples() + _real_text(1500)
    assert len(pieces) > 500
    different = [p for p in pieces if reduced.classify(p) != reference.classify(p)[0]]
    assert not different, different[:5]


def test_same_feature_counts_as_py3langid(reference: LanguageIdentifier, reduced: ReducedIdentifier) -> None:
    from py3langid.langid import visit_counts

    for piece in PIECES:
        data = reduced.encode(piece)
        # py3langid's own walk over its full automaton (`_raw_score`'s first step)
        expected = visit_counts(reference.tk_nextmove, [r << 8 for r in reference.tk_row], reference.tk_output, data)
        assert list(reduced.counts(data).items()) == list((expected or {}).items()), piece


def test_the_exact_path_is_py3langid_arithmetic(reference: LanguageIdentifier, reduced: ReducedIdentifier) -> None:
    """Scores too close to order in float64 are computed again as py3langid does: the same answer."""
    for piece in [p for p in PIECES if regex.search(r"\w", p)] + _examples()[:200]:
        counts = reduced.counts(reduced.encode(piece))
        if counts:
            assert reduced.classes[reduced._exact(counts)] == reference.classify(piece)[0], piece


def test_close_scores_take_the_exact_path(reduced: ReducedIdentifier, monkeypatch: pytest.MonkeyPatch) -> None:
    import pelisaannot.languages.langid as langid

    called = []
    monkeypatch.setattr(langid, "_ROUNDOFF32", 1.0)  # every margin is "too close"
    monkeypatch.setattr(ReducedIdentifier, "_exact", lambda self, counts: called.append(counts) or 2)
    assert reduced.classify("Vi har öppet som vanligt under hela sommaren.") == "sv"
    assert called


def test_the_model_loads_quickly() -> None:
    import time

    start = time.process_time()
    ReducedIdentifier()
    assert time.process_time() - start < 0.25  # py3langid's full model: 0.8 s
