"""End to end through the ``siks`` command with certificates from ``siks_desktop.io.pki``:
demo workstation → export → verify (ours and ``openssl cms -verify``) → import into a real PostgreSQL server →
the central store holds exactly the workstation's households and people; the same bundle again is a duplicate that
changes nothing; an edit travels in an incremental bundle, a deletion as a tombstone; cross-kelurahan collisions are
listed as conflicts instead of overwriting."""
from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from siks_desktop.cli import main
from siks_desktop.db.migrate import open_database
from siks_desktop.db.models import Anggota, Keluarga, Ruta, SumberTag, Tahap
from siks_desktop.db.uow import UnitOfWorkFactory
from siks_desktop.dto import UserDTO
from siks_desktop.services import Services
from siks_desktop.services.demo import generate_demo

from .conftest import KEL_A, KEL_B

OPERATOR = UserDTO(id=0, username="op-uji", nama_lengkap="Operator Uji", role="operator")
STORE_TABLES = ("ruta", "keluarga", "anggota", "sumber_tag", "tahap", "central_bundle", "central_audit_entry",
                "central_conflict")


def run(capsys, *argv: str) -> tuple[int, dict]:
    code = main(["--json", *argv])
    captured = capsys.readouterr()
    out = captured.out.strip()
    run.stderr = captured.err  # type: ignore[attr-defined]
    return code, (json.loads(out) if out else {})


def workstation(path: Path, kel: str, households: int, seed: int):
    engine = open_database(path)
    svc = Services(engine)
    svc.settings.bind_kelurahan(kel)
    generate_demo(engine, households=households, seed=seed, kelurahan_kode=kel)
    return engine


def snapshot(engine, kel: str | None = None) -> tuple:
    """Households and people by uid with their key fields (database ids excluded: they are local)."""
    uow = UnitOfWorkFactory(engine)
    with uow.read() as s:
        cond = [Ruta.kelurahan_kode == kel] if kel else []
        ruta = {r.uid: (r.kelurahan_kode, r.alamat, r.rt, r.rw, r.status_verval, r.luas_lantai, r.revision,
                        r.record_state, (tahun, nomor) if tahun else None)
                for r, tahun, nomor in s.execute(select(Ruta, Tahap.tahun, Tahap.nomor)
                                                 .outerjoin(Tahap, Ruta.tahap_id == Tahap.id).where(*cond))}
        agg = {a.uid: (a.nama, a.nik, a.tanggal_lahir, a.jenis_kelamin, a.status_art, a.hub_krt, ruta_uid, kel_uid)
               for a, ruta_uid, kel_uid in s.execute(
                   select(Anggota, Ruta.uid, Keluarga.uid).join(Ruta, Anggota.ruta_id == Ruta.id)
                   .outerjoin(Keluarga, Anggota.keluarga_id == Keluarga.id).where(*cond))}
        kk = {k.uid: (k.no_kk, k.nomor_urut, ruta_uid) for k, ruta_uid in s.execute(
            select(Keluarga, Ruta.uid).join(Ruta, Keluarga.ruta_id == Ruta.id).where(*cond))}
        tags = sorted((ruta_uid, t.sumber, t.ref or "", t.desil or 0) for t, ruta_uid in s.execute(
            select(SumberTag, Ruta.uid).join(Ruta, SumberTag.ruta_id == Ruta.id).where(*cond)))
    return ruta, agg, kk, tags


def checksum(engine) -> dict[str, tuple[int, str]]:
    """Row count and a hash of every row (in id order) of each central-store table."""
    out = {}
    with engine.connect() as conn:
        for table in STORE_TABLES:
            rows = conn.execute(text(f"SELECT * FROM {table} ORDER BY id")).all()
            out[table] = (len(rows), hashlib.sha256(repr([tuple(r) for r in rows]).encode()).hexdigest())
    return out


