"""The cheap conditions that let a post skip a costly whole-post pattern must hold wherever the pattern matches:
a gate that says no to a text the pattern matches would lose findings silently."""

from __future__ import annotations

import random

import pytest
import regex

from pelisaannot.checks import credentials, customer_signals, identifier, lexicon
from pelisaannot.folding import fold

# Letters of several scripts, a combining mark, digits of two scripts, the separators and symbols the patterns name.
ALPHABET = [*"aAkKzZäÖåé", "\u0301", "ǅ", "ſ", *"0159", "١", "٢", *" .-_*+@$!/=#:,\n\t", "\u00a0", "–", "~",
            "FI", "t.", "terveisin ", "Hälsningar ", "Liisa", "Hei ", "Anna"]
GATES = {
    "TOKEN_RE": (credentials.TOKEN_RE, credentials.TOKEN_RUN_RE.search),
    "IBAN_RE": (identifier.IBAN_RE, identifier.TWO_DIGITS_RE.search),
    "MIXED_RE": (lexicon.MIXED_RE, lexicon.MIXED_HINT_RE.search),
    "SPACED_RE": (lexicon.SPACED_RE, lexicon.SPACED_HINT_RE.search),
    "CLOSING_RE": (customer_signals.CLOSING_RE, lambda t: customer_signals.CLOSING_GATE.may_match(fold(t))),
    "DASH_SIGNATURE_RE": (customer_signals.DASH_SIGNATURE_RE,
                          lambda t: customer_signals.DASH_SIGNATURE_GATE.may_match(fold(t))),
}
# Texts each pattern matches, so that the random ones are not all misses.
MATCHED = {
    "TOKEN_RE": ["avain ghp_8f3KdL29xQz71mNbV04TyWcE5 tässä"],
    "IBAN_RE": ["tili FI21 1234 5600 0007 85"],
    "MIXED_RE": ["v1ttu", "p*ska", "sh!t"],
    "SPACED_RE": ["v i t t u", "p.e.r.k.e.l.e", "ä-ö-å-é", "s*a*t*a*n*a"],
    "CLOSING_RE": ["Terveisin Aino Pelkonen", "t. Matti"],
    "DASH_SIGNATURE_RE": ["Kiitos!\n– Kerttu, Salla"],
}


@pytest.mark.parametrize("name", sorted(GATES))
def test_a_gate_holds_wherever_its_pattern_matches(name: str) -> None:
    pattern, gate = GATES[name]
    rng = random.Random(name)
    texts = list(MATCHED[name])
    for _ in range(20_000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 30)))
        if rng.random() < 0.2:
            text = rng.choice("xA1") * rng.randint(20, 30) + text
        if rng.random() < 0.2:
            sep = rng.choice(" .-_*+")
            text += sep.join(rng.choice("abäǅ") for _ in range(rng.randint(3, 6)))
        texts.append(text)
    matched = [t for t in texts if pattern.search(t)]
    assert all(pattern.search(t) for t in MATCHED[name])
    assert len(matched) >= len(MATCHED[name])
    assert [t for t in matched if not gate(t)] == []


def test_greeting_gate_keeps_every_greeted_line() -> None:
    """`_greeted` reads GREETING_RE only in a post with a line that starts with a greeting word."""
    vocab = {"greeting": frozenset({"hei", "hej", "hi"})}

    class Doc:
        def __init__(self, text: str) -> None:
            self.text = text

    assert customer_signals._greeted(Doc("Kiitos!\n  Hei Minna!"), vocab) == [(14, 19, "Minna")]  # type: ignore[arg-type]
    assert customer_signals._greeted(Doc("HEJ Lotta,"), vocab) == [(4, 9, "Lotta")]  # type: ignore[arg-type]
    assert customer_signals._greeted(Doc("Sanoin hei Minna!"), vocab) == []  # type: ignore[arg-type]


def test_mixed_gate_takes_the_texts_of_its_alternation() -> None:
    """MIXED_RE (the symbol first, the letters as look-arounds) matches the same texts as the plain alternation."""
    reference = regex.compile(r"\p{L}[*@$0-9]|[*@$0-9]\p{L}|\p{L}!\p{L}")
    alphabet = "ab ä!*@$09.-_\u042f\n\u0301ß"
    rng = random.Random(4)
    for text in ["".join(rng.choices(alphabet, k=rng.randint(0, 8))) for _ in range(30_000)]:
        assert bool(lexicon.MIXED_RE.search(text)) == bool(reference.search(text)), repr(text)
