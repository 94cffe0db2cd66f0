"""Payload tables (docs/siks-format.md §5): ORM rows ⇄ JSON Lines parts, and the idempotent upsert at Dinsos.

Rows travel by stable ``uid``; database ids never leave a database. Reading and writing use SQLAlchemy Core on the
mapped tables (no ORM objects) because a kelurahan has ~200,000 people.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Mapping, Sequence

from sqlalchemy import Date, DateTime, Table, delete, insert, select, update
from sqlalchemy.orm import Session

from ...db.models import Anggota, AuditEntry, Keluarga, Ruta, SumberTag
from .errors import BundleError

PAYLOAD_SCHEMA = 1
RUTA: Table = Ruta.__table__  # type: ignore[assignment]
KELUARGA: Table = Keluarga.__table__  # type: ignore[assignment]
ANGGOTA: Table = Anggota.__table__  # type: ignore[assignment]
SUMBER: Table = SumberTag.__table__  # type: ignore[assignment]
AUDIT: Table = AuditEntry.__table__  # type: ignore[assignment]
# Columns that are local to one database and never travel.
_LOCAL = {"id", "ruta_id", "keluarga_id", "anggota_id", "tahap_id"}
TOMBSTONE_ENTITIES = {"ruta": RUTA, "keluarga": KELUARGA, "anggota": ANGGOTA}
IN_BATCH = 500


def _columns(table: Table) -> list[str]:
    return [c.name for c in table.columns if c.name not in _LOCAL]


def _json_default(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    raise TypeError(f"not JSON serialisable: {type(v).__name__}")


_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_json_default)


def jsonl(rows: Iterable[Mapping[str, Any]]) -> bytes:
    """One JSON object per line, keys sorted; null values are omitted (a reader treats an absent column as null)."""
    enc = _ENCODER.encode
    return "".join([enc({k: v for k, v in r.items() if v is not None}) + "\n" for r in rows]).encode("utf-8")


def parse_jsonl(raw: bytes) -> list[Any]:
    text = raw.decode("utf-8").strip("\n")
    if not text:
        return []
    return json.loads("[" + text.replace("\n", ",") + "]")  # one parser call; JSON strings never hold a raw newline


@dataclass
class Payload:
    """Decoded payload: table name → list of row dicts (JSON values), attachments name → bytes."""

    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    attachments: dict[str, bytes] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        t = self.tables
        return {"households": len(t.get("ruta", [])), "families": len(t.get("keluarga", [])),
                "members": len(t.get("anggota", [])), "source_tags": len(t.get("sumber_tag", [])),
                "audit_entries": len(t.get("audit_log", [])), "tombstones": len(t.get("tombstones", [])),
                "attachments": len(self.attachments)}

    def parts(self) -> dict[str, bytes]:
        """The inner-archive parts (§5) of this payload."""
        out = {f"tables/{name}.jsonl": jsonl(rows) for name, rows in self.tables.items()}
        header = {"schema": PAYLOAD_SCHEMA, "tables": {n: len(r) for n, r in self.tables.items()},
                  "attachments": [{"name": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d),
                                   "kind": "berita_acara" if n.lower().endswith(".pdf") else "other"}
                                  for n, d in sorted(self.attachments.items())]}
        out["payload.json"] = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
        for name, data in self.attachments.items():
            out[f"attachments/{name}"] = data
        return out


def _chunks(seq: Sequence[Any], n: int = IN_BATCH) -> Iterator[Sequence[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


# ------------------------------------------------------------------ workstation side: collect

def collect_payload(session: Session, *, ruta_uids: Sequence[str] | None = None, audit_after_id: int = 0,
                    tombstones: Iterable[Mapping[str, str]] = (), attachments: Mapping[str, bytes] | None = None
                    ) -> Payload:
    """Households ``ruta_uids`` (all when None) with their families, members and source tags; audit entries with
    ``id > audit_after_id``; deletions as tombstones; signed PDFs as attachments."""
    conds = [] if ruta_uids is None else [RUTA.c.uid.in_(ruta_uids)]
    if ruta_uids is not None and len(ruta_uids) > 30000:  # very large selections: filter in Python instead
        wanted = set(ruta_uids)
        conds = []
    else:
        wanted = None
    rc = _columns(RUTA)
    ruta = [dict(r) for r in session.execute(select(*[RUTA.c[c] for c in rc]).where(*conds)
                                             .order_by(RUTA.c.uid)).mappings()]
    kc = _columns(KELUARGA)
    keluarga = [dict(r) for r in session.execute(
        select(*[KELUARGA.c[c] for c in kc], RUTA.c.uid.label("ruta_uid"))
        .join(RUTA, KELUARGA.c.ruta_id == RUTA.c.id).where(*conds).order_by(KELUARGA.c.uid)).mappings()]
    ac = _columns(ANGGOTA)
    kel2 = KELUARGA.alias("k2")
    anggota = [dict(r) for r in session.execute(
        select(*[ANGGOTA.c[c] for c in ac], RUTA.c.uid.label("ruta_uid"), kel2.c.uid.label("keluarga_uid"))
        .join(RUTA, ANGGOTA.c.ruta_id == RUTA.c.id).outerjoin(kel2, ANGGOTA.c.keluarga_id == kel2.c.id)
        .where(*conds).order_by(ANGGOTA.c.uid)).mappings()]
    sc = _columns(SUMBER)
    agg2 = ANGGOTA.alias("a2")
    sumber = [dict(r) for r in session.execute(
        select(*[SUMBER.c[c] for c in sc], RUTA.c.uid.label("ruta_uid"), agg2.c.uid.label("anggota_uid"))
        .join(RUTA, SUMBER.c.ruta_id == RUTA.c.id).outerjoin(agg2, SUMBER.c.anggota_id == agg2.c.id)
        .where(*conds).order_by(RUTA.c.uid, SUMBER.c.id)).mappings()]
    if wanted is not None:
        ruta = [r for r in ruta if r["uid"] in wanted]
        keluarga, anggota, sumber = ([r for r in rows if r["ruta_uid"] in wanted]
                                     for rows in (keluarga, anggota, sumber))
    audit = [dict(r) for r in session.execute(
        select(*[AUDIT.c[c] for c in _columns(AUDIT)]).where(AUDIT.c.id > audit_after_id)
        .order_by(AUDIT.c.id)).mappings()]
    return Payload(tables={"ruta": ruta, "keluarga": keluarga, "anggota": anggota, "sumber_tag": sumber,
                           "audit_log": audit, "tombstones": [dict(t) for t in tombstones]},
                   attachments=dict(attachments or {}))


# ------------------------------------------------------------------ central side: decode and upsert

def _bad(reason: str) -> BundleError:
    return BundleError("bad_payload", reason=reason)


def decode_payload(parts: Mapping[str, bytes], manifest: Mapping[str, Any] | None = None) -> Payload:
    """Parse the inner parts; check the header, row counts and attachment hashes, and the manifest's counts."""
    try:
        header = json.loads(parts["payload.json"])
        if not isinstance(header, dict) or header.get("schema") != PAYLOAD_SCHEMA:
            raise _bad("schema")
        tables: dict[str, list[dict[str, Any]]] = {}
        for name, count in dict(header.get("tables", {})).items():
            raw = parts.get(f"tables/{name}.jsonl")
            if raw is None:
                raise _bad("missing_table")
            rows = parse_jsonl(raw)
            if len(rows) != count or not all(isinstance(r, dict) for r in rows):
                raise _bad("table_rows")
            tables[name] = rows
        attachments = {}
        for spec in header.get("attachments", []):
            data = parts.get(f"attachments/{spec['name']}")
            if data is None or hashlib.sha256(data).hexdigest() != spec["sha256"]:
                raise _bad("attachment")
            attachments[spec["name"]] = data
    except BundleError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, UnicodeDecodeError) as exc:
        raise _bad("structure") from exc
    payload = Payload(tables=tables, attachments=attachments)
    if manifest is not None:
        declared = manifest.get("counts", {})
        actual = payload.counts()
        if any(declared.get(k, v) != v for k, v in actual.items()):
            raise BundleError("manifest_mismatch", reason="counts")
    return payload


