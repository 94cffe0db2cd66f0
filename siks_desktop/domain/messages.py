"""Problems found by the instrument rules, and their Indonesian sentences.

``Problem`` lives here (and is re-exported by ``domain.rules``) so that ``domain.nik`` and ``domain.rules`` can both
use it without importing each other. A problem carries a stable ``code`` and non-personal ``params`` only (no NIK, no
name, no birth date: architecture.md "one error funnel"); the sentence is built here, in one place, from
``MESSAGES`` and the field's caption in the instrument registry ("IV.3 NIK harus 16 digit angka").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Mapping

from .instrument import ART, KELUARGA, RUTA

Severity = Literal["error", "warning"]
ParamValue = str | int


@dataclass(frozen=True)
class Problem:
    """One rule violation on one field.

    ``member`` is the 0-based roster index of the ART for Blok IV problems, None for ruta/keluarga level.
    ``params`` are (name, value) pairs for the message; never personal data.
    """

    field: str
    code: str
    severity: Severity
    member: int | None = None
    params: tuple[tuple[str, ParamValue], ...] = ()

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    @property
    def message(self) -> str:
        return format_message(self)

    def param(self, name: str) -> ParamValue | None:
        for key, value in self.params:
            if key == name:
                return value
        return None


# code → template; the sentence is "<caption> <template>". Params are filled with str.format_map.
MESSAGES: Mapping[str, str] = {
    # NIK (domain.md §4)
    "nik_format": "harus 16 digit angka",
    "nik_province": "memuat kode provinsi (2 digit pertama) yang tidak dikenal",
    "nik_region": "memuat kode kecamatan (6 digit pertama) yang tidak dikenal",
    "nik_birth_date": "memuat tanggal lahir (digit 7–12) yang tidak valid",
    "nik_serial": "memuat nomor urut (4 digit terakhir) 0000 yang tidak valid",
    "nik_placeholder": "tampak seperti NIK isian sementara, bukan NIK sebenarnya",
    "nik_outside_region": "berasal dari luar provinsi setempat (kode provinsi {provinsi}); periksa kembali",
    "nik_sex_mismatch": "tidak sesuai dengan jenis kelamin (tanggal lahir perempuan pada NIK ditambah 40)",
    "nik_birth_date_mismatch": "tidak sesuai dengan tanggal lahir yang diisi",
    "nik_age_mismatch": "menunjukkan umur yang berbeda lebih dari 1 tahun dengan umur menurut tanggal lahir",
    "nik_duplicate_in_household": "sama dengan NIK ART ke-{art_lain} dalam rumah tangga ini",
    # Nomor KK (domain.md §4)
    "kk_format": "harus 16 digit angka",
    "kk_region": "memuat kode wilayah (6 digit pertama) yang tidak dikenal",
    "kk_date": "memuat tanggal pencatatan (digit 7–12) yang tidak valid",
    "kk_serial": "memuat nomor urut (4 digit terakhir) 0000 yang tidak valid",
    "kk_placeholder": "tampak seperti nomor KK isian sementara, bukan nomor sebenarnya",
    "kk_equals_nik": "tidak boleh sama dengan NIK anggota rumah tangga",
    "kk_duplicate_in_household": "sama dengan Nomor KK keluarga ke-{keluarga_lain} dalam rumah tangga ini",
    "krt_kk_missing": "belum diisi untuk keluarga kepala rumah tangga",
    # Values (instrument registry)
    "required": "wajib diisi",
    "code_unknown": "berisi kode yang tidak ada dalam daftar kode",
    "invalid_value": "berisi nilai yang tidak sesuai jenis isian",
    "out_of_range": "harus bernilai antara {min} dan {max}",
    "out_of_range_min": "harus bernilai paling sedikit {min}",
    "out_of_range_max": "harus bernilai paling banyak {max}",
    "too_long": "paling banyak {max_len} karakter",
    "date_future": "tidak boleh tanggal yang akan datang",
    "skipped_filled": "seharusnya dilewati (tidak berlaku) tetapi terisi",
    "hamil_implausible": "diisi hamil untuk ART yang belum kawin; periksa kembali",
    # Household structure (domain.md §1.4 Validations)
    "krt_count": "bernilai 1 (kepala rumah tangga) pada {jumlah} ART; harus tepat satu",
    "jumlah_art_mismatch": "tercatat {tercatat}, tetapi daftar ART berisi {dihitung} orang",
    "jumlah_keluarga_mismatch": "tercatat {tercatat}, tetapi ART terbagi dalam {dihitung} keluarga",
    "family_missing": "merujuk keluarga ke-{keluarga} yang tidak ada dalam rumah tangga ini",
    "family_duplicate": "dipakai lebih dari satu keluarga",
    "kk_head_count": "bernilai 1 (kepala keluarga) pada {jumlah} ART; paling banyak satu per keluarga",
}


class _Params(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def caption(field: str, member: int | None = None) -> str:
    """Form number and label of a field ("IV.3 NIK"); the bare name for a field outside the registry."""
    order = (ART, RUTA, KELUARGA) if member is not None else (RUTA, KELUARGA, ART)
    for registry in order:
        var = registry.get(field)
        if var is not None:
            return var.caption
    return field


def _template(problem: Problem) -> str:
    if problem.code == "out_of_range":
        keys = {k for k, _ in problem.params}
        if "max" not in keys:
            return MESSAGES["out_of_range_min"]
        if "min" not in keys:
            return MESSAGES["out_of_range_max"]
    return MESSAGES.get(problem.code, "tidak lolos pemeriksaan ({code})")


def format_message(problem: Problem) -> str:
    """The Indonesian sentence for a problem, prefixed with the ART or family it concerns."""
    params = _Params({k: v for k, v in problem.params})
    params.setdefault("code", problem.code)
    text = f"{caption(problem.field, problem.member)} {_template(problem).format_map(params)}"
    if problem.member is not None:
        return f"ART ke-{problem.member + 1}: {text}"
    if "keluarga" in params and problem.code != "family_missing":
        return f"Keluarga ke-{params['keluarga']}: {text}"
    return text
