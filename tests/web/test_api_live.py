"""The API on a real uvicorn server: huge and binary bodies, a burst of concurrent clients, and logs without
drafts."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from tests.web.conftest import LiveServer, start_server

SECRET_DRAFTS = [
    "Asiakkaani Matti Meikäläinen (131052-308T) soitti taas numerosta 040 123 4567.",
    "Perkele, esimies on idiootti! #a #b #c #d #e",
    "Salasana on Kissa123!, kirjaudu sisään.",
    "Eräs asiakas, 78-vuotias nainen Kuopiosta, kertoi masennuksestaan.",
    "Tänään juhlistetaan Kelan 90-vuotista taivalta!",
]


def test_huge_and_binary_bodies_then_still_serving(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, timeout=60) as client:
        huge = client.post("/v1/check", content=b"{" + b" " * (8 * 1024 * 1024),
                           headers={"content-type": "application/json"})
        assert huge.status_code == 413 and huge.json()["error"]["code"] == "body_too_large"

        def endless():  # no Content-Length: counted as it streams
            for _ in range(2000):
                yield b"a" * 4096

        streamed = client.post("/v1/check", content=endless(), headers={"content-type": "application/json"})
        assert streamed.status_code == 413
        binary = client.post("/v1/check", content=bytes(range(256)) * 64,
                             headers={"content-type": "application/octet-stream"})
        assert binary.status_code == 422 and binary.json()["error"]["code"] == "invalid_utf8"
        assert client.post("/v1/check", json={"text": "Hei"}).status_code == 200


def test_concurrent_clients_get_the_answers_of_one_at_a_time(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, timeout=120) as client:
        alone = [client.post("/v1/check", json={"text": t}).json() for t in SECRET_DRAFTS]

        def ask(i: int) -> tuple[int, dict]:
            return i, client.post("/v1/check", json={"text": SECRET_DRAFTS[i % len(SECRET_DRAFTS)]}).json()

        with ThreadPoolExecutor(max_workers=8) as pool:
            burst = list(pool.map(ask, range(40)))
    for i, answer in burst:
        assert answer == alone[i % len(SECRET_DRAFTS)]


def test_drafts_are_never_logged(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, timeout=60) as client:
        for text in SECRET_DRAFTS:
            client.post("/v1/check", json={"text": text, "platform": "x"})
            client.post("/v1/redact", json={"text": text})
            client.post("/v1/check", content=json.dumps({"text": text, "bogus": 1}),
                        headers={"content-type": "application/json"})
            client.post("/v1/check", json={"text": text * 2000})
    logs = server.logs()
    assert "POST /v1/check" in logs  # the access log is on, at debug level
    for text in SECRET_DRAFTS:
        for piece in (text, text[:25], "131052-308T", "Kissa123", "Meikäläinen"):
            assert piece not in logs, piece


def test_two_worker_processes_answer_alike(server: LiveServer, tmp_path: Path) -> None:
    workers = start_server(tmp_path, "--workers", "2")
    try:
        with httpx.Client(timeout=120) as client:
            for text in SECRET_DRAFTS:
                ours = client.post(workers.url + "/v1/check", json={"text": text}).json()
                theirs = client.post(server.url + "/v1/check", json={"text": text}).json()
                for answer in (ours, theirs):
                    for f in answer["findings"]:
                        f["link"] = f["link"].rsplit("/", 1)[-1]
                assert ours == theirs
    finally:
        workers.process.terminate()
        workers.process.wait(timeout=30)
