"""The instrument's variables: registry ↔ docs/instrument.md ↔ ORM models ↔ the names domain.md lists."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import Boolean, Date, Float, Integer, SmallInteger, String

from siks_desktop.db import models
from siks_desktop.domain import codelists, docgen, instrument

DOC = Path(__file__).resolve().parents[2] / "docs" / "instrument.md"
COLUMN_TYPES = {"code": (SmallInteger, Integer), "int": (Integer,), "float": (Float,), "text": (String,),
                "date": (Date,), "yesno": (Boolean,)}

# Every BDT/DTKS field of domain.md §1.2 (Blok III, V) and §1.4 (Blok IV) that belongs to the instrument.
DOMAIN_RUTA = """Nama_SLS Nama_KRT Jumlah_ART Jumlah_Keluarga Alamat sta_bangunan sta_lahan luas_lantai lantai dinding
kondisi_dinding atap kondisi_atap jumlah_kamar sumber_airminum nomor_meter_air cara_peroleh_airminum sumber_penerangan
daya nomor_pln bb_masak nomor_gas fasbab kloset buang_tinja ada_tabung_gas ada_lemari_es ada_ac ada_pemanas ada_telepon
ada_tv ada_emas ada_laptop ada_sepeda ada_motor ada_mobil ada_perahu ada_motor_tempel ada_perahu_motor ada_kapal
aset_tak_bergerak luas_atb rumah_lain jumlah_sapi jumlah_kerbau jumlah_kuda jumlah_babi jumlah_kambing sta_art_usaha
sta_kks sta_kip sta_kis sta_bpjs_mandiri sta_jamsostek sta_asuransi sta_pkh sta_rastra sta_kur sta_keberadaan_RT""".split()
DOMAIN_ART = """Nama JnsKel TmpLahir TglLahir NIK NoKK Hub_KRT NUK Hubkel Sta_kawin Ada_akta_nikah Ada_diKK
Ada_kartu_identitas Sta_hamil Jenis_cacat Penyakit_kronis Partisipasi_sekolah Pendidikan_tertinggi Kelas_tertinggi
Ijazah_tertinggi Sta_Bekerja Jumlah_jamkerja Lapangan_usaha Status_pekerjaan Sta_keberadaan_art Ada_kks Ada_pbi Ada_kip
Ada_pkh Ada_rastra namagadis_ibukandung""".split()
# Code lists named in domain.md §1.3, §1.4, §2.1 and the Decisions.
DOMAIN_CODELISTS = """sta_bangunan sta_lahan lantai dinding kondisi atap sumber_airminum cara_peroleh_airminum
sumber_penerangan daya bb_masak fasbab kloset buang_tinja hub_krt jenis_kelamin status_kawin akta_nikah ya_tidak
kartu_identitas jenis_cacat penyakit_kronis partisipasi_sekolah pendidikan kelas ijazah lapangan_usaha status_pekerjaan
status_ruta status_art keputusan_musyawarah desil""".split()


def doc_rows() -> list[list[str]]:
    rows = []
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("| ") and "`" in line and line.count("|") == 9:
            rows.append([c.strip() for c in line.strip("|").split("|")])
    return rows


def test_doc_is_current() -> None:
    assert DOC.read_text(encoding="utf-8") == docgen.render(), "run: python -m siks_desktop.domain.docgen"


def test_every_variable_is_in_the_doc_table() -> None:
    names = [r[3].strip("`") for r in doc_rows()]
    assert names == [v.name for v in instrument.ALL_VARS]


@pytest.mark.parametrize("row", doc_rows(), ids=lambda r: r[3])
def test_doc_column_exists_with_the_right_type(row: list[str]) -> None:
    var = {v.name: v for v in instrument.ALL_VARS if v.name == row[3].strip("`")}
    assert var, row
    (v,) = var.values()
    table, column = row[4].strip("`").split(".")
    col = models.Base.metadata.tables[table].c.get(column)
    assert col is not None, f"{table}.{column} missing in the models"
    assert isinstance(col.type, COLUMN_TYPES[v.kind]), (v.name, col.type)
    if v.kind == "text" and v.max_len:
        assert col.type.length is None or col.type.length >= v.max_len


def test_every_instrument_column_of_the_models_is_in_the_registry() -> None:
    bookkeeping = {"id", "uid", "ruta_id", "keluarga_id", "tahap_id", "idbdt", "idartbdt", "jenis", "record_state",
                   "revision", "created_at", "updated_at"}
    for level, table in docgen.TABLES.items():
        registered = {v.name for v in instrument.ALL_VARS if v.level == level and not v.stored_as}
        columns = set(models.Base.metadata.tables[table].c.keys()) - bookkeeping
        assert columns == registered, (table, columns ^ registered)


def test_domain_md_field_names_are_covered() -> None:
    bdt = {v.bdt for v in instrument.ALL_VARS if v.bdt}
    assert set(DOMAIN_RUTA) - bdt == set()
    assert set(DOMAIN_ART) - bdt == set()


def test_domain_md_code_lists_exist_and_codes_are_unique() -> None:
    assert set(DOMAIN_CODELISTS) <= set(codelists.CODELISTS)
    for cl in codelists.CODELISTS.values():
        assert len(cl.values) == len(set(cl.values)), cl.name
        assert cl.version == codelists.CODELIST_VERSION


def test_yes_no_alternation_follows_the_form() -> None:
    """V.1 a, c, e … are 1/2; b, d, f … are 3/4 (domain.md §1.5); same for the programme items."""
    v1 = [v for v in instrument.RUTA_VARS if re.fullmatch(r"V\.1[a-o]", v.form_no)]
    assert len(v1) == 15
    for i, v in enumerate(v1):
        assert v.pair == (codelists.YA_TIDAK_12 if i % 2 == 0 else codelists.YA_TIDAK_34), v.name
    v3 = [v for v in instrument.RUTA_VARS if v.form_no.startswith("V.3")]
    assert [v.pair[0] for v in v3 if v.pair] == [1, 3, 1, 3, 1, 3, 1, 3, 1]
    assert instrument.RUTA["rumah_lain"].pair == (3, 4)
    assert codelists.yes_no_code(True, (3, 4)) == 3 and codelists.yes_no_code(False, (3, 4)) == 4
    assert codelists.yes_no_value("4", (3, 4)) is False
    with pytest.raises(ValueError):
        codelists.yes_no_value(1, (3, 4))


def test_every_variable_with_a_codelist_points_to_one() -> None:
    for v in instrument.ALL_VARS:
        if v.kind == "code":
            assert v.codelist in codelists.CODELISTS, v.name
