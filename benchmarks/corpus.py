"""Real Finnish text for the benchmarks: treebank sentences, tweets and Suomi24 comments from ../shared/data/finnish."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "finnish"


def treebank_sentences() -> list[str]:
    path = DATA / "ud-tdt-dev" / "dev.sentences.txt"
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def tweets() -> list[str]:
    path = DATA / "finnish-tweets-dev" / "tweets.jsonl"
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def forum_comments() -> list[str]:
    """Suomi24 comments (labelled for offensiveness, so many are rude): informal real text of every other kind."""
    path = DATA / "suomi24-toxicity-dev" / "annotations.jsonl"
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
