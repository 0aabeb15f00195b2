"""The import dialog: files or folders, format auto or explicit, in the background, then a report.

The import runs on a :class:`~annotator.ui.worker.BackgroundTask` through
:func:`annotator.formats.importers.import_paths` with its own
:meth:`Project.open` of the project folder (the window's project is not
thread-safe). Every file or line that was skipped is listed with its reason.
When the task ends (done, failed or cancelled: documents stored before a
cancel stay, each one complete) the window's project index is re-read and
``documentsImported`` is emitted so the document list refreshes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMimeData, QSettings, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.formats.errors import ProjectError
from annotator.formats.format_table import IMPORTS
from annotator.formats.importers import import_paths
from annotator.formats.project import Project
from annotator.formats.report import Progress, Report
from annotator.ui.session import Session
from annotator.ui.task_dialog import TaskDialog
from annotator.ui.worker import BackgroundTask

CONTEXT = "ImportDialog"
MAX_PROBLEMS_SHOWN = 5000

#: The dialog's description of each format of :data:`IMPORTS` (translated when shown).
DESCRIPTIONS: dict[str, object] = {
    "txt": QT_TRANSLATE_NOOP("ImportDialog", "Plain UTF-8 text files; the file name becomes "
                             "the document id"),
    "jsonl": QT_TRANSLATE_NOOP("ImportDialog", "JSONL records {\"id\", \"text\", \"meta\"}"),
    "gold": QT_TRANSLATE_NOOP("ImportDialog", "Gold JSONL exported by this tool, with spans "
                              "and relations"),
    "brat": QT_TRANSLATE_NOOP("ImportDialog", "brat standoff folder (.txt and .ann)"),
    "doccano": QT_TRANSLATE_NOOP("ImportDialog", "doccano JSONL with entities and "
                                 "relations"),
    "labelstudio": QT_TRANSLATE_NOOP("ImportDialog", "Label Studio JSON tasks"),
    "conll": QT_TRANSLATE_NOOP("ImportDialog", "CoNLL IOB2, word-level"),
}
#: (format or None for automatic, description): automatic first, then the format
#: table's import formats in its order (a format lacking a description fails here).
IMPORT_FORMATS: tuple[tuple[str | None, object], ...] = (
    (None, QT_TRANSLATE_NOOP("ImportDialog", "Automatic: from each file's extension and "
                             "content (.txt, .jsonl, brat folders, CoNLL, Label Studio)")),
    *((name, DESCRIPTIONS[name]) for name in IMPORTS),
)


def local_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders of a drag (URLs that are not files are left out)."""
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def run_import(path: Path, annotator: str, paths: list[Path], fmt: str | None,
               report: Report, progress: Progress) -> Report:
    """Import with a project opened for this thread; ``report`` fills in as it goes."""
    project = Project.open(path, annotator=annotator)
    return import_paths(project, paths, fmt, progress, report)


def new_labels(project: Project) -> list[str]:
    """Span labels and relation types on disk that ``project``'s schema in memory lacks.

    An annotated import adds the labels its data uses to ``project.json``.
    """
    try:
        fresh = Project.open(project.path, annotator=project.annotator).schema
    except ProjectError:
        return []
    known = set(project.schema.label_names) | {r.name for r in project.schema.relation_types}
    found = list(fresh.label_names) + [r.name for r in fresh.relation_types]
    return [name for name in found if name not in known]


