"""Annotators are listed by name, not by the folder a name is stored under.

A name that is not plain ASCII (``أمينة``) is stored in ``annotations/id-f86197dcc2/``,
and ``CON`` (a reserved name on Windows) in ``annotations/_CON-7679a072c9/``; the
second is not even a name that leads back to that folder. Every list of annotators
(stats, the export dialog's choices, schema changes, the actor registry, reattach,
review statistics, CRF training) must name them as they are, and reach their files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.edits import load_items, make_span
from annotator.core.model import DocStatus, Document, Status
from annotator.core.schema_ops import RenameLabel
from annotator.formats import project as project_module
from annotator.formats.filenames import safe_stem
from annotator.formats.layers import annotator_layers, layer_names
from annotator.formats.project import Project
from annotator.formats.registry_store import read_project_actors
from annotator.formats.schema_change import change_schema
from annotator.formats.stats import project_stats
from annotator.suggest.crf import training_examples
from annotator.suggest.review import review_stats
from tests.team_support import make_project

TEXT = "قال وزير الخارجية إن الجزائر سترد"  # an ACTOR at 4-17, a LOCATION at 21-28
AMINA = "أمينة"
RESERVED = "CON"  # stored as _CON-7679a072c9, whose own safe_stem is another folder


@pytest.fixture
def team(tmp_path: Path) -> Project:
    layers = {AMINA: {"d1": [(4, 17, "ACTOR"), (21, 28, "LOCATION")], "d2": [(4, 17, "ACTOR")]},
              RESERVED: {"d1": [(4, 17, "ACTOR")]},
              "bob": {"d2": [(21, 28, "LOCATION")]}}
    return make_project(tmp_path / "p", {"d1": TEXT, "d2": TEXT + " غدا"}, layers)


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out = capsys.readouterr()
    assert "Traceback" not in out.err + out.out
    return status, out.out, out.err


def test_the_folders_are_not_the_names(team: Project) -> None:
    folders = sorted(p.name for p in (team.path / "annotations").iterdir())
    assert folders == sorted(["_CON-7679a072c9", "bob", "id-f86197dcc2"])
    assert safe_stem(AMINA) == "id-f86197dcc2"
    assert safe_stem("_CON-7679a072c9") != "_CON-7679a072c9"


def test_annotators_are_the_real_names(team: Project) -> None:
    assert team.annotators() == sorted([AMINA, RESERVED, "bob"])
    assert team.annotators("d1") == sorted([AMINA, RESERVED])
    assert team.annotators("d2") == sorted([AMINA, "bob"])
    for who in team.annotators():
        assert team.annotations_path("d1", who).parent.name == safe_stem(who)
    assert layer_names(team) == team.annotators() == annotator_layers(team)


def test_a_hashed_folder_is_named_by_the_project_that_wrote_it_without_reading(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = make_project(tmp_path / "p", {"d1": TEXT}, {AMINA: {"d1": []}, "bob": {"d1": []}})
    monkeypatch.setattr(project_module, "read_bytes", _no_reading)
    assert project.annotator_of("bob") == "bob"  # plain ASCII: never read
    with pytest.raises(AssertionError, match="read"):
        project.annotators()  # a hashed folder, not yet known to this object
    project.annotations_path("d1", AMINA)  # this object has used the name
    assert project.annotators() == sorted([AMINA, "bob"])


def _no_reading(*args: object, **kwargs: object) -> bytes:
    raise AssertionError("read a file")


def test_a_broken_file_does_not_hide_the_name(team: Project) -> None:
    folder = team.path / "annotations" / safe_stem(AMINA)
    (folder / "d1.json").write_text("{broken", encoding="utf-8")
    (folder / "d9.json").write_text('{"annotator": "someone else"}', encoding="utf-8")
    assert AMINA in Project.open(team.path).annotators()
    for name in ("d1.json", "d2.json"):
        (folder / name).write_text("{broken", encoding="utf-8")
    # nothing says whose the folder is: it is listed as it is, not left out
    assert "id-f86197dcc2" in Project.open(team.path).annotators()


def test_project_stats_count_each_annotator_once_by_name(team: Project) -> None:
    stats = project_stats(team)
    assert stats.annotators == sorted([AMINA, RESERVED, "bob"])
    assert stats.status_by_annotator[AMINA] == {"done": 2}
    assert stats.status_by_annotator[RESERVED] == {"done": 1, "new": 1}
    assert stats.status_by_annotator["bob"] == {"done": 1, "new": 1}
    assert stats.unreadable == []
    assert stats.spans["ACTOR"]["accepted"] == 3
    assert stats.spans["LOCATION"]["accepted"] == 2
    assert project_stats(team, AMINA).status_by_annotator == {AMINA: {"done": 2}}


def test_the_stats_command_names_the_annotators(capsys, team: Project) -> None:
    status, out, _ = run(capsys, "stats", team.path)
    assert status == 0
    assert f"  {AMINA}: done=2" in out and f"  {RESERVED}: new=1  done=1" in out
    assert "id-f86197dcc2" not in out and "_CON-" not in out and "unreadable" not in out
    status, out, _ = run(capsys, "stats", team.path, "--annotator", AMINA)
    assert status == 0 and f"(annotator {AMINA})" in out and "ACTOR: 2" in out


def test_a_schema_change_rewrites_every_annotators_files(team: Project) -> None:
    change = change_schema(team, RenameLabel("ACTOR", "SPEAKER"))
    assert change.counts["files"] == 3 and change.counts["spans_changed"] == 3
    fresh = Project.open(team.path)
    for doc_id, who in (("d1", AMINA), ("d2", AMINA), ("d1", RESERVED)):
        ann = fresh.load_annotations(fresh.load_document(doc_id), who)
        assert "SPEAKER" in {s.label for s in ann.spans.values()}, (doc_id, who)
        assert "ACTOR" not in {s.label for s in ann.spans.values()}, (doc_id, who)


def test_the_actor_registry_reads_every_annotator_by_name(team: Project) -> None:
    actors = read_project_actors(team)
    assert actors.problems == []
    assert sorted(actors.files) == sorted([("d1", AMINA), ("d2", AMINA), ("d1", RESERVED),
                                           ("d2", "bob")])
    assert {m.annotator for m in actors.mentions()} == {AMINA, RESERVED}
    only = read_project_actors(Project.open(team.path), [AMINA])
    assert sorted(only.files) == [("d1", AMINA), ("d2", AMINA)]


def test_reattach_finds_every_annotator_of_the_document(capsys, team: Project) -> None:
    team.add_document(Document(id="d1", text="أمس " + TEXT), replace=True)
    status, out, err = run(capsys, "reattach", team.path, "d1")
    assert status == 0, err
    assert AMINA in out and RESERVED in out and "id-f86197dcc2" not in out
    fresh = Project.open(team.path)
    doc = fresh.load_document("d1")
    for who in (AMINA, RESERVED):
        spans = fresh.load_annotations(doc, who).spans.values()
        assert {s.text for s in spans if s.label == "ACTOR"} == {"وزير الخارجية"}


def _suggested(project: Project, who: str, doc_id: str) -> None:
    doc = project.load_document(doc_id)
    ann = project.load_annotations(doc, who)
    load_items(ann, spans=[make_span(doc.text, 4, 17, "ACTOR", origin="dictionary@1",
                                     status=Status.SUGGESTED),
                           make_span(doc.text, 21, 28, "LOCATION", origin="dictionary@1",
                                     status=Status.REJECTED)])
    project.save_annotations(ann)


def test_review_stats_count_every_annotators_suggestions(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", {"d1": TEXT, "d2": TEXT}, {})
    _suggested(project, AMINA, "d1")
    _suggested(project, RESERVED, "d2")
    (row,) = review_stats(Project.open(project.path))
    assert (row.origin, row.suggested, row.rejected) == ("dictionary@1", 2, 2)
    (row,) = review_stats(Project.open(project.path), RESERVED)
    assert (row.suggested, row.rejected) == (1, 1)


def test_crf_training_uses_every_annotators_done_documents(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", {"d1": TEXT, "d2": TEXT + " غدا"},
                           {RESERVED: {"d1": [(4, 17, "ACTOR")]},
                            AMINA: {"d2": [(21, 28, "LOCATION")]}})
    examples = training_examples(project)
    assert sorted((doc.id, [s.label for s in spans]) for doc, spans in examples) == \
        [("d1", ["ACTOR"]), ("d2", ["LOCATION"])]
    assert [doc.id for doc, _ in training_examples(project, AMINA)] == ["d2"]


def test_a_document_done_by_two_annotators_is_used_once(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", {"d1": TEXT},
                           {AMINA: {"d1": [(4, 17, "ACTOR")]},
                            "bob": {"d1": [(21, 28, "LOCATION")]}})
    doc = project.load_document("d1")
    ann = project.load_annotations(doc, "bob")
    ann.status = DocStatus.NEW
    project.save_annotations(ann)  # bob's is not done: أمينة's is used
    (example,) = training_examples(Project.open(project.path))
    assert [s.label for s in example[1]] == ["ACTOR"]
