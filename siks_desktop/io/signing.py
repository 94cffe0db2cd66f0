"""PAdES signing and verification of documents with pyHanko.

* :func:`sign_pdf` adds one approval signature (subfilter ``ETSI.CAdES.detached``) as an incremental update, so a
  document can be signed several times in sequence (Lurah, then wakil peserta) and every earlier signature stays valid.
  The visible appearance, drawn in the signature box the renderer reported, holds a QR code with the signed payload of
  :mod:`siks_desktop.io.qrpayload` and the words "Ditandatangani secara elektronik oleh …".
* The QR is made at signing time, not at render time: the payload hashes the document body (the first PDF revision =
  the file as rendered) and is signed with the signer's key, which the renderer does not have. Since the appearance is
  part of the signature's own incremental update, the hashed body never contains the QR, no second render is needed
  and anyone can recompute the body hash from the signed PDF alone (:func:`body_sha256`).
* :func:`verify_pdf` judges each signature by pyHanko's ``bottom_line`` (intact, valid, trusted, modification policy),
  never by ``valid`` alone (it stays True on a tampered file).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas

from siks_desktop.errors import SiksError
from siks_desktop.io import pki, qrpayload
from siks_desktop.io.documents import engine as E

__all__ = ["SignResult", "SignatureVerdict", "PdfVerdict", "sign_pdf", "verify_pdf", "body_sha256",
           "signature_payloads", "JAKARTA"]

JAKARTA = dt.timezone(dt.timedelta(hours=7), "WIB")
ROLE_WORDS = {"lurah": "Lurah", "operator": "Operator Kelurahan", "camat": "Camat", "walikota": "Walikota",
              "dinsos": "Dinas Sosial"}


@dataclass(frozen=True)
class SignResult:
    path: Path
    field_name: str
    qr_payload: str
    body_sha256: str
    sha256: str  # of the signed file


@dataclass(frozen=True)
class SignatureVerdict:
    field: str
    signer: str | None
    role: str | None
    kelurahan_code: str | None
    intact: bool
    trusted: bool
    valid: bool  # pyHanko bottom_line: intact + cryptographically valid + trusted + allowed modifications
    signed_at: str | None  # ISO 8601, as reported by the signer
    fingerprint: str | None = None
    covers_whole_file: bool = False
    problem: str | None = None  # error code when validation itself failed


@dataclass(frozen=True)
class PdfVerdict:
    valid: bool
    signatures: list[SignatureVerdict] = field(default_factory=list)
    body_sha256: str | None = None

    def as_json(self) -> dict:
        """The ``verify-pdf --json`` object of cli.md."""
        return {"valid": self.valid, "body_sha256": self.body_sha256,
                "signatures": [{"signer": s.signer, "role": s.role, "intact": s.intact, "trusted": s.trusted,
                                "signed_at": s.signed_at, "field": s.field, "valid": s.valid,
                                "kelurahan_code": s.kelurahan_code} for s in self.signatures]}


# ------------------------------------------------------------------------------------------------------------ helpers
def _read_pdf(data: bytes):
    from pyhanko.pdf_utils.reader import PdfFileReader
    try:
        return PdfFileReader(io.BytesIO(data), strict=False)
    except Exception:  # noqa: BLE001 - any parse failure of a foreign file
        raise SiksError("pdf_unreadable", "Berkas bukan PDF yang dapat dibaca.") from None


def _first_revision_end(data: bytes) -> int:
    reader = _read_pdf(data)
    if reader.xrefs.total_revisions <= 1:
        return len(data)
    end = reader.xrefs.get_xref_container_info(0).end_location
    eof = data.find(b"%%EOF", end)
    if eof < 0:
        raise SiksError("pdf_unreadable", "Struktur revisi PDF tidak dikenali.")
    eof += 5
    while eof < len(data) and data[eof:eof + 1] in (b"\r", b"\n"):
        eof += 1
    return eof


def body_sha256(pdf: str | Path | bytes) -> str:
    """sha256 of the document body: the first revision of the PDF (the file as rendered, before any signature)."""
    data = pdf if isinstance(pdf, bytes) else Path(pdf).read_bytes()
    return hashlib.sha256(data[:_first_revision_end(data)]).hexdigest()


def _doc_id_from_pdf(data: bytes) -> str | None:
    reader = _read_pdf(data)
    try:
        kw = str(reader.trailer["/Info"].get("/Keywords", ""))
    except Exception:  # noqa: BLE001
        return None
    for part in kw.replace(",", " ").split():
        if part.startswith("siks-doc-id="):
            return part.split("=", 1)[1]
    return None


def _appearance_pdf(path: Path, width: float, height: float, payload: str, name: str, role: str | None,
                    signed_on: dt.date) -> None:
    """The visible signature: QR on the left, the e-signature statement on the right (embedded Liberation Serif)."""
    E.register_fonts()
    c = rl_canvas.Canvas(str(path), pagesize=(width, height), invariant=1, initialFontName=E.FONT)
    pad = 1.2 * mm
    qr = height - 2 * pad
    E.draw_qr(c, payload, pad, pad, qr)
    x = qr + 2 * pad + 1 * mm
    avail = width - x - pad
    lines = [("Ditandatangani secara elektronik oleh:", E.FONT), (name, E.FONT_BOLD),
             (ROLE_WORDS.get(role or "", role or ""), E.FONT), (f"Tanggal {E.tanggal_panjang(signed_on)}", E.FONT),
             ("Pindai QR untuk memeriksa keaslian.", E.FONT_ITALIC)]
    size = 7.5
    while size > 4 and max(pdfmetrics.stringWidth(t, f, size) for t, f in lines) > avail:
        size -= 0.25
    lead = size * 1.3
    y = height / 2 + lead * (len(lines) / 2) - size
    for text, font in lines:
        c.setFont(font, size)
        c.drawString(x, y, text)
        y -= lead
    c.setLineWidth(0.4)
    c.setStrokeGray(0.35)
    c.rect(0.3, 0.3, width - 0.6, height - 0.6)
    c.showPage()
    c.save()


# ------------------------------------------------------------------------------------------------------------ signing
def sign_pdf(in_path: str | Path, out_path: str | Path, p12_path: str | Path, passphrase: bytes, *, field_name: str,
             box: E.SignatureBox | Sequence[float] | None = None, reason: str = "Menyetujui Berita Acara",
             location: str = "Jakarta", doc_id: str | None = None, qr: bool = True,
             now: dt.datetime | None = None) -> SignResult:
    """Sign ``in_path`` into ``out_path`` (atomic; both may be the same file) with the key in ``p12_path``.

    ``box`` is a :class:`SignatureBox` or ``(page, x1, y1, x2, y2)`` (0-based page, PDF points); ``None`` makes an
    invisible signature. ``doc_id`` defaults to the ``siks-doc-id=`` keyword the renderer wrote.
    Errors: ``bad_passphrase``, ``p12_unreadable``, ``cert_expired``, ``pdf_unreadable``, ``sign_failed``."""
    from pyhanko.pdf_utils.content import ImportedPdfPage
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key, cert, chain = pki.load_p12(p12_path, passphrase)
    now = (now or dt.datetime.now(dt.timezone.utc)).astimezone(JAKARTA)
    pki.ensure_not_expired(cert, now)
    ident = pki.read_identity(cert)
    data = Path(in_path).read_bytes()
    body = hashlib.sha256(data[:_first_revision_end(data)]).hexdigest()
    doc_id = doc_id or _doc_id_from_pdf(data) or body[:16]
    payload = qrpayload.make_qr_payload(key, cert, doc_id=doc_id, body_sha256=body, signed_on=now.date())

    der = serialization.Encoding.DER
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(cert.public_bytes(der)),
        signing_key=asn1_keys.PrivateKeyInfo.load(key.private_bytes(der, serialization.PrivateFormat.PKCS8,
                                                                    serialization.NoEncryption())),
        cert_registry=SimpleCertificateStore.from_certs([asn1_x509.Certificate.load(c.public_bytes(der))
                                                         for c in chain]),
    )
    out = Path(out_path)
    tmp_out = out.with_name(out.name + ".signing")
    with tempfile.TemporaryDirectory(prefix="siks-sig-") as td:
        spec, style = None, None
        if box is not None:
            page, x1, y1, x2, y2 = box.as_tuple() if isinstance(box, E.SignatureBox) else tuple(box)
            spec = fields.SigFieldSpec(sig_field_name=field_name, on_page=int(page), box=(x1, y1, x2, y2))
            if qr:
                app = Path(td) / "appearance.pdf"
                _appearance_pdf(app, x2 - x1, y2 - y1, payload, ident.name, ident.role, now.date())
                style = StaticStampStyle(background=ImportedPdfPage(str(app)), border_width=0)
        else:
            spec = fields.SigFieldSpec(sig_field_name=field_name)
        meta = signers.PdfSignatureMetadata(field_name=field_name, reason=reason, location=location,
                                            subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256",
                                            name=ident.name)
        try:
            writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
            pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=style, new_field_spec=spec)
            buf = io.BytesIO()
            pdf_signer.sign_pdf(writer, output=buf)
        except SiksError:
            raise
        except Exception as exc:  # noqa: BLE001 - pyHanko raises many types; report one code, no personal data
            raise SiksError("sign_failed", "Dokumen gagal ditandatangani.", reason=type(exc).__name__) from None
    signed = buf.getvalue()
    tmp_out.write_bytes(signed)
    os.replace(tmp_out, out)
    return SignResult(path=out, field_name=field_name, qr_payload=payload, body_sha256=body,
                      sha256=hashlib.sha256(signed).hexdigest())


# ------------------------------------------------------------------------------------------------------- verification
def _load_ca(ca_pem) -> x509.Certificate:
    return ca_pem if isinstance(ca_pem, x509.Certificate) else pki.load_cert(ca_pem)


def verify_pdf(path: str | Path, ca_pem: str | Path | bytes | x509.Certificate) -> PdfVerdict:
    """Check every signature of a PDF against the CA. ``valid`` only when there is at least one signature and every
    one has pyHanko's ``bottom_line`` (intact, valid, trusted by ``ca_pem``, allowed modifications only)."""
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    ca = _load_ca(ca_pem)
    data = Path(path).read_bytes()
    reader = _read_pdf(data)
    vc = ValidationContext(trust_roots=[asn1_x509.Certificate.load(ca.public_bytes(serialization.Encoding.DER))],
                           allow_fetching=False)
    verdicts: list[SignatureVerdict] = []
    try:
        sigs = list(reader.embedded_signatures)
    except Exception:  # noqa: BLE001
        raise SiksError("pdf_unreadable", "Tanda tangan dalam PDF tidak dapat dibaca.") from None
    for sig in sigs:
        name = role = kel = fp = None
        try:
            cert = x509.load_der_x509_certificate(sig.signer_cert.dump())
            ident = pki.read_identity(cert)
            name, role, kel, fp = ident.name, ident.role, ident.kelurahan_code, ident.fingerprint
        except Exception:  # noqa: BLE001
            pass
        try:
            status = validate_pdf_signature(sig, vc)
            reported = status.signer_reported_dt
            verdicts.append(SignatureVerdict(
                field=sig.field_name, signer=name, role=role, kelurahan_code=kel, intact=bool(status.intact),
                trusted=bool(status.trusted), valid=bool(status.bottom_line),
                signed_at=reported.isoformat() if reported else None, fingerprint=fp,
                covers_whole_file=str(status.coverage).endswith("ENTIRE_FILE")))
        except Exception as exc:  # noqa: BLE001 - a broken signature is a verdict, not a crash
            verdicts.append(SignatureVerdict(field=sig.field_name, signer=name, role=role, kelurahan_code=kel,
                                             intact=False, trusted=False, valid=False, signed_at=None,
                                             fingerprint=fp, problem=type(exc).__name__))
    try:
        body = body_sha256(data)
    except SiksError:
        body = None
    return PdfVerdict(valid=bool(verdicts) and all(v.valid for v in verdicts), signatures=verdicts, body_sha256=body)


def signature_payloads(path: str | Path) -> list[tuple[str, x509.Certificate]]:
    """``(field name, signer certificate)`` of each signature — the certificates a QR check can look payloads up in."""
    reader = _read_pdf(Path(path).read_bytes())
    return [(s.field_name, x509.load_der_x509_certificate(s.signer_cert.dump())) for s in reader.embedded_signatures]
