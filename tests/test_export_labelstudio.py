"""Label Studio and doccano exports: config matches the schema; suggestions become predictions."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from annotator.formats.export import ExportOptions, export_project
from annotator.formats.project import Project
from tests import export_sample


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return export_sample.build(tmp_path_factory.mktemp("ls") / "sample")


def test_labeling_config_matches_the_schema(sample: Project, tmp_path: Path) -> None:
    export_project(sample, "labelstudio", tmp_path / "ls", ExportOptions())
    root = ET.fromstring((tmp_path / "ls" / "labeling_config.xml").read_text("utf-8"))
    assert [e.get("value") for e in root.iter("Label")] == ["ACTOR", "LOCATION", "CLAIM", "CUE"]
    assert [e.get("value") for e in root.iter("Relation")] == ["SOURCE", "ABOUT"]
    text = next(root.iter("Text"))
    assert (text.get("name"), text.get("value")) == ("text", "$text")
    choices = {c.get("name"): c for c in root.iter("Choices")}
    assert choices["certainty"].get("perRegion") == "true"
    assert "CT+" in [c.get("value") for c in choices["certainty"].iter("Choice")]
    # Every control a task result names exists in the config.
    controls = {e.get("name") for e in root.iter() if e.get("name")}
    tasks = json.loads((tmp_path / "ls" / "tasks.json").read_text("utf-8"))
    for task in tasks:
        for result in task["annotations"][0]["result"]:
            if result["type"] != "relation":
                assert result["from_name"] in controls and result["to_name"] == "text"


def test_suggestions_are_predictions_with_scores(sample: Project, tmp_path: Path) -> None:
    report = export_project(sample, "labelstudio", tmp_path / "ls",
                            ExportOptions(include_suggestions=True))
    tasks = json.loads((tmp_path / "ls" / "tasks.json").read_text("utf-8"))
    task = next(t for t in tasks if t["data"]["doc_id"] == "doc-4")
    (prediction,) = task["predictions"]
    assert prediction["model_version"] == "dictionary"
    (region,) = prediction["result"]
    assert region["value"]["text"] == "الموصل" and region["score"] == 0.75
    assert report.counts["rejected spans left out (Label Studio has no rejected state)"] == 1


def test_doccano_records_carry_entities_and_relations(sample: Project, tmp_path: Path) -> None:
    export_project(sample, "doccano", tmp_path / "d.jsonl", ExportOptions())
    recs = [json.loads(line) for line in (tmp_path / "d.jsonl").read_text("utf-8").splitlines()]
    rec = next(r for r in recs if r["id"] == "doc 2/crlf")
    assert {e["label"] for e in rec["entities"]} == {"ACTOR", "CLAIM", "LOCATION"}
    ids = {e["id"] for e in rec["entities"]}
    (rel,) = rec["relations"]
    assert rel["type"] == "SOURCE" and {rel["from_id"], rel["to_id"]} <= ids
    assert rec["offset_unit"] == "utf16"
