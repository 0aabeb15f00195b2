"""The export dialog: the options of ``annotator export``, run in the background, with progress.

The window's unsaved changes are saved first; the export itself runs on a
:class:`~annotator.ui.worker.BackgroundTask` with its own
:meth:`Project.open` of the same folder (the window's project is not
thread-safe). :func:`annotator.formats.export.export_project` writes into a
temporary place and moves the result in only when complete, so a failure or
a cancel leaves the target as it was.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from annotator.formats.codecs.format import Format
from annotator.formats.export import ExportOptions, export_project
from annotator.formats.format_table import EXPORTS
from annotator.formats.project import Project
from annotator.formats.report import Progress, Report
from annotator.ui.session import Session, project_key
from annotator.ui.task_dialog import TaskDialog
from annotator.ui.worker import BackgroundTask

CONTEXT = "ExportDialog"
MAX_PROBLEMS_SHOWN = 200


@dataclass(frozen=True)
class FormatInfo:
    """An export format as the dialog offers it: its codec's format and a description."""

    name: str
    description: object  # QT_TRANSLATE_NOOP's str, translated when shown (typed object there)
    codec: Format

    @property
    def folder(self) -> bool:
        """Whether it writes a folder (else a file, or a folder of files with a split)."""
        return self.codec.folder

    @property
    def needs(self) -> str:
        """The optional module it needs ("" for none)."""
        return self.codec.needs

    @property
    def views(self) -> tuple[str, ...]:
        """The token views it may write alone."""
        return self.codec.views

    def file_suffix(self) -> str:
        """The file name ending of its one-file export (or of one token view)."""
        return self.codec.suffixes[0] if self.codec.suffixes else ""


#: The dialog's description of each format of :data:`EXPORTS` (translated when shown).
DESCRIPTIONS: dict[str, object] = {
    "jsonl": QT_TRANSLATE_NOOP(
        "ExportDialog", "Gold JSONL: one document a line, lossless (relations, attributes, "
        "origins)."),
    "hf": QT_TRANSLATE_NOOP(
        "ExportDialog", "Hugging Face datasets folder: spans with offsets and token "
        "classification (IOB2), with a dataset card."),
    "conll": QT_TRANSLATE_NOOP(
        "ExportDialog", "CoNLL IOB2 folder: word-level and clitic-split views, nested spans "
        "as extra columns."),
    "brat": QT_TRANSLATE_NOOP(
        "ExportDialog", "brat standoff folder: .txt and .ann per document with "
        "annotation.conf."),
    "doccano": QT_TRANSLATE_NOOP(
        "ExportDialog", "doccano JSONL with entities and relations."),
    "labelstudio": QT_TRANSLATE_NOOP(
        "ExportDialog", "Label Studio folder: JSON tasks and a matching labeling config."),
    "spacy": QT_TRANSLATE_NOOP(
        "ExportDialog", "spaCy DocBin (.spacy) with doc.ents and doc.spans[\"sc\"]; needs "
        "spaCy installed."),
}
#: The formats of the format table, in its order (a format lacking a description fails here).
EXPORT_FORMATS: tuple[FormatInfo, ...] = tuple(
    FormatInfo(name, DESCRIPTIONS[name], f)
    for name, f in EXPORTS.items())


def format_info(name: str) -> FormatInfo:
    """The :class:`FormatInfo` called ``name``."""
    return next(f for f in EXPORT_FORMATS if f.name == name)


# CoNLL's token views as the dialog offers them: (option value, caption); None writes both.
TOKEN_VIEW_CHOICES: tuple[tuple[str | None, object], ...] = (
    (None, QT_TRANSLATE_NOOP("ExportDialog", "Word-level and clitic-split (a folder)")),
    ("word", QT_TRANSLATE_NOOP("ExportDialog", "Word-level only (one file)")),
    ("clitic", QT_TRANSLATE_NOOP("ExportDialog", "Clitic-split only (one file)")),
)
def safe_file_name(name: str) -> str:
    """``name`` as a file name every system accepts: letters (Arabic too), digits, - _ . only."""
    cleaned = re.sub(r"[^\w.-]+", "_", name, flags=re.UNICODE).strip("._")
    return cleaned or "project"


