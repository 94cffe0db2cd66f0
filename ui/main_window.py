"""The main window: navigation on the left, the page on the right, user/role/kelurahan/tahap in the status bar.
Only pages that exist are listed (Prelist, Musyawarah, Ekspor come with their issues)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QWidget

from siks_desktop.domain.codelists import ROLES

from .context import AppContext, days_left
from .pages.central import CENTRAL_ROLES, CentralPage
from .pages.data import DataPage
from .pages.home import HomePage
from .pages.kota import KotaPage
from .pages.musyawarah import MusyawarahPage
from .pages.prelist import PrelistPage
from .pages.settings import SettingsPage


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("SIKS Desktop"))
        self.resize(1366, 740)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 8px 6px; }")
        self.pages = QStackedWidget()
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.home = HomePage(ctx)
        self.data = DataPage(ctx)
        self.settings = SettingsPage(ctx)
        self.prelist, self.musyawarah = PrelistPage(ctx), MusyawarahPage(ctx)
        central = ((self.tr("Impor Bundel"), CentralPage(ctx), "Ctrl+5"),) \
            if ctx.services.actor.role in CENTRAL_ROLES else ()  # Dinsos and admin only
        for title, page, key in ((self.tr("Beranda"), self.home, "Ctrl+1"),
                                 (self.tr("Data Rumah Tangga"), self.data, "Ctrl+2"),
                                 (self.tr("Prelist"), self.prelist, "Ctrl+3"),
                                 (self.tr("Musyawarah"), self.musyawarah, "Ctrl+4"), *central,
                                 *(((self.tr("Rekap & Pengesahan"), KotaPage(ctx), "Ctrl+6"),)
                                   if ctx.services.actor.role in KotaPage.ROLES else ()),
                                 (self.tr("Pengaturan"), self.settings, "Ctrl+9")):
            self.nav.addItem(title)
            self.pages.addWidget(page)
            row = self.nav.count() - 1
            QShortcut(QKeySequence(key), self, activated=lambda r=row: self.nav.setCurrentRow(r))
        self.nav.currentRowChanged.connect(self._navigate)
        self.nav.setCurrentRow(0)
        self.data.form.saved.connect(lambda _r: self.home.refresh())
        self._build_status_bar()

    def _navigate(self, row: int) -> None:
        if self.pages.currentWidget() is self.data and self.pages.widget(row) is not self.data \
                and not self.data.can_leave():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.pages.indexOf(self.data))
            self.nav.blockSignals(False)
            return
        self.pages.setCurrentIndex(row)
        if self.pages.currentWidget() is self.home:
            self.home.refresh()

    def show_data(self) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(self.data))

    def _build_status_bar(self) -> None:
        user = self.ctx.services.actor
        bar = self.statusBar()
        parts = [
            self.tr("Pengguna: {name}").format(name=user.nama_lengkap or user.username),
            self.tr("Peran: {role}").format(role=ROLES.get(user.role, user.role)),
        ]
        info = self.ctx.kelurahan
        parts.append(self.tr("Kelurahan: {name}").format(name=info.kelurahan_name) if info
                     else self.tr("Kelurahan: belum diatur"))
        tahap = self.ctx.tahap
        if tahap is not None:
            left = days_left(tahap, self.ctx.today)
            text = self.tr("Tahap: {name}").format(name=tahap.nama)
            if left is not None:
                text += " · " + (self.tr("sisa {n} hari").format(n=left) if left >= 0 else self.tr("sudah berakhir"))
            parts.append(text)
        self.status_label = QLabel("   │   ".join(parts))
        self.status_label.setObjectName("statusInfo")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar.addPermanentWidget(self.status_label)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.pages.currentWidget() is self.data and not self.data.can_leave():
            event.ignore()
            return
        if self.data.form.dirty:
            self.data.form.save_draft()
        event.accept()
