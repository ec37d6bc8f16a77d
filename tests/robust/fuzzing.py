"""Hypothesis profiles and strategies for the hostile-input suite.

Profiles (select with PELISAANNOT_FUZZ):
- `dev` (default): a tenth of each property's count, about 1,000 examples, for a quick local run.
- `ci` (what `.ci/run` sets): every property's own count, more than 10,000 examples over the suite.
- `long`: a hundred times the CI count, more than a million examples, for a night's run:
  `PELISAANNOT_FUZZ=long python -m pytest -q tests/robust/test_fuzz.py` (or `make fuzz-long`).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

SCALE = {"dev": 0.1, "ci": 1, "long": 100}[os.environ.get("PELISAANNOT_FUZZ", "dev")]


def examples(n: int) -> settings:
    """`n` examples in CI, `n * 100` in the long run; no deadline (a post may meet a slow model load)."""
    return settings(max_examples=max(1, int(n * SCALE)), deadline=None, derandomize=SCALE <= 1,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.data_too_large, HealthCheck.large_base_example])


#: Pieces that make the checks work: customer data, swear words, names, links, markup, suppressions, and
#: the characters careless pasting brings (invisible, bidi, line separators, tabs, CR).
FRAGMENTS = [
    "Asiakas ", "asiakkaani ", "Pekka Virtanen ", "Liisa Mäkelä", "131052-308T", "010203A123B", "040 123 4567",
    "+358 40 1234567", "FI21 1234 5600 0007 85", "matti@gmail.com", "viestinta@kela.fi", "https://kela.fi/x",
    "kela.fi", "#kela", "#Kela2024", "@kelafi", "paska ", "perkele", "idiootti ", "p*ska", "p a s k a", "HUUTO!!!",
    "Kauppakatu 12 B 5, 70100 Kuopio", "78-vuotias ", "masennus", "KELA-SIS-1234", "salasana: hunter2",
    "<!-- pelisaannot: ignore FI-TO-001 -- syy -->", "<!-- pelisaannot: ignore-file -->", "<!--", "-->",
    "\"", "“", "> lainaus\n", "---\n", "\n", "\n\n", "\r\n", "\t", " ", ". ", ", ", "! ", "? ", "…",
    "\u200b", "\u200d", "\u00ad", "\u2060", "\ufeff", "\u202e", "\u202c", "\u2028", "\u0085", "\u00a0",
    "\u2011", "–", "—", "Т", "р", "٣", "😀", "👍🏽", "🇫🇮", "é", "e\u0301", "ﬁ", "Ⅻ",
]

text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=25).map("".join)

#: Characters nobody types inside a word: zero-width, joiners, soft hyphen, word joiner, BOM.
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u00ad", "\u2060", "\ufeff"]
