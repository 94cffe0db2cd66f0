"""Sign a Berita Acara twice (Lurah, then a wakil) and check it with pyHanko and poppler's pdfsig (real tools)."""
from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

import pytest

from siks_desktop.errors import SiksError
from siks_desktop.io import pki, qrpayload, signing
from siks_desktop.io.documents.berita_acara import render_berita_acara
from tests.io.conftest import P12_PW, need_tool
from tests.io.sample_ba import sample_ba


@pytest.fixture(scope="module")
def signed(pki_env, tmp_path_factory):
    d = tmp_path_factory.mktemp("sign")
    res = render_berita_acara(sample_ba(60), d / "ba.pdf")
    s1 = signing.sign_pdf(res.path, d / "ba-1.pdf", pki_env.lurah.p12, P12_PW, field_name="TTD_Lurah",
                          box=res.signature_boxes["lurah"], reason="Menyetujui Berita Acara", location="Gambir")
    s2 = signing.sign_pdf(s1.path, d / "ba-2.pdf", pki_env.wakil.p12, P12_PW, field_name="TTD_Wakil_1",
                          box=res.signature_boxes["wakil_1"], reason="Wakil peserta musyawarah", location="Gambir")
    return dataclasses.make_dataclass("S", ["dir", "render", "s1", "s2"])(d, res, s1, s2)


@pytest.fixture(scope="module")
def nssdb(pki_env, tmp_path_factory):
    need_tool("certutil")
    db = tmp_path_factory.mktemp("nss")
    subprocess.run(["certutil", "-N", "-d", f"sql:{db}", "--empty-password"], check=True, capture_output=True)
    subprocess.run(["certutil", "-A", "-d", f"sql:{db}", "-n", "ca", "-t", "CT,C,C", "-i", str(pki_env.ca.cert)],
                   check=True, capture_output=True)
    return db


def pdfsig(db: Path, pdf: Path) -> str:
    need_tool("pdfsig")
    r = subprocess.run(["pdfsig", "-nssdir", f"sql:{db}", str(pdf)], capture_output=True, text=True)
    return r.stdout + r.stderr  # exit code is 0 even for broken files: read the text


def flip_byte(src: Path, dst: Path, needle: bytes, delta: int = 0) -> None:
    data = bytearray(src.read_bytes())
    pos = data.index(needle) + delta
    data[pos] ^= 0x01
    dst.write_bytes(bytes(data))


def test_two_signatures_valid_with_pyhanko(signed, pki_env):
    v = signing.verify_pdf(signed.s2.path, pki_env.ca.cert)
    assert v.valid
    assert [s.field for s in v.signatures] == ["TTD_Lurah", "TTD_Wakil_1"]
    lurah, wakil = v.signatures
    assert (lurah.signer, lurah.role, lurah.kelurahan_code) == ("Budi Santoso, S.Sos", "lurah", "3171011001")
    assert wakil.signer == "Siti Aminah" and wakil.role == "operator"
    assert all(s.intact and s.trusted and s.valid and s.signed_at for s in v.signatures)
    assert wakil.covers_whole_file and not lurah.covers_whole_file
    # the body is the file as rendered, recoverable from the signed file
    assert v.body_sha256 == signed.render.sha256 == signed.s1.body_sha256 == signed.s2.body_sha256
    j = v.as_json()
    assert j["valid"] is True and {"signer", "role", "intact", "trusted", "signed_at"} <= set(j["signatures"][0])


def test_pades_subfilter_and_incremental(signed):
    raw = signed.s2.path.read_bytes()
    assert raw.count(b"/ETSI.CAdES.detached") == 2
    assert raw.startswith(signed.render.path.read_bytes())  # incremental: the rendered file is a prefix
    assert raw.count(b"%%EOF") >= 3


def test_two_signatures_valid_with_pdfsig(signed, nssdb):
    out = pdfsig(nssdb, signed.s2.path)
    assert out.count("Signature is Valid.") == 2, out
    assert out.count("Certificate is Trusted.") == 2, out
    assert "ETSI.CAdES.detached" in out
    assert "Budi Santoso" in out and "Siti Aminah" in out


def test_one_byte_flipped_is_invalid(signed, pki_env, nssdb, tmp_path):
    bad = tmp_path / "tampered.pdf"
    flip_byte(signed.s2.path, bad, b"/Title (Berita Acara", 8)  # inside the rendered revision, covered by both
    v = signing.verify_pdf(bad, pki_env.ca.cert)
    assert not v.valid
    assert all(not s.intact and not s.valid for s in v.signatures)
    out = pdfsig(nssdb, bad)
    assert "Digest Mismatch." in out and "Signature is Valid." not in out


def test_flip_inside_content_stream_never_valid(signed, pki_env, tmp_path):
    bad = tmp_path / "tampered2.pdf"
    data = signed.s2.path.read_bytes()
    flip_byte(signed.s2.path, bad, b"stream", 40)  # first content stream of the rendered body
    v = signing.verify_pdf(bad, pki_env.ca.cert)
    assert not v.valid


