"""The suggestion commands of the CLI: suggest, import-suggestions, train, review-stats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.text import Utf16Map
from annotator.formats.project import Project

UNANNOTATED = "002_22c4a9953928181b"


@pytest.fixture
def sample(sample_copy: Path) -> Path:
    """A copy of the sample project (annotator 'analyst' holds its hand annotations)."""
    return sample_copy


def suggestions(path: Path, doc_id: str, annotator: str = "analyst"):
    project = Project.open(path, annotator=annotator)
    ann = project.load_annotations(project.load_document(doc_id))
    return [s for s in ann.spans.values() if s.status.value == "suggested"]


def test_dictionary_suggestions_land_as_suggested_with_their_origin(cli, sample):
    result = cli("suggest", sample, "--with", "dictionary", "--documents", UNANNOTATED,
                 "--annotator", "analyst")
    assert result.returncode == 0, result.stderr
    found = suggestions(sample, UNANNOTATED)
    assert found and {s.origin for s in found} == {"dictionary@1"}
    assert any(s.text == "ليبيا" and s.label == "LOCATION" for s in found)
    # Running again adds nothing: the same suggestions are already there.
    again = cli("suggest", sample, "--with", "dictionary", "--documents", UNANNOTATED,
                "--annotator", "analyst")
    assert again.returncode == 0
    assert len(suggestions(sample, UNANNOTATED)) == len(found)


def test_unknown_suggester_and_document_are_one_line_errors(cli, sample):
    for args in (("--with", "oracle"), ("--with", "dictionary", "--documents", "nope")):
        result = cli("suggest", sample, *args)
        assert result.returncode == 1
        assert result.stderr.startswith("annotator: error:") and "Traceback" not in result.stderr


def test_import_suggestions_converts_utf16_and_skips_bad_lines(cli, sample, tmp_path):
    project = Project.open(sample)
    doc = project.load_document(UNANNOTATED)
    start = doc.text.index("القاهرة")
    u16 = Utf16Map(doc.text)
    good = {"id": doc.id, "offset_unit": "utf16", "origin": "ner@2",
            "spans": [{"start": u16.to_utf16(start), "end": u16.to_utf16(start + 7),
                       "label": "LOCATION", "text": "القاهرة", "score": 0.9}]}
    bad = {"id": doc.id, "spans": [{"start": 10**6, "end": 10**6 + 3, "label": "ACTOR",
                                    "score": 0.5}]}
    file = tmp_path / "preds.jsonl"
    file.write_text(json.dumps(good, ensure_ascii=False) + "\n" + json.dumps(bad) + "\n",
                    encoding="utf-8")
    result = cli("import-suggestions", sample, file, "--annotator", "analyst")
    assert result.returncode == 0, result.stderr
    assert f"{file}:2" in result.stderr
    found = suggestions(sample, UNANNOTATED)
    assert [(s.start, s.text, s.origin, s.score) for s in found] == \
        [(start, "القاهرة", "ner@2", 0.9)]


def test_review_stats_counts_decisions_per_origin(cli, sample):
    cli("suggest", sample, "--with", "dictionary", "--documents", UNANNOTATED,
        "--annotator", "analyst")
    project = Project.open(sample, annotator="analyst")
    doc = project.load_document(UNANNOTATED)
    ann = project.load_annotations(doc)
    from annotator.core.edits import apply_edit
    from annotator.suggest.review import accept, reject
    pending = sorted(suggestions(sample, UNANNOTATED), key=lambda s: s.start)
    apply_edit(doc.text, ann, accept(pending[0]), project.schema)
    apply_edit(doc.text, ann, reject(pending[1]), project.schema)
    project.save_annotations(ann)
    result = cli("review-stats", sample, "--json")
    assert result.returncode == 0, result.stderr
    rows = {r["origin"]: r for r in json.loads(result.stdout)}
    row = rows["dictionary@1"]
    assert (row["accepted"], row["rejected"], row["precision"]) == (1, 1, 0.5)
    assert row["suggested"] == len(pending) - 2


@pytest.mark.parametrize("command", [["review-stats"], ["train"],
                                     ["render", "--out", "x.png", UNANNOTATED]])
def test_an_unknown_annotator_is_named(cli, sample, tmp_path, command):
    """review-stats said "no suggestions in this project", train "found 0 documents", and
    render drew the text alone, for a misspelt --annotator."""
    name, *rest = command
    rest = [str(tmp_path / r) if r.endswith(".png") else r for r in rest]
    result = cli(name, sample, *rest, "--annotator", "nobody")
    assert result.returncode == 1
    assert "--annotator: unknown annotator nobody (the project has: analyst" in result.stderr
    assert not (tmp_path / "x.png").exists()
