"""The window's action handlers: plain functions of a :class:`~annotator.ui.workspace.Workspace`.

One module per area (documents, projects, spans, relations, review, bulk,
search, view, reading). The action table (:mod:`annotator.ui.actions`) and
the review panel refer to these functions, so mypy checks every binding.
"""

from annotator.ui.handlers import (
    bulk,
    documents,
    projects,
    reading,
    relations,
    review,
    search,
    spans,
    view,
)

__all__ = ["bulk", "documents", "projects", "reading", "relations", "review", "search", "spans",
           "view"]
