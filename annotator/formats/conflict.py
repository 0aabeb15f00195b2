"""What to do with an annotation file someone else changed while it was open.

The GUI offers three ways out (see ``annotator.ui.conflict``): reload
theirs, keep mine and overwrite theirs, or save mine beside theirs as a
copy and then reload theirs. The copy is named
``<stem>.bak-mine-<UTC time>.json`` in the annotator's folder: the
``.bak-`` marker makes ``annotator validate`` and the project index leave it
alone, as they do with reattach backups, and a person can compare or merge
it by hand. No Qt here.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from annotator.core.model import AnnotationSet, Document
from annotator.formats.annotation_file import encode_annotations
from annotator.formats.project import Project


def copy_path(path: Path, when: datetime | None = None) -> Path:
    """Where a copy of ``path`` made at ``when`` (UTC, default now) is saved."""
    stamp = (when or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.stem}.bak-mine-{stamp}{path.suffix}")


def save_copy(project: Project, ann: AnnotationSet) -> Path:
    """Write ``ann`` in the annotation file format beside its file, atomically; the copy's path."""
    path = copy_path(project.annotations_path(ann.document_id, ann.annotator))
    project.write_file(path, encode_annotations(ann))
    return path


def overwrite_theirs(project: Project, doc: Document, ann: AnnotationSet) -> None:
    """Write ``ann`` over a file someone else changed, because the user chose to.

    Their file is read once more, which makes it the version the project
    knows, so the guarded writer then replaces it (atomically) instead of
    refusing. Raises :class:`annotator.formats.errors.ProjectError` when
    their file cannot be read or mine cannot be written.
    """
    path = project.annotations_path(ann.document_id, ann.annotator)
    project.forget_disk_state(path)
    if path.exists():
        project.load_annotations(doc, ann.annotator)
    project.save_annotations(ann)
