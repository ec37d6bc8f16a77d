"""The rule reference (`pelisaannot docs build`): a page per rule, and every link of every page lands."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from click.testing import CliRunner

from pelisaannot import load_policy
from pelisaannot.cli import cli
from pelisaannot.docs_site import build_site, write_site
from pelisaannot.policy import builtin_packs_dir


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.hrefs.append(values["href"] or "")
        if values.get("id"):
            self.ids.add(values["id"] or "")
        self.scripts += tag == "script"


def _parse(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    return parser


@pytest.mark.parametrize("pack", ["kela", "base"])
def test_every_link_of_every_page_lands(pack: str) -> None:
    policy = load_policy(pack)
    pages = build_site(policy)
    assert {f"{r.id}.html" for r in policy.rules} <= set(pages)
    parsed = {name: _parse(html) for name, html in pages.items()}
    for name, page in parsed.items():
        for href in page.hrefs:
            target, _, anchor = href.partition("#")
            assert target in pages, f"{name}: broken link {href}"
            if anchor:
                assert anchor in parsed[target].ids, f"{name}: no anchor {href}"


def test_a_rule_page_quotes_its_clause_and_shows_its_examples() -> None:
    policy = load_policy("kela")
    rule = policy.rule("FI-CD-001")
    assert rule is not None
    page = build_site(policy)["FI-CD-001.html"]
    assert rule.quote in page and rule.title in page
    assert f"<mark>{rule.bad[0].match}</mark>" in page
    assert f'href="policy-kela.html#{rule.anchor}"' in page


def test_raw_html_in_a_policy_document_is_shown_as_text(tmp_path: Path) -> None:
    pack = tmp_path / "oma"
    shutil.copytree(builtin_packs_dir() / "kela", pack)
    shutil.copytree(builtin_packs_dir() / "base", tmp_path / "base")
    (pack / "pack.yaml").write_text((pack / "pack.yaml").read_text(encoding="utf-8").replace(
        "extends: base", "extends: ../base"), encoding="utf-8")
    document = pack / "pelisaannot.md"
    document.write_text(document.read_text(encoding="utf-8") + '\n<script>alert("x")</script>\n', encoding="utf-8")
    html = build_site(load_policy(pack))["policy-oma.html"]
    assert _parse(html).scripts == 0 and "&lt;script&gt;" in html


def test_base_url_links_every_finding_to_its_published_page(tmp_path: Path) -> None:
    site = tmp_path / "site"
    pack = tmp_path / "oma"
    shutil.copytree(builtin_packs_dir() / "kela", pack)
    shutil.copytree(builtin_packs_dir() / "base", tmp_path / "base")
    manifest = (pack / "pack.yaml").read_text(encoding="utf-8").replace("extends: base", "extends: ../base")
    (pack / "pack.yaml").write_text(manifest + f"\nbase_url: {site.as_uri()}/\n", encoding="utf-8")
    policy = load_policy(pack)
    write_site(policy, site)
    for rule in policy.rules:  # follow every rule's link as a finding gives it
        target = Path(unquote(urlparse(rule.link).path))
        assert target.is_file(), rule.link
        assert rule.id in target.read_text(encoding="utf-8")


def test_cli_builds_the_site(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["docs", "build", str(tmp_path / "out"), "--policy", "base"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "index.html").is_file()
    assert (tmp_path / "out" / "FI-CD-001.html").is_file()
    assert not list((tmp_path / "out").glob(".*.partial"))
