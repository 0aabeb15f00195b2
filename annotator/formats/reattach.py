"""Reattach one annotator's annotations to a document whose text changed (on disk).

The relocation itself is :func:`annotator.core.realign.reattach`. This
module does the file work around it, losing nothing: spans (and their
relations) that cannot be placed go to ``<annotation file>.unplaced.json``,
merged with any left there before; the old annotation file is kept,
renamed to ``<annotation file>.bak-<UTC timestamp>``; then the relocated
annotations are written. If writing fails, the old file is put back.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from annotator.core.model import Document, now_iso
from annotator.core.realign import Reattached, reattach
from annotator.formats.atomic import atomic_writer, dumps_records, read_json
from annotator.formats.errors import HashMismatchError, ProjectError
from annotator.formats.migrations import migrate
from annotator.formats.project import Project
from annotator.formats.serialize import relation_to_dict, span_to_dict

UNPLACED_SUFFIX = ".unplaced.json"


@dataclass
class ReattachOutcome:
    """What :func:`reattach_annotations` did for one annotator."""

    annotator: str
    changed: bool  # False: the annotations already matched the text
    total_spans: int = 0
    placed_spans: int = 0
    moved_spans: int = 0
    unplaced_spans: int = 0
    unplaced_relations: int = 0
    backup: Path | None = None
    sidecar: Path | None = None

    def __str__(self) -> str:
        if not self.changed:
            return f"{self.annotator}: annotations already match the document text; " \
                   "nothing to do"
        line = (f"{self.annotator}: {self.placed_spans} of {self.total_spans} spans placed "
                f"({self.moved_spans} moved); old file kept as "
                f"{self.backup.name if self.backup else '?'}")
        if self.unplaced_spans or self.unplaced_relations:
            line += (f"; {self.unplaced_spans} spans and {self.unplaced_relations} relations "
                     f"could not be placed, kept in "
                     f"{self.sidecar.name if self.sidecar else '?'}")
        return line


def backup_path(path: Path) -> Path:
    """A new ``<path>.bak-<UTC timestamp>`` name next to ``path`` that does not exist yet."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    candidate = path.with_name(f"{path.name}.bak-{stamp}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.bak-{stamp}-{n}")
    return candidate


def write_unplaced(path: Path, result: Reattached, old_sha256: str) -> None:
    """Add the spans and relations ``result`` could not place to the sidecar ``path``."""
    spans = [span_to_dict(s) for s in result.unplaced_spans]
    rels = [relation_to_dict(r) for r in result.unplaced_relations]
    if path.exists():  # an earlier reattach left some: keep them too
        old: Any = read_json(path)[0]
        if isinstance(old, dict):
            new_ids = {d["id"] for d in spans}
            spans = [d for d in old.get("spans") or []
                     if not isinstance(d, dict) or d.get("id") not in new_ids] + spans
            new_ids = {d["id"] for d in rels}
            rels = [d for d in old.get("relations") or []
                    if not isinstance(d, dict) or d.get("id") not in new_ids] + rels
    head = {"document_id": result.annotations.document_id,
            "annotator": result.annotations.annotator, "old_text_sha256": old_sha256,
            "new_text_sha256": result.annotations.text_sha256, "written": now_iso(),
            "note": "spans that `annotator reattach` could not find in the new text"}
    with atomic_writer(path) as handle:
        handle.write(dumps_records(head, {"spans": spans, "relations": rels}))


def reattach_annotations(project: Project, doc: Document, annotator: str) -> ReattachOutcome:
    """Relocate ``annotator``'s annotations of ``doc`` onto its current text, keeping all.

    The caller should hold the project lock. Raises :class:`ProjectError`
    when the annotation file is missing or unreadable.
    """
    path = project.annotations_path(doc.id, annotator)
    if not path.exists():
        raise ProjectError(f"no annotations by {annotator} of document {doc.id!r}")
    try:
        project.load_annotations(doc, annotator)
        return ReattachOutcome(annotator, changed=False)
    except HashMismatchError:
        pass
    value, raw = read_json(path)
    old = project.parse_annotations(migrate("annotations", value, path), path)
    result = reattach(old, doc.text)
    outcome = ReattachOutcome(
        annotator, changed=True, total_spans=len(old.spans),
        placed_spans=len(result.annotations.spans), moved_spans=result.moved,
        unplaced_spans=len(result.unplaced_spans),
        unplaced_relations=len(result.unplaced_relations))
    if result.unplaced_spans or result.unplaced_relations:
        outcome.sidecar = path.with_name(path.name + UNPLACED_SUFFIX)
        write_unplaced(outcome.sidecar, result, old.text_sha256)
    outcome.backup = backup_path(path)
    os.replace(path, outcome.backup)  # the old file stays, renamed, whatever happens next
    try:
        if outcome.backup.read_bytes() != raw:
            raise ProjectError(f"{path} changed while it was being reattached; nothing was "
                               "written, try again")
        project.save_annotations(result.annotations)
    except BaseException:
        os.replace(outcome.backup, path)
        raise
    return outcome
