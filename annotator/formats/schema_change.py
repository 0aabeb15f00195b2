"""Project-wide schema edits with an exact undo, and the undoable file rewrite they share.

:func:`change_schema` applies one :mod:`annotator.core.schema_ops` operation
to the project's schema and to every annotation file of every annotator:

1. the new schema is computed and checked (nothing is written if it fails);
2. every annotation file is read and rewritten in memory; a file that
   cannot be read, or that the operation refuses (a relation the new
   constraints would break), stops the whole change before anything is
   written, with a message naming it;
3. changed files are written through :meth:`Project.save_annotations`
   (atomic, refusing files changed on disk), then ``project.json``; a failed
   write puts back the files already written.

Archived spans and relations are appended to the annotation file's
``archived_spans`` / ``archived_relations`` lists, each record carrying
``archived`` (when and why), so nothing is ever silently deleted.

The returned :class:`ProjectChange` keeps every touched file's bytes from
before and after: :meth:`ProjectChange.undo` puts the previous bytes back
exactly (and the previous schema in memory), :meth:`ProjectChange.redo` the
later ones; both refuse, writing nothing, when a file changed since. An open
editor must reload its document afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.model import AnnotationSet, now_iso
from annotator.core.mutation import Unmergeable
from annotator.core.schema import LabelSchema
from annotator.core.schema_ops import SchemaOp, SchemaOpError
from annotator.formats.errors import ConflictError, ProjectError, WriteError
from annotator.formats.project import PROJECT_FILE, Project
from annotator.formats.report import Progress, no_progress
from annotator.formats.serialize import relation_to_dict, span_to_dict

ARCHIVED_SPANS = "archived_spans"
ARCHIVED_RELATIONS = "archived_relations"


@dataclass
class FileState:
    """One file's bytes before and after a change (None: the file did not exist)."""

    path: Path
    before: bytes | None
    after: bytes | None


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as err:
        raise ProjectError(f"cannot read {path}: {err.strerror or err}") from err


def _put(project: Project, path: Path, data: bytes | None) -> None:
    """Write ``data`` (or remove the file) and make the project trust the result.

    Goes through the project's own guarded writer, which refuses a file
    changed on disk since the project last read or wrote it.
    """
    if data is None:
        try:
            path.unlink(missing_ok=True)
        except OSError as err:
            raise WriteError(path, err.strerror or str(err)) from err
        project.forget_disk_state(path)
        return
    project.write_file(path, data)


@dataclass(eq=False)
class ProjectChange(Unmergeable):
    """A rewrite of several project files that can be undone and redone byte for byte.

    A :class:`~annotator.core.mutation.Mutation` once made: :meth:`inverse`
    is the mutation that undoes it, and applying that returns the change,
    whose :meth:`apply` redoes it.
    """

    project: Project
    description: str
    files: list[FileState] = field(default_factory=list)
    schema_before: LabelSchema | None = None
    schema_after: LabelSchema | None = None
    counts: dict[str, int] = field(default_factory=dict)
    undone: bool = False

    @property
    def paths(self) -> list[Path]:
        """The files this change rewrote."""
        return [f.path for f in self.files]

    def _switch(self, to_before: bool) -> None:
        want_now = [(f.path, f.after if to_before else f.before) for f in self.files]
        for path, expected in want_now:
            if _read(path) != expected:
                raise ConflictError(path)
        written: list[FileState] = []
        try:
            for f in self.files:
                _put(self.project, f.path, f.before if to_before else f.after)
                written.append(f)
        except ProjectError:
            for f in reversed(written):
                _put(self.project, f.path, f.after if to_before else f.before)
            raise
        schema = self.schema_before if to_before else self.schema_after
        if schema is not None:
            self.project.schema = schema
        # The project's document list caches span counts per file; files were replaced
        # behind save_annotations, so make it re-read them (by mtime and size) when asked.
        self.project.invalidate_index()
        self.undone = to_before

    def undo(self) -> None:
        """Put every file back exactly as it was before the change.

        Raises :class:`ConflictError` (and writes nothing) when a file was
        changed since, and :class:`ProjectError` when called twice.
        """
        if self.undone:
            raise ProjectError(f"“{self.description}” is already undone")
        self._switch(to_before=True)

    def redo(self) -> None:
        """Put every file back exactly as it was after the change."""
        if not self.undone:
            raise ProjectError(f"“{self.description}” is not undone")
        self._switch(to_before=False)

    def apply(self) -> UndoProjectChange:
        """Redo the (undone) change; return its inverse."""
        self.redo()
        return self.inverse()

    def inverse(self) -> UndoProjectChange:
        """The mutation that undoes this change."""
        return UndoProjectChange(self)


@dataclass(frozen=True, eq=False)
class UndoProjectChange(Unmergeable):
    """The inverse of a :class:`ProjectChange`: applying it undoes the change."""

    change: ProjectChange

    @property
    def description(self) -> str:
        """The change's description (the undo menu names what is undone)."""
        return self.change.description

    def apply(self) -> ProjectChange:
        """Undo the change; return it (applying it redoes)."""
        self.change.undo()
        return self.change


