"""Reading drafts from files: one post per .txt/.md file, one per row in .jsonl/.csv, one per entry of a
.yaml/.yml content calendar, or stdin.

A row names its text, id, platform (or channel), date and suppressions by column or key; `Columns` says
which (configurable, since every team's calendar spreadsheet names them differently).

Every problem is an InputError with a one-line message that says what to do; nothing is written.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from pelisaannot.errors import InputError
from pelisaannot.i18n import error_text
from pelisaannot.platforms import platform_name
from pelisaannot.yamlfile import parse_yaml, yaml_problem

MAX_BYTES = 20 * 1024 * 1024
FRONT_MATTER_KEYS = {"platform", "id", "date", "title", "channel", "tags", "author"}


@dataclass(frozen=True, slots=True)
class Post:
    """One draft: where it came from, its id within a many-post file, its text and platform."""

    path: str
    id: str | None
    text: str
    platform: str | None = None
    line_offset: int = 0  # lines before the text in its file (Markdown front matter)
    date: str | None = None
    row_line: int | None = None  # the line of the file where a row or calendar entry starts
    suppress: tuple[str, ...] = ()  # suppression directives of a row: "FI-TO-001 -- reason"
    #: Whether `<!-- pelisaannot: ... -->` comments in the text count: in a .txt/.md file the author wrote
    #: them; in a data row's text they are data, and must not silence the row's own findings.
    inline_suppressions: bool = True


@dataclass(frozen=True, slots=True)
class Columns:
    """Which column (CSV) or key (JSONL, YAML) holds what; each field lists accepted names, first wins."""

    text: tuple[str, ...] = ("text",)
    id: tuple[str, ...] = ("id",)
    platform: tuple[str, ...] = ("platform", "channel")
    date: tuple[str, ...] = ("date",)
    ignore: tuple[str, ...] = ("pelisaannot_ignore",)
    channels: dict[str, str] = field(default_factory=dict)  # a calendar's channel name -> platform

    def get(self, row: dict[str, Any], what: str) -> Any:
        for name in getattr(self, what):
            if name in row and row[name] not in (None, ""):
                return row[name]
        return None

    def platform_of(self, value: Any) -> str | None:
        if value in (None, ""):
            return None
        raw = str(value)
        return self.channels.get(raw) or platform_name(raw) or raw


DEFAULT_COLUMNS = Columns()


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: {error_text('binary')}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: {error_text('not_utf8', byte=data[exc.start], offset=exc.start)}") from None


def clean_surrogates(text: str) -> str:
    """Lone surrogates (JSON's "\\ud800") replaced by U+FFFD, one for one so offsets stay: no encoder
    downstream (spaCy, the terminal, JSON output) can write them."""
    if not any("\ud800" <= c <= "\udfff" for c in text):
        return text
    return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)


def _too_large(name: str) -> InputError:
    return InputError(f"{name}: {error_text('too_large', limit=MAX_BYTES // 1024 // 1024)}")


def read_source(path: str) -> tuple[str, str]:
    """The text of a file (or stdin for '-') and a display name.

    Only regular files are read (a FIFO would hang, /dev/zero never ends), and never more than MAX_BYTES.
    """
    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        name = "-"
    else:
        try:
            info = os.stat(path)
        except FileNotFoundError:
            raise InputError(f"{path}: {error_text('no_such_file')}") from None
        except PermissionError:
            raise InputError(f"{path}: {error_text('permission')}") from None
        except (OSError, ValueError) as exc:
            reason = getattr(exc, "strerror", None) or exc
            raise InputError(f"{path}: {error_text('cannot_read', reason=reason)}") from None
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{path}: {error_text('is_folder', path=path)}")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{path}: {error_text('not_regular')}")
        if info.st_size > MAX_BYTES:
            size, limit = info.st_size // 1024 // 1024, MAX_BYTES // 1024 // 1024
            raise InputError(f"{path}: {error_text('too_large_size', size=size, limit=limit)}")
        try:
            with open(path, "rb") as fh:
                data = fh.read(MAX_BYTES + 1)
        except PermissionError:
            raise InputError(f"{path}: {error_text('permission')}") from None
        except OSError as exc:
            raise InputError(f"{path}: {error_text('cannot_read', reason=exc.strerror)}") from None
        name = path
    if len(data) > MAX_BYTES:
        raise _too_large(name)
    return _decode(data, name), name


INPUT_FORMATS = ("txt", "md", "jsonl", "csv", "yaml")


def read_posts(path: str, fmt: str | None = None, columns: Columns = DEFAULT_COLUMNS) -> list[Post]:
    """The posts in one file; `fmt` (txt, md, jsonl, csv, yaml) overrides the file name's extension."""
    text, name = read_source(path)
    kind = fmt or (Path(path).suffix.lower().lstrip(".") if path != "-" else "txt")
    if kind == "jsonl":
        return _jsonl(text, name, columns)
    if kind == "csv":
        return _csv(text, name, columns)
    if kind in ("yaml", "yml"):
        return _yaml(text, name, columns)
    if kind in ("md", "markdown"):
        return [_markdown(text, name)]
    if not text.strip():
        raise InputError(f"{name}: {error_text('empty_post')}")
    return [Post(name, None, clean_surrogates(text))]


def _markdown(text: str, name: str) -> Post:
    meta: dict[str, object] = {}
    offset = 0
    if text.startswith("---\n") or text.startswith("---\r\n"):
        end = text.find("\n---", 4)
        if end < 0:
            raise InputError(f"{name}:1: {error_text('front_matter_open')}")
        try:
            loaded, _node = parse_yaml(text[4:end])
        except yaml.YAMLError as exc:
            problem, line = yaml_problem(exc)
            raise InputError(f"{name}:{line + 1 if line else 1}: {error_text('front_matter_broken', problem=problem)}"
                             ) from None
        if loaded is not None and not isinstance(loaded, dict):
            raise InputError(f"{name}:2: {error_text('front_matter_pairs')}")
        meta = loaded or {}
        body_start = text.find("\n", end + 4)
        body_start = len(text) if body_start < 0 else body_start + 1
        offset = text[:body_start].count("\n")
        text = text[body_start:]
    if not text.strip():
        raise InputError(f"{name}: {error_text('empty_post')}")
    platform = meta.get("platform")
    post_id = meta.get("id")
    return Post(name, str(post_id) if post_id is not None else None, clean_surrogates(text),
                DEFAULT_COLUMNS.platform_of(platform), offset, _date(meta.get("date")))


def _date(value: Any) -> str | None:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return None if value in (None, "") else str(value)


def _suppress(value: Any, name: str, where: str) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise InputError(f"{name}:{where}: {error_text('suppression_field')}")


def _row(row: dict[str, Any], name: str, where: str, number: int, columns: Columns = DEFAULT_COLUMNS) -> Post:
    text = columns.get(row, "text")
    if not isinstance(text, str):
        raise InputError(f"{name}:{where}: {error_text('row_text', field=columns.text[0])}")
    if not text.strip():
        raise InputError(f"{name}:{where}: {error_text('empty_post')}")
    post_id = columns.get(row, "id")
    return Post(name, clean_surrogates(str(post_id)) if post_id is not None else str(number),
                clean_surrogates(text), columns.platform_of(columns.get(row, "platform")), 0,
                _date(columns.get(row, "date")), number,
                tuple(clean_surrogates(s) for s in _suppress(columns.get(row, "ignore"), name, where)),
                inline_suppressions=False)


def _jsonl(text: str, name: str, columns: Columns = DEFAULT_COLUMNS) -> list[Post]:
    posts = []
    # Only \n ends a record: str.splitlines() would also split inside a string at U+2028, U+0085 or \x1c.
    for number, line in enumerate(text.split("\n"), 1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}:{number}: {error_text('json_invalid', problem=exc.msg)}") from None
        except RecursionError:
            raise InputError(f"{name}:{number}: {error_text('json_deep')}") from None
        if not isinstance(row, dict):
            raise InputError(f"{name}:{number}: {error_text('json_object')}")
        posts.append(_row(row, name, str(number), number, columns))
    if not posts:
        raise InputError(f"{name}: {error_text('no_posts')}")
    return posts


def _csv(text: str, name: str, columns: Columns = DEFAULT_COLUMNS) -> list[Post]:
    csv.field_size_limit(MAX_BYTES)  # a post may be as long as a file may be
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        fieldnames = reader.fieldnames
    except csv.Error as exc:
        raise InputError(f"{name}:1: {error_text('csv_broken', problem=exc)}") from None
    if not fieldnames or not set(columns.text) & set(fieldnames):
        raise InputError(f"{name}:1: {error_text('csv_header', column=columns.text[0])}")
    twice = sorted({f for f in fieldnames if fieldnames.count(f) > 1})
    if twice:
        raise InputError(f"{name}:1: {error_text('csv_duplicate', column=twice[0])}")
    posts = []
    try:
        start = reader.line_num + 1
        for row in reader:
            posts.append(_row(dict(row), name, str(start), start, columns))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise InputError(f"{name}:{reader.line_num}: {error_text('csv_broken', problem=exc)}") from None
    if not posts:
        raise InputError(f"{name}: {error_text('no_posts')}")
    return posts


def _yaml(text: str, name: str, columns: Columns = DEFAULT_COLUMNS) -> list[Post]:
    """A content calendar: a list of entries, or a mapping with the list under `posts`."""
    try:
        data, node = parse_yaml(text)
    except yaml.YAMLError as exc:
        problem, line = yaml_problem(exc)
        raise InputError(f"{name}:{line or 1}: {error_text('yaml_broken', problem=problem)}") from None
    if isinstance(data, dict) and isinstance(data.get("posts"), list):
        entries = data["posts"]
        node = next(v for k, v in node.value if k.value == "posts")
    elif isinstance(data, list):
        entries = data
    else:
        raise InputError(f"{name}:1: {error_text('calendar_list', key=columns.text[0])}")
    posts = []
    for entry, entry_node in zip(entries, node.value, strict=True):
        line = entry_node.start_mark.line + 1
        if not isinstance(entry, dict):
            raise InputError(f"{name}:{line}: {error_text('calendar_entry', key=columns.text[0])}")
        posts.append(_row(entry, name, str(line), line, columns))
    if not posts:
        raise InputError(f"{name}: {error_text('no_posts')}")
    return posts
