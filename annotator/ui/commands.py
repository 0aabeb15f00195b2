"""QUndoCommand over the core edits: redo applies the edit, undo applies its stored inverse.

A bulk change is a single :class:`annotator.core.edits.Batch`, hence a single
command and a single undo step. Consecutive changes of one attribute of one
span (the certainty stepped through its values) merge into one step
(``QUndoCommand.id`` / ``mergeWith``); a merge that ends where it started
leaves no step at all.
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
from annotator.core.model import AnnotationSet, Span

#: ``QUndoCommand.id`` of commands that change one attribute of one span.
ATTRIBUTE_CHANGE_ID = 1


def attribute_changed(edit: Edit) -> tuple[str, str] | None:
    """(span id, attribute name) when ``edit`` changes exactly one attribute of one span."""
    if not isinstance(edit, ChangeSpan):
        return None
    before, after = edit.before, edit.after
    if _without_attributes(before) != _without_attributes(after):
        return None
    names = {k for k in set(before.attributes) | set(after.attributes)
             if before.attributes.get(k, None) != after.attributes.get(k, None)
             or (k in before.attributes) != (k in after.attributes)}
    return (before.id, names.pop()) if len(names) == 1 else None


def _without_attributes(span: Span) -> Span:
    return span.with_changes(attributes={}, modified="")


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
        self._attribute = attribute_changed(edit)

    def id(self) -> int:  # noqa: A003 - Qt's name
        """Attribute changes share an id so that Qt offers them to :meth:`mergeWith`."""
        return ATTRIBUTE_CHANGE_ID if self._attribute is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        """Absorb ``other`` when it changes the same attribute of the same span next."""
        if not isinstance(other, EditCommand) or other._attribute != self._attribute \
                or self._attribute is None or not self._applied:
            return False
        first, last = self._forward, other._forward
        assert isinstance(first, ChangeSpan) and isinstance(last, ChangeSpan)
        self._forward = ChangeSpan(first.before, last.after, first.description)
        self._inverse = ChangeSpan(last.after, first.before, first.description)
        self.setText(last.description)
        if dict(first.before.attributes) == dict(last.after.attributes):
            self.setObsolete(True)  # stepped back to where it started: no step left
        return True

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
