"""The data layers and the CLI never load PySide6 (DESIGN.md: only annotator/ui imports Qt)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import REPO

CHECK = textwrap.dedent("""
    import importlib, pkgutil, sys
    import annotator
    names = ["annotator.cli", "annotator.__main__"]
    for package in ("annotator.core", "annotator.formats", "annotator.suggest"):
        try:
            mod = importlib.import_module(package)
        except ModuleNotFoundError:
            continue
        names.append(package)
        names += [m.name for m in pkgutil.walk_packages(mod.__path__, package + ".")]
    failed = []
    for name in names:
        try:
            importlib.import_module(name)
        except ImportError as err:  # a module another engineer is still writing
            failed.append(f"{name}: {err}")
    from annotator.cli import build_parser
    build_parser()
    qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
    print("IMPORTED", len(names) - len(failed))
    print("QT", ",".join(qt))
    for line in failed:
        print("FAILED", line)
""")


def test_core_formats_suggest_and_cli_do_not_load_qt():
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                            cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("IMPORTED ") and int(lines[0].split()[1]) >= 10, result.stdout
    assert "QT " in lines[1] and lines[1] == "QT ", f"Qt was loaded by: {lines[1]}"


def test_cli_help_runs_without_qt():
    code = ("import sys\nfrom annotator.cli import main\ncode = main(['validate', '--help'])\n"
            "assert 'PySide6' not in sys.modules\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=REPO, timeout=120)
    assert "usage: annotator validate" in result.stdout
    assert result.returncode == 0, result.stderr
