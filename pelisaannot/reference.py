"""A rule as public data: what `GET /v1/rules`, `pelisaannot docs build` and the page show of it."""

from __future__ import annotations

from typing import Any

from pelisaannot.rule import Rule


def rule_dict(rule: Rule, *, examples: bool = False) -> dict[str, Any]:
    """The rule's id, clause, link and (if asked) examples; never its file paths or compiled check."""
    out: dict[str, Any] = {
        "id": rule.id, "category": rule.category, "severity": rule.severity, "title": rule.title,
        "kind": rule.kind, "pack": rule.pack, "enabled": rule.enabled,
        "platforms": sorted(rule.platforms) if rule.platforms is not None else None,
        "clause": {"section": rule.section, "quote": rule.quote, "anchor": rule.anchor},
        "link": rule.link, "rationale": rule.rationale, "suggestion": rule.suggestion,
        "message": dict(rule.messages), "titles": rule.titles or {"fi": rule.title},
    }
    if examples:
        out["examples"] = {
            "bad": [{"text": e.text, "platform": e.platform, "match": e.match} for e in rule.bad],
            "good": [{"text": e.text, "platform": e.platform} for e in rule.good],
        }
    return out


__all__ = ["rule_dict"]
