"""The export and import dialogs offer exactly the formats of the format table, each with
its description."""

from __future__ import annotations

from annotator.formats.format_table import EXPORTS, IMPORTS
from annotator.formats.project import Project
from annotator.ui.export_dialog import ExportDialog
from annotator.ui.import_dialog import ImportDialog
from annotator.ui.session import Session
from tests.ui_support import isolated_settings_fixture  # noqa: F401


def test_the_export_dialog_offers_every_export_format(qtbot, project: Project) -> None:
    dialog = ExportDialog(Session(project))
    qtbot.addWidget(dialog)
    assert dialog.format.count() == len(EXPORTS)
    for name, fmt in EXPORTS.items():
        dialog.set_format(name)
        assert dialog.current_format().name == name
        assert dialog.current_format().folder == fmt.folder
        assert dialog.format_help.text()


def test_the_import_dialog_offers_automatic_and_every_import_format(qtbot,
                                                                    project: Project) -> None:
    dialog = ImportDialog(Session(project))
    qtbot.addWidget(dialog)
    assert dialog.format.count() == len(IMPORTS) + 1
    texts = set()
    for name in [None, *IMPORTS]:
        dialog.set_format(name)
        assert dialog.current_format() == name
        texts.add(dialog.format_help.text())
    assert len(texts) == len(IMPORTS) + 1  # a description of its own for each
