"""Questions to the operator, in one module so tests can answer them (monkeypatch ``ask.question``)."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def question(parent: QWidget | None, title: str, text: str, choices: list[tuple[str, str]], default: str) -> str:
    """Ask with named buttons; returns the key of the chosen one (``default`` when the dialog is closed)."""
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setText(text)
    box.setIcon(QMessageBox.Icon.Question)
    buttons = {}
    for key, label in choices:
        role = QMessageBox.ButtonRole.RejectRole if key == "cancel" else QMessageBox.ButtonRole.AcceptRole
        buttons[box.addButton(label, role)] = key
        if key == default:
            box.setDefaultButton(list(buttons)[-1])
    box.exec()
    return buttons.get(box.clickedButton(), default)
