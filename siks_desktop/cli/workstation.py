"""Workstation commands: init, demo, users, audit verify, households list."""
from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Any

from ..db.migrate import open_database
from ..domain.codelists import ROLES, codelist
from ..dto import SYSTEM_USER, HouseholdQuery, UserDTO
from ..errors import SiksError
from ..services import Services
from ..services.settings import TAHAP_KEY, kelurahan_info
from . import CliExit, json_flag, progress_printer, read_secret

DEMO_PASSWORD = "siks-demo"
DEMO_USERS = (("admin", "admin", "Administrator Demo"), ("operator", "operator", "Siti Operator"),
              ("lurah", "lurah", "Bapak Lurah Demo"))


def cli_actor() -> UserDTO:
    """The command line acts as the system account, named after the OS user in the audit log."""
    try:
        who = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some Windows services
        who = "unknown"
    return UserDTO(id=0, username=f"cli:{who}"[:60], nama_lengkap="Baris perintah", role=SYSTEM_USER.role)


def services_for(args: argparse.Namespace) -> Services:
    return Services(open_database(args.db), cli_actor())


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="ikat basis data ke satu kelurahan/desa")
    p.add_argument("--kelurahan", required=True, help="kode Kemendagri, 31.71.01.1001 atau 3171011001")
    json_flag(p)
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="buat basis data contoh (sintetis) untuk mencoba aplikasi")
    p.add_argument("--households", type=int, default=300)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--kelurahan", default="31.71.01.1001")
    json_flag(p)
    p.set_defaults(handler=cmd_demo)

    users = sub.add_parser("users", help="akun pengguna")
    usub = users.add_subparsers(dest="users_command", metavar="AKSI", required=True)
    p = usub.add_parser("add", help="tambah pengguna")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=sorted(ROLES))
    p.add_argument("--nama-lengkap", default="")
    p.add_argument("--kelurahan", default=None)
    p.add_argument("--password-file", default=None)
    json_flag(p)
    p.set_defaults(handler=cmd_users_add)
    p = usub.add_parser("list", help="daftar pengguna")
    json_flag(p)
    p.set_defaults(handler=cmd_users_list)

    audit = sub.add_parser("audit", help="log audit")
    asub = audit.add_subparsers(dest="audit_command", metavar="AKSI", required=True)
    p = asub.add_parser("verify", help="periksa rantai hash log audit")
    json_flag(p)
    p.set_defaults(handler=cmd_audit_verify)

    hh = sub.add_parser("households", help="data rumah tangga")
    hsub = hh.add_subparsers(dest="households_command", metavar="AKSI", required=True)
    p = hsub.add_parser("list", help="daftar rumah tangga dengan ART dan status verval")
    p.add_argument("--status", type=int, default=None, help="kode hasil verval ruta (0 = belum diverval)")
    p.add_argument("--source", default=None, help="sumber: dtks, p3ke, kjp, kjmu, stunting, usulan_baru")
    p.add_argument("--search", default="", help="NIK, No KK, nama atau alamat")
    p.add_argument("--limit", type=int, default=None)
    json_flag(p)
    p.set_defaults(handler=cmd_households_list)


def cmd_init(args: argparse.Namespace) -> dict[str, Any]:
    info = kelurahan_info(args.kelurahan)  # check the code before any file is created
    svc = services_for(args)
    svc.settings.bind_kelurahan(info.kelurahan_code)
    return {"kelurahan_code": info.kelurahan_code, "kelurahan_name": info.kelurahan_name,
            "kecamatan_name": info.kecamatan_name, "kota_name": info.kota_name, "provinsi_name": info.provinsi_name}


