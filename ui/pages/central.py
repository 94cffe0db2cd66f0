"""Impor Bundel (Dinsos): import ``.siks`` bundles from kelurahan workstations into the central store.

Shown only to the roles ``dinsos`` and ``admin``. The central store is a separate database (SQLite file or
PostgreSQL URL, remembered in the window preferences; default ``pusat.db`` beside the workstation database) opened
on the worker thread. The Dinsos key (.p12) is unlocked once per session; the CA file is checked with every bundle.
Tabs: Impor (choose several bundles → progress with Batal between files → one result row per file, with its tanda
terima), Status (per kelurahan), Konflik (review, "Selesai ditinjau" with a note).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFileDialog, QGridLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QInputDialog, QLabel, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from siks_desktop.errors import SiksError
from siks_desktop.services.central import ImportKeys, ImportResult

from ..context import AppContext
from ..errors import report_error, show_message
from ..i18n import fmt_int
from ..prefs import config_path, data_dir

CENTRAL_ROLES = ("dinsos", "admin")
URL_KEY, KEY_KEY, CA_KEY = "central/store_url", "central/dinsos_p12", "central/ca_file"
OK_BG, WARN_BG, ERR_BG = QColor("#d4edda"), QColor("#fff3cd"), QColor("#f8d7da")
STATUS_BG = {"imported": OK_BG, "duplicate": WARN_BG, "held": WARN_BG, "rejected": ERR_BG}
CONFLICT_REASONS = {
    "uid_other_kelurahan": "ID data sudah dipakai kelurahan lain",
    "nik_other_kelurahan": "NIK sudah terdaftar di kelurahan lain",
    "nik_other_member": "NIK dipakai ART lain di kelurahan yang sama",
}
ENTITIES = {"ruta": "Rumah tangga", "keluarga": "Keluarga", "anggota": "ART", "musyawarah": "Musyawarah"}


def _settings() -> QSettings:
    """The window preferences file (ui/prefs.py's), for the keys of this page."""
    return QSettings(str(config_path()), QSettings.Format.IniFormat)


def default_store_url(ctx: AppContext) -> str:
    """``pusat.db`` beside the workstation database file (else in the per-user data folder)."""
    try:
        db = ctx.services.ctx.uow.engine.url.database
    except AttributeError:
        db = None
    if db and db != ":memory:" and ctx.services.ctx.uow.engine.url.get_backend_name() == "sqlite":
        return str(Path(db).resolve().parent / "pusat.db")
    return str(data_dir() / "pusat.db")


def _item(text: Any, *, align_right: bool = False, data: Any = None) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def _table(name: str, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.setAlternatingRowColors(True)
    return t


class CentralPage(QWidget):
    """The Dinsos window page. Public for tests: ``unlock_keys``, ``import_files``, ``refresh``, ``resolve``."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._engine: Any = None
        self._engine_url: str | None = None
        self._keys: ImportKeys | None = None
        self._keys_for: tuple[str, str] | None = None
        self._signer = ""
        self.results: list[ImportResult] = []
        prefs = _settings()
        root = QVBoxLayout(self)
        title = QLabel(self.tr("Impor Bundel"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        root.addWidget(title)

        box = QGroupBox(self.tr("Penyimpanan pusat dan kunci Dinsos"))
        grid = QGridLayout(box)
        self.store_url = QLineEdit(str(prefs.value(URL_KEY, "") or default_store_url(ctx)))
        self.store_url.setObjectName("centralStoreUrl")
        self.store_url.setToolTip(self.tr("Berkas SQLite (kantor kecil) atau URL PostgreSQL, "
                                          "mis. postgresql://dinsos@server/siks_pusat"))
        self.store_url.editingFinished.connect(self._store_changed)
        self.p12 = QLineEdit(str(prefs.value(KEY_KEY, "")))
        self.p12.setObjectName("centralP12")
        self.p12.setPlaceholderText(self.tr("Berkas kunci Dinsos (.p12)"))
        self.ca = QLineEdit(str(prefs.value(CA_KEY, "")))
        self.ca.setObjectName("centralCa")
        self.ca.setPlaceholderText(self.tr("Sertifikat CA Dinsos (ca.pem)"))
        rows = ((self.tr("Penyimpanan &pusat:"), self.store_url, self._browse_store),
                (self.tr("&Kunci Dinsos:"), self.p12, self._browse_p12),
                (self.tr("&CA:"), self.ca, self._browse_ca))
        for r, (text, edit, browse) in enumerate(rows):
            label = QLabel(text)
            label.setBuddy(edit)
            button = QPushButton(self.tr("Pilih…"))
            button.clicked.connect(browse)
            grid.addWidget(label, r, 0)
            grid.addWidget(edit, r, 1)
            grid.addWidget(button, r, 2)
        self.key_state = QLabel(self.tr("Kunci Dinsos belum dibuka (kata sandi ditanyakan sekali per sesi)."))
        self.key_state.setObjectName("centralKeyState")
        grid.addWidget(self.key_state, 3, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        root.addWidget(box)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("centralTabs")
        root.addWidget(self.tabs, 1)

        # --- Impor
        imp = QWidget()
        v = QVBoxLayout(imp)
        bar = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Pilih bundel dan impor…"))
        self.import_button.setObjectName("centralImport")
        self.import_button.clicked.connect(self._choose_and_import)
        self.hold = QCheckBox(self.tr("&Tahan bundel yang datang tidak berurutan sampai celahnya tertutup"))
        self.hold.setChecked(True)
        bar.addWidget(self.import_button)
        bar.addWidget(self.hold)
        bar.addStretch(1)
        v.addLayout(bar)
        self.result_table = _table("centralResults", [self.tr("Berkas"), self.tr("Kelurahan"), self.tr("No. urut"),
                                                      self.tr("Status"), self.tr("Keterangan"),
                                                      self.tr("Tanda terima")])
        h = self.result_table.horizontalHeader()
        for col, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,) * 4
                                   + (QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents)):
            h.setSectionResizeMode(col, mode)
        self.result_table.setWordWrap(True)
        v.addWidget(self.result_table, 1)
        self.summary = QLabel(self.tr("Belum ada bundel yang diimpor dalam sesi ini."))
        self.summary.setObjectName("centralSummary")
        v.addWidget(self.summary)
        self.tabs.addTab(imp, self.tr("Impor"))

        # --- Status
        st = QWidget()
        v = QVBoxLayout(st)
        refresh = QPushButton(self.tr("&Muat ulang"))
        refresh.clicked.connect(self.refresh)
        v.addWidget(refresh, 0, Qt.AlignmentFlag.AlignLeft)
        self.status_table = _table("centralStatus", [
            self.tr("Kelurahan"), self.tr("Bundel"), self.tr("No. urut terakhir"), self.tr("Celah"),
            self.tr("Ditahan"), self.tr("Rumah tangga"), self.tr("ART"), self.tr("Konflik terbuka")])
        self.status_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        v.addWidget(self.status_table, 1)
        self.tabs.addTab(st, self.tr("Status"))

        # --- Konflik
        cf = QWidget()
        v = QVBoxLayout(cf)
        top = QHBoxLayout()
        self.show_resolved = QCheckBox(self.tr("Tampilkan yang sudah &ditinjau"))
        self.show_resolved.toggled.connect(lambda _on: self.refresh())
        top.addWidget(self.show_resolved)
        top.addStretch(1)
        v.addLayout(top)
        self.conflict_table = _table("centralConflicts", [
            self.tr("No."), self.tr("Kelurahan"), self.tr("Data"), self.tr("Masalah"), self.tr("Kelurahan lain"),
            self.tr("ID data"), self.tr("Status"), self.tr("Catatan peninjau")])
        self.conflict_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.conflict_table.horizontalHeader().setStretchLastSection(True)
        v.addWidget(self.conflict_table, 1)
        bottom = QHBoxLayout()
        note_label = QLabel(self.tr("Ca&tatan:"))
        self.note = QLineEdit()
        self.note.setObjectName("centralConflictNote")
        self.note.setPlaceholderText(self.tr("Keputusan peninjau, mis. \"Data benar milik Cideng; Gambir diminta "
                                             "menghapus\""))
        note_label.setBuddy(self.note)
        self.resolve_button = QPushButton(self.tr("&Selesai ditinjau"))
        self.resolve_button.setObjectName("centralResolve")
        self.resolve_button.clicked.connect(self._resolve_selected)
        bottom.addWidget(note_label)
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.resolve_button)
        v.addLayout(bottom)
        self.tabs.addTab(cf, self.tr("Konflik"))
        self.tabs.currentChanged.connect(lambda i: self.refresh() if i else None)

    # ------------------------------------------------------------------------------------------- store and keys
    def _store_changed(self) -> None:
        url = self.store_url.text().strip()
        s = _settings()
        s.setValue(URL_KEY, url)
        s.sync()

    def store(self) -> str:
        """The central store's URL or file (GUI thread)."""
        return self.store_url.text().strip() or default_store_url(self.ctx)

    def _central(self, url: str):  # type: ignore[no-untyped-def]
        """Services on the central store (worker thread only; jobs run one at a time): opened, migrated and seeded
        on first use, kept open for the session."""
        from siks_desktop.db.migrate import open_database
        from siks_desktop.services import Services

        if self._engine is None or url != self._engine_url:
            if self._engine is not None:
                self._engine.dispose()
            if "://" not in url:
                Path(url).expanduser().parent.mkdir(parents=True, exist_ok=True)
            self._engine, self._engine_url = open_database(url), url
        return Services(self._engine, self.ctx.services.actor, today=self.ctx.services.ctx.today)

    def _browse_store(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Berkas penyimpanan pusat (SQLite)"),
                                              self.store_url.text(), self.tr("Basis data SQLite (*.db)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.store_url.setText(name)
            self._store_changed()

    def _remember(self, key: str, value: str) -> None:
        s = _settings()
        s.setValue(key, value)
        s.sync()

    def _browse_p12(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Kunci Dinsos"), self.p12.text(),
                                              self.tr("Kunci PKCS#12 (*.p12 *.pfx)"))
        if name:
            self.p12.setText(name)
            self._remember(KEY_KEY, name)

    def _browse_ca(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Sertifikat CA Dinsos"), self.ca.text(),
                                              self.tr("Sertifikat (*.pem *.crt *.cer)"))
        if name:
            self.ca.setText(name)
            self._remember(CA_KEY, name)

    def unlock_keys(self, passphrase: str) -> None:
        """Load the Dinsos key and the CA (blocking; small files). Kept for the rest of the session."""
        from siks_desktop.io import pki

        p12, ca = self.p12.text().strip(), self.ca.text().strip()
        if not p12 or not ca:
            raise SiksError("bad_argument", "Pilih dulu berkas kunci Dinsos (.p12) dan sertifikat CA.")
        key, cert, _chain = pki.load_p12(p12, passphrase.encode("utf-8"))
        ident = pki.read_identity(cert)
        if ident.role != "dinsos":
            raise SiksError("wrong_role", "Kunci ini bukan kunci Dinsos; bundel hanya bisa dibuka dengan kunci "
                                          "Dinsos penerima.")
        self._keys = ImportKeys(key, cert, pki.load_cert(ca), key, cert)
        self._keys_for = (p12, ca)
        self._signer = ident.name
        self._remember(KEY_KEY, p12)
        self._remember(CA_KEY, ca)
        self.key_state.setText(self.tr("Kunci Dinsos terbuka: {name}").format(name=ident.name))

    def _ensure_keys(self) -> bool:
        if self._keys is not None and self._keys_for == (self.p12.text().strip(), self.ca.text().strip()):
            return True
        passphrase, ok = QInputDialog.getText(self, self.tr("Kunci Dinsos"),
                                              self.tr("Kata sandi kunci Dinsos (.p12):"), QLineEdit.EchoMode.Password)
        if not ok:
            return False
        try:
            self.unlock_keys(passphrase)
        except SiksError as exc:
            report_error(self, exc)
            return False
        return True

    # ------------------------------------------------------------------------------------------------ import
    def _choose_and_import(self) -> None:
        if not self._ensure_keys():
            return
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Pilih bundel .siks"), "",
                                                self.tr("Bundel SIKS (*.siks)"))
        if names:
            self.import_files(names)

    def import_files(self, paths: list[str]) -> None:
        """Import ``paths`` one by one through the runner's progress dialog (Batal stops between two files; each
        file is its own transaction, so a stop never leaves half a bundle)."""
        if self._keys is None:
            show_message(self, self.tr("Buka dulu kunci Dinsos."))
            return
        keys = self._keys
        held = str(data_dir() / "bundel-ditahan") if self.hold.isChecked() else None
        url = self.store()
        step, finished = self.tr("Mengimpor {name} ({i} dari {n})…"), self.tr("Selesai")
        self.import_button.setEnabled(False)

        def job(progress, cancel):  # type: ignore[no-untyped-def]
            svc = self._central(url)
            out: list[ImportResult] = []
            for i, p in enumerate(paths):
                if cancel.cancelled:
                    break
                progress(i, len(paths), step.format(name=Path(p).name, i=i + 1, n=len(paths)))
                out.extend(svc.central.import_files([p], keys, held_dir=held))
            progress(len(paths), len(paths), finished)
            return out, len(paths)

        def done(res) -> None:  # type: ignore[no-untyped-def]
            results, asked = res
            self.import_button.setEnabled(True)
            self._show_results(results, asked)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.import_button.setEnabled(True)
            report_error(self, exc)

        self.ctx.runner.run_long(job, title=self.tr("Impor bundel ke penyimpanan pusat"), parent=self,
                                 on_done=done, on_error=failed)

    def status_label(self, status: str) -> str:
        return {"imported": self.tr("Diimpor"), "duplicate": self.tr("Sudah ada (duplikat)"),
                "rejected": self.tr("Ditolak"), "held": self.tr("Ditahan")}.get(status, status)

    def _show_results(self, results: list[ImportResult], asked: int) -> None:
        t = self.result_table
        for r in results:
            row = t.rowCount()
            t.insertRow(row)
            name = Path(r.file).name
            t.setItem(row, 0, _item(name, data=r.file))
            t.item(row, 0).setToolTip(r.file)
            t.setItem(row, 1, _item(r.kelurahan_code or "—"))
            t.setItem(row, 2, _item(r.sequence if r.sequence is not None else "—", align_right=True))
            status = _item(self.status_label(r.status), data=r.status)
            status.setBackground(QBrush(STATUS_BG.get(r.status, WARN_BG)))
            status.setToolTip(r.status)
            t.setItem(row, 3, status)
            note = r.message or ""
            if r.conflicts:
                note = (note + " " if note else "") + self.tr("{n} data bertabrakan dengan kelurahan lain: lihat "
                                                             "tab Konflik.").format(n=fmt_int(r.conflicts))
            if r.status == "held":
                note = self.tr("Ditahan sampai bundel dengan nomor urut sebelumnya diimpor.")
            t.setItem(row, 4, _item(note or self.tr("Berhasil.")))
            if r.receipt:
                link = QLabel(f'<a href="{QUrl.fromLocalFile(r.receipt).toString()}">{Path(r.receipt).name}</a>')
                link.setObjectName("receiptLink")
                link.setOpenExternalLinks(True)
                link.setToolTip(r.receipt)
                t.setCellWidget(row, 5, link)
                t.setItem(row, 5, _item("", data=r.receipt))
            else:
                t.setItem(row, 5, _item("—"))
        t.resizeRowsToContents()
        self.results.extend(results)
        counts = {s: sum(1 for r in results if r.status == s) for s in ("imported", "duplicate", "held", "rejected")}
        text = self.tr("Impor terakhir: {a} bundel diproses: {i} diimpor, {d} duplikat, {h} ditahan, {r} ditolak.").format(
            a=fmt_int(len(results)), i=fmt_int(counts["imported"]), d=fmt_int(counts["duplicate"]),
            h=fmt_int(counts["held"]), r=fmt_int(counts["rejected"]))
        if len(results) < asked:
            text += " " + self.tr("Dibatalkan: {n} berkas tidak diproses.").format(n=fmt_int(asked - len(results)))
        if counts["rejected"]:
            text += " " + self.tr("Bundel yang ditolak tidak mengubah apa pun.")
        self.summary.setText(text)

    # ----------------------------------------------------------------------------------------- status, conflicts
    def refresh(self) -> None:
        include, url = self.show_resolved.isChecked(), self.store()

        def job():  # type: ignore[no-untyped-def]
            svc = self._central(url)
            return svc.central.status(), svc.central.conflicts(include_resolved=include)

        self.ctx.runner.run(job, self._fill, lambda exc: report_error(self, exc), key="central-refresh")

    def _fill(self, res) -> None:  # type: ignore[no-untyped-def]
        status, conflicts = res
        t = self.status_table
        t.setRowCount(0)
        for d in status:
            row = t.rowCount()
            t.insertRow(row)
            values = (d["kelurahan_code"], fmt_int(d["bundles"]), d["last_sequence"],
                      ", ".join(map(str, d["gaps"])) or "—", ", ".join(map(str, d["held"])) or "—",
                      fmt_int(d["households"]), fmt_int(d["members"]), fmt_int(d["open_conflicts"]))
            for col, v in enumerate(values):
                item = _item(v, align_right=col in (1, 2, 5, 6, 7))
                if (col == 3 and d["gaps"]) or (col == 7 and d["open_conflicts"]):
                    item.setBackground(QBrush(WARN_BG))
                t.setItem(row, col, item)
        t = self.conflict_table
        t.setRowCount(0)
        for c in conflicts:
            row = t.rowCount()
            t.insertRow(row)
            values = (c["id"], c["kelurahan_code"], ENTITIES.get(c["entity"], c["entity"]),
                      CONFLICT_REASONS.get(c["reason"], c["reason"]), c["other_kelurahan_code"] or "—",
                      c["uid"][:12] + "…", self.tr("terbuka") if c["status"] == "open" else self.tr("selesai"),
                      c["resolution"] or "")
            for col, v in enumerate(values):
                t.setItem(row, col, _item(v, align_right=col == 0, data=c["id"] if col == 0 else None))
        self.resolve_button.setEnabled(any(c["status"] == "open" for c in conflicts))

    def resolve(self, conflict_id: int, note: str) -> None:
        url = self.store()

        def job():  # type: ignore[no-untyped-def]
            self._central(url).central.resolve(conflict_id, note)

        def done(_r) -> None:  # type: ignore[no-untyped-def]
            self.note.clear()
            self.refresh()

        self.ctx.runner.run(job, done, lambda exc: report_error(self, exc))

    def _resolve_selected(self) -> None:
        row = self.conflict_table.currentRow()
        if row < 0:
            show_message(self, self.tr("Pilih dulu konflik yang sudah ditinjau."))
            return
        if not self.note.text().strip():
            show_message(self, self.tr("Tulis catatan keputusan peninjau dulu."))
            self.note.setFocus()
            return
        self.resolve(int(self.conflict_table.item(row, 0).data(Qt.ItemDataRole.UserRole)), self.note.text())
