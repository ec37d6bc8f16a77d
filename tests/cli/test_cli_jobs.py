"""`check --jobs N`: the same report as one process, in the input order."""

from __future__ import annotations

import json
from pathlib import Path

from pelisaannot.cli import parallel

POSTS = ["Asiakas 131052-308T soitti eilen, perkele.", "Hyvää viikonloppua kaikille!",
         "Soita 040 1234567 tai #a #b #c #d #e #f.", "Kiitos palautteesta."]


def test_jobs_give_the_same_report_in_the_same_order(invoke, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(parallel, "MIN_POSTS_PER_JOB", 1)  # a small batch still goes to the workers
    rows = [{"id": f"p{i}", "text": POSTS[i % len(POSTS)]} for i in range(60)]
    (tmp_path / "posts.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                                          encoding="utf-8")
    one = invoke("check", "--format", "json", "posts.jsonl")
    two = invoke("check", "--format", "json", "--jobs", "3", "posts.jsonl")
    assert one.exit_code == two.exit_code == 1
    assert json.loads(one.output) == json.loads(two.output)
    order = [int(f["post"][1:]) for f in json.loads(two.output)["findings"]]
    assert order == sorted(order) and len(set(order)) == 30  # the posts with findings, in input order


def test_a_small_batch_stays_in_this_process() -> None:
    assert parallel.jobs_for(8, 10) == 1
    assert parallel.jobs_for(2, 1000) in (1, 2)  # 1 only where fork is unavailable