def cmd_demo(args: argparse.Namespace) -> dict[str, Any]:
    from ..services.demo import generate_demo
    from ..services.musyawarah import create_demo_musyawarah

    if args.households < 1:
        raise SiksError("bad_argument", "--households harus paling sedikit 1.")
    info = kelurahan_info(args.kelurahan)
    svc = services_for(args)
    if svc.households.counts().households:
        raise SiksError("not_empty", "Basis data sudah berisi rumah tangga; demo hanya dibuat pada basis data baru.")
    svc.settings.bind_kelurahan(info.kelurahan_code)
    existing = {u.username for u in svc.accounts.list()}
    for username, role, nama in DEMO_USERS:
        if username not in existing:
            svc.accounts.add(username, role, DEMO_PASSWORD, nama_lengkap=nama,
                             kelurahan_kode=info.kelurahan_code if role != "admin" else None)
    stats = generate_demo(svc.engine, households=args.households, seed=args.seed,
                          kelurahan_kode=info.kelurahan_code, progress=progress_printer(args.json))
    tahap_1 = next((t for t in svc.settings.tahap_list() if (t.tahun, t.nomor) == (2023, 1)), None)
    if tahap_1 is not None:  # the demo's households are all in tahap 1: make it the active one
        svc.settings.set(TAHAP_KEY, str(tahap_1.id), reason="siks demo")
    svc.audit.record("demo.generate", "ruta", None, {"households": (0, stats.households)}, reason="siks demo")
    muskel = create_demo_musyawarah(svc)
    return {"households": stats.households, "members": stats.members, "families": stats.families,
            "musyawarah": muskel.id if muskel else None,
            "kelurahan_code": info.kelurahan_code, "users": [u for u, _, _ in DEMO_USERS],
            "password": DEMO_PASSWORD}


def cmd_users_add(args: argparse.Namespace) -> dict[str, Any]:
    password = read_secret(args, "Kata sandi pengguna baru: ")
    user = services_for(args).accounts.add(args.name, args.role, password, nama_lengkap=args.nama_lengkap,
                                           kelurahan_kode=args.kelurahan)
    return {"id": user.id, "username": user.username, "role": user.role, "kelurahan_kode": user.kelurahan_kode}


def cmd_users_list(args: argparse.Namespace) -> dict[str, Any] | None:
    users = services_for(args).accounts.list()
    if not args.json:
        for u in users:
            print(f"{u.username:20} {u.role:10} {'aktif' if u.aktif else 'nonaktif':8} {u.kelurahan_kode or '-'}")
        args.streamed = True
    return {"users": [{"username": u.username, "role": u.role, "nama_lengkap": u.nama_lengkap,
                       "kelurahan_kode": u.kelurahan_kode, "aktif": u.aktif} for u in users]}


def cmd_audit_verify(args: argparse.Namespace) -> dict[str, Any]:
    result = services_for(args).audit.verify()
    out = {"valid": result.valid, "entries": result.entries, "first_broken": result.first_broken}
    if not result.valid:
        raise CliExit(SiksError("audit_broken", f"Rantai audit putus pada baris id {result.first_broken}.",
                                row=result.first_broken), out)
    return out


def _member_json(m: Any) -> dict[str, Any]:
    sex = m.get("jenis_kelamin")
    born = m.get("tanggal_lahir")
    return {"nik": m.nik, "nama": m.nama, "jenis_kelamin": {1: "L", 2: "P"}.get(sex),
            "tanggal_lahir": born.isoformat() if born else None, "status": m.get("status_art"),
            "hub_krt": m.get("hub_krt")}


def cmd_households_list(args: argparse.Namespace) -> None:
    svc = services_for(args)
    query = HouseholdQuery(text=args.search, status=args.status, source=args.source)
    status_label = codelist("status_ruta")
    out = sys.stdout
    args.streamed = True
    if args.json:
        out.write('{"households": [')
    first, after, written = True, 0, 0
    while args.limit is None or written < args.limit:
        page = svc.households.page_full(query, after_id=after, limit=500)
        if not page:
            break
        for hh in page:
            if args.limit is not None and written >= args.limit:
                break
            written += 1
            after = hh.id or after
            kk = next((f.no_kk for f in hh.families if f.no_kk), None)
            status = hh.get("status_verval")
            if args.json:
                item = {"id": hh.id, "uid": hh.uid, "no_kk": kk, "alamat": hh.get("alamat"), "rt": hh.get("rt"),
                        "rw": hh.get("rw"), "status": status, "record_state": hh.record_state,
                        "sources": sorted({t.sumber for t in hh.sources}),
                        "members": [_member_json(m) for m in hh.members]}
                out.write(("" if first else ",") + json.dumps(item, ensure_ascii=False))
                first = False
            else:
                label = status_label.label(status) if status else "belum diverval"
                out.write(f"{hh.id:>7}  RT {hh.get('rt') or '-':>3}/RW {hh.get('rw') or '-':>3}  "
                          f"{(hh.get('alamat') or '')[:40]:40}  {len(hh.members):>2} ART  {label}\n")
        after = page[-1].id or after
    if args.json:
        out.write("]}\n")
    else:
        print(f"{written} rumah tangga", file=sys.stderr)
    return None
