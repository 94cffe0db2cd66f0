"""Keys and documents (../shared/docs/cli.md): ``pki init-ca``, ``pki issue``, ``berita-acara``, ``verify-pdf``.

Secrets never come from argv: the CA password and the PKCS#12 password for signing via ``--password-file`` /
``$SIKS_PASSWORD`` / a prompt; the password of a new PKCS#12 (``pki issue``) via ``--p12-password-file`` /
``$SIKS_P12_PASSWORD`` / a prompt asked twice.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from ..errors import SiksError
from . import CliExit, json_flag, read_secret

PKI_ROLE_CHOICES = ("operator", "lurah", "camat", "walikota", "dinsos")


def register(sub: argparse._SubParsersAction) -> None:
    pki = sub.add_parser("pki", help="otoritas sertifikat Dinsos dan sertifikat penanda tangan")
    psub = pki.add_subparsers(dest="pki_command", metavar="AKSI", required=True)

    p = psub.add_parser("init-ca", help="buat otoritas sertifikat (CA) Dinas Sosial")
    p.add_argument("--out", required=True, help="folder baru untuk ca.pem dan ca-key.pem")
    p.add_argument("--name", required=True, help="nama CA, mis. \"SIKS Dinsos DKI Jakarta CA\"")
    p.add_argument("--password-file", default=None, help="berkas berisi kata sandi kunci CA (baris pertama)")
    p.add_argument("--valid-days", type=int, default=3650)
    json_flag(p)
    p.set_defaults(handler=cmd_init_ca)

    p = psub.add_parser("issue", help="terbitkan sertifikat + kunci (PKCS#12) untuk satu peran")
    p.add_argument("--ca", required=True, help="folder CA (berisi ca.pem dan ca-key.pem)")
    p.add_argument("--name", required=True, help="nama pemegang, mis. \"Budi Santoso, S.Sos\"")
    p.add_argument("--role", required=True, choices=PKI_ROLE_CHOICES)
    p.add_argument("--kelurahan", default=None, help="kode kelurahan (wajib untuk operator dan lurah)")
    p.add_argument("--out", required=True, help="berkas .p12 yang dibuat")
    p.add_argument("--cert-out", default=None, help="juga tulis sertifikat saja (PEM)")
    p.add_argument("--password-file", default=None, help="kata sandi kunci CA (baris pertama)")
    p.add_argument("--p12-password-file", default=None, help="kata sandi untuk berkas .p12 baru (baris pertama)")
    p.add_argument("--valid-days", type=int, default=730)
    json_flag(p)
    p.set_defaults(handler=cmd_issue)

    p = sub.add_parser("berita-acara", help="buat PDF Berita Acara musyawarah dan tandatangani (PAdES)")
    p.add_argument("--musyawarah", required=True, help="id musyawarah atau 'latest'")
    p.add_argument("--out", required=True, help="berkas PDF keluaran")
    p.add_argument("--sign", default=None, metavar="FILE.p12",
                   help="kunci Lurah (PKCS#12); tanpa ini dibuat draf tanpa tanda tangan yang tidak disimpan")
    p.add_argument("--password-file", default=None, help="kata sandi berkas .p12 (baris pertama)")
    p.add_argument("--paper", default="A4", choices=("A4", "F4"))
    json_flag(p)
    p.set_defaults(handler=cmd_berita_acara)

    p = sub.add_parser("verify-pdf", help="periksa setiap tanda tangan dalam PDF terhadap CA")
    p.add_argument("file", help="berkas PDF")
    p.add_argument("--ca", required=True, help="sertifikat CA (ca.pem)")
    json_flag(p)
    p.set_defaults(handler=cmd_verify_pdf)


def _new_p12_password(args: argparse.Namespace) -> str:
    """Password of a new PKCS#12: --p12-password-file, $SIKS_P12_PASSWORD, or a prompt asked twice."""
    if args.p12_password_file:
        try:
            value = Path(args.p12_password_file).read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError) as exc:
            raise SiksError("password_file", "Berkas kata sandi tidak dapat dibaca atau kosong.") from exc
        return value
    env = os.environ.get("SIKS_P12_PASSWORD")
    if env:
        return env
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        first = getpass.getpass("Kata sandi berkas .p12 baru: ", stream=sys.stderr)
        if getpass.getpass("Ulangi kata sandi: ", stream=sys.stderr) != first:
            raise SiksError("password_mismatch", "Kedua kata sandi tidak sama.")
        return first
    raise SiksError("password_required", "Kata sandi .p12 baru diperlukan: gunakan --p12-password-file atau "
                    "$SIKS_P12_PASSWORD.")


