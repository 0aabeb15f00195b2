"""Team commands of ``annotator``: ``assign``, ``agreement``, ``curate``, ``report``.

Each command has its parser setup (``_add_<cmd>_parser``) and handler
(``cmd_<cmd>``); :func:`add_team_parsers` registers them all. Like
:mod:`annotator.cli`, this module never imports PySide6.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from annotator.cli_common import figure, locked_with_progress, open_project, plural
from annotator.formats.layers import TeamError, curated_layers, split_names

# ------------------------------------------------------------------ import --annotator


def check_import_annotator(project: Any, name: str | None) -> None:
    """Refuse importing into a curated layer (it would look like an annotator's work)."""
    if name and name in curated_layers(project):
        raise TeamError(f"--annotator {name}: {name} is a curated layer made by `annotator "
                        "curate`; import each annotator's work under their own name")


# ------------------------------------------------------------------ assign


def _add_assign_parser(sub: Any) -> None:
    p = sub.add_parser("assign", help="spread documents over annotators (balanced)",
                       description="Give every document --per-document distinct annotators, "
                                   "balanced, and store it in project.json. Each annotator's "
                                   "document list shows their documents first.")
    p.add_argument("project", metavar="PROJECT", help="project folder")
    p.add_argument("--annotators", required=True, metavar="A,B,C", help="annotator names")
    p.add_argument("--per-document", type=int, default=1, metavar="N",
                   help="annotators per document (default 1)")
    p.add_argument("--seed", type=int, default=0, help="changes who gets which document (0)")
    p.set_defaults(func=cmd_assign)


def cmd_assign(args: argparse.Namespace) -> int:
    """Store a balanced assignment of documents to annotators."""
    from annotator.formats.assignment import save_assignments, spread
    project = open_project(args.project)
    names = split_names(args.annotators) or []
    bad = [n for n in names if n in curated_layers(project)]
    if bad:
        raise TeamError(f"--annotators: {', '.join(bad)} is a curated layer, not an annotator")
    ids = [e.id for e in project.documents()]
    plan = spread(ids, names, args.per_document, args.seed)
    project.lock()
    try:
        save_assignments(project, plan)
    finally:
        project.close()
    load = Counter(n for v in plan.values() for n in v)
    print(f"{len(ids)} documents assigned, {args.per_document} per document: " +
          ", ".join(f"{n} {load[n]}" for n in dict.fromkeys(names)))
    return 0


# ------------------------------------------------------------------ agreement


def _add_agreement_parser(sub: Any) -> None:
    p = sub.add_parser("agreement", help="inter-annotator agreement and disagreements",
                       description="Exact and overlap F1, Cohen's kappa per pair, "
                                   "Krippendorff's alpha, relation F1 and certainty agreement "
                                   "(defined in the README). Curated layers are left out "
                                   "unless --annotators names them.")
    p.add_argument("project", metavar="PROJECT", help="project folder")
    p.add_argument("--annotators", metavar="A,B", help="default: every annotator")
    p.add_argument("--labels", metavar="L1,L2", help="default: every label of the schema")
    p.add_argument("--documents", metavar="IDS", help="comma-separated ids (default: all)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_agreement)


def cmd_agreement(args: argparse.Namespace) -> int:
    """Print the agreement figures (a table, or the JSON of the README)."""
    from annotator.formats.agreement import project_agreement
    project = open_project(args.project)
    result = project_agreement(project, split_names(args.annotators),
                               split_names(args.labels), split_names(args.documents))
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=1))
        return 0
    print("\n".join(agreement_lines(result)))
    return 0


