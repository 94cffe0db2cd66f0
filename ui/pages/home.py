"""Beranda: counts per verval status, source and tahap; progress of the active tahap against its schedule."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, QHeaderView)

from siks_desktop.domain.codelists import CODELISTS, RECORD_STATES, SOURCES
from siks_desktop.dto import Counts

from ..context import AppContext, days_left
from ..i18n import fmt_date_long, fmt_int


class HomePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        head = QHBoxLayout()
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        head.addWidget(self.heading, 1)
        refresh = QPushButton(self.tr("Muat ulang"))
        refresh.clicked.connect(self.refresh)
        head.addWidget(refresh)
        layout.addLayout(head)

        self.totals = QLabel()
        self.totals.setObjectName("homeTotals")
        layout.addWidget(self.totals)

        tahap_box = QGroupBox(self.tr("Jadwal tahap aktif"))
        tl = QVBoxLayout(tahap_box)
        self.schedule = QLabel()
        self.schedule.setWordWrap(True)
        tl.addWidget(self.schedule)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Waktu berjalan")), 0, 0)
        self.time_bar = QProgressBar()
        grid.addWidget(self.time_bar, 0, 1)
        grid.addWidget(QLabel(self.tr("Rumah tangga sudah diverval")), 1, 0)
        self.done_bar = QProgressBar()
        grid.addWidget(self.done_bar, 1, 1)
        tl.addLayout(grid)
        layout.addWidget(tahap_box)

        tables = QHBoxLayout()
        self.by_status = self._table(tables, self.tr("Hasil verval"))
        self.by_source = self._table(tables, self.tr("Sumber data"))
        self.by_tahap = self._table(tables, self.tr("Tahap"))
        layout.addLayout(tables, 1)
        self.refresh()

    def _table(self, layout: QHBoxLayout, title: str) -> QTableWidget:
        box = QGroupBox(title)
        bl = QVBoxLayout(box)
        table = QTableWidget(0, 2)
        table.setHorizontalHeaderLabels([title, self.tr("Rumah tangga")])
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setFrameShape(QFrame.Shape.NoFrame)
        bl.addWidget(table)
        layout.addWidget(box, 1)
        return table

    def refresh(self) -> None:
        households = self.ctx.services.households
        tahap = self.ctx.tahap

        def load() -> tuple[Counts, Counts | None]:
            return households.counts(), households.counts(tahap_id=tahap.id) if tahap else None

        self.ctx.runner.run(load, self._show)

    def _show(self, result: tuple[Counts, Counts | None]) -> None:
        counts, in_tahap = result
        info = self.ctx.kelurahan
        self.heading.setText(self.tr("Beranda — Kelurahan {name}").format(name=info.kelurahan_name) if info
                             else self.tr("Beranda"))
        states = ", ".join(f"{RECORD_STATES.get(k, k)} {fmt_int(v)}" for k, v in sorted(counts.by_state.items()))
        self.totals.setText(self.tr("{h} rumah tangga · {j} jiwa").format(h=fmt_int(counts.households),
                                                                          j=fmt_int(counts.members))
                            + (f"  ({states})" if states else ""))
        status = CODELISTS["status_ruta"]
        self._fill(self.by_status, [(status.display(k) if k is not None else self.tr("Belum diverval"), v)
                                    for k, v in sorted(counts.by_status.items(), key=lambda kv: (kv[0] is None,
                                                                                                 kv[0] or 0))])
        self._fill(self.by_source, [(SOURCES.get(k, k), v) for k, v in sorted(counts.by_source.items())])
        self._fill(self.by_tahap, [(self.ctx.tahap_name(k) or self.tr("Tanpa tahap"), v)
                                   for k, v in sorted(counts.by_tahap.items(), key=lambda kv: (kv[0] is None,
                                                                                               kv[0] or 0))])
        self._show_schedule(in_tahap)

    def _fill(self, table: QTableWidget, rows: list[tuple[str, int]]) -> None:
        table.setRowCount(len(rows))
        for i, (label, value) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(label))
            item = QTableWidgetItem(fmt_int(value))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(i, 1, item)

    def _show_schedule(self, in_tahap: Counts | None) -> None:
        t = self.ctx.tahap
        if t is None:
            self.schedule.setText(self.tr("Belum ada jadwal tahap."))
            return
        start = t.verval_mulai or t.pengolahan_data
        end = t.input_selesai or t.verval_selesai
        left = days_left(t, self.ctx.today)
        text = self.tr("{nama}: verval {a} s.d. {b}; input s.d. {c}.").format(
            nama=t.nama, a=fmt_date_long(t.verval_mulai), b=fmt_date_long(t.verval_selesai),
            c=fmt_date_long(t.input_selesai))
        if left is not None:
            text += " " + (self.tr("Sisa {n} hari.").format(n=left) if left >= 0 else self.tr("Tahap sudah berakhir."))
        self.schedule.setText(text)
        if start and end and end > start:
            span = (end - start).days
            gone = min(max((self.ctx.today - start).days, 0), span)
            self.time_bar.setMaximum(span)
            self.time_bar.setValue(gone)
            self.time_bar.setFormat(self.tr("{n} dari {m} hari").format(n=gone, m=span))
        if in_tahap is not None:
            total = in_tahap.households
            done = total - in_tahap.by_status.get(None, 0)
            self.done_bar.setMaximum(max(total, 1))
            self.done_bar.setValue(done)
            self.done_bar.setFormat(self.tr("{n} dari {m} rumah tangga").format(n=fmt_int(done), m=fmt_int(total)))
