"""Person names from spaCy's Finnish NER (spacy-fi-experimental-web-md), loaded lazily and only NER.

The model finds names Voikko does not know (foreign and rare names) but costs ~2.5 s to load and ~370 MB, so
it is loaded on the first call of `persons()`, never at import, and callers run it only on sentences where a
name could matter. Loaded without tok2vec/tagger/parser/lemmatizer: its NER has its own embedding layer, gives
the same entities, and runs 2-3 times faster. Without spaCy or the model (the pre-commit hook installs
without the `ner` extra) `persons()` returns nothing after one warning, and names come from Voikko alone.
"""

from __future__ import annotations

import os
import threading
import warnings
from typing import Any

MODEL = "spacy_fi_experimental_web_md"
EXCLUDE = ["tok2vec", "tagger", "morphologizer", "parser", "attribute_ruler", "lemmatizer"]
MAX_PIECE = 5_000  # characters the model reads at once
ENV_VAR = "PELISAANNOT_NER"  # "0" turns the model off (Voikko-only names)


class NerWarning(UserWarning):
    """The NER model is unavailable; person names come from Voikko only."""


_lock = threading.Lock()
_state: dict[str, Any] = {}


def enabled() -> bool:
    return os.environ.get(ENV_VAR, "1").strip().lower() not in ("0", "false", "no", "off")


def _pipeline() -> Any | None:
    """The loaded pipeline, or None (after one warning) when spaCy or the model is missing."""
    if "nlp" in _state:
        return _state["nlp"]
    with _lock:
        if "nlp" not in _state:
            nlp = None
            try:
                import spacy

                nlp = spacy.load(MODEL, exclude=EXCLUDE)
            except (ImportError, OSError) as exc:
                warnings.warn(
                    f"Suomen nimientiteettimallia ({MODEL}) ei voitu ladata, joten nimet tunnistetaan vain "
                    f"Voikon avulla. Asenna: pip install 'pelisaannot[ner]'. / NER model unavailable ({exc}); "
                    f"person names come from Voikko only.",
                    NerWarning, stacklevel=3)
            _state["nlp"] = nlp
    return _state["nlp"]


def is_loaded() -> bool:
    return _state.get("nlp") is not None


def available() -> bool:
    """True when the model can be (or has been) loaded; loads it."""
    return enabled() and _pipeline() is not None


def persons(text: str) -> list[tuple[int, int]]:
    """Character spans of PERSON entities in `text` ([] when the model is off or missing)."""
    if not enabled():
        return []
    nlp = _pipeline()
    if nlp is None:
        return []
    if len(text) <= MAX_PIECE:
        return [(e.start_char, e.end_char) for e in nlp(text).ents if e.label_ in ("PERSON", "PER")]
    # A "sentence" of a megabyte (a pasted archive without full stops) would exceed the model's max_length and
    # cost far more than its share: read it in pieces cut at white space.
    out: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + MAX_PIECE)
        if end < len(text):
            cut = text.rfind(" ", start + MAX_PIECE // 2, end)
            end = cut if cut > start else end
        out += [(start + e.start_char, start + e.end_char) for e in nlp(text[start:end]).ents
                if e.label_ in ("PERSON", "PER")]
        start = end
    return out


def persons_many(texts: list[str], batch_size: int = 64) -> list[list[tuple[int, int]]]:
    """`persons()` for many texts at once (nlp.pipe is faster than one call per text)."""
    if not enabled() or (nlp := _pipeline()) is None:
        return [[] for _ in texts]
    return [[(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("PERSON", "PER")]
            for doc in nlp.pipe(texts, batch_size=batch_size)]
