"""Platform choices on the command line and in front matter reach the platform limits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pelisaannot.platforms import PLATFORMS

LONG = "sana " * 61  # 305 characters


@pytest.mark.parametrize("platform", PLATFORMS)
def test_every_platform_is_a_choice(invoke, platform: str) -> None:
    result = invoke("check", "--select", "FI-PL-001", "--platform", platform, "--format", "json", "-", stdin=LONG)
    rules = [f["rule"] for f in json.loads(result.output)["findings"]]
    assert rules == (["FI-PL-001"] if platform in ("x", "bluesky") else [])


def test_front_matter_platform_wins(invoke, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(f"---\nplatform: Bluesky\n---\n{LONG}\n", encoding="utf-8")
    result = invoke("check", "--select", "platform", "--platform", "linkedin", "a.md")
    assert result.exit_code == 1
    assert result.output.startswith("a.md:4:301: FI-PL-001 [warning] Liian pitkä tai liian monta tunnistetta: "
                                    "palvelussa Bluesky julkaisussa saa olla enintään 300 merkkiä, tässä on 304")
