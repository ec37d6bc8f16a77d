"""Shared fixtures: the built-in Kela policy (loaded once) and a CLI runner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pelisaannot import Linter, load_policy
from pelisaannot.policy import Policy

# The CLI speaks the locale's language; the tests expect Finnish, the default, whatever the developer's locale
# (tests/cli/test_cli_language.py sets the language itself). Subprocesses inherit this.
os.environ["PELISAANNOT_LANG"] = "fi"

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def kela() -> Policy:
    return load_policy("kela")


@pytest.fixture(scope="session")
def linter(kela: Policy) -> Linter:
    return Linter(kela)
