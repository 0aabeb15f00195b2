"""The layering contracts of ``pyproject.toml`` ([tool.importlinter]) hold.

``make lint`` runs them too; this test makes CI (``make test``) run them.
import-linter reads every import statement, one inside a function body too.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


def _lint_imports() -> str:
    script = Path(sys.executable).parent / "lint-imports"
    found = str(script) if script.exists() else shutil.which("lint-imports")
    if found is None:
        pytest.fail("import-linter is not installed: pip install -e '.[test]'")
    return found


def test_the_layering_contracts_are_kept():
    result = subprocess.run([_lint_imports()], capture_output=True, text=True, cwd=REPO,
                            timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_qt_import_inside_a_function_breaks_the_contract(tmp_path):
    package = tmp_path / "pkg"
    (package / "core").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "core" / "__init__.py").write_text("")
    (package / "core" / "model.py").write_text(
        "def later():\n    from PySide6.QtCore import Qt\n    return Qt\n")
    (tmp_path / ".importlinter").write_text(
        "[importlinter]\nroot_package = pkg\ninclude_external_packages = True\n\n"
        "[importlinter:contract:no-qt]\nname = No Qt in core\ntype = forbidden\n"
        "source_modules =\n    pkg.core\nforbidden_modules =\n    PySide6\n")
    result = subprocess.run([_lint_imports(), ".importlinter"], capture_output=True,
                            text=True, cwd=tmp_path, timeout=120,
                            env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 1, result.stdout + result.stderr
    assert "No Qt in core BROKEN" in result.stdout
    assert "pkg.core.model -> PySide6 (l.2)" in result.stdout  # line 2: inside the function
