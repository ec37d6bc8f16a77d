"""The HTTP API: the contract of each endpoint, its limits and bad input, in-process (FastAPI's TestClient)."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest
from fastapi.testclient import TestClient

from pelisaannot import Linter
from pelisaannot.inputs import Post
from pelisaannot.report.json_format import finding_dict
from pelisaannot.web import ServerSettings, create_app
from pelisaannot.web.settings import Limits, check_exposure

DRAFT = "Asiakkaani Matti (131052-308T) soitti"


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(ServerSettings(limits=Limits(max_body=20_000, max_chars=5_000, max_posts=5))))


def error(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()["error"]
    assert (body["status"], body["code"]) == (status, code) and body["message"]
    return body


def test_check_one_post_gives_the_cli_json_finding_objects(client: TestClient, linter: Linter) -> None:
    response = client.post("/v1/check", json={"text": DRAFT, "platform": "linkedin", "id": "p1"})
    assert response.status_code == 200
    body = response.json()
    assert (body["version"], body["posts"], body["errors"], body["suppressed"]) == (1, 1, [], [])
    expected = [finding_dict(Post("", "p1", DRAFT, "linkedin"), f) for f in linter.check(DRAFT, "linkedin")]
    assert [f["rule"] for f in body["findings"]] == ["FI-CD-007", "FI-CD-001"]
    for ours, cli in zip(body["findings"], expected, strict=True):
        assert set(ours) == set(cli)
        assert {k: v for k, v in ours.items() if k not in ("path", "link")} == \
               {k: v for k, v in cli.items() if k not in ("path", "link")}
        assert ours["link"].startswith("http://127.0.0.1:8765/rules/") and ours["path"] is None
    assert body["stats"] == [{"platform": "linkedin", "length": len(DRAFT), "max_length": 3000, "hashtags": 0,
                              "max_hashtags": None, "mentions": 0, "max_mentions": None}]


def test_check_many_posts_with_suppressions(client: TestClient) -> None:
    posts = [{"text": "Perkele!", "id": "a"},
             {"text": "Perkele!", "id": "b", "suppress": ["FI-TO -- lainaus"]},
             {"text": "<!-- pelisaannot: ignore FI-TO-001 -- elokuva -->\nPerkele!", "platform": "x", "id": "c"}]
    body = client.post("/v1/check", json={"posts": posts}).json()
    assert body["posts"] == 3
    assert [(f["post"], f["rule"]) for f in body["findings"]] == [("a", "FI-TO-001")]
    assert [(s["post"], s["rule"], s["reason"]) for s in body["suppressed"]] == [
        ("b", "FI-TO-001", "lainaus"), ("c", "FI-TO-001", "elokuva")]
    assert [s["platform"] for s in body["stats"]] == ["generic", "generic", "x"]


def test_redact_operators(client: TestClient) -> None:
    for operator, expected in [("replace", "Asiakkaani [nimi] ([henkilötunnus]) soitti"),
                               ("initials", "Asiakkaani M. ([henkilötunnus]) soitti"),
                               ("mask", "Asiakkaani ***** (***********) soitti")]:
        body = client.post("/v1/redact", json={"text": DRAFT, "operator": operator}).json()
        assert body == {"text": expected, "replaced": 2, "operator": operator}


def test_rules_and_one_rule(client: TestClient) -> None:
    body = client.get("/v1/rules").json()
    assert body["policy"] == "kela" and len(body["rules"]) == len(Linter.from_policy("kela").policy.rules)
    assert not any("source" in r or "path" in r for r in body["rules"])
    rule = client.get("/v1/rules/fi-cd-001").json()
    assert rule["id"] == "FI-CD-001" and rule["examples"]["bad"] and rule["clause"]["quote"]
    error(client.get("/v1/rules/NOPE-1"), 404, "no_such_rule")


def test_healthz_docs_and_openapi(client: TestClient) -> None:
    assert client.get("/healthz").json()["status"] == "ok"
    docs = client.get("/docs")
    assert docs.status_code == 200 and "POST /v1/check" in docs.text
    assert "<script" not in docs.text and "http" not in docs.text.replace('href="/openapi.json"', "")
    spec = client.get("/openapi.json").json()
    assert {"/v1/check", "/v1/redact", "/v1/rules", "/v1/rules/{rule_id}", "/healthz"} <= set(spec["paths"])
    schema = spec["paths"]["/v1/check"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert "posts" in schema["properties"] and "$ref" not in json.dumps(schema)


@pytest.mark.parametrize(("body", "code"), [
    (b"", "empty_body"), (b"{not json", "invalid_json"), (b"\xff\xfe\x00{", "invalid_utf8"),
    (b'{"text": "a", "posts": []}', "invalid_request"), (b'{"text": 5}', "invalid_request"),
    (b'{"text": "a", "platform": "tiktok"}', "invalid_request"), (b'{"text": "a", "policy": "/etc"}',
                                                                  "invalid_request"),
    (b'{"text": "a", "lang": "de"}', "invalid_request"), (b"[1, 2]", "invalid_request"),
    (bytes(range(256)) * 10, "invalid_utf8"),
])
def test_bad_requests_are_422_json_and_the_server_keeps_serving(client: TestClient, body: bytes, code: str) -> None:
    error(client.post("/v1/check", content=body, headers={"content-type": "application/json"}), 422, code)
    assert client.post("/v1/check", json={"text": "Hei"}).status_code == 200


def test_messages_come_in_the_language_asked(client: TestClient) -> None:
    for lang, words in (("fi", "henkilötunnus"), ("sv", "personbeteckning"), ("en", "identity code")):
        found = client.post("/v1/check", json={"text": DRAFT, "lang": lang}).json()["findings"]
        hetu = next(f for f in found if f["rule"] == "FI-CD-001")
        assert words in hetu["message"].lower() and words in hetu["title"].lower()


def test_language_without_messages_is_a_clear_422(tmp_path: Path) -> None:
    """A pack of one's own may speak Finnish only: asking it for Swedish is a 422 that says so."""
    from tests.robust.tinypack import make_pack

    pack = make_pack(tmp_path)
    finnish_only = TestClient(create_app(ServerSettings(policy=str(pack))))
    body = error(finnish_only.post("/v1/check", json={"text": "Hei", "lang": "sv"}), 422, "language_unavailable")
    assert "'sv'" in body["message"]


