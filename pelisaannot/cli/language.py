"""The command line in the user's language: `--lang` is read before click parses anything, so that `--help`,
click's own messages and ours all speak it, wherever `--lang` stands on the line."""

from __future__ import annotations

import gettext
from typing import Any

import click

from pelisaannot import i18n

# click calls gettext through names bound in each of its modules; they are pointed at the catalog's `click`
# section (click ships no translations of its own).
_CLICK_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "types", "termui", "utils")


def _gettext(message: str) -> str:
    return i18n.click_text(message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return i18n.click_text(singular if n == 1 else plural)


def take_lang(args: list[str]) -> tuple[str | None, list[str]]:
    """`--lang X` / `--lang=X` anywhere on the line (before a `--`), and the arguments without it."""
    out: list[str] = []
    lang: str | None = None
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            out.extend(args[i:])
            break
        if arg == "--lang" and i + 1 < len(args):
            lang = args[i + 1]
            i += 2
            continue
        if arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
            i += 1
            continue
        out.append(arg)
        i += 1
    return lang, out


def apply(group: click.Group, lang: str) -> None:
    """Speak `lang`: our texts, click's words, and the help of every command and option."""
    i18n.use(lang)
    import importlib

    for name in _CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        if getattr(module, "_", None) is not None and name != "utils":
            module._ = _gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = _ngettext  # type: ignore[attr-defined]
    _translate(group, "")


def _translate(command: click.Command, path: str) -> None:
    originals: dict[str, Any] = command.__dict__.setdefault("_pelisaannot_en", {})
    originals.setdefault("help", command.help)
    command.help = i18n.help_text(path, originals["help"])
    for param in command.params:
        if isinstance(param, click.Option):
            key = f"{path} {param.opts[0]}"
            originals.setdefault(key, param.help)
            translated = i18n.help_text(key, originals[key])
            # click's own options (--version) carry click's words: its catalog section has them.
            param.help = i18n.click_text(translated) if translated == originals[key] and translated else translated
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            _translate(sub, f"{path} {name}".strip())


def restore_gettext() -> None:
    """Back to click's own gettext (for tests that switch languages in one process)."""
    import importlib

    for name in _CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        if getattr(module, "_", None) is not None and name != "utils":
            module._ = gettext.gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = gettext.ngettext  # type: ignore[attr-defined]


__all__ = ["apply", "restore_gettext", "take_lang"]
