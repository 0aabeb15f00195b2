"""Fuzz suite (issue 14): every importer and every project file type, hostile input.

Each case is imported exactly, imported with a one-line reason for each part
left out, or refused with one line: never a traceback, a file that is not
JSON, or a hang. The cases and verdicts are in :mod:`tests.fuzz_inputs`;
``python -m tests.fuzz_inputs --examples 300`` runs more and prints counts.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from tests.fuzz_inputs import (
    IMPORT_FORMATS,
    PROJECT_FILES,
    import_cases,
    project_cases,
    run_import_case,
    run_project_case,
)

FUZZ = settings(max_examples=25, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.mark.parametrize("fmt", IMPORT_FORMATS)
def test_every_importer_imports_or_refuses_in_one_line(fmt: str) -> None:
    @FUZZ
    @given(import_cases(fmt))
    def case(files: dict[str, bytes]) -> None:
        assert run_import_case(fmt, files) in ("imported", "partial", "refused")

    case()


@pytest.mark.parametrize("kind", PROJECT_FILES)
def test_every_project_file_reads_or_is_refused_in_one_line(kind: str) -> None:
    @FUZZ
    @given(project_cases(kind))
    def case(data: bytes) -> None:
        assert run_project_case(kind, data) in ("read", "refused")

    case()
