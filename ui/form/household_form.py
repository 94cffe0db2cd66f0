"""The household form: Blok I–V generated from the instrument registry, validated as you type by the core's rules,
saved on the worker with Ctrl+S, autosaved as a draft every few seconds (ui/drafts.py).

Layout (1366×768): tabs on the left, the problems panel on the right. Blok IV is the roster table with the selected
member's detail under it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QHeaderView,
                               QLabel, QListWidget, QListWidgetItem, QPushButton, QScrollArea, QSplitter,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from siks_desktop.domain import rules
from siks_desktop.domain.codelists import CODELISTS, RECORD_STATES
from siks_desktop.domain.instrument import ART, ART_VARS, KELUARGA, RUTA, RUTA_VARS, Variable
from siks_desktop.domain.nik import age_on
from siks_desktop.dto import FamilyDTO, HouseholdDTO, MemberDTO, SaveResult, SourceTagDTO
from siks_desktop.errors import SiksError, ValidationFailed
from siks_desktop.reference import known_nik_prefix

from ..context import AppContext
from ..dialogs import ask
from ..errors import error_message, problem_message, problem_text, report_error
from ..i18n import fmt_date
from ..widgets.fields import EnterAsTab, FieldBox, YesNoField, make_editor

# (key, tab text, full title as on the paper form). Tab texts are short so all five fit 1366×768.
BLOCKS = (
    ("I", QT_TRANSLATE_NOOP("HouseholdForm", "Blok I Tempat"), QT_TRANSLATE_NOOP("HouseholdForm", "Blok I Pengenalan Tempat")),
    ("II", QT_TRANSLATE_NOOP("HouseholdForm", "Blok II Petugas && Verval"),
     QT_TRANSLATE_NOOP("HouseholdForm", "Blok II Keterangan Petugas dan Hasil Verval")),
    ("III", QT_TRANSLATE_NOOP("HouseholdForm", "Blok III Perumahan"), QT_TRANSLATE_NOOP("HouseholdForm", "Blok III Keterangan Perumahan")),
    ("IV", QT_TRANSLATE_NOOP("HouseholdForm", "Blok IV ART"), QT_TRANSLATE_NOOP("HouseholdForm", "Blok IV Anggota Rumah Tangga")),
    ("V", QT_TRANSLATE_NOOP("HouseholdForm", "Blok V Aset && Program"), QT_TRANSLATE_NOOP("HouseholdForm", "Blok V Aset dan Keikutsertaan Program")),
)
TAB_INDEX = {key: i for i, (key, _, _) in enumerate(BLOCKS)}
ROSTER_COLUMNS = (QT_TRANSLATE_NOOP("HouseholdForm", "No"), QT_TRANSLATE_NOOP("HouseholdForm", "NIK"), QT_TRANSLATE_NOOP("HouseholdForm", "Nama"),
                  QT_TRANSLATE_NOOP("HouseholdForm", "Hub. KRT"), QT_TRANSLATE_NOOP("HouseholdForm", "L/P"), QT_TRANSLATE_NOOP("HouseholdForm", "Tgl lahir"),
                  QT_TRANSLATE_NOOP("HouseholdForm", "Umur"), QT_TRANSLATE_NOOP("HouseholdForm", "Keberadaan"))
VALIDATE_MS = 120
DRAFT_DEBOUNCE_MS = 800
DRAFT_INTERVAL_MS = 3000
ERROR_COLOR = QColor("#b00020")
WARNING_COLOR = QColor("#8a5a00")
OK_COLOR = QColor("#1b6e20")


def _blank_member(no: int) -> dict[str, Any]:
    return {"no_urut": no, "status_art": 6}


class HouseholdForm(QWidget):
    saved = Signal(object)    # SaveResult
    closed = Signal()
    step_requested = Signal(int)  # +1 next household, -1 previous

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.base: HouseholdDTO | None = None
        self.ruta: dict[str, Any] = {}
        self.families: list[dict[str, Any]] = []
        self.members: list[dict[str, Any]] = []
        self.member_meta: list[tuple[int | None, str | None]] = []
        self.current_member: int | None = None
        self.parse_problems: dict[tuple[str, int | None], str] = {}
        self.problems: list[rules.Problem] = []
        self.dirty = False
        self._loading = False
        self._saving = False
        self._enter = EnterAsTab(self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 4)
        outer.addLayout(self._build_header())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("blockTabs")
        self.tabs.setUsesScrollButtons(True)
        self.ruta_fields: dict[str, FieldBox] = {}
        self.member_fields: dict[str, FieldBox] = {}
        for key, text, title in BLOCKS:
            page = self._build_roster_tab() if key == "IV" else self._build_ruta_tab(key)
            self.tabs.addTab(page, self.tr(text))
            self.tabs.setTabToolTip(self.tabs.count() - 1, self.tr(title))
        splitter.addWidget(self.tabs)
        splitter.addWidget(self._build_problems_panel())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([860, 290])
        outer.addWidget(splitter, 1)

        # No property keywords in QTimer(...): PySide6 6.12 drops a reference to None per keyword (crashes later).
        self._validate_timer = self._timer(VALIDATE_MS, self.validate, single=True)
        self._draft_timer = self._timer(DRAFT_DEBOUNCE_MS, self.save_draft, single=True)
        self._autosave = self._timer(DRAFT_INTERVAL_MS, self._autosave_tick, single=False)
        self._autosave.start()
        self._draft_pending = False

        # Window-wide while the form is visible (Qt ignores shortcuts of hidden widgets), wherever the focus is.
        for keys, slot in ((QKeySequence.StandardKey.Save, self.save), ("Ctrl+PgDown", lambda: self.request_step(1)),
                           ("Ctrl+PgUp", lambda: self.request_step(-1)), ("Escape", self.request_close)):
            QShortcut(QKeySequence(keys), self, activated=slot, context=Qt.ShortcutContext.WindowShortcut)

    # ================= building =================
    def _timer(self, interval: int, slot: Any, *, single: bool) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(interval)
        timer.setSingleShot(single)
        timer.timeout.connect(slot)
        return timer

    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Daftar"))
        self.back_button.setToolTip(self.tr("Kembali ke daftar (Esc)"))
        self.back_button.clicked.connect(self.request_close)
        row.addWidget(self.back_button)
        self.title = QLabel()
        self.title.setObjectName("formTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.title, 1)
        row.addWidget(QLabel(self.tr("Status rekaman")))
        self.state = QComboBox()
        self.state.setObjectName("recordState")
        for key in ("draf", "final"):
            self.state.addItem(RECORD_STATES[key], key)
        self.state.currentIndexChanged.connect(lambda _i: self._edited())
        row.addWidget(self.state)
        self.save_button = QPushButton(self.tr("&Simpan (Ctrl+S)"))
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        return row

    def _editor_box(self, var: Variable, member: bool) -> FieldBox:
        editor = make_editor(var)
        editor.setObjectName(f"{'art' if member else 'ruta'}_{var.name}")
        box = FieldBox(editor)
        editor.changed.connect(lambda v=var, m=member: self._field_changed(v, m))
        editor.installEventFilter(self._enter)
        if isinstance(editor, QComboBox) and editor.lineEdit() is not None:
            editor.lineEdit().installEventFilter(self._enter)
        (self.member_fields if member else self.ruta_fields)[var.name] = box
        return box

    def _scroll(self, inner: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(inner)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        return area

    def _caption(self, var: Variable) -> QLabel:
        label = QLabel(var.caption)
        label.setWordWrap(True)
        label.setMinimumWidth(220)
        label.setMaximumWidth(300)
        return label

    def _build_ruta_tab(self, block: str) -> QWidget:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        yes_no: list[Variable] = []
        if block == "I":
            self.kelurahan_label = QLabel()
            self.kelurahan_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(QLabel(self.tr("I.1-4 Wilayah")), self.kelurahan_label)
        for var in RUTA_VARS:
            if var.block != block or var.name == "kelurahan_kode":
                continue
            if var.kind == "yesno":
                yes_no.append(var)
                continue
            form.addRow(self._caption(var), self._editor_box(var, member=False))
        layout.addLayout(form)
        if block == "I":
            layout.addWidget(self._build_families())
        if yes_no:
            grid = QGridLayout()
            grid.setHorizontalSpacing(24)
            half = (len(yes_no) + 1) // 2
            for i, var in enumerate(yes_no):  # column-wise, so Tab still follows the paper order
                grid.addWidget(self._editor_box(var, member=False), i % half, i // half)
            layout.addLayout(grid)
        layout.addStretch(1)
        return self._scroll(inner)

    def _build_families(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(QLabel(self.tr("I.11 Keluarga dalam rumah tangga (nomor urut dan Nomor KK)")))
        self.family_table = QTableWidget(0, 2)
        self.family_table.setObjectName("familyTable")
        self.family_table.setHorizontalHeaderLabels([KELUARGA["nomor_urut"].label, KELUARGA["no_kk"].label])
        self.family_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.family_table.setColumnWidth(0, 200)
        self.family_table.verticalHeader().hide()
        self.family_table.setMaximumHeight(150)
        self.family_table.itemChanged.connect(self._family_edited)
        layout.addWidget(self.family_table)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Tambah keluarga"))
        add.clicked.connect(self.add_family)
        remove = QPushButton(self.tr("Hapus keluarga"))
        remove.clicked.connect(self.remove_family)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.family_message = QLabel()
        self.family_message.setWordWrap(True)
        self.family_message.setStyleSheet(f"color: {ERROR_COLOR.name()};")
        self.family_message.hide()
        layout.addWidget(self.family_message)
        return box

    def _build_roster_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.roster = QTableWidget(0, len(ROSTER_COLUMNS))
        self.roster.setObjectName("roster")
        self.roster.setHorizontalHeaderLabels([self.tr(c) for c in ROSTER_COLUMNS])
        self.roster.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roster.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roster.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.roster.verticalHeader().hide()
        self.roster.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        for col, width in enumerate((34, 140, 170, 150, 34, 90, 48, 150)):
            self.roster.setColumnWidth(col, width)
        self.roster.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.roster.currentCellChanged.connect(lambda row, _c, _pr, _pc: self.select_member(row))
        top_layout.addWidget(self.roster, 1)
        buttons = QHBoxLayout()
        for text, tip, slot in (
            (self.tr("&Tambah ART"), self.tr("Tambah ART (Insert)"), self.add_member),
            (self.tr("&Hapus ART"), self.tr("Hapus ART terpilih (Delete)"), self.remove_member),
            (self.tr("Naik"), self.tr("Pindahkan ke atas (Alt+↑)"), lambda: self.move_member(-1)),
            (self.tr("Turun"), self.tr("Pindahkan ke bawah (Alt+↓)"), lambda: self.move_member(1)),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        top_layout.addLayout(buttons)
        for keys, slot in (("Insert", self.add_member), ("Delete", self.remove_member),
                           ("Alt+Up", lambda: self.move_member(-1)), ("Alt+Down", lambda: self.move_member(1))):
            QShortcut(QKeySequence(keys), self.roster, activated=slot, context=Qt.ShortcutContext.WidgetShortcut)
        split.addWidget(top)

        inner = QWidget()
        self.member_form = QFormLayout(inner)
        self.member_title = QLabel()
        font = self.member_title.font()
        font.setBold(True)
        self.member_title.setFont(font)
        self.member_form.addRow(self.member_title)
        yes_no: list[Variable] = []
        for var in ART_VARS:
            if var.kind == "yesno":
                yes_no.append(var)
                continue
            self.member_form.addRow(self._caption(var), self._editor_box(var, member=True))
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 6, 0, 0)
        half = (len(yes_no) + 1) // 2
        for i, var in enumerate(yes_no):
            grid.addWidget(self._editor_box(var, member=True), i % half, i // half)
        self.member_form.addRow(grid_host)
        self.member_fields["no_urut"].editor.setReadOnly(True)
        self.member_detail = self._scroll(inner)
        split.addWidget(self.member_detail)
        split.setSizes([190, 420])
        layout.addWidget(split)
        return page

    def _build_problems_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 0, 0, 0)
        self.problem_header = QLabel(self.tr("Masalah"))
        font = self.problem_header.font()
        font.setBold(True)
        self.problem_header.setFont(font)
        layout.addWidget(self.problem_header)
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problemList")
        self.problem_list.setWordWrap(True)
        self.problem_list.itemActivated.connect(self._jump)
        self.problem_list.itemClicked.connect(self._jump)
        layout.addWidget(self.problem_list, 1)
        panel.setMinimumWidth(230)
        return panel

    # ================= loading =================
    def load(self, hh: HouseholdDTO, *, dirty: bool = False, member_index: int | None = None) -> None:
        self._loading = True
        try:
            self.base = hh
            self.ruta = dict(hh.values)
            self.families = [{"nomor_urut": f.nomor_urut, "no_kk": f.no_kk, "id": f.id, "uid": f.uid}
                             for f in hh.families]
            self.members = [dict(m.values) for m in hh.members]
            self.member_meta = [(m.id, m.uid) for m in hh.members]
            self.parse_problems.clear()
            for name, box in self.ruta_fields.items():
                box.editor.set_value(self.ruta.get(name))
            self.state.setCurrentIndex(max(self.state.findData(hh.record_state), 0))
            info = self.ctx.kelurahan
            self.kelurahan_label.setText(
                f"{hh.kelurahan_kode} — {info.kelurahan_name}, {info.kecamatan_name}, {info.kota_name}"
                if info and info.kelurahan_code == hh.kelurahan_kode else hh.kelurahan_kode)
            self._fill_families()
            self._fill_roster()
            self.current_member = None
            self.select_member(member_index if member_index is not None and self.members else 0)
        finally:
            self._loading = False
        self.dirty = dirty
        self._update_title()
        self.validate()
        self.tabs.setCurrentIndex(0)

    def _update_title(self) -> None:
        hh = self.base
        if hh is None:
            return
        name = self.ruta.get("nama_krt") or next((m.get("nama") for m in self.members if m.get("hub_krt") == 1), "")
        if hh.id is None:
            text = self.tr("Usulan baru")
        else:
            text = self.tr("Rumah tangga #{id}").format(id=hh.id)
        if name:
            text += f" · {name}"
        if self.ruta.get("alamat"):
            text += f" · {self.ruta['alamat']}"
        if self.dirty:
            text += " " + self.tr("(belum disimpan)")
        self.title.setText(text)

    def _fill_families(self) -> None:
        self.family_table.blockSignals(True)
        self.family_table.setRowCount(len(self.families))
        for row, f in enumerate(self.families):
            self.family_table.setItem(row, 0, QTableWidgetItem(str(f.get("nomor_urut") or "")))
            self.family_table.setItem(row, 1, QTableWidgetItem(f.get("no_kk") or ""))
        self.family_table.blockSignals(False)

    def _fill_roster(self) -> None:
        self.roster.blockSignals(True)
        self.roster.setRowCount(len(self.members))
        for row in range(len(self.members)):
            self._fill_roster_row(row)
        self.roster.blockSignals(False)

    def _fill_roster_row(self, row: int) -> None:
        m = self.members[row]
        birth = m.get("tanggal_lahir")
        age = age_on(birth, self.ctx.today) if isinstance(birth, dt.date) else None
        sex = {1: "L", 2: "P"}.get(m.get("jenis_kelamin"), "")
        cells = (str(row + 1), m.get("nik") or "", m.get("nama") or "",
                 CODELISTS["hub_krt"].label(m.get("hub_krt")), sex,
                 fmt_date(birth) if isinstance(birth, dt.date) else "", "" if age is None else str(age),
                 CODELISTS["status_art"].label(m.get("status_art")))
        for col, text in enumerate(cells):
            item = self.roster.item(row, col)
            if item is None:
                item = QTableWidgetItem()
                self.roster.setItem(row, col, item)
            item.setText(text)

    # ================= editing =================
    def _field_changed(self, var: Variable, member: bool) -> None:
        if self._loading:
            return
        box = (self.member_fields if member else self.ruta_fields)[var.name]
        value, problem = box.editor.value()
        index = self.current_member if member else None
        if member and index is None:
            return
        key = (var.name, index)
        if problem:
            self.parse_problems[key] = problem
        else:
            self.parse_problems.pop(key, None)
        if member:
            assert index is not None
            self.members[index][var.name] = value
            self._fill_roster_row(index)
        else:
            self.ruta[var.name] = value
        self._apply_skips()  # at once: Tab must already jump past what no longer applies
        self._edited()

    def _edited(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self._update_title()
        self._validate_timer.start()
        self._draft_pending = True
        self._draft_timer.start()

    def _family_edited(self, item: QTableWidgetItem) -> None:
        row = item.row()
        text = item.text().strip()
        if item.column() == 0:
            self.families[row]["nomor_urut"] = int(text) if text.isdigit() else (text or None)
        else:
            self.families[row]["no_kk"] = text or None
        self._edited()

    def add_family(self) -> None:
        used = [f["nomor_urut"] for f in self.families if isinstance(f.get("nomor_urut"), int)]
        self.families.append({"nomor_urut": max(used, default=0) + 1, "no_kk": None, "id": None, "uid": None})
        self._fill_families()
        self.family_table.setCurrentCell(len(self.families) - 1, 1)
        self.family_table.setFocus()
        self._edited()

    def remove_family(self) -> None:
        row = self.family_table.currentRow()
        if 0 <= row < len(self.families):
            del self.families[row]
            self._fill_families()
            self._edited()

    def select_member(self, row: int | None) -> None:
        if row is None or not 0 <= row < len(self.members):
            self.current_member = None
            self.member_detail.setEnabled(False)
            self.member_title.setText(self.tr("Belum ada ART. Tekan Insert atau \"Tambah ART\"."))
            for box in self.member_fields.values():
                was = self._loading
                self._loading = True
                box.editor.set_value(None)
                self._loading = was
            return
        self.member_detail.setEnabled(True)
        if self.current_member == row and self.roster.currentRow() == row:
            return
        self.current_member = row
        was = self._loading
        self._loading = True
        try:
            values = self.members[row]
            for name, box in self.member_fields.items():
                box.editor.set_value(values.get(name))
            if self.roster.currentRow() != row:
                self.roster.setCurrentCell(row, 0)
        finally:
            self._loading = was
        self.member_title.setText(self.tr("ART ke-{n}").format(n=row + 1)
                                  + (f": {self.members[row].get('nama')}" if self.members[row].get("nama") else ""))
        self._show_problems_on_fields()
        self._apply_skips()

    def add_member(self) -> None:
        self.members.append(_blank_member(len(self.members) + 1))
        self.member_meta.append((None, None))
        self._fill_roster()
        self.select_member(len(self.members) - 1)
        self.member_fields["nama"].editor.setFocus()
        self._edited()

    def remove_member(self) -> None:
        row = self.current_member
        if row is None:
            return
        name = self.members[row].get("nama") or self.tr("tanpa nama")
        answer = ask.question(self, self.tr("Hapus ART"),
                              self.tr("Hapus ART ke-{n} ({nama}) dari rumah tangga ini?").format(n=row + 1, nama=name),
                              [("yes", self.tr("Hapus")), ("cancel", self.tr("Batal"))], "cancel")
        if answer != "yes":
            return
        del self.members[row]
        del self.member_meta[row]
        self._renumber()
        self.current_member = None
        self._fill_roster()
        self.select_member(min(row, len(self.members) - 1) if self.members else None)
        self._edited()

    def move_member(self, step: int) -> None:
        row = self.current_member
        if row is None or not 0 <= row + step < len(self.members):
            return
        other = row + step
        self.members[row], self.members[other] = self.members[other], self.members[row]
        self.member_meta[row], self.member_meta[other] = self.member_meta[other], self.member_meta[row]
        self._renumber()
        self.current_member = None
        self._fill_roster()
        self.select_member(other)
        self.roster.setFocus()
        self._edited()

    def _renumber(self) -> None:
        for i, m in enumerate(self.members):
            m["no_urut"] = i + 1

    # ================= validation =================
    def current_household(self) -> HouseholdDTO:
        assert self.base is not None
        families = tuple(FamilyDTO(nomor_urut=f["nomor_urut"], no_kk=f.get("no_kk"), id=f.get("id"),
                                   uid=f.get("uid")) for f in self.families)
        members = tuple(MemberDTO(values={**m, "no_urut": i + 1}, id=meta[0], uid=meta[1])
                        for i, (m, meta) in enumerate(zip(self.members, self.member_meta)))
        return replace(self.base, values=dict(self.ruta), families=families, members=members,
                       record_state=self.state.currentData())

    def validate(self) -> list[rules.Problem]:
        if self.base is None:
            return []
        final = self.state.currentData() == "final"
        found = rules.check_household(
            dict(self.ruta), [{"nomor_urut": f.get("nomor_urut"), "no_kk": f.get("no_kk")} for f in self.families],
            [dict(m) for m in self.members], today=self.ctx.today, known_prefix=known_nik_prefix, final=final)
        parsed = [rules.Problem(field, code, "error", member=member)
                  for (field, member), code in self.parse_problems.items()]
        taken = {(p.field, p.member) for p in parsed}
        self.problems = parsed + [p for p in found if (p.field, p.member) not in taken]
        self._show_problems_on_fields()
        self._fill_problem_list()
        self._apply_skips()
        self._mark_tabs()
        self._mark_roster()
        return self.problems

    def _show_problems_on_fields(self) -> None:
        first: dict[str, rules.Problem] = {}
        member_first: dict[str, rules.Problem] = {}
        family: list[str] = []
        for p in sorted(self.problems, key=lambda p: p.severity != "error"):
            if p.member is not None:
                if p.member == self.current_member and p.field in self.member_fields:
                    member_first.setdefault(p.field, p)
            elif p.field in self.ruta_fields:
                first.setdefault(p.field, p)
            elif p.field in KELUARGA:
                family.append(problem_message(p))
        for name, box in self.ruta_fields.items():
            p = first.get(name)
            box.show_problem(problem_text(p) if p else None, p.severity if p else "error")
        for name, box in self.member_fields.items():
            p = member_first.get(name)
            box.show_problem(problem_text(p) if p else None, p.severity if p else "error")
        self.family_message.setText("\n".join(family))
        self.family_message.setVisible(bool(family))

    def _fill_problem_list(self) -> None:
        self.problem_list.clear()
        errors = sum(1 for p in self.problems if p.is_error)
        warnings = len(self.problems) - errors
        if not self.problems:
            self.problem_header.setText(self.tr("Masalah: tidak ada"))
        else:
            self.problem_header.setText(self.tr("Masalah: {e} kesalahan, {w} peringatan").format(e=errors, w=warnings))
        for p in self.problems:
            item = QListWidgetItem(problem_message(p))
            item.setForeground(ERROR_COLOR if p.is_error else WARNING_COLOR)
            item.setData(Qt.ItemDataRole.UserRole, (p.field, p.member))
            item.setToolTip(self.tr("Kesalahan") if p.is_error else self.tr("Peringatan"))
            self.problem_list.addItem(item)

    def _apply_skips(self) -> None:
        skipped = rules.skipped_fields("ruta", self.ruta, today=self.ctx.today)
        for name, box in self.ruta_fields.items():
            box.setEnabled(name not in skipped)
        if self.current_member is not None:
            mskip = rules.skipped_fields("art", self.members[self.current_member], today=self.ctx.today)
            for name, box in self.member_fields.items():
                box.setEnabled(name not in mskip)

    def _block_of(self, p: rules.Problem) -> str:
        if p.member is not None:
            return "IV"
        if p.field in RUTA:
            return RUTA[p.field].block
        if p.field in KELUARGA:
            return "I"
        return "IV"

    def _mark_tabs(self) -> None:
        state: dict[str, str] = {}
        for p in self.problems:
            block = self._block_of(p)
            if p.is_error:
                state[block] = "error"
            else:
                state.setdefault(block, "warning")
        bar = self.tabs.tabBar()
        for key, _text, title in BLOCKS:
            s = state.get(key)
            color = ERROR_COLOR if s == "error" else WARNING_COLOR if s == "warning" else OK_COLOR
            bar.setTabTextColor(TAB_INDEX[key], color)
            verdict = {"error": self.tr("ada kesalahan"), "warning": self.tr("ada peringatan")}.get(
                s or "", self.tr("tanpa masalah"))
            bar.setTabToolTip(TAB_INDEX[key], f"{self.tr(title)}: {verdict}")

    def _mark_roster(self) -> None:
        bad = {p.member: p.is_error for p in sorted(self.problems, key=lambda p: p.is_error) if p.member is not None}
        for row in range(self.roster.rowCount()):
            color = None
            if row in bad:
                color = ERROR_COLOR if bad[row] else WARNING_COLOR
            for col in range(self.roster.columnCount()):
                item = self.roster.item(row, col)
                if item is not None:
                    item.setForeground(color or self.palette().text().color())

    def _jump(self, item: QListWidgetItem) -> None:
        field, member = item.data(Qt.ItemDataRole.UserRole)
        self.focus_field(field, member)

    def focus_field(self, field: str, member: int | None = None) -> None:
        """Show the tab holding a field and put the cursor in it (the problems panel's click)."""
        if member is not None and field in self.member_fields:
            self.tabs.setCurrentIndex(TAB_INDEX["IV"])
            self.select_member(member)
            box = self.member_fields[field]
            self.member_detail.ensureWidgetVisible(box)
            box.editor.setFocus()
        elif field in self.ruta_fields:
            block = RUTA[field].block
            self.tabs.setCurrentIndex(TAB_INDEX[block])
            box = self.ruta_fields[field]
            area = self.tabs.currentWidget()
            if isinstance(area, QScrollArea):
                area.ensureWidgetVisible(box)
            box.editor.setFocus()
        elif field in KELUARGA:
            self.tabs.setCurrentIndex(TAB_INDEX["I"])
            self.family_table.setFocus()
        elif field in ART:
            self.tabs.setCurrentIndex(TAB_INDEX["IV"])
            self.roster.setFocus()

    # ================= saving =================
    def save(self) -> None:
        if self.base is None or self._saving:
            return
        focused = self.focusWidget()
        if focused is not None:  # commit a code typed but not yet left ("3" then Ctrl+S)
            combo = focused if isinstance(focused, QComboBox) else focused.parent()
            if hasattr(combo, "commit"):
                combo.commit()
        self.validate()
        if self.parse_problems:
            (field, member), _code = next(iter(self.parse_problems.items()))
            self.focus_field(field, member)
            self._message(self.tr("Ada isian yang belum benar (tanda merah). Perbaiki dulu sebelum menyimpan."))
            return
        hh = self.current_household()
        self._saving = True
        self.save_button.setEnabled(False)
        households = self.ctx.services.households
        self.ctx.runner.run(lambda: households.save(hh), self._saved, self._save_failed)

    def _saved(self, result: SaveResult) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        old_id = self.base.id if self.base else None
        self.ctx.drafts.remove(old_id)
        self.ctx.drafts.remove(result.household.id)
        index = self.current_member
        self.load(result.household, member_index=index)
        self.saved.emit(result)

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationFailed) and exc.problems:
            self.validate()
            first = exc.problems[0]
            self.focus_field(first.field, first.member)
        if isinstance(exc, SiksError):
            self._message(error_message(exc))
        else:
            report_error(self, exc)

    def _message(self, text: str) -> None:
        from ..errors import show_message

        show_message(self, text)

    # ================= drafts =================
    def save_draft(self) -> None:
        if self.base is None or not self.dirty:
            return
        self._draft_pending = False
        self.ctx.drafts.save(self.base.id, self.current_household(), member_index=self.current_member)

    def _autosave_tick(self) -> None:
        if self._draft_pending:
            self.save_draft()

    def discard(self) -> None:
        """Leave without saving: forget the draft too."""
        if self.base is not None:
            self.ctx.drafts.remove(self.base.id)
        self.dirty = False
        self._draft_pending = False

    # ================= leaving =================
    def confirm_leave(self) -> bool:
        """The unsaved-changes guard. True when the form may be left (saved, discarded or nothing changed)."""
        if not self.dirty:
            return True
        answer = ask.question(self, self.tr("Perubahan belum disimpan"),
                              self.tr("Data rumah tangga ini sudah diubah tetapi belum disimpan."),
                              [("save", self.tr("Simpan")), ("discard", self.tr("Buang perubahan")),
                               ("cancel", self.tr("Batal"))], "cancel")
        if answer == "cancel":
            return False
        if answer == "discard":
            self.discard()
            return True
        self.save_draft()
        self.save()
        return False  # the save is asynchronous; the operator leaves after it lands

    def request_close(self) -> None:
        if self.confirm_leave():
            self.closed.emit()

    def request_step(self, step: int) -> None:
        if self.base is not None and self.base.id is not None and self.confirm_leave():
            self.step_requested.emit(step)


def new_household(ctx: AppContext) -> HouseholdDTO:
    """Usulan baru: a household from scratch, status II.5 = 7, tagged with its source."""
    code = ctx.kelurahan.kelurahan_code if ctx.kelurahan else ""
    return HouseholdDTO(kelurahan_kode=code, values={"status_verval": 7}, jenis="usulan_baru",
                        tahap_id=ctx.tahap.id if ctx.tahap else None, sources=(SourceTagDTO("usulan_baru"),),
                        families=(FamilyDTO(nomor_urut=1),), members=(MemberDTO(values={
                            "no_urut": 1, "hub_krt": 1, "hub_kk": 1, "status_art": 6, "nomor_urut_keluarga": 1}),))