def cmd_init_ca(args: argparse.Namespace) -> dict[str, Any]:
    from ..io import pki

    password = read_secret(args, "Kata sandi kunci CA: ")
    ca = pki.init_ca(args.out, args.name, password.encode("utf-8"), valid_days=args.valid_days)
    return {"ca_cert": str(ca.cert), "ca_key": str(ca.key), "fingerprint": ca.fingerprint_sha256}


def cmd_issue(args: argparse.Namespace) -> dict[str, Any]:
    from ..io import pki

    ca_password = read_secret(args, "Kata sandi kunci CA: ")
    p12_password = _new_p12_password(args)
    cert = pki.issue(args.ca, ca_password.encode("utf-8"), name=args.name, role=args.role,
                     kelurahan_code=args.kelurahan, out_p12=args.out, p12_password=p12_password.encode("utf-8"),
                     cert_out=args.cert_out, valid_days=args.valid_days)
    return {"cert_fingerprint": cert.fingerprint_sha256, "p12": str(cert.p12),
            "cert_pem": str(cert.cert_pem) if cert.cert_pem else None, "name": cert.name, "role": cert.role,
            "kelurahan_code": cert.kelurahan_code, "not_after": cert.not_after.isoformat()}


def _musyawarah_id(svc: Any, ref: str) -> int:
    if ref == "latest":
        latest = svc.musyawarah.latest()
        if latest is None:
            raise SiksError("musyawarah_not_found", "Belum ada musyawarah dalam basis data.")
        return latest.id
    if not ref.isdigit():
        raise SiksError("bad_argument", "--musyawarah harus berupa id (angka) atau 'latest'.")
    return int(ref)


def cmd_berita_acara(args: argparse.Namespace) -> dict[str, Any]:
    from .workstation import services_for

    svc = services_for(args)
    mid = _musyawarah_id(svc, args.musyawarah)
    if not args.sign:
        res = svc.musyawarah.render_ba(mid, args.out, paper=args.paper)
        return {"musyawarah": mid, "path": str(res.path), "pages": res.pages, "households": res.households,
                "sha256": res.sha256, "signed": False}
    passphrase = read_secret(args, "Kata sandi berkas .p12: ")
    doc = svc.musyawarah.sign_ba(mid, args.sign, passphrase.encode("utf-8"), args.out, paper=args.paper)
    return {"musyawarah": mid, "path": str(Path(args.out)), "pages": doc.pages, "households": doc.households,
            "sha256": doc.sha256, "signed": True, "version": doc.version, "doc_id": doc.doc_id,
            "body_sha256": doc.body_sha256, "signer": doc.signer_nama, "document_id": doc.id}


def cmd_verify_pdf(args: argparse.Namespace) -> dict[str, Any]:
    from ..io.signing import verify_pdf

    if not Path(args.file).is_file():
        raise SiksError("not_found", "Berkas PDF tidak ditemukan.")
    verdict = verify_pdf(args.file, args.ca)
    out = verdict.as_json()
    if not verdict.valid:
        reason = ("PDF tidak bertanda tangan." if not verdict.signatures else
                  f"{sum(1 for s in verdict.signatures if not s.valid)} dari {len(verdict.signatures)} tanda tangan "
                  "tidak sah (rusak, diubah, atau bukan dari CA ini).")
        raise CliExit(SiksError("pdf_invalid", reason), out)
    return out
