"""One engine behind every door: the library applies configuration, suppressions, platform and language as the
CLI does, redacts with operators, and its documentation's example runs."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import pelisaannot
from pelisaannot import Linter, PelisaannotError, load_config, redact
from pelisaannot.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
CONFIG = """\
policy: kela
severity: {FI-HT: info, FI-TO-001: error}
allow: ['040 765 4321']
allow-names: [Aino Ahonen]
per-path-ignores: {'kampanjat/*.md': [FI-HT-001]}
"""
DRAFTS = {
    "luonnos.md": "Asiakkaani Matti (131052-308T) soitti numerosta 040 765 4321. #a #b #c #d #e #f\n",
    "kampanjat/syksy.md": "Voi perkele mikä päivä! #a #b #c #d #e #f\n",
    "lainaus.md": ("<!-- pelisaannot: ignore FI-TO-001 -- lainaus asiakkaan palautteesta -->\n"
                   "\"Perkele, miten hidasta!\" Aino Ahonen kiitti.\n"
                   "<!-- pelisaannot: ignore FI-XX -->\nSaatana.\n"),
}


@pytest.mark.parametrize("block", re.findall(r"```python\n(.*?)```", (ROOT / "docs" / "api.md").read_text("utf-8"),
                                             re.DOTALL))
def test_docs_api_examples_run(block: str) -> None:
    exec(compile(block, "docs/api.md", "exec"), {})


def test_library_gives_the_cli_answer_with_config_and_suppressions(tmp_path: Path) -> None:
    (tmp_path / ".pelisaannot.yaml").write_text(CONFIG, encoding="utf-8")
    for name, text in DRAFTS.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pelisaannot", "check", "--format", "json", *DRAFTS],
                            cwd=tmp_path, capture_output=True, text=True, timeout=300,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    linter = Linter.from_config(load_config(cwd=tmp_path))
    for name, text in DRAFTS.items():
        checked = linter.check_post(text, path=str(tmp_path / name))
        ours = [(f.rule, f.severity, f.start, f.end, f.message) for f in checked.findings]
        theirs = [(f["rule"], f["severity"], f["start"], f["end"], f["message"]) for f in report["findings"]
                  if f["path"] == name]
        assert ours == theirs, name
        assert [s.finding.rule for s in checked.suppressed] == [s["rule"] for s in report["suppressed"]
                                                                 if s["path"] == name]
    # what the configuration did, seen through the library
    by_name = {name: linter.check_post(text, path=str(tmp_path / name)) for name, text in DRAFTS.items()}
    assert "FI-HT-001" not in [f.rule for f in by_name["kampanjat/syksy.md"].findings]
    assert {f.severity for f in by_name["kampanjat/syksy.md"].findings if f.rule == "FI-TO-001"} == {"error"}
    assert {f.severity for f in by_name["luonnos.md"].findings if f.rule.startswith("FI-HT")} == {"info"}
    assert not any("040 765 4321" in f.text for f in by_name["luonnos.md"].findings)
    assert {"PELI-SUP-001", "PELI-SUP-003"} <= {f.rule for f in by_name["lainaus.md"].findings}


def test_check_applies_inline_suppressions(linter: Linter) -> None:
    text = "<!-- pelisaannot: ignore-file FI-TO-001 -- elokuvan nimi -->\nPerkele!"
    assert "FI-TO-001" not in [f.rule for f in linter.check(text)]
    checked = linter.check_post(text)
    assert [(s.finding.rule, s.reason) for s in checked.suppressed] == [("FI-TO-001", "elokuvan nimi")]
    assert [s.finding.rule for s in linter.check_post("Perkele!", suppress=["FI-TO -- lainaus"]).suppressed] \
        == ["FI-TO-001"]


def test_unknown_platform_raises(linter: Linter) -> None:
    with pytest.raises(InputError, match="unknown platform 'tiktok'"):
        linter.check("Hei", platform="tiktok")


def test_lang_picks_or_raises(kela: pelisaannot.Policy) -> None:
    with pytest.raises(PelisaannotError, match="unknown language 'de'"):
        Linter(kela, lang="de")
    untranslated = [r.id for r in kela.rules if "sv" not in r.messages]
    if untranslated:
        with pytest.raises(PelisaannotError, match="no 'sv' message"):
            Linter(kela, lang="sv")
    [rule] = [r for r in kela.rules if r.id == "FI-CD-001"]
    if "en" in rule.messages:
        [finding] = Linter(kela, select=("FI-CD-001",), lang="en").check("Hetu 131052-308T")
        assert finding.message != Linter(kela, select=("FI-CD-001",)).check("Hetu 131052-308T")[0].message


@pytest.mark.parametrize(("operator", "expected"), [
    ("replace", "Asiakkaani [nimi] ([henkilötunnus]) soitti."),
    ("mask", "Asiakkaani ***** ******** (***********) soitti."),
    ("initials", "Asiakkaani P. V. ([henkilötunnus]) soitti."),
])
def test_redact_operators(linter: Linter, operator: str, expected: str) -> None:
    assert redact("Asiakkaani Pekka Virtanen (131052-308T) soitti.", linter, operator=operator) == expected


def test_redact_rejects_unknown_operator_and_bad_mask(linter: Linter) -> None:
    with pytest.raises(ValueError, match="unknown redaction operator"):
        redact("Hei", linter, operator="hash")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="one character"):
        redact("Hei", linter, operator="mask", mask_char="**")


def test_public_names_are_exported_and_typed() -> None:
    assert (ROOT / "pelisaannot" / "py.typed").is_file()
    for name in pelisaannot.__all__:
        assert getattr(pelisaannot, name) is not None, name
    assert pelisaannot.redact is redact


def test_a_pickled_linter_finds_what_the_original_finds(kela: pelisaannot.Policy) -> None:
    """multiprocessing with `spawn` (macOS, Windows) pickles the linter: a linter that has checked posts must
    pickle, and the copy must find the same things on every rule's examples (a trie marker compared by identity
    once made a pickled copy crash in provenance; a hashtag rule's cached reader held voikko's C library)."""
    import pickle

    linter = Linter(kela)
    examples = [e for rule in kela.rules for e in (*rule.bad, *rule.good)]
    assert len(examples) > 500
    want = [[(f.rule, f.start, f.end) for f in linter.check(e.text, e.platform)] for e in examples]
    copy = pickle.loads(pickle.dumps(linter))
    for example, found in zip(examples, want, strict=True):
        assert [(f.rule, f.start, f.end) for f in copy.check(example.text, example.platform)] == found, example.text


def test_a_quoted_match_is_quoted_once_in_its_message(kela: pelisaannot.Policy) -> None:
    """Messages put the matched words in quotes; a match that carries its own quotes must not read ""x""."""
    finding = Linter(kela, select=("KELA-TO-010",)).check('Kiitos esimiehelle taas "upeasta" johtamisesta.')[0]
    assert finding.text == '"upeasta"'
    assert '"upeasta"' in finding.message and '""' not in finding.message
