"""Shared fixtures: a fresh project in a temporary folder, and the CLI run as a subprocess."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.formats.project import Project

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "projects" / "sample"


@pytest.fixture(autouse=True)
def _own_config_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Approvals of suggest commands go to a temporary folder, never the user's own."""
    monkeypatch.setenv("ANNOTATOR_CONFIG_DIR", str(tmp_path / "annotator-config"))


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """An empty project with the default schema, annotator 'tester'."""
    return Project.create(tmp_path / "proj", annotator="tester")


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """A copy of the sample project: four documents done by 'analyst', one untouched."""
    dest = tmp_path / "sample"
    shutil.copytree(SAMPLE, dest)
    return dest


def run_annotator(*args: str | Path, cwd: Path | None = None,
                  env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m annotator ARGS`` in a subprocess (no Qt display needed)."""
    full_env = {**os.environ, "ANNOTATOR": "tester", "PYTHONIOENCODING": "utf-8",
                "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    full_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO),
                                                           full_env.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, "-m", "annotator", *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", cwd=cwd,
                          env=full_env, timeout=120)


@pytest.fixture
def cli():
    """The :func:`run_annotator` helper."""
    return run_annotator


@pytest.fixture(autouse=True)
def bundled_reading_font(request: pytest.FixtureRequest) -> None:
    """Every GUI test reads in the bundled font, whatever fonts the machine has (issue 11)."""
    if "qapp" not in request.fixturenames:
        return  # Qt-free tests never import PySide6 here
    request.getfixturevalue("qapp")
    from annotator.ui.reading_font import load_bundled_fonts
    load_bundled_fonts()
