"""The format table is the one list of formats: every codec is in it, and every format
in it reaches the CLI's ``--format`` choices, detection and the dialogs, so that a format
cannot exist in one place and not another."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest

from annotator.cli import build_parser
from annotator.formats import codecs
from annotator.formats.exchange import import_annotated
from annotator.formats.export import ExportOptions, export_project
from annotator.formats.format_table import (
    EXPORTS,
    FORMATS,
    IMPORTS,
    SUGGESTION_FORMATS,
    Format,
    detect_format,
)
from annotator.formats.importers import collect, import_paths
from annotator.formats.project import Project
from annotator.formats.report import Report
from annotator.suggest import imports as suggestion_imports
from tests import export_sample

READ_AND_WRITTEN = [f for f in FORMATS if f.read is not None and f.write is not None]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return export_sample.build(tmp_path_factory.mktemp("table") / "sample")


def test_every_codec_that_reads_or_writes_is_in_the_table() -> None:
    in_table = {id(f) for f in FORMATS}
    codec_modules = [importlib.import_module(f"{codecs.__name__}.{m.name}")
                     for m in pkgutil.iter_modules(codecs.__path__)]
    readers_and_writers = [m for m in codec_modules if hasattr(m, "export") or hasattr(m, "read")]
    assert len(readers_and_writers) == len(FORMATS) - 2  # the two plain document formats
    for module in readers_and_writers:
        entry = getattr(module, "FORMAT", None)
        assert isinstance(entry, Format), f"{module.__name__} declares no FORMAT"
        assert id(entry) in in_table, f"{module.__name__}.FORMAT is not in the table"
        assert entry.write in (getattr(module, "export", None), None)
        assert entry.read in (getattr(module, "read", None), None)


def test_names_are_unique_and_each_format_is_described() -> None:
    assert len(EXPORTS) == sum(f.write is not None for f in FORMATS)
    assert len(IMPORTS) == sum(f.read is not None or f.documents_only for f in FORMATS)
    for f in FORMATS:
        assert f.description and "\n" not in f.description
        assert f.folder or f.write is None or f.suffix, f"{f.name}: a one-file export's suffix"
        assert f.holds or f.write is None, f"{f.name}: say what an export folder holds"
    assert set(SUGGESTION_FORMATS) <= set(IMPORTS)
    assert suggestion_imports.FORMATS == SUGGESTION_FORMATS


@pytest.mark.parametrize(("command", "names"), [
    ("import", list(IMPORTS)), ("export", list(EXPORTS)),
    ("import-suggestions", list(SUGGESTION_FORMATS))])
def test_the_cli_accepts_every_format_of_the_table_and_no_other(command: str,
                                                                names: list[str]) -> None:
    parser = build_parser()
    args = {"import": ["P", "x"], "export": ["P", "--out", "o"],
            "import-suggestions": ["P", "f"]}[command]
    for name in names:
        assert parser.parse_args([command, *args, "--format", name]).format == name
    with pytest.raises(SystemExit):
        parser.parse_args([command, *args, "--format", "xmi"])


@pytest.mark.parametrize("fmt", READ_AND_WRITTEN, ids=lambda f: f.name)
def test_every_export_is_detected_as_its_format_and_reads_back(fmt: Format, sample: Project,
                                                               tmp_path: Path) -> None:
    out = tmp_path / f"out{fmt.suffix}"
    export_project(sample, fmt.export_name, out, ExportOptions())
    assert detect_format(out) == fmt.name
    copy = Project.create(tmp_path / "copy", annotator="tester")
    report = import_annotated(copy, out, fmt.name)
    assert not report.problems, [str(p) for p in report.problems]
    assert sorted(report.done) == ["doc 2/crlf", "doc-1", "doc-4"]
    automatic = import_paths(Project.create(tmp_path / "auto", annotator="tester"), [out])
    assert sorted(automatic.done) == sorted(report.done), [str(p) for p in automatic.problems]
    assert automatic.counts == report.counts  # the same spans and relations, found unasked


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f.documents_only], ids=lambda f: f.name)
def test_plain_document_formats_are_taken_by_their_suffix(fmt: Format, tmp_path: Path) -> None:
    path = tmp_path / f"doc{fmt.suffixes[0]}"
    path.write_text('{"id": "d", "text": "نص"}\n', encoding="utf-8")
    assert detect_format(path) is None
    assert [i.fmt for i in collect([path], None, Report())] == [fmt.name]


def test_every_format_with_a_reader_can_be_detected() -> None:
    assert all(f.detect is not None for f in FORMATS if f.read is not None)
