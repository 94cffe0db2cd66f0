"""Table model of the household list over ``households.search`` paging (architecture.md property 7).

The model holds the total and the pages fetched so far; ``data()`` only reads the cache. A row whose page is not
cached yet shows "…" and asks for its page once, on the worker. A new query (typing, a filter, a sort) bumps the
generation, so late answers to an old query are dropped.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from siks_desktop.domain.codelists import CODELISTS, RECORD_STATES, SOURCES
from siks_desktop.dto import HouseholdQuery, HouseholdRow, Page

from ..tasks import Runner

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex

# (header, sort key of HouseholdQuery or None)
COLUMNS: tuple[tuple[str, str | None], ...] = (
    (QT_TRANSLATE_NOOP("HouseholdTableModel", "Nama KRT"), "nama_krt"),
    (QT_TRANSLATE_NOOP("HouseholdTableModel", "NIK KRT"), None),
    (QT_TRANSLATE_NOOP("HouseholdTableModel", "No. KK"), None),
    (QT_TRANSLATE_NOOP("HouseholdTableModel", "Alamat"), "alamat"),
    (QT_TRANSLATE_NOOP("HouseholdTableModel", "RW/RT"), "rw"),
    (QT_TRANSLATE_NOOP("HouseholdTableModel", "ART"), None),
    (QT_TRANSLATE_NOOP("HouseholdTableModel", "Hasil verval"), "status"),
    (QT_TRANSLATE_NOOP("HouseholdTableModel", "Sumber"), None),
    (QT_TRANSLATE_NOOP("HouseholdTableModel", "Rekaman"), "state"),
)


class HouseholdTableModel(QAbstractTableModel):
    loaded = Signal(int)  # total after a new query has its first page

    def __init__(self, runner: Runner, search: Callable[..., Page[HouseholdRow]], parent: Any = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._search = search
        self.query = HouseholdQuery(sort="id", descending=False)
        self.total = 0
        self._pages: dict[int, tuple[HouseholdRow, ...]] = {}
        self._asked: set[int] = set()
        self._generation = 0
        self._headers = [self.tr(h) for h, _key in COLUMNS]
        self._status = CODELISTS["status_ruta"]

    # ---------- querying ----------
    def set_query(self, query: HouseholdQuery) -> None:
        """Run a new query; the view keeps showing the old rows until the answer arrives."""
        self.query = query
        self._generation += 1
        generation = self._generation
        self.runner.run(lambda: self._search(query, offset=0, limit=PAGE_SIZE, with_total=True),
                        lambda page: self._first_page(generation, page), key="household-list")

    def refresh(self) -> None:
        self.set_query(self.query)

    def _first_page(self, generation: int, page: Page[HouseholdRow]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self.total = page.total
        self._pages = {0: page.items}
        self._asked = {0}
        self.endResetModel()
        self.loaded.emit(self.total)

    def _fetch(self, page_no: int) -> None:
        if page_no in self._asked:
            return
        self._asked.add(page_no)
        generation, query = self._generation, self.query
        self.runner.run(lambda: self._search(query, offset=page_no * PAGE_SIZE, limit=PAGE_SIZE, with_total=False),
                        lambda page: self._page_arrived(generation, page_no, page))

    def _page_arrived(self, generation: int, page_no: int, page: Page[HouseholdRow]) -> None:
        if generation != self._generation:
            return
        self._pages[page_no] = page.items
        first = page_no * PAGE_SIZE
        last = min(first + len(page.items), self.total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def row_at(self, row: int) -> HouseholdRow | None:
        page = self._pages.get(row // PAGE_SIZE)
        if page is None:
            return None
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def row_of_id(self, household_id: int) -> int | None:
        for page_no, items in self._pages.items():
            for i, item in enumerate(items):
                if item.id == household_id:
                    return page_no * PAGE_SIZE + i
        return None

    # ---------- Qt model API ----------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self._headers[section]
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._fetch(index.row() // PAGE_SIZE)
                return "…"
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == 6 and row.status_verval is None:
            return QColor("#7a5b00")
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _display(self, row: HouseholdRow, col: int) -> str:
        if col == 0:
            return row.nama_krt or ""
        if col == 1:
            return row.nik_krt or ""
        if col == 2:
            return row.no_kk or ""
        if col == 3:
            return row.alamat or ""
        if col == 4:
            return f"{row.rw or '-'}/{row.rt or '-'}"
        if col == 5:
            return str(row.member_count)
        if col == 6:
            if row.status_verval is None:
                return self.tr("Belum diverval")
            return self._status.display(row.status_verval)
        if col == 7:
            return ", ".join(SOURCES.get(s, s) for s in row.sources)
        if col == 8:
            return RECORD_STATES.get(row.record_state, row.record_state)
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if key is None:
            key = "id"
        self.set_query(replace(self.query, sort=key, descending=order == Qt.SortOrder.DescendingOrder))
