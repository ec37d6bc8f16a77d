"""Policy packs: a folder of YAML rules plus a manifest, loaded and validated all or nothing.

A pack is `pack.yaml` (name, organisation, version, the policy document, optional `extends`,
`disable`, `override`, `settings`) and one `<ID>.yaml` per rule, in the folder or a sub-folder.
Every file is validated against the JSON Schemas in `pelisaannot/schema/`; an error names the
file, the line and the field, and nothing of the pack is used.
"""

from __future__ import annotations

import copy
import json
import string
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex
import yaml

from pelisaannot.checks import KINDS, CheckConfigError, PackContext
from pelisaannot.checks.base import Check, read_pack_file
from pelisaannot.errors import PolicyError
from pelisaannot.i18n import error_text
from pelisaannot.rule import Example, Rule
from pelisaannot.schema_errors import describe
from pelisaannot.yamlfile import dotted, line_of, load_yaml

if TYPE_CHECKING:
    import jsonschema

SCHEMA_DIR = Path(__file__).parent / "schema"
MANIFEST = "pack.yaml"


@dataclass(frozen=True, slots=True)
class Policy:
    """An immutable, validated set of rules with what it needs to link each rule to its clause."""

    name: str
    organisation: str
    version: str
    directory: Path
    document: Path
    rules: tuple[Rule, ...]
    settings: dict[str, Any] = field(default_factory=dict)
    parents: tuple[str, ...] = ()
    #: The folders of this pack and of the packs it extends: the only places its checks may read.
    roots: tuple[Path, ...] = ()

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def builtin_packs_dir() -> Path:
    """Where the built-in packs are: inside the installed package, or `rules/` in a checkout."""
    installed = Path(__file__).parent / "packs"
    return installed if installed.is_dir() else Path(__file__).parent.parent / "rules"


def builtin_packs() -> list[str]:
    root = builtin_packs_dir()
    return sorted(p.parent.name for p in root.glob(f"*/{MANIFEST}")) if root.is_dir() else []


def resolve_pack(spec: str | Path, relative_to: Path | None = None) -> Path:
    """A pack folder from a built-in name or a path; a clear error when it is neither."""
    path = Path(spec)
    if relative_to is not None and not path.is_absolute():
        candidate = relative_to / path
        if (candidate / MANIFEST).is_file():
            return candidate.resolve()
    if (path / MANIFEST).is_file():
        return path.resolve()
    builtin = builtin_packs_dir() / str(spec)
    if (builtin / MANIFEST).is_file():
        return builtin.resolve()
    if path.is_dir():
        raise PolicyError(error_text("no_manifest", manifest=MANIFEST), file=str(path))
    raise PolicyError(error_text("no_pack", packs=", ".join(builtin_packs()) or "-"), file=str(spec))


def load_policy(spec: str | Path = "kela", *, verify: bool | None = None) -> Policy:
    """Load and validate a pack (and the packs it extends) by built-in name or folder path.

    `verify` (schema validation of every file, slow-pattern probes) defaults to every pack but the built-in
    ones: those ship inside the package and the test suite verifies them (tests/test_packs.py), so a
    pre-commit hook does not pay for it on every commit.
    """
    policy = _load(resolve_pack(spec), (), verify)
    return replace(policy, rules=tuple(replace(r, check=r.check.build()) if isinstance(r.check, _Pending) else r
                                       for r in policy.rules))


@dataclass(frozen=True, slots=True)
class _Pending:
    """A rule's check, validated but not compiled yet: the pack that extends this one may compile it with its
    own settings, override or disable it, so each check is compiled once, for the policy actually used."""

    kind: str
    params: dict[str, Any]
    context: PackContext
    fail: Callable[[CheckConfigError], PolicyError]

    def build(self) -> Check:
        try:
            return KINDS[self.kind](self.params, self.context)
        except CheckConfigError as exc:
            raise self.fail(exc) from None

    def with_settings(self, context: PackContext, fail: Callable[[CheckConfigError], PolicyError]) -> _Pending:
        """The same check under an extending pack's settings; an error that is the rule's own stays its own."""

        def blame(exc: CheckConfigError) -> PolicyError:
            self.build()  # raises the rule's own error, if it has one without these settings
            return fail(exc)

        return _Pending(self.kind, self.params, context, blame)


