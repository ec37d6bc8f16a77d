"""Fixtures for the hostile-input tests: the real entry point as a process, in a clean folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def process(tmp_path: Path):
    """`python -m pelisaannot ...` in `tmp_path` (no configuration of this checkout is found); a hang fails."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "PELISAANNOT_POLICY")}
    env["PYTHONPATH"] = str(ROOT)

    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "pelisaannot", *args], input=stdin, capture_output=True,
                              text=True, cwd=tmp_path, timeout=120, env=env)

    return run
