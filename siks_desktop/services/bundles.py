"""Workstation export of ``.siks`` bundles: the next in sequence, incremental by default, ``full`` on request; and
the record of what was sent, so that a lost bundle can be sent again byte for byte."""
from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from ..db.models import AuditEntry, Ruta, Tombstone, utcnow
from ..db.models_central import ExportRecord
from ..db.models_musyawarah import BeritaAcaraDokumen, Musyawarah
from ..db.uow import UnitOfWorkFactory
from ..errors import NotFound, SiksError
from ..io.siks_format import write_bundle
from ..io.siks_format.payload import collect_payload
from .base import AreaService


@dataclass(frozen=True)
class ExportResult:
    """``siks export --json`` keys: bundle_id, sequence, households, members, attachments."""

    bundle_id: str
    sequence: int
    households: int
    members: int
    attachments: int
    path: str
    sha256: str
    kind: str = "incremental"
    tombstones: int = 0
    size: int = 0


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def export_bundle(uow: UnitOfWorkFactory, out_path: str | Path, *, kelurahan_code: str,
                  recipients: Sequence[Any], signer_key: Any, signer_cert: Any, signer_chain: Sequence[Any] = (),
                  full: bool = False, attachments: Mapping[str, bytes] | None = None,
                  archive_dir: str | Path | None = None) -> ExportResult:
    """Write the next bundle. Incremental: households whose ``updated_at`` is at or after the start of the previous
    export (with all their families, members and tags), deletions (tombstones) since then, and audit entries after
    the previous one's last; musyawarah changed since then with their Berita Acara rows and the PDFs not sent yet
    (all of them in a full bundle). The bundle file, and a copy in ``archive_dir`` when given, are remembered for re-sending.

    The bundle is written (atomically) before the export is recorded; if recording fails the file is removed, so a
    bundle on disk always has its record and the next sequence number is never skipped or reused."""
    started = utcnow()
    with uow() as s:
        last = s.scalar(select(ExportRecord).order_by(ExportRecord.sequence.desc()).limit(1))
        since = None if (full or last is None) else last.started_at
        ruta_uids = None
        tomb_q = select(Tombstone.entity, Tombstone.uid).order_by(Tombstone.id)
        if since is not None:
            ruta_uids = list(s.scalars(select(Ruta.uid).where(Ruta.kelurahan_kode == kelurahan_code,
                                                             Ruta.updated_at >= since)))
            tomb_q = tomb_q.where(Tombstone.deleted_at >= since)
        else:
            ruta_uids = list(s.scalars(select(Ruta.uid).where(Ruta.kelurahan_kode == kelurahan_code)))
        tombstones = [{"entity": e, "uid": u} for e, u in s.execute(tomb_q)]
        audit_after = 0 if (full or last is None) else last.audit_last_id
        musy_uids, pdf_uids = _musyawarah_to_send(s, kelurahan_code, since, audit_after)
        payload = collect_payload(s, ruta_uids=ruta_uids, audit_after_id=audit_after, tombstones=tombstones,
                                  attachments=attachments, musyawarah_uids=musy_uids, ba_pdf_uids=pdf_uids)
        audit_last = s.scalar(select(func.max(AuditEntry.id))) or 0
        seq = 1 if last is None else last.sequence + 1
        counts = payload.counts()
        kind = "full" if since is None else "incremental"
        info = write_bundle(out_path, manifest_fields={
            "kelurahan_code": kelurahan_code, "sequence": seq,
            "previous_bundle_id": None if last is None else last.bundle_id, "kind": kind, "counts": counts},
            payload_parts=payload.parts(), recipients=list(recipients), signer_key=signer_key,
            signer_cert=signer_cert, signer_chain=signer_chain)
        try:
            kept = info.path
            if archive_dir is not None:
                archive = Path(archive_dir)
                archive.mkdir(parents=True, exist_ok=True)
                kept = str(archive / f"{kelurahan_code}-{seq:05d}-{info.bundle_id}.siks")
                shutil.copyfile(info.path, kept)
            s.add(ExportRecord(bundle_id=info.bundle_id, kelurahan_kode=kelurahan_code, sequence=seq, kind=kind,
                               started_at=started, audit_last_id=audit_last, path=kept, file_sha256=info.sha256,
                               counts=json.dumps(counts)))
            s.flush()
        except BaseException:
            Path(info.path).unlink(missing_ok=True)
            raise
    return ExportResult(info.bundle_id, seq, counts["households"], counts["members"], counts["attachments"],
                        info.path, info.sha256, kind, counts["tombstones"], info.size)


