"""Policy packs load all or nothing; every error names the file, the line and the field."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from pelisaannot import Linter, PolicyError, load_policy

MANIFEST = """\
name: testi
organisation: Testivirasto
version: "1"
document: saannot.md
"""
DOCUMENT = '# Säännöt\n\n<a id="hyvat-tavat"></a>Noudata hyviä tapoja.\n'
RULE = """\
id: TV-TO-001
category: tone
severity: warning
title: Kirosana
message: Kirosana {match} ({lemma}).
clause:
  quote: Noudata hyviä tapoja verkossakin.
  anchor: hyvat-tavat
check:
  kind: lexicon
  words: [perkele]
examples:
  bad: [Perkeleen hyvä päivä.]
  good: [Hyvä päivä.]
"""


def make_pack(root: Path, rules: dict[str, str], manifest: str = MANIFEST, name: str = "testi") -> Path:
    pack = root / name
    pack.mkdir()
    (pack / "pack.yaml").write_text(manifest, encoding="utf-8")
    (pack / "saannot.md").write_text(DOCUMENT, encoding="utf-8")
    for file, text in rules.items():
        (pack / file).write_text(textwrap.dedent(text), encoding="utf-8")
    return pack


def load_error(pack: Path) -> PolicyError:
    with pytest.raises(PolicyError) as info:
        load_policy(pack)
    return info.value


def test_a_valid_pack_loads_and_links_into_its_document(tmp_path: Path) -> None:
    policy = load_policy(make_pack(tmp_path, {"TV-TO-001.yaml": RULE}))
    [rule] = policy.rules
    assert rule.link.endswith("saannot.md#hyvat-tavat") and rule.link.startswith("file://")
    [finding] = Linter(policy).check("Voi perkele.")
    assert finding.message == "Kirosana perkele (perkele)."


def test_base_url_points_links_at_the_published_rule_pages(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, {"TV-TO-001.yaml": RULE}, MANIFEST + "base_url: https://intra.example/some/\n")
    [rule] = load_policy(pack).rules
    assert rule.link == "https://intra.example/some/TV-TO-001.html"
    assert rule.clause_link.startswith("file://") and rule.clause_link.endswith("#hyvat-tavat")


@pytest.mark.parametrize(("rule_text", "line", "field", "words"), [
    (RULE.replace("severity: warning", "severity: warning\ncolour: red"), 4, "colour", "tuntematon kenttä 'colour'"),
    (RULE.replace("title: Kirosana\n", ""), 1, None, "pakollinen kenttä 'title' puuttuu"),
    (RULE.replace("severity: warning", "severity: fatal"), 3, "severity", "'fatal' ei ole mikään näistä"),
    (RULE.replace("kind: lexicon", "kind: telepathy"), 10, "check.kind", "tuntematon tarkistuksen laji 'telepathy'"),
    (RULE.replace("words: [perkele]", "words: [perkele]\n  colour: red"), 12, "check.colour", "tuntematon kenttä"),
    (RULE.replace("kind: lexicon\n  words: [perkele]", "kind: pattern\n  patterns: ['(unclosed']"), 11,
     "check.patterns[0]", "invalid regular expression"),
    (RULE.replace("({lemma})", "({lemmma})"), 5, "message", "tuntematon paikkamerkki {lemmma}"),
    (RULE.replace("anchor: hyvat-tavat", "anchor: ei-ole"), 8, "clause.anchor", "ei ole pelisääntöasiakirjassa"),
    (RULE.replace("id: TV-TO-001", "id: TV-TO-002"), 1, "id", "on oltava sama kuin tiedoston nimi"),
    (RULE.replace("  good: [Hyvä päivä.]\n", ""), 12, "examples", "pakollinen kenttä 'good' puuttuu"),
    (RULE.replace("category: tone", "category: tone\ncategory: style"), 3, "category", "avain esiintyy kahdesti"),
    (RULE.replace("words: [perkele]", "words: [perkele"), None, None, "rikkinäinen YAML"),
])
def test_rule_errors_name_file_line_and_field(tmp_path: Path, rule_text: str, line: int | None, field: str | None,
                                              words: str) -> None:
    error = load_error(make_pack(tmp_path, {"TV-TO-001.yaml": rule_text}))
    assert error.file and error.file.endswith("TV-TO-001.yaml")
    if line is not None:
        assert error.line == line
    if field is not None:
        assert error.field == field
    assert words in str(error)
    assert "\n" not in str(error)


def test_duplicate_ids_in_subfolders_are_rejected(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, {"TV-TO-001.yaml": RULE})
    (pack / "family").mkdir()
    (pack / "family" / "TV-TO-001.yaml").write_text(RULE, encoding="utf-8")
    assert "sääntötunnus 'TV-TO-001' toistuu" in str(load_error(pack))


def test_one_bad_rule_stops_the_whole_pack(tmp_path: Path) -> None:
    good = RULE.replace("TV-TO-001", "TV-TO-002")
    pack = make_pack(tmp_path, {"TV-TO-001.yaml": RULE.replace("warning", "fatal"), "TV-TO-002.yaml": good})
    load_error(pack)


def test_manifest_errors(tmp_path: Path) -> None:
    error = load_error(make_pack(tmp_path, {"TV-TO-001.yaml": RULE}, MANIFEST + "owner: me\n"))
    assert error.file.endswith("pack.yaml") and error.line == 5 and error.field == "owner"


def test_missing_pack_and_folder_without_manifest(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match=r"pelisääntöpakettia ei ole; sisäänrakennetut paketit: .*kela"):
        load_policy("eiole")
    with pytest.raises(PolicyError, match=r"kansiossa ei ole tiedostoa pack\.yaml"):
        load_policy(tmp_path)


def test_extending_a_pack_disables_overrides_and_adds(tmp_path: Path) -> None:
    parent = make_pack(tmp_path, {"TV-TO-001.yaml": RULE, "TV-TO-002.yaml": RULE.replace("TV-TO-001", "TV-TO-002")})
    child_manifest = MANIFEST.replace("testi", "lapsi") + textwrap.dedent(f"""\
        extends: {parent}
        disable: [TV-TO-002]
        override:
          TV-TO-001:
            severity: error
            check: {{words: [perkele, saatana]}}
        """)
    added = RULE.replace("TV-TO-001", "LA-TO-001").replace("perkele]", "hitto]")
    child = make_pack(tmp_path, {"LA-TO-001.yaml": added}, child_manifest, name="lapsi")
    policy = load_policy(child)
    assert [r.id for r in policy.rules] == ["LA-TO-001", "TV-TO-001"]
    assert policy.parents == ("testi",)
    overridden = policy.rule("TV-TO-001")
    assert overridden is not None and overridden.severity == "error"
    rules = {f.rule for f in Linter(policy).check("Saatana ja hitto.")}
    assert rules == {"TV-TO-001", "LA-TO-001"}


def test_extending_the_builtin_pack_by_name(tmp_path: Path) -> None:
    manifest = MANIFEST.replace("testi", "oma") + "extends: kela\ndisable: [FI-TO-001]\n"
    policy = load_policy(make_pack(tmp_path, {}, manifest, name="oma"))
    assert policy.rule("FI-TO-001") is None and policy.rule("FI-CD-001") is not None


@pytest.mark.parametrize(("extra", "words"), [
    ("disable: [TV-XX-999]\n", "perittyä sääntöä 'TV-XX-999' ei ole, joten sitä ei voi poistaa käytöstä"),
    ("override:\n  TV-XX-999: {severity: info}\n", "perittyä sääntöä 'TV-XX-999' ei ole, joten sitä ei voi muuttaa"),
    ("override:\n  TV-TO-001: {severity: fatal}\n", "'fatal' ei ole mikään näistä"),
])
def test_bad_extension_is_an_error(tmp_path: Path, extra: str, words: str) -> None:
    parent = make_pack(tmp_path, {"TV-TO-001.yaml": RULE})
    manifest = MANIFEST.replace("testi", "lapsi") + f"extends: {parent}\n" + extra
    assert words in str(load_error(make_pack(tmp_path, {}, manifest, name="lapsi")))


def test_packs_that_extend_each_other_in_a_circle(tmp_path: Path) -> None:
    a = make_pack(tmp_path, {"TV-TO-001.yaml": RULE}, MANIFEST + "extends: ../b\n", name="a")
    make_pack(tmp_path, {}, MANIFEST + "extends: ../a\n", name="b")
    assert "kehässä" in str(load_error(a))


def test_a_pathological_pattern_cannot_hang(tmp_path: Path) -> None:
    rule = RULE.replace("kind: lexicon\n  words: [perkele]",
                        "kind: pattern\n  timeout_ms: 50\n  patterns: ['^(\\w+\\s?)*\\d$']").replace(
                            "message: Kirosana {match} ({lemma}).", "message: Osuma {match}.")
    policy = load_policy(make_pack(tmp_path, {"TV-TO-001.yaml": rule}))
    assert Linter(policy).check("sana " * 5000 + "!") == []


def test_a_disabled_rule_is_opt_in(tmp_path: Path) -> None:
    policy = load_policy(make_pack(tmp_path, {"TV-TO-001.yaml": RULE + "enabled: false\n"}))
    assert Linter(policy).check("Voi perkele.") == []
    assert [f.rule for f in Linter(policy, select=("TV-TO-001",)).check("Voi perkele.")] == ["TV-TO-001"]
    assert Linter(policy, select=("tone",)).check("Voi perkele.") == []  # a category does not switch it on


def test_an_override_can_switch_an_inherited_rule_on_or_off(tmp_path: Path) -> None:
    parent = make_pack(tmp_path, {"TV-TO-001.yaml": RULE})
    manifest = MANIFEST.replace("testi", "lapsi") + f"extends: {parent}\noverride:\n  TV-TO-001: {{enabled: false}}\n"
    assert Linter(load_policy(make_pack(tmp_path, {}, manifest, name="lapsi"))).check("Voi perkele.") == []


def test_an_overridden_rule_keeps_its_file_and_names_the_override(tmp_path: Path) -> None:
    parent = make_pack(tmp_path, {"TV-TO-001.yaml": RULE})
    manifest = MANIFEST.replace("testi", "lapsi") + f"extends: {parent}\noverride:\n  TV-TO-001: {{severity: error}}\n"
    child = make_pack(tmp_path, {}, manifest, name="lapsi")
    rule = load_policy(child).rule("TV-TO-001")
    assert rule is not None
    assert rule.source == parent / "TV-TO-001.yaml" and rule.overridden_in == child / "pack.yaml"
