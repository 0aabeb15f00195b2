"""Exporting a project with nothing to export writes valid, empty output in every format."""

from __future__ import annotations

import pytest

FORMATS = ["jsonl", "conll", "hf", "brat", "doccano", "labelstudio", "spacy"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_nothing_done_exports_empty_output_and_a_hint(cli, project, tmp_path, fmt):
    out = tmp_path / f"out_{fmt}"
    result = cli("export", project.path, "--format", fmt, "--out", out)
    assert result.returncode == 0, result.stderr
    assert "0 documents exported" in result.stdout
    assert "--documents all" in result.stderr
    assert out.exists()
