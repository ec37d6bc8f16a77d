"""pre-commit for real: a communications team's repository uses the pelisaannot hook of this checkout.

A temporary git commit of this checkout's current tree is the hook repository; a temporary content repository
holds Markdown posts, a content-calendar CSV and a `.pelisaannot.yaml` with an ignore. `pre-commit run
--all-files` passes on clean posts, and a commit through the installed hook is refused when a post holds a
henkilötunnus, then goes through once the post is fixed. pre-commit builds the hook's environment with pip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRE_COMMIT = [sys.executable, "-m", "pre_commit"]

pytestmark = [
    pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs a git checkout of pelisaannot"),
    pytest.mark.skipif(shutil.which("git") is None, reason="needs git"),
]

CLEAN_POST = """---
platform: linkedin
id: opintotuki-syksy
date: 2026-12-01
---
Opintotuen hakuaika syksyn opintoihin on alkanut. Hae tukea hyvissä ajoin, niin rahat ovat tililläsi
ennen vuokranmaksua. #opintotuki
"""
# Seven hashtags in a row: FI-HT-001 would report it, but the team's configuration ignores that rule here.
TAGGED_POST = """---
platform: instagram
---
Kuvia kesäpäiviltä #kesä #kela #työelämä #tiimi #helsinki #sosiaaliturva #kuva #arki #kiitos #ihanat #kollegat
"""
CALENDAR = """date,channel,text
2026-12-01,LinkedIn,Opintotuen hakuaika on alkanut. Lue lisää kela.fi/opintotuki
2026-12-02,Twitter,Asumistuen muutokset voimaan vuodenvaihteessa.
"""
CONFIG = """# Viestintätiimin asetukset
ignore: [FI-HT-001]
per-path-ignores:
  "kampanjat/*.md": [hashtags]
"""
BAD_POST = "Asiakkaani (131052-308T) soitti tänään, ja asia ratkesi.\n"


def git(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True)


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("home")
    return {**os.environ, "HOME": str(home), "PRE_COMMIT_HOME": str(home / "pre-commit-cache"),
            "GIT_AUTHOR_NAME": "Testi", "GIT_AUTHOR_EMAIL": "testi@example.fi",
            "GIT_COMMITTER_NAME": "Testi", "GIT_COMMITTER_EMAIL": "testi@example.fi",
            "GIT_CONFIG_NOSYSTEM": "1", "NO_COLOR": "1", "PELISAANNOT_POLICY": ""}


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str]) -> tuple[Path, str]:
    """A git commit of this checkout's current tree (tracked and new files, as the test suite sees them):
    what a team's .pre-commit-config.yaml would point at."""
    src = tmp_path_factory.mktemp("hook") / "pelisaannot"
    listed = git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT, env=env).stdout
    for name in filter(None, listed.split("\0")):
        if (ROOT / name).is_file():
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
    git("init", "--quiet", cwd=src, env=env)
    git("add", ".", cwd=src, env=env)
    git("commit", "--quiet", "--no-verify", "-m", "pelisaannot under test", cwd=src, env=env)
    rev = git("rev-parse", "HEAD", cwd=src, env=env).stdout.strip()
    assert (src / ".pre-commit-hooks.yaml").is_file()
    return src, rev


def run_pre_commit(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*PRE_COMMIT, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


def test_pre_commit_passes_clean_posts_and_refuses_a_henkilotunnus(tmp_path: Path, env: dict[str, str],
                                                                     hook_repo: tuple[Path, str]) -> None:
    src, rev = hook_repo
    repo = tmp_path / "viestinta"
    (repo / "julkaisut").mkdir(parents=True)
    (repo / "kampanjat").mkdir()
    (repo / "julkaisut" / "2026-12-01-opintotuki.md").write_text(CLEAN_POST, encoding="utf-8")
    (repo / "kampanjat" / "kesa.md").write_text(TAGGED_POST, encoding="utf-8")
    (repo / "kalenteri.csv").write_text(CALENDAR, encoding="utf-8")
    (repo / ".pelisaannot.yaml").write_text(CONFIG, encoding="utf-8")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {src}\n    rev: {rev}\n    hooks:\n      - id: pelisaannot\n", encoding="utf-8")
    git("init", "--quiet", "-b", "main", cwd=repo, env=env)
    git("add", ".", cwd=repo, env=env)

    # pass: every post is clean or covered by the configuration's ignores
    run = run_pre_commit("run", "--all-files", cwd=repo, env=env)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "pelisaannot" in run.stdout and "Passed" in run.stdout

    installed = run_pre_commit("install", cwd=repo, env=env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    git("commit", "--quiet", "-m", "Joulukuun julkaisut", cwd=repo, env=env)

    # fail: a draft with a customer's henkilötunnus is refused at commit time, nothing is committed
    (repo / "julkaisut" / "2026-12-02-asiakas.md").write_text(BAD_POST, encoding="utf-8")
    git("add", "julkaisut/2026-12-02-asiakas.md", cwd=repo, env=env)
    refused = subprocess.run(["git", "commit", "-m", "Asiakastarina"], cwd=repo, env=env, capture_output=True,
                             text=True)
    assert refused.returncode != 0
    output = refused.stdout + refused.stderr
    assert "Failed" in output and "julkaisut/2026-12-02-asiakas.md:1:13: FI-CD-001 [error]" in output
    assert git("log", "--format=%s", cwd=repo, env=env).stdout.split("\n")[0] == "Joulukuun julkaisut"

    # the same run with --all-files fails too, and the fixed draft goes through
    assert run_pre_commit("run", "--all-files", cwd=repo, env=env).returncode == 1
    (repo / "julkaisut" / "2026-12-02-asiakas.md").write_text(
        "Asiakas soitti tänään, ja asia ratkesi. Kiitos hyvästä palautteesta!\n", encoding="utf-8")
    git("add", "julkaisut/2026-12-02-asiakas.md", cwd=repo, env=env)
    git("commit", "--quiet", "-m", "Asiakastarina ilman tunnistetietoja", cwd=repo, env=env)
    assert git("log", "--format=%s", cwd=repo, env=env).stdout.split("\n")[0] == "Asiakastarina ilman tunnistetietoja"
