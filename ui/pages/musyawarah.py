"""Musyawarah Kelurahan/Desa (issue 5): the record, participants, a decision per household with the advisory
eligibility indicators beside it, and the Berita Acara: preview, sign (Lurah), print, open, check.

A signed BA locks the record; "Buka revisi" (Lurah, with a reason) reopens it and the next signature makes a new
version while the old PDF stays. Every service call goes through the runner; errors through the funnel.
"""
from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSplitter, QTableView, QTableWidget,
                               QTableWidgetItem, QTabWidget, QListView, QListWidget, QListWidgetItem, QVBoxLayout,
                               QWidget)

from siks_desktop.domain import eligibility
from siks_desktop.dto import HouseholdQuery
from siks_desktop.services.musyawarah import (JENIS, KEPUTUSAN, REASON_REQUIRED, TIMING, UNSUR, KeputusanDTO,
                                              MusyawarahDTO, MusyawarahInput, PesertaDTO)

from ..context import AppContext
from ..dialogs.periksa_dokumen import PeriksaDokumenDialog
from ..errors import report_error
from ..i18n import fmt_date, fmt_date_long, parse_date
from ..models.musyawarah import DecisionTableModel, household_label, keputusan_label, load_decisions
from ..prefs import data_dir
from ..widgets import pdf_actions

PREPARE = ("operator", "admin")
SIGN = ("lurah", "admin")
SOURCE_TITLES = {eligibility.KEPMENSOS_262: "Kepmensos 262/HUK/2022", eligibility.BPS_14: "BPS 14 kriteria"}
LOCK_STYLE = "#lockBanner { background: #fff3cd; border: 1px solid #e0c36a; border-radius: 3px; }"


# ---------------------------------------------------------------------------------- questions (replaceable in tests)
def ask_reason(parent: QWidget, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label)
    return text.strip() if ok else None


def ask_signature(parent: QWidget) -> tuple[str, str] | None:
    dialog = SignDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.p12.text().strip(), dialog.passphrase.text()


