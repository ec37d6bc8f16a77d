"""The command line's language: Finnish by default, Swedish or English by `--lang` or the locale.

`--lang` (anywhere on the command line) wins, then `$PELISAANNOT_LANG`, then the locale (`LC_ALL`,
`LC_MESSAGES`, `LANG`: `sv_FI.UTF-8` is Swedish, `en_GB.UTF-8` English); anything else, `C` and `POSIX`
included, is Finnish. Texts are data, one file a language in `pelisaannot/locale/`: `ui` (summaries, errors,
`config`, `explain`), `help` (the help of each command and option; English is the source in the code) and
`click` (click's own words: "Usage:", "Options", its error messages) and `errors` (the library's error messages
about drafts, configuration, YAML files and packs).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import yaml

LANGUAGES = ("fi", "sv", "en")
DEFAULT = "fi"
ENV_VAR = "PELISAANNOT_LANG"
LOCALE_DIR = Path(__file__).parent / "locale"

_current = [DEFAULT]


def detect(explicit: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The language asked for: `--lang`, then $PELISAANNOT_LANG, then the locale, else Finnish."""
    if explicit:
        return explicit if explicit in LANGUAGES else DEFAULT
    env = os.environ if environ is None else environ
    if env.get(ENV_VAR, "").strip().lower() in LANGUAGES:
        return env[ENV_VAR].strip().lower()
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "").strip()
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            return code if code in LANGUAGES else DEFAULT
    return DEFAULT


def use(lang: str) -> None:
    """Speak `lang` from now on (the CLI calls this once, before parsing)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    _current[0] = lang


def current() -> str:
    return _current[0]


@cache
def catalog(lang: str) -> dict[str, dict[str, str]]:
    # The C loader where PyYAML has it: the catalog is read on every start, and this is ten times faster.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data: dict[str, Any] = yaml.load((LOCALE_DIR / f"{lang}.yaml").read_text(encoding="utf-8"), Loader=loader) or {}
    # `\b` on a line of its own keeps click from rewrapping the paragraph after it (YAML has no such escape).
    return {section: {str(k): str(v).replace("\\b", "\b") for k, v in (entries or {}).items()}
            for section, entries in data.items()}


def t(key: str, **values: Any) -> str:
    """The text `key` of the `ui` section in the current language (Finnish when a language lacks it)."""
    for lang in (current(), DEFAULT):
        text = catalog(lang).get("ui", {}).get(key)
        if text is not None:
            return text.format(**values)
    raise KeyError(key)


def error_text(key: str, /, **values: Any) -> str:
    """The error message `key` (section `errors`) in the current language, Finnish when a language lacks it.

    The library's errors (a draft that cannot be read, a broken configuration or pack) come in the language the
    CLI speaks, or that an embedding program set with `use()`; file:line and field names are added by the caller.
    """
    for lang in (current(), DEFAULT):
        text = catalog(lang).get("errors", {}).get(key)
        if text is not None:
            return text.format(**values)
    raise KeyError(key)


def plural(n: int, key: str) -> str:
    """`n` and the noun `key` in the right number: t(key + "_one") or t(key + "_many")."""
    return f"{n} {t(key + ('_one' if n == 1 else '_many'))}"


def help_text(key: str, original: str | None) -> str | None:
    """The help of a command (`check`) or option (`check --policy`) in the current language."""
    if current() == "en" or original is None:
        return original
    return catalog(current()).get("help", {}).get(key, original)


def click_text(message: str) -> str:
    """click's own words ("Usage:", "Options", "No such option {name!r}.") in the current language."""
    if current() == "en":
        return message
    return catalog(current()).get("click", {}).get(message, message)


__all__ = ["DEFAULT", "ENV_VAR", "LANGUAGES", "catalog", "click_text", "current", "detect", "error_text", "help_text",
           "plural", "t", "use"]
