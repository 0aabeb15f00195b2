"""Issue 14 items 18, 19, 21: export targets and splits said in one line; a broken pipe is quiet."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

TEXT = "قال مصدر أمني إن الجيش الجزائري تقدم نحو الحدود."


def _project(cli, tmp_path: Path, n: int) -> Path:
    proj = tmp_path / "proj"
    assert cli("new", proj).returncode == 0
    src = tmp_path / "docs.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i}", "text": f"{TEXT} {i}"}) + "\n"
                           for i in range(n)), encoding="utf-8")
    assert cli("import", proj, src).returncode == 0
    return proj


def _error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("annotator: error: "), result.stderr
    return lines[0]


def test_a_file_name_for_a_folder_format_is_one_line(cli, tmp_path: Path) -> None:
    proj = _project(cli, tmp_path, 2)
    line = _error(cli("export", proj, "--format", "conll", "--documents", "all",
                      "--out", tmp_path / "x.conll"))
    assert "needs a folder name" in line and "word.conll" in line and "--view word" in line
    assert not (tmp_path / "x.conll").exists()
    line = _error(cli("export", proj, "--format", "jsonl", "--split", "0.5,0.5,0",
                      "--documents", "all", "--out", tmp_path / "x.jsonl"))
    assert "with --split" in line
    ok = cli("export", proj, "--format", "jsonl", "--documents", "all",
             "--out", tmp_path / "x.jsonl")
    assert ok.returncode == 0 and (tmp_path / "x.jsonl").is_file()


def test_one_conll_view_is_one_file_and_other_formats_have_no_views(cli,
                                                                    tmp_path: Path) -> None:
    proj = _project(cli, tmp_path, 2)
    for view in ("word", "clitic"):
        ok = cli("export", proj, "--format", "conll", "--documents", "all", "--view", view,
                 "--out", tmp_path / f"{view}.conll")
        assert ok.returncode == 0, ok.stderr
    both = tmp_path / "both"
    assert cli("export", proj, "--format", "conll", "--documents", "all",
               "--out", both).returncode == 0
    for view in ("word", "clitic"):  # the one file is that view of the folder, byte for byte
        assert (tmp_path / f"{view}.conll").read_bytes() == (both / f"{view}.conll").read_bytes()
    split = tmp_path / "split"
    assert cli("export", proj, "--format", "conll", "--documents", "all", "--view", "word",
               "--split", "0.5,0.5,0", "--out", split).returncode == 0
    assert sorted(p.name for p in split.iterdir() if p.suffix == ".conll") == [
        "word.dev.conll", "word.train.conll"]
    line = _error(cli("export", proj, "--format", "jsonl", "--documents", "all",
                      "--view", "word", "--out", tmp_path / "x.jsonl"))
    assert "only the conll export has token views" in line
    assert not (tmp_path / "x.jsonl").exists()


def test_out_dot_is_one_clear_line(cli, tmp_path: Path) -> None:
    proj = _project(cli, tmp_path, 1)
    here = tmp_path / "empty"
    here.mkdir()
    line = _error(cli("export", proj.resolve(), "--format", "conll", "--documents", "all",
                      "--out", ".", cwd=here))
    assert "cannot replace the current folder" in line
    assert list(here.iterdir()) == []


def test_every_requested_split_gets_a_document_and_sizes_are_printed(cli,
                                                                     tmp_path: Path) -> None:
    proj = _project(cli, tmp_path, 5)
    result = cli("export", proj, "--format", "jsonl", "--documents", "all",
                 "--split", "0.8,0.1,0.1", "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    sizes = {p.stem: len(p.read_text(encoding="utf-8").splitlines())
             for p in (tmp_path / "out").glob("*.jsonl")}
    assert set(sizes) == {"train", "dev", "test"} and min(sizes.values()) >= 1
    assert sum(sizes.values()) == 5
    for name, size in sizes.items():
        assert f"{size} {name} documents" in result.stdout
    assert "warning" not in result.stderr


def test_an_empty_split_is_warned_about(cli, tmp_path: Path) -> None:
    proj = _project(cli, tmp_path, 2)
    result = cli("export", proj, "--format", "jsonl", "--documents", "all",
                 "--split", "0.8,0.1,0.1", "--out", tmp_path / "out")
    assert result.returncode == 0
    assert "warning: the" in result.stderr and "split is empty (2 documents for 3 splits)" \
        in result.stderr


def test_a_reader_that_has_gone_ends_the_command_quietly(cli, tmp_path: Path) -> None:
    proj = _project(cli, tmp_path, 3)
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader (head -1) has gone before anything was written
    env = {**os.environ, "ANNOTATOR": "tester", "PYTHONPATH": str(REPO)}
    try:
        result = subprocess.run([sys.executable, "-m", "annotator", "stats", str(proj)],
                                stdout=write_end, stderr=subprocess.PIPE, text=True, env=env,
                                timeout=120)
    finally:
        os.close(write_end)
    assert result.stderr == ""
    assert result.returncode == 141
