"""Dinsos central import of ``.siks`` bundles: verify, decrypt, check the sequence, upsert in one transaction,
write a tanda terima (receipt). Every rejection writes nothing to the store.

Plain functions over a ``UnitOfWorkFactory`` (the lead folds them into the ``Services`` facade as ``central``).
"""
from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.exc import SQLAlchemyError

from ..db.models import Anggota, Ruta, utcnow
from ..db.models_central import CentralAuditEntry, CentralBundle, CentralConflict
from ..db.uow import UnitOfWorkFactory
from ..io.siks_format import BundleError, open_bundle, verify_bundle
from ..io.siks_format.cms import sign_detached
from ..io.siks_format.payload import Conflict, Payload, decode_payload, upsert_payload

IMPORTED, DUPLICATE, REJECTED, HELD = "imported", "duplicate", "rejected", "held"

#: Import reasons that are not bundle-format errors (those are in ``siks_format.errors.MESSAGES``) → Indonesian.
#: The codes are a contract (``central import`` ``reason``); the Dinsos window translates them through ui/errors.py.
IMPORT_REASON_MESSAGES: dict[str, str] = {
    "replayed_sequence": "Nomor urut bundel ini sudah pernah diimpor dari kelurahan ini (bundel diputar ulang); "
                         "tidak ada yang diubah. Minta operator mengirim bundel berikutnya.",
    "chain_broken": "Bundel ini tidak menyambung ke bundel terakhir kelurahan ini (id bundel sebelumnya berbeda); "
                    "minta operator mengirim ulang bundel yang hilang atau membuat bundel lengkap (--full).",
    "sequence_gap": "Ada nomor urut bundel yang belum diterima sebelum bundel ini; impor dulu bundel yang kurang "
                    "(lihat celah di status), atau tahan bundel ini sampai celahnya tertutup.",
    "already_imported": "Bundel ini sudah pernah diimpor; tidak ada yang diubah.",
    "already_held": "Bundel ini sudah ditahan menunggu nomor urut sebelumnya; tidak ada yang diubah.",
    "store_constraint": "Data bundel bertentangan dengan isi penyimpanan pusat (batasan basis data); tidak ada yang "
                        "disimpan. Laporkan ke admin beserta berkas bundelnya.",
}


def reason_message(reason: str | None) -> str | None:
    """One Indonesian sentence for an import ``reason`` (a sequence reason or a bundle error code); None for None."""
    if reason is None:
        return None
    from ..io.siks_format.errors import MESSAGES

    return IMPORT_REASON_MESSAGES.get(reason) or MESSAGES.get(reason) or f"Bundel ditolak ({reason})."


@dataclass(frozen=True)
class ImportResult:
    """One line of ``siks central import --json`` ``results``."""

    file: str
    bundle_id: str | None
    status: str  # imported / duplicate / rejected (/ held when a held_dir is configured)
    reason: str | None  # a BundleError code or a sequence reason; None when imported
    receipt: str | None = None
    conflicts: int = 0  # rows not applied, listed in central_conflict for review
    kelurahan_code: str | None = None
    sequence: int | None = None

    @property
    def message(self) -> str | None:
        """The reason as an Indonesian sentence (None when imported)."""
        return reason_message(self.reason)


@dataclass(frozen=True)
class ImportKeys:
    recipient_key: Any
    recipient_cert: Any
    ca_cert: Any
    receipt_key: Any = None  # signs the tanda terima (the Dinsos key); None → unsigned receipt
    receipt_cert: Any = None


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class _Reject(Exception):
    def __init__(self, status: str, reason: str | None) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


def import_bundles(uow: UnitOfWorkFactory, paths: Iterable[str | Path], keys: ImportKeys, *,
                   receipt_dir: str | Path | None = None, held_dir: str | Path | None = None) -> list[ImportResult]:
    """Import files in sequence order per kelurahan is not required: out-of-order ones are held (with ``held_dir``)
    or rejected with ``sequence_gap``; a held bundle is imported as soon as its predecessor is."""
    return [import_bundle(uow, p, keys, receipt_dir=receipt_dir, held_dir=held_dir) for p in paths]


