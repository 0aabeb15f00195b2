"""Who should annotate which document (``annotator assign``) and how far each annotator is.

Assignments live in ``project.json`` under ``settings.assignments`` as
{document id: [annotators]}. :func:`spread` gives every document the asked
number of distinct annotators while keeping everyone's load within one
document of each other; the seed only changes which documents go to whom.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from annotator.core.model import DocStatus
from annotator.formats.layers import TeamError, annotator_layers
from annotator.formats.project import DocumentEntry, Project

ASSIGNMENTS_SETTING = "assignments"


def spread(doc_ids: Sequence[str], annotators: Sequence[str], per_document: int,
           seed: int = 0) -> dict[str, list[str]]:
    """Assign each document to ``per_document`` distinct annotators, balanced.

    Each document goes to the annotators with the fewest documents so far
    (ties broken in an order shuffled by ``seed``), so loads differ by at
    most one. Raises :class:`TeamError` when the numbers cannot work.
    """
    names = list(dict.fromkeys(annotators))
    if not names:
        raise TeamError("--annotators: name at least one annotator")
    if not 1 <= per_document <= len(names):
        raise TeamError(f"--per-document {per_document}: must be between 1 and the number of "
                        f"annotators ({len(names)})")
    rng = random.Random(seed)
    order = list(doc_ids)
    rng.shuffle(order)
    tiebreak = {n: i for i, n in enumerate(rng.sample(names, len(names)))}
    load = dict.fromkeys(names, 0)
    out: dict[str, list[str]] = {}
    for doc_id in order:
        chosen = sorted(names, key=lambda n: (load[n], tiebreak[n]))[:per_document]
        for n in chosen:
            load[n] += 1
        out[doc_id] = sorted(chosen)
    return {d: out[d] for d in doc_ids}


def assignments(project: Project) -> dict[str, list[str]]:
    """The project's assignments {document id: [annotators]} (empty when none)."""
    value = project.settings.get(ASSIGNMENTS_SETTING) or {}
    if not isinstance(value, dict):
        return {}
    return {str(k): [str(n) for n in v] for k, v in value.items() if isinstance(v, list)}


def save_assignments(project: Project, plan: dict[str, list[str]]) -> None:
    """Store ``plan`` in ``project.json`` (replacing earlier assignments)."""
    project.settings[ASSIGNMENTS_SETTING] = {k: plan[k] for k in sorted(plan)}
    project.save_project()


def assigned_first(entries: Sequence[DocumentEntry], annotator: str,
                   plan: dict[str, list[str]]) -> list[DocumentEntry]:
    """``entries`` with ``annotator``'s assigned documents first (each group in its order)."""
    mine = [e for e in entries if annotator in plan.get(e.id, ())]
    rest = [e for e in entries if annotator not in plan.get(e.id, ())]
    return mine + rest


@dataclass
class Progress:
    """One annotator's progress on their assigned documents."""

    annotator: str
    assigned: int = 0
    done: int = 0
    in_progress: int = 0
    other_done: int = 0  # documents done that were not assigned to them

    def as_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {"annotator": self.annotator, "assigned": self.assigned, "done": self.done,
                "in_progress": self.in_progress, "other_done": self.other_done}


def progress_by_annotator(project: Project, names: Sequence[str] | None = None
                          ) -> list[Progress]:
    """Progress of every annotator named in the assignments or with a layer."""
    plan = assignments(project)
    entries = project.documents()
    everyone = sorted({n for v in plan.values() for n in v} | set(annotator_layers(project)))
    rows = {n: Progress(n) for n in (names if names is not None else everyone)}
    for entry in entries:
        for name, row in rows.items():
            status = entry.status_for(name)
            if name in plan.get(entry.id, ()):
                row.assigned += 1
                row.done += status is DocStatus.DONE
                row.in_progress += status is DocStatus.IN_PROGRESS
            elif status is DocStatus.DONE:
                row.other_done += 1
    return list(rows.values())


def format_progress(rows: Sequence[Progress]) -> list[str]:
    """Lines for ``annotator stats``: assigned, done and in progress per annotator."""
    if not rows or not any(r.assigned for r in rows):
        return []
    lines = ["Progress per annotator (assigned documents):"]
    for r in rows:
        share = f"{100 * r.done / r.assigned:.0f}%" if r.assigned else "-"
        extra = f", {r.other_done} other done" if r.other_done else ""
        lines.append(f"  {r.annotator}: {r.done}/{r.assigned} done ({share}), "
                     f"{r.in_progress} in progress{extra}")
    return lines
