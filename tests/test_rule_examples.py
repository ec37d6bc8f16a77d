"""Every rule of every built-in pack runs its own examples, and every link resolves to its clause."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlparse

import pytest

from pelisaannot import load_policy
from pelisaannot.examples import check_rule_examples
from pelisaannot.policy import builtin_packs

RULES = [(pack, rule.id) for pack in builtin_packs() for rule in load_policy(pack).rules]


def test_there_are_builtin_packs_with_rules() -> None:
    assert "kela" in builtin_packs()
    categories = {r.category for r in load_policy("kela").rules}
    assert {"customer-data", "confidential", "copyright", "tone", "hashtags"} <= categories


@pytest.mark.parametrize(("pack", "rule_id"), RULES, ids=[f"{p}:{r}" for p, r in RULES])
def test_rule_examples(pack: str, rule_id: str) -> None:
    policy = load_policy(pack)
    rule = policy.rule(rule_id)
    assert rule is not None and rule.bad and rule.good
    failures = check_rule_examples(policy, rule)
    assert not failures, "\n".join(map(str, failures))


@pytest.mark.parametrize(("pack", "rule_id"), RULES, ids=[f"{p}:{r}" for p, r in RULES])
def test_rule_is_documented_and_links_to_its_clause(pack: str, rule_id: str) -> None:
    rule = load_policy(pack).rule(rule_id)
    assert rule is not None
    assert rule.title and rule.quote and rule.message("fi")
    url = urlparse(rule.link)
    assert url.fragment == rule.anchor
    if url.scheme == "file":
        document = unquote(url.path)
        with open(document, encoding="utf-8") as handle:
            text = handle.read()
        assert f'id="{rule.anchor}"' in text or "{#" + rule.anchor + "}" in text
        # the quoted clause really is in the policy document (modulo line breaks and anchors)
        prose = " ".join(re.sub(r'<a id="[^"]*"></a>', "", text).split())
        assert " ".join(rule.quote.split()) in prose
