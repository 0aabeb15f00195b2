"""Schema edits across a project: spans kept, explicit choices on removal, exact undo."""

from __future__ import annotations

import copy
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.edits import (
    AddRelation,
    Batch,
    EditError,
    RemoveRelation,
    apply_edit,
    load_items,
    make_relation,
    make_span,
)
from annotator.core.model import AnnotationSet, Document
from annotator.core.schema import (
    AttributeDef,
    LabelSchema,
    RelationType,
    SpanLabel,
    default_schema,
)
from annotator.core.schema_ops import (
    ARCHIVED_ATTRIBUTES,
    AddAttribute,
    AddLabel,
    AddRelationType,
    RemoveAttribute,
    RemoveLabel,
    RemoveRelationType,
    RenameAttribute,
    RenameAttributeValue,
    RenameLabel,
    RenameRelationType,
    SchemaOp,
    SchemaOpError,
    UpdateLabel,
    UpdateRelationType,
    free_name,
)
from annotator.core.text import sha256_text
from annotator.formats.errors import ConflictError, ProjectError
from annotator.formats.project import Project
from annotator.formats.schema_change import change_schema

TEXT = "قال وزير الداخلية التونسي إن الجيش أحبط هجوما قرب القصرين."


def _span(text: str, word: str, label: str, **attrs) -> object:
    start = text.index(word)
    return make_span(text, start, start + len(word), label, origin="tester", attributes=attrs)


def _fill(project: Project, doc_id: str, who: str) -> AnnotationSet:
    doc = project.load_document(doc_id)
    ann = project.load_annotations(doc, who)
    actor = _span(TEXT, "وزير الداخلية التونسي", "ACTOR", type="person")
    claim = _span(TEXT, "الجيش أحبط هجوما قرب القصرين", "CLAIM", quote="indirect",
                  certainty="CT+")
    cue = _span(TEXT, "قال", "CUE")
    place = _span(TEXT, "القصرين", "LOCATION")
    for s in (actor, claim, cue, place):
        load_items(ann, spans=[s])
    for rel in (make_relation("SOURCE", claim, actor, origin="tester", attributes={}),
                make_relation("ABOUT", claim, place, origin="tester")):
        load_items(ann, relations=[rel])
    project.save_annotations(ann)
    return ann


@pytest.fixture
def filled(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "p", annotator="tester")
    for doc_id in ("d1", "d2"):
        project.add_document(Document(doc_id, TEXT))
        for who in ("alice", "bob"):
            _fill(project, doc_id, who)
    return project


def snapshot(project: Project) -> dict[str, bytes]:
    """Every file of the project except the cache and the lock."""
    return {str(p.relative_to(project.path)): p.read_bytes()
            for p in sorted(project.path.rglob("*")) if p.is_file()
            and ".cache" not in p.parts and p.name != ".annotator.lock"}


def load(project: Project, doc_id: str = "d1", who: str = "alice") -> AnnotationSet:
    fresh = Project.open(project.path, annotator=who)
    return fresh.load_annotations(fresh.load_document(doc_id), who)


def labels(ann: AnnotationSet) -> list[str]:
    return sorted(s.label for s in ann.spans.values())


def test_rename_label_keeps_spans_everywhere_and_undo_restores_bytes(filled):
    before = snapshot(filled)
    ids_before = set(load(filled).spans)
    change = change_schema(filled, RenameLabel("ACTOR", "SPEAKER"))
    assert change.counts["files"] == 4 and change.counts["spans_changed"] == 4
    for doc_id in ("d1", "d2"):
        for who in ("alice", "bob"):
            ann = load(filled, doc_id, who)
            assert labels(ann) == ["CLAIM", "CUE", "LOCATION", "SPEAKER"]
    ann = load(filled)
    assert set(ann.spans) == ids_before
    reopened = Project.open(filled.path)
    assert reopened.schema.relation_type("SOURCE").tail_labels == ("SPEAKER",)
    assert reopened.schema.relation_type("ABOUT").tail_labels == ("SPEAKER", "LOCATION")
    after = snapshot(filled)
    change.undo()
    assert snapshot(filled) == before
    assert filled.schema == default_schema()
    change.redo()
    assert snapshot(filled) == after
    change.undo()
    assert snapshot(filled) == before


