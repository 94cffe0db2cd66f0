"""Bench of the real bundle path on real databases (issue 6 goals):

1. a workstation database of N households made by ``generate_demo`` (default 50,000, ~4 people each);
2. ``export_bundle`` of everything (goal < 10 s for 50,000 households), then ``verify_bundle``;
3. ``import_bundle`` into a fresh PostgreSQL database on a private server started like tests/pg.py (goal < 30 s),
   the same bundle again (duplicate), and optionally into SQLite;
4. bundle size per household.

Run: ``python bench/bench_bundle.py [--households N] [--keep-ws PATH] [--sqlite]``. ``--keep-ws`` reuses (or
creates and keeps) the workstation file so the slow demo generation runs once.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from siks_desktop.db.migrate import open_database  # noqa: E402
from siks_desktop.db.models import Anggota, Ruta  # noqa: E402
from siks_desktop.db.uow import UnitOfWorkFactory  # noqa: E402
from siks_desktop.io import pki  # noqa: E402
from siks_desktop.io.siks_format import verify_bundle  # noqa: E402
from siks_desktop.services import Services  # noqa: E402
from siks_desktop.services.bundles import export_bundle  # noqa: E402
from siks_desktop.services.central import ImportKeys, import_bundle  # noqa: E402
from siks_desktop.services.demo import generate_demo  # noqa: E402

KEL = "31.71.01.1001"


def line(label: str, seconds: float, extra: str = "") -> None:
    print(f"{label:38s} {seconds:7.2f} s  {extra}", flush=True)


def counts(engine) -> tuple[int, int]:
    with UnitOfWorkFactory(engine).read() as s:
        return (s.scalar(select(func.count()).select_from(Ruta)) or 0,
                s.scalar(select(func.count()).select_from(Anggota)) or 0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=50_000)
    ap.add_argument("--keep-ws", type=Path, default=None, help="workstation file to reuse/keep")
    ap.add_argument("--sqlite", action="store_true", help="also import into an SQLite central store")
    ap.add_argument("--no-pg", action="store_true")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        t = time.perf_counter()
        pki.init_ca(d / "ca", "Bench CA", b"ca")
        pki.issue(d / "ca", b"ca", name="Operator", role="operator", kelurahan_code=KEL, out_p12=d / "op.p12",
                  p12_password=b"pw")
        pki.issue(d / "ca", b"ca", name="Dinsos", role="dinsos", out_p12=d / "dinsos.p12", p12_password=b"pw")
        op_key, op_cert, _ = pki.load_p12(d / "op.p12", b"pw")
        di_key, di_cert, _ = pki.load_p12(d / "dinsos.p12", b"pw")
        ca = pki.load_cert(d / "ca" / "ca.pem")
        line("PKI (RSA 3072, 3 keys)", time.perf_counter() - t)

        ws_path = args.keep_ws or d / "ws.db"
        if not ws_path.exists():
            t = time.perf_counter()
            engine = open_database(ws_path)
            Services(engine).settings.bind_kelurahan(KEL)
            generate_demo(engine, households=args.households, seed=1, kelurahan_kode=KEL)
            line("generate_demo workstation", time.perf_counter() - t, str(ws_path))
        engine = open_database(ws_path)
        with engine.begin() as conn:  # a kept workstation: forget earlier bench exports so this one is sequence 1
            from siks_desktop.db.models_central import ExportRecord
            conn.execute(ExportRecord.__table__.delete())
        n_ruta, n_agg = counts(engine)
        print(f"workstation: {n_ruta} households, {n_agg} members")
        t = time.perf_counter()
        res = export_bundle(UnitOfWorkFactory(engine), d / "full.siks", kelurahan_code=KEL, recipients=[di_cert],
                            signer_key=op_key, signer_cert=op_cert, full=True)
        t_export = time.perf_counter() - t
        line("export (full, goal < 10 s)", t_export, f"{res.households} households, {res.members} members")
        t = time.perf_counter()
        verify_bundle(d / "full.siks", ca_cert=ca)
        line("verify (no key)", time.perf_counter() - t)
        print(f"bundle size: {res.size / 1e6:.2f} MB = {res.size / max(res.households, 1):.0f} bytes per household "
              f"({res.size / max(res.members, 1):.0f} per member)")
        keys = ImportKeys(di_key, di_cert, ca, di_key, di_cert)

        targets = []
        server = None
        if not args.no_pg:
            from tests.pg import PostgresServer, find_bin_dir

            bin_dir = find_bin_dir()
            if bin_dir is None:
                print("PostgreSQL server binaries not found: skipping the PostgreSQL import")
            else:
                server = PostgresServer(bin_dir)
                server.start()
                targets.append(("PostgreSQL", server.create_database("bench_central")))
        if args.sqlite:
            targets.append(("SQLite", str(d / "central.db")))
        try:
            for name, url in targets:
                t = time.perf_counter()
                central = open_database(url)
                line(f"{name}: create + migrate store", time.perf_counter() - t)
                uow = UnitOfWorkFactory(central)
                t = time.perf_counter()
                r = import_bundle(uow, d / "full.siks", keys, receipt_dir=d / "tt")
                line(f"{name}: import (goal < 30 s)", time.perf_counter() - t, f"{r.status} {r.reason or ''}")
                c_ruta, c_agg = counts(central)
                assert (r.status, c_ruta, c_agg) == ("imported", n_ruta, n_agg), (r, c_ruta, c_agg)
                t = time.perf_counter()
                r = import_bundle(uow, d / "full.siks", keys)
                line(f"{name}: same bundle again", time.perf_counter() - t, r.status)
                central.dispose()
        finally:
            if server is not None:
                server.stop()


if __name__ == "__main__":
    main()
