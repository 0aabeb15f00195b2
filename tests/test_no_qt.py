"""The data layers and the CLI never load PySide6 (DESIGN.md: only annotator/ui imports Qt).

Two checks: importing every module of core, formats and suggest (and the CLI)
in a fresh interpreter loads no Qt module, and no source file of those
packages imports Qt anywhere, a function body included (an import there would
pass the first check until the function ran). ``tests/test_layers.py`` runs
the same rule as import-linter contracts.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap

from tests.conftest import REPO

QT_PACKAGES = ("PySide6", "shiboken6")
QT_FREE = ("core", "formats", "suggest")

CHECK = textwrap.dedent("""
    import importlib, pkgutil, sys
    import annotator
    names = ["annotator.cli", "annotator.__main__"]
    for package in ("annotator.core", "annotator.formats", "annotator.suggest"):
        mod = importlib.import_module(package)
        names.append(package)
        names += [m.name for m in pkgutil.walk_packages(mod.__path__, package + ".")]
    for name in names:
        importlib.import_module(name)
    from annotator.cli import build_parser
    build_parser()
    qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
    print("IMPORTED", len(names))
    print("QT", ",".join(qt))
""")


def qt_imports(source: str, *, module_level_only: bool = False) -> list[int]:
    """Line numbers of the statements of ``source`` that import Qt (or ``annotator.ui``).

    Every statement counts, inside functions and classes too, unless
    ``module_level_only``.
    """
    tree = ast.parse(source)
    nodes = tree.body if module_level_only else ast.walk(tree)
    lines = []
    for node in nodes:
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        if any(n.split(".")[0] in QT_PACKAGES or n == "annotator.ui" or
               n.startswith("annotator.ui.") for n in names):
            lines.append(node.lineno)
    return lines


def test_the_static_check_sees_an_import_inside_a_function_body():
    source = "import os\n\ndef later():\n    from PySide6.QtCore import Qt\n    return Qt\n"
    assert qt_imports(source) == [4]
    assert qt_imports(source, module_level_only=True) == []
    assert qt_imports("def f():\n    import shiboken6\n") == [2]
    assert qt_imports("from annotator import ui\n") == [1]
    assert qt_imports("import annotator.core\n") == []


def test_no_source_of_core_formats_suggest_imports_qt_anywhere():
    offenders = []
    for package in QT_FREE:
        for path in sorted((REPO / "annotator" / package).rglob("*.py")):
            for line in qt_imports(path.read_text(encoding="utf-8")):
                offenders.append(f"{path.relative_to(REPO)}:{line}")
    assert offenders == []


def test_the_cli_imports_no_qt_at_module_level():
    for name in ("cli.py", "__main__.py"):
        source = (REPO / "annotator" / name).read_text(encoding="utf-8")
        assert qt_imports(source, module_level_only=True) == [], name


def test_core_formats_suggest_and_cli_do_not_load_qt():
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                            cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr  # every module imports
    lines = result.stdout.splitlines()
    assert lines[0].startswith("IMPORTED ") and int(lines[0].split()[1]) >= 10, result.stdout
    assert lines[1] == "QT ", f"Qt was loaded by: {lines[1]}"


def test_cli_help_runs_without_qt():
    code = ("import sys\nfrom annotator.cli import main\ncode = main(['validate', '--help'])\n"
            "assert 'PySide6' not in sys.modules\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=REPO, timeout=120)
    assert "usage: annotator validate" in result.stdout
    assert result.returncode == 0, result.stderr