def test_edits_still_validate_after_a_rename(filled):
    change_schema(filled, RenameLabel("ACTOR", "SPEAKER"))
    ann = load(filled)
    claim = next(s for s in ann.spans.values() if s.label == "CLAIM")
    speaker = next(s for s in ann.spans.values() if s.label == "SPEAKER")
    rel = make_relation("SOURCE", claim, speaker, origin="t")
    schema = Project.open(filled.path).schema
    old = [r for r in ann.relations.values() if r.type == "SOURCE"]
    apply_edit(TEXT, ann, Batch(tuple(RemoveRelation(r) for r in old)), schema)
    apply_edit(TEXT, ann, AddRelation(rel), schema)
    with pytest.raises(EditError, match="must point to SPEAKER"):
        cue = next(s for s in ann.spans.values() if s.label == "CUE")
        apply_edit(TEXT, ann, AddRelation(make_relation("SOURCE", claim, cue, origin="t")),
                   schema)


def test_remove_label_needs_an_explicit_choice(filled):
    before = snapshot(filled)
    with pytest.raises(ProjectError, match="needs a choice"):
        change_schema(filled, RemoveLabel("CUE"))
    with pytest.raises(ProjectError, match="needs a choice"):
        change_schema(filled, RemoveLabel("CUE", relabel_to="CLAIM", archive=True))
    assert snapshot(filled) == before


def test_remove_label_with_relabel_moves_spans_and_keeps_lost_attributes(filled):
    before = snapshot(filled)
    change = change_schema(filled, RemoveLabel("CLAIM", relabel_to="ACTOR"))
    assert change.counts["duplicates"] == 0
    ann = load(filled)
    assert labels(ann) == ["ACTOR", "ACTOR", "CUE", "LOCATION"]
    moved = next(s for s in ann.spans.values() if s.text.startswith("الجيش"))
    assert moved.attributes == {}
    assert moved.extra[ARCHIVED_ATTRIBUTES] == {"quote": "indirect", "certainty": "CT+"}
    schema = Project.open(filled.path).schema
    assert schema.label("CLAIM") is None
    assert schema.relation_type("SOURCE").head_labels == ("ACTOR",)
    assert len(ann.relations) == 2
    change.undo()
    assert snapshot(filled) == before


def test_remove_label_with_archive_keeps_spans_and_relations_in_the_file(filled):
    before = snapshot(filled)
    change = change_schema(filled, RemoveLabel("LOCATION", archive=True))
    assert change.counts["spans_archived"] == 4 and change.counts["relations_archived"] == 4
    ann = load(filled)
    assert "LOCATION" not in labels(ann)
    [archived] = ann.extra["archived_spans"]
    assert archived["text"] == "القصرين" and archived["label"] == "LOCATION"
    assert "LOCATION" in archived["archived"]["reason"]
    [rel] = ann.extra["archived_relations"]
    assert rel["type"] == "ABOUT"
    assert [r.type for r in ann.relations.values()] == ["SOURCE"]
    assert Project.open(filled.path).schema.relation_type("ABOUT").tail_labels == ("ACTOR",)
    change.undo()
    assert snapshot(filled) == before


def test_archive_refused_when_a_relation_type_would_accept_anything(filled):
    before = snapshot(filled)
    with pytest.raises(ProjectError, match="SOURCE allows only ACTOR"):
        change_schema(filled, RemoveLabel("ACTOR", archive=True))
    assert snapshot(filled) == before


def test_relation_type_rename_retype_and_archive(filled):
    before = snapshot(filled)
    first = change_schema(filled, RenameRelationType("ABOUT", "MENTIONS"))
    assert sorted(r.type for r in load(filled).relations.values()) == ["MENTIONS", "SOURCE"]
    with pytest.raises(ProjectError, match="does not allow"):
        change_schema(filled, RemoveRelationType("MENTIONS", retype_to="SOURCE"))
    second = change_schema(filled, RemoveRelationType("MENTIONS", archive=True))
    ann = load(filled)
    assert [r.type for r in ann.relations.values()] == ["SOURCE"]
    assert ann.extra["archived_relations"][0]["type"] == "MENTIONS"
    second.undo()
    first.undo()
    assert snapshot(filled) == before