def agreement_lines(result: Any) -> list[str]:
    """The agreement as text lines: pair × label table, alpha, relations, disagreements."""
    lines = [f"Annotators: {', '.join(result.annotators) or 'none'}"]
    if result.message:
        lines.append(result.message)
    width = max([len("ALL"), *(len(x) for x in result.labels)])
    for pair in result.pairs:
        n = pair["documents"]
        lines.append(f"{pair['a']} vs {pair['b']} ({plural(n, 'document')})")
        lines.append(f"  {'label':<{width}}  exact_f1  overlap_f1  kappa")
        for label in [*result.labels, "ALL"]:
            kappa = figure(pair["kappa"].get(label)) if label != "ALL" else ""
            lines.append(f"  {label:<{width}}  {figure(pair['exact_f1'][label]):>8}  "
                         f"{figure(pair['overlap_f1'][label]):>10}  {kappa:>5}")
        rel = ", ".join(f"{k} {figure(v)}" for k, v in pair["relation_f1"].items())
        lines.append(f"  relation_f1: {rel}")
        lines.append(f"  certainty_agreement: {figure(pair['certainty_agreement'])}")
    if result.pairs:
        lines.append("alpha: " + ", ".join(f"{k} {figure(v)}" for k, v in result.alpha.items()))
    kinds = Counter(d["kind"] for d in result.disagreements)
    if result.disagreements:
        lines.append(f"disagreements: {len(result.disagreements)} (" +
                     ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) +
                     "); --json lists each")
    for s in result.skipped:
        lines.append(f"skipped document {s.document}: {s.reason}")
    return lines


# ------------------------------------------------------------------ curate


def _add_curate_parser(sub: Any) -> None:
    p = sub.add_parser("curate", help="merge annotators' layers into a curated layer",
                       description="Extents+labels the strategy accepts become accepted spans "
                                   "of the curated layer (voters recorded, majority "
                                   "attributes); the rest become suggestions (origin "
                                   "curation) to settle with the review keys. Re-running keeps "
                                   "every decision of the curator.")
    p.add_argument("project", metavar="PROJECT", help="project folder")
    p.add_argument("--into", required=True, metavar="NAME", help="curated layer (e.g. gold)")
    p.add_argument("--strategy", default="majority", metavar="S",
                   help="unanimous, majority (default) or votes:K")
    p.add_argument("--annotators", metavar="A,B", help="voters (default: every annotator)")
    p.add_argument("--documents", metavar="IDS", help="comma-separated ids (default: all)")
    p.set_defaults(func=cmd_curate)


def cmd_curate(args: argparse.Namespace) -> int:
    """Merge the layers; print what was accepted, suggested, kept, tied and skipped."""
    from annotator.formats.curation import curate
    from annotator.formats.curation_rules import parse_strategy
    strategy = parse_strategy(args.strategy)
    project = open_project(args.project)
    with locked_with_progress(project, "curating") as progress:
        result = curate(project, args.into, strategy, split_names(args.annotators),
                        split_names(args.documents), progress)
    for s in result.skipped:
        print(f"annotator: skipped document {s.document}: {s.reason}")
    for tie in result.ties:
        values = "; ".join(f"{v} ({', '.join(who)})" for v, who in tie["values"].items())
        print(f"tie: {tie['document']} {tie['label']} {tie['start']}-{tie['end']} "
              f"{tie['attribute']}: {values} (left empty)")
    parts = [f"{result.documents} documents curated into {args.into} ({strategy})"]
    parts += [f"{n} {k}" for k, n in sorted(result.counts.items())]
    if result.ties:
        parts.append(f"{len(result.ties)} attribute ties")
    print(", ".join(parts))
    return 0


# ------------------------------------------------------------------ report


def _add_report_parser(sub: Any) -> None:
    p = sub.add_parser("report", help="an HTML project report with charts",
                       description="Progress per annotator, label counts, agreement per "
                                   "label, most frequent actors and locations: index.html "
                                   "and PNG charts in --out.")
    p.add_argument("project", metavar="PROJECT", help="project folder")
    p.add_argument("--out", required=True, metavar="DIR", help="folder to write")
    p.set_defaults(func=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    """Write the project report."""
    from annotator.formats.report_page import write_report
    project = open_project(args.project)
    page = write_report(project, Path(args.out))
    print(f"report written to {page}")
    return 0


def add_team_parsers(sub: Any) -> None:
    """Register the team commands on the ``annotator`` subparsers."""
    _add_assign_parser(sub)
    _add_agreement_parser(sub)
    _add_curate_parser(sub)
    _add_report_parser(sub)
