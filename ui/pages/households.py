"""Data Rumah Tangga: search as you type, filters, the paged table, counts under it; Enter opens the form."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from siks_desktop.domain.codelists import CODELISTS, RECORD_STATES, SOURCES
from siks_desktop.dto import HouseholdQuery

from ..context import AppContext
from ..i18n import fmt_int
from ..models.households import HouseholdTableModel

SEARCH_DEBOUNCE_MS = 150
SUM_MEMBERS_UP_TO = 2000  # filtered lists: sum ART over at most this many rows (see docs/ui.md "core requests")


class HouseholdListPage(QWidget):
    open_household = Signal(int)
    new_household = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)

        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Cari NIK, No. KK, nama atau alamat… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 1)
        self.new_button = QPushButton(self.tr("Usulan &baru"))
        self.new_button.setToolTip(self.tr("Rumah tangga baru dari awal (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_household)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        filters = QHBoxLayout()
        self.status = self._combo(filters, self.tr("Status"), [(None, self.tr("Semua")), (0, self.tr("Belum diverval"))]
                                  + [(c.code, CODELISTS["status_ruta"].display(c.code))
                                     for c in CODELISTS["status_ruta"].codes])
        self.source = self._combo(filters, self.tr("Sumber"), [(None, self.tr("Semua"))] + list(SOURCES.items()))
        self.rw = self._combo(filters, self.tr("RW"), [(None, self.tr("Semua"))])
        self.rt = self._combo(filters, self.tr("RT"), [(None, self.tr("Semua"))])
        self.tahap = self._combo(filters, self.tr("Tahap"), [(None, self.tr("Semua"))]
                                 + [(t.id, t.nama) for t in ctx.tahaps])
        self.state = self._combo(filters, self.tr("Rekaman"), [(None, self.tr("Semua"))] + list(RECORD_STATES.items()))
        filters.addStretch(1)
        layout.addLayout(filters)

        self.model = HouseholdTableModel(ctx.runner, ctx.services.households.search, self)
        self.table = QTableView()
        self.table.setObjectName("householdTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in enumerate((180, 135, 135, 220, 62, 40, 235, 110, 62)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(False)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # list order = entry order until a click
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self.model.sort)
        self.table.doubleClicked.connect(self._activated)
        layout.addWidget(self.table, 1)

        self.counts = QLabel()
        self.counts.setObjectName("listCounts")
        layout.addWidget(self.counts)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._focus_table)
        self.model.loaded.connect(self._loaded)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self._selected_id: int | None = None

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        QShortcut(QKeySequence("Return"), self.table, activated=self._open_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Enter"), self.table, activated=self._open_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self._members_cache: dict[int | None, int] = {}  # unfiltered ART total per tahap filter
        self._started = False

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Query on first show only: the start-up worker time goes to Beranda, the page the operator sees first."""
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.apply()  # rows first, filter choices after
            self.load_rw_rt()

    # ---------- building ----------
    def _combo(self, layout: QHBoxLayout, label: str, items: list[tuple[object, str]]) -> QComboBox:
        caption = QLabel(label)
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        for value, text in items:
            combo.addItem(text, value)
        caption.setBuddy(combo)
        combo.currentIndexChanged.connect(lambda _i: self.apply())
        layout.addWidget(caption)
        layout.addWidget(combo)
        return combo

    def load_rw_rt(self) -> None:
        if not self._started:
            return
        self.ctx.runner.run(self.ctx.services.households.rw_rt, self._fill_rw_rt)

    def _fill_rw_rt(self, pairs: tuple[tuple[str, str], ...]) -> None:
        for combo, values in ((self.rw, sorted({rw for rw, _ in pairs})), (self.rt, sorted({rt for _, rt in pairs}))):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for v in values:
                combo.addItem(v, v)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    # ---------- querying ----------
    def current_query(self) -> HouseholdQuery:
        return replace(self.model.query, text=self.search.text(), status=self.status.currentData(),
                       source=self.source.currentData(), rw=self.rw.currentData(), rt=self.rt.currentData(),
                       tahap_id=self.tahap.currentData(), record_state=self.state.currentData())

    def apply(self) -> None:
        self._debounce.stop()
        self.model.set_query(self.current_query())

    def refresh(self) -> None:
        """After a save: same query, same selection (the household stays selected if it still matches)."""
        self._members_cache.clear()
        if self._started:
            self.model.refresh()

    def _loaded(self, total: int) -> None:
        query = self.model.query
        households = self.ctx.services.households
        filtered = bool(query.text.strip() or query.status is not None or query.source or query.rw or query.rt
                        or query.record_state)
        if not filtered:
            cached = self._members_cache.get(query.tahap_id)
            if cached is not None:
                self._show_counts(total, cached)
                return
            self._show_counts(total, None)

            def remember(members: int, tahap_id: int | None = query.tahap_id) -> None:
                self._members_cache[tahap_id] = members
                self._show_counts(total, members)

            self.ctx.runner.run(lambda: households.counts(tahap_id=query.tahap_id).members, remember,
                                key="list-counts")
        elif total <= SUM_MEMBERS_UP_TO:
            def members() -> int:
                page = households.search(query, offset=0, limit=1000, with_total=False)
                rows = list(page.items)
                if total > 1000:
                    rows += households.search(query, offset=1000, limit=1000, with_total=False).items
                return sum(r.member_count for r in rows)
            self.ctx.runner.run(members, lambda n: self._show_counts(total, n), key="list-counts")
        else:
            self._show_counts(total, None)

    def _show_counts(self, households: int, members: int | None) -> None:
        text = self.tr("{n} rumah tangga").format(n=fmt_int(households))
        if members is not None:
            text += " · " + self.tr("{n} jiwa").format(n=fmt_int(members))
        self.counts.setText(text)

    # ---------- selection & opening ----------
    def _remember_selection(self) -> None:
        self._selected_id = self.current_id()

    def _restore_selection(self) -> None:
        if self._selected_id is None:
            return
        row = self.model.row_of_id(self._selected_id)
        if row is not None:
            self.select_row(row)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row_at(index.row())
        return row.id if row else None

    def next_id(self, after: int, step: int = 1) -> int | None:
        """The household after (or before) ``after`` in the list as shown, for "next household" in the form."""
        row = self.model.row_of_id(after)
        if row is None:
            return None
        target = self.model.row_at(row + step)
        if target is not None:
            self.select_row(row + step)
        return target.id if target else None

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_table(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.select_row(0)
        self.table.setFocus()

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_household.emit(row.id)

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._activated(index)