def import_bundle(uow: UnitOfWorkFactory, path: str | Path, keys: ImportKeys, *,
                  receipt_dir: str | Path | None = None, held_dir: str | Path | None = None) -> ImportResult:
    path = Path(path)
    try:  # a bundle already in the store is recognised from its signed manifest, without decrypting it
        checked = verify_bundle(path, ca_cert=keys.ca_cert)
        with uow.read() as s:
            known = s.scalar(select(CentralBundle.status).where(CentralBundle.bundle_id == checked.bundle_id))
        if known is not None and known != HELD:
            return ImportResult(str(path), checked.bundle_id, DUPLICATE, "already_" + known,
                                kelurahan_code=checked.kelurahan_code, sequence=checked.sequence)
    except BundleError as exc:
        return ImportResult(str(path), None, REJECTED, exc.code)
    try:
        opened = open_bundle(path, recipient_key=keys.recipient_key, recipient_cert=keys.recipient_cert,
                             ca_cert=keys.ca_cert)
        payload = decode_payload(opened.parts, opened.manifest)
    except BundleError as exc:
        return ImportResult(str(path), None, REJECTED, exc.code)
    m = opened.manifest
    file_sha = _file_sha256(path)
    try:
        with uow() as s:
            status, stats = _apply(s, m, payload, opened.verification, file_sha, path, held_dir)
    except _Reject as rej:
        return ImportResult(str(path), m["bundle_id"], rej.status, rej.reason, kelurahan_code=m["kelurahan_code"],
                            sequence=m["sequence"])
    except BundleError as exc:
        return ImportResult(str(path), m["bundle_id"], REJECTED, exc.code, kelurahan_code=m["kelurahan_code"],
                            sequence=m["sequence"])
    except SQLAlchemyError:
        # a constraint the checks above did not foresee: the transaction is rolled back, nothing written.
        return ImportResult(str(path), m["bundle_id"], REJECTED, "store_constraint",
                            kelurahan_code=m["kelurahan_code"], sequence=m["sequence"])
    receipt = None
    if status == IMPORTED:
        where = Path(receipt_dir) if receipt_dir is not None else path.parent
        receipt = write_receipt(where, m, file_sha, stats, keys)
    result = ImportResult(str(path), m["bundle_id"], status, None if status == IMPORTED else "sequence_gap",
                          receipt, conflicts=int(stats.get("conflicts", 0)), kelurahan_code=m["kelurahan_code"],
                          sequence=m["sequence"])
    if status == IMPORTED:
        _release_held(uow, m["kelurahan_code"], m["sequence"] + 1, keys, receipt_dir, held_dir)
    return result


def _apply(s, m, payload: Payload, verification, file_sha: str, path: Path, held_dir) -> tuple[str, dict]:
    kel, seq = m["kelurahan_code"], m["sequence"]
    existing = s.scalar(select(CentralBundle).where(CentralBundle.bundle_id == m["bundle_id"]))
    if existing is not None:
        raise _Reject(DUPLICATE, "already_" + existing.status)
    imported = dict(s.execute(select(CentralBundle.sequence, CentralBundle.bundle_id)
                              .where(CentralBundle.kelurahan_kode == kel, CentralBundle.status == IMPORTED)).all())
    last = max(imported, default=0)
    if seq in imported or seq <= last:
        raise _Reject(REJECTED, "replayed_sequence")
    row = dict(bundle_id=m["bundle_id"], kelurahan_kode=kel, sequence=seq, previous_bundle_id=m["previous_bundle_id"],
               kind=m["kind"], file_sha256=file_sha, signer=verification.signer,
               signer_fingerprint=verification.signer_fingerprint, created_at=m["created_at"],
               counts=json.dumps(dict(m["counts"]), sort_keys=True))
    if seq > last + 1:
        if held_dir is None:
            raise _Reject(REJECTED, "sequence_gap")
        if s.scalar(select(CentralBundle.id).where(CentralBundle.kelurahan_kode == kel,
                                                   CentralBundle.sequence == seq)) is not None:
            raise _Reject(REJECTED, "replayed_sequence")
        target = Path(held_dir) / f"{m['bundle_id']}.siks"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        s.add(CentralBundle(status=HELD, held_path=str(target), **row))
        return HELD, {}
    expected_prev = imported.get(seq - 1)
    if m["previous_bundle_id"] != expected_prev:
        raise _Reject(REJECTED, "chain_broken")
    conflicts: list[Conflict] = []
    stats = upsert_payload(s, payload, kel, conflicts)
    _record_conflicts(s, conflicts, kel, m["bundle_id"])
    audit = payload.tables.get("audit_log", [])
    if audit:
        have = set(s.scalars(select(CentralAuditEntry.hash).where(
            CentralAuditEntry.hash.in_([a["hash"] for a in audit]))))
        fresh = [dict({k: a.get(k) for k in ("ts", "username", "action", "entity", "entity_id", "changes", "reason",
                                              "prev_hash", "hash")}, kelurahan_kode=kel, bundle_id=m["bundle_id"])
                 for a in audit if a["hash"] not in have]
        if fresh:
            s.execute(insert(CentralAuditEntry), fresh)
    stats_d = asdict(stats)
    held = s.scalar(select(CentralBundle).where(CentralBundle.kelurahan_kode == kel, CentralBundle.sequence == seq,
                                                CentralBundle.status == HELD))
    if held is not None:  # this bundle is the held one, now in turn
        s.delete(held)
        s.flush()
    s.add(CentralBundle(status=IMPORTED, imported_at=utcnow(), stats=json.dumps(stats_d), **row))
    return IMPORTED, stats_d