def default_target(project: Project, info: FormatInfo, split: bool,
                   view: str | None = None) -> Path:
    """In an ``exports/`` folder beside the project, named after the project and the format
    (and the token view, when one is written alone)."""
    base = project.path.resolve().parent / "exports" / \
        f"{safe_file_name(project.name)}-{info.name}"
    if view in info.views:
        base = base.with_name(f"{base.name}-{view}")
    if info.codec.writes_folder(split, view):
        return base
    return base.with_name(base.name + info.file_suffix())


def summary_lines(report: Report, target: Path) -> list[str]:
    """The result of an export as lines for the user (counts, where, problems)."""
    tr = QCoreApplication.translate
    n = len(report.done)
    lines = [tr(CONTEXT, "Documents exported: %1, to %2").replace("%1", str(n))
             .replace("%2", str(target))]
    lines += [f"{value} {key}" for key, value in sorted(report.counts.items())]
    if report.problems:
        lines.append(tr(CONTEXT, "Problems: %1").replace("%1", str(len(report.problems))))
        lines += [f"  {p}" for p in report.problems[:MAX_PROBLEMS_SHOWN]]
        if len(report.problems) > MAX_PROBLEMS_SHOWN:
            lines.append(f"  … (+{len(report.problems) - MAX_PROBLEMS_SHOWN})")
    return lines


def run_export(path: Path, annotator: str, fmt: str, out: Path, options: ExportOptions,
               progress: Progress) -> Report:
    """Export with a project opened for this thread (the window's one is not thread-safe)."""
    project = Project.open(path, annotator=annotator)
    return export_project(project, fmt, out, options, progress)


