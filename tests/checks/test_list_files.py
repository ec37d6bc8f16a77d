"""List files of a pack: one entry a line, `# ` comments, and entries that are hashtags or hold a hash."""

from __future__ import annotations

from pathlib import Path

from pelisaannot import Linter
from pelisaannot.checks.base import PackContext


def test_a_hashtag_entry_is_an_entry_and_a_hash_with_a_space_a_comment(tmp_path: Path) -> None:
    (tmp_path / "l.txt").write_text("# header: where the words came from\n#kirppis\nc#\nsana  # a note\n#\n  # x\n",
                                    encoding="utf-8")
    assert PackContext(tmp_path).read_list("l.txt", "files") == ["#kirppis", "c#", "sana"]


def test_a_sale_tag_marks_the_writers_own_number() -> None:
    """The Finnish sale list's hashtags (#kirppis ...) were once read as comments and never matched."""
    linter = Linter.from_policy("kela")
    sale = "Lastenrattaat 40 e, hyvässä kunnossa. Soita 040 123 4567 #kirppis"
    assert not [f for f in linter.check(sale) if f.category == "customer-data"]
    story = "Asiakas oli tänään hyvin huolissaan. Hänen numeronsa on 040 123 4567."
    assert [f for f in linter.check(story) if f.category == "customer-data"]
