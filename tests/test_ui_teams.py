"""Team features in the window: layers, read-only, comparing, agreement view, curation by keys."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from annotator.core.model import Document, Status
from annotator.formats.layers import curated_layers
from annotator.formats.project import Project
from annotator.ui import layer_overlay
from annotator.ui.main_window import MainWindow
from annotator.ui.session import Session
from tests.team_support import build_layer
from tests.ui_support import (  # noqa: F401 - fixtures
    isolated_settings_fixture,
    key,
)

TEXT = "قال وزير الخارجية إن الجزائر سترد على تونس"
MINISTER, ALGERIA, TUNIS = (4, 17, "ACTOR"), (21, 28, "LOCATION"), (38, 42, "LOCATION")


@pytest.fixture
def team_window(qtbot, tmp_path):
    """A window for annotator "tester" on a project where a, b and c annotated d1."""
    project = Project.create(tmp_path / "p", annotator="tester")
    doc = Document(id="d1", text=TEXT)
    project.add_document(doc)
    layers = {"a": [MINISTER, ALGERIA, TUNIS], "b": [MINISTER, ALGERIA], "c": [MINISTER]}
    for name, spans in layers.items():
        project.save_annotations(build_layer(doc, name, spans))
    project = Project.open(tmp_path / "p", annotator="tester")
    project.lock()

    def make() -> MainWindow:
        window = MainWindow(Session(project))
        window.layers.open_report_in_browser = False
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        window.open_initial_document()
        qtbot.waitUntil(lambda: window.session.document is not None)
        qtbot.waitUntil(lambda: window.view.hasFocus() or window.isActiveWindow())
        return window
    return make


def _gold_on_disk(window: MainWindow) -> dict[tuple[int, int, str], str]:
    path = window.session.project.annotations_path("d1", "gold")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {(s["start"], s["end"], s["label"]): s["status"] for s in data["spans"]}


def test_other_layer_is_read_only_and_the_label_says_whose(team_window, qtbot):
    window = team_window()
    assert window.layers.label.text() == "Layer: tester"
    assert window.layers.switch_layer("a")
    assert window.layers.label.text() == "Layer: a (read-only)"
    assert len(window.session.annotations.spans) == 3
    window.view.select_cp(*ALGERIA[:2])
    key(qtbot, window, Qt.Key.Key_1)  # tag: refused, nothing changes
    assert len(window.session.annotations.spans) == 3
    assert "read-only" in window.statusBar().currentMessage()
    assert not window.actions_by_id["review.suggest"].isEnabled()  # would write a's files
    assert window.layers.switch_layer("tester")
    assert window.actions_by_id["review.suggest"].isEnabled()
    assert not window.session.read_only and window.layers.label.text() == "Layer: tester"


def test_compare_draws_the_other_layer(team_window, qtbot):
    window = team_window()
    window.layers.switch_layer("b")
    window.layers.compare_with("a")
    assert sorted(layer_overlay.compared(window.view)) == sorted([MINISTER, ALGERIA, TUNIS])
    assert window.layers.label.text() == "Layer: b (read-only) · compared with a"
    window.view.viewport().repaint()  # paints through the overlay's filter without error
    window.layers.compare_with(None)
    assert layer_overlay.compared(window.view) == []


def test_agreement_view_cell_lists_disagreements_and_opens_the_document(team_window, qtbot):
    window = team_window()
    assert window.layers.show_agreement() is not None  # computed off the GUI thread
    qtbot.waitUntil(lambda: window.layers.agreement is not None)
    view = window.layers.agreement
    assert view.matrix.rowCount() == 3  # a-b, a-c, b-c
    labels = [view.matrix.horizontalHeaderItem(j).text() for j in range(view.matrix.columnCount())]
    column = labels.index("LOCATION")
    assert view.matrix.item(0, column).text() == "0.67"  # a-b: 2·1/(2+1)
    view.matrix.cellClicked.emit(0, column)
    assert view.disagreements.count() == 1
    item = view.disagreements.item(0)
    assert item.text().startswith("missing: LOCATION only in a")
    view.disagreements.itemClicked.emit(item)
    qtbot.waitUntil(lambda: window.session.project.annotator == "a")
    assert window.layers.compare_name == "b"
    assert window.selected_span().start == TUNIS[0]


def _curate(window, qtbot, name: str, strategy: str) -> None:
    """Curate from the window and wait until the curated layer is open."""
    task = window.layers.curate_into(name, strategy)
    assert task is not None
    qtbot.waitUntil(lambda: not task.is_running)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Curated "))


def test_curation_mode_by_review_keys(team_window, qtbot):
    window = team_window()
    _curate(window, qtbot, "gold", "unanimous")
    assert window.layers.label.text() == "Curating gold"
    pending = sorted((s.start, s.label) for s in window.session.annotations.spans.values()
                     if s.status is Status.SUGGESTED)
    assert pending == [(21, "LOCATION"), (38, "LOCATION")]
    window.view.select_cp(0, 0)
    key(qtbot, window, Qt.Key.Key_N)  # first suggestion: الجزائر, voted by a and b
    assert window.selected_span().start == ALGERIA[0]
    assert "voted by a, b (2 of 3); not by c" in window.statusBar().currentMessage()
    key(qtbot, window, Qt.Key.Key_Return)  # accept
    key(qtbot, window, Qt.Key.Key_N)
    assert window.selected_span().start == TUNIS[0]
    key(qtbot, window, Qt.Key.Key_X)  # reject
    window.session.save()
    assert _gold_on_disk(window) == {MINISTER: "accepted", ALGERIA: "accepted",
                                     TUNIS: "rejected"}
    # A re-run keeps the curator's decisions.
    _curate(window, qtbot, "gold", "unanimous")
    assert _gold_on_disk(window)[TUNIS] == "rejected"


def test_curating_into_an_annotator_is_refused_in_the_window(team_window, qtbot):
    window = team_window()
    assert window.layers.curate_into("a", "majority") is None
    assert "annotator's layer" in window.statusBar().currentMessage()
    assert window.layers.label.text() == "Layer: tester"


@pytest.mark.parametrize(("strategy", "message"), [("votes:9", "annotators vote"),
                                                  ("votes:x", "use one of")])
def test_a_strategy_that_cannot_work_is_refused_before_the_layer_is_marked(
        team_window, qtbot, strategy, message):
    window = team_window()
    assert window.layers.curate_into("gold", strategy) is None
    assert message in window.statusBar().currentMessage()
    assert "gold" not in curated_layers(window.session.project)
    assert "gold" not in curated_layers(Project.open(window.session.project.path))


def test_report_from_the_window(team_window, tmp_path):
    window = team_window()
    page = window.layers.write_report(str(tmp_path / "report"))
    assert page is not None and page.is_file()
    assert (tmp_path / "report" / "agreement_exact_f1.png").is_file()


def test_document_list_shows_assigned_documents_first(qtbot, tmp_path):
    project = Project.create(tmp_path / "q", annotator="b")
    for doc_id in ("d1", "d2", "d3"):
        project.add_document(Document(id=doc_id, text=f"نص {doc_id}"))
    project.settings["assignments"] = {"d1": ["a"], "d2": ["a"], "d3": ["b"]}
    project.save_project()
    project.lock()
    window = MainWindow(Session(project))
    qtbot.addWidget(window)
    assert window.documents.model.ids() == ["d3", "d1", "d2"]
    assert window.layers.switch_layer("a")  # a's list: their two documents first
    assert window.documents.model.ids() == ["d1", "d2", "d3"]
