"""The class audit drafts of issue 10 (tests/data/tone_variants.txt): each tone, copyright and hashtag class in
standard and spoken Finnish, dialect, Swedish, English and Instagram style, with clean counterparts. A draft
with categories must get at least those; a clean draft must get no tone, copyright or hashtag finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from pelisaannot import Linter

DATA = Path(__file__).resolve().parent / "data" / "tone_variants.txt"
OWN = {"tone", "copyright", "hashtags"}


def _drafts() -> list[tuple[str, str, str, str]]:
    drafts, kind = [], ""
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            kind = line[3:]
        elif line.strip() and not line.startswith("#"):
            expect, platform, text = line.split("|", 2)
            drafts.append((kind, expect, platform, text.replace("\\n", "\n")))
    return drafts


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter.from_policy("kela")


@pytest.mark.parametrize(("kind", "expect", "platform", "text"), _drafts())
def test_variant(linter: Linter, kind: str, expect: str, platform: str, text: str) -> None:
    found = {f.category for f in linter.check(text, platform) if f.severity != "info"}
    if expect == "-":
        assert not found & OWN, f"{kind}: clean draft flagged {found & OWN}"
    else:
        assert set(expect.split(",")) <= found, f"{kind}: expected {expect}, got {found}"
