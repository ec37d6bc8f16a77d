"""`reported`: abuse aimed at the writer or the staff, reported in quotes or as a name they were called."""

from __future__ import annotations

import pytest

from pelisaannot import Document
from pelisaannot.checks.reported import reported_quote

VERBS = frozenset({"sanoa", "kutsua", "nimitellä", "haukkua", "call", "called", "kalla", "kallade"})


def reported(text: str, word: str) -> bool:
    doc = Document(text)
    start = text.index(word)
    return reported_quote(doc, start, start + len(word), VERBS)


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Puhelimessa meitä haukuttiin tänään tolloiksi.", "tolloiksi", True),  # passive, the staff as object
    ("yks asiakas nimitteli mua pölvästiks", "pölvästiks", True),  # spoken translative
    ("The caller called us clowns again.", "clowns", True),
    ("Kunden kallade mig en idiot.", "idiot", True),
    ("Kutsuin uutta kollegaa tolloksi.", "tolloksi", False),  # the writer's own words
    ("We called him a clown.", "clown", False),  # no first-person object
    ("Kollega haukkui asiakkaan tolloksi.", "tolloksi", False),  # aimed at a customer, not at us
    ("Pomo on tollo.", "tollo", False),
])
def test_name_calling_reported_without_quotes(text: str, word: str, expected: bool) -> None:
    assert reported(text, word) is expected
