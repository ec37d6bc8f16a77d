"""The fast language layer answers as py3langid and simplemma do, on every text at hand (counts only, no texts).

    python benchmarks/languages_agreement.py

Texts: every posts-dev draft (files a, b and c), the tweets, treebank sentences and Suomi24 comments of
benchmarks/corpus.py, and the quoted strings of the repository's rules and tests. Language: each whole text, each
sentence and each run of words, as `languages.langid` and py3langid restricted to fi, sv and en see them. Lemmas:
each word (as written, lower-cased and capitalised) in Swedish and in English, from `languages.lemmas` and from
simplemma. Prints how many pieces and words were compared and how many answers differ, and the time of each.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import regex
from corpus import DATA, treebank_sentences, tweets

ROOT = Path(__file__).resolve().parent.parent
POSTS_DEV = ROOT.parent / "shared" / "data" / "posts-dev"


def _texts() -> list[str]:
    texts: list[str] = []
    for path in sorted(POSTS_DEV.glob("posts-dev-*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += tweets() + treebank_sentences()
    suomi24 = DATA / "suomi24-toxicity-dev" / "annotations.jsonl"
    texts += [json.loads(line)["text"] for line in suomi24.read_text(encoding="utf-8").splitlines() if line.strip()]
    for path in [*ROOT.glob("rules/**/*.yaml"), *ROOT.glob("rules/**/*.txt"), *ROOT.glob("tests/**/*.py")]:
        texts += regex.findall(r'"([^"\n]{12,})"', path.read_text(encoding="utf-8"))
    return texts


def languages(texts: list[str]) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from pelisaannot.languages.langid import ReducedIdentifier

    start = time.process_time()
    reduced = ReducedIdentifier()
    reduced_load = time.process_time() - start
    start = time.process_time()
    reference = LanguageIdentifier.from_model_file(MODEL_FILE)
    reference.set_languages(["fi", "sv", "en"])
    reference_load = time.process_time() - start
    pieces = set(texts)
    for text in texts:
        pieces.update(s.strip() for s in regex.split(r"(?<=[.!?])\s+|\n+", text) if s.strip())
        words = regex.findall(r"\w+", text)
        pieces.add(" ".join(words))
        pieces.update(" ".join(words[i:i + 8]) for i in range(0, len(words), 6))
    ordered = sorted(p for p in pieces if p)
    different, langs, ours, theirs = 0, Counter(), 0.0, 0.0
    for piece in ordered:
        start = time.process_time()
        mine = reduced.classify(piece)
        middle = time.process_time()
        expected = reference.classify(piece)[0]
        ours, theirs = ours + middle - start, theirs + time.process_time() - middle
        langs[expected] += 1
        different += mine != expected
    print(f"language: {len(ordered)} pieces ({dict(langs)}), {different} different; load {reduced_load * 1000:.0f} ms "
          f"(py3langid {reference_load * 1000:.0f} ms), {ours / len(ordered) * 1e6:.0f} µs a piece "
          f"(py3langid {theirs / len(ordered) * 1e6:.0f} µs)")


def lemmas(texts: list[str]) -> None:
    import simplemma

    from pelisaannot.languages import lemmas as ours

    words: set[str] = set()
    for text in texts:
        for word in regex.findall(r"[\w'’-]+", text):
            words.update((word, word.lower(), word.capitalize()))
    ordered = sorted(words)
    for lang, word in (("sv", "husen"), ("en", "houses")):
        start = time.process_time()
        ours._lemmatize(word, lang)
        first = time.process_time() - start
        different = sum(ours._lemmatize(w, lang) != simplemma.lemmatize(w, lang=lang) for w in ordered)
        print(f"lemmas ({lang}): {len(ordered)} words, {different} different; the first (dictionary) word "
              f"{first * 1000:.1f} ms")


def main() -> None:
    texts = _texts()
    languages(texts)
    lemmas(texts)


if __name__ == "__main__":
    main()
