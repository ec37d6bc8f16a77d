"""`pelisaannot docs build DIR`: the policy's rule reference as static HTML pages."""

from __future__ import annotations

from pathlib import Path

import click

from pelisaannot.cli.options import policy_option
from pelisaannot.policy import load_policy


@click.group("docs")
def docs_group() -> None:
    """The rule reference: one HTML page per rule, an index and the policy text."""


@docs_group.command("build")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@policy_option
def build(directory: Path, policy: str) -> None:
    """Write the rule reference of a policy into DIRECTORY (created if missing).

    \b
    Publish the folder (an intranet page, GitHub Pages) and set `base_url:` in the pack's pack.yaml to where it
    is published: every finding then links to its rule's page there.
    """
    from pelisaannot.docs_site import write_site  # markdown-it only when pages are built, not on every run

    loaded = load_policy(policy)
    pages = write_site(loaded, directory)
    click.echo(f"{len(pages)} sivua kansioon {directory} ({len(loaded.rules)} sääntöä); aloitussivu "
               f"{directory / 'index.html'}")


COMMANDS = [docs_group]
