"""Shared fixtures: a fresh project in a temporary folder, and the CLI run as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.formats.project import Project

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _own_config_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Approvals of suggest commands go to a temporary folder, never the user's own."""
    monkeypatch.setenv("ANNOTATOR_CONFIG_DIR", str(tmp_path / "annotator-config"))


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """An empty project with the default schema, annotator 'tester'."""
    return Project.create(tmp_path / "proj", annotator="tester")


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
