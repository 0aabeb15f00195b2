"""Reattach one annotator's annotations to a document whose text changed (on disk).

The relocation itself is :func:`annotator.core.realign.reattach`. This
module does the file work around it, losing nothing: spans (and their
relations) that cannot be placed go to ``<annotation file>.unplaced.json``,
each with a ``reason`` (its text is gone, or it occurs several times and
nothing tells which), merged with any left there before; the old annotation
file is copied to ``<annotation file>.bak-<UTC timestamp>``; then the
relocated annotations replace it atomically, so the annotation file is
never missing, even when the process is killed halfway.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from annotator.core.model import Document, now_iso
from annotator.core.realign import Reattached, reattach
from annotator.core.text import sha256_text
from annotator.formats.annotation_file import decode_annotations
from annotator.formats.atomic import atomic_writer, dumps_records, read_json, write_bytes_atomic
from annotator.formats.errors import ConflictError, HashMismatchError, ProjectError
from annotator.formats.project import Project
from annotator.formats.serialize import relation_to_dict, span_to_dict

UNPLACED_SUFFIX = ".unplaced.json"
#: Unplaced spans and relations listed one a line under the summary; the rest are counted.
LISTED_UNPLACED = 20


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
    #: One line per span or relation not placed, saying why.
    unplaced: list[str] = field(default_factory=list)

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
        lines = [line] + [f"  {why}" for why in self.unplaced[:LISTED_UNPLACED]]
        if len(self.unplaced) > LISTED_UNPLACED:
            lines.append(f"  ... and {len(self.unplaced) - LISTED_UNPLACED} more, all in "
                         f"{self.sidecar.name if self.sidecar else '?'}")
        return "\n".join(lines)


def unplaced_lines(result: Reattached) -> list[str]:
    """What could not be placed, one line each: the span or relation and the reason."""
    lines = [f"span {s.id} ({s.label} {s.start}-{s.end}): {result.reasons[s.id]}"
             for s in result.unplaced_spans]  # every reason quotes the span's text
    lines += [f"relation {r.id} ({r.type} {r.head} -> {r.tail}): "
              f"{result.relation_reasons[r.id]}" for r in result.unplaced_relations]
    return lines


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
    """Add the spans and relations ``result`` could not place, with why, to the sidecar ``path``."""
    spans = [{**span_to_dict(s), "reason": result.reasons[s.id]} for s in result.unplaced_spans]
    rels = [{**relation_to_dict(r), "reason": result.relation_reasons[r.id]}
            for r in result.unplaced_relations]
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
            "note": "spans that `annotator reattach` could not place in the new text, and "
                    "relations to them; each says why in 'reason'"}
    with atomic_writer(path) as handle:
        handle.write(dumps_records(head, {"spans": spans, "relations": rels}))


def reattach_annotations(project: Project, doc: Document, annotator: str, *,
                         old_text: str | None = None) -> ReattachOutcome:
    """Relocate ``annotator``'s annotations of ``doc`` onto its current text, keeping all.

    ``old_text``, when the caller still has the text the annotations were
    made on, lets the two texts be compared rather than the spans' texts
    merely looked for (see :mod:`annotator.core.realign`). The caller
    should hold the project lock. Raises
    :class:`ProjectError` when the annotation file is missing or unreadable,
    or when ``old_text`` is not the text the annotations were made on.
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
    old = decode_annotations(value, path)
    if old_text is not None and sha256_text(old_text) != old.text_sha256:
        raise ProjectError(f"the old text given is not the one {annotator}'s annotations of "
                           f"{doc.id!r} were made on (its SHA-256 differs); nothing was changed")
    result = reattach(old, doc.text, old_text=old_text)
    outcome = ReattachOutcome(
        annotator, changed=True, total_spans=len(old.spans),
        placed_spans=len(result.annotations.spans), moved_spans=result.moved,
        unplaced_spans=len(result.unplaced_spans),
        unplaced_relations=len(result.unplaced_relations), unplaced=unplaced_lines(result))
    if result.unplaced_spans or result.unplaced_relations:
        outcome.sidecar = path.with_name(path.name + UNPLACED_SUFFIX)
        write_unplaced(outcome.sidecar, result, old.text_sha256)
    # The backup is a copy, and the new file replaces the old one atomically: a kill at any
    # point leaves an annotation file in place (never a document that looks new and empty).
    outcome.backup = backup_path(path)
    write_bytes_atomic(outcome.backup, raw)
    project.trust_disk_state(path, raw)
    try:
        project.save_annotations(result.annotations)
    except BaseException as err:
        outcome.backup.unlink(missing_ok=True)  # the old file is still in place
        if isinstance(err, ConflictError):
            raise ProjectError(f"{path} changed while it was being reattached; nothing was "
                               "written, try again") from err
        raise
    return outcome