def test_other_ca_not_trusted(signed, pki_env, nssdb, tmp_path):
    out_pdf = tmp_path / "stranger.pdf"
    signing.sign_pdf(signed.render.path, out_pdf, pki_env.stranger.p12, P12_PW, field_name="TTD_Lurah",
                     box=signed.render.signature_boxes["lurah"])
    v = signing.verify_pdf(out_pdf, pki_env.ca.cert)
    assert not v.valid and v.signatures[0].intact and not v.signatures[0].trusted
    out = pdfsig(nssdb, out_pdf)
    assert "Signature is Valid." in out and "Certificate is Trusted." not in out
    # and the good file is not trusted against the foreign CA
    assert not signing.verify_pdf(signed.s2.path, pki_env.other_ca).valid


def test_wrong_passphrase_is_typed(signed, pki_env, tmp_path):
    with pytest.raises(SiksError) as e:
        signing.sign_pdf(signed.render.path, tmp_path / "x.pdf", pki_env.lurah.p12, b"salah", field_name="X",
                         box=signed.render.signature_boxes["lurah"])
    assert e.value.code == "bad_passphrase"
    assert not (tmp_path / "x.pdf").exists()


def test_unsigned_and_garbage(signed, pki_env, tmp_path):
    assert not signing.verify_pdf(signed.render.path, pki_env.ca.cert).valid  # no signature is not valid
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a pdf at all")
    with pytest.raises(SiksError) as e:
        signing.verify_pdf(junk, pki_env.ca.cert)
    assert e.value.code == "pdf_unreadable"


def test_qr_payload_verifies_offline(signed, pki_env):
    ca = pki.load_cert(pki_env.ca.cert)
    certs = [c for _, c in signing.signature_payloads(signed.s2.path)]
    v = qrpayload.verify_qr_payload(signed.s1.qr_payload, ca, signer_certs=certs)
    assert v.valid and v.reason == "ok"
    assert v.doc_id == "BA-3171011001-2026-001" and v.signer == "Budi Santoso, S.Sos" and v.role == "lurah"
    assert v.body_sha256 == signing.body_sha256(signed.s2.path)  # QR matches the signed file's body
    assert qrpayload.verify_qr_payload(signed.s2.qr_payload, ca, signer_certs=certs).signer == "Siti Aminah"
    assert len(signed.s1.qr_payload) < 900  # fits a printable QR


def test_tampered_qr_payload_rejected(signed, pki_env):
    ca = pki.load_cert(pki_env.ca.cert)
    certs = [c for _, c in signing.signature_payloads(signed.s2.path)]
    p = signed.s1.qr_payload
    head, body, sig = p.split(".")
    claims = qrpayload.parse_qr_payload(p)[0]
    forged_claims = {**claims, "n": "Orang Lain"}
    import base64, json
    forged = base64.urlsafe_b64encode(json.dumps(forged_claims, sort_keys=True, separators=(",", ":")).encode()
                                      ).rstrip(b"=").decode()
    assert qrpayload.verify_qr_payload(f"{head}.{forged}.{sig}", ca, signer_certs=certs).reason == "bad_signature"
    flipped = sig[:10] + ("A" if sig[10] != "A" else "B") + sig[11:]
    assert not qrpayload.verify_qr_payload(f"{head}.{body}.{flipped}", ca, signer_certs=certs).valid
    assert qrpayload.verify_qr_payload("garbage", ca).reason == "malformed"
    assert qrpayload.verify_qr_payload(p, ca).reason == "unknown_signer"
    other = pki.load_cert(pki_env.other_ca)
    assert qrpayload.verify_qr_payload(p, other, signer_certs=certs).reason == "untrusted_signer"


def test_signed_pages_png(signed, output_dir):
    need_tool("pdftoppm")
    page = signed.render.signature_boxes["lurah"].page + 1
    subprocess.run(["pdftoppm", "-r", "60", "-f", str(page), "-l", str(page), "-png", str(signed.s2.path),
                    str(output_dir / "ba-signed")], check=True)
    assert list(output_dir.glob("ba-signed*.png"))


def test_printed_qr_scans_back_and_verifies(signed, pki_env, tmp_path):
    """Render the signed page at 300 dpi, decode the QR codes with zbarimg and verify the payloads."""
    need_tool("zbarimg")
    need_tool("pdftoppm")
    page = signed.render.signature_boxes["lurah"].page + 1
    subprocess.run(["pdftoppm", "-r", "300", "-f", str(page), "-l", str(page), "-png", str(signed.s2.path),
                    str(tmp_path / "p")], check=True)
    png = next(tmp_path.glob("p*.png"))
    out = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True).stdout
    scanned = {line.strip() for line in out.splitlines() if line.startswith("SIKS1.")}
    assert scanned == {signed.s1.qr_payload, signed.s2.qr_payload}
    ca = pki.load_cert(pki_env.ca.cert)
    certs = [c for _, c in signing.signature_payloads(signed.s2.path)]
    assert all(qrpayload.verify_qr_payload(p, ca, signer_certs=certs).valid for p in scanned)
