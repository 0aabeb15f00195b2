"""The actor registry model: entries, merging, grouping edits and grouping suggestions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.edits import apply_edit, load_items, make_span
from annotator.core.model import AnnotationSet, Status
from annotator.core.registry import (
    ActorRegistry,
    GroupingSuggestion,
    Mention,
    RegistryError,
    accept_grouping,
    canonicals_from_lexicon,
    link_edits,
    mentions_of,
    name_key,
    redo_grouping,
    relink_edits,
    suggest_groupings,
    undo_grouping,
)
from annotator.core.text import sha256_text
from annotator.suggest.lexicon import default_lexicon_paths, load_lexicon


def m(doc: str, text: str, span: str = "", **kw) -> Mention:
    return Mention(doc, "alice", span or f"s-{doc}-{text}", text, **kw)


def test_entries_aliases_rename_and_types():
    reg = ActorRegistry()
    us = reg.add("United States", type="state", aliases=["واشنطن", "واشنطن", " "])
    assert us.aliases == ("واشنطن",)
    assert reg.find("الولايات المتحدة") == []
    reg.add_alias(us.id, "الولايات المتحدة")
    assert [e.id for e in reg.find("الولايات المتّحدة")] == [us.id]  # tashkeel ignored
    renamed = reg.rename(us.id, "الولايات المتحدة الأمريكية")
    assert "United States" in renamed.aliases
    with pytest.raises(RegistryError, match="actor type"):
        reg.set_type(us.id, "alien")
    with pytest.raises(RegistryError, match="no actor"):
        reg.rename("act-missing", "x")
    with pytest.raises(RegistryError, match="needs a name"):
        reg.add("  ")


def test_merge_folds_names_into_aliases():
    reg = ActorRegistry()
    a = reg.add("الولايات المتحدة", type="state")
    b = reg.add("واشنطن", aliases=["الإدارة الأميركية"])
    merged = reg.merge(a.id, [b.id])
    assert set(merged.aliases) == {"واشنطن", "الإدارة الأميركية"}
    assert list(reg.entries) == [a.id]


def _ann(text: str, *words: str) -> AnnotationSet:
    ann = AnnotationSet("d1", "alice", sha256_text(text))
    for w in words:
        start = text.index(w)
        span = make_span(text, start, start + len(w), "ACTOR", origin="t")
        load_items(ann, spans=[span])
    return ann


def test_link_edits_are_one_undoable_step():
    text = "قالت واشنطن إن الإدارة الأميركية تدرس الأمر."
    ann = _ann(text, "واشنطن", "الإدارة الأميركية")
    reg = ActorRegistry()
    us = reg.add("United States")
    before = dict(ann.spans)
    inverse = apply_edit(text, ann, link_edits(ann, list(ann.spans), us.id))
    assert {s.canonical_id for s in ann.spans.values()} == {us.id}
    assert [x.canonical_id for x in mentions_of(ann)] == [us.id, us.id]
    other = reg.add("USA")
    apply_edit(text, ann, relink_edits(ann, {us.id: other.id}))
    assert {s.canonical_id for s in ann.spans.values()} == {other.id}
    apply_edit(text, ann, relink_edits(ann, {other.id: us.id}))
    apply_edit(text, ann, inverse)
    assert ann.spans == before
    with pytest.raises(RegistryError, match="not in document"):
        link_edits(ann, ["nope"], us.id)


def test_rejected_spans_are_not_mentions():
    text = "قالت واشنطن إن الأمر محسوم."
    ann = _ann(text, "واشنطن")
    span = next(iter(ann.spans.values()))
    load_items(ann, spans=[span.with_changes(status=Status.REJECTED)])
    assert mentions_of(ann) == []


def test_same_normalised_name_groups_across_documents():
    mentions = [m("d1", "وزارة الدفاع الجزائرية"), m("d2", "وزارة الدفاع الجزائريّة"),
                m("d3", "وزاره الدفاع الجزائريه"), m("d4", "قائد الجيش")]
    [group] = suggest_groupings(mentions, ActorRegistry())
    assert group.reason == "same_name" and group.entry_id is None
    assert group.documents == ["d1", "d2", "d3"]
    assert len(group.aliases) == 2


def test_lexicon_canonical_groups_different_surface_forms():
    lexicon = load_lexicon(default_lexicon_paths())
    canon = canonicals_from_lexicon(lexicon)
    assert canon[name_key("واشنطن")][0] == canon[name_key("الولايات المتحدة")][0]
    mentions = [m("d1", "واشنطن"), m("d2", "الولايات المتحدة"), m("d3", "تونس", actor_type="state")]
    groups = suggest_groupings(mentions, ActorRegistry(), canon)
    us = next(g for g in groups if {x.text for x in g.mentions} == {"واشنطن",
                                                                     "الولايات المتحدة"})
    assert us.reason == "lexicon" and us.name == canon[name_key("واشنطن")][0]
    assert us.type == "state"


def test_registry_entry_wins_and_linked_mentions_are_left_alone():
    reg = ActorRegistry()
    us = reg.add("United States", aliases=["واشنطن", "الإدارة الأميركية"])
    mentions = [m("d1", "الإدارة الأمريكية"), m("d2", "واشنطن", canonical_id=us.id),
                m("d3", "الادارة الاميركية")]
    [group] = suggest_groupings(mentions, reg)
    assert group.reason == "registry" and group.entry_id == us.id
    assert {x.document_id for x in group.mentions} == {"d3"}
    # الأمريكية and الأميركية are different spellings, so only d3 matches the alias.
    entry = accept_grouping(reg, group)
    assert entry.id == us.id and "الادارة الاميركية" in entry.aliases


def test_accepting_a_new_group_creates_the_entry():
    reg = ActorRegistry()
    group = suggest_groupings([m("d1", "حفتر"), m("d2", "حفتر")], reg)[0]
    entry = accept_grouping(reg, group)
    assert entry.name == "حفتر" and reg.find("حفتر") == [entry]


@given(st.lists(st.sampled_from(["واشنطن", "واشنطن ", "الإدارة الأميركية", "الإدارة الأمیركیة",
                                 "مصدر أمني", "مَصدر أمني", "تونس"]), max_size=20))
def test_every_unlinked_mention_is_in_at_most_one_group(texts):
    mentions = [m(f"d{i}", t, span=f"s{i}") for i, t in enumerate(texts)]
    groups = suggest_groupings(mentions, ActorRegistry(), min_mentions=2)
    seen = [x.span_id for g in groups for x in g.mentions]
    assert len(seen) == len(set(seen))
    for g in groups:
        assert len({name_key(x.text) for x in g.mentions}) == 1
        assert len(g.mentions) >= 2


def test_known_name_keys_give_the_same_groups():
    mentions = [m("d1", "واشنطن"), m("d2", "وَاشنطن"), m("d3", "الإدارة الأميركية"),
                m("d4", "الادارة الاميركية")]
    keys = {x.text: name_key(x.text) for x in mentions[:2]}  # the others are normalised there
    assert suggest_groupings(mentions, ActorRegistry(), name_keys=keys) == \
        suggest_groupings(mentions, ActorRegistry())


def test_undoing_a_grouping_that_created_an_actor_removes_it_and_redo_brings_it_back():
    reg = ActorRegistry()
    group = suggest_groupings([m("d1", "حفتر"), m("d2", "حفتر")], reg)[0]
    after = accept_grouping(reg, group)
    reg.rename(after.id, "خليفة حفتر")  # made after the grouping
    undone = undo_grouping(reg, None, after)
    assert len(reg) == 0 and undone is not None and undone.name == "خليفة حفتر"
    redo_grouping(reg, None, after, undone)
    assert reg.entries[after.id] == undone  # the rename is kept
    assert undo_grouping(ActorRegistry(), None, after) is None  # already gone: nothing to do


def test_undoing_a_grouping_into_an_existing_actor_takes_back_its_aliases_and_type():
    reg = ActorRegistry()
    us = reg.add("United States", aliases=["واشنطن"])
    # As a lexicon suggestion for an existing entry: a new alias and a type.
    group = GroupingSuggestion("lexicon", "United States", (m("d1", "وَاشنطن"),), us.id,
                               "state", ("وَاشنطن",))
    before = reg.entries[us.id]
    after = accept_grouping(reg, group)
    assert after.aliases == ("واشنطن", "وَاشنطن") and after.type == "state"
    reg.add_alias(us.id, "الإدارة الأميركية")  # made after the grouping: kept
    undo_grouping(reg, before, after)
    assert reg.entries[us.id].aliases == ("واشنطن", "الإدارة الأميركية")
    assert reg.entries[us.id].type is None
    redo_grouping(reg, before, after, None)
    assert reg.entries[us.id].aliases == ("واشنطن", "الإدارة الأميركية", "وَاشنطن")
    assert reg.entries[us.id].type == "state"


def test_undoing_a_grouping_keeps_a_type_changed_since():
    reg = ActorRegistry()
    us = reg.add("United States", aliases=["واشنطن"])
    group = GroupingSuggestion("lexicon", "United States", (m("d1", "واشنطن"),), us.id, "state")
    before = reg.entries[us.id]
    after = accept_grouping(reg, group)
    reg.set_type(us.id, "organisation")
    undo_grouping(reg, before, after)
    assert reg.entries[us.id].type == "organisation"
