"""Valid households for service tests."""
from __future__ import annotations

import datetime as dt
from typing import Any

from siks_desktop.dto import FamilyDTO, HouseholdDTO, MemberDTO, SourceTagDTO
from tests.conftest import GAMBIR, make_nik


def member(no: int, nama: str, born: dt.date, sex: int, hub_krt: int, *, serial: int, nuk: int = 1,
           hub_kk: int | None = None, **extra: Any) -> MemberDTO:
    age = (dt.date(2026, 11, 23) - born).days // 365
    values: dict[str, Any] = {
        "no_urut": no, "nama": nama, "nik": make_nik(born, sex, serial), "hub_krt": hub_krt,
        "nomor_urut_keluarga": nuk, "hub_kk": hub_kk or hub_krt, "jenis_kelamin": sex, "tempat_lahir": "Jakarta",
        "tanggal_lahir": born, "status_kawin": 2 if age >= 20 else 1, "tercantum_kk": 1,
        "kartu_identitas": 5 if age >= 17 else 1, "jenis_cacat": 0, "penyakit_kronis": 0,
        "partisipasi_sekolah": 2 if age >= 19 else 1, "pendidikan": 7 if age >= 19 else 1,
        "kelas": 8 if age >= 19 else 3, "ijazah": 3 if age >= 19 else 0, "status_art": 1,
    }
    if age >= 20 and values["status_kawin"] == 2:
        values["akta_nikah"] = 1
    if sex == 2 and 10 <= age <= 54:
        values["hamil"] = 2
    if age >= 5:
        values.update({"bekerja": 1, "jam_kerja": 40, "lapangan_usaha": 12, "status_pekerjaan": 4} if age >= 19
                      else {"bekerja": 2})
    values.update(extra)
    return MemberDTO(values=values)


def household(serial_base: int = 1, *, state: str = "final", alamat: str = "Jl. Kebon Kelapa No. 7",
              sources: tuple[SourceTagDTO, ...] = (), **ruta: Any) -> HouseholdDTO:
    members = (
        member(1, "Ahmad Suryadi", dt.date(1980, 8, 17), 1, 1, serial=serial_base),
        member(2, "Siti Aminah", dt.date(1984, 3, 5), 2, 2, serial=serial_base + 1),
        member(3, "Rizky Pratama", dt.date(2012, 1, 20), 1, 3, serial=serial_base + 2),
    )
    values: dict[str, Any] = {
        "nama_sls": "RT 003 RW 005", "rw": "005", "rt": "003", "alamat": alamat, "nama_krt": "Ahmad Suryadi",
        "jumlah_art": 3, "jumlah_keluarga": 1, "tanggal_verval": dt.date(2023, 7, 20), "nama_petugas": "Petugas A",
        "status_verval": 1, "sta_bangunan": 1, "sta_lahan": 1, "luas_lantai": 36, "lantai": 2, "dinding": 1,
        "kondisi_dinding": 1, "atap": 2, "kondisi_atap": 1, "jumlah_kamar": 2, "sumber_airminum": 2,
        "cara_peroleh_airminum": 1, "sumber_penerangan": 1, "daya": 2, "bb_masak": 3, "fasbab": 1, "kloset": 1,
        "buang_tinja": 1, "ada_tabung_gas": False, "ada_lemari_es": True, "ada_tv": True, "ada_motor": True,
    }
    values.update(ruta)
    kk = f"317101{17:02d}{8:02d}{10:02d}{serial_base:04d}"
    return HouseholdDTO(kelurahan_kode=GAMBIR, values=values, families=(FamilyDTO(1, kk),), members=members,
                        sources=sources, record_state=state)
