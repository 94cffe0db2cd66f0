"""Periksa Dokumen: check every signature of a PDF against the Dinsos CA certificate, with one clear verdict.

The verdict is pyHanko's bottom line per signature (intact + valid + trusted), never its ``valid`` flag alone
(pitfalls.md: that one stays true on a tampered file). The CA path is remembered in the window preferences.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QGridLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from siks_desktop.io.pki import PKI_ROLES as ROLES

from ..errors import error_message, report_error
from ..i18n import fmt_date_long
from ..prefs import config_path
from ..tasks import Runner

CA_KEY = "periksa_dokumen/ca_path"
OK_STYLE = "background: #d4edda; color: #155724; padding: 10px; font-weight: bold; border-radius: 3px;"
BAD_STYLE = "background: #f8d7da; color: #721c24; padding: 10px; font-weight: bold; border-radius: 3px;"


def _settings() -> QSettings:
    return QSettings(str(config_path()), QSettings.Format.IniFormat)


def _when(iso: str | None) -> str:
    if not iso:
        return "-"
    try:
        t = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if t.tzinfo is not None:
        t = t.astimezone()
    return f"{fmt_date_long(t.date())} {t:%H.%M}"


class PeriksaDokumenDialog(QDialog):
    def __init__(self, runner: Runner, parent: QWidget | None = None, pdf_path: str | Path | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.verdict: Any = None
        self.setWindowTitle(self.tr("Periksa Dokumen"))
        self.resize(900, 440)
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.pdf = QLineEdit(str(pdf_path or ""))
        self.pdf.setObjectName("pdfPath")
        self.ca = QLineEdit(str(_settings().value(CA_KEY, "") or ""))
        self.ca.setObjectName("caPath")
        self.ca.setPlaceholderText(self.tr("ca.pem dari Dinas Sosial"))
        for row, (text, edit, browse) in enumerate(((self.tr("&Dokumen PDF:"), self.pdf, self._browse_pdf),
                                                    (self.tr("Sertifikat &CA:"), self.ca, self._browse_ca))):
            label = QLabel(text)
            label.setBuddy(edit)
            button = QPushButton(self.tr("Pilih…"))
            button.clicked.connect(browse)
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(button, row, 2)
        self.check_button = QPushButton(self.tr("&Periksa"))
        self.check_button.setObjectName("checkButton")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        grid.addWidget(self.check_button, 0, 3, 2, 1)
        layout.addLayout(grid)

        self.banner = QLabel(self.tr("Pilih dokumen dan sertifikat CA, lalu tekan Periksa."))
        self.banner.setObjectName("verdictBanner")
        self.banner.setWordWrap(True)
        layout.addWidget(self.banner)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("signatures")
        self.table.setHorizontalHeaderLabels([self.tr("Penanda tangan"), self.tr("Peran"), self.tr("Kelurahan"),
                                              self.tr("Waktu tanda tangan"), self.tr("Utuh"), self.tr("Tepercaya"),
                                              self.tr("Hasil")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse_pdf(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih dokumen PDF"), self.pdf.text(),
                                              self.tr("Dokumen PDF (*.pdf)"))
        if name:
            self.pdf.setText(name)

    def _browse_ca(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih sertifikat CA"), self.ca.text(),
                                              self.tr("Sertifikat (*.pem *.crt *.cer)"))
        if name:
            self.ca.setText(name)

    def check(self) -> None:
        pdf, ca = self.pdf.text().strip(), self.ca.text().strip()
        if not pdf or not Path(pdf).is_file():
            self._show_bad(self.tr("Pilih berkas PDF yang akan diperiksa."))
            return
        if not ca or not Path(ca).is_file():
            self._show_bad(self.tr("Pilih berkas sertifikat CA (ca.pem) dari Dinas Sosial."))
            return
        settings = _settings()
        settings.setValue(CA_KEY, ca)
        settings.sync()
        self.check_button.setEnabled(False)
        self.banner.setText(self.tr("Memeriksa tanda tangan…"))
        self.banner.setStyleSheet("")
        from siks_desktop.io.signing import verify_pdf

        self.runner.run(lambda: verify_pdf(pdf, ca), self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.table.setRowCount(0)
        from siks_desktop.errors import SiksError

        if isinstance(exc, SiksError):
            self._show_bad(self.tr("Dokumen TIDAK sah: {why}").format(why=error_message(exc)))
        else:
            self._show_bad(self.tr("Dokumen TIDAK sah: berkas tidak dapat dibaca sebagai PDF bertanda tangan."))
            report_error(self, exc)

    def _show_bad(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(BAD_STYLE)

    def _show(self, verdict: Any) -> None:
        self.check_button.setEnabled(True)
        self.verdict = verdict
        yes, no = self.tr("ya"), self.tr("TIDAK")
        self.table.setRowCount(len(verdict.signatures))
        for r, s in enumerate(verdict.signatures):
            cells = (s.signer or "-", ROLES.get(s.role or "", s.role or "-"), s.kelurahan_code or "-",
                     _when(s.signed_at), yes if s.intact else no, yes if s.trusted else no,
                     self.tr("sah") if s.valid else self.tr("TIDAK sah"))
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if verdict.valid:
            names = ", ".join(s.signer or "-" for s in verdict.signatures)
            self.banner.setText(self.tr("✓ Dokumen sah: {n} tanda tangan utuh dan dari sertifikat tepercaya "
                                        "({names}).").format(n=len(verdict.signatures), names=names))
            self.banner.setStyleSheet(OK_STYLE)
            return
        self._show_bad(self.tr("✗ Dokumen TIDAK sah: {why}").format(why=self._reason(verdict)))

    def _reason(self, verdict: Any) -> str:
        sigs = verdict.signatures
        if not sigs:
            return self.tr("dokumen tidak memuat tanda tangan elektronik.")
        if any(not s.intact for s in sigs):
            return self.tr("isi dokumen telah diubah setelah ditandatangani. Minta salinan asli dari penanda "
                           "tangan.")
        if any(not s.trusted for s in sigs):
            return self.tr("sertifikat penanda tangan tidak diterbitkan oleh CA yang dipilih. Periksa berkas CA.")
        return self.tr("tanda tangan tidak lolos pemeriksaan (perubahan tidak diizinkan setelah penandatanganan).")
