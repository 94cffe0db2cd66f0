"""Editors for the instrument's variable kinds, built from the registry (siks_desktop.domain.instrument).

Each editor has ``changed`` (emitted on every user edit), ``value()`` → ``(value, ui_problem_code | None)`` and
``set_value()``. A value the editor cannot parse comes back as None with a code ("invalid_number", "invalid_date");
a code the code list does not know comes back as the typed text, so the core's rules report "code_unknown".
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from siks_desktop.domain.codelists import CODELISTS, CodeList
from siks_desktop.domain.instrument import Variable

from ..i18n import fmt_date, parse_date

Read = tuple[Any, str | None]


class CodeField(QComboBox):
    """"03 — Leding meteran"; accepts the code typed from the paper ("3" then Tab) or a label fragment."""

    changed = Signal()

    def __init__(self, var: Variable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.var = var
        self.codes: CodeList = CODELISTS[var.codelist or ""]
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setCompleter(None)  # inline completion would turn "1" into "10 — …"; we parse on leaving instead
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(22)
        self.setMaxVisibleItems(16)
        self.addItem("", None)
        for c in self.codes.codes:
            self.addItem(self.codes.display(c.code), c.code)
        self.setCurrentIndex(0)
        self.lineEdit().setPlaceholderText(self.tr("ketik kode"))
        self.lineEdit().textEdited.connect(lambda _t: self.changed.emit())
        self.lineEdit().editingFinished.connect(self.commit)
        self.activated.connect(lambda _i: self.changed.emit())

    def _lookup(self, text: str) -> int | None | str:
        text = text.strip()
        if not text:
            return None
        code = self.codes.parse(text)
        if code is not None:
            return code
        for i in range(1, self.count()):
            if self.itemText(i) == text:
                return self.itemData(i)
        head = text.split("—")[0].strip()
        code = self.codes.parse(head) if head else None
        if code is not None:
            return code
        folded = text.casefold()
        matches = [c.code for c in self.codes.codes if folded in c.label.casefold()]
        if len(matches) == 1:
            return matches[0]
        return text

    def commit(self) -> None:
        """Normalise what was typed to the list's display text (or leave unknown text for the error message)."""
        found = self._lookup(self.currentText())
        if isinstance(found, int):
            index = self.findData(found)
            if index != self.currentIndex() or self.currentText() != self.itemText(index):
                self.setCurrentIndex(index)
                self.setEditText(self.itemText(index))
                self.changed.emit()
        elif found is None and self.currentIndex() != 0:
            self.setCurrentIndex(0)
            self.changed.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)

    def value(self) -> Read:
        found = self._lookup(self.currentText())
        return found, None

    def set_value(self, value: Any) -> None:
        index = self.findData(value) if value is not None else 0
        if index < 0:
            self.setCurrentIndex(0)
            self.setEditText("" if value is None else str(value))
        else:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))


class TextField(QLineEdit):
    changed = Signal()

    def __init__(self, var: Variable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.var = var
        if var.name in ("nik", "no_kk"):
            self.setPlaceholderText(self.tr("16 digit"))
        self.textEdited.connect(lambda _t: self.changed.emit())

    def value(self) -> Read:
        text = self.text().strip()
        return (text or None), None

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


class IntField(QLineEdit):
    changed = Signal()

    def __init__(self, var: Variable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.var = var
        self.setMaximumWidth(140)
        self.textEdited.connect(lambda _t: self.changed.emit())

    def value(self) -> Read:
        text = self.text().strip().replace(".", "")
        if not text:
            return None, None
        if text.lstrip("-").isdigit():
            return int(text), None
        return None, "invalid_number"

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


class DateField(QLineEdit):
    """dd-mm-yyyy with an input mask: "17081990" types straight into place."""

    changed = Signal()

    def __init__(self, var: Variable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.var = var
        self.setInputMask("99-99-9999;_")
        self.setMaximumWidth(140)
        self.setToolTip(self.tr("hh-bb-tttt, misalnya 17-08-1990"))
        self.textEdited.connect(lambda _t: self.changed.emit())

    def value(self) -> Read:
        try:
            return parse_date(self.text()), None
        except ValueError:
            return None, "invalid_date"

    def set_value(self, value: Any) -> None:
        self.setText(fmt_date(value) if isinstance(value, dt.date) else "")

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if not self.text().replace("-", "").replace("_", "").strip():
            self.setCursorPosition(0)


class YesNoField(QCheckBox):
    """Ya/Tidak as a two-state control (the 1/2 vs 3/4 coding stays in the core). An item never touched stays
    empty (None), so opening and saving a record does not invent answers."""

    changed = Signal()

    def __init__(self, var: Variable, parent: QWidget | None = None) -> None:
        super().__init__(var.caption.replace("&", "&&"), parent)  # "&" would become a mnemonic
        self.var = var
        self._original: bool | None = None
        self._touched = False
        self.clicked.connect(self._clicked)

    def _clicked(self) -> None:
        self._touched = True
        self.changed.emit()

    def value(self) -> Read:
        if not self._touched and self._original is None:
            return None, None
        return self.isChecked(), None

    def set_value(self, value: Any) -> None:
        self._original = value if isinstance(value, bool) else None
        self._touched = False
        self.setChecked(bool(value))


def make_editor(var: Variable) -> QWidget:
    if var.kind == "code":
        return CodeField(var)
    if var.kind in ("int", "float"):
        return IntField(var)
    if var.kind == "date":
        return DateField(var)
    if var.kind == "yesno":
        return YesNoField(var)
    return TextField(var)


class FieldBox(QWidget):
    """An editor with its message line underneath (red error, amber warning), hidden when there is nothing to say."""

    ERROR = "#b00020"
    WARNING = "#8a5a00"

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(editor)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.message.hide()
        layout.addWidget(self.message)
        self.setFocusProxy(editor)

    def show_problem(self, text: str | None, severity: str = "error") -> None:
        if not text:
            self.message.clear()
            self.message.hide()
            self.editor.setStyleSheet("")
            return
        color = self.ERROR if severity == "error" else self.WARNING
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {color};")
        self.message.show()


class EnterAsTab(QObject):
    """Enter moves to the next field in paper order, like Tab (data-entry habit from CSPro)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            widget = obj if isinstance(obj, QWidget) else None
            if widget is not None:
                if isinstance(widget, QComboBox) or isinstance(widget.parent(), QComboBox):
                    combo = widget if isinstance(widget, QComboBox) else widget.parent()
                    if isinstance(combo, CodeField):
                        combo.commit()
                widget.focusNextChild()
                return True
        return False
