"""The one table of the window's actions: id, text, shortcuts, handler, menu, where it is active.

The main window builds its menus and QActions from :data:`ACTIONS` (plus one
tag and one exact-tag action per label of the schema, from
:func:`label_actions`), and the help dialog lists the same rows
(:func:`help_rows`), so a shortcut cannot exist without being documented.

A handler is a function of the :class:`~annotator.ui.workspace.Workspace`
(``annotator.ui.handlers``); :func:`bind` fixes its further arguments, and
mypy checks them against the function's signature.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Concatenate, ParamSpec

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

from annotator.core.schema import LabelSchema
from annotator.ui.handlers import (
    bulk,
    documents,
    projects,
    relations,
    review,
    search,
    spans,
    view,
)
from annotator.ui.help_dialog import HelpDialog
from annotator.ui.workspace import Workspace

CONTEXT = "Actions"

#: What an action runs: a function of the workspace (its result, a dialog for tests, is ignored).
Handler = Callable[[Workspace], object]
P = ParamSpec("P")


def bind(fn: Callable[Concatenate[Workspace, P], object], *args: P.args,
         **kwargs: P.kwargs) -> Handler:
    """``fn`` with its arguments after the workspace fixed (type-checked against ``fn``)."""

    def run(ws: Workspace) -> object:
        return fn(ws, *args, **kwargs)

    run.__name__ = getattr(fn, "__name__", "handler")
    return run


@dataclass(frozen=True)
class ActionSpec:
    """One user action.

    ``scope`` is 'window' (active anywhere in the window) or 'text' (only
    while the text view has focus, so that typing 1 in the filter box does
    not tag). ``handler`` is called with the window's workspace.
    """

    id: str
    text: str
    shortcuts: tuple[str, ...]
    handler: Handler
    menu: str
    scope: str = "window"
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
    return without_arabic_mnemonic(QCoreApplication.translate(CONTEXT,
                                                              str(dict(MENUS)[menu_id])))


def without_arabic_mnemonic(title: str) -> str:
    """``title`` without its mnemonic ``&`` when it is Arabic (``&&`` stays a literal ``&``)."""
    if any("\u0600" <= ch <= "\u06ff" for ch in title):
        title = title.replace("&&", "\0").replace("&", "").replace("\0", "&&")
    return title


def _a(id_: str, text: object, shortcuts: tuple[str, ...], handler: Handler, menu: str,
       scope: str = "window") -> ActionSpec:
    return ActionSpec(id_, str(text), shortcuts, handler, menu, scope)


def show_help(ws: Workspace) -> HelpDialog:
    """The shortcut table (generated from this table, hence here rather than in handlers.view)."""
    dialog = HelpDialog(help_rows(ws.session.schema), ws.host())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog



ACTIONS: tuple[ActionSpec, ...] = (
    # Document flow
    _a("doc.next", QT_TRANSLATE_NOOP("Actions", "Next document"),
       ("Ctrl+PgDown",), documents.next_document, "document"),
    _a("doc.previous", QT_TRANSLATE_NOOP("Actions", "Previous document"),
       ("Ctrl+PgUp",), documents.previous_document, "document"),
    _a("doc.done", QT_TRANSLATE_NOOP("Actions", "Mark document done"),
       ("Ctrl+Return",), documents.mark_done, "document"),
    _a("doc.reopen", QT_TRANSLATE_NOOP("Actions", "Reopen document"),
       ("Ctrl+Shift+Return",), documents.reopen_document, "document"),
    _a("doc.save", QT_TRANSLATE_NOOP("Actions", "Save now"),
       ("Ctrl+S",), documents.save_now, "document"),
    _a("doc.reload", QT_TRANSLATE_NOOP("Actions", "Reload from disk"),
       (), documents.reload_document_asking, "document"),
    _a("doc.replace_text", QT_TRANSLATE_NOOP("Actions", "Replace the text from a file…"),
       (), documents.replace_document_text, "document"),
    _a("doc.import", QT_TRANSLATE_NOOP("Actions", "Import documents…"),
       ("Ctrl+I",), documents.import_documents, "document"),
    _a("doc.export", QT_TRANSLATE_NOOP("Actions", "Export annotations…"),
       ("Ctrl+E",), documents.export_dataset, "document"),
    _a("project.open", QT_TRANSLATE_NOOP("Actions", "Open project…"),
       ("Ctrl+O",), projects.open_project, "document"),
    _a("project.new", QT_TRANSLATE_NOOP("Actions", "New project…"),
       (), projects.new_project, "document"),
    _a("project.recent", QT_TRANSLATE_NOOP("Actions", "Recent projects…"),
       (), projects.recent_projects, "document"),
    _a("doc.quit", QT_TRANSLATE_NOOP("Actions", "Quit"),
       ("Ctrl+Q",), documents.quit_window, "document"),
    # Undo
    _a("edit.undo", QT_TRANSLATE_NOOP("Actions", "Undo"),
       ("Ctrl+Z",), documents.undo, "edit"),
    _a("edit.redo", QT_TRANSLATE_NOOP("Actions", "Redo"),
       ("Ctrl+Shift+Z", "Ctrl+Y"), documents.redo, "edit"),
    # Spans (only while the text has focus)
    _a("span.next", QT_TRANSLATE_NOOP("Actions", "Next span"),
       ("Tab",), spans.select_next_span, "span", "text"),
    _a("span.previous", QT_TRANSLATE_NOOP("Actions", "Previous span"),
       ("Shift+Tab",), spans.select_previous_span, "span", "text"),
    _a("span.delete", QT_TRANSLATE_NOOP("Actions", "Delete selected span (reject a suggestion)"),
       ("Delete", "Backspace"), spans.delete_span, "span", "text"),
    _a("span.accept", QT_TRANSLATE_NOOP("Actions", "Accept selected suggestion"),
       ("Return",), review.accept_span, "span", "text"),
    _a("span.deselect", QT_TRANSLATE_NOOP("Actions", "Clear the selection"),
       ("Esc",), spans.clear_selection, "span", "text"),
    _a("span.start_left_char", QT_TRANSLATE_NOOP("Actions", "Move start edge left by a character"),
       ("Alt+Left",), bind(spans.move_edge, "start", "left", False), "span", "text"),
    _a("span.start_right_char", QT_TRANSLATE_NOOP("Actions",
                                                  "Move start edge right by a character"),
       ("Alt+Right",), bind(spans.move_edge, "start", "right", False), "span", "text"),
    _a("span.end_left_char", QT_TRANSLATE_NOOP("Actions", "Move end edge left by a character"),
       ("Alt+Shift+Left",), bind(spans.move_edge, "end", "left", False), "span", "text"),
    _a("span.end_right_char", QT_TRANSLATE_NOOP("Actions", "Move end edge right by a character"),
       ("Alt+Shift+Right",), bind(spans.move_edge, "end", "right", False), "span", "text"),
    _a("span.start_left_word", QT_TRANSLATE_NOOP("Actions", "Move start edge left by a word"),
       ("Ctrl+Alt+Left",), bind(spans.move_edge, "start", "left", True), "span", "text"),
    _a("span.start_right_word", QT_TRANSLATE_NOOP("Actions", "Move start edge right by a word"),
       ("Ctrl+Alt+Right",), bind(spans.move_edge, "start", "right", True), "span", "text"),
    _a("span.end_left_word", QT_TRANSLATE_NOOP("Actions", "Move end edge left by a word"),
       ("Ctrl+Alt+Shift+Left",), bind(spans.move_edge, "end", "left", True), "span", "text"),
    _a("span.end_right_word", QT_TRANSLATE_NOOP("Actions", "Move end edge right by a word"),
       ("Ctrl+Alt+Shift+Right",), bind(spans.move_edge, "end", "right", True), "span", "text"),
    # Relations (a claim selected in the text)
    _a("span.link_source", QT_TRANSLATE_NOOP("Actions", "Link the claim to its source…"),
       ("L",), bind(relations.link_relation, "SOURCE"), "span", "text"),
    _a("span.link_about", QT_TRANSLATE_NOOP("Actions", "Link the claim to what it is about…"),
       ("Shift+L",), bind(relations.link_relation, "ABOUT"), "span", "text"),
    _a("labels.schema", QT_TRANSLATE_NOOP("Actions", "Edit labels and relations…"),
       (), relations.edit_schema, "labels"),
    _a("labels.registry", QT_TRANSLATE_NOOP("Actions", "Actor registry…"),
       ("Ctrl+Shift+R",), relations.show_registry, "labels"),
    # Review of suggestions (annotator.ui.handlers.review and .bulk)
    _a("review.next", QT_TRANSLATE_NOOP("Actions", "Next suggestion"),
       ("N",), review.next_suggestion, "review", "text"),
    _a("review.previous", QT_TRANSLATE_NOOP("Actions", "Previous suggestion"),
       ("Shift+N",), review.previous_suggestion, "review", "text"),
    _a("review.reject", QT_TRANSLATE_NOOP("Actions", "Reject suggestion and go to the next"),
       ("X",), review.reject_suggestion, "review", "text"),
    _a("review.accept_links", QT_TRANSLATE_NOOP("Actions", "Accept the selected span's "
                                                "suggested links"),
       ("Shift+Return",), review.accept_span_relations, "review", "text"),
    _a("review.reject_links", QT_TRANSLATE_NOOP("Actions", "Reject the selected span's "
                                                "suggested links"),
       ("Shift+X",), review.reject_span_relations, "review", "text"),
    _a("review.accept_label", QT_TRANSLATE_NOOP("Actions", "Accept all suggestions of a label…"),
       ("Ctrl+Shift+B",), bulk.accept_label_suggestions, "review"),
    _a("review.accept_score", QT_TRANSLATE_NOOP("Actions", "Accept all suggestions above a "
                                                           "score…"),
       ("Ctrl+Shift+G",), bulk.accept_scored_suggestions, "review"),
    _a("review.suggest", QT_TRANSLATE_NOOP("Actions", "Run a suggester / train the model…"),
       ("Ctrl+Shift+U",), bulk.run_suggesters, "review"),
    _a("review.import", QT_TRANSLATE_NOOP("Actions", "Import suggestions…"),
       (), bulk.import_suggestions, "review"),
    # Search
    _a("search.find", QT_TRANSLATE_NOOP("Actions", "Find…"),
       ("Ctrl+F",), search.show_search, "search"),
    _a("search.next", QT_TRANSLATE_NOOP("Actions", "Next match"),
       ("F3",), search.next_match, "search"),
    _a("search.previous", QT_TRANSLATE_NOOP("Actions", "Previous match"),
       ("Shift+F3",), search.previous_match, "search"),
    _a("search.tag_all", QT_TRANSLATE_NOOP("Actions", "Tag all occurrences…"),
       ("Ctrl+Shift+T",), search.tag_all, "search"),
    # View
    _a("view.focus_text", QT_TRANSLATE_NOOP("Actions", "Focus the text"),
       ("F6",), view.focus_text, "view"),
    _a("view.focus_documents", QT_TRANSLATE_NOOP("Actions", "Focus the document list"),
       ("Ctrl+Shift+D",), view.focus_documents, "view"),
    _a("view.focus_spans", QT_TRANSLATE_NOOP("Actions", "Focus the span list"),
       ("Ctrl+Shift+L",), view.focus_spans, "view"),
    _a("view.focus_attributes", QT_TRANSLATE_NOOP("Actions",
                                                  "Focus the attributes and relations"),
       ("Ctrl+Shift+A",), view.focus_attributes, "view"),
    _a("view.zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom in"),
       ("Ctrl++", "Ctrl+="), view.zoom_in, "view"),
    _a("view.zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom out"),
       ("Ctrl+-",), view.zoom_out, "view"),
    _a("view.zoom_reset", QT_TRANSLATE_NOOP("Actions", "Reset zoom"),
       ("Ctrl+0",), view.zoom_reset, "view"),
    _a("view.lang_en", QT_TRANSLATE_NOOP("Actions", "English interface"),
       (), bind(view.set_language, "en"), "view"),
    _a("view.lang_ar", QT_TRANSLATE_NOOP("Actions", "Arabic interface"),
       (), bind(view.set_language, "ar"), "view"),
    _a("help.shortcuts", QT_TRANSLATE_NOOP("Actions", "Keyboard shortcuts"),
       ("F1",), show_help, "help"),
)

# Keys the text view handles itself (selection); listed in the help dialog too.
VIEW_KEYS: tuple[tuple[str, object], ...] = (
    ("Shift+Arrow", QT_TRANSLATE_NOOP("Actions", "Extend the selection by a character")),
    ("Ctrl+Shift+Arrow", QT_TRANSLATE_NOOP("Actions", "Extend the selection by a word")),
    ("Shift+Home / Shift+End",
     QT_TRANSLATE_NOOP("Actions", "Extend the selection to the line edge")),
    ("Arrow / Ctrl+Arrow", QT_TRANSLATE_NOOP("Actions", "Move the cursor")),
)


def shortcut_owner(key: str) -> ActionSpec | None:
    """The window action that already answers a label key ``key`` or Alt+``key``, if any.

    Two actions on one shortcut both go dead (Qt calls it ambiguous), so such a
    label gets no key: a label keyed N would silence "next suggestion" too.
    """
    taken = (QKeySequence(key), QKeySequence(f"Alt+{key}"))
    return next((spec for spec in ACTIONS for s in spec.shortcuts if QKeySequence(s) in taken),
                None)


def key_clashes(schema: LabelSchema) -> list[str]:
    """A sentence for every label whose key an action of the window already has."""
    out = []
    for lab in schema.span_labels:
        owner = shortcut_owner(lab.key) if lab.key else None
        if owner is not None:
            out.append(QCoreApplication.translate(
                "Actions", "The key %1 of the label %2 is already the shortcut of “%3”, so the "
                "label has no key; give it another in Labels → Edit labels and relations.")
                .replace("%1", lab.key).replace("%2", lab.name).replace("%3", owner.label()))
    return out


def label_actions(schema: LabelSchema) -> tuple[ActionSpec, ...]:
    """A tag action (the label's key) and an exact-tag action (Alt+key) per label with a key
    that no window action has already (:func:`shortcut_owner`).

    The tag key snaps the selection to whole words and leaves proclitics out,
    or relabels the selected span when nothing is selected; Alt+key keeps the
    exact selection.
    """
    out: list[ActionSpec] = []
    for lab in schema.span_labels:
        if not lab.key or shortcut_owner(lab.key) is not None:
            continue
        tag = QCoreApplication.translate("Actions", "Tag as %1 / relabel").replace("%1", lab.name)
        exact = QCoreApplication.translate("Actions", "Tag as %1, exact selection").replace(
            "%1", lab.name)
        out.append(ActionSpec(f"tag.{lab.name}", tag, (lab.key,),
                              bind(spans.tag_with_label, lab.name, exact=False), "labels",
                              "text", translate_text=False))
        out.append(ActionSpec(f"tag_exact.{lab.name}", exact, (f"Alt+{lab.key}",),
                              bind(spans.tag_with_label, lab.name, exact=True), "labels",
                              "text", translate_text=False))
    return tuple(out)


def shortcut_text(spec: ActionSpec) -> str:
    """The action's shortcuts as the platform spells them, joined by ' / '."""
    return " / ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText)
                      for s in spec.shortcuts)


def help_rows(schema: LabelSchema) -> list[tuple[str, str, str]]:
    """(menu, action, shortcuts) for every action with a shortcut, then the text view's keys."""
    rows = [(menu_title(spec.menu).replace("&", ""), spec.label(), shortcut_text(spec))
            for spec in (*ACTIONS, *label_actions(schema)) if spec.shortcuts]
    text = QCoreApplication.translate("Actions", "Text")
    rows += [(text, QCoreApplication.translate("Actions", str(what)), keys)
             for keys, what in VIEW_KEYS]
    return rows
