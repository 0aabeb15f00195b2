"""QUndoCommand over the core edits: redo applies the edit, undo applies its stored inverse.

A bulk change is a single :class:`annotator.core.edits.Batch`, hence a single
command and a single undo step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from annotator.core.edits import (
    AddSpan,
    Batch,
    ChangeSpan,
    Edit,
    RemoveSpan,
    apply_edit,
)
from annotator.core.model import AnnotationSet


class EditCommand(QUndoCommand):
    """One undo step wrapping a core edit.

    The edit is applied once *before* the command is pushed (so an invalid
    edit raises :class:`EditError` and never reaches the stack); the first
    ``redo()`` that ``QUndoStack.push`` runs is therefore a no-op. Afterwards
    undo and redo swap the edit and its inverse, each time recomputing the
    inverse from :func:`apply_edit`, so both directions stay exact.
    ``on_change`` receives the edit just applied (to find what changed).
    """

    def __init__(self, text: str, ann: AnnotationSet, edit: Edit, inverse: Edit,
                 on_change: Callable[[Edit], None]) -> None:
        super().__init__(edit.description)
        self._text = text
        self._ann = ann
        self._forward = edit
        self._inverse = inverse
        self._on_change = on_change
        self._applied = True

    def redo(self) -> None:
        """Apply the edit (skipped on the push that follows its first application).

        Re-applying skips the schema check: the edit was valid when made, and a
        redo must not fail because a label was renamed meanwhile.
        """
        if self._applied:
            return
        self._inverse = apply_edit(self._text, self._ann, self._forward, None)
        self._applied = True
        self._on_change(self._forward)

    def undo(self) -> None:
        """Apply the stored inverse; no schema check so an undo never fails on a label change."""
        self._forward = apply_edit(self._text, self._ann, self._inverse, None)
        self._applied = False
        self._on_change(self._inverse)


def changed_span_ids(edit: Edit) -> set[str]:
    """Ids of the spans an edit adds, removes or changes (relations and status: none)."""
    if isinstance(edit, Batch):
        out: set[str] = set()
        for sub in edit.edits:
            out |= changed_span_ids(sub)
        return out
    if isinstance(edit, (AddSpan, RemoveSpan)):
        return {edit.span.id}
    if isinstance(edit, ChangeSpan):
        return {edit.before.id}
    return set()