def test_update_relation_type_refuses_to_break_existing_links(filled):
    narrower = default_schema().relation_type("ABOUT")
    from dataclasses import replace
    with pytest.raises(ProjectError, match="would not allow"):
        change_schema(filled, UpdateRelationType(replace(narrower, tail_labels=("ACTOR",))))
    change = change_schema(filled, UpdateRelationType(replace(narrower, colour="#000000")))
    assert filled.schema.relation_type("ABOUT").colour == "#000000"
    change.undo()
    assert filled.schema.relation_type("ABOUT").colour == narrower.colour


def test_attribute_rename_value_rename_and_remove(filled):
    before = snapshot(filled)
    changes = [change_schema(filled, RenameAttribute("CLAIM", "quote", "quotation")),
               change_schema(filled, RenameAttributeValue("CLAIM", "certainty", "CT+",
                                                          "certain"))]
    claim = next(s for s in load(filled).spans.values() if s.label == "CLAIM")
    assert claim.attributes == {"quotation": "indirect", "certainty": "certain"}
    assert "certain" in Project.open(filled.path).schema.label("CLAIM").attribute(
        "certainty").value_labels
    changes.append(change_schema(filled, RemoveAttribute("CLAIM", "certainty")))
    claim = next(s for s in load(filled).spans.values() if s.label == "CLAIM")
    assert claim.attributes == {"quotation": "indirect"}
    assert claim.extra[ARCHIVED_ATTRIBUTES] == {"certainty": "certain"}
    changes.append(change_schema(filled, AddAttribute("CUE", AttributeDef("tense", ("past",
                                                                                     "present")))))
    assert filled.schema.label("CUE").attribute("tense") is not None
    for change in reversed(changes):
        change.undo()
    assert snapshot(filled) == before


def test_add_label_and_refusals(filled):
    change = change_schema(filled, AddLabel(SpanLabel("EVENT", "#123456", "5")))
    assert Project.open(filled.path).schema.label("EVENT") is not None
    assert change.counts["files"] == 0
    for bad, message in [(RenameLabel("ACTOR", "CLAIM"), "already a label"),
                         (RenameLabel("NOPE", "X"), "no label"),
                         (RenameLabel("ACTOR", " X"), "spaces"),
                         (RemoveLabel("ACTOR", relabel_to="ACTOR"), "itself"),
                         (AddLabel(SpanLabel("EVENT", "#000000")), "already a label")]:
        with pytest.raises(ProjectError, match=message):
            change_schema(filled, bad)


def test_undo_refuses_when_a_file_changed_since_and_writes_nothing(filled):
    change = change_schema(filled, RenameLabel("ACTOR", "SPEAKER"))
    path = filled.annotations_path("d2", "bob")
    path.write_bytes(path.read_bytes().replace(b'"tester"', b'"someone"'))
    after = snapshot(filled)
    with pytest.raises(ConflictError):
        change.undo()
    assert snapshot(filled) == after


def test_unreadable_file_stops_the_change_before_any_write(filled):
    filled.annotations_path("d2", "bob").write_text("{broken", encoding="utf-8")
    before = snapshot(filled)
    with pytest.raises(ProjectError, match="nothing was changed"):
        change_schema(filled, RenameLabel("ACTOR", "SPEAKER"))
    assert snapshot(filled) == before


@given(st.lists(st.tuples(st.integers(0, len(TEXT) - 1), st.integers(1, 8),
                          st.sampled_from(["ACTOR", "CLAIM", "CUE", "LOCATION"])),
                max_size=12))
def test_rename_there_and_back_is_the_identity_in_memory(raw):
    schema = default_schema()
    ann = AnnotationSet("d", "a", sha256_text(TEXT))
    for start, width, label in raw:
        end = min(len(TEXT), start + width)
        span = make_span(TEXT, start, end, label, origin="h")
        load_items(ann, spans=[span])
    original = copy.deepcopy(ann)
    there, back = RenameLabel("CLAIM", "QUOTE"), RenameLabel("QUOTE", "CLAIM")
    mid = there.schema(schema)
    there.annotations(ann, schema)
    assert "CLAIM" not in {s.label for s in ann.spans.values()}
    assert back.schema(mid) == schema
    back.annotations(ann, mid)
    assert ann == original


def test_op_errors_are_value_errors_with_messages():
    with pytest.raises(SchemaOpError, match="needs a choice"):
        RemoveLabel("ACTOR").schema(default_schema())