def export(capsys, ws: Path, out: Path, p, *extra: str, signer=None) -> tuple[int, dict]:
    signer = signer or p.operator_a
    return run(capsys, "--db", str(ws), "export", "--out", str(out), "--recipient", str(p.dinsos.cert_pem),
               "--sign", str(signer.p12), "--password-file", str(p.password_file), *extra)


def central_import(capsys, url: str, p, *files: Path, key=None, extra=()) -> tuple[int, dict]:
    key = key or p.dinsos
    return run(capsys, "central", "--db", url, "import", *map(str, files), "--key", str(key.p12), "--ca", str(p.ca),
               "--password-file", str(p.password_file), *extra)


def test_pg_round_trip_duplicate_incremental_tombstone(tmp_path, capsys, disk_pki, pg_server):
    p = disk_pki
    ws_path = tmp_path / "ws.db"
    ws = workstation(ws_path, KEL_A, 40, seed=3)
    url = pg_server.create_database("siks_central_rt")

    code, e1 = export(capsys, ws_path, tmp_path / "1.siks", p)
    assert code == 0 and set(e1) >= {"bundle_id", "sequence", "households", "members", "attachments"}
    _, ws_agg, _, _ = snapshot(ws)
    assert (e1["sequence"], e1["households"], e1["members"]) == (1, 40, len(ws_agg))

    code, v = run(capsys, "verify", str(tmp_path / "1.siks"), "--ca", str(p.ca))
    assert code == 0 and v["valid"] is True
    assert (v["bundle_id"], v["sequence"], v["kelurahan_code"], v["signer"]) == \
        (e1["bundle_id"], 1, KEL_A, "Siti Operator Gambir")

    code, imp = central_import(capsys, url, p, tmp_path / "1.siks", extra=("--receipts", str(tmp_path / "tt")))
    assert code == 0, imp
    assert imp["results"][0] | {"receipt": None} == {
        "file": str(tmp_path / "1.siks"), "bundle_id": e1["bundle_id"], "status": "imported", "reason": None,
        "kelurahan_code": KEL_A, "sequence": 1, "conflicts": 0, "receipt": None}
    receipt = Path(imp["results"][0]["receipt"])
    assert receipt.parent == tmp_path / "tt" and json.loads(receipt.read_text())["bundle_id"] == e1["bundle_id"]
    assert receipt.with_name(receipt.name + ".p7s").exists()

    central = open_database(url)
    assert central.dialect.name == "postgresql"
    assert snapshot(central) == snapshot(ws)
    assert any(v[-1] for v in snapshot(central)[0].values()), "tahap travels (by tahun + nomor)"

    before = checksum(central)
    code, dup = central_import(capsys, url, p, tmp_path / "1.siks")
    assert code == 0 and dup["results"][0]["status"] == "duplicate"
    assert checksum(central) == before

    # an edit on the workstation (through the service, as the window does) travels incrementally
    svc = Services(ws, OPERATOR)
    hh_id = svc.households.search().items[0].id
    hh = svc.households.get(hh_id)
    first = hh.members[0]
    edited = dataclasses.replace(first, values=dict(first.values) | {"nama": "NAMA SESUDAH VERVAL"})
    svc.households.save(dataclasses.replace(hh, members=(edited, *hh.members[1:])), reason="uji")
    code, e2 = export(capsys, ws_path, tmp_path / "2.siks", p)
    assert code == 0 and (e2["sequence"], e2["households"]) == (2, 1)
    code, imp2 = central_import(capsys, url, p, tmp_path / "2.siks")
    assert code == 0 and imp2["results"][0]["status"] == "imported"
    assert snapshot(central)[1][first.uid][0] == "NAMA SESUDAH VERVAL"
    assert snapshot(central) == snapshot(ws)

    # a deletion travels as a tombstone
    gone = svc.households.search().items[1]
    svc.households.delete(gone.id, reason="pindah domisili")
    code, e3 = export(capsys, ws_path, tmp_path / "3.siks", p)
    assert code == 0 and e3["tombstones"] >= 1 and e3["households"] == 0
    code, _ = central_import(capsys, url, p, tmp_path / "3.siks")
    assert code == 0
    assert gone.uid not in snapshot(central)[0]
    assert snapshot(central) == snapshot(ws)

    code, st = run(capsys, "central", "--db", url, "status")
    assert code == 0
    (kel,) = st["kelurahan"]
    assert (kel["kelurahan_code"], kel["bundles"], kel["last_sequence"], kel["gaps"], kel["households"]) == \
        (KEL_A, 3, 3, [], 39)

    # re-send: the same bytes again → duplicate
    code, rs = run(capsys, "--db", str(ws_path), "export", "--out", str(tmp_path / "again.siks"), "--resend", "2")
    assert code == 0 and rs["bundle_id"] == e2["bundle_id"]
    assert (tmp_path / "again.siks").read_bytes() == (tmp_path / "2.siks").read_bytes()
    before = checksum(central)
    code, dup = central_import(capsys, url, p, tmp_path / "again.siks")
    assert dup["results"][0]["status"] == "duplicate" and checksum(central) == before


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")
def test_openssl_cms_verify_on_cli_bundle(tmp_path, capsys, disk_pki):
    p = disk_pki
    ws_path = tmp_path / "ws.db"
    workstation(ws_path, KEL_A, 5, seed=1)
    code, _ = export(capsys, ws_path, tmp_path / "b.siks", p)
    assert code == 0
    with zipfile.ZipFile(tmp_path / "b.siks") as zf:
        zf.extract("manifest.json", tmp_path)
        zf.extract("manifest.sig.p7s", tmp_path)
    cmd = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "manifest.sig.p7s",
           "-content", "manifest.json", "-CAfile", str(p.ca), "-purpose", "any", "-out", "/dev/null"]
    ok = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert ok.returncode == 0 and "Verification successful" in ok.stderr, ok.stderr
    # PKI certificates carry emailProtection, so the default S/MIME purpose check passes too
    ok = subprocess.run(cmd[:-4] + ["-out", "/dev/null"], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stderr
    manifest = (tmp_path / "manifest.json").read_bytes()
    (tmp_path / "manifest.json").write_bytes(manifest.replace(b'"sequence":1', b'"sequence":9'))
    bad = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert bad.returncode != 0


def test_conflicts_between_kelurahan_are_listed_not_overwritten(tmp_path, capsys, disk_pki, pg_server):
    p = disk_pki
    url = pg_server.create_database("siks_central_conflict")
    ws_a = workstation(tmp_path / "a.db", KEL_A, 6, seed=11)
    ws_b = workstation(tmp_path / "b.db", KEL_B, 6, seed=12)
    _, a_agg, _, _ = snapshot(ws_a)
    a_uids = sorted(a_agg)
    # Cideng claims a Gambir person by NIK (a member moved and was registered twice) ...
    nik_victim = next(u for u in a_uids if a_agg[u][1])
    with UnitOfWorkFactory(ws_b)() as s:
        b_members = s.scalars(select(Anggota).order_by(Anggota.id)).all()
        s.execute(update(Anggota).where(Anggota.id == b_members[0].id).values(nik=a_agg[nik_victim][1]))
        # ... and a copied record carries the same member uid as a Gambir member
        s.execute(update(Anggota).where(Anggota.id == b_members[1].id).values(uid=a_uids[-1]))
    assert export(capsys, tmp_path / "a.db", tmp_path / "a1.siks", p)[0] == 0
    assert export(capsys, tmp_path / "b.db", tmp_path / "b1.siks", p, signer=p.operator_b)[0] == 0

    code, imp = central_import(capsys, url, p, tmp_path / "a1.siks", tmp_path / "b1.siks")
    assert code == 0, imp
    assert [(r["status"], r["conflicts"]) for r in imp["results"]] == [("imported", 0), ("imported", 2)]
    central = open_database(url)
    assert snapshot(central, KEL_A) == snapshot(ws_a), "Gambir's data untouched"
    code, conf = run(capsys, "central", "--db", url, "conflicts")
    assert code == 0
    got = sorted((c["entity"], c["reason"], c["kelurahan_code"], c["other_kelurahan_code"], c["status"])
                 for c in conf["conflicts"])
    assert got == [("anggota", "nik_other_kelurahan", KEL_B, KEL_A, "open"),
                   ("anggota", "uid_other_kelurahan", KEL_B, KEL_A, "open")]
    nik_conf = next(c for c in conf["conflicts"] if c["reason"] == "nik_other_kelurahan")
    assert nik_conf["nik"] == a_agg[nik_victim][1] and nik_conf["other_uid"] == nik_victim
    assert nik_conf["incoming"]["nik"] == a_agg[nik_victim][1]
    # everything else of Cideng arrived
    b_ruta, b_agg, _, _ = snapshot(ws_b)
    c_ruta, c_agg, _, _ = snapshot(central, KEL_B)
    assert c_ruta == b_ruta and set(b_agg) - set(c_agg) == {b_members[0].uid, a_uids[-1]}
    code, st = run(capsys, "central", "--db", url, "status")
    assert {k["kelurahan_code"]: k["open_conflicts"] for k in st["kelurahan"]} == {KEL_A: 0, KEL_B: 2}
    code, _ = run(capsys, "central", "--db", url, "resolve", str(nik_conf["id"]), "--note", "ditinjau: pindah")
    assert code == 0
    code, conf = run(capsys, "central", "--db", url, "conflicts")
    assert len(conf["conflicts"]) == 1


def test_cli_failures_exit_1_and_write_nothing(tmp_path, capsys, disk_pki):
    p = disk_pki
    ws_path = tmp_path / "ws.db"
    workstation(ws_path, KEL_A, 3, seed=2)
    url = f"sqlite:///{tmp_path / 'central.db'}"
    # a lurah certificate cannot sign a bundle; an operator of another kelurahan neither
    for signer, err in ((p.lurah_a, "wrong_role"), (p.operator_b, "kelurahan_mismatch")):
        code, out = export(capsys, ws_path, tmp_path / "x.siks", p, signer=signer)
        assert code == 1 and out == {} and not (tmp_path / "x.siks").exists()
        assert run.stderr.startswith(f"error: {err}:")  # type: ignore[attr-defined]
    # no password → clear error, nothing written
    code = main(["--json", "--db", str(ws_path), "export", "--out", str(tmp_path / "y.siks"), "--recipient",
                 str(p.dinsos.cert_pem), "--sign", str(p.operator_a.p12)])
    assert code == 1 and not (tmp_path / "y.siks").exists()
    assert "password_required" in capsys.readouterr().err

    code, e1 = export(capsys, ws_path, tmp_path / "1.siks", p)
    assert code == 0 and e1["sequence"] == 1
    data = bytearray((tmp_path / "1.siks").read_bytes())
    data[len(data) // 2] ^= 0x40
    (tmp_path / "bad.siks").write_bytes(bytes(data))
    code, v = run(capsys, "verify", str(tmp_path / "bad.siks"), "--ca", str(p.ca))
    assert code == 1 and v["valid"] is False and v["error"] in {"tampered", "truncated", "not_a_bundle"}

    code, imp = central_import(capsys, url, p, tmp_path / "bad.siks", tmp_path / "1.siks", key=p.other_dinsos)
    assert code == 1
    assert [r["status"] for r in imp["results"]] == ["rejected", "rejected"]
    assert imp["results"][1]["reason"] == "wrong_recipient"
    sums = checksum(open_database(url))
    assert all(sums[t][0] == 0 for t in STORE_TABLES if t != "tahap"), sums
    assert not list(tmp_path.glob("tanda-terima-*"))
