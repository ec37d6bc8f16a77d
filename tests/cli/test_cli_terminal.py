"""On a real terminal (a pseudo-terminal here): colour on stdout unless NO_COLOR, a progress bar on stderr."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")


def on_terminal(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    """Run with stdout and stderr on a pseudo-terminal; what the terminal showed."""
    main, replica = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "pelisaannot", *args], cwd=cwd, env=env,
                            stdin=subprocess.DEVNULL, stdout=replica, stderr=replica)
    os.close(replica)
    chunks = []
    while True:
        try:
            data = os.read(main, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(main)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.fixture
def env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "PELISAANNOT_POLICY")}
    return {**env, "TERM": "xterm"}


def test_colour_on_a_terminal_unless_no_color(tmp_path: Path, env: dict[str, str]) -> None:
    (tmp_path / "a.txt").write_text("Tämä on ihan paska juttu.", encoding="utf-8")
    shown = on_terminal(["check", "--select", "FI-TO-001", "a.txt"], tmp_path, env)
    assert "\x1b[33m" in shown and "FI-TO-001" in shown
    plain = on_terminal(["check", "--select", "FI-TO-001", "a.txt"], tmp_path, {**env, "NO_COLOR": "1"})
    assert "\x1b[" not in plain and "FI-TO-001 [warning]" in plain


def test_progress_bar_when_many_posts(tmp_path: Path, env: dict[str, str]) -> None:
    rows = "\n".join(json.dumps({"text": f"Julkaisu numero {i}."}) for i in range(300))
    (tmp_path / "many.jsonl").write_text(rows + "\n", encoding="utf-8")
    shown = on_terminal(["check", "many.jsonl"], tmp_path, env)
    assert "Tarkistetaan" in shown and "Ei löydöksiä: 300 julkaisua tarkistettu." in shown
    quiet = on_terminal(["check", "--no-progress", "many.jsonl"], tmp_path, env)
    assert "Tarkistetaan" not in quiet
    (tmp_path / "few.jsonl").write_text("\n".join(rows.splitlines()[:10]) + "\n", encoding="utf-8")
    assert "Tarkistetaan" not in on_terminal(["check", "few.jsonl"], tmp_path, env)
