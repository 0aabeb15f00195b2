"""What an export includes: :class:`ExportOptions` and its validation."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from annotator.core.schema import LabelSchema
from annotator.formats.errors import ProjectError

DOCUMENT_CHOICES = ("done", "all")
SPLIT_NAMES = ("train", "dev", "test")
#: The CoNLL export's token views (``view`` picks one; by default it writes both).
TOKEN_VIEWS = ("word", "clitic")


@dataclass(frozen=True)
class ExportOptions:
    """Options shared by every export format.

    ``documents``: ``"done"`` (only documents the annotator marked done) or ``"all"``.
    ``labels``: span labels to keep (None keeps all); relations whose head or
    tail was left out are dropped. ``include_suggestions``: also suggested and
    rejected spans and relations, with their status, origin and score.
    ``split``: (train, dev, test) fractions for a deterministic split by
    document, or None. ``seed``: changes which documents fall in which split.
    ``annotator``: whose annotations (None = the project's annotator).
    ``skip_unreadable``: export what can be read when some document or
    annotation file cannot be (otherwise the export refuses to run).
    ``view``: for CoNLL, only this token view (one of :data:`TOKEN_VIEWS`),
    written as one file without a split; None writes both views in a folder.
    """

    documents: str = "done"
    labels: Sequence[str] | None = None
    include_suggestions: bool = False
    split: tuple[float, float, float] | None = None
    seed: int = 0
    annotator: str | None = None
    #: Document id -> split, fixed before an export starts (:func:`selection.plan_split`);
    #: without it each document's split comes from its hash alone.
    split_plan: Mapping[str, str] | None = field(default=None, compare=False, hash=False,
                                                 repr=False)
    skip_unreadable: bool = False
    view: str | None = None

    def problems(self, schema: LabelSchema) -> list[str]:
        """Everything wrong with these options for a project with ``schema``."""
        out: list[str] = []
        if self.documents not in DOCUMENT_CHOICES:
            out.append(f"documents must be one of {', '.join(DOCUMENT_CHOICES)}, "
                       f"not {self.documents!r}")
        if self.labels is not None:
            known = schema.label_names
            unknown = [lab for lab in self.labels if lab not in known]
            if unknown:
                out.append(f"unknown label(s) {', '.join(unknown)}; the project has "
                           f"{', '.join(known)}")
            if not self.labels:
                out.append("the label filter is empty: nothing would be exported")
        if self.view is not None and self.view not in TOKEN_VIEWS:
            out.append(f"view must be one of {', '.join(TOKEN_VIEWS)}, not {self.view!r}")
        if self.split is not None:
            parts = tuple(self.split)
            if len(parts) != 3 or any(not isinstance(p, (int, float)) or p < 0 or
                                      math.isnan(p) for p in parts):
                out.append("split needs three non-negative fractions (train, dev, test), "
                           "such as 0.8,0.1,0.1")
            elif not math.isclose(sum(parts), 1.0, abs_tol=1e-6):
                out.append(f"split fractions must add up to 1 (they add up to {sum(parts):g})")
        return out

    def check(self, schema: LabelSchema) -> None:
        """Raise :class:`ProjectError` naming every problem with these options."""
        problems = self.problems(schema)
        if problems:
            raise ProjectError("; ".join(problems))
