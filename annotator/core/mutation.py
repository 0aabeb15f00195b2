"""The one protocol every undoable change follows, whatever it changes.

A :class:`Mutation` applies itself and returns its exact inverse, itself a
mutation. Three kinds exist:

- an annotation edit bound to the set it changes
  (:class:`annotator.core.edits.EditOn`), which also names the spans and
  relations it touches;
- a project-wide rewrite of files, a schema operation or a registry
  grouping (:class:`annotator.formats.schema_change.ProjectChange` and its
  inverse);

so one undo adapter (``annotator.ui.commands.MutationCommand``) serves every
undo stack: the document's and the project's.

Consecutive mutations may merge into one step (the certainty stepped through
its values): two mutations with the same non-None :meth:`Mutation.merge_key`
are offered to :meth:`Mutation.merge`.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, eq=False)
class Merged:
    """Two consecutive mutations as one: ``forward``, its ``inverse``, and whether they cancel."""

    forward: Mutation
    inverse: Mutation
    cancels: bool


class Mutation(Protocol):
    """A change that applies itself and returns its exact inverse."""

    @property
    def description(self) -> str:
        """What the change does, for the undo menu."""
        ...

    def apply(self) -> Mutation:
        """Make the change; return the mutation that takes it back exactly.

        Raises ``ValueError`` (an :class:`~annotator.core.edits.EditError` or a
        project error) and changes nothing when it cannot be made.
        """
        ...

    def merge_key(self) -> Hashable | None:
        """Mutations with the same key (not None) that follow each other merge into one step."""
        ...

    def merge(self, later: Mutation) -> Merged | None:
        """This mutation followed by ``later`` as one step, or None when they do not merge."""
        ...


class Unmergeable:
    """Mixin for mutations that never merge with the next one."""

    def merge_key(self) -> Hashable | None:
        """Never merges: None."""
        return None

    def merge(self, later: Mutation) -> Merged | None:
        """Never merges: None."""
        return None
