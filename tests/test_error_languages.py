"""Errors about drafts, configuration files, YAML and packs speak the chosen language (Finnish by default), one
line each, with their machine-readable part (file:line, field) the same in every language."""

from __future__ import annotations

import string
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pelisaannot import i18n
from pelisaannot.config import load_config
from pelisaannot.errors import PelisaannotError
from pelisaannot.inputs import read_posts
from pelisaannot.policy import load_policy
from tests.robust.tinypack import make_pack


@pytest.fixture
def language() -> Iterator[Callable[[str], None]]:
    before = i18n.current()
    yield i18n.use
    i18n.use(before)


def _write(folder: Path, name: str, content: str | bytes) -> str:
    path = folder / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return str(path)


# (what goes wrong, how to make it happen in a folder, the machine-readable start, its catalog key)
CASES: list[tuple[str, Callable[[Path], object], str, str]] = [
    ("missing draft", lambda d: read_posts(str(d / "ei.txt")), "{d}/ei.txt: ", "no_such_file"),
    ("folder as draft", lambda d: read_posts(str(d)), "{d}: ", "is_folder"),
    ("binary draft", lambda d: read_posts(_write(d, "x.txt", b"\x00\x01")), "{d}/x.txt: ", "binary"),
    ("latin-1 draft", lambda d: read_posts(_write(d, "x.txt", "p\xe4iv\xe4".encode("latin-1"))), "{d}/x.txt: ",
     "not_utf8"),
    ("empty draft", lambda d: read_posts(_write(d, "x.txt", "  \n")), "{d}/x.txt: ", "empty_post"),
    ("broken JSON line", lambda d: read_posts(_write(d, "x.jsonl", '{"text": "a"}\n{"text": \n')), "{d}/x.jsonl:2: ",
     "json_invalid"),
    ("JSON line not an object", lambda d: read_posts(_write(d, "x.jsonl", "[1]\n")), "{d}/x.jsonl:1: ",
     "json_object"),
    ("CSV without a text column", lambda d: read_posts(_write(d, "x.csv", "a,b\n1,2\n")), "{d}/x.csv:1: ",
     "csv_header"),
    ("unclosed front matter", lambda d: read_posts(_write(d, "x.md", "---\nplatform: x\nHei\n")), "{d}/x.md:1: ",
     "front_matter_open"),
    ("calendar not a list", lambda d: read_posts(_write(d, "x.yaml", "a: 1\n")), "{d}/x.yaml:1: ",
     "calendar_list"),
    ("missing config", lambda d: load_config(d / "ei.yaml"), "{d}/ei.yaml: ", "no_config"),
    ("config not a mapping", lambda d: load_config(_write(d, "c.yaml", "- 1\n")), "{d}/c.yaml: ",
     "config_mapping"),
    ("unknown config key", lambda d: load_config(_write(d, "c.yaml", "polcy: kela\n")), "{d}/c.yaml:1: polcy: ",
     "unknown_key"),
    ("duplicate YAML key", lambda d: load_config(_write(d, "c.yaml", "policy: kela\npolicy: base\n")),
     "{d}/c.yaml:2: policy: ", "key_twice"),
    ("no pack", lambda d: load_policy(d / "ei"), "{d}/ei: ", "no_pack"),
    ("no manifest", lambda d: load_policy(d), "{d}: ", "no_manifest"),
    ("unknown placeholder", lambda d: load_policy(_bad_rule(d)), "{d}/pack/T-TO-001.yaml:", "unknown_placeholder"),
    # Schema errors: jsonschema's English is worded from the catalog too.
    ("rule without a required field", lambda d: load_policy(_bad_rule(d, "title: Kirosana\n", "")),
     "{d}/pack/T-TO-001.yaml:1: ", "schema_required"),
    ("rule field of the wrong type", lambda d: load_policy(_bad_rule(d, "title: Kirosana", "title: 7")),
     "{d}/pack/T-TO-001.yaml:4: title: ", "schema_type"),
    ("rule field too short", lambda d: load_policy(_bad_rule(d, "title: Kirosana", "title: K")),
     "{d}/pack/T-TO-001.yaml:4: title: ", "schema_min_length"),
    ("rule id of the wrong form", lambda d: load_policy(_bad_rule(d, "id: T-TO-001", "id: t to 1")),
     "{d}/pack/T-TO-001.yaml:1: id: ", "schema_pattern"),
    ("config value of the wrong type", lambda d: load_config(_write(d, "c.yaml", "select: tone\n")),
     "{d}/c.yaml:1: select: ", "schema_type"),
]


def _bad_rule(folder: Path, old: str = "{match}", new: str = "{sana}") -> Path:
    pack = make_pack(folder)
    rule = pack / "T-TO-001.yaml"
    rule.write_text(rule.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return pack


def _fixed_words(key: str, lang: str) -> str:
    """The longest literal text of a catalog entry between its placeholders: what must appear in the message."""
    text = i18n.catalog(lang)["errors"][key]
    return max((literal.strip(" (:") for literal, *_ in string.Formatter().parse(text)), key=len)


@pytest.mark.parametrize(("what", "make", "where", "key"), CASES, ids=[c[0] for c in CASES])
def test_error_in_every_language(tmp_path: Path, language: Callable[[str], None], what: str,
                                 make: Callable[[Path], object], where: str, key: str) -> None:
    seen = {}
    for lang in ("fi", "sv", "en"):
        language(lang)
        with pytest.raises(PelisaannotError) as caught:
            make(tmp_path)
        message = str(caught.value)
        assert "\n" not in message, message
        assert message.startswith(where.format(d=tmp_path)), message
        words = _fixed_words(key, lang)
        assert words in message, f"{what} in {lang}: {words!r} not in {message!r}"
        seen[lang] = message
    assert len(set(seen.values())) == 3, seen


def test_finnish_by_default(tmp_path: Path) -> None:
    assert i18n.current() == "fi"
    with pytest.raises(PelisaannotError, match="tiedostoa ei löydy"):
        read_posts(str(tmp_path / "ei.txt"))


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_error_is_translated(lang: str) -> None:
    finnish = i18n.catalog("fi")["errors"]
    other = i18n.catalog(lang)["errors"]
    assert set(finnish) == set(other)
    for key, text in finnish.items():
        names = {n for _, n, _, _ in string.Formatter().parse(text) if n}
        assert names == {n for _, n, _, _ in string.Formatter().parse(other[key]) if n}, key
        assert other[key] != text or lang == "fi", key
