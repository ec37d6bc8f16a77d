"""`pelisaannot config`: the effective settings and where each came from (a file and line, or the default)."""

from __future__ import annotations

import json

import click

from pelisaannot.cli.oneline import OneLineCommand
from pelisaannot.config import effective, load_config
from pelisaannot.i18n import t


@click.command("config", cls=OneLineCommand)
@click.option("--config", "config_path", default=None, metavar="FILE", type=click.Path(dir_okay=False),
              help="Show this configuration file instead of the one discovered from the current folder.")
@click.option("--json", "as_json", is_flag=True, help="Print the settings as JSON (values and sources).")
def config_command(config_path: str | None, as_json: bool) -> None:
    """Show the effective settings: .pelisaannot.yaml (or .pelisaannot.yml, or [tool.pelisaannot] in
    pyproject.toml) in the current folder or the nearest parent, else the defaults.

    \b
    Keys: policy, platform, select, ignore, per-path-ignores, severity, allow, allow-names, fail-on,
    calendar (text, id, channel, date, ignore, channels). See docs/usage.md.
    """
    config = load_config(config_path)
    rows = effective(config)
    if as_json:
        click.echo(json.dumps({"file": str(config.path) if config.path else None,
                               "settings": {k: {"value": v, "source": s} for k, v, s in rows}},
                              ensure_ascii=False, indent=2))
        return
    click.echo(t("config_file", path=config.path) if config.path else t("config_none"))
    for key, value, source in rows:
        shown = json.dumps(value, ensure_ascii=False)
        click.echo(f"{key:<17} {shown:<40} # {t('config_default') if source == 'default' else source}")


COMMANDS = [config_command]
