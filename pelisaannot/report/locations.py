"""Where a finding is in its file, for formats that point into files (SARIF, GitHub annotations).

A .txt or .md post is the file (after front matter), so a finding has an exact line and column. A row of
a .jsonl, .csv or calendar file is quoted and escaped in the file, so only the row's line is exact.
"""

from __future__ import annotations

from dataclasses import dataclass

from pelisaannot.finding import Finding
from pelisaannot.inputs import Post


@dataclass(frozen=True, slots=True)
class Region:
    line: int
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None


def file_region(post: Post, f: Finding) -> Region:
    if post.row_line is not None:
        return Region(post.row_line)
    return Region(f.line + post.line_offset, f.column, f.end_line + post.line_offset, f.end_column)
