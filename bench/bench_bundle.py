"""Bench: a synthetic 50,000-household kelurahan payload (~4 members each) → write, verify, open, decode, and
central upsert into SQLite. Run: ``python bench/bench_bundle.py [--households N] [--no-import]``."""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.io.certs import KELURAHAN, issue, make_ca  # noqa: E402

from siks_desktop.io.siks_format import open_bundle, verify_bundle, write_bundle  # noqa: E402
from siks_desktop.io.siks_format.payload import ANGGOTA, RUTA, Payload, _columns, decode_payload  # noqa: E402


def synthetic(n: int, rng: random.Random) -> Payload:
    rc, ac = _columns(RUTA), _columns(ANGGOTA)
    ruta, kel, agg, tags = [], [], [], []
    for i in range(n):
        ruid = uuid.UUID(int=rng.getrandbits(128)).hex
        r = {c: None for c in rc}
        r.update(uid=ruid, kelurahan_kode=KELURAHAN, jenis="perbaikan", record_state="final", revision=1,
                 created_at="2023-07-17T08:00:00", updated_at="2023-07-20T08:00:00", rw=f"{rng.randint(1, 12):03d}",
                 rt=f"{rng.randint(1, 15):03d}", alamat=f"Jl. Sintetis No. {i}", nama_krt=f"Kepala {i}",
                 jumlah_art=4, jumlah_keluarga=1, status_verval=rng.randint(1, 6), tanggal_verval="2023-07-20",
                 luas_lantai=rng.randint(12, 90), lantai=rng.randint(1, 9), dinding=rng.randint(1, 6),
                 atap=rng.randint(1, 9), sumber_airminum=rng.randint(1, 11), daya=rng.randint(1, 5),
                 ada_tv=rng.random() < .8, ada_motor=rng.random() < .5, sta_pkh=rng.random() < .2)
        ruta.append(r)
        kuid = uuid.UUID(int=rng.getrandbits(128)).hex
        kel.append({"uid": kuid, "ruta_uid": ruid, "nomor_urut": 1, "no_kk": f"3171{rng.getrandbits(40):012d}"[:16]})
        for j in range(rng.choice((3, 4, 4, 5))):
            a = {c: None for c in ac}
            a.update(uid=uuid.UUID(int=rng.getrandbits(128)).hex, ruta_uid=ruid, keluarga_uid=kuid, no_urut=j + 1,
                     nama=f"Anggota {i}-{j}", nik=f"3171{i:07d}{j:05d}", hub_krt=min(j + 1, 3), hub_kk=min(j + 1, 3),
                     jenis_kelamin=1 + (j % 2), tempat_lahir="Jakarta",
                     tanggal_lahir=(dt.date(1960, 1, 1) + dt.timedelta(days=rng.randint(0, 20000))).isoformat(),
                     status_kawin=rng.randint(1, 4), pendidikan=rng.randint(1, 12), bekerja=rng.randint(1, 2),
                     status_art=1, nama_ibu_kandung=f"Ibu {i}")
            agg.append(a)
        tags.append({"ruta_uid": ruid, "anggota_uid": None, "sumber": "p3ke", "desil": rng.randint(1, 4),
                     "ref": str(i), "batch": "b1", "created_at": "2023-07-16T00:00:00"})
    return Payload(tables={"ruta": ruta, "keluarga": kel, "anggota": agg, "sumber_tag": tags, "audit_log": [],
                           "tombstones": []},
                   attachments={"ba-muskel-1.pdf": rng.randbytes(300_000)})


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=50_000)
    ap.add_argument("--no-import", action="store_true")
    args = ap.parse_args()
    ca = make_ca()
    op, dinsos = issue(ca, "Operator", "operator", KELURAHAN), issue(ca, "Dinsos", "dinsos")
    t = time.perf_counter()
    payload = synthetic(args.households, random.Random(1))
    print(f"generate rows            {time.perf_counter() - t:6.2f} s  "
          f"({len(payload.tables['ruta'])} ruta, {len(payload.tables['anggota'])} anggota)")
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "bench.siks"
        t = time.perf_counter()
        parts = payload.parts()
        t_ser = time.perf_counter() - t
        info = write_bundle(path, manifest_fields={"kelurahan_code": KELURAHAN, "sequence": 1,
                                                   "counts": payload.counts()},
                            payload_parts=parts, recipients=[dinsos.cert], signer_key=op.key, signer_cert=op.cert)
        t_write = time.perf_counter() - t
        print(f"serialize (JSONL)        {t_ser:6.2f} s")
        print(f"write bundle (incl. ser) {t_write:6.2f} s")
        t = time.perf_counter()
        verify_bundle(path, ca_cert=ca.cert)
        print(f"verify                   {time.perf_counter() - t:6.2f} s")
        t = time.perf_counter()
        opened = open_bundle(path, recipient_key=dinsos.key, recipient_cert=dinsos.cert, ca_cert=ca.cert)
        print(f"open (verify+decrypt)    {time.perf_counter() - t:6.2f} s")
        t = time.perf_counter()
        decoded = decode_payload(opened.parts, opened.manifest)
        print(f"decode payload           {time.perf_counter() - t:6.2f} s")
        raw = sum(len(v) for v in parts.values())
        print(f"bundle size              {info.size / 1e6:6.2f} MB  ({info.size / args.households:.0f} B/household;"
              f" plaintext {raw / 1e6:.1f} MB)")
        if not args.no_import:
            from sqlalchemy.orm import Session

            from siks_desktop.db.base import Base
            from siks_desktop.db.engine import make_engine
            from siks_desktop.db.models import Wilayah
            from siks_desktop.io.siks_format.payload import upsert_payload
            engine = make_engine(Path(d) / "central.db")
            Base.metadata.create_all(engine)
            with Session(engine) as s:
                s.add(Wilayah(kode=KELURAHAN, nama="Bench", tingkat="kelurahan"))
                s.commit()
            for label in ("central upsert (SQLite)", "same again (no change)"):
                t = time.perf_counter()
                with Session(engine) as s:
                    stats = upsert_payload(s, decoded, KELURAHAN)
                    s.commit()
                print(f"{label:24s} {time.perf_counter() - t:6.2f} s  {stats}")


if __name__ == "__main__":
    main()
