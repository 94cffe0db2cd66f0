"""PySide6 must not leak or steal references to None/True/False on this Python.

PySide6 6.12's abi3 wheels assume Python 3.12+ (immortal singletons, PEP 683): on 3.11 every void Qt call dropped a
reference to None and the process aborted after a few thousand calls ("none_dealloc"). pyproject.toml pins
PySide6 < 6.12 on Python < 3.12. The stress runs in a child process so an abort fails this test instead of killing
the whole test run.
"""
from __future__ import annotations

import os
import subprocess
import sys

STRESS = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QListWidgetItem
app = QApplication([])
parent = QObject()
item = QListWidgetItem("x")
before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
for _ in range(100_000):
    item.setData(Qt.ItemDataRole.UserRole, 1)   # returns None
    QTimer(parent, interval=10).isActive()      # returns a bool
after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
print(*[a - b for a, b in zip(before, after)])
"""


def test_void_and_bool_returning_qt_calls_keep_reference_counts() -> None:
    proc = subprocess.run([sys.executable, "-c", STRESS], capture_output=True, text=True, timeout=300,
                          env=os.environ | {"QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr[-500:]
    lost = [int(x) for x in proc.stdout.split()]
    if sys.version_info < (3, 12):  # on 3.12+ these objects are immortal and their counts mean nothing
        assert all(abs(d) < 1000 for d in lost), lost