@cache
def _validator(name: str) -> jsonschema.protocols.Validator:
    import jsonschema  # only when a pack is verified: a fifth of the start-up time otherwise
    from referencing import Registry, Resource

    def resource(file: Path) -> Resource:
        return Resource.from_contents(json.loads(file.read_text(encoding="utf-8")))

    registry: Registry = Registry().with_resource("context.json", resource(SCHEMA_DIR / "checks/context.json"))
    schema = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, registry=registry)


def _validate(name: str, data: Any, node: yaml.Node | None, file: Path, prefix: tuple[str | int, ...] = ()) -> None:
    errors = sorted(_validator(name).iter_errors(data), key=lambda e: (len(e.absolute_path), str(e.path)))
    if not errors:
        return
    error = errors[0]
    path = [*prefix, *error.absolute_path]
    message = describe(error)
    if error.validator == "additionalProperties":
        unknown = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        if unknown:
            path.append(unknown[0])
            allowed = ", ".join(sorted(error.schema.get("properties", {})))
            message = error_text("unknown_field", field=unknown[0], allowed=allowed)
    raise PolicyError(message, file=str(file), line=line_of(node, [p for p in path]), field=dotted(path) or None)


def _anchors(text: str) -> set[str]:
    """Anchors a Markdown policy document defines: explicit `id="..."` and `{#...}` markers."""
    return set(regex.findall(r'id="([a-z0-9-]+)"', text)) | set(regex.findall(r"\{#([a-z0-9-]+)\}", text))


def _builtin(directory: Path) -> bool:
    return directory.resolve().is_relative_to(builtin_packs_dir().resolve())