def _record_conflicts(s, conflicts: Sequence[Conflict], kel: str, bundle_id: str) -> None:
    """One open conflict per (entity, uid, kelurahan): a later bundle refreshes the incoming version."""
    now = utcnow()
    for c in conflicts:
        incoming = json.dumps(c.incoming, sort_keys=True, ensure_ascii=False, default=str)
        row = s.scalar(select(CentralConflict).where(
            CentralConflict.entity == c.entity, CentralConflict.uid == c.uid,
            CentralConflict.kelurahan_kode == kel, CentralConflict.status == "open"))
        if row is None:
            s.add(CentralConflict(kelurahan_kode=kel, bundle_id=bundle_id, entity=c.entity, uid=c.uid,
                                  reason=c.reason, nik=c.nik, other_uid=c.other_uid,
                                  other_kelurahan_kode=c.other_kelurahan_kode, incoming=incoming, status="open",
                                  created_at=now, updated_at=now))
        else:
            row.bundle_id, row.reason, row.nik, row.incoming, row.updated_at = bundle_id, c.reason, c.nik, incoming, now
            row.other_uid, row.other_kelurahan_kode = c.other_uid, c.other_kelurahan_kode


def list_conflicts(uow: UnitOfWorkFactory, *, include_resolved: bool = False) -> list[dict[str, Any]]:
    """Conflicts for review: who wanted to write what, and whose row is in the way (with the incoming row)."""
    with uow.read() as s:
        q = select(CentralConflict).order_by(CentralConflict.id)
        if not include_resolved:
            q = q.where(CentralConflict.status == "open")
        return [{"id": c.id, "kelurahan_code": c.kelurahan_kode, "bundle_id": c.bundle_id, "entity": c.entity,
                 "uid": c.uid, "reason": c.reason, "nik": c.nik, "other_uid": c.other_uid,
                 "other_kelurahan_code": c.other_kelurahan_kode, "status": c.status,
                 "incoming": json.loads(c.incoming), "created_at": c.created_at.isoformat(),
                 "updated_at": c.updated_at.isoformat(), "resolution": c.resolution}
                for c in s.scalars(q)]


def resolve_conflict(uow: UnitOfWorkFactory, conflict_id: int, resolution: str) -> None:
    """Close a conflict after review (the reviewer fixes the data at the kelurahan that is wrong, whose next bundle
    then carries the correction); ``resolution`` records what was decided."""
    from ..errors import NotFound, SiksError

    if not resolution or not resolution.strip():
        raise SiksError("reason_required", "Keterangan penyelesaian wajib diisi.")
    with uow() as s:
        c = s.get(CentralConflict, conflict_id)
        if c is None:
            raise NotFound("conflict_not_found", "Konflik tidak ditemukan.", id=conflict_id)
        c.status, c.resolution, c.resolved_at = "resolved", resolution.strip(), utcnow()


def _release_held(uow, kel: str, seq: int, keys: ImportKeys, receipt_dir, held_dir) -> None:
    with uow.read() as s:
        held = s.scalar(select(CentralBundle).where(CentralBundle.kelurahan_kode == kel,
                                                    CentralBundle.sequence == seq, CentralBundle.status == HELD))
        held_path = held.held_path if held is not None else None
        held_id = held.bundle_id if held is not None else None
    if held_path is None:
        return
    with uow() as s:  # forget the hold, then import the file normally
        s.delete(s.scalar(select(CentralBundle).where(CentralBundle.bundle_id == held_id)))
    import_bundle(uow, held_path, keys, receipt_dir=receipt_dir, held_dir=held_dir)


