"""Every built-in rule speaks Finnish, Swedish and English, and a Swedish or English finding is Swedish or
English throughout: the placeholder values a check fills in (`{what}`, `{reason}`, `{details}`) come in the
finding's language, not as a Finnish phrase in the middle of a Swedish sentence."""

from __future__ import annotations

import dataclasses
import string
from functools import cache

import pytest
import regex

from pelisaannot import Linter, load_policy
from pelisaannot.document import Document
from pelisaannot.errors import PelisaannotError
from pelisaannot.finding import Finding
from pelisaannot.localised import LANGUAGES, Text
from pelisaannot.policy import Policy, builtin_packs
from pelisaannot.rule import Rule

RULES = [(pack, rule.id) for pack in builtin_packs() for rule in load_policy(pack).rules]
WORD_RE = regex.compile(r"\p{L}[\p{L}-]*")


@cache
def _policy(pack: str) -> Policy:
    return load_policy(pack)


@cache
def _linter(pack: str, lang: str) -> Linter:
    policy = _policy(pack)
    return Linter(policy, select=tuple(r.id for r in policy.rules), lang=lang)


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD_RE.findall(text)}


def _draft_words(text: str) -> set[str]:
    """The draft's words and their base forms: `{match}`, `{lemma}`, `{target}` and lists of the draft's words."""
    doc = Document(text)
    return _words(text) | {lemma.lower() for token in doc.tokens for lemma in doc.lemmas(token)}


def _template_words(template: str) -> set[str]:
    return _words(" ".join(literal for literal, *_ in string.Formatter().parse(template)))


def _findings(pack: str, rule: Rule, lang: str) -> list[tuple[str, Finding]]:
    out = []
    for example in rule.bad:
        found = _linter(pack, lang).check_post(example.text, example.platform, inline=False).findings
        out += [(example.text, f) for f in found if f.rule == rule.id]
    return out


@pytest.mark.parametrize(("pack", "rule_id"), RULES, ids=[f"{p}:{r}" for p, r in RULES])
def test_rule_has_every_language(pack: str, rule_id: str) -> None:
    rule = _policy(pack).rule(rule_id)
    assert rule is not None
    for lang in LANGUAGES:
        assert lang in rule.messages and lang in rule.titles, f"{rule_id}: no {lang} message or title"
        assert set(_template_words(rule.messages[lang])) != set(_template_words(rule.messages["fi"])) or lang == "fi"
        if rule.suggestions:
            assert lang in rule.suggestions


#: Placeholders whose value is the draft's own words or the pack's names, the same in every language: the
#: listed word's base form, the target of a remark, a protected source's file name, a library hashtag, a platform.
VERBATIM = frozenset({"lemma", "target", "judgement", "name", "source", "suggestion", "platform", "cues"})


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name and name != "match"}


@pytest.mark.parametrize(("pack", "rule_id"), RULES, ids=[f"{p}:{r}" for p, r in RULES])
def test_placeholder_values_come_in_every_language(pack: str, rule_id: str) -> None:
    """Every value a rule's message shows is a `Text` translated into Swedish and English, or the draft's own
    words (or, for the VERBATIM placeholders, the pack's names)."""
    rule = _policy(pack).rule(rule_id)
    assert rule is not None
    shown = _placeholders(rule.messages["fi"])
    for example in rule.bad:
        doc = Document(example.text, platform=example.platform)
        own = _draft_words(example.text)
        for match in rule.check.run(doc):
            for name in shown - VERBATIM:
                value = match.values.get(name)
                if not isinstance(value, str) or not _words(value) - own:
                    continue  # a number, or nothing but the draft's own words
                assert isinstance(value, Text), f"{rule_id}: {{{name}}} = {value!r} is Finnish only"
                for lang in ("sv", "en"):
                    assert value.get(lang) != value.get("fi"), f"{rule_id}: {{{name}}} = {value!r} has no {lang}"


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize(("pack", "rule_id"), RULES, ids=[f"{p}:{r}" for p, r in RULES])
def test_findings_speak_the_language(pack: str, rule_id: str, lang: str) -> None:
    """Each bad example's finding in Swedish and English: the same place, the title and message in that language,
    no placeholder left unfilled, and no word of the Finnish template in it (but the draft's own)."""
    rule = _policy(pack).rule(rule_id)
    assert rule is not None
    finnish = _findings(pack, rule, "fi")
    other = _findings(pack, rule, lang)
    assert other and len(finnish) == len(other), f"{rule_id}: bad examples reported differently in {lang}"
    finnish_only = _template_words(rule.messages["fi"]) - _template_words(rule.messages[lang])
    for (text, fi), (_, found) in zip(finnish, other, strict=True):
        assert (fi.start, fi.end) == (found.start, found.end)
        assert "{" not in found.message or "{" in text, found.message
        assert found.title == rule.titles[lang]
        # A suggested replacement is a word for the draft, in the draft's language (`Förslag: harmittaa.`).
        leaked = sorted((_words(found.message) - _draft_words(text) - _words(found.suggestion or "")) & finnish_only)
        assert not leaked, f"{rule_id} in {lang}: Finnish words {leaked} in {found.message!r}"


def test_text_values_pick_the_language() -> None:
    text = Text("{n} hashtagia", "{n} hashtaggar", "{n} hashtags").fill(n=3)
    assert (str(text), text.get("sv"), text.get("en")) == ("3 hashtagia", "3 hashtaggar", "3 hashtags")
    assert Text.of({"fi": "kuva", "en": "picture"}).get("sv") == "kuva"
    assert Text.join(", ", [Text("a", "b", "c"), "d"]).get("en") == "c, d"


def test_a_pack_of_ones_own_may_be_finnish_only() -> None:
    """A rule with a Finnish message only: the library raises for sv, the CLI's `fallback` speaks Finnish."""
    policy = _policy("kela")
    rule = policy.rule("FI-CD-001")
    assert rule is not None
    finnish_only = dataclasses.replace(policy, rules=(dataclasses.replace(rule, messages={"fi": rule.messages["fi"]},
                                                                           titles={"fi": rule.title}),))
    with pytest.raises(PelisaannotError, match="no 'sv' message"):
        Linter(finnish_only, lang="sv")
    [finding] = Linter(finnish_only, lang="sv", fallback=True).check("Hetu 131052-308T")
    assert finding.message.startswith("Luonnoksessa on henkilötunnus") and finding.title == rule.title
