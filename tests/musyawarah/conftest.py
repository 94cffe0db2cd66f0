"""Fixtures of the musyawarah tests: saved households, a prepared musyawarah, and a small PKI (one CA, a Lurah of
Gambir, an operator, a Lurah of another kelurahan)."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from siks_desktop.io import pki as pki_mod
from siks_desktop.services.musyawarah import KeputusanDTO, MusyawarahInput, PesertaDTO
from tests.conftest import GAMBIR
from tests.services.factories import household

CA_PW = b"ca-sandi-rahasia"
P12_PW = b"sandi-p12"
PASSWORD = "rahasia-123"


@pytest.fixture(scope="session")
def mpki(tmp_path_factory):
    d = tmp_path_factory.mktemp("mpki")
    ca = pki_mod.init_ca(d / "ca", "SIKS Dinsos Uji CA", CA_PW)
    lurah = pki_mod.issue(d / "ca", CA_PW, name="Budi Santoso, S.Sos", role="lurah", kelurahan_code=GAMBIR,
                          out_p12=d / "lurah.p12", p12_password=P12_PW)
    operator = pki_mod.issue(d / "ca", CA_PW, name="Siti Aminah", role="operator", kelurahan_code=GAMBIR,
                             out_p12=d / "operator.p12", p12_password=P12_PW)
    other = pki_mod.issue(d / "ca", CA_PW, name="Lurah Lain", role="lurah", kelurahan_code="31.71.01.1002",
                          out_p12=d / "other.p12", p12_password=P12_PW)
    return SimpleNamespace(dir=d, ca=ca, lurah=lurah, operator=operator, other=other)


@pytest.fixture
def users(services):  # type: ignore[no-untyped-def]
    return SimpleNamespace(operator=services.login("operator", PASSWORD), lurah=services.login("lurah", PASSWORD),
                           kecamatan=services.login("kecamatan", PASSWORD), admin=services)


@pytest.fixture
def household_ids(users):  # type: ignore[no-untyped-def]
    """Five saved households: three found (status 1), one not found (2), one moved (3)."""
    ids = []
    statuses = [1, 1, 1, 2, 3]
    for i, st in enumerate(statuses):
        hh = household(serial_base=10 * i + 1, alamat=f"Jl. Kebon Kelapa No. {i + 1}", status_verval=st,
                       rt=f"{i + 1:03d}")
        ids.append(users.operator.households.save(hh).household.id)
    return ids


def meeting_input(**over) -> MusyawarahInput:  # type: ignore[no-untyped-def]
    values = {"tanggal": dt.date(2023, 7, 31), "tempat": "Aula Kantor Kelurahan Gambir",
              "pimpinan_nama": "Budi Santoso, S.Sos", "pimpinan_jabatan": "Lurah Gambir",
              "pimpinan_nip": "19780512 200312 1 004", "notulen_nama": "Siti Aminah",
              "notulen_jabatan": "Operator SIKS Kelurahan", "waktu_mulai": "09.00", "waktu_selesai": "12.00"}
    values.update(over)
    return MusyawarahInput(**values)


PESERTA = (
    PesertaDTO("Budi Santoso, S.Sos", "lurah", "Lurah Gambir"),
    PesertaDTO("Dra. Endang Kusumawati", "sekel"),
    PesertaDTO("H. Abdul Rachman", "lmk", "Ketua LMK", wakil=True),
    PesertaDTO("Bambang Setiawan", "ketua_rw", "Ketua RW 005", rw="005"),
    PesertaDTO("Maria Simanjuntak", "tokoh", "Tokoh Perempuan", hadir=False),
)


@pytest.fixture
def prepared(users, household_ids):  # type: ignore[no-untyped-def]
    """A musyawarah with participants and a decision for every household."""
    svc = users.operator.musyawarah
    m = svc.create(meeting_input())
    svc.set_participants(m.id, PESERTA)
    a, b, c, d, e = household_ids
    return svc.set_decisions(m.id, [
        KeputusanDTO(a, 1, "Memenuhi kriteria"), KeputusanDTO(b, 2, "Memiliki mobil"),
        KeputusanDTO(c, 1), KeputusanDTO(d, 3), KeputusanDTO(e, 4, "Pindah ke Bekasi")])
