"""Assignment: every document gets the asked number of distinct annotators, loads balanced."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.formats.assignment import assigned_first, progress_by_annotator, spread
from annotator.formats.layers import TeamError
from tests.team_support import make_project


@given(st.integers(0, 60), st.integers(1, 6), st.data(), st.integers(0, 5))
def test_spread_is_complete_distinct_and_balanced(n_docs, n_people, data, seed):
    per = data.draw(st.integers(1, n_people))
    docs = [f"d{i}" for i in range(n_docs)]
    people = [f"p{i}" for i in range(n_people)]
    plan = spread(docs, people, per, seed)
    assert list(plan) == docs
    assert all(len(set(v)) == per == len(v) for v in plan.values())
    load = Counter(n for v in plan.values() for n in v)
    counts = [load.get(p, 0) for p in people]
    assert max(counts) - min(counts) <= 1
    assert spread(docs, people, per, seed) == plan  # the seed decides, nothing else


def test_spread_refuses_impossible_numbers():
    with pytest.raises(TeamError, match="between 1 and the number of annotators"):
        spread(["d1"], ["a", "b"], 3)
    with pytest.raises(TeamError, match="name at least one"):
        spread(["d1"], [], 1)


def test_assigned_first_and_progress(tmp_path):
    project = make_project(tmp_path / "p", {"d1": "ab", "d2": "cd", "d3": "ef"},
                           {"a": {"d3": [(0, 1, "ACTOR")]}})  # layers are saved as done
    plan = {"d1": ["b"], "d2": ["b"], "d3": ["a", "b"]}
    assert [e.id for e in assigned_first(project.documents(), "a", plan)] == ["d3", "d1", "d2"]
    project.settings["assignments"] = plan
    rows = {r.annotator: r for r in progress_by_annotator(project)}
    assert (rows["a"].assigned, rows["a"].done) == (1, 1)
    assert (rows["b"].assigned, rows["b"].done, rows["b"].in_progress) == (3, 0, 0)
