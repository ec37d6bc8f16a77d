"""YAML files read with their line numbers, so that every error can name the line of the bad field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from pelisaannot.errors import PolicyError

#: libyaml's parser when PyYAML was built with it (PyPI wheels are): about ten times faster to load a pack.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path) -> tuple[Any, yaml.Node | None]:
    """Parse a YAML file into (data, node tree); broken YAML and duplicate keys are PolicyErrors."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PolicyError(f"not UTF-8 text (byte {exc.start})", file=str(path)) from None
    except OSError as exc:
        raise PolicyError(f"cannot read: {exc.strerror}", file=str(path)) from None
    loader = LOADER(text)
    try:
        # Parse once: the node tree keeps line numbers for errors, the data is built from the same tree.
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise PolicyError(f"broken YAML: {problem}", file=str(path),
                          line=mark.line + 1 if mark else None) from None
    finally:
        loader.dispose()
    if node is not None:
        _reject_duplicate_keys(node, path)
    return data, node


def _reject_duplicate_keys(node: yaml.Node, path: Path) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            if key.value in seen:
                raise PolicyError("key appears twice", file=str(path), line=key.start_mark.line + 1,
                                  field=str(key.value))
            seen.add(key.value)
            _reject_duplicate_keys(value, path)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _reject_duplicate_keys(item, path)


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
