"""Rekap & Pengesahan (issue 7): the kecamatan/kota view over the central store, the Surat Pengesahan and the SIKS-NG
package.

The central store is a separate database (SQLite file at a kecamatan office, PostgreSQL URL at the kota/Dinsos),
remembered in the window preferences under ``central_url``; the CA file under ``kota/ca_path``. Every service call
goes through the runner, every error through the funnel. Questions to the operator are module functions so tests can
answer them.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QPushButton, QSpinBox, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..context import AppContext
from ..dialogs.periksa_dokumen import PeriksaDokumenDialog
from ..errors import report_error
from ..i18n import fmt_date, fmt_int
from ..prefs import config_path, data_dir
from ..widgets import pdf_actions

ROLES = ("kecamatan", "dinsos", "admin")
CENTRAL_KEY = "central_url"
CA_KEY = "kota/ca_path"
ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI"}
GREEN, RED, AMBER = QColor("#155724"), QColor("#a71d2a"), QColor("#8a6d00")
GREEN_BG, RED_BG, AMBER_BG = QColor("#d4edda"), QColor("#f8d7da"), QColor("#fff3cd")


def _settings() -> QSettings:
    return QSettings(str(config_path()), QSettings.Format.IniFormat)


# ---------------------------------------------------------------------------------- questions (replaceable in tests)
def ask_pengesahan(parent: QWidget) -> dict[str, Any] | None:
    dialog = PengesahanDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.answers()


def ask_folder(parent: QWidget, title: str) -> str | None:
    name = QFileDialog.getExistingDirectory(parent, title, str(Path.home()))
    return name or None


class PengesahanDialog(QDialog):
    """Signer (Walikota/Bupati or Kasudin), NIP, the signer's .p12 + passphrase, optionally the camat's paraf."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Buat & tanda tangani Surat Pengesahan"))
        self.resize(620, 300)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Angka dalam surat diambil dari penyimpanan pusat saat penandatanganan. Surat ditolak "
                              "bila ada kelurahan yang Berita Acaranya belum ada atau tanda tangannya tidak sah."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.penandatangan = QComboBox()
        self.penandatangan.addItem(self.tr("Walikota/Bupati"), "walikota")
        self.penandatangan.addItem(self.tr("Kepala Suku Dinas Sosial (atas nama)"), "kasudin")
        form.addRow(self.tr("&Penanda tangan:"), self.penandatangan)
        self.nip = QLineEdit()
        self.nip.setPlaceholderText(self.tr("kosongkan untuk memakai pengaturan"))
        form.addRow(self.tr("&NIP:"), self.nip)
        self.p12 = self._file_row(form, self.tr("Sertifikat penanda &tangan:"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Kata sandi:"), self.passphrase)
        self.paraf = self._file_row(form, self.tr("Paraf &camat (opsional):"))
        self.paraf_passphrase = QLineEdit()
        self.paraf_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Kata sandi pa&raf:"), self.paraf_passphrase)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Tanda tangani"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _file_row(self, form: QFormLayout, text: str) -> QLineEdit:
        row = QHBoxLayout()
        edit = QLineEdit()
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(lambda: self._browse(edit))
        row.addWidget(edit, 1)
        row.addWidget(browse)
        label = QLabel(text)
        label.setBuddy(edit)
        form.addRow(label, row)
        return edit

    def _browse(self, edit: QLineEdit) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih sertifikat"), edit.text(),
                                              self.tr("Sertifikat PKCS#12 (*.p12 *.pfx)"))
        if name:
            edit.setText(name)

    def answers(self) -> dict[str, Any]:
        return {"penandatangan": self.penandatangan.currentData(), "nip": self.nip.text().strip() or None,
                "p12": self.p12.text().strip(), "passphrase": self.passphrase.text(),
                "paraf": self.paraf.text().strip() or None, "paraf_passphrase": self.paraf_passphrase.text()}


# ---------------------------------------------------------------------------------------------------------- page
class KotaPage(QWidget):
    ROLES = ROLES  # who sees the page in the navigation (the service checks again)
    COLUMNS = ("kecamatan", "kelurahan", "ruta", "keluarga", "jiwa", "s1", "s2", "slain", "s0", "k1", "k2", "klain",
               "k0", "bundel", "tanggal", "ba")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._store: tuple[str, Any] | None = None  # (url, Services on the central store)
        self.rekap: Any = None
        self.letters: list[dict] = []
        self.last_letter: Path | None = None
        settings = _settings()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        title = QLabel(self.tr("Rekap & Pengesahan"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout.addWidget(title)

        grid = QGridLayout()
        self.url = QLineEdit(str(settings.value(CENTRAL_KEY, "") or ""))
        self.url.setObjectName("centralUrl")
        self.url.setPlaceholderText(self.tr("berkas SQLite penyimpanan pusat atau URL PostgreSQL"))
        browse_store = QPushButton(self.tr("Pilih…"))
        browse_store.clicked.connect(self._browse_store)
        self.ca = QLineEdit(str(settings.value(CA_KEY, "") or settings.value("periksa_dokumen/ca_path", "") or ""))
        self.ca.setObjectName("caPath")
        self.ca.setPlaceholderText(self.tr("ca.pem dari Dinas Sosial (untuk memeriksa Berita Acara)"))
        browse_ca = QPushButton(self.tr("Pilih…"))
        browse_ca.clicked.connect(self._browse_ca)
        self.tahap = QComboBox()
        self.tahap.setObjectName("tahap")
        for n in (1, 2, 3, 4):
            self.tahap.addItem(self.tr("Tahap {r}").format(r=ROMAWI[n]), n)
        if ctx.tahap is not None:
            self.tahap.setCurrentIndex(max(self.tahap.findData(ctx.tahap.nomor), 0))
        self.tahun = QSpinBox()
        self.tahun.setRange(2014, 2100)
        self.tahun.setSpecialValueText(self.tr("terbaru"))
        self.tahun.setMinimum(2014)
        self.tahun.setValue(2014)  # the special value: the latest year holding data
        self.wilayah = QComboBox()
        self.wilayah.setObjectName("wilayah")
        self.wilayah.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.wilayah.addItem(self.tr("Seluruh kota/kabupaten"), None)
        self.wilayah.setToolTip(self.tr("Satu Surat Pengesahan per kota/kabupaten; pilih kecamatan untuk rekap "
                                        "kecamatan saja."))
        self.load_button = QPushButton(self.tr("&Muat rekap"))
        self.load_button.setObjectName("loadButton")
        self.load_button.setDefault(True)
        self.load_button.clicked.connect(self.load)
        for col, (text, edit) in enumerate(((self.tr("Penyimpanan &pusat:"), self.url),
                                            (self.tr("Sertifikat &CA:"), self.ca))):
            label = QLabel(text)
            label.setBuddy(edit)
            grid.addWidget(label, col, 0)
            grid.addWidget(edit, col, 1)
            grid.addWidget(browse_store if col == 0 else browse_ca, col, 2)
        tahap_label = QLabel(self.tr("&Tahap:"))
        tahap_label.setBuddy(self.tahap)
        tahun_label = QLabel(self.tr("Ta&hun:"))
        tahun_label.setBuddy(self.tahun)
        grid.addWidget(tahap_label, 0, 3)
        grid.addWidget(self.tahap, 0, 4)
        grid.addWidget(tahun_label, 1, 3)
        grid.addWidget(self.tahun, 1, 4)
        wilayah_label = QLabel(self.tr("&Wilayah:"))
        wilayah_label.setBuddy(self.wilayah)
        grid.addWidget(wilayah_label, 0, 5)
        grid.addWidget(self.wilayah, 0, 6)
        grid.addWidget(self.load_button, 1, 6)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        self.heading = QLabel(self.tr("Pilih penyimpanan pusat dan tahap, lalu tekan Muat rekap."))
        self.heading.setObjectName("rekapHeading")
        self.heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.heading)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("rekapTable")
        headers = (self.tr("Kecamatan"), self.tr("Kelurahan"), self.tr("Ruta"), self.tr("Keluarga"), self.tr("Jiwa"),
                   self.tr("Dite-\nmukan"), self.tr("Tidak\nditemukan"), self.tr("Verval\nlain"),
                   self.tr("Belum\nverval"), self.tr("Layak"), self.tr("Tidak\nlayak"), self.tr("Keputusan\nlain"),
                   self.tr("Belum\ndiputuskan"), self.tr("Bundel\nterakhir"), self.tr("Tanggal\nbundel"),
                   self.tr("Berita\nAcara"))
        self.table.setHorizontalHeaderLabels(list(headers))
        tips = {5: self.tr("Hasil verval: ditemukan (selesai diverval)"), 6: self.tr("Hasil verval: tidak ditemukan"),
                7: self.tr("Hasil verval: pindah, bagian ruta lain, ganda, menolak, usulan baru"),
                8: self.tr("Belum ada hasil verval"), 9: self.tr("Keputusan musyawarah: layak diusulkan"),
                10: self.tr("Keputusan musyawarah: tidak layak (mampu)"),
                11: self.tr("Keputusan musyawarah: verval ulang, usulan hapus"),
                12: self.tr("Belum ada keputusan musyawarah"),
                15: self.tr("Berita Acara: sah (tanda tangan Lurah sah dan tepercaya), tidak sah, atau belum ada")}
        for c, tip in tips.items():
            self.table.horizontalHeaderItem(c).setToolTip(tip)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        lower = QSplitter(Qt.Orientation.Horizontal)
        missing_box = QGroupBox(self.tr("Kelurahan yang belum mengirim bundel"))
        mlay = QVBoxLayout(missing_box)
        self.missing = QListWidget()
        self.missing.setObjectName("missingList")
        mlay.addWidget(self.missing)
        letters_box = QGroupBox(self.tr("Surat Pengesahan yang sudah ditandatangani"))
        llay = QVBoxLayout(letters_box)
        self.letters_table = QTableWidget(0, 6)
        self.letters_table.setObjectName("lettersTable")
        self.letters_table.setHorizontalHeaderLabels([self.tr("Nomor"), self.tr("Tanggal"), self.tr("Penanda tangan"),
                                                      self.tr("Kelurahan"), self.tr("Ruta"), self.tr("Jiwa")])
        self.letters_table.verticalHeader().hide()
        self.letters_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.letters_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.letters_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        lh = self.letters_table.horizontalHeader()
        lh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        llay.addWidget(self.letters_table)
        row = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Periksa Dok&umen…"))
        self.check_button.setObjectName("checkButton")
        self.check_button.clicked.connect(self.check_document)
        self.open_button = QPushButton(self.tr("&Buka di penampil PDF"))
        self.open_button.setObjectName("openButton")
        self.open_button.clicked.connect(self.open_letter)
        row.addWidget(self.check_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        llay.addLayout(row)
        lower.addWidget(missing_box)
        lower.addWidget(letters_box)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 2)

        vsplit = QSplitter(Qt.Orientation.Vertical)
        vsplit.addWidget(self.table)
        vsplit.addWidget(lower)
        vsplit.setStretchFactor(0, 3)
        vsplit.setStretchFactor(1, 2)
        layout.addWidget(vsplit, 1)

        actions = QHBoxLayout()
        self.sign_button = QPushButton(self.tr("Buat && tanda tangani &Surat Pengesahan…"))
        self.sign_button.setObjectName("signButton")
        self.sign_button.clicked.connect(self.sign)
        self.submission_button = QPushButton(self.tr("Buat paket SIKS-&NG…"))
        self.submission_button.setObjectName("submissionButton")
        self.submission_button.clicked.connect(self.build_submission)
        actions.addWidget(self.sign_button)
        actions.addWidget(self.submission_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.status = QLabel("")
        self.status.setObjectName("kotaStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self._update_state()

    # ------------------------------------------------------------------------------------------------ helpers
    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _browse_store(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas penyimpanan pusat"), self.url.text(),
                                              self.tr("Basis data SQLite (*.db *.sqlite);;Semua berkas (*)"))
        if name:
            self.url.setText(name)

    def _browse_ca(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih sertifikat CA"), self.ca.text(),
                                              self.tr("Sertifikat (*.pem *.crt *.cer)"))
        if name:
            self.ca.setText(name)

    def _update_state(self) -> None:
        has = self.rekap is not None
        self.sign_button.setEnabled(has)
        self.submission_button.setEnabled(has and bool(self.letters))
        chosen = self.letters_table.currentRow() >= 0
        self.check_button.setEnabled(True)
        self.open_button.setEnabled(chosen)

    def _params(self) -> dict[str, Any]:
        tahun = self.tahun.value()
        return {"tahap": int(self.tahap.currentData()), "tahun": None if tahun == self.tahun.minimum() else tahun,
                "wilayah": self.wilayah.currentData()}

    def _store_job(self, url: str):  # type: ignore[no-untyped-def]
        """Worker-thread part: the Services bound to the central store for the logged-in user (opened once)."""
        if self._store is not None and self._store[0] == url:
            return self._store[1]
        from siks_desktop.db.migrate import open_database
        from siks_desktop.errors import SiksError
        from siks_desktop.services import Services

        if "://" not in url and not Path(url).expanduser().is_file():
            raise SiksError("central_not_found", self.tr("Berkas penyimpanan pusat tidak ditemukan: periksa "
                                                         "lokasinya atau pilih berkas lain."))
        user = self.ctx.services
        services = Services(open_database(url), user.actor, user.ctx.today)
        self._store = (url, services)
        return services

    def _letter_dir(self) -> Path:
        out = data_dir() / "surat-pengesahan"
        out.mkdir(parents=True, exist_ok=True)
        return out

    # -------------------------------------------------------------------------------------------------- rekap
    def load(self) -> None:
        url, ca = self.url.text().strip(), self.ca.text().strip()
        if not url:
            self._say(self.tr("Isi dulu penyimpanan pusat (berkas SQLite atau URL PostgreSQL)."))
            return
        settings = _settings()
        settings.setValue(CENTRAL_KEY, url)
        settings.setValue(CA_KEY, ca)
        settings.sync()
        params = self._params()
        self.load_button.setEnabled(False)
        self._say(self.tr("Memuat rekap dan memeriksa tanda tangan Berita Acara…"))

        def job() -> Any:
            svc = self._store_job(url)
            rekap = svc.kota.consolidate(ca=ca or None, **params)
            return rekap, svc.kota.pengesahan_list(tahap=rekap.tahap, tahun=rekap.tahun)

        self.ctx.runner.run(job, self._show, self._load_failed, key="kota-rekap")

    def _load_failed(self, exc: BaseException) -> None:
        self.load_button.setEnabled(True)
        self._say(self.tr("Rekap belum dimuat."))
        report_error(self, exc)

    def _item(self, text: str, number: bool = False) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if number:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def ba_text(self, k: Any) -> tuple[str, QColor, QColor]:
        if not k.berita_acara:
            return self.tr("belum ada"), RED, RED_BG
        if k.ba_valid is None:
            return self.tr("belum diperiksa"), AMBER, AMBER_BG
        if k.ba_valid:
            return self.tr("sah"), GREEN, GREEN_BG
        return self.tr("tidak sah"), RED, RED_BG

    @staticmethod
    def _counts(status: dict[int, int], keputusan: dict[int, int]) -> list[int]:
        st = {int(a): b for a, b in status.items()}
        kp = {int(a): b for a, b in keputusan.items()}
        return [st.get(1, 0), st.get(2, 0), sum(v for c, v in st.items() if c not in (0, 1, 2)), st.get(0, 0),
                kp.get(1, 0), kp.get(2, 0), sum(v for c, v in kp.items() if c not in (0, 1, 2)), kp.get(0, 0)]

    def _show(self, loaded: tuple[Any, list[dict]]) -> None:
        self.load_button.setEnabled(True)
        rekap, letters = loaded
        self.rekap = rekap
        self.heading.setText(self.tr("{wilayah} — {tahap}: {n} kelurahan mengirim data, {m} belum").format(
            wilayah=rekap.wilayah_nama, tahap=rekap.tahap_nama, n=len(rekap.kelurahan), m=len(rekap.missing)))
        self._fill_wilayah(rekap)
        rows = rekap.kelurahan
        self.table.setRowCount(len(rows) + 1)
        for r, k in enumerate(rows):
            imported = [b for b in k.bundles if b.status == "imported"] or k.bundles
            last = max(imported, key=lambda b: b.sequence) if imported else None
            when = ""
            if last is not None:
                stamp = last.created_at or last.imported_at
                try:
                    when = fmt_date(dt.datetime.fromisoformat(stamp).date())
                except (ValueError, AttributeError):
                    when = str(stamp or "")[:10]
            cells = [self._item(k.kecamatan_nama), self._item(k.nama)]
            cells += [self._item(fmt_int(v), True) for v in (k.ruta, k.keluarga, k.jiwa,
                                                            *self._counts(k.status, k.keputusan))]
            cells += [self._item(f"#{last.sequence}" if last else self.tr("-"), True), self._item(when)]
            text, fg, bg = self.ba_text(k)
            ba = self._item(text)
            ba.setForeground(QBrush(fg))
            ba.setBackground(QBrush(bg))
            problems = [b.problem for b in k.berita_acara if b.problem]
            ba.setToolTip(", ".join(f"{b.nomor} v{b.version}" for b in k.berita_acara) +
                          (f" ({', '.join(problems)})" if problems else ""))
            cells.append(ba)
            cells[1].setToolTip(k.kode)
            for c, item in enumerate(cells):
                self.table.setItem(r, c, item)
        t = rekap.totals()
        bold = QFont(self.font())
        bold.setBold(True)
        total = [self._item(""), self._item(self.tr("JUMLAH"))]
        total += [self._item(fmt_int(v), True) for v in (t["ruta"], t["keluarga"], t["jiwa"],
                                                        *self._counts(t["status"], t["keputusan"]))]
        total += [self._item("") for _ in range(3)]
        for c, item in enumerate(total):
            item.setFont(bold)
            self.table.setItem(len(rows), c, item)
        self.missing.clear()
        for m in rekap.missing:
            self.missing.addItem(self.tr("{kel} (Kec. {kec})").format(kel=m["nama"], kec=m["kecamatan_nama"]))
        if not rekap.missing:
            self.missing.addItem(self.tr("Semua kelurahan sudah mengirim."))
        self._show_letters(letters)
        self._say(self.tr("Rekap dimuat."))

    def _fill_wilayah(self, rekap: Any) -> None:
        """The kota of the rekap and its kecamatan, once known (the combo starts with "seluruh kota" only)."""
        current = self.wilayah.currentData()
        kec = {k.kecamatan_kode: k.kecamatan_nama for k in rekap.kelurahan}
        kec.update({m["kecamatan_kode"]: m["kecamatan_nama"] for m in rekap.missing if m.get("kecamatan_kode")})
        if len(rekap.wilayah_kode.split(".")) == 3:  # a kecamatan view: keep what is there
            return
        self.wilayah.blockSignals(True)
        self.wilayah.clear()
        self.wilayah.addItem(self.tr("Seluruh kota/kabupaten"), None)
        self.wilayah.setItemData(0, rekap.wilayah_nama, Qt.ItemDataRole.ToolTipRole)
        for code, name in sorted(kec.items(), key=lambda x: x[1]):
            self.wilayah.addItem(self.tr("Kec. {name}").format(name=name), code)
        self.wilayah.setCurrentIndex(max(self.wilayah.findData(current), 0))
        self.wilayah.blockSignals(False)

    def _show_letters(self, letters: list[dict]) -> None:
        self.letters = letters
        self.letters_table.setRowCount(len(letters))
        for r, x in enumerate(letters):
            signer = x["signer"] + (self.tr(" (paraf {name})").format(name=x["paraf"]) if x.get("paraf") else "")
            try:
                tanggal = fmt_date(dt.date.fromisoformat(x["tanggal"]))
            except ValueError:
                tanggal = x["tanggal"]
            cells = [self._item(x["nomor"]), self._item(tanggal), self._item(signer),
                     self._item(fmt_int(x["totals"].get("kelurahan", len(x["counts"]))), True),
                     self._item(fmt_int(x["totals"].get("ruta", 0)), True),
                     self._item(fmt_int(x["totals"].get("jiwa", 0)), True)]
            cells[0].setData(Qt.ItemDataRole.UserRole, x["id"])
            for c, item in enumerate(cells):
                self.letters_table.setItem(r, c, item)
        if letters:
            self.letters_table.selectRow(len(letters) - 1)
        self._update_state()

    # -------------------------------------------------------------------------------------------- pengesahan
    def sign(self) -> None:
        if self.rekap is None or self._store is None:
            return
        answer = ask_pengesahan(self)
        if answer is None:
            return
        if not answer.get("p12"):
            self._say(self.tr("Pilih berkas sertifikat penanda tangan (.p12)."))
            return
        svc, rekap, ca = self._store[1], self.rekap, self.ca.text().strip() or None
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        out = self._letter_dir() / f"surat-pengesahan-{rekap.tahun}-tahap{rekap.tahap}-{stamp}.pdf"
        paraf_pw = answer.get("paraf_passphrase")

        def job(progress: Any, _cancel: Any) -> Any:
            progress(0, None, self.tr("Memeriksa Berita Acara dan menandatangani Surat Pengesahan…"))
            res = svc.kota.sign_pengesahan(
                tahap=rekap.tahap, tahun=rekap.tahun, wilayah=rekap.wilayah_kode, out_path=out, p12_path=answer["p12"],
                passphrase=answer["passphrase"].encode("utf-8"), ca=ca, penandatangan=answer.get("penandatangan"),
                nip=answer.get("nip"), paraf_p12=answer.get("paraf"),
                paraf_passphrase=paraf_pw.encode("utf-8") if answer.get("paraf") and paraf_pw is not None else None)
            return res, svc.kota.pengesahan_list(tahap=rekap.tahap, tahun=rekap.tahun)

        self._say(self.tr("Menandatangani Surat Pengesahan…"))
        self.ctx.runner.run_long(job, title=self.tr("Surat Pengesahan"), parent=self, on_done=self._signed,
                                 on_error=self._sign_failed)

    def _sign_failed(self, exc: BaseException) -> None:
        self._say(self.tr("Surat Pengesahan belum ditandatangani."))
        report_error(self, exc)

    def _signed(self, done: tuple[Any, list[dict]]) -> None:
        res, letters = done
        self.last_letter = Path(res.path)
        self._show_letters(letters)
        self._say(self.tr("Surat Pengesahan Nomor {nomor} ditandatangani: {n} kelurahan, {ruta} ruta, {jiwa} jiwa. "
                          "Berkas: {path}").format(nomor=res.nomor, n=res.kelurahan, ruta=fmt_int(res.totals["ruta"]),
                                                   jiwa=fmt_int(res.totals["jiwa"]), path=res.path))

    def _selected_letter(self) -> int | None:
        row = self.letters_table.currentRow()
        item = self.letters_table.item(row, 0) if row >= 0 else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _with_letter(self, then: Any) -> None:
        letter_id = self._selected_letter()
        if letter_id is None or self._store is None:
            self._say(self.tr("Pilih Surat Pengesahan di daftar."))
            return
        svc = self._store[1]
        nomor = next((x["nomor"] for x in self.letters if x["id"] == letter_id), str(letter_id))
        out = self._letter_dir() / ("SP-" + re.sub(r"[^A-Za-z0-9._-]+", "_", nomor) + ".pdf")
        self.ctx.runner.run(lambda: svc.kota.pengesahan_pdf(letter_id, out),
                            lambda p: (setattr(self, "last_letter", p), then(p)), lambda e: report_error(self, e))

    def open_letter(self) -> None:
        def go(path: Path) -> None:
            if pdf_actions.open_in_viewer(path):
                self._say(self.tr("Dibuka di penampil PDF: {path}").format(path=path))
            else:
                self._say(self.tr("Tidak ada penampil PDF terpasang. Berkas ada di {path}").format(path=path))
        self._with_letter(go)

    def check_document(self) -> None:
        def go(path: Path) -> None:
            dialog = PeriksaDokumenDialog(self.ctx.runner, self, path)
            if self.ca.text().strip():
                dialog.ca.setText(self.ca.text().strip())
            self.check_dialog = dialog
            dialog.open()
            if dialog.ca.text():
                dialog.check()
        if self._selected_letter() is None:  # no letter chosen: the dialog for any PDF
            self.check_dialog = PeriksaDokumenDialog(self.ctx.runner, self, None)
            self.check_dialog.open()
            return
        self._with_letter(go)

    # -------------------------------------------------------------------------------------------- submission
    def build_submission(self) -> None:
        if self.rekap is None or self._store is None:
            return
        folder = ask_folder(self, self.tr("Pilih folder kosong untuk paket SIKS-NG"))
        if not folder:
            return
        svc, rekap = self._store[1], self.rekap

        def job(progress: Any, _cancel: Any) -> Any:
            progress(0, None, self.tr("Menyusun paket SIKS-NG…"))
            return svc.kota.submission(tahap=rekap.tahap, tahun=rekap.tahun, wilayah=rekap.wilayah_kode,
                                       out_dir=folder)

        self._say(self.tr("Menyusun paket SIKS-NG…"))
        self.ctx.runner.run_long(job, title=self.tr("Paket SIKS-NG"), parent=self, on_done=self._submitted,
                                 on_error=self._submission_failed)

    def _submission_failed(self, exc: BaseException) -> None:
        self._say(self.tr("Paket SIKS-NG belum dibuat."))
        report_error(self, exc)

    def _submitted(self, res: Any) -> None:
        ba = sum(1 for f in res.files if f.get("kind") == "berita_acara")
        self._say(self.tr("Paket SIKS-NG selesai di {path}: {ruta} ruta, {art} ART, {ba} Berita Acara, Surat "
                          "Pengesahan Nomor {nomor}, {files} berkas dengan manifest.json (sha256).").format(
            path=res.out_dir, ruta=fmt_int(res.households), art=fmt_int(res.members), ba=ba,
            nomor=res.pengesahan_nomor, files=len(res.files)))
