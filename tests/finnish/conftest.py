"""The morphology the spoken-Finnish tests run on: each of the two voikko bindings, skipped where it is missing."""

from __future__ import annotations

import pytest

from pelisaannot.finnish.morphology import (
    LibvoikkoMorphology,
    Morphology,
    MorphologyUnavailable,
    PyvoikkoMorphology,
)


@pytest.fixture(scope="module", params=["libvoikko", "pyvoikko"])
def morphology(request: pytest.FixtureRequest) -> Morphology:
    factory = {"libvoikko": LibvoikkoMorphology, "pyvoikko": PyvoikkoMorphology}[request.param]
    try:
        return factory()
    except MorphologyUnavailable as exc:
        pytest.skip(f"{request.param} unavailable: {exc}")