def test_document_list_counts_follow_undo(filled):
    def counts():
        return [filled.entry(d).span_counts("alice") for d in ("d1", "d2")]
    before = counts()
    change = change_schema(filled, RemoveLabel("LOCATION", archive=True))
    assert counts() != before
    change.undo()
    assert counts() == before


def test_relabel_counts_spans_that_become_duplicates(filled):
    change_schema(filled, AddLabel(SpanLabel("PLACE", "#123456")))
    ann = load(filled)
    place = next(s for s in ann.spans.values() if s.label == "LOCATION")
    copy_ = make_span(TEXT, place.start, place.end, "PLACE", origin="t")
    fresh = Project.open(filled.path, annotator="alice")
    ann = fresh.load_annotations(fresh.load_document("d1"), "alice")
    load_items(ann, spans=[copy_])
    fresh.save_annotations(ann)
    change = change_schema(fresh, RemoveLabel("PLACE", relabel_to="LOCATION"))
    assert change.counts["duplicates"] == 1
    assert labels(load(fresh)).count("LOCATION") == 2  # kept, not merged away


# ------------------------------------------------------------------ both kinds, in memory


def _in_memory() -> AnnotationSet:
    """One document's CLAIM, ACTOR and LOCATION spans with a SOURCE and an ABOUT link."""
    ann = AnnotationSet("d", "a", sha256_text(TEXT))
    claim = _span(TEXT, "الجيش أحبط هجوما قرب القصرين", "CLAIM")
    actor = _span(TEXT, "وزير الداخلية التونسي", "ACTOR")
    place = _span(TEXT, "القصرين", "LOCATION")
    for s in (claim, actor, place):
        load_items(ann, spans=[s])
    for rel in (make_relation("SOURCE", claim, actor, origin="t", attributes={"manner": "x"}),
                make_relation("ABOUT", claim, place, origin="t")):
        load_items(ann, relations=[rel])
    return ann


def _types(ann: AnnotationSet) -> list[str]:
    return sorted(r.type for r in ann.relations.values())


DEFAULT = default_schema()
CLAIM = DEFAULT.label("CLAIM")
SOURCE = DEFAULT.relation_type("SOURCE")


@pytest.mark.parametrize(("op", "description"), [
    (AddLabel(SpanLabel("EVENT", "#000000")), "Add label EVENT"),
    (UpdateLabel(CLAIM), "Edit label CLAIM"),
    (RenameLabel("ACTOR", "SPEAKER"), "Rename label ACTOR to SPEAKER"),
    (RemoveLabel("CUE", relabel_to="ACTOR"), "Remove label CUE (relabel its spans to ACTOR)"),
    (RemoveLabel("CUE", archive=True), "Remove label CUE (archive its spans)"),
    (AddRelationType(RelationType("CITES")), "Add relation type CITES"),
    (UpdateRelationType(SOURCE), "Edit relation type SOURCE"),
    (RenameRelationType("ABOUT", "MENTIONS"), "Rename relation type ABOUT to MENTIONS"),
    (RemoveRelationType("ABOUT", retype_to="SOURCE"),
     "Remove relation type ABOUT (retype its links to SOURCE)"),
    (RemoveRelationType("ABOUT", archive=True), "Remove relation type ABOUT (archive its links)"),
    (AddAttribute("SOURCE", AttributeDef("manner"), on_relation=True),
     "Add attribute manner to SOURCE"),
    (RenameAttribute("CLAIM", "quote", "quotation"), "Rename attribute CLAIM.quote to quotation"),
    (RemoveAttribute("CLAIM", "quote"), "Remove attribute CLAIM.quote"),
    (RenameAttributeValue("CLAIM", "quote", "direct", "verbatim"),
     "Rename value direct of CLAIM.quote to verbatim"),
])
def test_every_operation_names_itself_for_the_undo_menu(op: SchemaOp, description: str):
    assert op.description == description