class ChangeRecorder:
    """Records files' bytes around writes, for a :class:`ProjectChange`, and rolls back."""

    def __init__(self, project: Project, description: str) -> None:
        self.change = ProjectChange(project, description)
        self._before: dict[Path, bytes | None] = {}

    def before_write(self, path: Path) -> None:
        """Call right before ``path`` is written (the first call keeps the old bytes)."""
        if path not in self._before:
            self._before[path] = _read(path)

    def after_write(self, path: Path) -> None:
        """Call right after ``path`` was written."""
        state = next((f for f in self.change.files if f.path == path), None)
        if state is None:
            self.change.files.append(FileState(path, self._before[path], _read(path)))
        else:
            state.after = _read(path)

    def rollback(self) -> None:
        """Put back every file written so far (used when a later write fails)."""
        for f in reversed(self.change.files):
            _put(self.change.project, f.path, f.before)
        self.change.files.clear()


# ------------------------------------------------------------------ schema changes


def all_annotation_sets(project: Project, annotators: Iterable[str] | None = None,
                        progress: Progress = no_progress) -> list[AnnotationSet]:
    """Every annotation set of the project (all annotators unless given), read and checked.

    Raises :class:`ProjectError` naming every file that cannot be read or
    does not match its document, so a project-wide change never half-applies.
    """
    wanted = set(annotators) if annotators is not None else None
    entries = project.documents()
    everyone = project.annotators()
    out: list[AnnotationSet] = []
    problems: list[str] = []
    for n, entry in enumerate(entries):
        # Files on disk, not the index: the index leaves out files it could not parse.
        names = [w for w in everyone if (wanted is None or w in wanted)
                 and project.annotations_path(entry.id, w).exists()]
        if names:
            try:
                doc = project.load_document(entry.id)
                for who in names:
                    out.append(project.load_annotations(doc, who))
            except ProjectError as err:
                problems.append(str(err))
        progress(n + 1, len(entries))
    if problems:
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise ProjectError("nothing was changed, because some annotation files cannot be "
                           "used: " + "; ".join(problems[:5]) + more +
                           ". Run `annotator validate` for details.")
    return out


def _archive(ann: AnnotationSet, key: str, records: list[dict[str, Any]]) -> None:
    if records:
        ann.extra[key] = [*list(ann.extra.get(key) or []), *records]


def change_schema(project: Project, op: SchemaOp, *,
                  progress: Progress = no_progress) -> ProjectChange:
    """Apply ``op`` to the schema and every annotation file; return the undoable change.

    ``counts`` says how many files, spans and relations were rewritten or
    archived, and how many relabelled spans now repeat another span exactly
    (``duplicates``: kept, for the analyst to review). Raises
    :class:`ProjectError` (for the user) and writes nothing when the
    operation is refused or a file cannot be used.
    """
    old_schema = project.schema
    try:
        new_schema = op.schema(old_schema)
    except SchemaOpError as err:
        raise ProjectError(str(err)) from err
    problems = new_schema.problems()
    if problems:
        raise ProjectError("; ".join(problems))
    sets = all_annotation_sets(project, progress=progress)
    counts = {"files": 0, "spans_changed": 0, "relations_changed": 0, "spans_archived": 0,
              "relations_archived": 0, "duplicates": 0}
    changed: list[AnnotationSet] = []
    stamp = now_iso()
    why = {"at": stamp, "reason": op.description}
    for ann in sets:
        try:
            result = op.annotations(ann, old_schema)
        except SchemaOpError as err:
            raise ProjectError(f"nothing was changed: {err}") from err
        if not result.changed:
            continue
        _archive(ann, ARCHIVED_SPANS, [{**span_to_dict(s), "archived": why}
                                       for s in result.archived_spans])
        _archive(ann, ARCHIVED_RELATIONS, [{**relation_to_dict(r), "archived": why}
                                           for r in result.archived_relations])
        counts["spans_changed"] += result.spans_changed
        counts["relations_changed"] += result.relations_changed
        counts["spans_archived"] += len(result.archived_spans)
        counts["relations_archived"] += len(result.archived_relations)
        counts["duplicates"] += result.duplicates
        changed.append(ann)
    recorder = ChangeRecorder(project, op.description)
    try:
        for ann in changed:
            path = project.annotations_path(ann.document_id, ann.annotator)
            recorder.before_write(path)
            project.save_annotations(ann)
            recorder.after_write(path)
            counts["files"] += 1
        path = project.path / PROJECT_FILE
        recorder.before_write(path)
        project.set_schema(new_schema)
        recorder.after_write(path)
    except ProjectError:
        project.schema = old_schema
        recorder.rollback()
        raise
    change = recorder.change
    change.schema_before, change.schema_after, change.counts = old_schema, new_schema, counts
    return change
