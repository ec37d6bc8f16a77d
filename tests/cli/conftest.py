"""Helpers for CLI tests: run `pelisaannot` in-process (fast) or as a real process (exit codes, stderr)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from pelisaannot.cli import cli


@pytest.fixture
def invoke(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Run the CLI in-process inside `tmp_path` (so no configuration of this checkout is found)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("PELISAANNOT_POLICY", raising=False)

    def run(*args: str, stdin: str | None = None) -> Result:
        return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)

    return run


@pytest.fixture
def process(tmp_path: Path):
    """`python -m pelisaannot ...` in `tmp_path`, for what only the real entry point does (one-line errors)."""

    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "pelisaannot", *args], input=stdin, capture_output=True,
                              text=True, cwd=tmp_path, timeout=120)

    return run