def _to_db(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for c in table.columns:
        if c.name in _LOCAL or (c.name not in row and c.name in ("created_at", "updated_at", "revision")):
            continue
        v = row.get(c.name)  # absent = null (nulls are not written)
        if v is not None and isinstance(c.type, DateTime):
            v = dt.datetime.fromisoformat(v)
        elif v is not None and isinstance(c.type, Date):
            v = dt.date.fromisoformat(v)
        out[c.name] = v
    return out


@dataclass
class UpsertStats:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0


def _id_map(session: Session, table: Table, uids: Sequence[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in _chunks(list(uids)):
        out.update(session.execute(select(table.c.uid, table.c.id).where(table.c.uid.in_(part))).all())
    return out


def _upsert_by_uid(session: Session, table: Table, rows: list[dict[str, Any]], stats: UpsertStats) -> dict[str, int]:
    existing = _id_map(session, table, [r["uid"] for r in rows])
    cols = [c for c in table.columns if c.name != "id"]
    new_rows, changed = [], []
    current: dict[str, dict[str, Any]] = {}
    for part in _chunks(list(existing)):
        for r in session.execute(select(*cols).where(table.c.uid.in_(part))).mappings():
            current[r["uid"]] = dict(r)
    for r in rows:
        if r["uid"] in existing:
            diff = {k: v for k, v in r.items() if current[r["uid"]].get(k) != v}
            if diff:
                changed.append((existing[r["uid"]], diff))
            else:
                stats.unchanged += 1
        else:
            new_rows.append(r)
    for row_id, diff in changed:
        session.execute(update(table).where(table.c.id == row_id).values(**diff))
    stats.updated += len(changed)
    if new_rows:
        session.execute(insert(table), new_rows)
        stats.inserted += len(new_rows)
    return _id_map(session, table, [r["uid"] for r in rows])


def upsert_payload(session: Session, payload: Payload, kelurahan_code: str) -> UpsertStats:
    """Insert or update every row by ``uid``; apply tombstones. Same payload twice → second run changes nothing.

    Every household must belong to ``kelurahan_code`` (the signer's kelurahan): a bundle cannot write elsewhere.
    Source tags and the audit segment are handled by the caller's store (see services/central.py)."""
    t = payload.tables
    try:
        ruta = [_to_db(RUTA, r) for r in t.get("ruta", [])]
        if any(r.get("kelurahan_kode") != kelurahan_code for r in ruta):
            raise BundleError("kelurahan_mismatch", reason="payload_row")
        stats = UpsertStats()
        ruta_ids = _upsert_by_uid(session, RUTA, ruta, stats)
        all_ruta = dict(ruta_ids)
        needed = {r["ruta_uid"] for rows in (t.get("keluarga", []), t.get("anggota", [])) for r in rows}
        all_ruta.update(_id_map(session, RUTA, sorted(needed - set(all_ruta))))
        keluarga = []
        for r in t.get("keluarga", []):
            row = _to_db(KELUARGA, r)
            row["ruta_id"] = all_ruta[r["ruta_uid"]]
            keluarga.append(row)
        kel_ids = _upsert_by_uid(session, KELUARGA, keluarga, stats)
        kel_needed = {r["keluarga_uid"] for r in t.get("anggota", []) if r.get("keluarga_uid")}
        kel_ids.update(_id_map(session, KELUARGA, sorted(kel_needed - set(kel_ids))))
        anggota = []
        for r in t.get("anggota", []):
            row = _to_db(ANGGOTA, r)
            row["ruta_id"] = all_ruta[r["ruta_uid"]]
            row["keluarga_id"] = kel_ids[r["keluarga_uid"]] if r.get("keluarga_uid") else None
            anggota.append(row)
        agg_ids = _upsert_by_uid(session, ANGGOTA, anggota, stats)
        _upsert_sumber(session, t.get("sumber_tag", []), all_ruta, agg_ids, stats)
        for tomb in t.get("tombstones", []):
            table = TOMBSTONE_ENTITIES[tomb["entity"]]
            res = session.execute(delete(table).where(table.c.uid == tomb["uid"]))
            stats.deleted += res.rowcount or 0
        return stats
    except BundleError:
        raise
    except (KeyError, TypeError, ValueError) as exc:
        raise _bad("row") from exc


def _upsert_sumber(session: Session, rows: list[dict[str, Any]], ruta_ids: Mapping[str, int],
                   agg_ids: Mapping[str, int], stats: UpsertStats) -> None:
    """Source tags have no uid: identity is (household, member, source, ref)."""
    if not rows:
        return
    ids = sorted({ruta_ids[r["ruta_uid"]] for r in rows})
    have = set()
    for part in _chunks(ids):
        have.update(session.execute(select(SUMBER.c.ruta_id, SUMBER.c.anggota_id, SUMBER.c.sumber, SUMBER.c.ref)
                                    .where(SUMBER.c.ruta_id.in_(part))).all())
    new = []
    for r in rows:
        row = _to_db(SUMBER, r)
        row["ruta_id"] = ruta_ids[r["ruta_uid"]]
        row["anggota_id"] = agg_ids.get(r["anggota_uid"]) if r.get("anggota_uid") else None
        key = (row["ruta_id"], row["anggota_id"], row.get("sumber"), row.get("ref"))
        if key in have:
            stats.unchanged += 1
            continue
        have.add(key)
        new.append(row)
    if new:
        session.execute(insert(SUMBER), new)
        stats.inserted += len(new)