def _load(directory: Path, chain: tuple[Path, ...], verify: bool | None) -> Policy:
    if directory in chain:
        raise PolicyError(error_text("circle", chain=" -> ".join(p.name for p in chain)),
                          file=str(directory / MANIFEST))
    manifest_path = directory / MANIFEST
    if not manifest_path.resolve().is_relative_to(directory.resolve()):
        raise PolicyError(error_text("manifest_leaves"),
                          file=str(manifest_path))
    builtin = _builtin(directory)
    checked = not builtin if verify is None else verify
    # A built-in pack's files skip the YAML safety walks too (the test suite loads them verified).
    trusted = builtin and not checked
    manifest, node = load_yaml(manifest_path, trusted=trusted)
    if not isinstance(manifest, dict):
        raise PolicyError(error_text("manifest_mapping"), file=str(manifest_path))
    if checked:
        _validate("pack.schema.json", manifest, node, manifest_path)
    own_root = PackContext(directory, verify=checked)
    try:
        document = own_root.path(manifest["document"], "document")
        if not document.is_file():
            raise CheckConfigError("document", error_text("no_document"))
        anchors = _anchors(read_pack_file(document, manifest["document"], "document", "policy document"))
    except CheckConfigError as exc:
        raise PolicyError(str(exc), file=str(manifest_path), line=line_of(node, ["document"]),
                          field="document") from None
    base = document.as_uri()
    settings = dict(manifest.get("settings", {}))

    inherited: dict[str, Rule] = {}
    parents: tuple[str, ...] = ()
    roots: tuple[Path, ...] = (directory,)
    if "extends" in manifest:
        parent = _load(resolve_pack(manifest["extends"], directory), (*chain, directory), verify)
        parents = (parent.name, *parent.parents)
        roots = (directory, *parent.roots)
        inherited = {r.id: r for r in parent.rules}
        settings = _merge(parent.settings, settings)
        for i, rule_id in enumerate(manifest.get("disable", [])):
            if inherited.pop(rule_id, None) is None:
                raise PolicyError(error_text("no_rule_to_disable", rule=rule_id), file=str(manifest_path),
                                  line=line_of(node, ["disable", i]), field=f"disable[{i}]")
    elif manifest.get("disable") or manifest.get("override"):
        raise PolicyError(error_text("needs_extends"), file=str(manifest_path),
                          line=line_of(node, ["disable" if manifest.get("disable") else "override"]))

    context = PackContext(directory, settings, roots, checked)
    rules: dict[str, Rule] = dict(inherited)
    if manifest.get("settings"):
        # Checks read the pack's settings when compiled: inherited rules are compiled again with this pack's
        # settings merged in (its public numbers, names, hashtag library), still reading their own pack's files.
        # (Compiled once, at the end: `_Pending`.)
        def unsettled(exc: CheckConfigError) -> PolicyError:
            return PolicyError(error_text("inherited_settings", problem=exc), file=str(manifest_path),
                               line=line_of(node, ["settings"]), field="settings")

        # Settings from a pack that is verified are verified in the inherited rules too (its own patterns).
        rules = {rule_id: replace(rule, check=_pending(rule).with_settings(
                     PackContext(rule.home, settings, roots, checked or _pending(rule).context.verify), unsettled))
                 for rule_id, rule in inherited.items()}
    for rule_id, changes in manifest.get("override", {}).items():
        if rule_id not in inherited:
            raise PolicyError(error_text("no_rule_to_override", rule=rule_id), file=str(manifest_path),
                              line=line_of(node, ["override", rule_id]), field=f"override.{rule_id}")
        parent_rule = inherited[rule_id]
        data = _merge(parent_rule.raw, changes)
        for key in ("title", "message", "suggestion"):
            if key in changes:  # a new Finnish text must not keep the parent's Swedish and English ones
                data[key] = _copy(changes[key])
        # A rule whose clause is overridden links into this pack's document; otherwise into its parent's.
        own_clause = "clause" in changes
        rebuilt = _build_rule(data, node, manifest_path, PackContext(parent_rule.home, settings, roots, checked),
                              base if own_clause else parent_rule.clause_link.split("#")[0],
                              anchors if own_clause else None, parent_rule.pack,
                              prefix=("override", rule_id))
        rules[rule_id] = replace(rebuilt, source=parent_rule.source, overridden_in=manifest_path)

    own: dict[str, Path] = {}
    for file in sorted(directory.rglob("*.yaml")):
        if file == manifest_path or file.name.endswith(".examples.yaml"):
            continue
        if not file.resolve().is_relative_to(directory.resolve()):
            raise PolicyError(error_text("rule_leaves"), file=str(file))
        data, rule_node = load_yaml(file, trusted=trusted)
        rule = _build_rule(data, rule_node, file, context, base, anchors, manifest["name"])
        if rule.id in own:
            raise PolicyError(error_text("duplicate_id", rule=rule.id, other=own[rule.id]), file=str(file),
                              line=line_of(rule_node, ["id"]), field="id")
        own[rule.id] = file
        rules[rule.id] = rule
    if not rules:
        raise PolicyError(error_text("no_rules"), file=str(directory))
    if manifest.get("base_url"):
        # Where `pelisaannot docs build` output is published: findings link to the rule's page there.
        site = manifest["base_url"].rstrip("/")
        rules = {rule_id: replace(rule, link=f"{site}/{rule_id}.html") for rule_id, rule in rules.items()}
    return Policy(manifest["name"], manifest["organisation"], str(manifest["version"]), directory, document,
                  tuple(sorted(rules.values(), key=lambda r: r.id)), settings, parents, roots)


