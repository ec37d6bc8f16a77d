"""No phrase of the labelled drafts in ../shared/data/posts-dev leaks into a rule, its examples or its word lists.

The drafts measure whether a rule recognises a concept however people phrase it; a rule that carries one of their
phrases scores on them and on nothing else. Single words are vocabulary and may be shared; five words in a row
are a copied phrase (web addresses aside: the organisation's own pages are named everywhere).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex

from pelisaannot.document import URL_RE
from pelisaannot.policy import builtin_packs_dir

POSTS = Path(__file__).resolve().parents[2] / "shared" / "data" / "posts-dev"
RUN = 5  # words in a row that make a copied phrase
WORD = regex.compile(r"[\p{L}\p{N}]+")


def _runs(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in WORD.findall(URL_RE.sub(" ", text))]  # a shared address is no phrase
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


@pytest.mark.skipif(not POSTS.is_dir(), reason="needs ../shared/data/posts-dev")
def test_no_rule_file_or_list_repeats_a_labelled_draft() -> None:
    drafts: set[tuple[str, ...]] = set()
    for path in sorted(POSTS.glob("posts-dev-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                drafts |= _runs(json.loads(line)["text"])
    leaks = []
    for path in sorted(builtin_packs_dir().rglob("*")):
        if path.suffix in {".yaml", ".txt"} and path.is_file():
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                for run in _runs(line) & drafts:
                    leaks.append(f"{path.relative_to(builtin_packs_dir())}:{number}: {' '.join(run)}")
    assert not leaks, "phrases of posts-dev drafts in the packs:\n" + "\n".join(leaks[:40])
