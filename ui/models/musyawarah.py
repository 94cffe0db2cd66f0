"""Table model of the decisions of one musyawarah (keputusan per rumah tangga).

Rows are plain tuples built on the worker (``load_decisions``): ``data()`` never queries. A musyawarah decides tens to
a few thousand households, all loaded at once with the record."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from siks_desktop.services.musyawarah import KEPUTUSAN, MusyawarahDTO

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class DecisionRow:
    ruta_id: int
    nama_krt: str
    alamat: str
    rt_rw: str
    keputusan: int
    alasan: str


def household_label(hh: Any) -> tuple[str, str, str]:
    """(nama KRT, alamat, RT/RW) of a HouseholdDTO."""
    nama = hh.get("nama_krt") or next((m.values.get("nama") for m in hh.members if m.values.get("hub_krt") == 1),
                                      None) or "-"
    rt_rw = f"{hh.get('rt') or '-'}/{hh.get('rw') or '-'}"
    return str(nama), str(hh.get("alamat") or "-"), rt_rw


def load_decisions(services: Any, m: MusyawarahDTO) -> list[DecisionRow]:
    """Worker thread: the decisions with each household's name and address."""
    rows = []
    for k in m.keputusan:
        try:
            nama, alamat, rt_rw = household_label(services.households.get(k.ruta_id))
        except Exception:  # noqa: BLE001 - a household deleted meanwhile still shows its decision
            nama, alamat, rt_rw = "-", "-", "-"
        rows.append(DecisionRow(k.ruta_id, nama, alamat, rt_rw, k.keputusan, k.alasan or ""))
    return rows


def keputusan_label(code: int) -> str:
    return KEPUTUSAN.label(code) if code in KEPUTUSAN else str(code)


class DecisionTableModel(QAbstractTableModel):
    # QT_TRANSLATE_NOOP marks them for lupdate; headerData translates at display time.
    HEADERS = (QT_TRANSLATE_NOOP("DecisionTableModel", "No"), QT_TRANSLATE_NOOP("DecisionTableModel", "Nama KRT"),
               QT_TRANSLATE_NOOP("DecisionTableModel", "Alamat"), QT_TRANSLATE_NOOP("DecisionTableModel", "RT/RW"),
               QT_TRANSLATE_NOOP("DecisionTableModel", "Keputusan"),
               QT_TRANSLATE_NOOP("DecisionTableModel", "Alasan"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[DecisionRow] = []

    def set_rows(self, rows: list[DecisionRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, ruta_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.ruta_id == ruta_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            from PySide6.QtCore import QCoreApplication

            return QCoreApplication.translate("DecisionTableModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (str(index.row() + 1), r.nama_krt, r.alamat, r.rt_rw, keputusan_label(r.keputusan),
                    r.alasan)[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return r.ruta_id
        return None
