"""Dry run writes nothing; the same file twice adds nothing; merge by NIK; one transaction per file; audit."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import func, select, text

from siks_desktop.db.models import Anggota, AuditEntry, Keluarga, Ruta, SumberTag
from siks_desktop.db.models_prelist import ImportBatch
from siks_desktop.dto import FamilyDTO, HouseholdDTO, MemberDTO
from siks_desktop.errors import PermissionDenied, SiksError
from siks_desktop.jobs import CancelToken, Cancelled

from .conftest import FIXTURES

TABLES = (Ruta, Keluarga, Anggota, SumberTag, ImportBatch, AuditEntry)


def snapshot(engine):  # type: ignore[no-untyped-def]
    with engine.connect() as c:
        return {m.__tablename__: c.scalar(select(func.count()).select_from(m)) for m in TABLES}


def test_dry_run_writes_nothing(prelist, engine) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(engine)
    for source in ("p3ke", "kjp", "dtks"):
        result = prelist.import_file(FIXTURES / f"{source}.xlsx", source, dry_run=True)
        assert result.batch_id is None and result.rows_imported > 0
    assert snapshot(engine) == before


def test_same_file_twice_adds_nothing(prelist, engine) -> None:  # type: ignore[no-untyped-def]
    first = prelist.import_file(FIXTURES / "p3ke.xlsx", "p3ke")
    assert first.batch_id is not None
    after_first = snapshot(engine)
    second = prelist.import_file(FIXTURES / "p3ke.xlsx", "p3ke")
    assert (second.rows_imported, second.rows_merged, second.rows_unchanged) == (0, 0, first.rows_imported)
    assert second.already_imported == first.batch_id and second.batch_id is None
    assert snapshot(engine) == after_first


def test_import_is_logged_and_audited(prelist, engine) -> None:  # type: ignore[no-untyped-def]
    result = prelist.import_file(FIXTURES / "kjp.xlsx", "kjp")
    with engine.connect() as c:
        batch = c.execute(select(ImportBatch)).one()
        assert (batch.username, batch.file_name, batch.source, batch.rows_imported, batch.rows_rejected) == (
            "operator", "kjp.xlsx", "kjp", 3, 3)
        assert batch.sha256 == result.sha256 and len(batch.sha256) == 64
        entry = c.execute(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert (entry.action, entry.entity, entry.entity_id) == ("prelist.import", "import_batch", str(batch.id))
        assert set(c.scalars(select(SumberTag.batch))) == {batch.uid}
    assert prelist.ctx.uow  # audit chain stays valid
    from siks_desktop.services.audit import AuditService

    assert AuditService(prelist.ctx).verify().valid


def test_person_in_two_lists_is_merged(prelist, engine) -> None:  # type: ignore[no-untyped-def]
    prelist.import_file(FIXTURES / "p3ke.xlsx", "p3ke")
    result = prelist.import_file(FIXTURES / "kjmu.xlsx", "kjmu")  # Siti Aminah is in both
    assert (result.rows_merged, result.rows_imported) == (1, 1)
    with engine.connect() as c:
        assert c.scalar(select(func.count()).select_from(Anggota).where(Anggota.nik == "3171015708820002")) == 1
        aid = c.scalar(select(Anggota.id).where(Anggota.nik == "3171015708820002"))
        assert sorted(c.scalars(select(SumberTag.sumber).where(SumberTag.anggota_id == aid))) == ["kjmu", "p3ke"]


def test_merge_with_person_saved_by_hand(operator, prelist, engine) -> None:  # type: ignore[no-untyped-def]
    hh = HouseholdDTO(kelurahan_kode="31.71.01.1001", values={"alamat": "Jl. Lama"},
                      families=(FamilyDTO(1, "3171011212090011"),),
                      members=(MemberDTO(values={"nama": "Andi Pratama", "nik": "3171012504700011", "hub_krt": 1,
                                                 "nomor_urut_keluarga": 1, "jenis_kelamin": 1,
                                                 "tanggal_lahir": dt.date(1970, 4, 25)}),))
    saved = operator.households.save(hh).household
    result = prelist.import_file(FIXTURES / "kjp.xlsx", "kjp")
    assert (result.rows_merged, result.rows_imported, result.households_created) == (1, 2, 1)
    with engine.connect() as c:
        # Nur Aini shares Andi's KK: she joins his existing household and family, not a new one.
        nur = c.execute(select(Anggota).where(Anggota.nik == "3171016807120012")).one()
        assert nur.ruta_id == saved.id and nur.no_urut == 2
        assert c.scalar(select(Keluarga.no_kk).where(Keluarga.id == nur.keluarga_id)) == "3171011212090011"
        assert c.scalar(select(func.count()).select_from(Anggota).where(Anggota.nik == "3171012504700011")) == 1


def test_cancel_leaves_database_unchanged(prelist, engine) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(engine)
    token = CancelToken()

    def progress(done: int, total: int | None, step: str) -> None:
        if step == "tulis":
            token.cancel()

    import siks_desktop.services.prelist as mod

    old = mod.INSERT_BATCH
    mod.INSERT_BATCH = 2
    try:
        with pytest.raises(Cancelled):
            prelist.import_file(FIXTURES / "p3ke.xlsx", "p3ke", progress=progress, cancel=token)
    finally:
        mod.INSERT_BATCH = old
    assert snapshot(engine) == before


def test_failure_mid_write_rolls_back(prelist, engine, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(engine)
    from siks_desktop.services import audit

    def boom(*a, **k):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit, "append", boom)
    with pytest.raises(RuntimeError):
        prelist.import_file(FIXTURES / "dtks.xlsx", "dtks")
    assert snapshot(engine) == before


def test_bad_files(prelist, tmp_path) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a workbook")
    with pytest.raises(SiksError) as exc:
        prelist.import_file(junk, "p3ke")
    assert exc.value.code == "prelist_unreadable"
    with pytest.raises(SiksError) as exc:
        prelist.import_file(tmp_path / "missing.xlsx", "p3ke")
    assert exc.value.code == "file_not_found"
    with pytest.raises(SiksError) as exc:
        prelist.import_file(FIXTURES / "p3ke.xlsx", "bansos")
    assert exc.value.code == "bad_source"


def test_only_operator_imports(services) -> None:  # type: ignore[no-untyped-def]
    from siks_desktop.services.prelist import PrelistService

    lurah = services.login("lurah", "rahasia-123")
    with pytest.raises(PermissionDenied):
        PrelistService(lurah.ctx).import_file(FIXTURES / "p3ke.xlsx", "p3ke")
    assert PrelistService(lurah.ctx).import_file(FIXTURES / "p3ke.xlsx", "p3ke", dry_run=True).rows_read == 13


def test_preview(prelist) -> None:  # type: ignore[no-untyped-def]
    pv = prelist.preview(FIXTURES / "stunting.xlsx", "stunting", limit=3)
    assert pv.sheet == "Data Balita" and pv.header_row == 2
    assert pv.mapping["nik"] == "NIK ANAK" and "NIK IBU" in pv.unmapped
    assert [r["row"] for r in pv.rows] == [3, 4, 5] and pv.rows[0]["nama"] == "Aisyah Putri"


def test_error_report_xlsx(prelist, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    result = prelist.import_file(FIXTURES / "p3ke.xlsx", "p3ke", dry_run=True)
    out = result.write_error_report(tmp_path / "laporan.xlsx")
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    header = rows.index(("Baris", "Kolom", "Kode", "Keterangan", "Tingkat"))
    body = rows[header + 1:]
    assert len(body) == len(result.errors) + len(result.warnings)
    assert (12, "nik", "nik_precision_lost") == body[0][:3]
    text_all = " ".join(str(v) for r in body for v in r)
    assert "3171011708800001" not in text_all and "Budi" not in text_all  # no NIK or name in the report