@pytest.mark.parametrize(("op", "message"), [
    (AddLabel(SpanLabel("CUE", "#000000")), "there is already a label 'CUE'"),
    (AddLabel(SpanLabel("", "#000000")), "a label needs a name"),
    (AddRelationType(RelationType("ABOUT")), "there is already a relation type 'ABOUT'"),
    (AddRelationType(RelationType(" X")), "the relation type name ' X' has spaces at its ends"),
    (RenameLabel("ACTOR", "CLAIM"), "there is already a label 'CLAIM'; to merge the two, "
                                    "remove ACTOR and relabel its spans to CLAIM"),
    (RenameRelationType("ABOUT", "SOURCE"), "there is already a relation type 'SOURCE'"),
    (RenameRelationType("NOPE", "X"), "there is no relation type 'NOPE'"),
    (RenameRelationType("ABOUT", ""), "a relation type needs a name"),
    (UpdateLabel(replace(CLAIM, attributes=())),
     "change attributes with the attribute operations, so that the spans that carry them "
     "are kept consistent"),
    (UpdateLabel(SpanLabel("NOPE", "#000000")), "there is no label 'NOPE'"),
    (UpdateRelationType(replace(SOURCE, attributes=(AttributeDef("manner"),))),
     "change attributes with the attribute operations"),
    (RemoveLabel("CUE"), "removing CUE needs a choice: relabel its spans to another label, "
                         "or archive them (they are never deleted)"),
    (RemoveLabel("CUE", relabel_to="NOPE"), "there is no label 'NOPE'"),
    (RemoveLabel("NOPE", archive=True), "there is no label 'NOPE'"),
    (RemoveLabel("CUE", relabel_to="CUE"), "a label cannot be relabelled to itself"),
    (RemoveRelationType("ABOUT", retype_to="SOURCE", archive=True),
     "removing ABOUT needs a choice: retype its links to another relation type, or archive "
     "them"),
    (RemoveRelationType("ABOUT", retype_to="NOPE"), "there is no relation type 'NOPE'"),
    (RemoveRelationType("ABOUT", retype_to="ABOUT"), "a relation type cannot be retyped to itself"),
    (AddAttribute("NOPE", AttributeDef("x"), on_relation=True), "there is no relation type 'NOPE'"),
    (RemoveAttribute("SOURCE", "x", on_relation=True), "SOURCE has no attribute 'x'"),
])
def test_refusals_say_why_in_the_words_of_their_kind(op: SchemaOp, message: str):
    with pytest.raises(SchemaOpError) as err:
        op.schema(DEFAULT)
    assert str(err.value) == message


def test_add_and_rename_a_relation_type_in_memory():
    schema = AddRelationType(RelationType("CITES")).schema(DEFAULT)
    assert [r.name for r in schema.relation_types] == ["SOURCE", "ABOUT", "CITES"]
    ann = _in_memory()
    spans = dict(ann.spans)
    rename = RenameRelationType("ABOUT", "MENTIONS")
    renamed = rename.schema(schema)
    assert [r.name for r in renamed.relation_types] == ["SOURCE", "MENTIONS", "CITES"]
    assert renamed.relation_type("MENTIONS") == replace(DEFAULT.relation_type("ABOUT"),
                                                        name="MENTIONS")
    change = rename.annotations(ann, schema)
    assert (change.relations_changed, change.spans_changed) == (1, 0)
    assert _types(ann) == ["MENTIONS", "SOURCE"]
    assert ann.spans == spans


def test_rename_a_label_leaves_relations_alone_but_renames_their_constraints():
    ann = _in_memory()
    relations = dict(ann.relations)
    op = RenameLabel("LOCATION", "PLACE")
    schema = op.schema(DEFAULT)
    assert schema.label_names == ["ACTOR", "PLACE", "CLAIM", "CUE"]
    assert schema.relation_type("ABOUT").tail_labels == ("ACTOR", "PLACE")
    change = op.annotations(ann, DEFAULT)
    assert (change.spans_changed, change.relations_changed) == (1, 0)
    assert ann.relations == relations


def test_retype_keeps_the_attributes_the_target_defines_and_archives_the_rest():
    schema = LabelSchema(DEFAULT.span_labels, (
        replace(SOURCE, attributes=(AttributeDef("manner"),)),
        RelationType("ATTRIBUTED", attributes=(AttributeDef("weight"),))))
    ann = _in_memory()
    [source] = [r for r in ann.relations.values() if r.type == "SOURCE"]
    load_items(ann, relations=[source.with_changes(attributes={"manner": "x", "weight": 2})])
    op = RemoveRelationType("SOURCE", retype_to="ATTRIBUTED")
    assert [r.name for r in op.schema(schema).relation_types] == ["ATTRIBUTED"]
    change = op.annotations(ann, schema)
    assert (change.relations_changed, change.archived_relations) == (1, [])
    moved = ann.relations[source.id]
    assert (moved.type, moved.attributes) == ("ATTRIBUTED", {"weight": 2})
    assert moved.extra[ARCHIVED_ATTRIBUTES] == {"manner": "x"}


