"""Bundle commands: ``export``, ``verify`` (workstation) and ``central … import|status|conflicts|resolve`` (Dinsos).

cli.md is the contract (names, options, JSON keys). Secrets (PKCS#12 passwords) come only from --password-file,
$SIKS_PASSWORD or a terminal prompt. Other areas add their own ``central`` subcommands through
:func:`central_commands` (argparse refuses a second ``central`` parser).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from ..errors import SiksError
from . import CliExit, json_flag, read_secret

CENTRAL_DB_ENV = "SIKS_CENTRAL_DB"


def central_commands(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """The sub-subparsers of ``siks central`` (created on first use): ``central_commands(sub).add_parser(...)``.
    Handlers read the store URL from ``args.central_db`` (see :func:`central_services`)."""
    existing = getattr(sub, "_siks_central", None)
    if existing is not None:
        return existing
    p = sub.add_parser("central", help="penyimpanan pusat Dinsos (impor bundel, status, konflik)")
    p.add_argument("--db", dest="central_db", default=None, metavar="URL",
                   help=f"URL SQLAlchemy penyimpanan pusat (PostgreSQL atau SQLite); bawaan ${CENTRAL_DB_ENV}")
    csub = p.add_subparsers(dest="central_command", metavar="AKSI", required=True)
    sub._siks_central = csub  # type: ignore[attr-defined]
    return csub


def central_services(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from ..db.migrate import open_database
    from ..services import Services
    from .workstation import cli_actor

    url = args.central_db or os.environ.get(CENTRAL_DB_ENV)
    if not url:
        raise SiksError("central_db_required", "Sebutkan penyimpanan pusat: central --db URL (atau $SIKS_CENTRAL_DB).")
    return Services(open_database(url), cli_actor())


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="tulis bundel .siks berikutnya (terenkripsi untuk Dinsos, ditandatangani)")
    p.add_argument("--out", required=True, help="berkas .siks yang ditulis")
    p.add_argument("--recipient", action="append", default=[], metavar="CERT.pem",
                   help="sertifikat penerima (Dinsos; boleh diulang untuk kunci cadangan)")
    p.add_argument("--sign", metavar="FILE.p12", help="kunci + sertifikat operator (PKCS#12)")
    p.add_argument("--full", action="store_true", help="bundel lengkap (semua data), bukan hanya perubahan")
    p.add_argument("--resend", metavar="BUNDLE_ID", help="kirim ulang bundel lama apa adanya (id, nomor urut, latest)")
    p.add_argument("--list", action="store_true", dest="list_sent", help="daftar bundel yang sudah dikirim")
    p.add_argument("--password-file", default=None, help="kata sandi PKCS#12 (baris pertama)")
    json_flag(p)
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("verify", help="periksa keutuhan dan keaslian bundel .siks tanpa mendekripsi")
    p.add_argument("file")
    p.add_argument("--ca", required=True, metavar="CA.pem")
    json_flag(p)
    p.set_defaults(handler=cmd_verify)

    csub = central_commands(sub)
    p = csub.add_parser("import", help="verifikasi, dekripsi dan impor bundel ke penyimpanan pusat")
    p.add_argument("files", nargs="+", metavar="FILE.siks")
    p.add_argument("--key", required=True, metavar="FILE.p12", help="kunci Dinsos (PKCS#12)")
    p.add_argument("--ca", required=True, metavar="CA.pem")
    p.add_argument("--receipts", default=None, metavar="DIR", help="folder tanda terima (bawaan: di samping bundel)")
    p.add_argument("--held", default=None, metavar="DIR",
                   help="tahan bundel yang datang tidak berurutan di folder ini sampai celahnya tertutup")
    p.add_argument("--password-file", default=None)
    json_flag(p)
    p.set_defaults(handler=cmd_central_import)

    p = csub.add_parser("status", help="isi penyimpanan pusat per kelurahan, dengan celah nomor urut")
    json_flag(p)
    p.set_defaults(handler=cmd_central_status)

    p = csub.add_parser("conflicts", help="data yang bertabrakan antarkelurahan, untuk ditinjau")
    p.add_argument("--all", action="store_true", help="termasuk yang sudah diselesaikan")
    json_flag(p)
    p.set_defaults(handler=cmd_central_conflicts)

    p = csub.add_parser("resolve", help="tandai konflik selesai ditinjau")
    p.add_argument("conflict_id", type=int)
    p.add_argument("--note", required=True, help="keputusan peninjau")
    json_flag(p)
    p.set_defaults(handler=cmd_central_resolve)


# ---------------------------------------------------------------- workstation

def _load_signer(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from ..io import pki

    password = read_secret(args, "Kata sandi kunci (PKCS#12): ")
    return pki.load_p12(args.sign if hasattr(args, "sign") and args.sign else args.key, password.encode("utf-8"))


def cmd_export(args: argparse.Namespace) -> dict[str, Any]:
    from ..io import pki
    from ..io.siks_format import identity_from_cert
    from .workstation import services_for

    svc = services_for(args)
    if args.list_sent:
        return {"bundles": svc.bundles.history()}
    if args.resend:
        res = svc.bundles.resend(args.resend, args.out)
        return _export_json(res) | {"resent": True}
    if not args.recipient or not args.sign:
        raise SiksError("bad_argument", "export memerlukan --recipient CERT.pem dan --sign FILE.p12.")
    kel = svc.settings.kelurahan()
    if kel is None:
        raise SiksError("not_initialised", "Basis data belum terikat ke kelurahan: jalankan dulu siks init.")
    recipients = []
    for path in args.recipient:
        cert = pki.load_cert(path)
        _name, role, _k = identity_from_cert(cert)
        if role != "dinsos":
            raise SiksError("wrong_recipient", "Sertifikat penerima bukan sertifikat Dinsos.", file=path)
        recipients.append(cert)
    key, cert, chain = _load_signer(args)
    _name, role, cert_kel = identity_from_cert(cert)
    if role != "operator":
        raise SiksError("wrong_role", "Bundel harus ditandatangani dengan sertifikat operator kelurahan.")
    if cert_kel != kel.kelurahan_code:
        raise SiksError("kelurahan_mismatch", "Sertifikat operator untuk kelurahan lain daripada basis data ini.")
    pki.ensure_not_expired(cert)
    archive = None
    if "://" not in str(args.db):
        archive = Path(args.db).expanduser().resolve().parent / "bundel-terkirim"
    res = svc.bundles.export(args.out, kelurahan_code=kel.kelurahan_code, recipients=recipients, signer_key=key,
                             signer_cert=cert, signer_chain=[c for c in chain if c != cert], full=args.full,
                             archive_dir=archive)
    return _export_json(res)


def _export_json(res) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return {"bundle_id": res.bundle_id, "sequence": res.sequence, "households": res.households,
            "members": res.members, "attachments": res.attachments, "kind": res.kind, "tombstones": res.tombstones,
            "file": res.path, "sha256": res.sha256, "size": res.size}


def cmd_verify(args: argparse.Namespace) -> dict[str, Any]:
    from ..io import pki
    from ..io.siks_format import BundleError, verify_bundle

    ca = pki.load_cert(args.ca)
    try:
        r = verify_bundle(args.file, ca_cert=ca)
    except BundleError as exc:
        raise CliExit(exc, {"valid": False, "bundle_id": None, "sequence": None, "kelurahan_code": None,
                            "signer": None, "error": exc.code, "message": exc.message}) from None
    return {"valid": True, "bundle_id": r.bundle_id, "sequence": r.sequence, "kelurahan_code": r.kelurahan_code,
            "signer": r.signer, "signer_fingerprint": r.signer_fingerprint, "previous_bundle_id": r.previous_bundle_id,
            "created_at": r.created_at, "counts": dict(r.counts), "kind": r.manifest.get("kind")}


# ---------------------------------------------------------------- central

def cmd_central_import(args: argparse.Namespace) -> dict[str, Any] | None:
    from ..io import pki
    from ..services.central import ImportKeys

    ca = pki.load_cert(args.ca)
    key, cert, _chain = _load_signer(args)
    svc = central_services(args)
    keys = ImportKeys(recipient_key=key, recipient_cert=cert, ca_cert=ca, receipt_key=key, receipt_cert=cert)
    results = svc.central.import_files(args.files, keys, receipt_dir=args.receipts, held_dir=args.held)
    out = {"results": [{"file": r.file, "bundle_id": r.bundle_id, "status": r.status, "reason": r.reason,
                        "kelurahan_code": r.kelurahan_code, "sequence": r.sequence, "conflicts": r.conflicts,
                        "receipt": r.receipt} for r in results]}
    if not args.json:
        for r in results:
            extra = f" ({r.reason}: {r.message})" if r.reason else ""
            more = f", {r.conflicts} konflik" if r.conflicts else ""
            print(f"{r.status:9} {r.file}{extra}{more}")
        args.streamed = True
    rejected = [r for r in results if r.status == "rejected"]
    if rejected:
        raise CliExit(SiksError("rejected", f"{len(rejected)} dari {len(results)} bundel ditolak; "
                                            "tidak ada data dari bundel itu yang disimpan."), out)
    return out


def cmd_central_status(args: argparse.Namespace) -> dict[str, Any]:
    kel = central_services(args).central.status()
    if not args.json:
        for d in kel:
            gaps = ",".join(map(str, d["gaps"])) or "-"
            print(f"{d['kelurahan_code']}  bundel {d['bundles']:>3}  terakhir #{d['last_sequence']:<4} celah {gaps:10}"
                  f"  ruta {d['households']:>7}  ART {d['members']:>8}  konflik {d['open_conflicts']}")
        args.streamed = True
    return {"kelurahan": kel}


def cmd_central_conflicts(args: argparse.Namespace) -> dict[str, Any]:
    rows = central_services(args).central.conflicts(include_resolved=args.all)
    if not args.json:
        for c in rows:
            print(f"#{c['id']:<5} {c['status']:8} {c['kelurahan_code']} {c['entity']:8} {c['reason']:20} "
                  f"lawan {c['other_kelurahan_code'] or '-'}", file=sys.stdout)
        args.streamed = True
    return {"conflicts": rows}


def cmd_central_resolve(args: argparse.Namespace) -> dict[str, Any]:
    central_services(args).central.resolve(args.conflict_id, args.note)
    return {"id": args.conflict_id, "status": "resolved"}
