"""Login with the core's accounts; the check runs on the worker (argon2 takes ~0.1 s)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget)

from siks_desktop.errors import SiksError
from siks_desktop.services import Services

from ..errors import error_message, report_error
from ..tasks import Runner


class LoginDialog(QDialog):
    logged_in = Signal(object)  # Services bound to the user

    def __init__(self, services: Services, runner: Runner, *, place: str = "", last_user: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.result_services: Services | None = None
        self.setWindowTitle(self.tr("Masuk — SIKS Desktop"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("SIKS Desktop"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        subtitle = QLabel(place or self.tr("Verifikasi dan validasi DTKS"))
        subtitle.setWordWrap(True)
        layout.addWidget(subtitle)
        form = QFormLayout()
        self.username = QLineEdit(last_user)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Nama pengguna"), self.username)
        form.addRow(self.tr("&Kata sandi"), self.password)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Masuk"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keluar"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.password if last_user else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self._show(self.tr("Isi nama pengguna dan kata sandi."))
            return
        self.buttons.setEnabled(False)
        self.message.hide()
        self.runner.run(lambda: self.services.login(username, password), self._done, self._failed)

    def _done(self, services: Services) -> None:
        self.result_services = services
        self.buttons.setEnabled(True)
        self.logged_in.emit(services)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, SiksError):
            self._show(error_message(exc))
            self.password.selectAll()
            self.password.setFocus()
        else:
            report_error(self, exc)

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