def _musyawarah_to_send(s: Any, kelurahan_code: str, since: Any, audit_after: int
                        ) -> tuple[list[str], set[str] | None]:
    """Musyawarah uids to carry and the BA documents whose PDF goes with them (None = all of them).

    Full: every musyawarah of the kelurahan and every signed PDF. Incremental: a musyawarah changed since the
    previous export (its ``updated_at``, an audit entry about it — participant and decision edits do not touch the
    parent row — or a BA document signed or superseded since), and only the PDFs signed since then (the earlier
    ones are at Dinsos already: a bundle is only imported after its predecessor)."""
    own = select(Musyawarah.id).where(Musyawarah.kelurahan_kode == kelurahan_code)
    if since is None:
        return list(s.scalars(select(Musyawarah.uid).where(Musyawarah.id.in_(own)).order_by(Musyawarah.uid))), None
    ids = set(s.scalars(select(Musyawarah.id).where(Musyawarah.id.in_(own), Musyawarah.updated_at >= since)))
    for entity_id in s.scalars(select(AuditEntry.entity_id).where(AuditEntry.id > audit_after,
                                                                  AuditEntry.entity == "musyawarah")):
        if entity_id is not None and str(entity_id).isdigit():
            ids.add(int(entity_id))
    ids.update(s.scalars(select(BeritaAcaraDokumen.musyawarah_id).where(
        (BeritaAcaraDokumen.signed_at >= since) | (BeritaAcaraDokumen.superseded_at >= since))))
    if not ids:
        return [], set()
    uids = list(s.scalars(select(Musyawarah.uid).where(Musyawarah.id.in_(sorted(ids)), Musyawarah.id.in_(own))
                          .order_by(Musyawarah.uid)))
    pdfs = set(s.scalars(select(BeritaAcaraDokumen.uid).where(BeritaAcaraDokumen.signed_at >= since)))
    return uids, pdfs


def exports(uow: UnitOfWorkFactory) -> list[dict[str, Any]]:
    """What this workstation sent (for re-sending a lost bundle)."""
    with uow.read() as s:
        return [{"bundle_id": r.bundle_id, "sequence": r.sequence, "kind": r.kind, "path": r.path,
                 "sha256": r.file_sha256, "counts": json.loads(r.counts or "{}"),
                 "started_at": r.started_at.isoformat()}
                for r in s.scalars(select(ExportRecord).order_by(ExportRecord.sequence))]


def resend_bundle(uow: UnitOfWorkFactory, bundle_id: str, out_path: str | Path) -> ExportResult:
    """Copy a bundle sent before, unchanged (same bundle id, same bytes: Dinsos sees ``duplicate`` if it already
    has it). ``bundle_id`` may also be ``latest`` or a sequence number."""
    with uow.read() as s:
        q = select(ExportRecord)
        if bundle_id == "latest":
            q = q.order_by(ExportRecord.sequence.desc()).limit(1)
        elif bundle_id.isdigit():
            q = q.where(ExportRecord.sequence == int(bundle_id))
        else:
            q = q.where(ExportRecord.bundle_id == bundle_id.lower())
        found = s.scalar(q)
        rec = None if found is None else ExportRecord(
            bundle_id=found.bundle_id, sequence=found.sequence, kind=found.kind, path=found.path,
            file_sha256=found.file_sha256, counts=found.counts)
    if rec is None:
        raise NotFound("bundle_not_found", "Bundel dengan id/nomor itu belum pernah dikirim dari basis data ini.")
    src = Path(rec.path)
    if not src.exists() or _sha256(src) != rec.file_sha256:
        raise SiksError("resend_unavailable", "Berkas bundel yang dulu dikirim tidak ada lagi atau sudah berubah; "
                                              "buat bundel lengkap baru dengan --full.", sequence=rec.sequence)
    out = Path(out_path)
    if out.resolve() != src.resolve():
        tmp = out.with_name(f".{out.name}.tmp")
        shutil.copyfile(src, tmp)
        tmp.replace(out)
    counts = json.loads(rec.counts or "{}")
    return ExportResult(rec.bundle_id, rec.sequence, counts.get("households", 0), counts.get("members", 0),
                        counts.get("attachments", 0), str(out), rec.file_sha256, rec.kind,
                        counts.get("tombstones", 0), out.stat().st_size)


EXPORT_ROLES = ("operator",)


class BundleService(AreaService):
    """Bundles of this workstation: export (operators; admin always), re-send, history."""

    def export(self, out_path: str | Path, **kw: Any) -> ExportResult:
        self.require(EXPORT_ROLES, "bundles.export")
        return export_bundle(self.ctx.uow, out_path, **kw)

    def resend(self, bundle_id: str, out_path: str | Path) -> ExportResult:
        self.require(EXPORT_ROLES, "bundles.resend")
        return resend_bundle(self.ctx.uow, bundle_id, out_path)

    def history(self) -> list[dict[str, Any]]:
        return exports(self.ctx.uow)
