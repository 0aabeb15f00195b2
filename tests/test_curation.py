"""Curation: the strategies, voters, majority attributes, ties, relations and re-runs."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.edits import load_items
from annotator.core.model import Status
from annotator.formats.curation import curate
from annotator.formats.curation_rules import Strategy, majority_attributes, parse_strategy
from annotator.formats.errors import ProjectError
from annotator.formats.layers import TeamError, curated_sources
from annotator.formats.project import Project
from tests.team_support import build_layer, make_project

TEXT = "Ahmed met Omar in Cairo today"
AHMED, OMAR, CAIRO = (0, 5), (10, 14), (18, 23)


@pytest.fixture
def team(tmp_path):
    """Three annotators: Ahmed by all, Omar by a and b (attribute tie), Cairo by c only."""
    a = {"spans": [(*AHMED, "ACTOR", {"type": "person"}), (*OMAR, "ACTOR", {"type": "person"})],
         "relations": [("ABOUT", 0, 1)]}
    b = {"spans": [(*AHMED, "ACTOR", {"type": "person"}), (*OMAR, "ACTOR", {"type": "state"})],
         "relations": [("ABOUT", 0, 1)]}
    c = {"spans": [(*AHMED, "ACTOR", {"type": "organisation"}), (*CAIRO, "LOCATION")]}
    return make_project(tmp_path / "p", {"d1": TEXT}, {"a": {"d1": a}, "b": {"d1": b},
                                                       "c": {"d1": c}})


def _layer(project: Project, name: str = "gold"):
    fresh = Project.open(project.path)
    return fresh.load_annotations(fresh.load_document("d1"), name)


def _by_key(ann):
    return {(s.start, s.end, s.label): s for s in ann.spans.values()}


def test_majority_accepts_with_voters_and_suggests_the_rest(team):
    result = curate(team, "gold", parse_strategy("majority"))
    spans = _by_key(_layer(team))
    ahmed, omar, cairo = (spans[(*AHMED, "ACTOR")], spans[(*OMAR, "ACTOR")],
                          spans[(*CAIRO, "LOCATION")])
    assert ahmed.status is Status.ACCEPTED and ahmed.attributes == {"type": "person"}
    assert ahmed.extra["curation"]["voters"] == ["a", "b", "c"]
    assert omar.status is Status.ACCEPTED and omar.attributes == {}  # person/state tie
    assert cairo.status is Status.SUGGESTED and cairo.origin == "curation"
    assert cairo.score == pytest.approx(1 / 3)
    assert cairo.extra["curation"]["voters"] == ["c"]
    assert [(t["label"], t["attribute"], t["values"]) for t in result.ties] == \
        [("ACTOR", "type", {'"person"': ["a"], '"state"': ["b"]})]
    rel = next(iter(_layer(team).relations.values()))
    assert (rel.type, rel.head, rel.tail, rel.status) == ("ABOUT", ahmed.id, omar.id,
                                                           Status.ACCEPTED)
    assert curated_sources(_layer(team)) == ["a", "b", "c"]


def test_unanimous_makes_the_two_vote_span_a_suggestion_and_its_relation_too(team):
    curate(team, "gold", parse_strategy("unanimous"))
    ann = _layer(team)
    spans = _by_key(ann)
    assert spans[(*AHMED, "ACTOR")].status is Status.ACCEPTED
    assert spans[(*OMAR, "ACTOR")].status is Status.SUGGESTED
    assert spans[(*OMAR, "ACTOR")].score == pytest.approx(2 / 3)
    rel = next(iter(ann.relations.values()))
    assert rel.status is Status.SUGGESTED and rel.origin == "curation"  # an end not merged


def test_votes_k(team):
    curate(team, "gold", parse_strategy("votes:1"))
    assert all(s.status is Status.ACCEPTED for s in _layer(team).spans.values())


def test_rerun_keeps_curator_decisions_and_adds_only_new_candidates(team):
    curate(team, "gold", parse_strategy("majority"))
    project = Project.open(team.path)
    doc = project.load_document("d1")
    gold = project.load_annotations(doc, "gold")
    spans = _by_key(gold)
    cairo = spans[(*CAIRO, "LOCATION")]
    load_items(gold, spans=[cairo.with_changes(status=Status.REJECTED)])
    omar = spans[(*OMAR, "ACTOR")]
    load_items(gold, spans=[omar.with_changes(label="PERSON_X", attributes={"type": "person"})])
    project.save_annotations(gold)
    # c now also tags "today" as a CUE (a new candidate)
    c = project.load_annotations(doc, "c")
    cue = build_layer(doc, "c", [(24, 29, "CUE")]).spans["s0"]
    load_items(c, spans=[cue.with_changes(id="new")])
    project.save_annotations(c)

    result = curate(project, "gold", parse_strategy("majority"))
    after = _by_key(_layer(team))
    assert after[(*CAIRO, "LOCATION")].status is Status.REJECTED
    assert (*OMAR, "ACTOR") not in after  # the relabelled span is not offered again
    assert after[(*OMAR, "PERSON_X")].attributes == {"type": "person"}
    assert after[(24, 29, "CUE")].status is Status.SUGGESTED
    assert len(after) == 4
    # Ahmed (accepted by the first run), Omar (relabelled) and Cairo (rejected) stay as they are
    assert result.counts["spans kept (curator's decisions)"] == 3


def test_rerun_re_evaluates_untouched_suggestions(team):
    curate(team, "gold", parse_strategy("unanimous"))
    first = _by_key(_layer(team))[(*OMAR, "ACTOR")]
    curate(team, "gold", parse_strategy("majority"))
    second = _by_key(_layer(team))[(*OMAR, "ACTOR")]
    assert second.id == first.id and second.status is Status.ACCEPTED


def test_curated_layer_named_like_an_annotator_is_refused(team):
    with pytest.raises(TeamError, match="annotator's layer"):
        curate(team, "a", parse_strategy("majority"))


@pytest.mark.parametrize("name", ["", " ", "gold\n", "gold\x00"])
def test_curated_layer_needs_a_real_name(team, name):
    """An empty name used to mean the project's own annotator: its work became the curated
    layer (``curate --into ""``)."""
    before = {p: p.read_bytes() for p in (team.path / "annotations").rglob("*")
              if p.is_file()}
    with pytest.raises(TeamError, match="--into"):
        curate(team, name, parse_strategy("majority"))
    after = {p: p.read_bytes() for p in (team.path / "annotations").rglob("*") if p.is_file()}
    assert after == before


def test_more_votes_than_voters_is_refused_before_anything_is_written(team):
    with pytest.raises(TeamError, match=r"votes:4: only 3 annotators vote \(a, b, c\)"):
        curate(team, "gold", parse_strategy("votes:4"))
    assert not (team.path / "annotations" / "gold").exists()
    curate(team, "gold", parse_strategy("votes:3"))


def test_curated_layer_never_votes(team):
    curate(team, "gold", parse_strategy("majority"))
    curate(team, "silver", parse_strategy("majority"))  # gold is not among its voters
    assert curated_sources(_layer(team, "silver")) == ["a", "b", "c"]
    with pytest.raises(TeamError, match="never vote"):
        curate(team, "silver", parse_strategy("majority"), annotators=["a", "gold"])


def test_unknown_annotator_and_document_are_named(team):
    with pytest.raises(ProjectError, match="zed.*the project has: a, b, c"):
        curate(team, "gold", parse_strategy("majority"), annotators=["a", "zed"])
    with pytest.raises(ProjectError, match="no document nope"):
        curate(team, "gold", parse_strategy("majority"), documents=["nope"])
    assert "curated_layers" not in Project.open(team.path).settings  # nothing was written


@pytest.mark.parametrize("text", ["most", "votes:0", "votes:x", ""])
def test_bad_strategy(text):
    with pytest.raises(TeamError, match="unanimous, majority, votes:K"):
        parse_strategy(text)


def test_strategy_rules():
    assert Strategy("unanimous").accepts(3, 3) and not Strategy("unanimous").accepts(2, 3)
    assert Strategy("majority").accepts(2, 3) and not Strategy("majority").accepts(1, 2)
    assert Strategy("votes", 2).accepts(2, 5) and not Strategy("votes", 2).accepts(1, 5)


def test_majority_attributes_missing_value_votes_for_none():
    chosen, ties = majority_attributes({"a": {"x": 1}, "b": {}, "c": {}})
    assert chosen == {} and ties == {}
    chosen, ties = majority_attributes({"a": {"x": 1}, "b": {"x": 1}, "c": {}})
    assert chosen == {"x": 1} and ties == {}


_extent = st.tuples(st.integers(0, 20), st.integers(1, 6)).map(lambda t: (t[0], t[0] + t[1]))
_spans = st.lists(st.tuples(_extent, st.sampled_from(["ACTOR", "LOCATION"])), max_size=6,
                  unique=True)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_spans, min_size=1, max_size=3), st.sampled_from(["unanimous", "majority",
                                                                   "votes:2"]))
def test_curation_follows_its_rule_and_a_rerun_changes_nothing(tmp_path_factory, layers, rule):
    text = "abcdefghijklmnopqrstuvwxyz0123"
    names = [f"n{i}" for i in range(len(layers))]
    spec = {name: {"d1": [(s, e, label) for (s, e), label in spans]}
            for name, spans in zip(names, layers, strict=True)}
    project = make_project(tmp_path_factory.mktemp("p") / "p", {"d1": text}, spec)
    strategy = parse_strategy(rule)
    if strategy.k > len(names):  # no span could get K votes: refused, nothing written
        with pytest.raises(TeamError, match="annotators vote"):
            curate(project, "gold", strategy)
        assert not (project.path / "annotations" / "gold").exists()
        return
    curate(project, "gold", strategy)
    votes: dict[tuple[int, int, str], int] = {}
    for spans in layers:
        for (s, e), label in spans:
            votes[(s, e, label)] = votes.get((s, e, label), 0) + 1
    gold = _by_key(_layer(project))
    assert set(gold) == set(votes)
    for key, n in votes.items():
        expected = Status.ACCEPTED if strategy.accepts(n, len(names)) else Status.SUGGESTED
        assert gold[key].status is expected
        assert gold[key].extra["curation"]["voters"] == \
            sorted(name for name, spans in zip(names, layers, strict=True)
                   if any((s, e, lab) == key for (s, e), lab in spans))
    path = project.annotations_path("d1", "gold")
    before = path.read_bytes()
    curate(Project.open(project.path), "gold", strategy)
    assert path.read_bytes() == before