def write_receipt(receipt_dir: Path, manifest, file_sha: str, stats: dict, keys: ImportKeys) -> str:
    """Tanda terima: JSON (no personal data) + detached CMS signature by Dinsos when a receipt key is given."""
    receipt_dir.mkdir(parents=True, exist_ok=True)
    body = {"type": "siks-tanda-terima", "bundle_id": manifest["bundle_id"],
            "kelurahan_code": manifest["kelurahan_code"], "sequence": manifest["sequence"],
            "file_sha256": file_sha, "status": IMPORTED, "received_at": utcnow().isoformat() + "Z",
            "counts": dict(manifest["counts"]), "stats": stats}
    raw = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    out = receipt_dir / f"tanda-terima-{manifest['kelurahan_code']}-{manifest['sequence']:05d}.json"
    out.write_bytes(raw)
    if keys.receipt_key is not None and keys.receipt_cert is not None:
        out.with_suffix(".json.p7s").write_bytes(sign_detached(raw, keys.receipt_key, keys.receipt_cert))
    return str(out)


def central_status(uow: UnitOfWorkFactory) -> list[dict[str, Any]]:
    """Per kelurahan: last imported sequence, held sequences, gaps, households and members in the store."""
    with uow.read() as s:
        rows = s.execute(select(CentralBundle.kelurahan_kode, CentralBundle.sequence, CentralBundle.status)
                         .order_by(CentralBundle.kelurahan_kode, CentralBundle.sequence)).all()
        households = dict(s.execute(select(Ruta.kelurahan_kode, func.count()).group_by(Ruta.kelurahan_kode)).all())
        members = dict(s.execute(select(Ruta.kelurahan_kode, func.count(Anggota.id))
                                 .join(Anggota, Anggota.ruta_id == Ruta.id).group_by(Ruta.kelurahan_kode)).all())
        conflicts = dict(s.execute(select(CentralConflict.kelurahan_kode, func.count())
                                   .where(CentralConflict.status == "open")
                                   .group_by(CentralConflict.kelurahan_kode)).all())
    out: dict[str, dict[str, Any]] = {}
    for kel, seq, status in rows:
        d = out.setdefault(kel, {"kelurahan_code": kel, "bundles": 0, "last_sequence": 0, "held": [], "gaps": []})
        if status == IMPORTED:
            d["bundles"] += 1
            d["last_sequence"] = max(d["last_sequence"], seq)
        else:
            d["held"].append(seq)
    for kel, d in out.items():
        top = max([d["last_sequence"], *d["held"]])
        have = {seq for k, seq, st in rows if k == kel}
        d["gaps"] = [n for n in range(1, top + 1) if n not in have]
        d["households"] = households.get(kel, 0)
        d["members"] = members.get(kel, 0)
        d["open_conflicts"] = conflicts.get(kel, 0)
    return list(out.values())


__all__: Sequence[str] = [
    "ImportKeys",
    "ImportResult",
    "central_status",
    "import_bundle",
    "import_bundles",
    "list_conflicts",
    "reason_message",
    "resolve_conflict",
    "write_receipt",
]


IMPORT_ROLES = ("dinsos",)


class CentralService:
    """The central store seen by one acting user: import (dinsos; admin always), status, conflicts.

    Plain wrapper around the module functions with role checks, for the Dinsos window page and ``siks central``."""

    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        from .base import AreaService

        self._area = AreaService(ctx)
        self.ctx = ctx

    def import_files(self, paths: Iterable[str | Path], keys: ImportKeys, **kw: Any) -> list[ImportResult]:
        self._area.require(IMPORT_ROLES, "central.import")
        return import_bundles(self.ctx.uow, paths, keys, **kw)

    def status(self) -> list[dict[str, Any]]:
        self._area.require(IMPORT_ROLES, "central.status")
        return central_status(self.ctx.uow)

    def conflicts(self, *, include_resolved: bool = False) -> list[dict[str, Any]]:
        self._area.require(IMPORT_ROLES, "central.conflicts")
        return list_conflicts(self.ctx.uow, include_resolved=include_resolved)

    def resolve(self, conflict_id: int, resolution: str) -> None:
        self._area.require(IMPORT_ROLES, "central.resolve")
        resolve_conflict(self.ctx.uow, conflict_id, resolution)
