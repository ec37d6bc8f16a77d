"""The text report shows a window around each span: a finding in a 1 MB one-line post prints a few hundred
characters, not the whole line, and the carets stay under the span."""

from __future__ import annotations

from pelisaannot import Linter
from pelisaannot.inputs import Post
from pelisaannot.report import CheckedPost, Report
from pelisaannot.report.text_format import render, snippet

HETU = "131052-308T"


def test_crlf_and_lone_cr_count_as_editors_count(linter: Linter) -> None:
    text = f"Hei\r\nkaikki\rAsiakas {HETU}"
    [f] = [f for f in linter.check(text) if f.text == HETU]
    line, carets = snippet(Post("a.txt", None, text), f)
    assert line == f"  3 | Asiakas {HETU}" and line[carets.index("^"):].startswith(HETU)


def test_long_line_prints_a_window(linter: Linter) -> None:
    filler = "Tänään on hieno päivä ja kaikki menee hyvin. " * 2_000
    text = filler + f"Asiakas {HETU} soitti. " + filler + f"Toinen {HETU} ja kolmas {HETU}."
    findings = [f for f in linter.check(text) if f.text == HETU]
    assert len(findings) == 3
    out = render(Report([CheckedPost(Post("a.txt", None, text), findings, [])], []))
    assert len(out) < 3 * 2000
    for f in findings:
        line, carets = snippet(Post("a.txt", None, text), f)
        column = carets.index("^")
        assert line[column:column + len(HETU)] == HETU and carets.count("^") == len(HETU)
    assert "…" in out


def test_short_line_is_shown_whole(linter: Linter) -> None:
    text = f"Asiakas\t{HETU} soitti."
    [f] = [f for f in linter.check(text) if f.text == HETU]
    line, carets = snippet(Post("a.txt", None, text), f)
    assert line == f"  1 | Asiakas {HETU} soitti."
    assert carets == "    | " + " " * 8 + "^" * len(HETU)


def test_line_separators_inside_a_line_do_not_shift_the_snippet(linter: Linter) -> None:
    text = f"Hei\u2028kaikki\nAsiakas {HETU}"
    [f] = [f for f in linter.check(text) if f.text == HETU]
    line, carets = snippet(Post("a.txt", None, text), f)
    assert HETU in line and line[carets.index("^"):].startswith(HETU)
