"""services/demo.py on real SQLite files: counts, roster structure, NIKs, skip rules, determinism, cancel, append."""
from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from siks_desktop import reference
from siks_desktop.db.migrate import open_database
from siks_desktop.db.models import Anggota, Keluarga, Ruta, SumberTag, Tahap
from siks_desktop.domain import rules
from siks_desktop.jobs import CancelToken, Cancelled
from siks_desktop.services.demo import AGE_STABLE_UNTIL, REF_DATE, DemoStats, generate_demo

N = 300


def _engine(path: Path) -> Engine:
    return open_database(path)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Engine, DemoStats]:
    engine = _engine(tmp_path_factory.mktemp("demo") / "demo.db")
    return engine, generate_demo(engine, households=N, seed=7)


def _count(engine: Engine, model: type) -> int:
    with Session(engine) as s:
        return s.scalar(select(func.count()).select_from(model))


def _decode_nik(nik: str) -> tuple[dt.date, int]:
    dd, mm, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    sex = 2 if dd > 40 else 1
    year = 2000 + yy if 2000 + yy <= REF_DATE.year else 1900 + yy
    return dt.date(year, mm, dd - 40 if sex == 2 else dd), sex


def test_counts_match_tables(demo_db: tuple[Engine, DemoStats]) -> None:
    engine, stats = demo_db
    assert stats.households == N == _count(engine, Ruta)
    assert stats.families == _count(engine, Keluarga)
    assert stats.members == _count(engine, Anggota)
    assert 3 * N <= stats.members <= 5 * N  # ~4 people a household
    assert N <= stats.families < 1.5 * N


def test_roster_structure(demo_db: tuple[Engine, DemoStats]) -> None:
    engine, _ = demo_db
    with Session(engine) as s:
        for ruta in s.scalars(select(Ruta)):
            members = ruta.anggota
            assert [m.no_urut for m in members] == list(range(1, len(members) + 1))
            krts = [m for m in members if m.hub_krt == 1]
            assert len(krts) == 1 and members[0].hub_krt == 1 and ruta.nama_krt == krts[0].nama
            krt = krts[0]
            spouses = [m for m in members if m.hub_krt == 2]
            for sp in spouses:
                assert sp.jenis_kelamin != krt.jenis_kelamin and sp.status_kawin == 2 == krt.status_kawin
            for child in (m for m in members if m.hub_krt == 3):
                for parent in [krt] + spouses:
                    gap = (child.tanggal_lahir - parent.tanggal_lahir).days / 365.25
                    assert 17 <= gap <= 46, gap
            heads = Counter(m.keluarga_id for m in members if m.hub_kk == 1)
            assert set(heads) == {k.id for k in ruta.keluarga} and set(heads.values()) == {1}
            assert [k.nomor_urut for k in ruta.keluarga] == list(range(1, len(ruta.keluarga) + 1))
            if ruta.status_verval in (2, 3):
                assert ruta.jumlah_art == len(members)
            else:
                active = [m for m in members if m.status_art in (None, 1, 6)]
                assert ruta.jumlah_art == len(active)
                assert ruta.jumlah_keluarga == len({m.keluarga_id for m in active})


def test_niks_unique_and_agree_with_birth_date_and_sex(demo_db: tuple[Engine, DemoStats]) -> None:
    engine, stats = demo_db
    prefixes = {r.kode.replace(".", "") for r in reference.national_regions() if r.tingkat == "kecamatan"}
    with Session(engine) as s:
        rows = s.execute(select(Anggota.nik, Anggota.tanggal_lahir, Anggota.jenis_kelamin)).all()
        kks = s.scalars(select(Keluarga.no_kk)).all()
    niks = [r.nik for r in rows if r.nik]
    assert len(niks) == len(set(niks))
    assert 0.005 < 1 - len(niks) / stats.members < 0.05  # ~2% without NIK
    own = 0
    for nik, birth, sex in rows:
        if nik is None:
            continue
        assert len(nik) == 16 and nik.isdigit()
        assert nik[:6] in prefixes
        assert _decode_nik(nik) == (birth, sex)
        own += nik.startswith("317101")
    assert 0.8 < own / len(niks) < 0.97  # mostly Gambir, some from elsewhere
    assert len(kks) == len(set(kks)) and not set(kks) & set(niks)
    for kk in kks:
        assert kk.startswith("317101") and len(kk) == 16
        dt.date(2000 + int(kk[10:12]), int(kk[8:10]), int(kk[6:8]))  # DDMMYY without +40


