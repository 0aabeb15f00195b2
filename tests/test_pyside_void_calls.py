"""Regression guard: PySide6 6.12.0 on Python 3.10/3.11 leaks a reference to None on every
call of a method that returns nothing, and the interpreter aborts with
``Fatal Python error: none_dealloc`` after a few thousand calls (DESIGN.md).

The calls run in a subprocess so an abort fails this test instead of killing pytest.
"""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 100_000

SCRIPT = f"""
import sys
from PySide6.QtGui import QGuiApplication, QTextCharFormat, QTextCursor, QTextDocument
app = QGuiApplication([])
doc = QTextDocument()
doc.setPlainText("قال المتحدث إن الجزائر ترفض " * 20)
cursor = QTextCursor(doc)
fmt = QTextCharFormat()
fmt.setFontWeight(700)
n = doc.characterCount() - 1
for i in range({CALLS} // 2):
    cursor.setPosition(i % n)                                   # void
    cursor.setPosition((i % n) + 1, QTextCursor.MoveMode.KeepAnchor)
    if i % 64 == 0:
        cursor.mergeCharFormat(fmt)                             # void
print("done", sys.getrefcount(None) if sys.version_info < (3, 12) else "immortal")
"""


def test_100k_void_calls_do_not_abort():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, (
        f"PySide6 aborted after void calls (exit {proc.returncode}); this PySide6/Python "
        f"combination must not be installed.\n{proc.stderr[-2000:]}")
    assert proc.stdout.startswith("done")