def test_archive_a_relation_type_hands_its_links_back_in_memory():
    ann = _in_memory()
    [about] = [r for r in ann.relations.values() if r.type == "ABOUT"]
    change = RemoveRelationType("ABOUT", archive=True).annotations(ann, DEFAULT)
    assert change.archived_relations == [about] and change.relations_changed == 0
    assert _types(ann) == ["SOURCE"]


def test_archive_a_label_hands_back_its_spans_and_their_links_in_memory():
    ann = _in_memory()
    [place] = [s for s in ann.spans.values() if s.label == "LOCATION"]
    [about] = [r for r in ann.relations.values() if r.type == "ABOUT"]
    change = RemoveLabel("LOCATION", archive=True).annotations(ann, DEFAULT)
    assert (change.archived_spans, change.archived_relations) == ([place], [about])
    assert labels(ann) == ["ACTOR", "CLAIM"] and _types(ann) == ["SOURCE"]


@pytest.mark.parametrize(("op", "message"), [
    (UpdateRelationType(replace(DEFAULT.relation_type("ABOUT"), tail_labels=("ACTOR",))),
     "document d (a) has a ABOUT link from CLAIM to LOCATION, which the new head/tail labels "
     "would not allow"),
    (RemoveRelationType("ABOUT", retype_to="SOURCE"),
     "document d (a) has a ABOUT link from CLAIM to LOCATION, which SOURCE does not allow; "
     "archive the links instead"),
])
def test_links_the_new_constraints_would_break_are_named(op: SchemaOp, message: str):
    with pytest.raises(SchemaOpError) as err:
        op.annotations(_in_memory(), DEFAULT)
    assert str(err.value) == message


def test_attribute_operations_on_a_relation_type_rewrite_its_links():
    schema = AddAttribute("SOURCE", AttributeDef("manner", ("x", "y")),
                          on_relation=True).schema(DEFAULT)
    assert schema.relation_type("SOURCE").attribute("manner").values == ("x", "y")
    ann = _in_memory()
    spans = dict(ann.spans)
    [source_id] = [r.id for r in ann.relations.values() if r.type == "SOURCE"]
    steps = [RenameAttribute("SOURCE", "manner", "how", on_relation=True),
             RenameAttributeValue("SOURCE", "how", "x", "z", on_relation=True),
             RemoveAttribute("SOURCE", "how", on_relation=True)]
    seen = []
    for op in steps:
        change = op.annotations(ann, schema)
        schema = op.schema(schema)
        rel = ann.relations[source_id]
        seen.append((change.relations_changed, change.spans_changed, dict(rel.attributes)))
    assert seen == [(1, 0, {"how": "x"}), (1, 0, {"how": "z"}), (1, 0, {})]
    assert ann.relations[source_id].extra[ARCHIVED_ATTRIBUTES] == {"how": "z"}
    assert schema.relation_type("SOURCE").attributes == ()
    assert ann.spans == spans


def test_free_name_numbers_a_taken_name_from_two():
    assert free_name("NEW", ["ACTOR"]) == "NEW"
    assert free_name("NEW", ["NEW", "NEW2", "NEW4"]) == "NEW3"


def test_a_schema_change_is_a_mutation_whose_inverse_undoes_it(filled):
    """apply() of the inverse undoes and returns the change; apply() of that redoes."""
    before = snapshot(filled)
    change = change_schema(filled, RenameLabel("ACTOR", "SPEAKER"))
    after = snapshot(filled)
    inverse = change.inverse()
    assert inverse.description == change.description
    assert change.merge_key() is None and inverse.merge_key() is None
    redo = inverse.apply()
    assert redo is change and snapshot(filled) == before and filled.schema == default_schema()
    again = redo.apply()
    assert snapshot(filled) == after and filled.schema.label("SPEAKER") is not None
    again.apply()
    assert snapshot(filled) == before