class ImportDialog(TaskDialog):
    """Pick files and folders, import them in the background, list what was skipped and why."""

    #: Document ids imported (emitted after every run, also a cancelled or failed one).
    documentsImported = Signal(list)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: Report | None = None
        self.error: str | None = None
        self.outcome: str | None = None  # 'done', 'failed', 'cancelled' after a run
        self._build()
        self.setAcceptDrops(True)  # files and folders dropped from the file manager

    # ------------------------------------------------------------ construction

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Import documents"))
        self.paths = QListWidget(self)
        self.paths.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # paths read LTR
        self.paths.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_files_button = QPushButton(self.tr("Add files…"), self)
        self.add_folder_button = QPushButton(self.tr("Add folder…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.remove_button.clicked.connect(self._remove_selected)
        path_buttons = QVBoxLayout()
        for button in (self.add_files_button, self.add_folder_button, self.remove_button):
            path_buttons.addWidget(button)
        path_buttons.addStretch(1)
        path_row = QHBoxLayout()
        path_row.addWidget(self.paths, 1)
        path_row.addLayout(path_buttons)

        self.format = QComboBox(self)
        for fmt, _description in IMPORT_FORMATS:
            self.format.addItem(fmt or self.tr("automatic"), fmt)
        self.format_help = QLabel(self)
        self.format_help.setWordWrap(True)
        self.format.currentIndexChanged.connect(self._on_format_changed)

        form = QFormLayout()
        form.addRow(self.tr("Files and folders"), path_row)
        form.addRow(self.tr("Format"), self.format)
        form.addRow("", self.format_help)

        self._add_progress()
        self.problems = QTableWidget(0, 3, self)
        self.problems.setHorizontalHeaderLabels([self.tr("Skipped file"), self.tr("Line"),
                                                 self.tr("Reason")])
        self.problems.verticalHeader().hide()
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setWordWrap(False)
        # Paths and reasons (from the formats layer) read left to right, in any UI language.
        self.problems.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 200)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.import_button = self._add_buttons(self.tr("Import"), self.start_import,
                                               self.cancel_import)
        self._lay_out(form, self.problems)
        self._on_format_changed()
        self.resize(720, 560)

    # ------------------------------------------------------------ choosing

    def _last_folder(self) -> str:
        value = QSettings().value("import/last_folder")
        return str(value) if value else str(self.session.project.path.parent)

    def choose_files(self) -> None:
        """Add files chosen in a file dialog."""
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import files"), self._last_folder(),
            self.tr("Documents and annotated data (*.txt *.jsonl *.json *.conll *.iob *.bio);;"
                    "All files (*)"))
        self.add_paths(files)

    def choose_folder(self) -> None:
        """Add a folder chosen in a folder dialog (its files are imported recursively)."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"),
                                                  self._last_folder())
        if folder:
            self.add_paths([folder])

    def add_paths(self, paths: list[str] | list[Path]) -> None:
        """Add files or folders to import (duplicates are ignored)."""
        present = set(self.selected_paths())
        for path in map(Path, paths):
            if path not in present:
                self.paths.addItem(str(path))
                present.add(path)
        if paths:
            QSettings().setValue("import/last_folder", str(Path(paths[-1]).parent))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if not self.is_running() and local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = local_paths(event.mimeData())
        if paths and not self.is_running():
            self.add_paths(paths)
            event.acceptProposedAction()

    def _remove_selected(self) -> None:
        for item in self.paths.selectedItems():
            self.paths.takeItem(self.paths.row(item))

    def selected_paths(self) -> list[Path]:
        """The files and folders to import, in the order added."""
        return [Path(self.paths.item(i).text()) for i in range(self.paths.count())]

    def set_format(self, fmt: str | None) -> None:
        """Choose an import format (None: automatic)."""
        self.format.setCurrentIndex(self.format.findData(fmt))

    def current_format(self) -> str | None:
        """The chosen format, None for automatic."""
        data = self.format.currentData()
        return str(data) if data else None

    def _on_format_changed(self, *_args: object) -> None:
        description = dict(IMPORT_FORMATS)[self.current_format()]
        self.format_help.setText(QCoreApplication.translate(CONTEXT, str(description)))

    # ------------------------------------------------------------ running

    def start_import(self) -> None:
        """Import the chosen paths in the background."""
        if self.is_running():
            return
        paths = self.selected_paths()
        if not paths:
            self._set_status(self.tr("Add files or a folder to import first."))
            return
        project = self.session.project
        fmt = self.current_format()
        report = self.report = Report()
        self.error, self.outcome = None, None
        self.problems.setRowCount(0)
        self.task = BackgroundTask(
            lambda progress: run_import(project.path, project.annotator, paths, fmt, report,
                                        progress))  # no parent: see worker
        self.task.progressed.connect(self._on_progress)
        self.task.succeeded.connect(lambda _r: self._finish("done"))
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(lambda: self._finish("cancelled"))
        self.task.ended.connect(lambda: self._set_running(False))
        self._set_running(True)
        self._set_status(self.tr("Importing…"))
        self.progress.setRange(0, 0)
        self.task.start()

    def cancel_import(self) -> None:
        """Stop after the current document; what was imported so far stays."""
        if self.is_running() and self.task is not None:
            self.task.cancel()
            self._set_status(self.tr("Cancelling…"))

    def _set_running(self, running: bool) -> None:
        for widget in (self.paths, self.add_files_button, self.add_folder_button,
                       self.remove_button, self.format, self.import_button, self.close_button):
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    def _on_failed(self, message: str) -> None:
        self.error = message
        self._finish("failed")

    def _finish(self, outcome: str) -> None:
        self.outcome = outcome
        report = self.report or Report()
        # The worker wrote through its own Project: the window's index must be re-read.
        self.session.project.invalidate_index()
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if outcome == "done" else 0)
        self._set_status(self._summary(outcome, report))
        self._fill_problems(report)
        self.documentsImported.emit(list(report.done))

    def _summary(self, outcome: str, report: Report) -> str:
        n, skipped = len(report.done), len(report.problems)
        parts = [self.tr("Documents imported: %1; skipped: %2.")
                 .replace("%1", str(n)).replace("%2", str(skipped))]
        parts += [f"{value} {key}" for key, value in sorted(report.counts.items())]
        if outcome == "cancelled":
            parts.insert(0, self.tr("Import cancelled; the documents imported before stay."))
        elif outcome == "failed":
            parts.insert(0, self.tr("Import stopped:") + "\n" + (self.error or "") + "\n")
        added = new_labels(self.session.project) if report.done else []
        if added:
            parts.append(self.tr("The data added labels to the project: %1.")
                         .replace("%1", ", ".join(added)))
        return " ".join(parts)

    def _fill_problems(self, report: Report) -> None:
        shown = report.problems[:MAX_PROBLEMS_SHOWN]
        self.problems.setRowCount(len(shown))
        for row, problem in enumerate(shown):
            cells = (str(problem.path), "" if problem.line is None else str(problem.line),
                     problem.message)
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.problems.setItem(row, col, item)

    def _set_status(self, text: str) -> None:
        self.status.setText(text)

    def problem_rows(self) -> list[tuple[str, str, str]]:
        """The report table as (file, line, reason) rows."""
        def cell(row: int, col: int) -> str:
            item = self.problems.item(row, col)
            return item.text() if item is not None else ""
        return [(cell(r, 0), cell(r, 1), cell(r, 2)) for r in range(self.problems.rowCount())]
