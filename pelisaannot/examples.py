"""Runs every rule's own examples: bad posts must trigger it (on the expected span), good ones must not.

Used by `pelisaannot test-rules` and by the test suite, so a pack's examples are its tests.
"""

from __future__ import annotations

from dataclasses import dataclass

from pelisaannot.engine import Linter
from pelisaannot.i18n import t
from pelisaannot.policy import Policy
from pelisaannot.rule import Example, Rule


@dataclass(frozen=True, slots=True)
class ExampleFailure:
    rule: str
    kind: str  # "bad" or "good"
    example: Example
    problem: str  # in the language of the messages (`i18n.current()`)

    def __str__(self) -> str:
        return f"{self.rule} [{self.kind}] {self.problem}: {self.example.text!r}"


def check_rule_examples(policy: Policy, rule: Rule) -> list[ExampleFailure]:
    """The failures of one rule's examples, run with that rule alone."""
    linter = Linter(policy, select=(rule.id,))
    failures: list[ExampleFailure] = []
    for example in rule.bad:
        found = [f for f in linter.check(example.text, example.platform) if f.rule == rule.id]
        if not found:
            failures.append(ExampleFailure(rule.id, "bad", example, t("test_rules_no_finding")))
        elif example.match is not None and example.match not in [f.text for f in found]:
            got = ", ".join(repr(f.text) for f in found)
            failures.append(ExampleFailure(rule.id, "bad", example,
                                          t("test_rules_wrong_span", expected=repr(example.match), got=got)))
    for example in rule.good:
        found = [f for f in linter.check(example.text, example.platform) if f.rule == rule.id]
        if found:
            got = ", ".join(repr(f.text) for f in found)
            failures.append(ExampleFailure(rule.id, "good", example, t("test_rules_unexpected", got=got)))
    return failures


def check_examples(policy: Policy) -> list[ExampleFailure]:
    """The failures of every rule's examples in a policy."""
    return [failure for rule in policy.rules for failure in check_rule_examples(policy, rule)]