def _merge(base: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """Deep-merge mappings; lists and scalars in `changes` replace those in `base`."""
    out = _copy(base)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = _copy(value)
    return out


def _copy(value: Any) -> Any:
    """A deep copy of YAML data: `copy.deepcopy` without its memo for mappings, lists and scalars (a pack that
    extends another copies its settings and every overridden rule; anything else still goes to deepcopy)."""
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    if isinstance(value, (str, int, float, bool, type(None))):
        return value
    return copy.deepcopy(value)


def _build_rule(data: Any, node: yaml.Node | None, file: Path, context: PackContext, base: str,
                anchors: set[str] | None, pack: str, prefix: tuple[str | int, ...] = ()) -> Rule:
    """Validate one rule's data and compile its check; `prefix` locates it inside a manifest override."""
    if not isinstance(data, dict):
        raise PolicyError(error_text("rule_mapping"), file=str(file))

    def fail(message: str, path: list[str | int]) -> PolicyError:
        full = [*prefix, *path]
        return PolicyError(message, file=str(file), line=line_of(node, full), field=dotted(full))

    if context.verify:
        _validate("rule.schema.json", data, node, file, prefix)
    if not prefix and data["id"] != file.stem:
        raise fail(error_text("id_file", stem=file.stem), ["id"])
    kind = data["check"]["kind"]
    if kind not in KINDS:
        raise fail(error_text("unknown_kind", kind=kind, kinds=", ".join(sorted(KINDS))), ["check", "kind"])
    if context.verify:
        _validate(f"checks/{kind}.json", data["check"], node, file, (*prefix, "check"))
    check = _Pending(kind, data["check"], context, lambda exc: fail(str(exc), ["check", *_split(exc.field)]))

    def fail_checked(message: str, path: list[str | int]) -> PolicyError:
        check.build()  # the check's own error comes first, as when checks were compiled here
        return fail(message, path)

    messages = _localised(data["message"])
    allowed = {"match"} | KINDS[kind].placeholders
    for lang, text in messages.items():
        where = ["message"] if isinstance(data["message"], str) else ["message", lang]
        try:
            parsed = [(f, spec, conv) for _, f, spec, conv in string.Formatter().parse(text) if f is not None]
        except ValueError as exc:
            raise fail_checked(error_text("bad_placeholder", problem=exc), where) from None
        names = {f for f, _, _ in parsed}
        odd = next((f for f, spec, conv in parsed if spec or conv), None)
        if odd is not None:
            # `{match:>300000000}` would print 300 MB per finding: a message names values, it does not format them.
            raise fail_checked(error_text("placeholder_format", name=odd), where)
        unknown = sorted(n for n in names if n not in allowed)
        if unknown:
            raise fail_checked(error_text("unknown_placeholder", name=unknown[0],
                                          offered=", ".join("{" + a + "}" for a in sorted(allowed))), where)

    titles = _localised(data["title"])
    suggestions = _localised(data["suggestion"]) if "suggestion" in data else {}
    clause = data["clause"]
    if anchors is not None and "link" not in data and clause["anchor"] not in anchors:
        raise fail_checked(error_text("no_anchor", anchor=clause["anchor"]), ["clause", "anchor"])

    def examples(key: str) -> tuple[Example, ...]:
        items = data["examples"][key]
        return tuple(Example(e) if isinstance(e, str) else Example(e["text"], e.get("platform", "generic"),
                                                                    e.get("match"), e.get("note"))
                     for e in items)

    return Rule(
        id=data["id"], category=data["category"], severity=data["severity"], title=titles["fi"], titles=titles,
        messages=messages, quote=" ".join(clause["quote"].split()), anchor=clause["anchor"],
        link=data.get("link") or f"{base}#{clause['anchor']}", clause_link=f"{base}#{clause['anchor']}",
        check=check, kind=kind, source=file, pack=pack,  # type: ignore[arg-type]  # load_policy compiles `check`
        section=clause.get("section", ""), rationale=data.get("rationale", ""),
        suggestion=suggestions.get("fi"), suggestions=suggestions,
        platforms=frozenset(data["platforms"]) if "platforms" in data else None,
        enabled=data.get("enabled", True),
        bad=examples("bad"), good=examples("good"), directory=context.directory, raw=data,
    )


def _pending(rule: Rule) -> _Pending:
    if isinstance(rule.check, _Pending):
        return rule.check
    raise AssertionError(f"rule {rule.id} was compiled before its pack was loaded")


def _localised(value: str | dict[str, str]) -> dict[str, str]:
    """A rule's text per language: `message: text` is Finnish, `message: {fi: ..., sv: ..., en: ...}` each."""
    return dict(value) if isinstance(value, dict) else {"fi": value}


def _split(field_path: str) -> list[str | int]:
    """['patterns', 0] from 'patterns[0]'."""
    out: list[str | int] = []
    for part in regex.findall(r"[^.\[\]]+|\[\d+\]", field_path):
        out.append(int(part[1:-1]) if part.startswith("[") else part)
    return out


def with_severity(rule: Rule, severity: str) -> Rule:
    """A copy of a rule with another severity (configuration overrides)."""
    return replace(rule, severity=severity)
