"""Problems of one prelist row, their Indonesian sentences, and the error report workbook for the sending agency.

Codes of the instrument rules (``nik_format``, ``kk_region``, ...) take their sentence from domain.messages; the
codes that only an import can raise are worded here. No message ever holds a NIK, a name or a birth date: the
agency finds the person by the Excel row number.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ...domain.messages import Problem, caption

IMPORT_MESSAGES = {
    "nik_precision_lost": "tersimpan sebagai angka dan kehilangan ketelitian (notasi ilmiah, 15 digit, atau melebihi "
                          "2^53); kirim ulang kolom ini sebagai teks",
    "kk_precision_lost": "tersimpan sebagai angka dan kehilangan ketelitian (notasi ilmiah, 15 digit, atau melebihi "
                         "2^53); kirim ulang kolom ini sebagai teks",
    "nik_required": "wajib diisi untuk prelist (dipakai untuk memadankan orang yang sama)",
    "nama_required": "wajib diisi",
    "date_invalid": "tidak dapat dibaca sebagai tanggal (contoh yang diterima: 17-08-1980, 17/08/1980, 1980-08-17, "
                    "17 Agustus 1980)",
    "sex_invalid": "harus L/P, LAKI-LAKI/PEREMPUAN atau 1/2",
    "desil_invalid": "harus angka desil 1 sampai 4",
    "nik_duplicate_in_file": "sama dengan NIK pada baris {baris_lain} dalam berkas ini; baris ini dilewati",
    "region_unknown": "berisi kode wilayah BPS (KDPROP/KDKAB/KDKEC/KDDESA) yang tidak dikenal",
    "region_outside": "berada di luar kelurahan/desa basis data ini",
    "idbdt_kk_conflict": "tercatat dengan IDBDT yang berbeda dari anggota lain dengan Nomor KK sama",
}

CAPTIONS = {"desil": "Desil P3KE", "kelurahan_kode": "I.1–4 Wilayah", "idbdt": "IDBDT", "ref": "Nomor referensi"}


@dataclass(frozen=True)
class RowProblem:
    """A problem of one row: Excel row number, field, code, severity and parameters (never personal data)."""

    row: int
    field: str
    code: str
    severity: str = "error"
    params: tuple[tuple[str, str | int], ...] = ()

    @property
    def message(self) -> str:
        template = IMPORT_MESSAGES.get(self.code)
        if template is None:
            return Problem(self.field, self.code, "error" if self.severity == "error" else "warning",
                           params=self.params).message
        label = CAPTIONS.get(self.field) or caption(self.field, 0)
        return f"{label} {template.format(**dict(self.params))}"

    def as_dict(self) -> dict[str, object]:
        return {"row": self.row, "field": self.field, "code": self.code, "message": self.message}


def write_error_report(path: str | Path, problems: Iterable[RowProblem], *, file_name: str = "",
                       source: str = "") -> Path:
    """``.xlsx`` with one line per problem (Baris, Kolom, Kode, Keterangan, Tingkat), for the agency to fix."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    target = Path(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Kesalahan")
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 26
    ws.column_dimensions["D"].width = 90
    ws.column_dimensions["E"].width = 12
    if file_name or source:
        ws.append([f"Laporan kesalahan impor prelist {source.upper()}: {file_name}".strip()])
        ws.append([])
    bold = Font(bold=True)
    header = []
    for text in ("Baris", "Kolom", "Kode", "Keterangan", "Tingkat"):
        cell = WriteOnlyCell(ws, value=text)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    for p in sorted(problems, key=lambda p: (p.row, p.severity != "error", p.field)):
        ws.append([p.row, p.field, p.code, p.message, "kesalahan" if p.severity == "error" else "peringatan"])
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    wb.save(tmp)
    tmp.replace(target)
    return target
