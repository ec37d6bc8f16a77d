"""Property-based hostile input: documents, input files, configuration and packs (see fuzzing.py for the
profiles; more than 10,000 examples in CI, a million with PELISAANNOT_FUZZ=long).

Properties:
- nothing raises but the documented errors (InputError, PolicyError/ConfigError, click's usage errors);
- every finding's `text` is the post's own `[start:end]`, its line and column point at `start`;
- findings are unchanged when invisible characters are slipped into the words (needs the normalisation
  layer of issue 11's "Evasion" part).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
import regex
import yaml
from fuzzing import INVISIBLE, examples, text
from hypothesis import assume, given
from hypothesis import strategies as st
from tinypack import make_pack, rule

from pelisaannot import Linter
from pelisaannot.cli.check import check_post
from pelisaannot.config import ConfigError, check_names, load_config
from pelisaannot.errors import InputError, PolicyError
from pelisaannot.inputs import Post, read_posts
from pelisaannot.platforms import PLATFORMS
from pelisaannot.policy import load_policy

platforms = st.sampled_from(PLATFORMS)


@pytest.fixture(scope="module")
def folder():
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def assert_findings_point_at_the_text(post: str, findings) -> None:
    starts = [0, *(m.end() for m in regex.finditer(r"\r\n|\r|\n", post))]  # as editors count lines
    for f in findings:
        assert 0 <= f.start <= f.end <= len(post), f
        assert f.text == post[f.start:f.end], f
        assert f.line <= len(starts) and starts[f.line - 1] + f.column - 1 == f.start, f


# Documents ------------------------------------------------------------------------------------------------


@examples(2000)
@given(post=text, platform=platforms)
def test_any_document_is_checked_without_error(linter: Linter, post: str, platform: str) -> None:
    assert_findings_point_at_the_text(post, linter.check(post, platform))


@examples(1500)
@given(post=text, platform=platforms, row=st.booleans())
def test_findings_after_suppressions_are_the_posts_own_text(linter: Linter, post: str, platform: str,
                                                            row: bool) -> None:
    assume(post.strip())
    checked = check_post(linter, Post("a.md", None, post, inline_suppressions=not row), platform)
    assert_findings_point_at_the_text(post, checked.findings)
    assert_findings_point_at_the_text(post, [s.finding for s in checked.suppressed])
    if row:
        assert not checked.suppressed  # a comment in a data row silences nothing


WORDY = st.lists(st.sampled_from(["Asiakas", "131052-308T", "paska", "perkele", "idiootti", "Pekka Virtanen",
                                  "soitti", "eilen", "ja", "kertoi", "040 123 4567", "matti@gmail.com"]),
                 min_size=1, max_size=8).map(" ".join)


@examples(500)
@given(post=WORDY, where=st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(INVISIBLE)), max_size=4))
def test_findings_unchanged_under_invisible_characters(linter: Linter, post: str,
                                                       where: list[tuple[int, str]]) -> None:
    hidden = post
    for position, char in sorted(where, reverse=True):
        i = position % (len(hidden) + 1)
        hidden = hidden[:i] + char + hidden[i:]
    strip = str.maketrans("", "", "".join(INVISIBLE))
    plain = sorted((f.rule, f.text) for f in linter.check(post))
    seen = sorted((f.rule, f.text.translate(strip)) for f in linter.check(hidden)
                  if not f.rule.startswith(("PELI-", "FI-ST-001")))  # FI-ST-001 reports the hidden character itself
    assert [r for r, _ in seen] == [r for r, _ in plain] and seen == plain


# Input files ----------------------------------------------------------------------------------------------

ROWS = st.dictionaries(st.sampled_from(["text", "id", "platform", "channel", "date", "pelisaannot_ignore", "x"]),
                       st.one_of(text, st.integers(), st.none(), st.booleans(), st.lists(text, max_size=3),
                                 st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)),
                       max_size=6)


@st.composite
def files(draw) -> tuple[str, bytes]:
    kind = draw(st.sampled_from(["txt", "md", "jsonl", "csv", "yaml"]))
    shape = draw(st.sampled_from(["bytes", "text", "structured"]))
    if shape == "bytes":
        return kind, draw(st.binary(max_size=300))
    if shape == "text" or kind in ("txt", "md"):
        body = draw(text)
        if kind == "md" and draw(st.booleans()):
            body = "---\n" + draw(text) + "\n---\n" + body
        return kind, body.encode("utf-8", "surrogatepass")
    rows = draw(st.lists(ROWS, max_size=4))
    if kind == "jsonl":
        return kind, "\n".join(json.dumps(r, ensure_ascii=draw(st.booleans())) for r in rows).encode()
    if kind == "yaml":
        return kind, yaml.safe_dump(rows if draw(st.booleans()) else {"posts": rows}, allow_unicode=True).encode()
    head = draw(st.lists(st.sampled_from(["text", "id", "platform", "date", "x"]), min_size=1, max_size=4))
    lines = [",".join(head)] + [",".join(json.dumps(str(v)) for v in r.values()) for r in rows]
    return kind, "\n".join(lines).encode()


@examples(3000)
@given(file=files())
def test_any_input_file_is_read_or_refused_in_one_line(folder: Path, file: tuple[str, bytes]) -> None:
    kind, data = file
    path = folder / f"post.{kind}"
    path.write_bytes(data)
    try:
        posts = read_posts(str(path))
    except InputError as exc:
        assert "\n" not in str(exc), str(exc)
        return
    for post in posts:
        assert post.text.strip()
        assert not any("\ud800" <= c <= "\udfff" for c in post.text + (post.id or "") + "".join(post.suppress))
        json.dumps({"text": post.text, "id": post.id, "platform": post.platform}, ensure_ascii=False).encode()


# Configuration --------------------------------------------------------------------------------------------

VALUES = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8),
                                st.sampled_from(["FI-TO-001", "tone", "x", "kela", "error", "*.md", "FI-CD"])),
                      lambda inner: st.one_of(st.lists(inner, max_size=3),
                                              st.dictionaries(st.one_of(st.text(max_size=8), st.integers()),
                                                              inner, max_size=3)),
                      max_leaves=5)
KEYS = st.one_of(st.sampled_from(["policy", "platform", "select", "ignore", "per-path-ignores", "severity",
                                  "allow", "allow-names", "fail-on", "calendar", "platfrom"]),
                 st.integers(), st.text(max_size=5))


@examples(2500)
@given(data=st.one_of(st.dictionaries(KEYS, VALUES, max_size=4), VALUES, text), toml=st.booleans())
def test_any_configuration_loads_or_is_one_error(kela, folder: Path, data, toml: bool) -> None:
    if toml and isinstance(data, str):
        path = folder / "pyproject.toml"
        path.write_text(data, encoding="utf-8", errors="surrogatepass")
    else:
        path = folder / ".pelisaannot.yaml"
        path.write_text(data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True),
                        encoding="utf-8", errors="surrogatepass")
    try:
        config = load_config(path, cwd=folder)
        check_names(config, kela)
        config.columns()
        config.ignored_for(str(folder / "a.md"))
        config.policy_spec()
    except (ConfigError, PolicyError) as exc:
        assert "\n" not in str(exc), str(exc)
    finally:
        path.unlink()


# Packs ----------------------------------------------------------------------------------------------------

FIELDS = ["id", "category", "severity", "title", "message", "clause", "check", "examples", "platforms",
          "enabled", "link", "suggestion", "rationale"]


@examples(1000)
@given(changes=st.dictionaries(st.sampled_from(FIELDS), VALUES, max_size=3),
       check=st.dictionaries(st.sampled_from(["kind", "files", "patterns", "mode", "sources", "context", "group",
                                              "timeout_ms", "exclude_files", "ignore_case"]), VALUES, max_size=3),
       raw=st.one_of(st.none(), text))
def test_any_pack_loads_or_is_one_error(folder: Path, changes: dict, check: dict, raw: str | None) -> None:
    pack = make_pack(folder)
    data = yaml.safe_load(rule())
    data.update(changes)
    if isinstance(data.get("check"), dict):
        data["check"].update(check)
    (pack / "T-TO-001.yaml").write_text(raw if raw is not None else yaml.safe_dump(data, allow_unicode=True),
                                        encoding="utf-8", errors="surrogatepass")
    try:
        policy = load_policy(pack)
        Linter(policy).check("Voi perkele, asiakas 131052-308T.")
    except PolicyError as exc:
        assert "\n" not in str(exc), str(exc)