def test_every_household_passes_the_domain_rules(demo_db: tuple[Engine, DemoStats]) -> None:
    """rules.check_household finds no error in any household (final records checked as final)."""
    engine, _ = demo_db
    ruta_cols = [c.name for c in Ruta.__table__.columns]
    art_cols = [c.name for c in Anggota.__table__.columns]
    with Session(engine) as s:
        for ruta in s.scalars(select(Ruta)):
            nuk = {k.id: k.nomor_urut for k in ruta.keluarga}
            families = [{"nomor_urut": k.nomor_urut, "no_kk": k.no_kk} for k in ruta.keluarga]
            members = [{**{c: getattr(m, c) for c in art_cols}, "nomor_urut_keluarga": nuk[m.keluarga_id]}
                       for m in ruta.anggota]
            values = {c: getattr(ruta, c) for c in ruta_cols}
            problems = rules.check_household(values, families, members, today=AGE_STABLE_UNTIL,
                                             known_prefix=reference.known_nik_prefix,
                                             final=ruta.record_state == "final")
            errors = rules.errors_only(problems)
            assert not errors, (ruta.id, errors)
            assert not [p for p in problems if p.code == "skipped_filled"], (ruta.id, problems)


def test_skip_rules_hold(demo_db: tuple[Engine, DemoStats]) -> None:
    engine, _ = demo_db
    with Session(engine) as s:
        for r in s.scalars(select(Ruta)):
            assert 12 <= r.luas_lantai <= 120
            assert (r.daya is not None) == (r.sumber_penerangan == 1)
            assert (r.nomor_meter_air is not None) == (r.sumber_airminum == 3)
            if r.fasbab == 4:
                assert r.kloset is None and r.buang_tinja is None
            else:
                assert r.kloset is not None and r.buang_tinja is not None
            assert (r.luas_atb is not None) == bool(r.aset_tak_bergerak)
        for m in s.scalars(select(Anggota)):
            age = (REF_DATE - m.tanggal_lahir).days // 365
            if m.partisipasi_sekolah == 0:
                assert m.pendidikan is None and m.kelas is None and m.ijazah is None
            else:
                assert m.pendidikan is not None and m.kelas is not None and m.ijazah is not None
            if age < 5:
                assert m.bekerja is None and m.jam_kerja is None and m.lapangan_usaha is None
            if m.bekerja == 2:
                assert m.jam_kerja is None and m.lapangan_usaha is None and m.status_pekerjaan is None
            if m.hamil == 1:
                assert m.jenis_kelamin == 2 and m.status_kawin == 2 and 15 <= age <= 45
            if m.jenis_kelamin == 1:
                assert m.hamil is None
            if age < 15:
                assert m.status_kawin == 1
            if m.kartu_identitas & 4:
                assert m.nik is not None and age >= 17


