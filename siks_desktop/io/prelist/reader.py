"""Streaming read of a prelist workbook with python-calamine: sheet choice, header detection, merged cells.

calamine parses a sheet into a compact Rust range; ``iter_rows`` converts one row at a time to Python, so only the
current row's Python objects live at once (pitfalls.md: ~10× faster than openpyxl read-only). Numbers come back as
``float`` and date-only cells as ``datetime.date`` — normalize.py deals with both.

Row numbers here are **as Excel shows them** (1-based, counting title rows and the sheet's leading empty rows).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Sequence

from ...errors import SiksError
from .normalize import is_blank
from .presets import REQUIRED_FIELDS, Preset, header_key

HEADER_SCAN_ROWS = 40
_TOTALS = re.compile(r"^(SUB ?TOTAL|GRAND ?TOTAL|TOTAL|JUMLAH|JML)\b")
_TOTALS_FIRST = frozenset("SGTJ")  # what an upper-cased name must start with for _TOTALS to match
_NOTE = re.compile(r"^(SUMBER|KETERANGAN|KET|CATATAN|DICETAK|MENGETAHUI|TTD|PETUGAS)\b")


class PrelistFileError(SiksError):
    code = "prelist_file"
    default_message = "Berkas prelist tidak dapat dibaca."


@dataclass(frozen=True)
class Layout:
    """Where the data is: sheet, header row (Excel number), column index per field, the header texts."""

    sheet: str
    sheet_names: tuple[str, ...]
    header_row: int
    columns: dict[str, int]  # field → 0-based column in the row lists
    headers: tuple[str, ...]  # header text per column ("" for an empty header cell)
    unmapped: tuple[str, ...]  # header texts that matched no field
    last_row: int  # Excel number of the sheet's last row (for progress)

    @property
    def mapping(self) -> dict[str, str]:
        return {f: self.headers[c] for f, c in self.columns.items()}


class SheetReader:
    """One sheet of one workbook. ``layout(preset)`` finds the header; ``data_rows()`` streams what follows it."""

    def __init__(self, path: str | Path, sheet: str | None = None) -> None:
        import python_calamine as pc

        # calamine raises its own exception types (CalamineError, ZipError, XmlError, ...) for damaged files
        calamine_errors = tuple(getattr(pc, n) for n in ("CalamineError", "ZipError", "XmlError", "PasswordError",
                                                         "WorksheetNotFound") if hasattr(pc, n)) + (OSError,
                                                                                                     ValueError)
        self.path = Path(path)
        unreadable = "Berkas tidak dapat dibaca sebagai buku kerja Excel (.xlsx/.xls)."
        try:
            self._wb = pc.CalamineWorkbook.from_path(str(self.path))
            meta = [m for m in self._wb.sheets_metadata if m.typ == pc.SheetTypeEnum.WorkSheet]
        except calamine_errors as exc:
            raise PrelistFileError("prelist_unreadable", unreadable) from exc
        names = [m.name for m in meta]
        if sheet is None:
            visible = [m.name for m in meta if m.visible == pc.SheetVisibleEnum.Visible]
            if not visible:
                raise PrelistFileError("no_sheet", "Buku kerja tidak memiliki lembar kerja.")
            sheet = visible[0]
        elif sheet not in names:
            raise PrelistFileError("sheet_not_found", "Lembar kerja tidak ditemukan dalam berkas.",
                                   sheets=len(names))
        try:
            self._sheet = self._wb.get_sheet_by_name(sheet)
        except calamine_errors as exc:
            raise PrelistFileError("prelist_unreadable", unreadable) from exc
        self.sheet_name = sheet
        self.sheet_names = tuple(names)
        start = self._sheet.start or (0, 0)
        self._row0, self._col0 = int(start[0]), int(start[1])
        self.height = int(self._sheet.height)
        self.width = int(self._sheet.width)
        merged = self._sheet.merged_cell_ranges or []
        # relative (row, col) coordinates of merged ranges: ((r1, c1), (r2, c2))
        self._merged = sorted(((r1 - self._row0, c1 - self._col0), (r2 - self._row0, c2 - self._col0))
                              for (r1, c1), (r2, c2) in merged)

    def close(self) -> None:
        """Release the workbook and the parsed sheet. The sheet object holds calamine's whole cell range (~120 MB
        for 200k rows × 12 columns) until it is dropped, so drop it here: the import's database phase then runs
        without it."""
        self._sheet = None  # type: ignore[assignment]
        try:
            self._wb.close()
        except Exception:  # noqa: BLE001 - closing twice is harmless
            pass

    def excel_row(self, index: int) -> int:
        return self._row0 + index + 1

    def rows(self) -> Iterator[tuple[int, list[Any]]]:
        """(Excel row number, cells) for every row, merged ranges filled with their top-left value."""
        if not self._merged:  # the common case: no merged cells to fill
            number = self._row0 + 1
            for row in self._sheet.iter_rows():
                yield number, row
                number += 1
            return
        pending = list(self._merged)
        active: list[tuple[int, int, int, Any]] = []  # (last row, first col, last col, value)
        p = 0
        for i, row in enumerate(self._sheet.iter_rows()):
            if active:
                active = [a for a in active if a[0] >= i]
            while p < len(pending) and pending[p][0][0] == i:
                (r1, c1), (r2, c2) = pending[p]
                p += 1
                if 0 <= c1 < len(row):
                    active.append((r2, c1, min(c2, len(row) - 1), row[c1]))
            while p < len(pending) and pending[p][0][0] < i:
                p += 1
            for last, c1, c2, value in active:
                for c in range(c1, c2 + 1):
                    if is_blank(row[c]):
                        row[c] = value
            yield self._row0 + i + 1, row

    def layout(self, preset: Preset) -> Layout:
        """Find the header row (the best-matching of the first rows, or the mapping's ``header_row``)."""
        keys = preset.keys()
        best: tuple[int, int, list[Any]] | None = None  # (score, excel row, cells)
        for number, row in self.rows():
            if preset.header_row is not None:
                if number == preset.header_row:
                    best = (99, number, row)
                    break
                if number > preset.header_row:
                    break
                continue
            fields = {keys.get(header_key(c)) for c in row if not is_blank(c)} - {None}
            score = len(fields) + (2 if fields & set(REQUIRED_FIELDS) else 0)
            if len(fields) >= 2 and (best is None or score > best[0]):
                best = (score, number, row)
            if number - self._row0 > HEADER_SCAN_ROWS:
                break
        if best is None:
            raise PrelistFileError("header_not_found", "Baris judul kolom (NIK, NAMA, ...) tidak ditemukan; "
                                   "gunakan berkas pemetaan kolom.")
        _, number, row = best
        headers = tuple("" if is_blank(c) else " ".join(str(c).split()) for c in row)
        columns: dict[str, int] = {}
        unmapped: list[str] = []
        for col, text in enumerate(headers):
            fld = keys.get(header_key(text)) if text else None
            if fld is None:
                if text:
                    unmapped.append(text)
                continue
            columns.setdefault(fld, col)  # the first column with a field wins ("NO" vs "NO URUT")
        missing = [f for f in REQUIRED_FIELDS if f not in columns]
        if missing:
            raise PrelistFileError("column_missing", "Kolom wajib tidak ditemukan pada baris judul: "
                                   + ", ".join(f.upper() for f in missing) + ".", row=number)
        return Layout(sheet=self.sheet_name, sheet_names=self.sheet_names, header_row=number, columns=columns,
                      headers=headers, unmapped=tuple(unmapped), last_row=self._row0 + self.height)

    def data_rows(self, layout: Layout) -> Iterator[tuple[int, list[Any]]]:
        for number, row in self.rows():
            if number > layout.header_row:
                yield number, row

    def __enter__(self) -> SheetReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def skip_kind(row: Sequence[Any], layout: Layout, header_keys: frozenset[str]) -> str | None:
    """Why a row is not data: ``blank``, ``numbering`` ("(1) (2) (3)" under the header), ``header`` (repeated on a
    new printed page), ``totals`` (JUMLAH/TOTAL), ``note`` (Sumber:, Keterangan:, signature blocks). None for data.

    Skipped rows are not counted as read, imported or rejected.
    """
    nik_col, name_col = layout.columns.get("nik"), layout.columns.get("nama")
    if nik_col is not None and name_col is not None and nik_col < len(row) and name_col < len(row):
        nik, name = row[nik_col], row[name_col]
        # fast path for the 99% case, an ordinary data row: an identity and no totals/header word in it
        if name.__class__ is str and nik is not None and nik != "":
            stripped = name.strip()
            if stripped and (nik.__class__ is not str or nik.strip()) and not (
                    stripped[0].upper()[:1] in _TOTALS_FIRST and _TOTALS.match(stripped.upper())):
                key = header_key(name)
                if key not in header_keys and not key.isdigit():
                    return None
        elif not is_blank(nik) and not is_blank(name) and not isinstance(name, (str, float)):
            return None
    cells = [c for c in row if not is_blank(c)]
    if not cells:
        return "blank"
    texts = [header_key(c) for c in cells]
    if len(cells) >= 3 and all(t.isdigit() for t in texts):
        nums = [int(t) for t in texts]
        if nums == list(range(nums[0], nums[0] + len(nums))) and nums[0] <= 2:
            return "numbering"
    if sum(1 for t in texts if t in header_keys) >= 2:
        return "header"
    first_texts = [" ".join(str(c).upper().split()) for c in cells if isinstance(c, str)]
    identity = [row[c] for c in (nik_col, name_col) if c is not None and c < len(row)]
    no_identity = all(is_blank(v) or (isinstance(v, str) and _TOTALS.match(v.strip().upper())) for v in identity)
    if any(_TOTALS.match(t) for t in first_texts) and (no_identity or len(cells) <= 3):
        return "totals"
    if no_identity and (any(_NOTE.match(t) for t in first_texts) or len(cells) <= 2):
        return "note"
    return None
