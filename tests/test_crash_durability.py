"""A killed app loses at most the last second of work (issue 3: "a crash or a kill").

The real window runs in a child process (offscreen). It tags two words by the
label key, the second 900 ms after the first, and is killed with SIGKILL one
second after the first tag: no quit handler, no final save. The first tag
must be on disk; nothing older than a second may be lost. The child kills
itself on a Qt timer, so the test itself waits on the process, not on time.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from annotator.core.model import Document
from annotator.formats.project import Project

TEXT = "قال مصدر أمني إن الجزائر ترفض أي تدخل في ليبيا."

CHILD = textwrap.dedent("""
    import os, signal, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from annotator.formats.project import Project
    from annotator.ui import handlers
    from annotator.ui.main_window import MainWindow
    from annotator.ui.session import Session

    app = QApplication([])
    project = Project.open(sys.argv[1], annotator="tester")
    project.lock()
    window = MainWindow(Session(project))
    window.show()
    window.open_document("a")
    text = window.session.text

    def tag(word, label):
        start = text.index(word)
        window.view.select_cp(start, start + len(word))
        handlers.spans.tag_with_label(window, label, exact=True)
        print("tagged", word, flush=True)

    def first():  # the later steps are timed from the first tag itself
        tag("الجزائر", "LOCATION")
        QTimer.singleShot(900, lambda: tag("ليبيا", "LOCATION"))
        QTimer.singleShot(1000, lambda: os.kill(os.getpid(), signal.SIGKILL))

    QTimer.singleShot(0, first)
    app.exec()
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_one_second_after_a_tag_keeps_the_tag(tmp_path: Path):
    project = Project.create(tmp_path / "proj", annotator="tester")
    project.add_document(Document(id="a", text=TEXT))
    project.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # the window's QSettings stay here
    child = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "proj")],
                           capture_output=True, text=True, env=env, timeout=120,
                           cwd=Path(__file__).resolve().parent.parent)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert "tagged الجزائر" in child.stdout
    saved = json.loads(project.annotations_path("a").read_text(encoding="utf-8"))
    assert "الجزائر" in [s["text"] for s in saved["spans"]]  # a second old: autosaved
    assert saved["status"] == "in_progress"
    reopened = Project.open(tmp_path / "proj", annotator="tester")
    reopened.lock()  # the killed process's lock is stale and taken over
    doc = reopened.load_document("a")
    assert "الجزائر" in [s.text for s in reopened.load_annotations(doc).spans.values()]
