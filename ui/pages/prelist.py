"""Prelist: the import wizard for P3KE, KJP Plus, KJMU, stunting and DTKS workbooks (issue 4, docs/prelist.md).

Choose the file → source, sheet and column mapping → preview of the first rows and their problems → import with
progress and Cancel (through the one runner; a cancel rolls the whole file back) → summary with the error report.
The core has no "list of earlier batches" method yet, so the page lists the imports done in this session only.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QFormLayout, QGridLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget, QWizard, QWizardPage)

from siks_desktop.domain.codelists import SOURCES
from siks_desktop.io.prelist.presets import SOURCES as PRESET_SOURCES, known_fields
from siks_desktop.errors import SiksError
from siks_desktop.jobs import Cancelled

from ..context import AppContext
from ..errors import error_message, report_error
from ..i18n import fmt_date, fmt_int

ERROR_BG = QColor("#f8d7da")
WARNING_BG = QColor("#fff3cd")
NOT_USED = ""

# Field → caption in the mapping combos (docs/prelist.md, io/prelist/presets.py).
FIELD_LABELS: dict[str, str] = {
    "nik": "NIK", "no_kk": "Nomor KK", "nama": "Nama", "jenis_kelamin": "Jenis kelamin",
    "tanggal_lahir": "Tanggal lahir", "tempat_lahir": "Tempat lahir", "hub_krt": "Hubungan dengan KRT",
    "hub_kk": "Hubungan dalam keluarga", "alamat": "Alamat", "rt": "RT", "rw": "RW",
    "nama_ibu_kandung": "Nama ibu kandung", "ref": "Nomor referensi", "desil": "Desil P3KE", "idbdt": "IDBDT",
    "idartbdt": "IDARTBDT", "kdprop": "Kode provinsi (BPS)", "kdkab": "Kode kabupaten/kota (BPS)",
    "kdkec": "Kode kecamatan (BPS)", "kddesa": "Kode desa/kelurahan (BPS)",
}
PREVIEW_COLUMNS = ("row", "nik", "no_kk", "nama", "jenis_kelamin", "tanggal_lahir", "alamat", "rt", "rw")


class _Cancelled:
    """What the import job returns when the operator pressed Batal (the runner swallows ``Cancelled`` itself)."""


def _field_order(source: str) -> list[str]:
    fields = known_fields(source)
    ordered = [f for f in FIELD_LABELS if f in fields]
    return ordered + sorted(fields - set(ordered))


# ------------------------------------------------------------------------------------------------------- wizard
class FilePage(QWizardPage):
    def __init__(self, wizard: PrelistWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Langkah 1 dari 4 · Pilih berkas"))
        self.setSubTitle(self.tr("Buku kerja Excel (.xlsx) kiriman Bappeda (P3KE), Dinas Pendidikan (KJP Plus/KJMU), "
                                 "Dinas Kesehatan (stunting) atau ekstrak DTKS."))
        layout = QHBoxLayout(self)
        label = QLabel(self.tr("&Berkas:"))
        self.path = QLineEdit()
        self.path.setObjectName("prelistPath")
        self.path.setPlaceholderText(self.tr("Ketik lokasi berkas atau tekan Pilih berkas…"))
        label.setBuddy(self.path)
        self.browse = QPushButton(self.tr("&Pilih berkas…"))
        self.browse.clicked.connect(self._browse)
        layout.addWidget(label)
        layout.addWidget(self.path, 1)
        layout.addWidget(self.browse)
        self.registerField("path*", self.path)
        self.path.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas prelist"), self.path.text(),
                                              self.tr("Buku kerja Excel (*.xlsx *.xlsm *.xls)"))
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        p = Path(self.path.text().strip())
        return p.is_file() and p.suffix.lower() in (".xlsx", ".xlsm", ".xls")


class MappingPage(QWizardPage):
    """Source, sheet, header row and the column → field table (editable, saved/loaded as mapping JSON)."""

    def __init__(self, wizard: PrelistWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Langkah 2 dari 4 · Sumber dan pemetaan kolom"))
        self.setSubTitle(self.tr("Periksa kolom mana yang berisi NIK, nama, dan seterusnya. NIK dan Nama wajib."))
        layout = QVBoxLayout(self)
        form = QGridLayout()
        self.source = QComboBox()
        self.source.setObjectName("prelistSource")
        for code in PRESET_SOURCES:
            self.source.addItem(SOURCES.get(code, code), code)
        self.sheet = QComboBox()
        self.sheet.setObjectName("prelistSheet")
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 1000)
        self.header_row.setToolTip(self.tr("Nomor baris judul kolom, seperti yang tampil di Excel"))
        for col, (text, widget) in enumerate(((self.tr("&Sumber:"), self.source), (self.tr("&Lembar:"), self.sheet),
                                              (self.tr("Baris &judul:"), self.header_row))):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addWidget(label, 0, col * 2)
            form.addWidget(widget, 0, col * 2 + 1)
        form.setColumnStretch(3, 1)
        self.reload = QPushButton(self.tr("Baca &ulang"))
        self.reload.setToolTip(self.tr("Baca ulang berkas dengan baris judul yang dipilih"))
        form.addWidget(self.reload, 0, 6)
        layout.addLayout(form)

        self.table = QTableWidget(0, 2)
        self.table.setObjectName("mappingTable")
        self.table.setHorizontalHeaderLabels([self.tr("Judul kolom di berkas"), self.tr("Diisikan ke")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        bottom.addWidget(self.status, 1)
        self.load_button = QPushButton(self.tr("&Muat pemetaan…"))
        self.save_button = QPushButton(self.tr("Simpan &pemetaan…"))
        bottom.addWidget(self.load_button)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)

        self.source.currentIndexChanged.connect(lambda _i: self.refresh(keep_mapping=False))
        self.sheet.activated.connect(lambda _i: self.refresh(keep_mapping=False))
        self.reload.clicked.connect(lambda: self.refresh(keep_mapping=True, force_header=True))
        self.load_button.clicked.connect(self.load_mapping)
        self.save_button.clicked.connect(self.save_mapping)
        self._loaded = False
        self._custom: dict[str, Any] | None = None

    def initializePage(self) -> None:
        self.refresh(keep_mapping=False)

    # ---------- reading the file ----------
    def refresh(self, *, keep_mapping: bool, force_header: bool = False) -> None:
        self._loaded = False
        self.completeChanged.emit()
        mapping = self.mapping() if keep_mapping else self._custom
        if force_header:
            mapping = dict(mapping or {})
            mapping["header_row"] = self.header_row.value()
        self.status.setText(self.tr("Membaca berkas…"))
        path, source = self.wiz.path(), self.source.currentData()
        sheet = self.sheet.currentText() or None if self.sheet.count() else None
        prelist = self.wiz.ctx.services.prelist
        self.wiz.ctx.runner.run(lambda: prelist.preview(path, source, sheet, mapping, limit=5),
                                self._show, self._failed, key="prelist-mapping")

    def _failed(self, exc: BaseException) -> None:
        """A layout the preset does not recognise is expected while choosing the source: say so beside the table
        (no message box); anything unexpected goes to the funnel."""
        if not isinstance(exc, SiksError):
            report_error(self, exc)
            return
        self.table.setRowCount(0)
        self.status.setText(self.tr("{message} Pilih sumber atau lembar lain, ubah baris judul lalu Baca ulang, "
                                    "atau muat berkas pemetaan.").format(message=error_message(exc)))
        self.status.setStyleSheet("color: #a12622;")

    def _show(self, preview: Any) -> None:
        self.status.setStyleSheet("")
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(preview.sheet_names))
        self.sheet.setCurrentText(preview.sheet)
        self.sheet.blockSignals(False)
        self.header_row.setValue(preview.header_row)
        by_header = {h: f for f, h in preview.mapping.items()}
        headers = list(preview.mapping.values()) + [h for h in preview.unmapped if h]
        fields = _field_order(self.source.currentData())
        self.table.setRowCount(len(headers))
        for row, header in enumerate(headers):
            item = QTableWidgetItem(header)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, 0, item)
            combo = QComboBox()
            combo.addItem(self.tr("— tidak dipakai —"), NOT_USED)
            for f in fields:
                combo.addItem(self.tr(FIELD_LABELS.get(f, f)), f)
            combo.setCurrentIndex(max(combo.findData(by_header.get(header, NOT_USED)), 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.table.setCellWidget(row, 1, combo)
        self.table.resizeRowsToContents()
        self._loaded = True
        self._mapping_changed()

    # ---------- the mapping ----------
    def mapping(self) -> dict[str, Any]:
        """``{"header_row": n, field: header text}`` — the mapping-file shape of docs/prelist.md."""
        out: dict[str, Any] = {"header_row": self.header_row.value()}
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 1)
            if isinstance(combo, QComboBox) and combo.currentData():
                out[combo.currentData()] = self.table.item(row, 0).text()
        return out

    def _duplicates(self) -> list[str]:
        seen: dict[str, int] = {}
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 1)
            if isinstance(combo, QComboBox) and combo.currentData():
                seen[combo.currentData()] = seen.get(combo.currentData(), 0) + 1
        return [f for f, n in seen.items() if n > 1]

    def _mapping_changed(self) -> None:
        mapping = self.mapping()
        missing = [FIELD_LABELS[f] for f in ("nik", "nama") if f not in mapping]
        dup = self._duplicates()
        if missing:
            self.status.setText(self.tr("Kolom wajib belum dipetakan: {fields}.").format(fields=", ".join(missing)))
        elif dup:
            self.status.setText(self.tr("Satu isian dipilih untuk lebih dari satu kolom: {fields}.").format(
                fields=", ".join(FIELD_LABELS.get(f, f) for f in dup)))
        else:
            self.status.setText(self.tr("Baris judul {row}; {n} kolom dipetakan.").format(
                row=self.header_row.value(), n=len(mapping) - 1))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        mapping = self.mapping()
        return self._loaded and "nik" in mapping and "nama" in mapping and not self._duplicates()

    def load_mapping(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Muat pemetaan kolom"), "",
                                              self.tr("Pemetaan kolom (*.json)"))
        if name:
            self.load_mapping_file(name)

    def load_mapping_file(self, name: str) -> None:
        from siks_desktop.services.prelist import load_mapping

        try:
            self._custom = load_mapping(name)
        except Exception as exc:  # noqa: BLE001 - SiksError → the funnel's message
            report_error(self, exc)
            return
        self.refresh(keep_mapping=False)

    def save_mapping(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan pemetaan kolom"), "pemetaan.json",
                                              self.tr("Pemetaan kolom (*.json)"))
        if name:
            self.save_mapping_file(name)

    def save_mapping_file(self, name: str) -> None:
        Path(name).write_text(json.dumps(self.mapping(), ensure_ascii=False, indent=1), encoding="utf-8")
        self.status.setText(self.tr("Pemetaan disimpan ke {name}.").format(name=Path(name).name))


class PreviewPage(QWizardPage):
    def __init__(self, wizard: PrelistWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Langkah 3 dari 4 · Pratinjau"))
        self.setSubTitle(self.tr("Baris pertama setelah dibersihkan, dan masalahnya. Merah: baris ditolak; kuning: "
                                 "peringatan, baris tetap diimpor."))
        layout = QVBoxLayout(self)
        self.rows = QTableWidget(0, len(PREVIEW_COLUMNS))
        self.rows.setObjectName("previewRows")
        self.rows.setHorizontalHeaderLabels([self.tr("Baris"), self.tr("NIK"), self.tr("No. KK"), self.tr("Nama"),
                                             self.tr("L/P"), self.tr("Tgl lahir"), self.tr("Alamat"),
                                             self.tr("RT"), self.tr("RW")])
        self.problems = QTableWidget(0, 3)
        self.problems.setObjectName("previewProblems")
        self.problems.setHorizontalHeaderLabels([self.tr("Baris"), self.tr("Tingkat"), self.tr("Masalah")])
        for table in (self.rows, self.problems):
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(QLabel(self.tr("Baris pertama:")))
        layout.addWidget(self.rows, 3)
        layout.addWidget(QLabel(self.tr("Masalah pada baris di atas:")))
        layout.addWidget(self.problems, 2)
        self.dry_run = QCheckBox(self.tr("&Uji coba saja: periksa seluruh berkas tanpa menyimpan apa pun"))
        self.dry_run.setObjectName("dryRun")
        layout.addWidget(self.dry_run)
        self.registerField("dry_run", self.dry_run)
        self._loaded = False

    def initializePage(self) -> None:
        self._loaded = False
        self.wiz.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Impor >"))
        path, source = self.wiz.path(), self.wiz.source()
        sheet, mapping = self.wiz.sheet(), self.wiz.mapping()
        prelist = self.wiz.ctx.services.prelist
        self.wiz.ctx.runner.run(lambda: prelist.preview(path, source, sheet, mapping, limit=20),
                                self._show, lambda exc: report_error(self, exc), key="prelist-preview")

    def cleanupPage(self) -> None:
        self.wiz.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))

    def _show(self, preview: Any) -> None:
        bad = {p.row: p.severity for p in preview.problems if p.severity == "error"}
        warn = {p.row for p in preview.problems if p.severity != "error"}
        self.rows.setRowCount(len(preview.rows))
        for r, data in enumerate(preview.rows):
            for c, key in enumerate(PREVIEW_COLUMNS):
                value = data.get(key)
                if key == "row":
                    text = str(value)
                elif data.get("rejected"):
                    text = self.tr("ditolak") if key == "nik" else ""
                elif key == "jenis_kelamin":
                    text = {1: "L", 2: "P"}.get(value, "")
                elif key == "tanggal_lahir":
                    text = fmt_date(value)
                else:
                    text = "" if value is None else str(value)
                item = QTableWidgetItem(text)
                if data["row"] in bad:
                    item.setBackground(QBrush(ERROR_BG))
                elif data["row"] in warn:
                    item.setBackground(QBrush(WARNING_BG))
                self.rows.setItem(r, c, item)
        self.rows.resizeColumnsToContents()
        self.rows.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.problems.setRowCount(len(preview.problems))
        for r, p in enumerate(preview.problems):
            error = p.severity == "error"
            cells = (str(p.row), self.tr("Kesalahan") if error else self.tr("Peringatan"), p.message)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setBackground(QBrush(ERROR_BG if error else WARNING_BG))
                item.setToolTip(p.message)
                self.problems.setItem(r, c, item)
        self.problems.resizeColumnToContents(0)
        self.problems.resizeColumnToContents(1)
        self.problems.setWordWrap(True)
        self.problems.resizeRowsToContents()  # long sentences wrap instead of being cut
        self._loaded = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._loaded


class ImportPage(QWizardPage):
    """Runs the import as a long job (progress dialog with Batal), then shows the summary."""

    def __init__(self, wizard: PrelistWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Langkah 4 dari 4 · Impor dan ringkasan"))
        layout = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setObjectName("importBanner")
        self.banner.setWordWrap(True)
        layout.addWidget(self.banner)
        self.counts = QFormLayout()
        layout.addLayout(self.counts)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.report_button = QPushButton(self.tr("Simpan &laporan kesalahan…"))
        self.report_button.setObjectName("saveReport")
        self.report_button.clicked.connect(self.save_report)
        self.report_button.setEnabled(False)
        row.addWidget(self.report_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.result: Any = None
        self.cancelled = False
        self._done = False

    def initializePage(self) -> None:
        self._done, self.result, self.cancelled = False, None, False
        self.report_button.setEnabled(False)
        while self.counts.rowCount():
            self.counts.removeRow(0)
        dry = bool(self.field("dry_run"))
        self.banner.setText(self.tr("Memeriksa berkas (uji coba)…") if dry else self.tr("Mengimpor…"))
        self.banner.setStyleSheet("")
        path, source, sheet, mapping = self.wiz.path(), self.wiz.source(), self.wiz.sheet(), self.wiz.mapping()
        prelist = self.wiz.ctx.services.prelist
        steps = {"baca": self.tr("Membaca dan memeriksa baris…"), "tulis": self.tr("Menyimpan ke basis data…")}

        def job(progress, cancel):  # type: ignore[no-untyped-def]  # worker thread: no widgets here
            def step(done: int, total: int | None, name: str) -> None:
                progress(done, total, steps.get(name, name))
            try:
                return prelist.import_file(path, source, sheet=sheet, mapping=mapping, dry_run=dry,
                                           progress=step, cancel=cancel)
            except Cancelled:
                return _Cancelled()

        self.wiz.ctx.runner.run_long(job, title=self.tr("Impor prelist"), parent=self.wiz, on_done=self._finished,
                                     on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._done = True
        self._set_banner(self.tr("Impor gagal; basis data tidak berubah."), "error")
        report_error(self, exc)
        self.completeChanged.emit()

    def _finished(self, result: Any) -> None:
        self._done = True
        if isinstance(result, _Cancelled):
            self.cancelled = True
            self._set_banner(self.tr("Impor dibatalkan. Tidak ada data yang disimpan; basis data tetap seperti "
                                     "sebelumnya."), "warning")
            self.completeChanged.emit()
            return
        self.result = result
        if result.dry_run:
            self._set_banner(self.tr("Uji coba selesai: tidak ada yang disimpan. Angka di bawah adalah hasil bila "
                                     "berkas diimpor."), "warning")
        elif result.batch_id is None and result.already_imported is not None:
            self._set_banner(self.tr("Berkas ini sudah pernah diimpor; tidak ada data baru."), "warning")
        elif result.rows_rejected:
            self._set_banner(self.tr("Impor selesai, {n} baris ditolak. Simpan laporan kesalahan dan kirimkan ke "
                                     "instansi pengirim.").format(n=fmt_int(result.rows_rejected)), "warning")
        else:
            self._set_banner(self.tr("Impor selesai tanpa kesalahan."), "ok")
        for label, value in ((self.tr("Baris dibaca"), result.rows_read),
                             (self.tr("Orang baru diimpor"), result.rows_imported),
                             (self.tr("Digabung dengan data yang ada (NIK sama)"), result.rows_merged),
                             (self.tr("Sudah ada dari sumber ini"), result.rows_unchanged),
                             (self.tr("Baris ditolak"), result.rows_rejected),
                             (self.tr("Peringatan"), len(result.warnings)),
                             (self.tr("Baris dilewati (judul, kosong, jumlah)"), result.rows_skipped),
                             (self.tr("Rumah tangga baru"), result.households_created)):
            value_label = QLabel(fmt_int(value))
            value_label.setObjectName("count_" + label)
            self.counts.addRow(label + ":", value_label)
        self.report_button.setEnabled(bool(result.errors or result.warnings))
        self.wiz.imported.append(result)
        self.completeChanged.emit()

    def _set_banner(self, text: str, kind: str) -> None:
        colours = {"ok": "#d4edda", "warning": "#fff3cd", "error": "#f8d7da"}
        self.banner.setText(text)
        self.banner.setStyleSheet(f"background: {colours[kind]}; padding: 8px; border-radius: 3px;")

    def save_report(self) -> None:
        if self.result is None:
            return
        default = Path(self.wiz.path()).with_name(Path(self.wiz.path()).stem + "-kesalahan.xlsx")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan laporan kesalahan"), str(default),
                                              self.tr("Buku kerja Excel (*.xlsx)"))
        if name:
            self.save_report_file(name)

    def save_report_file(self, name: str) -> None:
        result = self.result
        self.wiz.ctx.runner.run(lambda: result.write_error_report(name),
                                lambda p: self.banner.setText(self.banner.text() + "\n" + self.tr(
                                    "Laporan kesalahan disimpan: {path}").format(path=p)),
                                lambda exc: report_error(self, exc))

    def isComplete(self) -> bool:
        return self._done


class PrelistWizard(QWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.imported: list[Any] = []
        self.setWindowTitle(self.tr("Impor prelist"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Selesai"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.import_page):
            self.addPage(page)
        self.resize(980, 620)

    def path(self) -> str:
        return self.file_page.path.text().strip()

    def source(self) -> str:
        return str(self.mapping_page.source.currentData())

    def sheet(self) -> str | None:
        return self.mapping_page.sheet.currentText() or None

    def mapping(self) -> dict[str, Any]:
        return self.mapping_page.mapping()


# --------------------------------------------------------------------------------------------------------- page
class PrelistPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        title = QLabel(self.tr("Prelist"))
        font = title.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(self.tr("Impor daftar awal dari instansi lain: P3KE (Bappeda), KJP Plus dan KJMU (Dinas "
                               "Pendidikan), stunting (Dinas Kesehatan) dan ekstrak DTKS. Orang yang NIK-nya sudah "
                               "ada tidak digandakan; sumber barunya ditambahkan."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.start = QPushButton(self.tr("&Impor prelist…"))
        self.start.setObjectName("startImport")
        self.start.clicked.connect(self.open_wizard)
        row.addWidget(self.start)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Impor dalam sesi ini:")))
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("importHistory")
        self.table.setHorizontalHeaderLabels([self.tr("Berkas"), self.tr("Sumber"), self.tr("Dibaca"),
                                              self.tr("Diimpor"), self.tr("Digabung"), self.tr("Ditolak"),
                                              self.tr("Keterangan")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.wizard: PrelistWizard | None = None

    def open_wizard(self) -> PrelistWizard:
        self.wizard = PrelistWizard(self.ctx, self)
        self.wizard.finished.connect(lambda _r, w=self.wizard: self._wizard_closed(w))
        self.wizard.open()
        return self.wizard

    def _wizard_closed(self, wizard: PrelistWizard) -> None:
        for r in wizard.imported:
            row = self.table.rowCount()
            self.table.insertRow(row)
            note = self.tr("uji coba, tidak disimpan") if r.dry_run else (
                self.tr("sudah pernah diimpor") if r.batch_id is None else self.tr("tersimpan"))
            for col, text in enumerate((r.file_name, SOURCES.get(r.source, r.source), fmt_int(r.rows_read),
                                        fmt_int(r.rows_imported), fmt_int(r.rows_merged), fmt_int(r.rows_rejected),
                                        note)):
                self.table.setItem(row, col, QTableWidgetItem(text))
