"""YAML files read with their line numbers, so that every error can name the line of the bad field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from pelisaannot.errors import PolicyError
from pelisaannot.i18n import error_text

#: libyaml's parser when PyYAML was built with it (PyPI wheels are): about ten times faster to load a pack.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


#: The most a YAML file (a rule, a manifest, a configuration) may hold.
MAX_BYTES = 20 * 1024 * 1024
#: At most this many nodes once aliases are expanded: a real pack, config or calendar has far fewer, while
#: "billion laughs" (aliases of aliases) would grow to gigabytes in whatever walks the data afterwards.
MAX_NODES = 200_000
#: At most this deep: Python walks nested data recursively and a hostile file nests thousands of levels.
MAX_DEPTH = 100


class YamlLimitError(yaml.YAMLError):
    """A YAML document too large once its aliases are expanded, or nested too deep."""

    def __init__(self, problem: str, mark: yaml.Mark | None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark


def _check_limits(root: yaml.Node) -> None:
    """Refuse alias bombs and deep nesting before anything walks the tree; linear in the distinct nodes."""
    size: dict[int, int] = {}
    # Iterative post-order walk: (node, depth, children done?)
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, done = stack.pop()
        if depth > MAX_DEPTH:
            raise YamlLimitError(error_text("yaml_depth", limit=MAX_DEPTH),
                                 node.start_mark)
        if id(node) in size and not done:
            continue
        children: list[yaml.Node] = []
        if isinstance(node, yaml.MappingNode):
            children = [n for pair in node.value for n in pair]
        elif isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        if not done:
            size[id(node)] = 0  # mark as on the way (an alias cycle counts once)
            stack.append((node, depth, True))
            stack.extend((child, depth + 1, False) for child in children if id(child) not in size)
            continue
        total = 1 + sum(size.get(id(child), 0) for child in children)
        if total > MAX_NODES:
            raise YamlLimitError(error_text("yaml_aliases", limit=MAX_NODES), node.start_mark)
        size[id(node)] = total


def yaml_problem(exc: yaml.YAMLError) -> tuple[str, int | None]:
    """One line saying what is wrong, and the 1-based line where (None when unknown)."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    if isinstance(exc, yaml.reader.ReaderError):
        problem = error_text("yaml_char", char=repr(exc.character))
    return " ".join(str(problem).split()), (mark.line + 1 if mark is not None else None)


def parse_yaml(text: str, *, trusted: bool = False) -> tuple[Any, yaml.Node | None]:
    """Parse YAML text safely into (data, node tree): no tags beyond the safe ones, no alias bombs, no deep
    nesting. Raises yaml.YAMLError (YamlLimitError for the limits). `trusted` (a built-in pack's file, which
    the test suite loads checked) skips the walk that looks for alias bombs and deep nesting."""
    loader = LOADER(text)
    try:
        # Parse once: the node tree keeps line numbers for errors, the data is built from the same tree.
        node = loader.get_single_node()
        if node is None:
            return None, None
        if not trusted:
            _check_limits(node)
        return loader.construct_document(node), node
    except RecursionError:
        raise YamlLimitError(error_text("yaml_depth", limit=MAX_DEPTH), None) from None
    finally:
        loader.dispose()


def load_yaml(path: Path, *, trusted: bool = False) -> tuple[Any, yaml.Node | None]:
    """Parse a YAML file into (data, node tree); broken YAML, alias bombs and duplicate keys are PolicyErrors.

    `trusted`: a file of a built-in pack loaded unverified (the test suite loads those verified); the walks
    for alias bombs, deep nesting and duplicate keys are left out, as the schema validation is."""
    try:
        if not path.is_file():
            raise PolicyError(error_text("not_regular_file" if path.exists() else "no_such_file"), file=str(path))
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise PolicyError(error_text("too_large_file", limit=MAX_BYTES // 1024 // 1024), file=str(path))
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PolicyError(error_text("file_not_utf8", byte=exc.start), file=str(path)) from None
    except OSError as exc:
        raise PolicyError(error_text("cannot_read", reason=exc.strerror), file=str(path)) from None
    try:
        data, node = parse_yaml(text, trusted=trusted)
    except yaml.YAMLError as exc:
        problem, line = yaml_problem(exc)
        raise PolicyError(error_text("yaml_broken", problem=problem), file=str(path), line=line) from None
    if node is not None and not trusted:
        _reject_duplicate_keys(node, path)
    return data, node


STR_TAG = "tag:yaml.org,2002:str"


def _reject_duplicate_keys(node: yaml.Node, path: Path) -> None:
    """Every key is text and appears once per mapping (YAML would keep the last silently)."""
    seen_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, list[str | int]]] = [(node, [])]
    while stack:
        node, where = stack.pop()
        if id(node) in seen_nodes:
            continue
        seen_nodes.add(id(node))
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                if not isinstance(key, yaml.ScalarNode) or key.tag != STR_TAG:
                    shown = key.value if isinstance(key, yaml.ScalarNode) else "[...]"
                    raise PolicyError(error_text("key_not_text", key=shown or "null"), file=str(path),
                                      line=key.start_mark.line + 1, field=dotted(where) or None)
                if key.value in seen:
                    raise PolicyError(error_text("key_twice"), file=str(path), line=key.start_mark.line + 1,
                                      field=dotted([*where, key.value]))
                seen.add(key.value)
                stack.append((value, [*where, key.value]))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, [*where, i]) for i, item in enumerate(node.value))


def line_of(node: yaml.Node | None, path: list[str | int]) -> int | None:
    """1-based line of the value at `path` (keys and list indexes), or of its nearest parent."""
    if node is None:
        return None
    line = node.start_mark.line + 1
    for step in path:
        child = None
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == step:
                    child = value
                    line = key.start_mark.line + 1
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            child = node.value[step]
            line = child.start_mark.line + 1
        if child is None:
            break
        node = child
    return line


def dotted(path: list[str | int] | tuple[str | int, ...]) -> str:
    """`check.patterns[0]` from ['check', 'patterns', 0]."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out