def test_statuses_sources_and_dates_are_mixed(demo_db: tuple[Engine, DemoStats]) -> None:
    engine, _ = demo_db
    with Session(engine) as s:
        tahap = s.scalar(select(Tahap).where(Tahap.tahun == 2023, Tahap.nomor == 1))
        rutas = s.scalars(select(Ruta)).all()
        status = Counter(r.status_verval for r in rutas)
        assert 0.6 < status[1] / N < 0.8 and status[7] > 0 and status[None] > 0
        assert len(status) >= 6
        assert {r.tahap_id for r in rutas} == {tahap.id}
        for r in rutas:
            if r.status_verval is None:
                assert r.record_state == "draf" and r.tanggal_verval is None
            else:
                assert dt.date(2023, 7, 17) <= r.tanggal_verval <= dt.date(2023, 7, 28) and r.nama_petugas
            assert (r.jenis == "usulan_baru") == (r.status_verval == 7)
            assert (r.idbdt is None) == (r.status_verval == 7)
        assert {r.record_state for r in rutas} == {"draf", "final"}
        art_status = Counter(s.scalars(select(Anggota.status_art)).all())
        assert art_status[1] > 0.7 * sum(art_status.values()) and art_status[6] > 0 and art_status[2] + art_status[3] > 0
        tags = s.scalars(select(SumberTag)).all()
        kinds = Counter(t.sumber for t in tags)
        assert {"dtks", "p3ke", "usulan_baru", "stunting", "kjp"} <= set(kinds)
        by_ruta = defaultdict(list)
        for t in tags:
            by_ruta[t.ruta_id].append(t)
        assert any(len(v) >= 2 for v in by_ruta.values())
        idbdt = {r.id: r.idbdt for r in rutas}
        for t in tags:
            if t.sumber == "dtks":
                assert t.ref == idbdt[t.ruta_id]
            if t.sumber == "p3ke":
                assert 1 <= t.desil <= 4
            if t.sumber == "stunting":
                child = s.get(Anggota, t.anggota_id)
                assert (REF_DATE - child.tanggal_lahir).days < 5 * 365.25 and child.kaj
        assert s.scalar(select(func.count()).where(Anggota.kjp_plus.is_(True))) > 0


def _dump(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        out = []
        for table in ("ruta", "keluarga", "anggota", "sumber_tag"):
            out += con.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
        return out
    finally:
        con.close()


def test_same_seed_same_data_other_seed_differs(tmp_path: Path) -> None:
    dumps = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        engine = _engine(tmp_path / f"{name}.db")
        generate_demo(engine, households=40, seed=seed)
        engine.dispose()
        dumps.append(_dump(tmp_path / f"{name}.db"))
    assert dumps[0] == dumps[1]
    assert dumps[0] != dumps[2]


def test_cancel_mid_run_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import siks_desktop.services.demo as demo

    monkeypatch.setattr(demo, "BATCH_HOUSEHOLDS", 50)
    engine = _engine(tmp_path / "c.db")
    token = CancelToken()
    seen: list[int] = []

    def progress(done: int, total: int | None, step: str) -> None:
        seen.append(done)
        if done >= 100:
            token.cancel()

    with pytest.raises(Cancelled):
        generate_demo(engine, households=400, progress=progress, cancel=token)
    assert seen[-1] == 100
    for model in (Ruta, Keluarga, Anggota, SumberTag):
        assert _count(engine, model) == 0
    # the connection's synchronous setting is restored and the database stays usable
    assert generate_demo(engine, households=5).households == 5


def test_running_twice_appends(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "twice.db")
    first = generate_demo(engine, households=60, seed=1)
    second = generate_demo(engine, households=60, seed=1)
    assert _count(engine, Ruta) == 120
    assert _count(engine, Anggota) == first.members + second.members
    with Session(engine) as s:
        niks = s.scalars(select(Anggota.nik).where(Anggota.nik.is_not(None))).all()
        kks = s.scalars(select(Keluarga.no_kk)).all()
        prelist = s.scalars(select(Ruta.nomor_urut_prelist).order_by(Ruta.id)).all()
    assert len(niks) == len(set(niks)) and len(kks) == len(set(kks))
    assert prelist == list(range(1, 121))


def test_other_kelurahan_uses_its_kecamatan_prefix(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "k.db")
    generate_demo(engine, households=20, kelurahan_kode="3174011001")  # Jakarta Selatan, plain form
    with Session(engine) as s:
        assert set(s.scalars(select(Ruta.kelurahan_kode))) == {"31.74.01.1001"}
        assert all(kk.startswith("317401") for kk in s.scalars(select(Keluarga.no_kk)))
