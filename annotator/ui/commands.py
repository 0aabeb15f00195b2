"""The one undo adapter: a QUndoCommand over any :class:`~annotator.core.mutation.Mutation`.

Every undo stack holds :class:`MutationCommand`: the document's stack
(annotation edits bound to their set, :class:`~annotator.core.edits.EditOn`)
and the project's (schema operations and registry groupings,
:class:`~annotator.formats.schema_change.ProjectChange`). A bulk change is a
single mutation, hence a single command and a single undo step. Mutations
with the same merge key that follow each other (the certainty stepped
through its values) merge into one step (``QUndoCommand.id`` /
``mergeWith``); a merge that ends where it started leaves no step at all.

Qt calls ``undo()`` / ``redo()`` from C++, where a raised error cannot reach
the caller. A change that can be refused (a project file changed on disk)
is therefore stepped with :func:`undo_step` / :func:`redo_step`, which apply
the mutation first, raising, and then move the stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator.core.mutation import Mutation

#: ``QUndoCommand.id`` of commands whose mutation may merge with the next one.
MERGEABLE_ID = 1


def _ignore(_mutation: Mutation) -> None:
    """The default ``on_change``: nothing to tell."""


class MutationCommand(QUndoCommand):
    """One undo step wrapping a mutation that was already applied.

    The mutation is applied *before* the command is pushed (so a refused one
    raises and never reaches the stack); the first ``redo()`` that
    ``QUndoStack.push`` runs is therefore a no-op. Afterwards undo and redo
    swap the mutation and its inverse, each application returning the next
    inverse, so both directions stay exact. ``on_change`` receives the
    mutation just applied (to find what changed).
    """

    def __init__(self, forward: Mutation, inverse: Mutation,
                 on_change: Callable[[Mutation], None] = _ignore) -> None:
        super().__init__(forward.description)
        self._forward = forward
        self._inverse = inverse
        self._on_change = on_change
        self._applied = True
        self._merge_key = forward.merge_key()

    def id(self) -> int:  # noqa: A003 - Qt's name
        """Mergeable mutations share an id so that Qt offers them to :meth:`mergeWith`."""
        return MERGEABLE_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        """Absorb ``other`` when its mutation has the same merge key and merges."""
        if not isinstance(other, MutationCommand) or self._merge_key is None \
                or other._merge_key != self._merge_key or not self._applied:
            return False
        merged = self._forward.merge(other._forward)
        if merged is None:
            return False
        self._forward, self._inverse = merged.forward, merged.inverse
        self.setText(other.text())
        if merged.cancels:
            self.setObsolete(True)  # stepped back to where it started: no step left
        return True

    def apply_forward(self) -> None:
        """Apply the mutation again (raises when refused; nothing is then changed)."""
        if self._applied:
            return
        self._inverse = self._forward.apply()
        self._applied = True
        self._on_change(self._forward)

    def apply_inverse(self) -> None:
        """Take the mutation back (raises when refused; nothing is then changed)."""
        if not self._applied:
            return
        self._forward = self._inverse.apply()
        self._applied = False
        self._on_change(self._inverse)

    def redo(self) -> None:
        """Apply the mutation (a no-op on the push that follows its first application)."""
        self.apply_forward()

    def undo(self) -> None:
        """Apply the stored inverse (a no-op when :func:`undo_step` already did)."""
        self.apply_inverse()


def undo_step(stack: QUndoStack) -> bool:
    """Undo the stack's last step, raising (and moving nothing) when it is refused."""
    if not stack.canUndo():
        return False
    command = stack.command(stack.index() - 1)
    assert isinstance(command, MutationCommand)
    command.apply_inverse()
    stack.undo()
    return True


def redo_step(stack: QUndoStack) -> bool:
    """Redo the stack's next step, raising (and moving nothing) when it is refused."""
    if not stack.canRedo():
        return False
    command = stack.command(stack.index())
    assert isinstance(command, MutationCommand)
    command.apply_forward()
    stack.redo()
    return True
