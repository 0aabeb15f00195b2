"""registry.json on disk, the project-wide registry view, and grouping mentions across files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.edits import (
    RemoveRelation,
    RemoveSpan,
    apply_unchecked,
    load_items,
    make_relation,
    make_span,
)
from annotator.core.model import Document, Status
from annotator.core.registry import ActorRegistry, RegistryError, accept_grouping, suggest_groupings
from annotator.formats.errors import ConflictError, ProjectError, ReadError, VersionError
from annotator.formats.project import Project
from annotator.formats.registry_store import (
    REGISTRY_FILE,
    GroupingChange,
    ProjectActors,
    RegistryStore,
    collect_mentions,
    file_actors,
    group_suggestion,
    link_mentions,
    read_project_actors,
    registry_index,
)

DOCS = {
    "d1": "قالت واشنطن إن المفاوضات ستستأنف قريبا.",
    "d2": "وأكدت الإدارة الأميركية أن العقوبات باقية.",
    "d3": "قال مصدر أمني إن واشنطن أرسلت وفدا.",
}


def _add(project: Project, doc_id: str, who: str, actor_word: str, claim_text: str,
         rejected: bool = False) -> None:
    text = DOCS[doc_id]
    doc = project.load_document(doc_id)
    ann = project.load_annotations(doc, who)
    a = text.index(actor_word)
    c = text.index(claim_text)
    actor = make_span(text, a, a + len(actor_word), "ACTOR", origin="t")
    claim = make_span(text, c, c + len(claim_text), "CLAIM", origin="t")
    rel = make_relation("SOURCE", claim, actor, origin="t",
                        status=Status.REJECTED if rejected else Status.ACCEPTED)
    load_items(ann, spans=[actor, claim])
    load_items(ann, relations=[rel])
    project.save_annotations(ann)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "p", annotator="alice")
    for doc_id, text in DOCS.items():
        project.add_document(Document(doc_id, text))
    _add(project, "d1", "alice", "واشنطن", "المفاوضات ستستأنف قريبا")
    _add(project, "d2", "alice", "الإدارة الأميركية", "العقوبات باقية")
    _add(project, "d3", "bob", "مصدر أمني", "واشنطن أرسلت وفدا")
    _add(project, "d1", "bob", "واشنطن", "المفاوضات ستستأنف قريبا", rejected=True)
    return project


def test_missing_file_is_an_empty_registry(tmp_path):
    assert len(RegistryStore(tmp_path).load()) == 0


def test_round_trip_keeps_unknown_keys_and_is_stable(tmp_path):
    path = tmp_path / REGISTRY_FILE
    path.write_text(json.dumps({
        "schema_version": 1, "curator": "team-a",
        "actors": [{"id": "act-2", "name": "Algeria", "aliases": ["الجزائر"], "type": "state",
                    "wikidata": "Q262"},
                   {"id": "act-1", "name": "United States", "aliases": []}]},
        ensure_ascii=False), encoding="utf-8")
    store = RegistryStore(tmp_path)
    reg = store.load()
    assert reg.get("act-2").extra == {"wikidata": "Q262"}
    reg.add_alias("act-1", "واشنطن")
    store.save(reg)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["curator"] == "team-a"
    assert [a["id"] for a in data["actors"]] == ["act-1", "act-2"]
    assert data["actors"][1]["wikidata"] == "Q262"
    assert "واشنطن" in path.read_text(encoding="utf-8")  # Arabic as is
    first = path.read_bytes()
    store.save(RegistryStore(tmp_path).load())
    assert path.read_bytes() == first


@pytest.mark.parametrize("content, error, message", [
    ({"schema_version": 9, "actors": []}, VersionError, "newer version"),
    ({"actors": [{"id": "a"}]}, ReadError, "needs a string 'id' and 'name'"),
    ({"actors": [{"id": "a", "name": "x", "aliases": "y"}]}, ReadError, "aliases"),
    ({"actors": [{"id": "a", "name": "x"}, {"id": "a", "name": "y"}]}, ReadError, "share"),
    ({"actors": [{"id": "a", "name": "x", "type": "alien"}]}, ReadError, "actor type"),
    ([1, 2], ReadError, "JSON object"),
])
def test_bad_files_are_refused_with_a_message(tmp_path, content, error, message):
    (tmp_path / REGISTRY_FILE).write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(error, match=message):
        RegistryStore(tmp_path).load()


def test_a_file_changed_on_disk_is_not_overwritten(tmp_path):
    store = RegistryStore(tmp_path)
    reg = store.load()
    reg.add("Egypt", type="state")
    other = RegistryStore(tmp_path)
    other_reg = other.load()
    other_reg.add("Libya")
    other.save(other_reg)
    with pytest.raises(ConflictError):
        store.save(reg)
    assert "Libya" in (tmp_path / REGISTRY_FILE).read_text(encoding="utf-8")


def test_group_link_and_list_mentions_and_claims_across_the_project(project):
    mentions = collect_mentions(project)
    assert sorted(m.text for m in mentions) == ["الإدارة الأميركية", "مصدر أمني", "واشنطن",
                                                 "واشنطن"]
    reg = ActorRegistry()
    us = reg.add("United States", type="state", aliases=["الإدارة الأميركية"])
    groups = suggest_groupings(mentions, reg)
    [group] = [g for g in groups if g.entry_id == us.id]
    assert {m.text for m in group.mentions} == {"الإدارة الأميركية"}
    washington = [m for m in mentions if m.text == "واشنطن"]
    accept_grouping(reg, group)
    change = link_mentions(project, [*group.mentions, *washington], us.id)
    assert change.counts == {"files": 3, "spans_changed": 3}
    [item] = [i for i in registry_index(project, reg) if i.canonical_id == us.id]
    assert item.documents == ["d1", "d2"]
    assert sorted((m.document_id, m.annotator) for m in item.mentions) == \
        [("d1", "alice"), ("d1", "bob"), ("d2", "alice")]
    # bob's SOURCE link in d1 was rejected: only the two accepted claims are listed.
    assert sorted(c.claim_text for c in item.claims) == ["العقوبات باقية",
                                                         "المفاوضات ستستأنف قريبا"]


def test_linking_is_undone_byte_for_byte(project):
    def files():
        return {p: p.read_bytes() for p in sorted((project.path / "annotations").rglob("*.json"))}
    before = files()
    mentions = [m for m in collect_mentions(project) if m.text == "واشنطن"]
    change = link_mentions(project, mentions, "act-x")
    after = files()
    assert after != before
    change.undo()
    assert files() == before
    change.redo()
    assert files() == after


def test_ids_not_in_the_registry_are_still_listed(project):
    mentions = [m for m in collect_mentions(project) if m.text == "مصدر أمني"]
    link_mentions(project, mentions, "act-orphan")
    index = registry_index(project, ActorRegistry())
    assert [(i.canonical_id, i.entry, len(i.claims)) for i in index] == \
        [("act-orphan", None, 1)]


def _files(project: Project) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted((project.path / "annotations").rglob("*.json"))}


def _washington_group(project: Project, registry: ActorRegistry):
    [group] = [g for g in suggest_groupings(collect_mentions(project), registry, min_mentions=1)
               if g.name == "واشنطن"]
    return group


def test_the_background_read_gives_what_registry_index_gives(project):
    reg = ActorRegistry()
    us = reg.add("United States", aliases=["الإدارة الأميركية"])
    link_mentions(project, [m for m in collect_mentions(project) if m.text != "مصدر أمني"],
                  us.id)
    progress: list[tuple[int, int]] = []
    actors = read_project_actors(Project.open(project.path, annotator="alice"),
                                 progress=lambda done, total: progress.append((done, total)))
    assert actors.index(reg) == registry_index(project, reg)
    assert actors.mentions() == collect_mentions(project)
    assert actors.problems == []
    assert progress == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert actors.suggestions(reg) == suggest_groupings(collect_mentions(project), reg)
    assert set(actors.name_keys) == {m.text for m in actors.mentions()}


def test_an_unreadable_file_is_named_and_the_others_read(project):
    project.annotations_path("d2", "alice").write_text("{broken", encoding="utf-8")
    actors = read_project_actors(project)
    assert len(actors.problems) == 1 and "d2" in actors.problems[0]
    assert sorted(actors.files) == [("d1", "alice"), ("d1", "bob"), ("d3", "bob")]
    with pytest.raises(ProjectError):  # the strict listing refuses instead
        registry_index(project, ActorRegistry())


def test_the_open_documents_state_replaces_what_was_read(project):
    actors = read_project_actors(project)
    doc = project.load_document("d2")
    ann = project.load_annotations(doc, "alice")
    [span] = [s for s in ann.spans.values() if s.label == "ACTOR"]
    load_items(ann, spans=[span.with_changes(canonical_id="act-us")])  # unsaved, in memory
    actors.put(file_actors(ann))
    [item] = actors.index(ActorRegistry())
    assert item.canonical_id == "act-us"
    assert [(m.document_id, c.claim_text) for m in item.mentions for c in item.claims] == \
        [("d2", "العقوبات باقية")]
    assert isinstance(actors, ProjectActors)


def test_a_grouping_and_its_registry_edit_are_undone_and_redone_together(project):
    before_files = _files(project)
    group = _washington_group(project, ActorRegistry())
    change = group_suggestion(project, group, description="Group واشنطن")
    assert isinstance(change, GroupingChange)
    [entry] = RegistryStore(project.path).load().entries.values()
    assert entry.name == "واشنطن" and change.counts == {"files": 2, "spans_changed": 2}
    after_files = _files(project)
    # A registry edit made in between (another actor) survives undo and redo.
    store = RegistryStore(project.path)
    reg = store.load()
    other = reg.add("Libya")
    store.save(reg)
    change.undo()
    assert _files(project) == before_files
    assert list(RegistryStore(project.path).load().entries) == [other.id]
    change.redo()
    assert _files(project) == after_files
    assert sorted(RegistryStore(project.path).load().entries) == sorted([other.id, entry.id])


def test_a_grouping_that_cannot_link_leaves_the_registry_as_it_was(project):
    group = _washington_group(project, ActorRegistry())
    doc = project.load_document("d1")
    ann = project.load_annotations(doc, "alice")
    gone = next(m.span_id for m in group.mentions if m.document_id == "d1")
    for rel in list(ann.relations.values()):
        apply_unchecked(ann, RemoveRelation(rel))
    apply_unchecked(ann, RemoveSpan(ann.spans[gone]))
    project.save_annotations(ann)
    before_files = _files(project)
    with pytest.raises(RegistryError, match="is not in document d1"):
        group_suggestion(project, group)
    assert len(RegistryStore(project.path).load()) == 0
    assert _files(project) == before_files


def test_undo_is_refused_whole_when_the_registry_cannot_be_written(project):
    group = _washington_group(project, ActorRegistry())
    change = group_suggestion(project, group)
    after_files = _files(project)
    (project.path / REGISTRY_FILE).write_text('{"schema_version": 99}', encoding="utf-8")
    with pytest.raises(VersionError):
        change.undo()
    assert _files(project) == after_files and not change.undone
