"""The PySide6 6.12 / Python 3.11 reference-count guard in ui/__init__.py keeps long sessions alive."""
from __future__ import annotations

import sys

import ui  # noqa: F401 - installs the guard


def test_many_void_calls_do_not_kill_none(qapp):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListWidgetItem

    item = QListWidgetItem("x")
    for _ in range(200_000):
        item.setData(Qt.ItemDataRole.UserRole, 1)
    assert sys.getrefcount(None) > 1000
