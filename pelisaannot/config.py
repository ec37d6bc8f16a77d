"""Project configuration, found like ruff and Vale find theirs.

The first of `.pelisaannot.yaml`, `.pelisaannot.yml` or a `pyproject.toml` with a `[tool.pelisaannot]` table,
in the current folder or the nearest parent, is the project's configuration; `--config FILE` names one
instead. Settings are validated against `schema/config.schema.json`; an unknown key or a bad value is an
error naming the file, the line and the key. Options on the command line win over the file.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from dataclasses import dataclass, field
from fnmatch import fnmatch
from functools import cache
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

import regex

from pelisaannot.checks import KINDS, PackContext
from pelisaannot.errors import PolicyError
from pelisaannot.i18n import error_text
from pelisaannot.inputs import Columns
from pelisaannot.policy import Policy
from pelisaannot.schema_errors import describe
from pelisaannot.yamlfile import dotted, line_of, load_yaml

if TYPE_CHECKING:
    import jsonschema

CONFIG_FILES = (".pelisaannot.yaml", ".pelisaannot.yml")
SCHEMA = Path(__file__).parent / "schema" / "config.schema.json"
DEFAULTS: dict[str, Any] = {
    "policy": "kela", "platform": "generic", "select": [], "ignore": [], "per-path-ignores": {},
    "severity": {}, "allow": [], "allow-names": [], "fail-on": "warning", "calendar": {},
}


class ConfigError(PolicyError):
    """A configuration file is invalid; names the file, the line and the key."""


@dataclass(frozen=True)
class Config:
    """Effective settings, where each came from (`default`, `file:line` or a command-line option)."""

    values: dict[str, Any] = field(default_factory=lambda: copy.deepcopy(DEFAULTS))
    sources: dict[str, str] = field(default_factory=lambda: dict.fromkeys(DEFAULTS, "default"))
    path: Path | None = None
    root: Path = field(default_factory=Path.cwd)

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def override(self, key: str, value: Any, source: str) -> Config:
        """A copy where a command-line option replaces a setting (None or empty means not given)."""
        if value is None or value == ():
            return self
        return dataclasses.replace(self, values={**self.values, key: list(value) if isinstance(value, tuple)
                                                 else value}, sources={**self.sources, key: source})

    def policy_spec(self) -> str:
        """The pack to load; a relative folder in the file is relative to the file, not to the shell."""
        spec = self.values["policy"]
        if self.path is not None and self.sources["policy"] != "--policy":
            candidate = self.root / spec
            if (candidate / "pack.yaml").is_file():
                return str(candidate)
        return spec

    def columns(self) -> Columns:
        cal = self.values["calendar"]
        base = Columns()
        return Columns(
            text=(cal["text"],) if "text" in cal else base.text,
            id=(cal["id"],) if "id" in cal else base.id,
            platform=(cal["channel"],) if "channel" in cal else base.platform,
            date=(cal["date"],) if "date" in cal else base.date,
            ignore=(cal["ignore"],) if "ignore" in cal else base.ignore,
            channels=dict(cal.get("channels", {})),
        )

    def ignored_for(self, path: str) -> tuple[str, ...]:
        """Rules the per-path ignores switch off for one input file (globs are relative to the config)."""
        patterns = self.values["per-path-ignores"]
        if not patterns or path == "-":
            return ()
        p = Path(path).resolve()
        try:
            rel = p.relative_to(self.root.resolve()).as_posix()
        except ValueError:
            rel = PurePath(path).as_posix()
        out: list[str] = []
        for glob, names in patterns.items():
            # `*` also crosses folders (as in ruff); `**/` may also match no folder at all
            alternatives = (rel, glob), (rel, glob.replace("**/", "")), (p.name if "/" not in glob else rel, glob)
            if any(fnmatch(name, pattern) for name, pattern in alternatives):
                out.extend(names)
        return tuple(out)

    def line(self, key: str) -> str:
        return self.sources.get(key, "default")


def find_config(start: Path) -> Path | None:
    """The nearest configuration file at or above `start`."""
    for folder in (start.resolve(), *start.resolve().parents):
        for name in CONFIG_FILES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _pyproject_table(pyproject) is not None:
            return pyproject
    return None


def _pyproject_table(path: Path) -> dict[str, Any] | None:
    import tomllib  # only when a pyproject.toml is on the way up (some 10 ms of every start-up otherwise)

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(error_text("toml_broken", problem=exc), file=str(path)) from None
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        return None  # `tool = "x"`: no [tool.pelisaannot] table (and not ours to judge)
    table = tool.get("pelisaannot")
    if table is not None and not isinstance(table, dict):
        raise ConfigError(error_text("tool_table"), file=str(path), field="tool.pelisaannot")
    return table


def load_config(explicit: str | Path | None = None, cwd: Path | None = None) -> Config:
    """The configuration named by --config, else the discovered one, else the defaults."""
    cwd = cwd or Path.cwd()
    if explicit is not None:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(error_text("no_config"), file=str(explicit))
    else:
        found = find_config(cwd)
        if found is None:
            return Config(root=cwd)
        path = found
    if path.suffix == ".toml":
        table = _pyproject_table(path)
        if table is None:
            raise ConfigError(error_text("no_tool_table"), file=str(path))
        data, lines = table, _toml_lines(path)
    else:
        data, node = load_yaml(path)
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise ConfigError(error_text("config_mapping"), file=str(path))
        lines = {key: line_of(node, [key]) for key in data}
    odd = _odd_key(data, [])
    if odd is not None:
        where, key = odd
        raise ConfigError(error_text("key_not_text", key=repr(key)),
                          file=str(path), line=lines.get(where[0]) if where else lines.get(key),
                          field=dotted(where) or None)
    _validate(data, path, lines)
    values = copy.deepcopy(DEFAULTS)
    sources = dict.fromkeys(DEFAULTS, "default")
    shown = _shown(path, cwd)
    for key, value in data.items():
        values[key] = value
        sources[key] = f"{shown}:{lines[key]}" if lines.get(key) else shown
    return Config(values, sources, path, path.parent.resolve())


def _odd_key(data: Any, where: list[str | int]) -> tuple[list[str | int], Any] | None:
    """The first mapping key that is not a string (YAML `1: x`, `null: x`), with where it is."""
    if isinstance(data, dict):
        for key, value in data.items():
            if not isinstance(key, str):
                return where, key
            found = _odd_key(value, [*where, key])
            if found is not None:
                return found
    elif isinstance(data, list):
        for i, item in enumerate(data):
            found = _odd_key(item, [*where, i])
            if found is not None:
                return found
    return None


def _shown(path: Path, cwd: Path) -> str:
    try:
        return str(path.resolve().relative_to(cwd.resolve()))
    except ValueError:
        return str(path)


def _toml_lines(path: Path) -> dict[str, int]:
    """Line of each key in [tool.pelisaannot] (tomllib keeps none), for error messages."""
    lines: dict[str, int] = {}
    inside = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("["):
            inside = stripped.startswith("[tool.pelisaannot")
            if stripped.startswith("[tool.pelisaannot."):
                lines.setdefault(stripped.strip("[]").split(".", 2)[2].split(".")[0].strip('"'), number)
            continue
        m = regex.match(r'\s*"?([A-Za-z0-9_-]+)"?\s*=', line)
        if inside and m:
            lines.setdefault(m.group(1), number)
    return lines


@cache
def _validator() -> jsonschema.protocols.Validator:
    import jsonschema  # only when there is a configuration file to validate

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.validators.validator_for(schema)(schema)


def _validate(data: dict[str, Any], path: Path, lines: dict[str, int | None]) -> None:
    errors = sorted(_validator().iter_errors(data), key=lambda e: (len(e.absolute_path), str(e.path)))
    if not errors:
        return
    error = errors[0]
    where = list(error.absolute_path)
    message = describe(error)
    if error.validator == "additionalProperties":
        known = error.schema.get("properties", {})
        unknown = sorted(str(k) for k in set(error.instance) - set(known))
        where.append(unknown[0])
        import difflib  # only for a broken configuration

        close = difflib.get_close_matches(unknown[0].replace("_", "-"), list(known), n=1, cutoff=0.6)
        hint = close[0] if close else None
        message = error_text("unknown_key", key=unknown[0]) + (
            error_text("did_you_mean", hint=hint) if hint else error_text("known_keys", keys=", ".join(sorted(known))))
    line = lines.get(str(where[0])) if where else None
    raise ConfigError(message, file=str(path), line=line, field=dotted(where) or None)


def _named(rule_id: str, category: str, names: list[str]) -> str | None:
    return next((n for n in names if rule_id == n or category == n or rule_id.startswith(n + "-")), None)


def check_names(config: Config, policy: Policy) -> None:
    """Every rule name in the file must name a rule, a prefix or a category of the policy: a typo is an error."""
    if config.path is None:
        return
    known = [(r.id, r.category) for r in policy.rules]
    lists = {key: config[key] for key in ("select", "ignore") if config.sources[key] != f"--{key}"}
    lists.update({f"per-path-ignores.{glob}": names for glob, names in config["per-path-ignores"].items()})
    lists.update({f"severity.{name}": [name] for name in config["severity"]})
    for key, names in lists.items():
        for name in names:
            if not any(_named(rid, cat, [name]) for rid, cat in known):
                raise ConfigError(error_text("no_rule_named", name=name, policy=policy.name),
                                  file=str(config.path), field=key,
                                  line=_line(config.sources.get(key.split(".")[0], "")))


def _line(source: str) -> int | None:
    tail = source.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else None


def apply_config(policy: Policy, config: Config) -> Policy:
    """The policy with the project's allowlists merged into its settings and its severity overrides applied.

    Checks read their settings when compiled, so every rule's check is compiled again with the merged settings.
    """
    allow, names, severity = config["allow"], config["allow-names"], config["severity"]
    if not (allow or names or severity):
        return policy
    settings = dict(policy.settings)
    if allow:
        settings["allow"] = [*settings.get("allow", []), *allow]
    if names:
        settings["allow_names"] = [*settings.get("allow_names", []), *names]
    rules = []
    for rule in policy.rules:
        changes: dict[str, Any] = {}
        if allow or names:
            changes["check"] = KINDS[rule.kind](rule.raw["check"], PackContext(rule.home, settings, policy.roots))
        best = _most_specific(rule.id, rule.category, list(severity))
        if best is not None:
            changes["severity"] = severity[best]
        rules.append(dataclasses.replace(rule, **changes) if changes else rule)
    return dataclasses.replace(policy, rules=tuple(rules), settings=settings)


def _most_specific(rule_id: str, category: str, names: list[str]) -> str | None:
    """An exact id beats a prefix, a longer prefix a shorter one, and any prefix a category."""
    hits = [n for n in names if _named(rule_id, category, [n])]
    return max(hits, key=lambda n: (n == rule_id, n != category, len(n)), default=None)


def effective(config: Config) -> list[tuple[str, Any, str]]:
    """(key, value, source) for `pelisaannot config`."""
    return [(key, config.values[key], config.sources[key]) for key in DEFAULTS]


__all__ = ["Config", "ConfigError", "apply_config", "check_names", "effective", "find_config", "load_config"]
