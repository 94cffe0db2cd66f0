"""Pengaturan: language (Bahasa Indonesia / English) and font size for older eyes."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ..context import AppContext
from ..i18n import LANGUAGES


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(ctx.prefs.language), 0))
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("Bahasa"), self.language)
        self.font_size = QSpinBox()
        self.font_size.setRange(8, 18)
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(ctx.prefs.font_size)
        self.font_size.valueChanged.connect(self._font_changed)
        form.addRow(self.tr("Ukuran huruf"), self.font_size)
        layout.addLayout(form)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def _language_changed(self) -> None:
        self.ctx.prefs.language = self.language.currentData()
        self.note.setText(self.tr("Bahasa baru berlaku setelah aplikasi dibuka ulang."))

    def _font_changed(self, size: int) -> None:
        self.ctx.prefs.font_size = size
        app = QApplication.instance()
        if isinstance(app, QApplication):
            font = app.font()
            font.setPointSize(size)
            app.setFont(font)
