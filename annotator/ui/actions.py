"""The one table of the window's actions: id, text, shortcuts, handler, menu, where it is active.

The main window builds its menus and QActions from :data:`ACTIONS` (plus one
tag and one exact-tag action per label of the schema, from
:func:`label_actions`), and the help dialog lists the same rows, so a
shortcut cannot exist without being documented.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from annotator.core.schema import LabelSchema

CONTEXT = "Actions"


@dataclass(frozen=True)
class ActionSpec:
    """One user action.

    ``scope`` is 'window' (active anywhere in the window) or 'text' (only
    while the text view has focus, so that typing 1 in the filter box does
    not tag). ``handler`` names a method of the main window; ``arg`` is passed
    to it when not None.
    """

    id: str
    text: str
    shortcuts: tuple[str, ...]
    handler: str
    menu: str
    scope: str = "window"
    arg: object = None
    translate_text: bool = True

    def label(self) -> str:
        """The action's text in the current UI language."""
        if not self.translate_text:
            return self.text
        return QCoreApplication.translate(CONTEXT, self.text)


# QT_TRANSLATE_NOOP marks a string for lupdate and returns it unchanged (typed
# ``object`` in the stubs, hence the str() below).
MENUS: tuple[tuple[str, object], ...] = (
    ("document", QT_TRANSLATE_NOOP("Actions", "&Document")),
    ("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
    ("span", QT_TRANSLATE_NOOP("Actions", "&Span")),
    ("labels", QT_TRANSLATE_NOOP("Actions", "&Labels")),
    ("search", QT_TRANSLATE_NOOP("Actions", "Sea&rch")),
    ("review", QT_TRANSLATE_NOOP("Actions", "Re&view")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&View")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)


def menu_title(menu_id: str) -> str:
    """Translated title of menu ``menu_id``.

    An Arabic title loses its mnemonic: the underline would hide the dots of
    the letter under it (and Alt+letter is not how Arabic keyboards work).
    """
    title = QCoreApplication.translate(CONTEXT, str(dict(MENUS)[menu_id]))
    if any("\u0600" <= ch <= "\u06ff" for ch in title):
        title = title.replace("&&", "\0").replace("&", "").replace("\0", "&&")
    return title


def _a(id_: str, text: object, shortcuts: tuple[str, ...], handler: str, menu: str,
       scope: str = "window", arg: object = None) -> ActionSpec:
    return ActionSpec(id_, str(text), shortcuts, handler, menu, scope, arg)



ACTIONS: tuple[ActionSpec, ...] = (
    # Document flow
    _a("doc.next", QT_TRANSLATE_NOOP("Actions", "Next document"),
       ("Ctrl+PgDown",), "next_document", "document"),
    _a("doc.previous", QT_TRANSLATE_NOOP("Actions", "Previous document"),
       ("Ctrl+PgUp",), "previous_document", "document"),
    _a("doc.done", QT_TRANSLATE_NOOP("Actions", "Mark document done"),
       ("Ctrl+Return",), "mark_done", "document"),
    _a("doc.reopen", QT_TRANSLATE_NOOP("Actions", "Reopen document"),
       ("Ctrl+Shift+Return",), "reopen_document", "document"),
    _a("doc.save", QT_TRANSLATE_NOOP("Actions", "Save now"),
       ("Ctrl+S",), "save_now", "document"),
    _a("doc.reload", QT_TRANSLATE_NOOP("Actions", "Reload from disk"),
       (), "reload_document_asking", "document"),
    _a("doc.import", QT_TRANSLATE_NOOP("Actions", "Import documents…"),
       ("Ctrl+I",), "import_documents", "document"),
    _a("doc.export", QT_TRANSLATE_NOOP("Actions", "Export annotations…"),
       ("Ctrl+E",), "export_dataset", "document"),
    _a("project.open", QT_TRANSLATE_NOOP("Actions", "Open project…"),
       ("Ctrl+O",), "open_project", "document"),
    _a("project.new", QT_TRANSLATE_NOOP("Actions", "New project…"),
       (), "new_project", "document"),
    _a("project.recent", QT_TRANSLATE_NOOP("Actions", "Recent projects…"),
       (), "recent_projects", "document"),
    _a("doc.quit", QT_TRANSLATE_NOOP("Actions", "Quit"),
       ("Ctrl+Q",), "close", "document"),
    # Undo
    _a("edit.undo", QT_TRANSLATE_NOOP("Actions", "Undo"),
       ("Ctrl+Z",), "undo", "edit"),
    _a("edit.redo", QT_TRANSLATE_NOOP("Actions", "Redo"),
       ("Ctrl+Shift+Z", "Ctrl+Y"), "redo", "edit"),
    # Spans (only while the text has focus)
    _a("span.next", QT_TRANSLATE_NOOP("Actions", "Next span"),
       ("Tab",), "select_next_span", "span", "text"),
    _a("span.previous", QT_TRANSLATE_NOOP("Actions", "Previous span"),
       ("Shift+Tab",), "select_previous_span", "span", "text"),
    _a("span.delete", QT_TRANSLATE_NOOP("Actions", "Delete selected span (reject a suggestion)"),
       ("Delete", "Backspace"), "delete_span", "span", "text"),
    _a("span.accept", QT_TRANSLATE_NOOP("Actions", "Accept selected suggestion"),
       ("Return",), "accept_span", "span", "text"),
    _a("span.deselect", QT_TRANSLATE_NOOP("Actions", "Clear the selection"),
       ("Esc",), "clear_selection", "span", "text"),
    _a("span.start_left_char", QT_TRANSLATE_NOOP("Actions", "Move start edge left by a character"),
       ("Alt+Left",), "move_edge", "span", "text", ("start", "left", False)),
    _a("span.start_right_char", QT_TRANSLATE_NOOP("Actions",
                                                  "Move start edge right by a character"),
       ("Alt+Right",), "move_edge", "span", "text", ("start", "right", False)),
    _a("span.end_left_char", QT_TRANSLATE_NOOP("Actions", "Move end edge left by a character"),
       ("Alt+Shift+Left",), "move_edge", "span", "text", ("end", "left", False)),
    _a("span.end_right_char", QT_TRANSLATE_NOOP("Actions", "Move end edge right by a character"),
       ("Alt+Shift+Right",), "move_edge", "span", "text", ("end", "right", False)),
    _a("span.start_left_word", QT_TRANSLATE_NOOP("Actions", "Move start edge left by a word"),
       ("Ctrl+Alt+Left",), "move_edge", "span", "text", ("start", "left", True)),
    _a("span.start_right_word", QT_TRANSLATE_NOOP("Actions", "Move start edge right by a word"),
       ("Ctrl+Alt+Right",), "move_edge", "span", "text", ("start", "right", True)),
    _a("span.end_left_word", QT_TRANSLATE_NOOP("Actions", "Move end edge left by a word"),
       ("Ctrl+Alt+Shift+Left",), "move_edge", "span", "text", ("end", "left", True)),
    _a("span.end_right_word", QT_TRANSLATE_NOOP("Actions", "Move end edge right by a word"),
       ("Ctrl+Alt+Shift+Right",), "move_edge", "span", "text", ("end", "right", True)),
    # Relations (a claim selected in the text)
    _a("span.link_source", QT_TRANSLATE_NOOP("Actions", "Link the claim to its source…"),
       ("L",), "link_relation", "span", "text", "SOURCE"),
    _a("span.link_about", QT_TRANSLATE_NOOP("Actions", "Link the claim to what it is about…"),
       ("Shift+L",), "link_relation", "span", "text", "ABOUT"),
    _a("labels.schema", QT_TRANSLATE_NOOP("Actions", "Edit labels and relations…"),
       (), "edit_schema", "labels"),
    _a("labels.registry", QT_TRANSLATE_NOOP("Actions", "Actor registry…"),
       ("Ctrl+Shift+R",), "show_registry", "labels"),
    # Review of suggestions (annotator.ui.review_actions)
    _a("review.next", QT_TRANSLATE_NOOP("Actions", "Next suggestion"),
       ("N",), "next_suggestion", "review", "text"),
    _a("review.previous", QT_TRANSLATE_NOOP("Actions", "Previous suggestion"),
       ("Shift+N",), "previous_suggestion", "review", "text"),
    _a("review.reject", QT_TRANSLATE_NOOP("Actions", "Reject suggestion and go to the next"),
       ("X",), "reject_suggestion", "review", "text"),
    _a("review.accept_links", QT_TRANSLATE_NOOP("Actions", "Accept the selected span's "
                                                "suggested links"),
       ("Shift+Return",), "accept_span_relations", "review", "text"),
    _a("review.reject_links", QT_TRANSLATE_NOOP("Actions", "Reject the selected span's "
                                                "suggested links"),
       ("Shift+X",), "reject_span_relations", "review", "text"),
    _a("review.accept_label", QT_TRANSLATE_NOOP("Actions", "Accept all suggestions of a label…"),
       ("Ctrl+Shift+B",), "accept_label_suggestions", "review"),
    _a("review.accept_score", QT_TRANSLATE_NOOP("Actions", "Accept all suggestions above a "
                                                           "score…"),
       ("Ctrl+Shift+G",), "accept_scored_suggestions", "review"),
    _a("review.suggest", QT_TRANSLATE_NOOP("Actions", "Run a suggester / train the model…"),
       ("Ctrl+Shift+U",), "run_suggesters", "review"),
    _a("review.import", QT_TRANSLATE_NOOP("Actions", "Import suggestions…"),
       (), "import_suggestions", "review"),
    # Search
    _a("search.find", QT_TRANSLATE_NOOP("Actions", "Find…"),
       ("Ctrl+F",), "show_search", "search"),
    _a("search.next", QT_TRANSLATE_NOOP("Actions", "Next match"),
       ("F3",), "next_match", "search"),
    _a("search.previous", QT_TRANSLATE_NOOP("Actions", "Previous match"),
       ("Shift+F3",), "previous_match", "search"),
    _a("search.tag_all", QT_TRANSLATE_NOOP("Actions", "Tag all occurrences…"),
       ("Ctrl+Shift+T",), "tag_all", "search"),
    # View
    _a("view.focus_text", QT_TRANSLATE_NOOP("Actions", "Focus the text"),
       ("F6",), "focus_text", "view"),
    _a("view.focus_documents", QT_TRANSLATE_NOOP("Actions", "Focus the document list"),
       ("Ctrl+Shift+D",), "focus_documents", "view"),
    _a("view.focus_spans", QT_TRANSLATE_NOOP("Actions", "Focus the span list"),
       ("Ctrl+Shift+L",), "focus_spans", "view"),
    _a("view.focus_attributes", QT_TRANSLATE_NOOP("Actions",
                                                  "Focus the attributes and relations"),
       ("Ctrl+Shift+A",), "focus_attributes", "view"),
    _a("view.zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom in"),
       ("Ctrl++", "Ctrl+="), "zoom_in", "view"),
    _a("view.zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom out"),
       ("Ctrl+-",), "zoom_out", "view"),
    _a("view.zoom_reset", QT_TRANSLATE_NOOP("Actions", "Reset zoom"),
       ("Ctrl+0",), "zoom_reset", "view"),
    _a("view.lang_en", QT_TRANSLATE_NOOP("Actions", "English interface"),
       (), "set_language", "view", arg="en"),
    _a("view.lang_ar", QT_TRANSLATE_NOOP("Actions", "Arabic interface"),
       (), "set_language", "view", arg="ar"),
    _a("help.shortcuts", QT_TRANSLATE_NOOP("Actions", "Keyboard shortcuts"),
       ("F1",), "show_help", "help"),
)

# Keys the text view handles itself (selection); listed in the help dialog too.
VIEW_KEYS: tuple[tuple[str, object], ...] = (
    ("Shift+Arrow", QT_TRANSLATE_NOOP("Actions", "Extend the selection by a character")),
    ("Ctrl+Shift+Arrow", QT_TRANSLATE_NOOP("Actions", "Extend the selection by a word")),
    ("Shift+Home / Shift+End",
     QT_TRANSLATE_NOOP("Actions", "Extend the selection to the line edge")),
    ("Arrow / Ctrl+Arrow", QT_TRANSLATE_NOOP("Actions", "Move the cursor")),
)


def label_actions(schema: LabelSchema) -> tuple[ActionSpec, ...]:
    """A tag action (the label's key) and an exact-tag action (Alt+key) per label with a key.

    The tag key snaps the selection to whole words and leaves proclitics out,
    or relabels the selected span when nothing is selected; Alt+key keeps the
    exact selection.
    """
    out: list[ActionSpec] = []
    for lab in schema.span_labels:
        if not lab.key:
            continue
        tag = QCoreApplication.translate("Actions", "Tag as %1 / relabel").replace("%1", lab.name)
        exact = QCoreApplication.translate("Actions", "Tag as %1, exact selection").replace(
            "%1", lab.name)
        out.append(ActionSpec(f"tag.{lab.name}", tag, (lab.key,), "tag_with_label", "labels",
                              "text", (lab.name, False), translate_text=False))
        out.append(ActionSpec(f"tag_exact.{lab.name}", exact, (f"Alt+{lab.key}",),
                              "tag_with_label", "labels", "text", (lab.name, True),
                              translate_text=False))
    return tuple(out)
