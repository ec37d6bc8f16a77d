"""Every hostile shape of issue 11 is checked in linear time: a 10x longer post takes at most 20x longer.

The growth, not the time, is asserted, measured within one run on sizes small enough for CI (a quadratic step
grows 100x at these sizes). Each measurement is the best of three, caches emptied, so that a busy machine
does not fail the test; a failing shape is measured once more before it counts.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from pelisaannot import Linter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from shapes import SHAPES, forget, run_shape

SMALL = 1_500
#: Masked words cost a dictionary look-up per star filling: a smaller post keeps the test quick.
SIZES = {"masked words": 300}
GROWTH_LIMIT = 20
FLOOR = 0.003


@pytest.fixture(scope="module")
def linter() -> Linter:
    linter = Linter.from_policy("kela")
    linter.check("Lämmittely: #kela perkele 040 1234567, Mannerheimintie 12 A 3, 00100 Helsinki. Eräs asiakas.")
    return linter


def _best(linter: Linter, name: str, text: str) -> float:
    times = []
    for _ in range(3):
        forget(linter)
        start = time.perf_counter()
        run_shape(linter, name, text)
        times.append(time.perf_counter() - start)
    return min(times)


@pytest.mark.parametrize("name", list(SHAPES))
def test_ten_times_longer_takes_at_most_twenty_times_longer(linter: Linter, name: str) -> None:
    small = SIZES.get(name, SMALL)
    short, long = SHAPES[name](small), SHAPES[name](small * 10)
    growth = 0.0
    for _ in range(2):
        # A floor under the short time: a few milliseconds are timer and cache noise, not a shape.
        growth = _best(linter, name, long) / max(_best(linter, name, short), FLOOR)
        if growth <= GROWTH_LIMIT:
            break
    assert growth <= GROWTH_LIMIT, f"{name}: 10x the text took {growth:.0f}x the time"


def test_two_sizes_of_each_shape_find_the_same_kind_of_thing(linter: Linter) -> None:
    """The shapes are what they claim: the swearing, addresses and numbers are found at both sizes."""
    for name in ("perkele repeated", "addresses", "phone numbers", "masked words"):
        assert run_shape(linter, name, SHAPES[name](SIZES.get(name, SMALL))) > 0, name
