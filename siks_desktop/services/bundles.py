"""Workstation export of ``.siks`` bundles: the next in sequence, incremental by default, ``full`` on request."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

from sqlalchemy import func, select

from ..db.models import AuditEntry, Ruta, utcnow
from ..db.models_central import ExportRecord
from ..db.uow import UnitOfWorkFactory
from ..io.siks_format import write_bundle
from ..io.siks_format.payload import collect_payload


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


def export_bundle(uow: UnitOfWorkFactory, out_path: str | Path, *, kelurahan_code: str,
                  recipients: Sequence[Any], signer_key: Any, signer_cert: Any, signer_chain: Sequence[Any] = (),
                  full: bool = False, attachments: Mapping[str, bytes] | None = None,
                  tombstones: Sequence[Mapping[str, str]] = ()) -> ExportResult:
    """Write the next bundle. Incremental: households whose ``updated_at`` is after the previous export started
    (with all their families, members and tags) and audit entries after the previous one's last."""
    started = utcnow()
    with uow() as s:
        last = s.scalar(select(ExportRecord).order_by(ExportRecord.sequence.desc()).limit(1))
        since = None if (full or last is None) else last.started_at
        ruta_uids = None
        if since is not None:
            ruta_uids = list(s.scalars(select(Ruta.uid).where(Ruta.kelurahan_kode == kelurahan_code,
                                                             Ruta.updated_at >= since)))
        audit_after = 0 if (full or last is None) else last.audit_last_id
        payload = collect_payload(s, ruta_uids=ruta_uids, audit_after_id=audit_after, tombstones=tombstones,
                                  attachments=attachments)
        audit_last = s.scalar(select(func.max(AuditEntry.id))) or 0
        seq = 1 if last is None else last.sequence + 1
        counts = payload.counts()
        info = write_bundle(out_path, manifest_fields={
            "kelurahan_code": kelurahan_code, "sequence": seq,
            "previous_bundle_id": None if last is None else last.bundle_id,
            "kind": "full" if since is None else "incremental", "counts": counts},
            payload_parts=payload.parts(), recipients=list(recipients), signer_key=signer_key,
            signer_cert=signer_cert, signer_chain=signer_chain)
        s.add(ExportRecord(bundle_id=info.bundle_id, kelurahan_kode=kelurahan_code, sequence=seq,
                           kind=info.manifest["kind"], started_at=started, audit_last_id=audit_last,
                           path=str(info.path), file_sha256=info.sha256, counts=json.dumps(counts)))
    return ExportResult(info.bundle_id, seq, counts["households"], counts["members"], counts["attachments"],
                        info.path, info.sha256)


def exports(uow: UnitOfWorkFactory) -> list[dict[str, Any]]:
    """What this workstation sent (for re-sending a lost bundle)."""
    with uow.read() as s:
        return [{"bundle_id": r.bundle_id, "sequence": r.sequence, "kind": r.kind, "path": r.path,
                 "sha256": r.file_sha256} for r in s.scalars(select(ExportRecord).order_by(ExportRecord.sequence))]
