"""`pelisaannot init`: scaffold a new organisation's policy pack that extends an existing one.

The scaffold is a working pack from the first minute: its manifest extends the parent (default `base`, what every
Finnish public body shares), its policy document has one anchored clause, and one example rule has bad and good
examples, so `pelisaannot test-rules FOLDER` passes and `pelisaannot check --policy FOLDER` runs every inherited rule.
"""

from __future__ import annotations

import os
from pathlib import Path

import click
import regex

from pelisaannot.cli.oneline import OneLineCommand
from pelisaannot.errors import PelisaannotError
from pelisaannot.i18n import error_text
from pelisaannot.policy import builtin_packs, load_policy, resolve_pack

NAME_RE = regex.compile(r"^[a-z0-9][a-z0-9_-]*$")
PREFIX_RE = regex.compile(r"^[A-Z][A-Z0-9]*$")

MANIFEST = """\
# {organisation}: social-media rules as a pelisaannot policy pack (created by `pelisaannot init`).
name: {name}
organisation: {organisation}
version: "0.1.0"
language: fi
description: >-
  {organisation}: sosiaalisen median pelisäännöt.
document: pelisaannot.md
extends: {extends}
# base_url: https://intra.example/pelisaannot   # where `pelisaannot docs build` is published: links go there
# disable: [FI-HT-001]                          # inherited rules you do not want
# override:                                     # inherited rules you want changed, e.g. to quote your own rules:
#   FI-TO-001:                                  # with a clause, findings link into this pack's document
#     severity: error
#     clause: {{section: Hyvät tavat, quote: "Noudata viestinnässäsi hyviä tapoja.", anchor: hyvat-tavat}}
settings:
  # Your organisation's own public numbers and mailboxes, never reported as personal data.
  allow: []
"""

DOCUMENT = """\
# {organisation}: sosiaalisen median pelisäännöt

Kirjoita tähän organisaation omat pelisäännöt. Jokaisella kohdalla on oma ankkurinsa, johon säännöt
linkittävät (`clause.anchor` sääntötiedostossa). Perityt säännöt linkittävät edelleen {extends}-paketin
asiakirjaan, kunnes annat niille oman kohdan (`override` ja `clause` tiedostossa `pack.yaml`).

## Luottamuksellinen aineisto {{#luottamuksellinen}}

<a id="sisaiset-nimet"></a>Älä mainitse somessa sisäisiä projektien tai järjestelmien koodinimiä ennen kuin ne
on julkistettu.
"""

RULE = """\
id: {prefix}-CF-001
category: confidential
severity: warning
title:
  fi: Julkistamaton koodinimi
  sv: Opublicerat kodnamn
  en: Unannounced code name
message:
  fi: Luonnoksessa mainitaan sisäinen koodinimi ({{match}}). Älä kerro julkistamattomista hankkeista somessa.
  sv: Utkastet nämner ett internt kodnamn ({{match}}). Berätta inte om opublicerade projekt i sociala medier.
  en: The draft mentions an internal code name ({{match}}). Do not talk about unannounced projects on social media.
rationale: >-
  Esimerkkisääntö, jonka `pelisaannot init` loi: vaihda koodinimet omiksesi tai poista sääntö. Nimi
  tunnistetaan taivutettunakin (Kuutamon, Kuutamossa), mutta ei toisen sanan osana.
clause:
  section: Luottamuksellinen aineisto
  quote: >-
    Älä mainitse somessa sisäisiä projektien tai järjestelmien koodinimiä ennen kuin ne on julkistettu.
  anchor: sisaiset-nimet
check:
  kind: pattern
  ignore_case: false
  patterns:
    - '(?<![\\p{{L}}\\p{{N}}])(?:Projekti\\s+)?Kuutamo(?:n|ssa|sta|on|lla|lta|lle|a)?(?![\\p{{L}}\\p{{N}}])'
examples:
  bad:
    - text: Kuutamo-hankkeen uusi versio julkaistaan ensi kuussa!
      match: Kuutamo
    - text: Istun taas Kuutamon palaverissa.
      match: Kuutamon
  good:
    - Kaunis kuutamo tänä yönä.
    - Kuutamokeikka oli hieno.
"""

