"""Build the sample project ``projects/sample`` from the seed articles and the hand annotations.

The seeds (``../shared/seeds`` beside the checkout, or ``--seeds``) are
imported exactly as they are, boilerplate included. The hand annotations in
``resources/sample_annotations/<document>.json`` name each span by its exact
text and occurrence (1-based) in the document, so they survive review by eye;
this script resolves them to code-point offsets through the same edits the
app uses, and fails loudly when a span is not found.

Run: ``.venv/bin/python projects/build_sample.py`` (rewrites projects/sample).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from annotator.core.edits import (
    AddRelation,
    AddSpan,
    SetDocStatus,
    apply_edit,
    make_relation,
    make_span,
)
from annotator.core.model import DocStatus
from annotator.formats.importers import import_paths
from annotator.formats.project import Project

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "projects" / "sample"
SPECS = ROOT / "resources" / "sample_annotations"
ANNOTATOR = "analyst"


def nth_occurrence(text: str, needle: str, n: int) -> int:
    """Start of the ``n``-th (1-based) occurrence of ``needle`` in ``text``."""
    start = -1
    for _ in range(n):
        start = text.find(needle, start + 1)
        if start < 0:
            raise LookupError(f"“{needle}” occurs fewer than {n} times")
    return start


def apply_spec(project: Project, spec: dict) -> tuple[int, int]:
    """Add the spans and relations of one annotation spec; return their counts."""
    doc = project.load_document(spec["document"])
    ann = project.load_annotations(doc)
    by_key = {}
    for item in spec["spans"]:
        start = nth_occurrence(doc.text, item["text"], item.get("occurrence", 1))
        span = make_span(doc.text, start, start + len(item["text"]), item["label"],
                         origin=f"annotator:{ANNOTATOR}", attributes=item.get("attributes"))
        apply_edit(doc.text, ann, AddSpan(span), project.schema)
        by_key[item["key"]] = span
    for item in spec.get("relations", []):
        rel = make_relation(item["type"], by_key[item["head"]], by_key[item["tail"]],
                            origin=f"annotator:{ANNOTATOR}")
        apply_edit(doc.text, ann, AddRelation(rel), project.schema)
    status = DocStatus(spec.get("status", "done"))
    apply_edit(doc.text, ann, SetDocStatus(ann.status, status), project.schema)
    project.save_annotations(ann)
    return len(spec["spans"]), len(spec.get("relations", []))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--out", type=Path, default=SAMPLE)
    args = parser.parse_args(argv)
    if args.out.exists():
        shutil.rmtree(args.out)
    project = Project.create(args.out, name="Sample: Arabic security news",
                             annotator=ANNOTATOR)
    project.settings["default_annotator"] = ANNOTATOR
    project.save_project()
    report = import_paths(project, [args.seeds])
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(report.summary())
    for spec_file in sorted(SPECS.glob("*.json")):
        spec = json.loads(spec_file.read_text(encoding="utf-8"))
        try:
            spans, rels = apply_spec(project, spec)
        except (LookupError, ValueError) as err:
            print(f"{spec_file}: {err}", file=sys.stderr)
            return 1
        print(f"{spec['document']}: {spans} spans, {rels} relations")
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
