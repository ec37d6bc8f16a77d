"""The same drafts give identical findings through the library, the CLI and the API: every labelled draft of
../shared/data/posts-dev/, checked under a project configuration (severity overrides, an allow list, per-path
ignores) with inline suppressions and suppression fields mixed in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from pelisaannot import Linter, load_config
from tests.web.conftest import ROOT, start_server

POSTS_DEV = ROOT.parent / "shared" / "data" / "posts-dev"
FILES = sorted(POSTS_DEV.glob("posts-dev-*.jsonl"))
CONFIG = """\
policy: kela
severity: {FI-HT: info, tone: error}
allow: ['020 692 210']
per-path-ignores: {'kampanja-*.jsonl': [FI-PL, FI-HT-003]}
"""
pytestmark = pytest.mark.skipif(not FILES, reason="needs ../shared/data/posts-dev/")


def drafts(tmp: Path) -> dict[str, list[dict[str, Any]]]:
    """The drafts split over two files (one under a per-path ignore), some with suppressions."""
    out: dict[str, list[dict[str, Any]]] = {"luonnokset.jsonl": [], "kampanja-syksy.jsonl": []}
    rows = [json.loads(line) for f in FILES for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    for i, row in enumerate(rows):
        post: dict[str, Any] = {"id": row["id"], "platform": row.get("platform", "generic"), "text": row["text"]}
        # A row's suppressions are its field: a comment inside a row's text is data and silences nothing.
        ignore = [directive for n, directive in ((7, "tone -- testi"), (11, "customer-data -- testi"),
                                                 (13, "FI-HT-001")) if i % n == 0]  # no reason: PELI-SUP-001
        if ignore:
            post["pelisaannot_ignore"] = ignore
        out["kampanja-syksy.jsonl" if i % 2 else "luonnokset.jsonl"].append(post)
    for name, posts in out.items():
        (tmp / name).write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts), encoding="utf-8")
    return out


def key(post: str, f: dict[str, Any]) -> tuple[Any, ...]:
    """Everything but the link: the server points links at the rule pages it serves (checked below)."""
    return (post, f["rule"], f["severity"], f["start"], f["end"], f["message"], f["text"], f["suggestion"])


def test_library_cli_and_api_agree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PELISAANNOT_NER", "0")
    (tmp_path / ".pelisaannot.yaml").write_text(CONFIG, encoding="utf-8")
    files = drafts(tmp_path)

    cli = subprocess.run([sys.executable, "-m", "pelisaannot", "check", "--format", "json", *files],
                         cwd=tmp_path, capture_output=True, text=True, timeout=600,
                         env={**os.environ, "PYTHONPATH": str(ROOT), "PELISAANNOT_NER": "0"})
    assert cli.returncode == 1, cli.stderr
    report = json.loads(cli.stdout)
    assert report["errors"] == []
    by_cli = sorted(key(f["post"], f) for f in report["findings"])
    cli_suppressed = sorted((s["post"], s["rule"], s["start"], s["reason"]) for s in report["suppressed"])

    linter = Linter.from_config(load_config(cwd=tmp_path))
    by_library, library_suppressed = [], []
    for name, posts in files.items():
        for post in posts:
            checked = linter.check_post(post["text"], post["platform"], path=str(tmp_path / name),
                                        suppress=post.get("pelisaannot_ignore", []))
            by_library += [key(post["id"], f.to_dict()) for f in checked.findings]
            library_suppressed += [(post["id"], s.finding.rule, s.finding.start, s.reason) for s in checked.suppressed]

    server = start_server(tmp_path)
    by_api, api_suppressed = [], []
    try:
        with httpx.Client(base_url=server.url, timeout=300) as client:
            for name, posts in files.items():
                for start in range(0, len(posts), 100):
                    batch = [{"text": p["text"], "platform": p["platform"], "id": p["id"], "path": name,
                              "suppress": p.get("pelisaannot_ignore", [])}
                             for p in posts[start:start + 100]]
                    body = client.post("/v1/check", json={"posts": batch}).json()
                    by_api += [key(f["post"], f) for f in body["findings"]]
                    assert all(f["link"] == f"{server.url}/rules/{f['rule']}.html" for f in body["findings"]
                               if not f["rule"].startswith("PELI-"))
                    api_suppressed += [(s["post"], s["rule"], s["start"], s["reason"]) for s in body["suppressed"]]
    finally:
        server.process.terminate()
        server.process.wait(timeout=30)

    assert len(by_cli) > 250 and len(cli_suppressed) > 20
    assert {f[1] for f in by_cli} >= {"PELI-SUP-001", "FI-CD-001"}
    assert sorted(by_library) == by_cli
    assert sorted(by_api) == by_cli
    assert sorted(library_suppressed) == cli_suppressed == sorted(api_suppressed)