def test_limits_are_413_json(client: TestClient) -> None:
    error(client.post("/v1/check", json={"text": "a" * 5_001}), 413, "post_too_long")
    error(client.post("/v1/redact", json={"text": "a" * 5_001}), 413, "post_too_long")
    error(client.post("/v1/check", json={"posts": [{"text": "a"}] * 6}), 413, "too_many_posts")
    body = error(client.post("/v1/check", content=b"x" * 20_001, headers={"content-type": "application/json"}),
                 413, "body_too_large")
    assert body["limit"] == 20_000
    assert client.post("/v1/check", json={"posts": [{"text": "a"}] * 5}).status_code == 200


def test_token_and_cors() -> None:
    guarded = TestClient(create_app(ServerSettings(token="s3cret", cors_origins=("https://tool.example",))))
    error(guarded.post("/v1/check", json={"text": "Hei"}), 401, "unauthorized")
    error(guarded.post("/v1/check", json={"text": "Hei"}, headers={"authorization": "Bearer wrong"}), 401,
          "unauthorized")
    ok = guarded.post("/v1/check", json={"text": "Hei"}, headers={"authorization": "Bearer s3cret"})
    assert ok.status_code == 200
    assert guarded.get("/healthz").status_code == 200
    allowed = guarded.options("/v1/check", headers={"origin": "https://tool.example",
                                                    "access-control-request-method": "POST"})
    assert allowed.headers.get("access-control-allow-origin") == "https://tool.example"
    other = guarded.options("/v1/check", headers={"origin": "https://evil.example",
                                                  "access-control-request-method": "POST"})
    assert other.headers.get("access-control-allow-origin") is None
    plain = TestClient(create_app(ServerSettings()))
    response = plain.post("/v1/check", json={"text": "Hei"}, headers={"origin": "https://tool.example"})
    assert "access-control-allow-origin" not in response.headers


def test_cors_origins_from_the_config(tmp_path: Path) -> None:
    config = tmp_path / ".pelisaannot.yaml"
    config.write_text("serve: {cors-origins: ['https://advocacy.example']}\n", encoding="utf-8")
    client = TestClient(create_app(ServerSettings(config=str(config))))
    allowed = client.options("/v1/check", headers={"origin": "https://advocacy.example",
                                                   "access-control-request-method": "POST"})
    assert allowed.headers.get("access-control-allow-origin") == "https://advocacy.example"


def test_another_host_needs_a_token() -> None:
    from pelisaannot.errors import PelisaannotError

    check_exposure("127.0.0.1", None)
    check_exposure("::1", None)
    with pytest.raises(PelisaannotError, match="--token"):
        check_exposure("0.0.0.0", None)
    check_exposure("0.0.0.0", "t")


class _Links(HTMLParser):
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


def _links(html: str) -> _Links:
    links = _Links()
    links.feed(html)
    return links


def test_rule_pages_are_served_and_every_link_resolves(client: TestClient) -> None:
    rules = client.get("/v1/rules").json()["rules"]
    followed = 0
    for rule in rules:
        assert rule["link"] == f"http://127.0.0.1:8765/rules/{rule['id']}.html"
        page = client.get(f"/rules/{rule['id']}.html")
        assert page.status_code == 200 and rule["clause"]["quote"].split()[0] in page.text
        for href in _links(page.text).hrefs:
            target = urljoin(f"/rules/{rule['id']}.html", href)
            path, _, anchor = target.partition("#")
            linked = client.get(path)
            assert linked.status_code == 200, (rule["id"], href)
            assert not anchor or anchor in _links(linked.text).ids, (rule["id"], href)
            followed += 1
    assert followed >= len(rules)
    assert "FI-CD-001" in client.get("/rules/").text
    error(client.get("/rules/nope.html"), 404, "not_found")
