"""Swedish and English lemmas from simplemma's dictionaries on disk (`languages.disktable`) are simplemma's own."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
import simplemma

from pelisaannot import load_policy
from pelisaannot.languages import disktable, lemmas
from pelisaannot.languages.disktable import DiskTable, simplemma_table, write_table
from pelisaannot.policy import builtin_packs, builtin_packs_dir

# Forms that take each path of simplemma's pipeline: dictionary words in any case, numbers, apostrophes, hyphens,
# compounds the dictionary lacks, clitics, typos, Finnish words in a Swedish sentence, emoji and digits.
TRICKY = [
    "Lösenordet", "LÖSENORDET", "lösenorden", "kundernas", "kundtjänstens", "sjukförsäkringsärendet", "pappa's",
    "Kela's", "it-stödet", "e-posten", "don't", "can’t", "we'll", "passwords", "Passwords", "PASSWORDS", "emails",
    "re-sent", "customer-facing", "whistleblowers", "12", "2024", "½", "٣", "Ⅻ", "x", "a", "hakemuksesi", "kiitos",
    "jävligt", "jävla", "skitbra", "fucking", "f*cking", "ärendet:", "sååå", "😀", "#tack", "@kela", "3rd", "ii",
]


def _policy_words() -> list[str]:
    """Every word of the built-in packs' list files and rule examples: what the rules read and are tried on."""
    texts = [p.read_text(encoding="utf-8") for p in builtin_packs_dir().rglob("*.txt")]
    texts += [e.text for pack in builtin_packs() for rule in load_policy(pack).rules for e in (*rule.bad, *rule.good)]
    words = {w for text in texts for w in regex.findall(r"[\w'’-]+", text)}
    return sorted(words | {w.capitalize() for w in words} | {w.lower() for w in words})


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_lemmas_are_simplemmas(lang: str) -> None:
    words = TRICKY + _policy_words()
    assert len(words) > 2000
    assert simplemma_table(lang) is not None, "no table: is the cache folder writable?"
    different = [w for w in words if lemmas._lemmatize(w, lang) != simplemma.lemmatize(w, lang=lang)]
    assert not different, different[:10]


def test_the_installed_simplemma_answers_dictionary_words_first() -> None:
    """A new simplemma: check its pipeline still looks a word up before anything else, then add its version."""
    assert simplemma.__version__ in lemmas.DICTIONARY_FIRST


def test_a_table_holds_its_entries(tmp_path: Path) -> None:
    entries = {f"sana{i}".encode(): f"lemma{i % 7}".encode() for i in range(1000)}
    entries["åäö".encode()] = b""
    entries[b"x"] = "Ö".encode()
    write_table(tmp_path / "t", entries, {"version": "test"})
    table = DiskTable(tmp_path / "t")
    assert len(table) == len(entries)
    assert all(table.get(k.decode()) == v.decode() for k, v in entries.items())
    assert table.get("åäö") == ""
    assert table.get("sana") is None and table.get("sana10000") is None and table.get("ana1") is None
    assert table.get("sana1\x01lemma1") is None and table.get("") is None
    assert sorted(table.keys()) == sorted(k.decode() for k in entries)


def test_a_table_refuses_its_separators(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_table(tmp_path / "t", {b"a\x01b": b"c"}, {"version": "test"})
    with pytest.raises(ValueError):
        write_table(tmp_path / "t", {b"a": b"c\x00"}, {"version": "test"})


def test_a_broken_table_is_built_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PELISAANNOT_CACHE_DIR", str(tmp_path))
    simplemma_table.cache_clear()
    try:
        assert simplemma_table("en") is not None
        (table,) = tmp_path.glob("simplemma-en-*.table")
        table.write_bytes(table.read_bytes()[:1000])
        simplemma_table.cache_clear()
        assert simplemma_table("en") is not None and simplemma_table("en").get("passwords") == "password"
    finally:
        simplemma_table.cache_clear()


def test_without_a_cache_folder_simplemma_works_as_it_comes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PELISAANNOT_CACHE_DIR", "")
    simplemma_table.cache_clear()
    try:
        assert disktable.cache_dir() is None and simplemma_table("en") is None
        assert lemmas._lemmatize("passwords", "en") == "password"
    finally:
        simplemma_table.cache_clear()
