"""The project report (``annotator report``): one HTML page and its PNG charts.

Progress per annotator, accepted spans per label and layer, the agreement
per pair and label (exact F1, kappa), Krippendorff's alpha, and the most
frequent actors and locations. The page is plain HTML (``dir="auto"`` so
Arabic names read right-to-left); every file is written atomically.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.model import DocStatus, Status
from annotator.formats.agreement import AgreementResult, project_agreement
from annotator.formats.annotation_file import read_annotations
from annotator.formats.assignment import assignments
from annotator.formats.atomic import write_bytes_atomic
from annotator.formats.errors import ProjectError
from annotator.formats.guards import refuse_target_in_project
from annotator.formats.layers import annotator_layers, curated_layers, has_layer, layer_names
from annotator.formats.project import Project
from annotator.formats.report_charts import (
    agreement_chart,
    label_chart,
    progress_chart,
    top_texts_chart,
)

TOP_LABELS = ("ACTOR", "LOCATION")
TOP_N = 10


@dataclass
class ReportData:
    """Everything the report shows, gathered in one pass over the layers."""

    name: str
    documents: int = 0
    progress: dict[str, dict[str, int]] = field(default_factory=dict)
    labels: dict[str, Counter[str]] = field(default_factory=dict)  # layer -> label -> n
    top: dict[str, Counter[str]] = field(default_factory=dict)  # label -> text -> n
    agreement: AgreementResult | None = None
    unreadable: list[str] = field(default_factory=list)


def _progress(project: Project, names: list[str]) -> dict[str, dict[str, int]]:
    """Per annotator: documents by status (of their assigned documents when there is a plan)."""
    plan = assignments(project)
    rows: dict[str, dict[str, int]] = {n: Counter() for n in names}
    for entry in project.documents():
        for name in names:
            if plan and name not in plan.get(entry.id, ()):
                continue
            rows[name][entry.status_for(name).value] += 1
    return rows


def gather(project: Project) -> ReportData:
    """Read the project once for the report."""
    data = ReportData(name=project.name)
    entries = project.documents()
    data.documents = len(entries)
    voters = annotator_layers(project)
    data.progress = _progress(project, voters)
    for name in [*voters, *[c for c in curated_layers(project) if c in layer_names(project)]]:
        shown = name if name in voters else f"{name} (curated)"
        counts = data.labels.setdefault(shown, Counter())
        for entry in entries:
            if not has_layer(entry, name):
                continue
            path = project.annotations_path(entry.id, name)
            try:
                ann = read_annotations(path)
            except ProjectError:
                data.unreadable.append(str(path))
                continue
            for span in ann.spans.values():
                if span.status is Status.ACCEPTED:
                    counts[span.label] += 1
                    if span.label in TOP_LABELS and name in voters:
                        data.top.setdefault(span.label, Counter())[span.text] += 1
    data.agreement = project_agreement(project)
    return data


def _agreement_grid(result: AgreementResult, key: str) -> tuple[list[str], list[str], list[
        list[float | None]]]:
    labels = [*result.labels, "ALL"] if key != "kappa" else list(result.labels)
    pairs = [f"{p['a']} – {p['b']}" for p in result.pairs]
    values = [[p[key].get(lab) for lab in labels] for p in result.pairs]
    return pairs, labels, values


def charts(data: ReportData) -> dict[str, bytes]:
    """File name -> PNG bytes of every chart the data supports."""
    out: dict[str, bytes] = {}
    if data.progress:  # no annotator yet: no chart of nothing
        out["progress.png"] = progress_chart(data.progress)
    if any(data.labels.values()):
        out["labels.png"] = label_chart(data.labels)
    result = data.agreement
    if result is not None and result.pairs:
        out["agreement_exact_f1.png"] = agreement_chart(
            *_agreement_grid(result, "exact_f1"), title="Exact F1 per pair and label")
        out["agreement_kappa.png"] = agreement_chart(
            *_agreement_grid(result, "kappa"), title="Cohen's kappa per pair and label")
    for label in TOP_LABELS:
        common = (data.top.get(label) or Counter()).most_common(TOP_N)
        if common:
            out[f"top_{label.lower()}.png"] = top_texts_chart(label, common)
    return out


def _table(head: list[str], rows: list[list[Any]]) -> str:
    cells = "".join(f"<th>{html.escape(str(h))}</th>" for h in head)
    body = "".join("<tr>" + "".join(f'<td dir="auto">{html.escape(str(c))}</td>' for c in row)
                   + "</tr>" for row in rows)
    return f"<table><tr>{cells}</tr>{body}</table>"


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def page(data: ReportData, images: list[str]) -> str:
    """The HTML page for ``data`` showing ``images``."""
    parts = [f"<h1 dir=\"auto\">{html.escape(data.name)}</h1>",
             f"<p>{data.documents} documents, annotators: "
             f"{html.escape(', '.join(data.progress) or 'none')}</p>"]
    rows = [[n, r.get(DocStatus.DONE.value, 0), r.get(DocStatus.IN_PROGRESS.value, 0),
             r.get(DocStatus.NEW.value, 0)] for n, r in data.progress.items()]
    parts.append(_table(["annotator", "done", "in progress", "new"], rows))
    result = data.agreement
    if result is not None and result.pairs:
        parts.append("<h2>Per pair</h2>" + _table(
            ["pair", "documents", "exact F1 (ALL)", "overlap F1 (ALL)", "relation F1 (ALL)",
             "certainty agreement"],
            [[f"{p['a']} – {p['b']}", p["documents"], _fmt(p["exact_f1"]["ALL"]),
              _fmt(p["overlap_f1"]["ALL"]), _fmt(p["relation_f1"]["ALL"]),
              _fmt(p["certainty_agreement"])] for p in result.pairs]))
    if result is not None:
        if result.message:
            parts.append(f"<p>{html.escape(result.message)}</p>")
        if result.pairs:
            parts.append("<h2>Krippendorff's alpha</h2>" + _table(
                list(result.alpha), [[_fmt(v) for v in result.alpha.values()]]))
            kinds = Counter(d["kind"] for d in result.disagreements)
            parts.append("<h2>Disagreements</h2>" + _table(
                list(kinds) or ["none"], [list(kinds.values())]))
    parts += [f'<figure><img src="{html.escape(name)}" alt="{html.escape(name)}"></figure>'
              for name in images]
    parts += [f"<p>unreadable: {html.escape(p)}</p>" for p in data.unreadable]
    style = ("body{font-family:Amiri,'Noto Naskh Arabic',sans-serif;margin:2em;max-width:60em}"
             "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;"
             "padding:.2em .6em}img{max-width:100%}")
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>'
            f"{html.escape(data.name)} report</title><style>{style}</style></head><body>"
            + "\n".join(parts) + "</body></html>\n")


def write_report(project: Project, out: Path) -> Path:
    """Write ``index.html`` and the charts into ``out``; return the page's path."""
    refuse_target_in_project(project.path, out, "the report")
    data = gather(project)
    out.mkdir(parents=True, exist_ok=True)
    images = charts(data)
    for name, png in images.items():
        write_bytes_atomic(out / name, png)
    target = out / "index.html"
    write_bytes_atomic(target, page(data, list(images)).encode("utf-8"))
    return target
