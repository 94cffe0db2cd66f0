"""Hash-chained audit log.

Every mutation appends one row in the same transaction as the change: who, when, entity, old → new values, reason.
``hash = sha256(prev_hash + canonical_json(id, ts, username, action, entity, entity_id, changes, reason))``; the first
row's prev_hash is 64 zeros. Editing, deleting or reordering any row (but the last, see docs/audit.md) breaks the chain
at that row or the next, and ``verify()`` names the first broken row.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any, Mapping

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ..db.models import AuditEntry
from ..dto import AuditVerifyResult
from .base import AreaService

GENESIS = "0" * 64


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def canonical_changes(changes: Mapping[str, tuple[Any, Any]]) -> str:
    return json.dumps({k: [_jsonable(o), _jsonable(n)] for k, (o, n) in sorted(changes.items())},
                      ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(prev_hash: str, *, id: int, ts: str, username: str, action: str, entity: str,
               entity_id: str | None, changes: str, reason: str | None) -> str:
    body = json.dumps([id, ts, username, action, entity, entity_id, changes, reason], ensure_ascii=False,
                      separators=(",", ":"))
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def append(session: Session, *, username: str, action: str, entity: str, entity_id: str | int | None,
           changes: Mapping[str, tuple[Any, Any]] | None = None, reason: str | None = None) -> AuditEntry:
    """Append one chained row inside the caller's transaction."""
    if session.get_bind().dialect.name == "postgresql":
        # Serialise appenders on the central store so two transactions never chain onto the same tip.
        session.execute(text("SELECT pg_advisory_xact_lock(727001)"))
    last = session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    prev_hash = last.hash if last else GENESIS
    new_id = (last.id + 1) if last else 1
    ts = dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")
    changes_text = canonical_changes(changes or {})
    eid = None if entity_id is None else str(entity_id)
    row = AuditEntry(id=new_id, ts=ts, username=username, action=action, entity=entity, entity_id=eid,
                     changes=changes_text, reason=reason, prev_hash=prev_hash,
                     hash=entry_hash(prev_hash, id=new_id, ts=ts, username=username, action=action, entity=entity,
                                     entity_id=eid, changes=changes_text, reason=reason))
    session.add(row)
    session.flush()
    return row


def verify_chain(session: Session, batch: int = 5000) -> AuditVerifyResult:
    prev = GENESIS
    count = 0
    last_id = 0
    while True:
        rows = session.execute(select(AuditEntry).where(AuditEntry.id > last_id).order_by(AuditEntry.id)
                               .limit(batch)).scalars().all()
        if not rows:
            return AuditVerifyResult(valid=True, entries=count, first_broken=None)
        for r in rows:
            expected = entry_hash(prev, id=r.id, ts=r.ts, username=r.username, action=r.action, entity=r.entity,
                                  entity_id=r.entity_id, changes=r.changes, reason=r.reason)
            if r.prev_hash != prev or r.hash != expected:
                total = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
                return AuditVerifyResult(valid=False, entries=int(total), first_broken=r.id)
            prev = r.hash
            count += 1
            last_id = r.id
        session.expunge_all()


class AuditService(AreaService):
    def verify(self) -> AuditVerifyResult:
        with self.ctx.uow.read() as s:
            return verify_chain(s)

    def record(self, action: str, entity: str, entity_id: str | int | None,
               changes: Mapping[str, tuple[Any, Any]] | None = None, reason: str | None = None) -> None:
        """Record an event that has no other mutation (a login, an export) as its own unit of work."""
        with self.ctx.uow() as s:
            append(s, username=self.actor.username, action=action, entity=entity, entity_id=entity_id,
                   changes=changes, reason=reason)

    def recent(self, limit: int = 100) -> tuple[dict[str, Any], ...]:
        with self.ctx.uow.read() as s:
            rows = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)).scalars().all()
            return tuple({"id": r.id, "ts": r.ts, "username": r.username, "action": r.action, "entity": r.entity,
                          "entity_id": r.entity_id, "reason": r.reason} for r in rows)
