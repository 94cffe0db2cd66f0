"""Golden workbooks (tests/fixtures/prelist, made by make_fixtures.py) against their hand-written expected reports."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from siks_desktop.db.models import Anggota, Keluarga, Ruta, SumberTag

from .conftest import FIXTURES

SOURCES = ["p3ke", "kjp", "kjmu", "stunting", "dtks"]


def _triples(items):  # type: ignore[no-untyped-def]
    return sorted((e["row"], e["field"], e["code"]) if isinstance(e, dict) else (e.row, e.field, e.code)
                  for e in items)


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("dry_run", [True, False])
def test_golden_report(prelist, source: str, dry_run: bool) -> None:  # type: ignore[no-untyped-def]
    expected = json.loads((FIXTURES / f"{source}.expected.json").read_text(encoding="utf-8"))
    result = prelist.import_file(FIXTURES / f"{source}.xlsx", source, dry_run=dry_run)
    for key in ("rows_read", "rows_imported", "rows_merged", "rows_rejected", "households_created"):
        assert getattr(result, key) == expected[key], key
    assert _triples(result.errors) == _triples(expected["errors"])
    assert _triples(result.warnings) == _triples(expected["warnings"])
    for problem in result.errors + result.warnings:
        assert problem.message and "{" not in problem.message


def test_mapping_file_for_unknown_layout(prelist) -> None:  # type: ignore[no-untyped-def]
    from siks_desktop.errors import SiksError
    from siks_desktop.io.prelist.presets import load_mapping

    with pytest.raises(SiksError) as exc:
        prelist.import_file(FIXTURES / "mapped.xlsx", "p3ke", dry_run=True)
    assert exc.value.code == "header_not_found"
    mapping = load_mapping(FIXTURES / "mapped.mapping.json")
    result = prelist.import_file(FIXTURES / "mapped.xlsx", "p3ke", mapping=mapping)
    assert (result.rows_read, result.rows_imported, result.header_row) == (1, 1, 2)


def test_values_stored_normalised(prelist, engine) -> None:  # type: ignore[no-untyped-def]
    prelist.import_file(FIXTURES / "p3ke.xlsx", "p3ke")
    with engine.connect() as c:
        people = {r.nik: r for r in c.execute(select(Anggota))}
        budi = people["3171011708800001"]  # a number in the sheet
        assert (budi.nama, budi.jenis_kelamin, str(budi.tanggal_lahir), budi.hub_krt) == (
            "Budi Santoso", 1, "1980-08-17", 1)
        assert people["3171015708820002"].nama == "Siti Aminah"  # apostrophe
        assert str(people["3171011205100003"].tanggal_lahir) == "2010-05-12"  # Excel serial, spaces in NIK
        assert str(people["3171010503750004"].tanggal_lahir) == "1975-03-05"  # dots, "5 Maret 1975"
        dewi = people["3171014506780005"]  # KK and address from merged cells
        rudi = people["3171010503750004"]
        assert dewi.ruta_id == rudi.ruta_id and dewi.keluarga_id == rudi.keluarga_id
        ruta = c.execute(select(Ruta).where(Ruta.id == budi.ruta_id)).one()
        assert (ruta.rt, ruta.rw, ruta.nama_krt, ruta.kelurahan_kode, ruta.jenis) == (
            "003", "002", "Budi Santoso", "31.71.01.1001", "usulan_baru")
        assert c.scalar(select(func.count()).select_from(Anggota).where(Anggota.ruta_id == budi.ruta_id)) == 3
        desil = dict(c.execute(select(SumberTag.anggota_id, SumberTag.desil).where(SumberTag.sumber == "p3ke")).all())
        assert desil[budi.id] == 1 and desil[rudi.id] == 2
        for nik in ("9471012345678904", "9471012345678903"):
            assert nik not in people


def test_dtks_household_with_two_kk(prelist, engine) -> None:  # type: ignore[no-untyped-def]
    prelist.import_file(FIXTURES / "dtks.xlsx", "dtks")
    with engine.connect() as c:
        ruta = c.execute(select(Ruta).where(Ruta.idbdt == "3173080003000101")).one()
        assert ruta.jenis == "perbaikan" and ruta.nama_krt == "Karta Wijaya"
        kks = c.scalars(select(Keluarga.no_kk).where(Keluarga.ruta_id == ruta.id).order_by(Keluarga.nomor_urut))
        assert list(kks) == ["3171010303030041", "3171010404180043"]
        refs = set(c.scalars(select(SumberTag.ref).where(SumberTag.ruta_id == ruta.id)))
        assert "3173080003000101001" in refs