class ExportDialog(TaskDialog):
    """Choose a format, a target and the options; export with a progress bar and cancel."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: Report | None = None
        self.error: str | None = None
        self._target: Path | None = None
        self._target_edited = False
        self._build()
        self._load_settings()
        self._on_format_changed()

    # ------------------------------------------------------------ construction

    def _build(self) -> None:
        project = self.session.project
        self.setWindowTitle(self.tr("Export annotations"))
        self.format = QComboBox(self)
        for info in EXPORT_FORMATS:
            self.format.addItem(info.name, info.name)
        self.format_help = QLabel(self)
        self.format_help.setWordWrap(True)
        self.view = QComboBox(self)
        for value, caption in TOKEN_VIEW_CHOICES:
            self.view.addItem(QCoreApplication.translate(CONTEXT, str(caption)), value)
        self.view.currentIndexChanged.connect(self._refresh_default_target)
        self.target = QLineEdit(self)
        self.target.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path reads LTR
        self.target.textEdited.connect(self._on_target_edited)
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.browse.clicked.connect(self.choose_target)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.browse)

        self.documents = QComboBox(self)
        self.documents.addItem(self.tr("Only documents marked done"), "done")
        self.documents.addItem(self.tr("All documents"), "all")
        self.labels = QListWidget(self)
        for lab in project.schema.span_labels:
            item = QListWidgetItem(lab.name, self.labels)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.labels.setMaximumHeight(self.labels.sizeHintForRow(0) * 5 + 8)
        self.suggestions = QCheckBox(self.tr("Include suggested and rejected spans, with "
                                             "their status, origin and score"), self)
        split_row = self._split_controls()
        self.annotator = QComboBox(self)
        self.annotator.setEditable(True)
        names = sorted(set(project.annotators()) | {project.annotator})
        self.annotator.addItems(names)
        self.annotator.setCurrentText(project.annotator)

        form = self.form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow("", self.format_help)
        form.addRow(self.tr("Token view"), self.view)
        form.addRow(self.tr("Write to"), target_row)
        form.addRow(self.tr("Documents"), self.documents)
        form.addRow(self.tr("Labels"), self.labels)
        form.addRow("", self.suggestions)
        form.addRow("", self.split)
        form.addRow("", split_row)
        form.addRow(self.tr("Annotator"), self.annotator)

        self._add_progress()
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("The result of the export appears here."))
        self.export_button = self._add_buttons(self.tr("Export"), self.start_export,
                                               self.cancel_export)
        self._lay_out(form, self.details)
        self.format.currentIndexChanged.connect(self._on_format_changed)
        self._on_split_toggled(False)
        self.resize(620, 620)

    def _split_controls(self) -> QHBoxLayout:
        """The split check box, and the row of train / dev / test fractions and the seed."""
        self.split = QCheckBox(self.tr("Split documents into train / dev / test"), self)
        self.split.toggled.connect(self._on_split_toggled)
        self.fractions = [self._fraction(v) for v in (0.8, 0.1, 0.1)]
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 2**31 - 1)
        split_row = QHBoxLayout()
        for caption, box in zip((self.tr("train"), self.tr("dev"), self.tr("test")),
                                self.fractions, strict=True):
            split_row.addWidget(QLabel(caption, self))
            split_row.addWidget(box)
        split_row.addWidget(QLabel(self.tr("seed"), self))
        split_row.addWidget(self.seed)
        split_row.addStretch(1)
        return split_row

    def _fraction(self, value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(0.0, 1.0)
        box.setSingleStep(0.05)
        box.setDecimals(2)
        box.setValue(value)
        return box

    # ------------------------------------------------------------ settings

    def _settings_key(self) -> str:
        return project_key(self.session) + "/export/"

    def _load_settings(self) -> None:
        settings = QSettings()
        key = self._settings_key()
        fmt = settings.value(key + "format")
        if fmt is not None:
            index = self.format.findData(str(fmt))
            if index >= 0:
                self.format.setCurrentIndex(index)
        view = settings.value(key + "view")
        if view in (v for v, _ in TOKEN_VIEW_CHOICES if v is not None):
            self.set_view(str(view))
        target = settings.value(key + "target")
        if target:
            self._set_target(Path(str(target)), edited=True)

    def _save_settings(self) -> None:
        settings = QSettings()
        key = self._settings_key()
        settings.setValue(key + "format", self.current_format().name)
        settings.setValue(key + "view", self.view.currentData() or "")
        settings.setValue(key + "target", self.target.text().strip())

    # ------------------------------------------------------------ options

    def current_format(self) -> FormatInfo:
        """The chosen format."""
        return format_info(str(self.format.currentData()))

    def set_format(self, name: str) -> None:
        """Choose format ``name``."""
        self.format.setCurrentIndex(self.format.findData(name))

    def set_target(self, path: Path | str) -> None:
        """Write to ``path`` (as if typed)."""
        self._set_target(Path(path), edited=True)

    def _set_target(self, path: Path, edited: bool) -> None:
        self.target.setText(str(path))
        self._target_edited = self._target_edited or edited

    def _on_target_edited(self, _text: str) -> None:
        self._target_edited = True

    def _on_format_changed(self, *_args: object) -> None:
        info = self.current_format()
        text = QCoreApplication.translate(CONTEXT, str(info.description))
        if info.needs and importlib.util.find_spec(info.needs) is None:
            text += " " + self.tr("(%1 is not installed here: this format will fail.)") \
                .replace("%1", info.needs)
        self.format_help.setText(text)
        self.form.setRowVisible(self.view, bool(info.views))
        self._refresh_default_target()

    def _on_split_toggled(self, on: bool) -> None:
        for box in self.fractions:
            box.setEnabled(on)
        self.seed.setEnabled(on)
        self._refresh_default_target()

    def current_view(self) -> str | None:
        """The token view to write alone (None: both, or a format without views)."""
        if not self.current_format().views:
            return None
        value = self.view.currentData()
        return None if value is None else str(value)

    def set_view(self, view: str | None) -> None:
        """Choose the token view ``view`` (None: both)."""
        self.view.setCurrentIndex(self.view.findData(view))

    def _refresh_default_target(self, *_args: object) -> None:
        if not self._target_edited:
            self._set_target(default_target(self.session.project, self.current_format(),
                                            self.split.isChecked(), self.current_view()),
                             edited=False)

    def choose_target(self) -> None:
        """Ask for the output file or folder (depending on the format and the split)."""
        info = self.current_format()
        current = self.target.text().strip()
        if info.codec.writes_folder(self.split.isChecked(), self.current_view()):
            path = QFileDialog.getExistingDirectory(self, self.tr("Export into folder"),
                                                    current)
        else:
            suffix = info.file_suffix()
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to file"), current,
                self.tr("%1 files (*%2)").replace("%1", info.name).replace("%2", suffix))
        if path:
            self._set_target(Path(path), edited=True)

    def options(self) -> ExportOptions:
        """The options as chosen (not yet checked)."""
        labels = [self.labels.item(i).text() for i in range(self.labels.count())
                  if self.labels.item(i).checkState() == Qt.CheckState.Checked]
        all_labels = self.labels.count() == len(labels)
        split = tuple(b.value() for b in self.fractions) if self.split.isChecked() else None
        who = self.annotator.currentText().strip() or self.session.project.annotator
        return ExportOptions(documents=str(self.documents.currentData()),
                             labels=None if all_labels else labels,
                             include_suggestions=self.suggestions.isChecked(),
                             split=split,  # type: ignore[arg-type]
                             seed=self.seed.value(), annotator=who, view=self.current_view())

    # ------------------------------------------------------------ running

    def start_export(self) -> None:
        """Check the options, save the window's changes, export in the background."""
        if self.is_running():
            return
        options = self.options()
        problems = options.problems(self.session.project.schema)
        text = self.target.text().strip()
        if not text:
            problems.insert(0, self.tr("Choose where to write the export."))
        if problems:
            self._show_error("\n".join(problems))
            return
        if not self.session.save():
            self._show_error(self.tr("Your latest changes could not be saved, so they would "
                                     "be missing from the export. Resolve the save problem "
                                     "first."))
            return
        self._save_settings()
        target = Path(text).expanduser()
        self._target = target
        self.report, self.error = None, None
        project = self.session.project
        fmt = self.current_format().name
        self.task = BackgroundTask(
            lambda progress: run_export(project.path, project.annotator, fmt, target,
                                        options, progress))  # no parent: see worker
        self.task.progressed.connect(self._on_progress)
        self.task.succeeded.connect(self._on_succeeded)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(self._on_cancelled)
        self.task.ended.connect(self._on_ended)
        self._set_running(True)
        self.status.setText(self.tr("Exporting…"))
        self.details.clear()
        self.progress.setRange(0, 0)  # busy until the first figure arrives
        self.task.start()

    def cancel_export(self) -> None:
        """Stop the running export; nothing is written."""
        if self.task is not None and self.task.is_running:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _set_running(self, running: bool) -> None:
        for widget in (self.format, self.view, self.target, self.browse, self.documents,
                       self.labels, self.suggestions, self.split, self.annotator,
                       self.export_button, self.close_button):
            widget.setEnabled(not running)
        for box in (*self.fractions, self.seed):
            box.setEnabled(not running and self.split.isChecked())
        self.cancel_button.setEnabled(running)

    def _on_succeeded(self, report: Report) -> None:
        self.report = report
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        lines = summary_lines(report, self._target or Path())
        if not report.done and self.documents.currentData() == "done":
            lines.insert(1, self.tr("No document is marked done (Ctrl+Return marks one); "
                                    "choose \"All documents\" to export work in progress."))
        self.status.setText("\n".join(lines[:2]) if not report.done else lines[0])
        self.details.setPlainText("\n".join(lines))

    def _on_failed(self, message: str) -> None:
        # The reason comes from the formats layer (English): a line of its own, so an
        # Arabic headline and an English path do not run into one mixed-direction line.
        self._show_error(self.tr("Export failed, nothing was written.") + "\n" + message)

    def _on_cancelled(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("Export cancelled; nothing was written."))

    def _on_ended(self) -> None:
        self._set_running(False)

    def _show_error(self, message: str) -> None:
        self.error = message
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText("⚠ " + message)
        self.details.setPlainText(message)
