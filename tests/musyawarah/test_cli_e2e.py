"""End to end through the ``siks`` command, as Dinsos staff would run it: demo → pki init-ca → pki issue lurah →
berita-acara latest --sign → verify-pdf; the PDF read back with pdftotext and checked by poppler's pdfsig trusting the
CA through an NSS database; one changed byte makes both say invalid."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.io.conftest import need_tool, pdftotext

ROOT = Path(__file__).resolve().parents[2]


def siks(db: Path, *args: str, env_extra: dict[str, str] | None = None, check: bool = True):
    env = {k: v for k, v in os.environ.items() if k not in ("SIKS_PASSWORD", "SIKS_P12_PASSWORD", "SIKS_DB")}
    env.update(env_extra or {})
    proc = subprocess.run([sys.executable, "main.py", "--db", str(db), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=300,
                          check=False)
    if check and proc.returncode != 0:
        raise AssertionError(f"siks {' '.join(args)} → {proc.returncode}\n{proc.stderr}")
    return proc


def pdfsig(pdf: Path, nssdir: Path) -> str:
    return subprocess.run(["pdfsig", "-nssdir", f"sql:{nssdir}", str(pdf)], capture_output=True, text=True,
                          check=False).stdout  # pdfsig exits 0 even for a broken signature: read its text


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    d = tmp_path_factory.mktemp("e2e")
    db = d / "siks.db"
    (d / "ca.pw").write_text("sandi-ca-uji\n")
    (d / "p12.pw").write_text("sandi-lurah-uji\n")
    demo = json.loads(siks(db, "demo", "--households", "150", "--json").stdout)
    ca = json.loads(siks(db, "pki", "init-ca", "--out", str(d / "ca"), "--name", "SIKS Dinsos Uji CA",
                         "--password-file", str(d / "ca.pw"), "--json").stdout)
    issued = json.loads(siks(db, "pki", "issue", "--ca", str(d / "ca"), "--name", "Budi Santoso, S.Sos",
                             "--role", "lurah", "--kelurahan", "31.71.01.1001", "--out", str(d / "lurah.p12"),
                             "--cert-out", str(d / "lurah.pem"), "--json",
                             env_extra={"SIKS_PASSWORD": "sandi-ca-uji",
                                        "SIKS_P12_PASSWORD": "sandi-lurah-uji"}).stdout)
    ba = json.loads(siks(db, "berita-acara", "--musyawarah", "latest", "--out", str(d / "ba.pdf"), "--sign",
                         str(d / "lurah.p12"), "--password-file", str(d / "p12.pw"), "--json").stdout)
    return {"dir": d, "db": db, "demo": demo, "ca": ca, "issued": issued, "ba": ba, "pdf": d / "ba.pdf"}


def test_commands_and_json_keys(signed):
    assert signed["demo"]["musyawarah"] is not None
    assert Path(signed["ca"]["ca_cert"]).is_file()
    assert re.fullmatch(r"[0-9a-f]{64}", signed["issued"]["cert_fingerprint"])
    ba = signed["ba"]
    assert ba["pages"] >= 4 and 35 <= ba["households"] <= 40
    assert ba["sha256"] == __import__("hashlib").sha256(signed["pdf"].read_bytes()).hexdigest()


def test_verify_pdf_json(signed):
    out = json.loads(siks(signed["db"], "verify-pdf", str(signed["pdf"]), "--ca", signed["ca"]["ca_cert"],
                          "--json").stdout)
    assert out["valid"] is True
    [sig] = out["signatures"]
    assert sig["intact"] and sig["trusted"] and sig["role"] == "lurah" and sig["signer"] == "Budi Santoso, S.Sos"
    assert sig["signed_at"]


def test_pdf_text(signed):
    text = pdftotext(signed["pdf"])
    flat = " ".join(text.split())
    assert "Pada hari ini Senin tanggal tiga puluh satu bulan Juli tahun dua ribu dua puluh tiga" in flat
    assert "BERITA ACARA" in text and "MUSYAWARAH KELURAHAN GAMBIR" in text
    assert f"Halaman 1 dari {signed['ba']['pages']}" in flat
    assert f"Halaman {signed['ba']['pages']} dari {signed['ba']['pages']}" in flat
    m = re.search(r"Jumlah ruta yang diputuskan\s+(\d+)", text)
    assert m and int(m.group(1)) == signed["ba"]["households"]
    for label in ("Layak diusulkan", "Tidak layak (mampu)", "Verval ulang", "Usulan hapus"):
        assert re.search(re.escape(label) + r"\s+\d+", text), label
    assert "Budi Santoso, S.Sos" in text and "NIP. 19780512 200312 1 004" in flat
    assert f"Jumlah: {signed['ba']['households']} rumah tangga." in flat


def test_the_signed_pdf_is_kept_in_the_database(signed):
    from siks_desktop.db.migrate import open_database
    from siks_desktop.services import Services

    engine = open_database(signed["db"])
    svc = Services(engine)
    m = svc.musyawarah.latest()
    [doc] = svc.musyawarah.documents(m.id)
    assert m.locked and doc.sha256 == signed["ba"]["sha256"]
    assert svc.musyawarah.document_pdf(doc.id) == signed["pdf"].read_bytes()
    engine.dispose()
    again = siks(signed["db"], "berita-acara", "--musyawarah", "latest", "--out", str(signed["dir"] / "x.pdf"),
                 "--sign", str(signed["dir"] / "lurah.p12"), "--password-file", str(signed["dir"] / "p12.pw"),
                 check=False)
    assert again.returncode == 1 and again.stderr.startswith("error: musyawarah_locked:")
    assert not (signed["dir"] / "x.pdf").exists()


def test_pdfsig_and_tampering(signed):
    need_tool("pdfsig")
    need_tool("certutil")
    d = signed["dir"]
    nss = d / "nss"
    nss.mkdir()
    subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True, capture_output=True)
    subprocess.run(["certutil", "-A", "-d", f"sql:{nss}", "-n", "siks-ca", "-t", "CT,C,C", "-i",
                    signed["ca"]["ca_cert"]], check=True, capture_output=True)
    good = pdfsig(signed["pdf"], nss)
    assert "Signature is Valid." in good and "Certificate is Trusted." in good, good

    data = bytearray(signed["pdf"].read_bytes())
    pos = data.index(b"Halaman 1 dari") if b"Halaman 1 dari" in data else len(data) // 3  # inside the signed range
    data[pos] ^= 0x01
    bad_pdf = d / "ba-tampered.pdf"
    bad_pdf.write_bytes(bytes(data))
    bad = pdfsig(bad_pdf, nss)
    assert "Signature is Valid." not in bad, bad
    proc = siks(signed["db"], "verify-pdf", str(bad_pdf), "--ca", signed["ca"]["ca_cert"], "--json", check=False)
    assert proc.returncode == 1
    out = json.loads(proc.stdout)
    assert out["valid"] is False and not out["signatures"][0]["intact"]
    assert proc.stderr.startswith("error: pdf_invalid:")


def test_errors_are_one_line(signed):
    d = signed["dir"]
    wrong = d / "wrong.pw"
    wrong.write_text("bukan-ini\n")
    proc = siks(signed["db"], "berita-acara", "--musyawarah", "99", "--out", str(d / "y.pdf"), "--sign",
                str(d / "lurah.p12"), "--password-file", str(wrong), check=False)
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1
    proc = siks(signed["db"], "pki", "issue", "--ca", str(d / "ca"), "--name", "X", "--role", "lurah",
                "--kelurahan", "3171011001", "--out", str(d / "x.p12"), "--password-file", str(wrong),
                env_extra={"SIKS_P12_PASSWORD": "p"}, check=False)
    assert proc.returncode == 1 and proc.stderr.startswith("error: bad_passphrase:")
    proc = siks(signed["db"], "pki", "issue", "--ca", str(d / "ca"), "--name", "X", "--role", "lurah",
                "--kelurahan", "3171011001", "--out", str(d / "x.p12"), "--password-file", str(d / "ca.pw"),
                check=False)  # no password for the new .p12, no terminal
    assert proc.returncode == 1 and proc.stderr.startswith("error: password_required:")
    assert not (d / "x.p12").exists()
