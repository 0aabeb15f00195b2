"""The open project, the current document and its annotations, the undo stack and autosave.

Every change goes through :meth:`Session.apply`, which validates the core
edit, pushes it on the undo stack and schedules a save: the annotation file
is written within a second of the change (single-shot timer), before the
document is switched and on quit. The stack's clean state means "what is on
disk"; ``cleanChanged`` drives the window title's unsaved marker.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from annotator.core.arabic import NormalizedText, normalize, vocabulary
from annotator.core.edits import Batch, Edit, EditError, EditOn, SetDocStatus, apply_edit
from annotator.core.model import AnnotationSet, DocStatus, Document
from annotator.core.mutation import Mutation
from annotator.formats.codecs.selection import annotations_problem
from annotator.formats.conflict import overwrite_theirs, save_copy
from annotator.formats.errors import ConflictError, ProjectError, ReadError
from annotator.formats.project import Project
from annotator.ui.commands import MutationCommand

AUTOSAVE_DELAY_MS = 500
# After a failed save (a full disk, a folder gone read-only) autosave tries again, waiting
# twice as long each time up to this, so that an edit is on disk soon after space is freed.
RETRY_MAX_MS = 2000


class Session(QObject):
    """State of the workspace shared by every widget of the main window."""

    documentOpened = Signal(str)       # document id
    annotationsChanged = Signal()      # after any edit, undo or redo
    saved = Signal(str)                # document id
    saveFailed = Signal(str)           # user message (conflict, disk full, ...)
    saveRetrying = Signal(str)         # a retry of a failed save failed again

    def __init__(self, project: Project, parent: QObject | None = None, *,
                 read_only: str = "") -> None:
        super().__init__(parent)
        self.project = project
        # Why the project can only be viewed ('' when it can be changed).
        self.project_read_only = read_only
        # Why the open document's annotations cannot be shown or changed ('' when they can).
        self.document_problem = ""
        self.document: Document | None = None
        self.annotations: AnnotationSet | None = None
        self.undo_stack = QUndoStack(self)
        self._normalized: NormalizedText | None = None
        self._vocabulary: frozenset[str] | None = None
        self._conflict = False
        #: True while another annotator's layer is shown (annotator.ui.layers): no edits.
        self.layer_read_only = False
        # Why the last save failed while autosave keeps retrying ('' when saves succeed).
        self.save_error = ""
        #: Span ids touched by the last change; None when everything may have changed.
        self.changed_ids: set[str] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self.undo_stack.indexChanged.connect(self._on_stack_changed)

    # ------------------------------------------------------------ documents

    @property
    def schema(self):  # noqa: ANN201 - LabelSchema, kept short for widgets
        """The project's label schema."""
        return self.project.schema

    def open_document(self, doc_id: str) -> None:
        """Save the current document, then load ``doc_id`` and its annotations.

        Raises :class:`ProjectError` (with a user message) when the document or
        its annotations cannot be read; the current document then stays open.
        """
        if self.document is not None and not self.save():
            raise ProjectError(self.tr("The current document could not be saved, so it "
                                       "stays open."))
        doc = self.project.load_document(doc_id)
        try:
            ann = self.project.load_annotations(doc)
            problem = annotations_problem(doc, ann)
        except ReadError as err:  # a damaged file: the text is still worth reading
            ann, problem = AnnotationSet(doc.id, self.project.annotator, doc.sha256), err.reason
        if problem:  # shown without them: painting them would fail, saving would lose them
            ann = AnnotationSet(document_id=doc.id, annotator=ann.annotator,
                                text_sha256=doc.sha256)
        self.document_problem = problem
        self.document, self.annotations = doc, ann
        self._normalized = None
        self._vocabulary = None
        self._conflict = False
        self.save_error = ""
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.changed_ids = None
        self.documentOpened.emit(doc_id)
        self.annotationsChanged.emit()

    @property
    def text(self) -> str:
        """The current document's stored text ('' when none is open)."""
        return self.document.text if self.document else ""

    def normalized(self) -> NormalizedText:
        """The search-normalised copy of the current text (computed once per document)."""
        if self._normalized is None:
            self._normalized = normalize(self.text)
        return self._normalized

    def vocabulary(self) -> frozenset[str]:
        """Normalised words of the current text (known words for proclitic splitting)."""
        if self._vocabulary is None:
            self._vocabulary = vocabulary(self.text)
        return self._vocabulary

    @property
    def read_only(self) -> str:
        """Why nothing can be changed now ('' when edits are allowed)."""
        if self.project_read_only:
            return self.tr("This project is read-only: %1").replace("%1",
                                                                    self.project_read_only)
        if self.document_problem:
            return self.tr("This document's annotations cannot be shown: %1").replace(
                "%1", self.document_problem)
        if self.layer_read_only:
            return self.tr("This is %1's layer, shown read-only; switch back to "
                           "your own layer (Project menu) to edit.").replace(
                "%1", self.project.annotator)
        return ""

    # ------------------------------------------------------------ edits

    def apply(self, edit: Edit) -> None:
        """Validate ``edit``, apply it and push it as one undo step.

        Raises :class:`EditError` (nothing changed) when the edit is invalid.
        The first change to a new document also marks it in progress, in the
        same step.
        """
        if self.document is None or self.annotations is None:
            raise EditError(self.tr("No document is open."))
        if self.read_only:
            raise EditError(self.read_only)
        ann = self.annotations
        if ann.status is DocStatus.NEW and not isinstance(edit, SetDocStatus):
            edit = Batch((edit, SetDocStatus(DocStatus.NEW, DocStatus.IN_PROGRESS)),
                         edit.description)
        inverse = apply_edit(self.text, ann, edit, self.project.schema)
        forward = EditOn(self.text, ann, edit)
        self.undo_stack.push(MutationCommand(forward, EditOn(self.text, ann, inverse),
                                             self._changed))
        self._changed(forward)

    def _changed(self, mutation: Mutation) -> None:
        assert isinstance(mutation, EditOn)  # the document's stack holds annotation edits
        self.changed_ids = set(mutation.touches().spans)
        self.annotationsChanged.emit()

    def set_status(self, status: DocStatus) -> None:
        """Mark the current document done / in progress (one undo step)."""
        if self.annotations is None or self.annotations.status is status:
            return
        self.apply(SetDocStatus(self.annotations.status, status,
                                self.tr("Mark done") if status is DocStatus.DONE
                                else self.tr("Reopen")))

    # ------------------------------------------------------------ saving

    def _on_stack_changed(self, _index: int) -> None:
        # Not restarted by later changes: a steady stream of edits must still be
        # written within AUTOSAVE_DELAY_MS of the first unsaved one.
        if not self.undo_stack.isClean() and not self._timer.isActive():
            self._timer.start()

    def autosave_due_ms(self) -> int | None:
        """Milliseconds until the pending autosave, or None when none is pending."""
        return self._timer.remainingTime() if self._timer.isActive() else None

    @property
    def has_conflict(self) -> bool:
        """True when the file changed on disk; autosave then stops until a reload."""
        return self._conflict

    def save(self) -> bool:
        """Write the current annotations if they changed; False (and saveFailed) on failure."""
        self._timer.stop()
        if self.annotations is None or self.undo_stack.isClean():
            return True
        if self._conflict:
            return False
        try:
            self.project.save_annotations(self.annotations)
        except ConflictError as err:
            self._conflict = True
            self.saveFailed.emit(str(err))
            return False
        except ProjectError as err:
            self._retry_later(str(err))
            return False
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self.save_error = ""
        self.undo_stack.setClean()
        self.saved.emit(self.annotations.document_id)
        return True

    def _retry_later(self, message: str) -> None:
        """Keep the edit and try again with backoff; tell the user once per failure streak."""
        first = not self.save_error
        self.save_error = message
        self._timer.setInterval(min(self._timer.interval() * 2, RETRY_MAX_MS))
        self._timer.start()
        if first:
            self.saveFailed.emit(message)
        else:
            self.saveRetrying.emit(message)

    def reload(self) -> None:
        """Drop unsaved changes and read the current document again from disk (after a conflict)."""
        if self.document is None:
            return
        self.project.forget_disk_state(self.project.annotations_path(self.document.id))
        doc_id = self.document.id
        self.undo_stack.setClean()  # discard: what is on disk wins
        self.document = None
        self.open_document(doc_id)

    def overwrite_theirs(self) -> None:
        """Write the open annotations over the file someone else changed (the user chose so).

        Raises :class:`ProjectError` when it cannot be done; the conflict then stays.
        """
        if self.document is None or self.annotations is None:
            return
        overwrite_theirs(self.project, self.document, self.annotations)
        self._conflict = False
        self.undo_stack.setClean()
        self.saved.emit(self.annotations.document_id)

    def save_copy_and_reload(self) -> Path | None:
        """Save the open annotations beside the changed file as a copy, then reload theirs."""
        if self.annotations is None:
            return None
        path = save_copy(self.project, self.annotations)
        self.reload()
        return path

    def close(self) -> bool:
        """Save and release the project lock; False when unsaved work could not be written."""
        ok = self.save()
        self.project.close()
        return ok


def project_key(session: Session) -> str:
    """QSettings group for per-project values (keyed by the project's absolute path)."""
    path = str(session.project.path.resolve())
    return "projects/" + hashlib.sha1(path.encode("utf-8")).hexdigest()[:16]
