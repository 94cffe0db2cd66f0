"""Kecamatan/kota commands on the central store: ``central rekap``, ``central pengesahan``, ``central submission``
(cli.md). They hang under ``siks central`` through :func:`siks_desktop.cli.bundles.central_commands`."""
from __future__ import annotations

import argparse
from typing import Any

from . import json_flag, read_secret
from .bundles import central_commands, central_services


def _tahap_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--tahap", type=int, required=True, metavar="N", help="nomor tahap (1, 2, 3)")
    p.add_argument("--tahun", type=int, default=None, help="tahun tahap (bawaan: tahun terbaru yang berisi data)")
    p.add_argument("--wilayah", default=None, metavar="KODE",
                   help="kode Kemendagri kota/kabupaten atau kecamatan (bawaan: satu-satunya kota dalam penyimpanan)")


def register(sub: argparse._SubParsersAction) -> None:
    csub = central_commands(sub)
    p = csub.add_parser("rekap", help="rekap per kecamatan/kelurahan: ruta, keluarga, jiwa, bundel, Berita Acara")
    _tahap_args(p)
    p.add_argument("--ca", default=None, metavar="CA.pem", help="periksa tanda tangan setiap Berita Acara")
    json_flag(p)
    p.set_defaults(handler=cmd_rekap)

    p = csub.add_parser("pengesahan", help="buat dan tandatangani Surat Pengesahan Walikota/Bupati untuk satu tahap")
    _tahap_args(p)
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--sign", required=True, metavar="FILE.p12", help="sertifikat walikota (PKCS#12)")
    p.add_argument("--ca", default=None, metavar="CA.pem",
                   help="CA untuk memeriksa Berita Acara (bawaan: CA dalam berkas --sign)")
    p.add_argument("--kelurahan", action="append", default=None, metavar="KODE",
                   help="hanya kelurahan ini (boleh diulang; bawaan: semua kelurahan yang ada datanya)")
    p.add_argument("--penandatangan", choices=("walikota", "kasudin"), default=None,
                   help="Walikota/Bupati, atau atas nama oleh Kepala Suku Dinas Sosial (bawaan: pengaturan)")
    p.add_argument("--nip", default=None, help="NIP penandatangan (bawaan: pengaturan)")
    p.add_argument("--nomor", default=None, help="nomor surat (bawaan: penomoran otomatis)")
    p.add_argument("--paraf", default=None, metavar="FILE.p12", help="sertifikat camat untuk paraf lebih dulu")
    p.add_argument("--paraf-password-file", default=None)
    p.add_argument("--paper", choices=("A4", "F4"), default="A4")
    p.add_argument("--password-file", default=None, help="kata sandi PKCS#12 (baris pertama)")
    json_flag(p)
    p.set_defaults(handler=cmd_pengesahan)

    p = csub.add_parser("submission", help="paket unggah SIKS-NG: data format BDT/DTKS, Berita Acara, Surat "
                                           "Pengesahan, manifest")
    _tahap_args(p)
    p.add_argument("--out", required=True, metavar="DIR")
    json_flag(p)
    p.set_defaults(handler=cmd_submission)


def cmd_rekap(args: argparse.Namespace) -> dict[str, Any]:
    rekap = central_services(args).kota.consolidate(tahap=args.tahap, tahun=args.tahun, wilayah=args.wilayah,
                                                    ca=args.ca)
    out = rekap.as_json()
    if not args.json:
        print(f"{rekap.wilayah_nama} — {rekap.tahap_nama}")
        for k in rekap.kelurahan:
            ba = {True: "sah", False: "TIDAK SAH/TIDAK ADA", None: "belum diperiksa"}[k.ba_valid]
            seq = max((b.sequence for b in k.bundles), default=0)
            print(f"  {k.kecamatan_nama:18} {k.nama:22} ruta {k.ruta:>6} keluarga {k.keluarga:>6} jiwa {k.jiwa:>7}"
                  f"  bundel #{seq:<3} BA {ba}")
        for m in rekap.missing:
            print(f"  {m['kecamatan_nama']:18} {m['nama']:22} belum mengirim bundel")
        args.streamed = True
    return out


def cmd_pengesahan(args: argparse.Namespace) -> dict[str, Any]:
    password = read_secret(args, "Kata sandi kunci walikota (PKCS#12): ").encode("utf-8")
    paraf_pw = None
    if args.paraf:
        paraf_pw = read_secret(args, "Kata sandi kunci camat (PKCS#12): ",
                               attr="paraf_password_file" if args.paraf_password_file else "password_file")
        paraf_pw = paraf_pw.encode("utf-8")
    res = central_services(args).kota.sign_pengesahan(
        tahap=args.tahap, tahun=args.tahun, wilayah=args.wilayah, out_path=args.out, p12_path=args.sign,
        passphrase=password, ca=args.ca, kelurahan=args.kelurahan, penandatangan=args.penandatangan, nip=args.nip,
        nomor=args.nomor, paraf_p12=args.paraf, paraf_passphrase=paraf_pw, paper=args.paper)
    return {"id": res.id, "path": str(res.path), "nomor": res.nomor, "pages": res.pages, "sha256": res.sha256,
            "counts_sha256": res.counts_sha256, "kelurahan": res.kelurahan, "totals": res.totals}


def cmd_submission(args: argparse.Namespace) -> dict[str, Any]:
    res = central_services(args).kota.submission(tahap=args.tahap, tahun=args.tahun, wilayah=args.wilayah,
                                                 out_dir=args.out)
    return {"out": str(res.out_dir), "files": res.files, "households": res.households, "members": res.members,
            "pengesahan_nomor": res.pengesahan_nomor}
