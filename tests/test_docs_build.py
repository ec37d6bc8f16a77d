"""`pelisaannot docs build`: one page per rule, the policy documents with their clause anchors, an index; every
link of every page and of every rule resolves, in the built folder and on the server."""

from __future__ import annotations

import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from pelisaannot import Linter, load_policy
from pelisaannot.docs import markdown, relinked

ROOT = Path(__file__).resolve().parent.parent


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag == "a" and values.get("href"):
            self.hrefs.append(str(values["href"]))


def parsed(path: Path) -> Links:
    links = Links()
    links.feed(path.read_text(encoding="utf-8"))
    return links


@pytest.fixture(scope="module", params=["kela", "base"])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    out = tmp_path_factory.mktemp(f"docs-{request.param}")
    result = subprocess.run([sys.executable, "-m", "pelisaannot", "docs", "build", str(out), "--policy",
                             request.param], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    return request.param, out


def test_one_page_per_rule_and_every_link_resolves(built: tuple[str, Path]) -> None:
    name, out = built
    policy = load_policy(name)
    assert {p.name for p in out.glob("*.html")} >= {f"{r.id}.html" for r in policy.rules} | {"index.html"}
    followed = 0
    for page in out.glob("*.html"):
        for href in parsed(page).hrefs:
            assert not href.startswith(("http:", "https:", "file:")), (page.name, href)
            target, _, anchor = href.partition("#")
            target_path = out / target if target else page
            assert target_path.is_file(), (page.name, href)
            if anchor:
                assert anchor in parsed(target_path).ids, (page.name, href)
            followed += 1
    assert followed > 3 * len(policy.rules)


def test_rule_page_has_clause_rationale_and_examples(built: tuple[str, Path]) -> None:
    name, out = built
    rule = load_policy(name).rule("FI-CD-001")
    assert rule is not None
    page = (out / "FI-CD-001.html").read_text(encoding="utf-8")
    assert rule.quote in page and rule.title in page and "Miksi" in page
    assert all(e.text.replace("&", "&amp;") in page for e in rule.good[:2])


def test_relinked_findings_point_into_the_built_pages(built: tuple[str, Path]) -> None:
    name, out = built
    policy = relinked(load_policy(name), out.as_uri())
    for rule in policy.rules:
        url = urlparse(rule.link)
        page = Path(unquote(url.path))
        assert page.is_file() and url.fragment in parsed(page).ids, rule.link
    [finding] = Linter(policy, select=("FI-CD-001",)).check("Hetu 131052-308T")
    assert finding.link.startswith(out.as_uri()) and finding.link.endswith(".html#" + finding.link.split("#")[1])


def test_served_rule_links_resolve() -> None:
    from fastapi.testclient import TestClient

    from pelisaannot.web import ServerSettings, create_app

    client = TestClient(create_app(ServerSettings(public_url="http://testserver")))
    for rule in client.get("/v1/rules").json()["rules"]:
        url = urlparse(rule["link"])
        response = client.get(url.path)
        assert response.status_code == 200, rule["link"]
        links = Links()
        links.feed(response.text)
        assert url.fragment in links.ids, rule["link"]
        assert client.get(f"/rules/{rule['id']}.html").status_code == 200


def test_markdown_keeps_anchors_and_escapes_the_rest() -> None:
    html = markdown("## Otsikko {#otsikko}\n\n<a id=\"kohta\"></a>Teksti <b>ja</b> `koodi`.\n"
                    "- yksi\n  jatkuu\n- kaksi\n")
    assert '<h2 id="otsikko">Otsikko</h2>' in html and '<a id="kohta"></a>' in html
    assert "&lt;b&gt;" in html and "<code>koodi</code>" in html and "<li>yksi jatkuu</li>" in html
