"""brat export: standoff parses back with the same T/R/A/N counts; configuration from the schema."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from annotator.core.model import DocStatus, Status
from annotator.formats.codecs.brat import fragments
from annotator.formats.export import ExportOptions, export_project
from annotator.formats.project import Project
from tests import export_sample


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return export_sample.build(tmp_path_factory.mktemp("sample") / "sample")


def parse_standoff(folder: Path) -> Counter:
    """Count T, R, A and N lines, checking each T line's offsets against its .txt file."""
    counts: Counter = Counter()
    for ann in folder.rglob("*.ann"):
        text = ann.with_suffix(".txt").read_text(encoding="utf-8")
        for line in ann.read_text(encoding="utf-8").splitlines():
            ident, body = line.split("\t")[:2]
            counts[ident[0]] += 1
            if ident[0] == "T":
                label, offsets = body.split(" ", 1)
                shown = line.split("\t")[2]
                pieces = [text[int(a):int(b)] for a, b in
                          (part.split() for part in offsets.split(";"))]
                assert " ".join(pieces).replace("\n", " ") == shown
                assert all("\n" not in p for p in pieces)
    return counts


def project_counts(project: Project) -> Counter:
    counts: Counter = Counter()
    for doc in project.iter_documents():
        ann = project.load_annotations(doc)
        if ann.status is not DocStatus.DONE:
            continue
        spans = [s for s in ann.spans.values() if s.status is Status.ACCEPTED]
        counts["T"] += len(spans)
        counts["A"] += sum(len(s.attributes) for s in spans)
        counts["N"] += sum(1 for s in spans if s.canonical_id)
        counts["R"] += sum(1 for r in ann.relations.values() if r.status is Status.ACCEPTED)
    return counts


def test_standoff_parses_back_with_the_same_counts(sample: Project, tmp_path: Path) -> None:
    export_project(sample, "brat", tmp_path / "brat", ExportOptions())
    assert parse_standoff(tmp_path / "brat") == project_counts(sample)


def test_a_claim_across_a_line_break_becomes_fragments(sample: Project, tmp_path: Path) -> None:
    export_project(sample, "brat", tmp_path / "brat", ExportOptions())
    ann = next((tmp_path / "brat").glob("doc_2*.ann")).read_text(encoding="utf-8")
    claim = next(line for line in ann.splitlines() if "\tCLAIM " in line)
    assert claim == "T2\tCLAIM 22 41;42 52\tالقوات وصلت إلى سرت صباح اليوم"


def test_configuration_comes_from_the_schema(sample: Project, tmp_path: Path) -> None:
    export_project(sample, "brat", tmp_path / "brat", ExportOptions(include_suggestions=True))
    conf = (tmp_path / "brat" / "annotation.conf").read_text(encoding="utf-8")
    sections = conf.split("\n\n")
    assert sections[0].splitlines() == ["[entities]", "ACTOR", "LOCATION", "CLAIM", "CUE"]
    assert "SOURCE\tArg1:CLAIM, Arg2:ACTOR" in conf
    assert "ABOUT\tArg1:CLAIM, Arg2:ACTOR|LOCATION" in conf
    assert "certainty\tArg:CLAIM, Value:CT+|PR+|PS+|CT-|PR-|PS-|CTu|Uu" in conf
    assert "review_status\tArg:ACTOR|LOCATION|CLAIM|CUE, Value:suggested|rejected" in conf
    visual = (tmp_path / "brat" / "visual.conf").read_text(encoding="utf-8")
    assert "ACTOR\tbgColor:#d55e00" in visual and "SOURCE\tcolor:#000000" in visual
    ann = (tmp_path / "brat" / "doc-4.ann").read_text(encoding="utf-8")
    assert "review_status" in ann and "rejected" in ann


def test_fragments_keep_exact_extents() -> None:
    text = "أ\nب\n\nج"
    assert fragments(text, 0, len(text)) == [(0, 1), (2, 3), (5, 6)]
    assert fragments(text, 1, 3) == [(1, 3)]  # begins with a line break: one fragment
    assert fragments(text, 0, 1) == [(0, 1)]
