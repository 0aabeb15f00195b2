"""The team commands end to end: import --annotator, assign, stats, agreement, curate, export."""

from __future__ import annotations

import json

import pytest

from annotator.cli import main
from annotator.formats.project import Project
from tests.team_support import make_project

TEXT = "قال وزير الخارجية إن الجزائر سترد"  # an ACTOR at 4-17, a LOCATION at 21-28


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out = capsys.readouterr()
    assert "Traceback" not in out.err + out.out
    return status, out.out, out.err


def one_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("annotator: error: "), err
    return lines[0]


@pytest.fixture
def team(tmp_path):
    layers = {"a": {"d1": [(4, 17, "ACTOR"), (21, 28, "LOCATION")], "d2": [(4, 17, "ACTOR")]},
              "b": {"d1": [(4, 17, "ACTOR")], "d2": [(4, 17, "ACTOR")]}}
    return make_project(tmp_path / "p", {"d1": TEXT, "d2": TEXT + " غدا"}, layers)


def test_import_adds_a_layer_to_documents_with_the_same_text(capsys, team, tmp_path):
    out = tmp_path / "a.jsonl"
    assert run(capsys, "export", team.path, "--format", "jsonl", "--out", out,
               "--annotator", "a", "--documents", "all")[0] == 0
    status, stdout, _ = run(capsys, "import", team.path, out, "--annotator", "c")
    assert status == 0 and stdout.startswith("2 documents imported")
    fresh = Project.open(team.path)
    layer = fresh.load_annotations(fresh.load_document("d1"), "c")
    assert sorted(s.key for s in layer.spans.values()) == [(4, 17, "ACTOR"),
                                                            (21, 28, "LOCATION")]
    assert "c" in fresh.annotators()


def test_import_refuses_a_different_text_for_an_existing_id(capsys, team, tmp_path):
    record = {"id": "d1", "text": "نص آخر", "spans": []}
    src = tmp_path / "other.jsonl"
    src.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    status, stdout, err = run(capsys, "import", team.path, src, "--annotator", "c")
    assert status == 1
    assert "document 'd1' is already in the project with a different text" in err
    assert len([x for x in err.splitlines() if x.strip()]) == 1


def test_assign_then_stats_shows_progress_per_annotator(capsys, team):
    status, stdout, _ = run(capsys, "assign", team.path, "--annotators", "a,b,c",
                            "--per-document", "2", "--seed", "3")
    assert status == 0 and "2 documents assigned, 2 per document" in stdout
    plan = Project.open(team.path).settings["assignments"]
    assert sorted(plan) == ["d1", "d2"] and all(len(v) == 2 for v in plan.values())
    status, stdout, _ = run(capsys, "stats", team.path)
    assert "Progress per annotator (assigned documents):" in stdout
    for name in ("a", "b", "c"):
        assert f"  {name}: " in stdout


def test_assign_names_each_annotator_once_with_their_load(capsys, team):
    status, stdout, _ = run(capsys, "assign", team.path, "--annotators", "a,a,b",
                            "--per-document", "2")
    assert status == 0 and stdout.strip().endswith("2 per document: a 2, b 2")


def test_assign_bad_per_document(capsys, team):
    status, _, err = run(capsys, "assign", team.path, "--annotators", "a,b",
                         "--per-document", "3")
    assert status == 1 and "between 1 and the number of annotators (2)" in one_error(err)


def test_agreement_json_shape(capsys, team):
    status, stdout, _ = run(capsys, "agreement", team.path, "--json")
    data = json.loads(stdout)
    assert status == 0 and data["annotators"] == ["a", "b"]
    pair = data["pairs"][0]
    assert set(pair) >= {"a", "b", "documents", "exact_f1", "overlap_f1", "kappa",
                         "relation_f1", "certainty_agreement"}
    assert pair["exact_f1"]["ACTOR"] == 1.0 and pair["exact_f1"]["ALL"] == pytest.approx(0.8)
    assert [(d["document"], d["kind"], d["label"]) for d in data["disagreements"]] == \
        [("d1", "missing", "LOCATION")]
    assert set(data["alpha"]) == {"ACTOR", "LOCATION", "CLAIM", "CUE"}


def test_agreement_table(capsys, team):
    status, stdout, _ = run(capsys, "agreement", team.path, "--labels", "ACTOR,LOCATION")
    assert status == 0 and "a vs b (2 documents)" in stdout and "missing 1" in stdout


@pytest.mark.parametrize("argv, named, exists", [
    (["agreement", "--annotators", "a,zed"], "zed", "a, b"),
    (["agreement", "--labels", "PERSON"], "PERSON", "ACTOR, LOCATION"),
    (["agreement", "--documents", "d9"], "d9", "d1, d2"),
    (["curate", "--into", "gold", "--annotators", "zed"], "zed", "a, b"),
    (["curate", "--into", "gold", "--strategy", "most"], "most", "unanimous"),
    (["export", "--format", "jsonl", "--out", "x.jsonl", "--annotator", "zed"], "zed", "a, b"),
    (["stats", "--annotator", "zed"], "zed", "a, b"),
])
def test_bad_names_are_one_line_naming_what_exists(capsys, team, argv, named, exists):
    status, _, err = run(capsys, argv[0], team.path, *argv[1:])
    line = one_error(err)
    assert status == 1 and named in line and exists in line


def test_curate_then_export_names_the_sources(capsys, team, tmp_path):
    status, stdout, _ = run(capsys, "curate", team.path, "--into", "gold",
                            "--strategy", "unanimous")
    assert status == 0 and "2 documents curated into gold (unanimous)" in stdout
    assert "2 spans accepted" in stdout and "1 spans suggested" in stdout
    out = tmp_path / "gold.jsonl"
    assert run(capsys, "export", team.path, "--format", "jsonl", "--out", out,
               "--annotator", "gold", "--documents", "all")[0] == 0
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["meta"]["curated_from"] for r in records] == [["a", "b"], ["a", "b"]]
    assert [[s["label"] for s in r["spans"]] for r in records] == [["ACTOR"], ["ACTOR"]]
    card_dir = tmp_path / "gold-hf"
    assert run(capsys, "export", team.path, "--format", "hf", "--out", card_dir,
               "--annotator", "gold", "--documents", "all")[0] == 0
    card = (card_dir / "README.md").read_text(encoding="utf-8")
    assert "- annotations of: gold, curated from the layers of a, b" in card
    # the curated layer does not vote and is left out of agreement
    data = json.loads(run(capsys, "agreement", team.path, "--json")[1])
    assert data["annotators"] == ["a", "b"]


def test_curate_into_an_annotator_is_refused(capsys, team):
    status, _, err = run(capsys, "curate", team.path, "--into", "a")
    assert status == 1 and "--into a: a is an annotator's layer" in one_error(err)


def test_import_into_a_curated_layer_is_refused(capsys, team, tmp_path):
    run(capsys, "curate", team.path, "--into", "gold")
    src = tmp_path / "x.txt"
    src.write_text("نص", encoding="utf-8")
    status, _, err = run(capsys, "import", team.path, src, "--annotator", "gold")
    assert status == 1 and "gold is a curated layer" in one_error(err)