class SignDialog(QDialog):
    """Asks once for the Lurah's certificate file (.p12) and its passphrase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tanda tangani Berita Acara"))
        self.resize(560, 170)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Gunakan berkas sertifikat Lurah (.p12) dari Dinas Sosial. Setelah ditandatangani, "
                              "data musyawarah terkunci."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        row = QHBoxLayout()
        self.p12 = QLineEdit()
        self.p12.setObjectName("p12Path")
        browse = QPushButton(self.tr("&Pilih…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.p12, 1)
        row.addWidget(browse)
        label = QLabel(self.tr("Berkas &sertifikat:"))
        label.setBuddy(self.p12)  # a label beside a layout has no target for its Alt-key otherwise
        form.addRow(label, row)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Kata sandi:"), self.passphrase)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Tanda tangani"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih sertifikat Lurah"), self.p12.text(),
                                              self.tr("Sertifikat PKCS#12 (*.p12 *.pfx)"))
        if name:
            self.p12.setText(name)


def _combo(items: Any) -> QComboBox:
    box = QComboBox()
    for code, label in items:
        box.addItem(label, code)
    return box


def _set_combo(box: QComboBox, value: Any) -> None:
    box.setCurrentIndex(max(box.findData(value), 0))


class MusyawarahPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.svc = ctx.services.musyawarah
        self.role = ctx.services.actor.role
        self.current: MusyawarahDTO | None = None
        self.editing_ruta: int | None = None
        self.last_pdf: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)

        top = QHBoxLayout()
        title = QLabel(self.tr("Musyawarah Kelurahan/Desa"))
        font = title.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        title.setFont(font)
        top.addWidget(title)
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("Musyawarah &baru"))
        self.new_button.clicked.connect(self.new_record)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        self.list = QTableWidget(0, 6)
        self.list.setObjectName("musyawarahList")
        self.list.setHorizontalHeaderLabels([self.tr("Tanggal"), self.tr("Jenis"), self.tr("Tempat"),
                                             self.tr("Nomor BA"), self.tr("Status"), self.tr("Rumah tangga")])
        self.list.verticalHeader().hide()
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.setMaximumHeight(118)
        self.list.itemSelectionChanged.connect(self._list_selected)
        layout.addWidget(self.list)

        self.lock_frame = QFrame()
        self.lock_frame.setObjectName("lockBanner")
        self.lock_frame.setStyleSheet(LOCK_STYLE)
        lock_row = QHBoxLayout(self.lock_frame)
        lock_row.setContentsMargins(8, 4, 8, 4)
        self.lock_label = QLabel()
        self.lock_label.setWordWrap(True)
        lock_row.addWidget(self.lock_label, 1)
        self.unlock_button = QPushButton(self.tr("Buka re&visi…"))
        self.unlock_button.clicked.connect(self.unlock)
        lock_row.addWidget(self.unlock_button)
        self.lock_frame.hide()
        layout.addWidget(self.lock_frame)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_record_tab(), self.tr("Data mus&yawarah"))
        self.tabs.addTab(self._build_participants_tab(), self.tr("&Peserta"))
        self.tabs.addTab(self._build_decisions_tab(), self.tr("&Keputusan"))
        self.tabs.addTab(self._build_documents_tab(), self.tr("&Dokumen BA"))
        layout.addWidget(self.tabs, 1)

        actions = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Pratin&jau BA"))
        self.sign_button = QPushButton(self.tr("&Tanda tangani BA…"))
        self.print_button = QPushButton(self.tr("&Cetak…"))
        self.open_button = QPushButton(self.tr("Buka di penampil PD&F"))
        self.check_button = QPushButton(self.tr("Periksa Dok&umen…"))
        for button, slot in ((self.preview_button, self.preview), (self.sign_button, self.sign),
                             (self.print_button, self.print_ba), (self.open_button, self.open_pdf),
                             (self.check_button, self.check_document)):
            button.clicked.connect(slot)
            actions.addWidget(button)
        self.status = QLabel()
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status.setObjectName("musyawarahStatus")
        # long messages (file paths) must never widen the window past 1366 px: clip, full text in the tooltip
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setMinimumWidth(0)
        actions.addWidget(self.status, 1)
        layout.addLayout(actions)
        if self.role not in SIGN:
            self.sign_button.setToolTip(self.tr("Hanya Lurah/Kepala Desa yang menandatangani Berita Acara."))
            self.unlock_button.setToolTip(self.tr("Hanya Lurah/Kepala Desa yang membuka revisi."))
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_record)
        self._update_state()

    # ------------------------------------------------------------------------------------------------- building
    def _build_record_tab(self) -> QWidget:
        tab = QWidget()
        grid = QGridLayout(tab)
        self.tanggal = QLineEdit()
        self.tanggal.setObjectName("tanggal")
        self.tanggal.setInputMask("99-99-9999")
        self.tanggal.setToolTip(self.tr("hh-bb-tttt, misalnya 31-07-2023"))
        self.waktu_mulai = QLineEdit()
        self.waktu_mulai.setPlaceholderText("09.00")
        self.waktu_selesai = QLineEdit()
        self.waktu_selesai.setPlaceholderText("12.00")
        self.tempat = QLineEdit()
        self.tempat.setObjectName("tempat")
        self.jenis = _combo(JENIS.items())
        self.timing = _combo(TIMING.items())
        self.pimpinan_nama = QLineEdit()
        self.pimpinan_jabatan = QLineEdit()
        self.pimpinan_nip = QLineEdit()
        self.notulen_nama = QLineEdit()
        self.notulen_jabatan = QLineEdit()
        self.nomor_ba = QLineEdit()
        self.nomor_ba.setPlaceholderText(self.tr("kosongkan: dibuat otomatis"))
        self.kesimpulan = QPlainTextEdit()
        self.kesimpulan.setPlaceholderText(self.tr("Satu butir per baris; kosongkan: disusun dari jumlah keputusan"))
        self.kesimpulan.setTabChangesFocus(True)
        # Alt+letter keys are unique among the page buttons, the tab titles and the visible tab; this tab alone
        # leaves only 11 free letters for 14 labels, so Jabatan/NIP (reached with Tab from the name field) have none
        left = (((self.tr("Tan&ggal:")), self.tanggal), (self.tr("Waktu &mulai:"), self.waktu_mulai),
                (self.tr("Waktu se&lesai:"), self.waktu_selesai), (self.tr("T&empat:"), self.tempat),
                (self.tr("Jen&is:"), self.jenis), (self.tr("&Waktu pelaksanaan:"), self.timing),
                (self.tr("&Nomor BA:"), self.nomor_ba))
        right = ((self.tr("Pimpinan &rapat:"), self.pimpinan_nama), (self.tr("Jabatan pimpinan:"),
                                                                     self.pimpinan_jabatan),
                 (self.tr("NIP pimpinan:"), self.pimpinan_nip), (self.tr("N&otulen:"), self.notulen_nama),
                 (self.tr("Jabatan notulen:"), self.notulen_jabatan), (self.tr("Kesimpul&an:"), self.kesimpulan))
        for col, rows in ((0, left), (2, right)):
            for r, (text, widget) in enumerate(rows):
                label = QLabel(text)
                label.setBuddy(widget)
                grid.addWidget(label, r, col, Qt.AlignmentFlag.AlignTop if widget is self.kesimpulan
                               else Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(widget, r, col + 1, 2 if widget is self.kesimpulan else 1, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.save_button = QPushButton(self.tr("&Simpan data (Ctrl+S)"))
        self.save_button.setObjectName("saveRecord")
        self.save_button.clicked.connect(self.save_record)
        grid.addWidget(self.save_button, 7, 3, Qt.AlignmentFlag.AlignRight)
        grid.setRowStretch(8, 1)
        self.record_widgets: list[QWidget] = [w for _, w in left + right] + [self.save_button]
        return tab

    def _build_participants_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.peserta = QTableWidget(0, 5)
        self.peserta.setObjectName("pesertaTable")
        self.peserta.setHorizontalHeaderLabels([self.tr("Nama"), self.tr("Unsur"), self.tr("Jabatan"),
                                                self.tr("Hadir"), self.tr("Wakil peserta")])
        self.peserta.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.peserta.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.peserta.setColumnWidth(1, 220)
        layout.addWidget(self.peserta, 1)
        row = QHBoxLayout()
        self.add_peserta = QPushButton(self.tr("T&ambah peserta"))
        self.remove_peserta = QPushButton(self.tr("&Hapus peserta"))
        self.save_peserta = QPushButton(self.tr("&Simpan daftar peserta"))
        self.save_peserta.setObjectName("savePeserta")
        self.add_peserta.clicked.connect(lambda: self._add_peserta_row(PesertaDTO("", "ketua_rt"), focus=True))
        self.remove_peserta.clicked.connect(lambda: self.peserta.removeRow(self.peserta.currentRow()))
        self.save_peserta.clicked.connect(self.save_participants)
        self.peserta_count = QLabel()
        for w in (self.add_peserta, self.remove_peserta):
            row.addWidget(w)
        row.addWidget(self.peserta_count, 1)
        row.addWidget(self.save_peserta)
        layout.addLayout(row)
        return tab

    def _build_decisions_tab(self) -> QWidget:
        tab = QWidget()
        outer = QHBoxLayout(tab)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("rutaSearch")
        self.search.setPlaceholderText(self.tr("Cari rumah tangga: NIK, No. KK, nama atau alamat…"))
        self.search.setClearButtonEnabled(True)
        self.results = QComboBox()
        self.results.setObjectName("rutaResults")
        self.results.setMinimumWidth(300)
        self.add_ruta = QPushButton(self.tr("T&ambah"))
        self.add_ruta.setToolTip(self.tr("Pilih rumah tangga ini untuk diberi keputusan"))
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.results, 1)
        search_row.addWidget(self.add_ruta)
        lay.addLayout(search_row)
        self.decisions = DecisionTableModel(self)
        self.decision_view = QTableView()
        self.decision_view.setObjectName("decisionTable")
        self.decision_view.setModel(self.decisions)
        self.decision_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.decision_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.decision_view.verticalHeader().hide()
        self.decision_view.setWordWrap(False)
        self.decision_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.decision_view.horizontalHeader()
        for col, width in enumerate((36, 160, 160, 72, 130)):
            self.decision_view.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        self.decision_view.selectionModel().currentRowChanged.connect(self._decision_selected)
        lay.addWidget(self.decision_view, 1)
        editor = QGridLayout()
        self.editing_label = QLabel(self.tr("Pilih rumah tangga di tabel atau cari lalu Tambah."))
        self.editing_label.setObjectName("editingLabel")
        self.keputusan = _combo((c.code, f"{c.code} — {c.label}") for c in KEPUTUSAN.codes)
        self.keputusan.setObjectName("keputusanCombo")
        self.alasan = QLineEdit()
        self.alasan.setObjectName("alasan")
        self.alasan.setPlaceholderText(self.tr("Wajib untuk tidak layak dan usulan hapus"))
        self.save_decision = QPushButton(self.tr("&Simpan keputusan"))
        self.save_decision.setObjectName("saveDecision")
        self.remove_decision = QPushButton(self.tr("&Hapus keputusan"))
        k_label, a_label = QLabel(self.tr("K&eputusan:")), QLabel(self.tr("Alasa&n:"))
        k_label.setBuddy(self.keputusan)
        a_label.setBuddy(self.alasan)
        editor.addWidget(self.editing_label, 0, 0, 1, 4)
        editor.addWidget(k_label, 1, 0)
        editor.addWidget(self.keputusan, 1, 1)
        editor.addWidget(a_label, 1, 2)
        editor.addWidget(self.alasan, 1, 3)
        editor.addWidget(self.save_decision, 2, 2)
        editor.addWidget(self.remove_decision, 2, 3, Qt.AlignmentFlag.AlignLeft)
        editor.setColumnStretch(3, 1)
        lay.addLayout(editor)
        self.decision_count = QLabel()
        lay.addWidget(self.decision_count)
        splitter.addWidget(left)

        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("<b>Indikator kelayakan</b> — indikasi, bukan keputusan otomatis: musyawarah yang "
                                 "memutuskan."))
        caption.setWordWrap(True)
        rlay.addWidget(caption)
        self.indicators = QListWidget()
        self.indicators.setObjectName("indicators")
        self.indicators.setWordWrap(True)  # long Kepmensos/BPS sentences wrap instead of being cut
        self.indicators.setResizeMode(QListView.ResizeMode.Adjust)
        self.indicators.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rlay.addWidget(self.indicators, 1)
        legend = QLabel(self.tr("✓ terpenuhi (indikasi miskin) · ✗ tidak terpenuhi · – tidak dapat dinilai dari "
                                "isian; dinilai peserta"))
        legend.setWordWrap(True)
        rlay.addWidget(legend)
        splitter.addWidget(right)
        splitter.setSizes([700, 420])
        outer.addWidget(splitter)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._run_search)
        self.add_ruta.clicked.connect(self._add_from_search)
        self.save_decision.clicked.connect(self.save_current_decision)
        self.remove_decision.clicked.connect(self.remove_current_decision)
        self.decision_widgets: list[QWidget] = [self.search, self.results, self.add_ruta, self.keputusan, self.alasan,
                                                self.save_decision, self.remove_decision]
        return tab

    def _build_documents_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.docs = QTableWidget(0, 6)
        self.docs.setObjectName("documentTable")
        self.docs.setHorizontalHeaderLabels([self.tr("Versi"), self.tr("Ditandatangani oleh"), self.tr("Waktu"),
                                             self.tr("Halaman"), self.tr("Rumah tangga"), self.tr("Status")])
        self.docs.verticalHeader().hide()
        self.docs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.docs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.docs.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.docs, 1)
        row = QHBoxLayout()
        self.export_doc = QPushButton(self.tr("Simpan &salinan PDF…"))
        self.export_doc.clicked.connect(self.export_document)
        row.addWidget(self.export_doc)
        row.addStretch(1)
        layout.addLayout(row)
        return tab

    # ------------------------------------------------------------------------------------------------- loading
    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if not getattr(self, "_loaded_once", False):
            self._loaded_once = True
            self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        svc = self.svc
        keep = select_id if select_id is not None else (self.current.id if self.current else None)
        self.ctx.runner.run(svc.list, lambda rows: self._show_list(rows, keep), lambda e: report_error(self, e),
                            key="musyawarah-list")

    def _show_list(self, rows: Any, select_id: int | None) -> None:
        self._summaries = list(rows)
        self.list.blockSignals(True)
        self.list.setRowCount(len(rows))
        for r, m in enumerate(rows):
            status = self.tr("Ditandatangani (v{n})").format(n=m.versions) if m.status == "ditandatangani" \
                else self.tr("Draf") + (self.tr(" · {n} versi lama").format(n=m.versions) if m.versions else "")
            for c, text in enumerate((fmt_date(m.tanggal), JENIS.get(m.jenis, m.jenis), m.tempat, m.nomor_ba,
                                      status, str(m.households))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                self.list.setItem(r, c, item)
        self.list.resizeColumnsToContents()
        self.list.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.blockSignals(False)
        target = next((r for r, m in enumerate(rows) if m.id == select_id), 0 if rows else None)
        if target is not None:
            self.list.selectRow(target)
            self._list_selected()
        else:
            self.status.setText(self.tr("Belum ada musyawarah. Tekan Musyawarah baru."))

    def _list_selected(self) -> None:
        row = self.list.currentRow()
        item = self.list.item(row, 0) if row >= 0 else None
        if item is not None:
            self.load(int(item.data(Qt.ItemDataRole.UserRole)))

    def load(self, musyawarah_id: int) -> None:
        services = self.ctx.services

        def fetch() -> tuple[MusyawarahDTO, Any]:
            m = services.musyawarah.get(musyawarah_id)
            return m, load_decisions(services, m)

        self.ctx.runner.run(fetch, self._show_record, lambda e: report_error(self, e), key="musyawarah-load")

    def _show_record(self, loaded: tuple[MusyawarahDTO, Any]) -> None:
        m, rows = loaded
        self.current = m
        self.tanggal.setText(fmt_date(m.tanggal))
        self.waktu_mulai.setText(m.waktu_mulai or "")
        self.waktu_selesai.setText(m.waktu_selesai or "")
        self.tempat.setText(m.tempat)
        _set_combo(self.jenis, m.jenis)
        _set_combo(self.timing, m.timing)
        self.pimpinan_nama.setText(m.pimpinan_nama)
        self.pimpinan_jabatan.setText(m.pimpinan_jabatan)
        self.pimpinan_nip.setText(m.pimpinan_nip or "")
        self.notulen_nama.setText(m.notulen_nama)
        self.notulen_jabatan.setText(m.notulen_jabatan)
        self.nomor_ba.setText(m.nomor_ba)
        self.kesimpulan.setPlainText(m.kesimpulan)
        self.peserta.setRowCount(0)
        for p in m.peserta:
            self._add_peserta_row(p)
        self._count_peserta()
        self._show_decisions(rows)
        self.docs.setRowCount(len(m.documents))
        for r, d in enumerate(sorted(m.documents, key=lambda d: -d.version)):
            status = self.tr("Diganti: {why}").format(why=d.superseded_reason or "-") if d.superseded \
                else self.tr("Berlaku")
            when = d.signed_at.astimezone() if d.signed_at.tzinfo else d.signed_at
            for c, text in enumerate((str(d.version), d.signer_nama, f"{fmt_date_long(when.date())} {when:%H.%M}",
                                      str(d.pages), str(d.households), status)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, d.id)
                self.docs.setItem(r, c, item)
        self.docs.resizeColumnsToContents()
        self.docs.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self._update_state()

    def _show_decisions(self, rows: Any) -> None:
        keep = self.editing_ruta
        self.decisions.set_rows(rows)
        counts = {c.code: 0 for c in KEPUTUSAN.codes}
        for r in rows:
            counts[r.keputusan] = counts.get(r.keputusan, 0) + 1
        self.decision_count.setText(self.tr("{n} rumah tangga diputuskan: ").format(n=len(rows)) + " · ".join(
            f"{keputusan_label(code)} {n}" for code, n in counts.items()))
        row = self.decisions.row_of(keep) if keep is not None else (0 if rows else None)
        if row is not None:
            self.decision_view.selectionModel().setCurrentIndex(
                self.decisions.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self._decision_selected(self.decisions.index(row, 0))
        else:
            self._edit_household(None, "")

    def _update_state(self) -> None:
        m = self.current
        locked = bool(m and m.locked)
        can_prepare = self.role in PREPARE and not locked
        for w in self.record_widgets + self.decision_widgets + [self.add_peserta, self.remove_peserta,
                                                                self.save_peserta, self.peserta]:
            w.setEnabled(can_prepare)
        self.save_button.setEnabled(can_prepare)
        has = m is not None and m.id is not None
        self.preview_button.setEnabled(has)
        self.sign_button.setEnabled(has and not locked and self.role in SIGN)
        self.print_button.setEnabled(has)
        self.open_button.setEnabled(has)
        self.lock_frame.setVisible(locked)
        self.unlock_button.setEnabled(locked and self.role in SIGN)
        if locked and m is not None:
            doc = next((d for d in m.documents if not d.superseded), None)
            version = doc.version if doc else "?"
            signer = doc.signer_nama if doc else "-"
            self.lock_label.setText(self.tr("Berita Acara versi {v} sudah ditandatangani oleh {who}; data "
                                            "musyawarah ini terkunci. Perubahan memerlukan revisi dan BA baru (BA "
                                            "lama tetap tersimpan).").format(v=version, who=signer))

    def _current_document(self) -> Any:
        m = self.current
        return next((d for d in m.documents if not d.superseded), None) if m else None

    # ------------------------------------------------------------------------------------------------- record
    def new_record(self) -> None:
        kel = self.ctx.kelurahan
        self.current = None
        self.list.clearSelection()
        self.tanggal.setText(fmt_date(self.ctx.today))
        self.waktu_mulai.setText("09.00")
        self.waktu_selesai.clear()
        self.tempat.setText(self.tr("Aula Kantor Kelurahan {name}").format(name=kel.kelurahan_name) if kel else "")
        for w in (self.pimpinan_nama, self.pimpinan_nip, self.notulen_nama, self.notulen_jabatan, self.nomor_ba):
            w.clear()
        self.pimpinan_jabatan.setText(self.tr("Lurah {name}").format(name=kel.kelurahan_name) if kel else "")
        self.kesimpulan.clear()
        self.peserta.setRowCount(0)
        self.decisions.set_rows([])
        self.docs.setRowCount(0)
        self._update_state()
        self.tabs.setCurrentIndex(0)
        self.tanggal.setFocus()
        self.status.setText(self.tr("Musyawarah baru: isi data lalu Simpan."))

    def _input(self) -> MusyawarahInput | None:
        try:
            tanggal = parse_date(self.tanggal.text())
        except ValueError:
            tanggal = None
        if tanggal is None:
            self._say(self.tr("Tanggal musyawarah harus tanggal yang benar, hh-bb-tttt (misalnya 31-07-2023)."))
            self.tanggal.setFocus()
            return None
        base = self.current.as_input() if self.current else MusyawarahInput(tanggal, "", "", "")
        return replace(base, tanggal=tanggal, waktu_mulai=self.waktu_mulai.text().strip() or "09.00",
                       waktu_selesai=self.waktu_selesai.text().strip() or None, tempat=self.tempat.text(),
                       jenis=self.jenis.currentData(), timing=self.timing.currentData(),
                       pimpinan_nama=self.pimpinan_nama.text(), pimpinan_jabatan=self.pimpinan_jabatan.text(),
                       pimpinan_nip=self.pimpinan_nip.text().strip() or None, notulen_nama=self.notulen_nama.text(),
                       notulen_jabatan=self.notulen_jabatan.text(), nomor_ba=self.nomor_ba.text(),
                       kesimpulan=self.kesimpulan.toPlainText())

    def save_record(self) -> None:
        if self.role not in PREPARE or (self.current and self.current.locked):
            return
        data = self._input()
        if data is None:
            return
        svc, current = self.svc, self.current
        job = (lambda: svc.update(current.id, data)) if current else (lambda: svc.create(data))
        self.ctx.runner.run(job, self._saved, lambda e: report_error(self, e))

    def _saved(self, m: MusyawarahDTO) -> None:
        self._say(self.tr("Data musyawarah tersimpan."))
        self.refresh(select_id=m.id)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setToolTip(text)
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 6000)

    # ------------------------------------------------------------------------------------------------- participants
    def _add_peserta_row(self, p: PesertaDTO, focus: bool = False) -> None:
        r = self.peserta.rowCount()
        self.peserta.insertRow(r)
        self.peserta.setItem(r, 0, QTableWidgetItem(p.nama))
        unsur = _combo(UNSUR.items())
        _set_combo(unsur, p.unsur)
        self.peserta.setCellWidget(r, 1, unsur)
        self.peserta.setItem(r, 2, QTableWidgetItem(p.jabatan))
        for col, value in ((3, p.hadir), (4, p.wakil)):
            box = QCheckBox()
            box.setChecked(value)
            box.toggled.connect(self._count_peserta)
            holder = QWidget()
            hl = QHBoxLayout(holder)
            hl.setContentsMargins(0, 0, 0, 0)
            hl.setAlignment(Qt.AlignmentFlag.AlignCenter)
            hl.addWidget(box)
            self.peserta.setCellWidget(r, col, holder)
        if focus:
            self.peserta.setCurrentCell(r, 0)
            self.peserta.editItem(self.peserta.item(r, 0))

    def _check(self, row: int, col: int) -> QCheckBox:
        holder = self.peserta.cellWidget(row, col)
        return holder.findChild(QCheckBox)

    def participants(self) -> list[PesertaDTO]:
        out = []
        for r in range(self.peserta.rowCount()):
            nama = (self.peserta.item(r, 0).text() if self.peserta.item(r, 0) else "").strip()
            if not nama:
                continue
            unsur = self.peserta.cellWidget(r, 1)
            jabatan = self.peserta.item(r, 2).text().strip() if self.peserta.item(r, 2) else ""
            out.append(PesertaDTO(nama, unsur.currentData(), jabatan, hadir=self._check(r, 3).isChecked(),
                                  wakil=self._check(r, 4).isChecked()))
        return out

    def _count_peserta(self) -> None:
        rows = self.peserta.rowCount()
        hadir = sum(1 for r in range(rows) if self._check(r, 3).isChecked())
        self.peserta_count.setText(self.tr("{n} peserta, {h} hadir").format(n=rows, h=hadir))

    def save_participants(self) -> None:
        if self.current is None:
            self._say(self.tr("Simpan data musyawarah dahulu."))
            return
        svc, mid, peserta = self.svc, self.current.id, self.participants()
        self.ctx.runner.run(lambda: svc.set_participants(mid, peserta),
                            lambda m: (self._say(self.tr("Daftar peserta tersimpan.")), self.load(m.id)),
                            lambda e: report_error(self, e))

    # ------------------------------------------------------------------------------------------------- decisions
    def _run_search(self) -> None:
        text = self.search.text().strip()
        if len(text) < 2:
            self.results.clear()
            return
        households = self.ctx.services.households
        self.ctx.runner.run(lambda: households.search(HouseholdQuery(text=text), limit=30, with_total=False).items,
                            self._show_results, lambda e: report_error(self, e), key="musyawarah-search")

    def _show_results(self, rows: Any) -> None:
        self.results.clear()
        for r in rows:
            self.results.addItem(f"{r.nama_krt or '-'} · {r.alamat or '-'} RT {r.rt or '-'}/RW {r.rw or '-'}",
                                 (r.id, r.nama_krt or "-"))
        if not rows:
            self.results.addItem(self.tr("Tidak ada rumah tangga yang cocok"), None)

    def _add_from_search(self) -> None:
        data = self.results.currentData()
        if not data:
            return
        ruta_id, nama = data
        row = self.decisions.row_of(ruta_id)
        if row is not None:  # already decided: edit that one
            self.decision_view.selectRow(row)
            return
        self.decision_view.clearSelection()
        self._edit_household(ruta_id, self.tr("Baru: {name}").format(name=nama))
        _set_combo(self.keputusan, 1)
        self.alasan.clear()
        self.keputusan.setFocus()

    def _decision_selected(self, index: Any, _previous: Any = None) -> None:
        if not index.isValid():
            return
        r = self.decisions.rows[index.row()]
        self._edit_household(r.ruta_id, f"{r.nama_krt} · {r.alamat} RT/RW {r.rt_rw}")
        _set_combo(self.keputusan, r.keputusan)
        self.alasan.setText(r.alasan)

    def _edit_household(self, ruta_id: int | None, label: str) -> None:
        self.editing_ruta = ruta_id
        self.editing_label.setText(self.tr("Rumah tangga: {label}").format(label=label) if ruta_id else
                                   self.tr("Pilih rumah tangga di tabel atau cari lalu Tambah."))
        self.indicators.clear()
        if ruta_id is None:
            return
        svc = self.svc
        self.ctx.runner.run(lambda: svc.indicators(ruta_id), self._show_indicators,
                            lambda e: report_error(self, e), key="musyawarah-indicators")

    def _show_indicators(self, ind: Any) -> None:
        if ind.ruta_id != self.editing_ruta:
            return
        self.indicators.clear()
        marks = {True: "✓", False: "✗", None: "–"}
        for source, title in SOURCE_TITLES.items():
            s = ind.summary.get(source)
            head = QListWidgetItem(self.tr("{title}: {met} dari {total} terpenuhi").format(
                title=title, met=s.met if s else 0, total=s.total if s else 0))
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            self.indicators.addItem(head)
            for item in ind.items:
                if item.source != source:
                    continue
                node = QListWidgetItem(f"{marks[item.met]}  {item.label}")
                tip = item.basis or self.tr("Tidak ada isian instrumen; dinilai peserta musyawarah.")
                node.setToolTip(f"{item.label}\n{tip}")
                self.indicators.addItem(node)

    def save_current_decision(self) -> None:
        if self.current is None or self.editing_ruta is None:
            self._say(self.tr("Pilih rumah tangga dahulu."))
            return
        code = self.keputusan.currentData()
        alasan = self.alasan.text().strip()
        if code in REASON_REQUIRED and not alasan:
            self._say(self.tr("Alasan wajib diisi untuk keputusan tidak layak dan usulan hapus."))
            self.alasan.setFocus()
            return
        decision = KeputusanDTO(self.editing_ruta, code, alasan or None)
        svc, mid, services = self.svc, self.current.id, self.ctx.services

        def job() -> Any:
            m = svc.decide(mid, decision)
            return m, load_decisions(services, m)

        self.ctx.runner.run(job, lambda loaded: (self._show_record(loaded),
                                                  self._say(self.tr("Keputusan tersimpan."))),
                            lambda e: report_error(self, e))

    def remove_current_decision(self) -> None:
        if self.current is None or self.editing_ruta is None or self.decisions.row_of(self.editing_ruta) is None:
            return
        svc, mid, rid, services = self.svc, self.current.id, self.editing_ruta, self.ctx.services
        self.editing_ruta = None

        def job() -> Any:
            m = svc.remove_decision(mid, rid)
            return m, load_decisions(services, m)

        self.ctx.runner.run(job, self._show_record, lambda e: report_error(self, e))

    # ------------------------------------------------------------------------------------------------- documents
    def _ba_dir(self) -> Path:
        out = data_dir() / "berita-acara"
        out.mkdir(parents=True, exist_ok=True)
        return out

    def _with_pdf(self, then: Any) -> None:
        """The signed BA in force (exported from the database), else an unsigned preview rendered now."""
        if self.current is None:
            return
        svc, mid, doc = self.svc, self.current.id, self._current_document()
        if doc is not None:
            out = self._ba_dir() / f"{doc.doc_id}.pdf"
            job = lambda: svc.export_document(doc.id, out)  # noqa: E731
        else:
            out = Path(tempfile.mkdtemp(prefix="siks-ba-")) / "pratinjau-berita-acara.pdf"
            job = lambda: svc.render_ba(mid, out) and out  # noqa: E731
        self._say(self.tr("Menyiapkan Berita Acara…"))
        self.ctx.runner.run(job, lambda _r: (setattr(self, "last_pdf", out), then(out)),
                            lambda e: report_error(self, e))

    def preview(self) -> None:
        if self.current is None:
            return
        svc, mid = self.svc, self.current.id
        out = Path(tempfile.mkdtemp(prefix="siks-ba-")) / "pratinjau-berita-acara.pdf"
        self._say(self.tr("Menyusun pratinjau Berita Acara…"))
        self.ctx.runner.run(lambda: svc.render_ba(mid, out), lambda _r: self._open(out, preview=True),
                            lambda e: report_error(self, e))

    def _open(self, path: Path, preview: bool = False) -> None:
        self.last_pdf = path
        if pdf_actions.open_in_viewer(path):
            self._say(self.tr("Pratinjau (belum ditandatangani) dibuka di penampil PDF.") if preview
                      else self.tr("Dibuka di penampil PDF: {path}").format(path=path))
        else:
            self._say(self.tr("Tidak ada penampil PDF terpasang. Berkas ada di {path}").format(path=path))

    def open_pdf(self) -> None:
        self._with_pdf(self._open)

    def print_ba(self) -> None:
        def go(path: Path) -> None:
            message = pdf_actions.print_pdf(self, path)
            if message:
                self._say(message)
        self._with_pdf(go)

    def check_document(self) -> PeriksaDokumenDialog:
        dialog = PeriksaDokumenDialog(self.ctx.runner, self, self.last_pdf if self._current_document() else None)
        dialog.open()
        return dialog

    def export_document(self) -> None:
        row = self.docs.currentRow()
        item = self.docs.item(row, 0) if row >= 0 else None
        if item is None:
            self._say(self.tr("Pilih versi Berita Acara di tabel."))
            return
        doc_id = int(item.data(Qt.ItemDataRole.UserRole))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan salinan Berita Acara"),
                                              f"berita-acara-v{item.text()}.pdf", self.tr("Dokumen PDF (*.pdf)"))
        if name:
            svc = self.svc
            self.ctx.runner.run(lambda: svc.export_document(doc_id, name),
                                lambda p: self._say(self.tr("Tersimpan: {path}").format(path=p)),
                                lambda e: report_error(self, e))

    def sign(self) -> None:
        if self.current is None or self.role not in SIGN:
            return
        answer = ask_signature(self)
        if answer is None:
            return
        p12, passphrase = answer
        svc, mid = self.svc, self.current.id
        out = self._ba_dir() / f"BA-{mid}-{self.current.uid[:8]}-v{len(self.current.documents) + 1}.pdf"
        self._say(self.tr("Menandatangani Berita Acara…"))
        self.ctx.runner.run(lambda: svc.sign_ba(mid, p12, passphrase, out), lambda doc: self._signed(doc, out),
                            self._sign_failed)

    def _sign_failed(self, exc: BaseException) -> None:
        self._say(self.tr("Berita Acara belum ditandatangani."))
        report_error(self, exc)

    def _signed(self, doc: Any, out: Path) -> None:
        self.last_pdf = out
        self._say(self.tr("Berita Acara versi {v} ditandatangani; berkas: {name}").format(v=doc.version,
                                                                                        name=out.name))
        self.status.setToolTip(str(out))
        self.refresh()

    def unlock(self) -> None:
        if self.current is None or self.role not in SIGN:
            return
        reason = ask_reason(self, self.tr("Buka revisi Berita Acara"),
                            self.tr("Alasan revisi (dicatat; BA lama tetap tersimpan sebagai versi yang diganti):"))
        if reason is None:
            return
        svc, mid = self.svc, self.current.id
        self.ctx.runner.run(lambda: svc.unlock_for_revision(mid, reason),
                            lambda m: (self._say(self.tr("Revisi dibuka; data dapat diubah lagi.")),
                                       self.refresh(select_id=m.id)),
                            lambda e: report_error(self, e))