README = """\
# {organisation}: pelisaannot policy pack

Created by `pelisaannot init`. It extends `{extends}`: every rule of that pack applies unless it is listed
under `disable` in `pack.yaml`, and `override` changes an inherited rule's fields. An override with a `clause`
(section, quote, anchor) makes the inherited rule quote your own policy document and link to it.

- `pack.yaml`: the manifest (name, organisation, version, policy document, extends, settings).
- `pelisaannot.md`: your policy text; each clause has an anchor (`<a id="..."></a>`) that rules link to.
- `{prefix}-CF-001.yaml`: an example rule. One rule, one file, its file name its permanent id.

Try it:

    pelisaannot test-rules {folder}          # runs every rule's bad and good examples
    pelisaannot rules --policy {folder}      # lists the rules, inherited ones too
    pelisaannot check --policy {folder} luonnos.md

Or put `policy: {folder}` into `.pelisaannot.yaml` at the root of your communications repository.
"""


def _default_prefix(name: str) -> str:
    letters = regex.sub(r"[^A-Za-z0-9]", "", name).upper()
    return letters if letters[:1].isalpha() else "ORG" + letters


@click.command("init", cls=OneLineCommand)
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("--name", default=None, metavar="NAME",
              help="The pack's name (lowercase letters, digits, - and _).  [default: the folder's name]")
@click.option("--organisation", "--org", default=None, metavar="TEXT",
              help="The organisation's name as shown to users.  [default: the pack's name]")
@click.option("--extends", "extends", default="base", show_default=True, metavar="NAME|PATH",
              help="The pack to extend: a built-in name (base, kela) or a pack folder.")
@click.option("--prefix", default=None, metavar="PREFIX",
              help="Rule id prefix, capitals and digits (rule ids are PREFIX-CF-001...).  [default: from the name]")
def init(folder: str, name: str | None, organisation: str | None, extends: str, prefix: str | None) -> None:
    """Create a new policy pack in FOLDER that extends an existing pack (default base).

    \b
    The new pack has a manifest, a policy document with one clause and one example rule with examples,
    so it works at once:
      pelisaannot init rules/kunta --organisation "Esimerkin kunta"
      pelisaannot test-rules rules/kunta
      pelisaannot check --policy rules/kunta luonnos.md
    """
    target = Path(folder)
    if target.exists() and any(target.iterdir()):
        raise PelisaannotError(f"{folder}: {error_text('folder_not_empty')}")
    name = name or target.resolve().name.lower()
    if not NAME_RE.match(name):
        raise click.BadParameter(error_text("pack_name", name=name),
                                 param_hint="--name")
    prefix = prefix or _default_prefix(name)
    if not PREFIX_RE.match(prefix):
        raise click.BadParameter(error_text("rule_prefix", prefix=prefix),
                                 param_hint="--prefix")
    parent = resolve_pack(extends)  # a clear error if the pack to extend does not exist
    target.mkdir(parents=True, exist_ok=True)
    if extends in builtin_packs() and not Path(extends).is_dir():
        extends_value = extends
    else:
        extends_value = Path(os.path.relpath(parent, target.resolve())).as_posix()
    values = {"name": name, "organisation": organisation or name, "extends": extends_value, "prefix": prefix,
              "folder": folder}
    files = {"pack.yaml": MANIFEST, "pelisaannot.md": DOCUMENT, f"{prefix}-CF-001.yaml": RULE,
             "README.md": README}
    rendered = {file_name: template.format(**values) for file_name, template in files.items()}
    for file_name, text in rendered.items():
        (target / file_name).write_text(text, encoding="utf-8")
    loaded = load_policy(target)  # the scaffold must load; a bug here is ours, not the user's
    click.echo(f"Luotiin paketti {name} kansioon {folder}: {len(loaded.rules)} sääntöä "
               f"({len(loaded.rules) - 1} peritty paketista {loaded.parents[0]}).")
    click.echo(f"Seuraavaksi: pelisaannot test-rules {folder}")


COMMANDS = [init]
