"""Agreement figures against values computed by hand on small constructed projects."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.model import Status
from annotator.formats.agreement import project_agreement
from annotator.formats.agreement_measures import cohen_kappa, max_overlap_matching
from annotator.formats.errors import ProjectError
from tests.team_support import make_project

# 21 code points, one space (index 10): 20 units for kappa.
TEXT = "abcdefghij klmnopqrst"


def _pair(result, a, b):
    return next(p for p in result.pairs if (p["a"], p["b"]) == (a, b))


@pytest.fixture
def swap_project(tmp_path):
    """Nested spans (ACTOR inside CLAIM), a label swap and a boundary change."""
    a = [(0, 10, "CLAIM"), (0, 3, "ACTOR"), (5, 8, "LOCATION"), (11, 15, "ACTOR"),
         (17, 19, "ACTOR", {}, Status.SUGGESTED)]  # a suggestion never counts
    b = [(0, 10, "CLAIM"), (0, 3, "ACTOR"), (5, 8, "ACTOR"), (11, 16, "ACTOR"),
         (17, 19, "CUE", {}, Status.REJECTED)]
    return make_project(tmp_path / "p", {"d1": TEXT}, {"a": {"d1": a}, "b": {"d1": b}})


def test_exact_and_overlap_f1_by_hand(swap_project):
    pair = _pair(project_agreement(swap_project), "a", "b")
    assert pair["documents"] == 1
    # ACTOR: A {(0,3),(11,15)}, B {(0,3),(5,8),(11,16)}: 1 shared -> 2*1/5
    assert pair["exact_f1"]["ACTOR"] == pytest.approx(0.4)
    assert pair["exact_f1"]["LOCATION"] == 0.0
    assert pair["exact_f1"]["CLAIM"] == 1.0
    assert pair["exact_f1"]["CUE"] is None
    assert pair["exact_f1"]["ALL"] == pytest.approx(4 / 8)
    # overlap: (0,3)-(0,3) and (11,15)-(11,16) -> 2*2/5; ALL: 3 matches of 4+4
    assert pair["overlap_f1"]["ACTOR"] == pytest.approx(0.8)
    assert pair["overlap_f1"]["LOCATION"] == 0.0
    assert pair["overlap_f1"]["ALL"] == pytest.approx(6 / 8)


def test_kappa_by_hand(swap_project):
    pair = _pair(project_agreement(swap_project), "a", "b")
    # ACTOR over 20 units: A covers 7, B 11, both 7. po = 16/20, pe = (7*11+13*9)/400
    po, pe = 16 / 20, 194 / 400
    assert pair["kappa"]["ACTOR"] == pytest.approx((po - pe) / (1 - pe))
    assert pair["kappa"]["LOCATION"] == pytest.approx(0.0)  # po = pe = 17/20
    assert pair["kappa"]["CLAIM"] == pytest.approx(1.0)
    assert pair["kappa"]["CUE"] is None  # nobody: chance agreement 1


def test_disagreements_name_label_swap_and_boundary(swap_project):
    found = project_agreement(swap_project).disagreements
    kinds = {(d["kind"], d["start"], d["end"], d["label"]) for d in found}
    assert kinds == {("label", 5, 8, "LOCATION"), ("boundary", 11, 15, "ACTOR")}
    swap = next(d for d in found if d["kind"] == "label")
    assert swap["other_label"] == "ACTOR" and swap["text"] == "fgh"
    moved = next(d for d in found if d["kind"] == "boundary")
    assert (moved["other_start"], moved["other_end"]) == (11, 16)


def test_missing_relation_and_certainty(tmp_path):
    text = "Ahmed said the war ended"
    both = {"spans": [(0, 5, "ACTOR"), (11, 24, "CLAIM", {"certainty": "CT+"})],
            "relations": [("SOURCE", 1, 0)]}
    b2 = {"spans": [(0, 5, "ACTOR"), (11, 24, "CLAIM")], "relations": []}
    project = make_project(tmp_path / "p", {"d1": text, "d2": text},
                           {"a": {"d1": both, "d2": both}, "b": {"d1": both, "d2": b2}})
    result = project_agreement(project)
    pair = _pair(result, "a", "b")
    assert pair["relation_f1"]["SOURCE"] == pytest.approx(2 * 1 / 3)
    assert pair["relation_f1"]["ALL"] == pytest.approx(2 / 3)
    assert pair["relation_f1"]["ABOUT"] is None
    assert pair["certainty_agreement"] == pytest.approx(0.5)  # CT+ = CT+, CT+ != missing
    rel = [d for d in result.disagreements if d["kind"] == "relation"]
    assert [(d["document"], d["has"], d["type"]) for d in rel] == [("d2", "a", "SOURCE")]
    attr = [d for d in result.disagreements if d["kind"] == "attribute"]
    assert [(d["document"], d["attribute"], d["value_a"], d["value_b"]) for d in attr] == \
        [("d2", "certainty", "CT+", None)]


def test_three_annotators_with_a_missing_file(tmp_path):
    layers = {"a": {"d1": [(0, 2, "ACTOR")], "d2": [(0, 4, "ACTOR")]},
              "b": {"d1": [(0, 2, "ACTOR")]},
              "c": {"d1": [(0, 1, "ACTOR")], "d2": [(2, 4, "ACTOR")]}}
    project = make_project(tmp_path / "p", {"d1": "abcd", "d2": "efgh"}, layers)
    result = project_agreement(project, labels=["ACTOR"])
    assert [(p["a"], p["b"], p["documents"]) for p in result.pairs] == \
        [("a", "b", 1), ("a", "c", 2), ("b", "c", 1)]
    ac = _pair(result, "a", "c")
    assert ac["exact_f1"]["ACTOR"] == 0.0
    assert ac["overlap_f1"]["ACTOR"] == 1.0
    # 8 units: a covers 6, c 3, both 3 -> po 5/8, pe (18+10)/64
    assert ac["kappa"]["ACTOR"] == pytest.approx((5 / 8 - 28 / 64) / (1 - 28 / 64))
    # coincidences: o11 8, o00 6, o01 = o10 = 3; n 20, n0 9, n1 11
    assert result.alpha["ACTOR"] == pytest.approx(1 - 19 * 6 / (2 * 9 * 11))


def test_curated_layers_left_out_unless_named(tmp_path):
    layers = {"a": {"d1": [(0, 2, "ACTOR")]}, "b": {"d1": [(0, 2, "ACTOR")]},
              "gold": {"d1": [(0, 1, "ACTOR")]}}
    project = make_project(tmp_path / "p", {"d1": "abcd"}, layers)
    project.settings["curated_layers"] = ["gold"]
    project.save_project()
    assert project_agreement(project).annotators == ["a", "b"]
    named = project_agreement(project, annotators=["a", "gold"])
    assert named.pairs[0]["exact_f1"]["ACTOR"] == 0.0


def test_fewer_than_two_annotators_said_plainly(tmp_path):
    project = make_project(tmp_path / "p", {"d1": "abcd"}, {"a": {"d1": [(0, 2, "ACTOR")]}})
    result = project_agreement(project)
    assert result.pairs == [] and "fewer than two annotators" in result.as_dict()["message"]


def test_changed_text_skips_the_document_with_a_reason(tmp_path):
    project = make_project(tmp_path / "p", {"d1": "abcd", "d2": "wxyz"},
                           {"a": {"d1": [(0, 2, "ACTOR")], "d2": [(0, 2, "ACTOR")]},
                            "b": {"d1": [(0, 2, "ACTOR")], "d2": [(0, 2, "ACTOR")]}})
    path = project.annotations_path("d2", "b")
    path.write_text(path.read_text().replace(project.load_document("d2").sha256, "0" * 64))
    result = project_agreement(project)
    assert [(s.document, s.annotator) for s in result.skipped] == [("d2", "b")]
    assert "another text" in result.skipped[0].reason
    assert result.pairs[0]["documents"] == 1


@pytest.mark.parametrize("option, value, known", [
    ("annotators", ["a", "zed"], "zed"), ("labels", ["PERSON"], "PERSON"),
    ("documents", ["nope"], "nope")])
def test_unknown_names_are_one_line_naming_what_exists(tmp_path, option, value, known):
    project = make_project(tmp_path / "p", {"d1": "abcd"}, {"a": {"d1": [(0, 2, "ACTOR")]}})
    with pytest.raises(ProjectError) as err:
        project_agreement(project, **{option: value})
    message = str(err.value)
    assert known in message and "\n" not in message
    assert {"annotators": "a", "labels": "ACTOR", "documents": "d1"}[option] in message


def test_overlap_matching_is_maximum_not_greedy():
    # Greedy would pair (0,10) with (2,3) and leave (2,3) of A alone.
    assert max_overlap_matching([(0, 10), (2, 3)], [(2, 3), (5, 6)]) == 2


def _brute_force_matching(a, b):
    best = 0
    for perm in itertools.permutations(range(len(b)), min(len(a), len(b))):
        best = max(best, sum(1 for i, j in enumerate(perm)
                             if a[i][0] < b[j][1] and b[j][0] < a[i][1]))
    return best


extents = st.lists(st.tuples(st.integers(0, 12), st.integers(1, 5)).map(
    lambda t: (t[0], t[0] + t[1])), max_size=5, unique=True)


@settings(max_examples=150, deadline=None)
@given(extents, extents)
def test_overlap_matching_equals_brute_force(a, b):
    if len(a) < len(b):
        assert max_overlap_matching(a, b) == _brute_force_matching(a, b)
    else:
        assert max_overlap_matching(a, b) == _brute_force_matching(b, a)


@given(st.integers(1, 50), st.data())
def test_kappa_is_one_for_identical_codings_and_bounded(n, data):
    a = data.draw(st.integers(0, n))
    kappa = cohen_kappa(n, a, a, a)
    assert kappa is None if a in (0, n) else kappa == pytest.approx(1.0)
    b = data.draw(st.integers(0, n))
    both = data.draw(st.integers(max(0, a + b - n), min(a, b)))
    value = cohen_kappa(n, a, b, both)
    assert value is None or -1 - 1e-9 <= value <= 1 + 1e-9


def test_fast_digest_of_the_file_equals_the_digest_of_the_parsed_layer(tmp_path):
    from annotator.formats.layer_digest import digest, digest_records
    spans = [(0, 5, "ACTOR", {"type": "person"}), (11, 24, "CLAIM", {"certainty": "CT+"}),
             (6, 10, "CUE", {}, Status.SUGGESTED), (15, 18, "ACTOR", {}, Status.REJECTED)]
    project = make_project(tmp_path / "p", {"d1": "Ahmed said the war ended"},
                           {"a": {"d1": {"spans": spans,
                                         "relations": [("SOURCE", 1, 0), ("ABOUT", 1, 2)]}}})
    doc = project.load_document("d1")
    path = project.annotations_path("d1", "a")
    import json
    data = json.loads(path.read_text(encoding="utf-8"))
    for labels in (None, {"ACTOR", "CUE"}):
        fast = digest_records(data["spans"], data["relations"], labels)
        slow = digest(project.load_annotations(doc, "a"), labels)
        assert (fast.extents, fast.attributes, fast.relations) == \
            (slow.extents, slow.attributes, slow.relations)


def test_a_broken_layer_skips_its_document_with_the_reason(tmp_path):
    project = make_project(tmp_path / "p", {"d1": "abcd", "d2": "wxyz"},
                           {"a": {"d1": [(0, 2, "ACTOR")], "d2": [(0, 2, "ACTOR")]},
                            "b": {"d1": [(0, 2, "ACTOR")], "d2": [(0, 2, "ACTOR")]}})
    path = project.annotations_path("d2", "a")
    path.write_text(path.read_text().replace('"start": 0', '"start": "zero"'))
    result = project_agreement(project)
    assert [(s.document, s.annotator) for s in result.skipped] == [("d2", "a")]
    assert "start" in result.skipped[0].reason
    assert result.pairs[0]["documents"] == 1
