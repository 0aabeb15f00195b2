"""Hugging Face export loaded by `datasets`, label names for ClassLabel, and its dataset card."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.formats.export import ExportOptions, export_project
from annotator.formats.project import Project
from tests import export_sample

datasets = pytest.importorskip("datasets", reason="datasets is a test extra")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, Path]:
    base = tmp_path_factory.mktemp("hf")
    project = export_sample.build(base / "sample")
    export_project(project, "hf", base / "hf", ExportOptions())
    return project, base / "hf"


def test_datasets_loads_tokens_and_builds_a_classlabel(exported: tuple[Project, Path]) -> None:
    project, out = exported
    ds = datasets.load_dataset("json", data_files=str(out / "tokens" / "all.jsonl"),
                               split="train", cache_dir=str(out.parent / "cache"))
    names = json.loads((out / "labels.json").read_text(encoding="utf-8"))
    assert names["ner_tags"][:3] == ["O", "B-ACTOR", "I-ACTOR"]
    ds = ds.cast_column("ner_tags", datasets.Sequence(datasets.ClassLabel(
        names=names["ner_tags"])))
    feature = ds.features["ner_tags"]
    inner = getattr(feature, "feature", None) or feature
    assert inner.names == names["ner_tags"]
    assert "B-CLAIM" not in inner.names  # claims have their own column
    # Every token maps back to the document text through its offsets.
    texts = {d.id: d.text for d in project.iter_documents()}
    for row in ds:
        text = texts[row["document_id"]]
        for tok, s, e in zip(row["tokens"], row["token_starts"], row["token_ends"],
                                 strict=True):
            assert text[s:e] == tok
    # No entity lies inside another entity in the sample, so the outer layer holds them all.
    b_tags = sum(1 for row in ds for t in row["ner_tags"] if inner.int2str(t).startswith("B-"))
    counts = export_sample.accepted_counts(project)
    assert b_tags == sum(v for k, v in counts.items() if k != "CLAIM")


def test_folder_loads_with_label_names_from_the_card(exported: tuple[Project, Path]) -> None:
    _, out = exported
    ds = datasets.load_dataset(str(out), "tokens", split="train",
                               cache_dir=str(out.parent / "cache"))
    inner = ds.features["ner_tags"].feature
    assert isinstance(inner, datasets.ClassLabel)
    assert "B-LOCATION" in inner.names
    claims = ds.features["claim_tags"].feature
    assert claims.names == ["O", "B-CLAIM", "I-CLAIM"]


def test_spans_keep_character_offsets(exported: tuple[Project, Path]) -> None:
    project, out = exported
    ds = datasets.load_dataset("json", data_files=str(out / "spans" / "all.jsonl"),
                               split="train", cache_dir=str(out.parent / "cache"))
    assert ds.num_rows == 3
    total = 0
    for row in ds:
        for span in row["spans"]:
            assert row["text"][span["start"]:span["end"]] == span["text"]
            json.loads(span["attributes"])
            total += 1
        ids = {s["id"] for s in row["spans"]}
        assert all(r["head"] in ids and r["tail"] in ids for r in row["relations"])
    assert total == sum(export_sample.accepted_counts(project).values())


def test_dataset_card_describes_the_data(exported: tuple[Project, Path]) -> None:
    _, out = exported
    card = (out / "README.md").read_text(encoding="utf-8")
    assert card.startswith("---\n")
    for needle in ("config_name: tokens", "## Counts", "| all | 3 |", "## Label distribution",
                   "| ACTOR |", "## Schema and guidelines", "Proclitics و ف ب ل ك",
                   "### SOURCE (CLAIM -> ACTOR)", "## How it was made", "split: none",
                   "annotations of: tester"):
        assert needle in card, needle


def test_split_writes_one_file_per_split(tmp_path: Path) -> None:
    project = export_sample.build(tmp_path / "sample")
    export_project(project, "hf", tmp_path / "hf", ExportOptions(split=(0.34, 0.33, 0.33),
                                                                 seed=3))
    files = sorted(p.name for p in (tmp_path / "hf" / "spans").iterdir())
    assert files and set(files) <= {"train.jsonl", "dev.jsonl", "test.jsonl"}
    rows = sum(len(p.read_text(encoding="utf-8").splitlines())
               for p in (tmp_path / "hf" / "spans").iterdir())
    assert rows == 3
    card = (tmp_path / "hf" / "README.md").read_text(encoding="utf-8")
    assert "0.34/0.33/0.33 by document, seed 3" in card
    for name in files:
        assert f"path: spans/{name}" in card
