"""A real server for the API and browser tests: `python -m pelisaannot serve` on a free port, its log kept."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "tests" / "output"  # screenshots and other artefacts of a test run (git-ignored)


@dataclass
class LiveServer:
    url: str
    process: subprocess.Popen[str]
    log: Path

    def logs(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(tmp: Path, *args: str, env: dict[str, str] | None = None) -> LiveServer:
    port = free_port()
    log = tmp / f"server-{port}.log"
    handle = log.open("w", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "pelisaannot", "serve", "--port", str(port), *args], stdout=handle,
        stderr=subprocess.STDOUT, text=True, cwd=tmp,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PELISAANNOT_NER": "0", "PELISAANNOT_LOG_LEVEL": "debug",
             **(env or {})})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text(encoding='utf-8')}")
        try:
            if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                return LiveServer(url, process, log)
        except httpx.HTTPError:
            time.sleep(0.3)
    process.kill()
    raise RuntimeError("server did not start in 120 s")


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = start_server(tmp_path_factory.mktemp("serve"))
    yield live
    live.process.terminate()
    live.process.wait(timeout=30)
