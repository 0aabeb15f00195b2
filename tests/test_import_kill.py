"""A gold import killed (kill -9) at any point leaves only whole files (one sync at the end).

Bulk imports skip the fsync per file and sync once at the end; the atomic
rename per file stays, so a killed process leaves each file either absent or
complete, and what was imported passes ``validate``.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.formats.project import Project
from annotator.formats.validate import validate
from tests.conftest import REPO

TEXT = "قال مصدر أمني إن الجيش الجزائري تقدم نحو الحدود."


def _span(word: str, label: str, n: int) -> dict[str, object]:
    start = TEXT.index(word)
    return {"id": f"s{n}", "start": start, "end": start + len(word), "label": label,
            "text": word, "attributes": {}, "status": "suggested", "origin": "m", "score": 0.5}


def _gold(path: Path, n: int) -> None:
    spans = [_span("الجيش", "ACTOR", 1), _span("مصدر", "ACTOR", 2),
             _span("الحدود", "LOCATION", 3), _span("قال", "CUE", 4)]
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            text = f"{TEXT} {i} " + "كلمة " * 200
            handle.write(json.dumps({"id": f"d{i}", "text": text, "spans": spans,
                                     "relations": []}, ensure_ascii=False) + "\n")


@pytest.mark.parametrize("workers", ["0", "2"])
def test_a_killed_gold_import_leaves_whole_files(tmp_path: Path, workers: str) -> None:
    gold = tmp_path / "gold.jsonl"
    _gold(gold, 1500)
    env = {**os.environ, "ANNOTATOR": "tester", "PYTHONPATH": str(REPO),
           "ANNOTATOR_EXPORT_WORKERS": workers}
    rng = random.Random(int(workers))
    for run in range(3):
        proj = tmp_path / f"p{run}"
        Project.create(proj, annotator="tester")
        proc = subprocess.Popen([sys.executable, "-m", "annotator", "import", str(proj),
                                 str(gold)], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 60
        wanted = rng.randint(5, 300)  # kill once this many documents are on disk
        while time.monotonic() < deadline and proc.poll() is None and \
                len(os.listdir(proj / "documents")) < wanted:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=0.005)  # returns at once if the import ends
        assert proc.poll() is None, f"the import ended first (status {proc.returncode})"
        os.killpg(proc.pid, signal.SIGKILL)  # the importer and its workers
        proc.wait()
        for file in proj.rglob("*.json"):
            json.loads(file.read_text(encoding="utf-8"))  # never a half-written file
        result = validate(proj)
        assert not result.problems, [str(p) for p in result.problems][:3]


def test_writes_inside_one_sync_block_skip_fsync_and_are_synced_at_its_end(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from annotator.formats import atomic

    calls: list[str] = []
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: calls.append("fsync"))
    monkeypatch.setattr(atomic.os, "sync", lambda: calls.append("sync"), raising=False)
    with atomic.one_sync_at_the_end():
        with atomic.one_sync_at_the_end():  # nested: only the outer one syncs
            atomic.write_bytes_atomic(tmp_path / "a.json", b"{}")
        atomic.write_bytes_atomic(tmp_path / "b.json", b"[]")
        assert calls == []
    assert calls == ["sync"]
    atomic.write_bytes_atomic(tmp_path / "c.json", b"1")  # outside: fsynced as ever
    assert calls[1:] == ["fsync", "fsync"]  # the file, then its folder
    assert (tmp_path / "b.json").read_bytes() == b"[]"
