"""Hostile and careless post shapes of issue 11, each a function of a size in characters.

Shared by `benchmarks/linear_time.py` (seconds per size) and `tests/test_linear_time.py` (the growth, not the
time). Every shape repeats a short unit, so a check that compares each match with every other one, or reads
a whole sentence for each of its words, shows up as a square.
"""

from __future__ import annotations

from collections.abc import Callable

# Plain prose of our own, several sentences, the way a draft reads.
PROSE = (
    "Kelan asiakaspalvelu on avoinna arkisin kello yhdeksästä neljään. Hakemuksen voi jättää verkossa, ja "
    "liitteet kannattaa lähettää samalla kertaa. Opintotuen määrä riippuu iästä, asumismuodosta ja tuloista. "
    "Kysy rohkeasti, jos jokin jäi epäselväksi! Tänään juhlimme tiimimme kymmenvuotista taivalta kakkukahvien "
    "merkeissä. Kiitos kaikille yhteistyöstä ja hyvää viikonloppua. "
)


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _masked(size: int) -> str:
    """Distinct masked words (`pa**aa pb**aa ...`): no cache of one word's reading helps with the next."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    words, length, i = ["v*ttu"], 5, 0
    while length < size:
        word = f"p{letters[i % 26]}{letters[i // 26 % 26]}**aa"
        words.append(word)
        length += len(word) + 1
        i += 1
    return " ".join(words)[:size]


SHAPES: dict[str, Callable[[int], str]] = {
    "normal prose": lambda n: _fill(PROSE, n),
    "prose as one long sentence": lambda n: _fill(PROSE.replace(". ", ", ").replace("! ", ", "), n),
    "#tagi repeated": lambda n: _fill("#tagi ", n),
    "hashtag fences in sentences": lambda n: _fill("Tänään #kela #etuus #tuki oli #hyvä päivä. ", n),
    "perkele repeated": lambda n: _fill("perkele ", n),
    "masked words": _masked,
    "eräs asiakas soitti eilen ja ... in one sentence": lambda n: _fill("eräs asiakas soitti eilen ja ", n),
    "URLs beside mentions": lambda n: _fill("https://www.kela.fi/opintotuki @kelainfo ", n),
    "addresses": lambda n: _fill("Mannerheimintie 12 A 3, 00100 Helsinki ", n),
    "phone numbers": lambda n: _fill("soita 040 1234567 tai ", n),
    "blank lines (FI-CR-003)": lambda n: "Teksti Maija Mallikas\n" + "\n" * max(0, n - 30) + "Jaa\n",
    "suppression comments": lambda n: _fill("<!-- pelisaannot: ignore FI-TO-001 -- lainaus -->\nperkele\n", n),
    # the informal customer-data classes (helper cust2): a reply per line, person emoji, English addresses,
    # cards signed with initials
    "replies to a name, one a line": lambda n: _fill("Hej Anna, din ansökan är klar\n", n),
    "person emoji with ages": lambda n: _fill("tiskillä 👵 92v ja ", n),
    "English street addresses": lambda n: _fill("she lives at 14 Elm Street and ", n),
    "cards signed with initials": lambda n: _fill('Got a card: "thanks so much -R." ', n),
}
#: Shapes run through the CLI's per-post path (inline suppressions are read there, not in the library).
THROUGH_CLI = frozenset({"suppression comments"})


def run_shape(linter: object, name: str, text: str) -> int:
    """Check one post of a shape as a user would; the number of findings."""
    if name in THROUGH_CLI:
        from pelisaannot.cli.check import check_post
        from pelisaannot.inputs import Post

        return len(check_post(linter, Post(path="luonnos.txt", id=None, text=text), "generic").findings)  # type: ignore[arg-type]
    return len(linter.check(text))  # type: ignore[attr-defined]


def forget(linter: object) -> None:
    """Empty the caches that would make a second run of the same text cheaper than the first."""
    from pelisaannot.finnish.morphology import get_morphology

    get_morphology()._cached.cache_clear()  # type: ignore[attr-defined]
    for rule in linter.rules:  # type: ignore[attr-defined]
        cache = getattr(rule.check, "_restorations", None)
        if cache is not None:
            cache.clear()
