"""Relation and schema handlers: link a claim to its source (L), edit labels, the registry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from annotator.core import edits
from annotator.ui.registry_view import RegistryDialog
from annotator.ui.relation_picker import RelationPicker
from annotator.ui.schema_dialog import SchemaDialog
from annotator.ui.workspace import MANUAL_ORIGIN, Workspace

translate = QCoreApplication.translate


def _refusal(ws: Workspace, rel_name: str) -> str | None:
    """Why the selected span cannot start a ``rel_name`` link (None: it can)."""
    span = ws.selected_span()
    rel = ws.session.schema.relation_type(rel_name)
    if span is None or ws.session.annotations is None:
        return translate("MainWindow", "Select a claim first (Tab selects the next span).")
    if rel is None:
        return translate("MainWindow", "This project has no %1 relation.").replace("%1", rel_name)
    if rel.head_labels and span.label not in rel.head_labels:
        return (translate("MainWindow", "%1 links start at a %2 span.").replace("%1", rel_name)
                .replace("%2", "/".join(rel.head_labels)))
    return None


def link_relation(ws: Workspace, rel_name: str) -> RelationPicker | None:
    """Open the keyboard list of the spans the selected span may link to by ``rel_name``."""
    refusal = _refusal(ws, rel_name)
    span = ws.selected_span()
    ann = ws.session.annotations
    rel = ws.session.schema.relation_type(rel_name)
    if refusal is not None or span is None or ann is None or rel is None:
        ws.status_error(refusal or "")
        return None
    if ws.picker is not None:
        ws.picker.close()
    picker = RelationPicker(ann, span, rel, ws.session.schema, ws.host())
    ws.picker = picker
    ws.view.spanActivated.connect(picker.pick)  # a click on an actor picks it

    def picked(tail_id: str) -> None:
        tail = ann.spans.get(tail_id)
        if tail is not None and ws.session.annotations is ann:
            relation = edits.make_relation(rel.name, span, tail, origin=MANUAL_ORIGIN)
            ws.apply(edits.AddRelation(relation, translate("MainWindow", "Link %1")
                                       .replace("%1", rel.name)))
        ws.select_span(span.id)

    def finished(_result: int) -> None:
        ws.view.spanActivated.disconnect(picker.pick)
        if ws.picker is picker:
            ws.picker = None
        ws.host().activateWindow()  # the keys go back to the text, not the closed popup
        ws.focus_text()

    picker.picked.connect(picked)
    picker.finished.connect(finished)
    picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    picker.show()
    picker.raise_()
    picker.activateWindow()
    picker.filter.setFocus(Qt.FocusReason.PopupFocusReason)
    return picker


def edit_schema(ws: Workspace) -> SchemaDialog:
    """The dialog that edits the project's labels, attributes and relation types."""
    dialog = SchemaDialog(ws.schema_history, ws.host())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_registry(ws: Workspace) -> RegistryDialog:
    """The actor registry: canonical actors, their mentions and claims, groupings."""
    dialog = RegistryDialog(ws, ws.host())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()  # not modal: the analyst selects spans in the text while it is open
    dialog.activateWindow()
    return dialog
