"""The built-in packs: `base` holds what every Finnish public body shares, `kela` extends it with its own rules.

An organisation's pack inherits the base rules and overrides their clauses, so that findings quote and link the
organisation's own policy document; a new pack set up from nothing with `init` passes `test-rules` at once.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from pelisaannot import Linter, load_policy
from pelisaannot.cli import cli
from pelisaannot.examples import check_rule_examples
from pelisaannot.policy import builtin_packs

RULES = Path(__file__).resolve().parent.parent / "rules"


@pytest.fixture
def invoke(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The CLI in-process inside `tmp_path`."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PELISAANNOT_POLICY", raising=False)

    def run(*args: str) -> Result:
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)

    return run


def test_builtin_packs() -> None:
    assert {"base", "kela"} <= set(builtin_packs())


@pytest.mark.parametrize("name", builtin_packs())
def test_builtin_packs_pass_the_verification_they_skip_at_load(name: str) -> None:
    """Built-in packs load without schema validation and pattern probes (start-up time); here they get both."""
    verified = load_policy(name, verify=True)
    assert [r.id for r in verified.rules] == [r.id for r in load_policy(name).rules]


def test_base_has_the_shared_rules() -> None:
    base = load_policy("base")
    assert base.parents == ()
    assert all(r.id.startswith("FI-") and r.pack == "base" for r in base.rules)
    assert {"customer-data", "confidential", "copyright", "tone", "hashtags", "security", "platform"} <= {
        r.category for r in base.rules}
    assert base.document == RULES / "base" / "perusta.md"


def test_base_speaks_of_no_organisation() -> None:
    for rule in load_policy("base").rules:
        for text in (rule.message("fi"), rule.quote, rule.section):
            assert "Kela" not in text, (rule.id, text)


def test_kela_extends_base() -> None:
    kela, base = load_policy("kela"), load_policy("base")
    assert kela.parents == ("base",)
    assert {r.id for r in base.rules} < {r.id for r in kela.rules}
    own = {r.id for r in kela.rules if r.pack == "kela"}
    assert own == {"KELA-CF-002", "KELA-CR-005", "KELA-HT-002", "KELA-TO-006", "KELA-TO-010"}  # Kela's settings


@pytest.mark.parametrize("rule_id", [r.id for r in load_policy("base").rules])
def test_kela_quotes_and_links_its_own_rules(rule_id: str) -> None:
    kela_rule, base_rule = load_policy("kela").rule(rule_id), load_policy("base").rule(rule_id)
    assert kela_rule is not None and base_rule is not None
    assert kela_rule.link.startswith((RULES / "kela" / "pelisaannot.md").as_uri() + "#")
    assert base_rule.link.startswith((RULES / "base" / "perusta.md").as_uri() + "#")
    document = (RULES / "kela" / "pelisaannot.md").read_text(encoding="utf-8")
    assert kela_rule.quote.split()[0] in document and kela_rule.quote != base_rule.quote


def test_a_finding_under_kela_quotes_kela() -> None:
    text = "Asiakkaani Matti (131052-308T) soitti taas."
    [under_kela] = Linter.from_policy("kela", select=("FI-CD-001",)).check(text)
    [under_base] = Linter.from_policy("base", select=("FI-CD-001",)).check(text)
    assert under_kela.link.endswith("/rules/kela/pelisaannot.md#vaitiolovelvollisuus")
    assert "Kelan asiointikanaviin" in under_kela.message
    assert under_base.link.endswith("/rules/base/perusta.md#henkilotiedot")
    assert "organisaatiosi asiointikanaviin" in under_base.message


def test_kela_settings_reach_the_inherited_rules() -> None:
    """Kela's public mailbox is allowed under kela; the base pack knows no organisation's mailboxes."""
    text = "Kirjoita osoitteeseen viestinta@kela.fi tai matti.meikalainen@gmail.com."
    under_kela = [f.text for f in Linter.from_policy("kela", select=("FI-CD-004",)).check(text)]
    assert under_kela == ["matti.meikalainen@gmail.com"]


def test_a_new_organisation_from_nothing(invoke, tmp_path: Path) -> None:
    """`init` + `test-rules`: a pack of one's own that extends base works at once, and its settings apply."""
    result = invoke("init", "rules/virasto", "--organisation", "Esimerkkivirasto")
    assert result.exit_code == 0, result.output
    folder = tmp_path / "rules" / "virasto"
    manifest = yaml.safe_load((folder / "pack.yaml").read_text(encoding="utf-8"))
    assert manifest["extends"] == "base"
    selftest = invoke("test-rules", "rules/virasto")
    assert selftest.exit_code == 0, selftest.output
    assert selftest.output.rstrip().endswith(" 0 epäonnistui")

    # The organisation quotes its own rule for an inherited rule and allows its own public mailbox.
    (folder / "pelisaannot.md").write_text(
        (folder / "pelisaannot.md").read_text(encoding="utf-8")
        + '\n<a id="tietosuoja"></a>Älä julkaise kenenkään yhteystietoja.\n', encoding="utf-8")
    manifest["override"] = {"FI-CD-001": {"clause": {"section": "Tietosuoja", "anchor": "tietosuoja",
                                                     "quote": "Älä julkaise kenenkään yhteystietoja."}}}
    manifest["settings"] = {"allow": ["liisa.lehdistovastaava@virasto.example"]}
    (folder / "pack.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True, sort_keys=False),
                                      encoding="utf-8")
    policy = load_policy(folder)
    assert policy.parents == ("base",)
    assert invoke("test-rules", "rules/virasto").exit_code == 0
    [finding] = Linter(policy, select=("FI-CD-004",)).check(
        "Kirjoita liisa.lehdistovastaava@virasto.example tai matti.meikalainen@gmail.com")
    assert finding.text == "matti.meikalainen@gmail.com"  # the pack's settings reach a rule it did not override
    assert len(Linter.from_policy("base", select=("FI-CD-004",)).check("liisa.lehdistovastaava@virasto.example")) == 1
    [hetu] = Linter(policy, select=("FI-CD-001",)).check("Hetu 131052-308T")
    assert hetu.link.endswith("/rules/virasto/pelisaannot.md#tietosuoja")
    assert not check_rule_examples(policy, policy.rule("FI-TO-001"))  # word lists still read from base


def test_an_override_can_change_the_check_and_its_examples() -> None:
    """Kela's own copyright mark is not someone else's content under kela; base knows no organisation's mark."""
    text = "Uusi esite julkaistu! © Kela 2024"
    assert Linter.from_policy("kela", select=("FI-CR-001",)).check(text) == []
    assert [f.text for f in Linter.from_policy("base", select=("FI-CR-001",)).check(text)] == ["© Kela 2024"]
