"""Payload tables (docs/siks-format.md §5): ORM rows ⇄ JSON Lines parts, and the idempotent upsert at Dinsos.

Rows travel by stable ``uid``; database ids never leave a database. Reading and writing use SQLAlchemy Core on the
mapped tables (no ORM objects) because a kelurahan has ~200,000 people.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Date, DateTime, Table, delete, insert, select, update
from sqlalchemy.orm import Session

from ...db.models import Anggota, AuditEntry, Keluarga, Ruta, SumberTag, Tahap
from ...db.models_musyawarah import (
    BeritaAcaraDokumen,
    Musyawarah,
    MusyawarahKeputusan,
    MusyawarahPeserta,
)
from .errors import BundleError

PAYLOAD_SCHEMA = 1
RUTA: Table = Ruta.__table__  # type: ignore[assignment]
KELUARGA: Table = Keluarga.__table__  # type: ignore[assignment]
ANGGOTA: Table = Anggota.__table__  # type: ignore[assignment]
SUMBER: Table = SumberTag.__table__  # type: ignore[assignment]
AUDIT: Table = AuditEntry.__table__  # type: ignore[assignment]
TAHAP: Table = Tahap.__table__  # type: ignore[assignment]
MUSY: Table = Musyawarah.__table__  # type: ignore[assignment]
PESERTA: Table = MusyawarahPeserta.__table__  # type: ignore[assignment]
KEPUTUSAN: Table = MusyawarahKeputusan.__table__  # type: ignore[assignment]
BA_DOC: Table = BeritaAcaraDokumen.__table__  # type: ignore[assignment]
# Columns that are local to one database and never travel (the BA's PDF bytes travel as an attachment).
_LOCAL = {"id", "ruta_id", "keluarga_id", "anggota_id", "tahap_id", "musyawarah_id", "pdf"}
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
    return "".join([enc(r if None not in r.values() else {k: v for k, v in r.items() if v is not None}) + "\n"
                    for r in rows]).encode("utf-8")


def _fetch(session: Session, stmt: Any) -> list[dict[str, Any]]:
    """All rows of ``stmt`` as dicts without null values, dates as ISO text (what :func:`jsonl` writes); a
    fetchall of plain tuples is ~3× cheaper than iterating mappings."""
    res = session.execute(stmt)
    keys = list(res.keys())
    dates = {i for i, c in enumerate(stmt.selected_columns) if isinstance(c.type, (Date, DateTime))}
    rows = res.all()
    if not dates:
        return [{k: v for k, v in zip(keys, row) if v is not None} for row in rows]
    out = []
    for row in rows:
        vals = list(row)
        for i in dates:
            if vals[i] is not None:
                vals[i] = vals[i].isoformat()
        out.append({k: v for k, v in zip(keys, vals) if v is not None})
    return out


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
                "attachments": len(self.attachments), "musyawarah": len(t.get("musyawarah", []))}

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
                    tombstones: Iterable[Mapping[str, str]] = (), attachments: Mapping[str, bytes] | None = None,
                    musyawarah_uids: Sequence[str] | None = None, ba_pdf_uids: Collection[str] | None = None
                    ) -> Payload:
    """Households ``ruta_uids`` (all when None) with their families, members and source tags; audit entries with
    ``id > audit_after_id``; deletions as tombstones; extra ``attachments``; musyawarah ``musyawarah_uids`` (all
    when None) with all their participants, decisions and Berita Acara metadata rows, and the signed PDF of each of
    those BA documents whose uid is in ``ba_pdf_uids`` (all when None) as ``attachments/<doc uid>.pdf``."""
    conds = [] if ruta_uids is None else [RUTA.c.uid.in_(ruta_uids)]
    if ruta_uids is not None and len(ruta_uids) > 30000:  # very large selections: filter in Python instead
        wanted = set(ruta_uids)
        conds = []
    else:
        wanted = None
    rc = _columns(RUTA)
    # tahap ids are local to a database: the tahap travels as (tahun, nomor)
    ruta = _fetch(session,
        select(*[RUTA.c[c] for c in rc], TAHAP.c.tahun.label("tahap_tahun"), TAHAP.c.nomor.label("tahap_nomor"))
        .outerjoin(TAHAP, RUTA.c.tahap_id == TAHAP.c.id).where(*conds).order_by(RUTA.c.uid))
    kc = _columns(KELUARGA)
    keluarga = _fetch(session,
        select(*[KELUARGA.c[c] for c in kc], RUTA.c.uid.label("ruta_uid"))
        .join(RUTA, KELUARGA.c.ruta_id == RUTA.c.id).where(*conds).order_by(KELUARGA.c.uid))
    ac = _columns(ANGGOTA)
    kel2 = KELUARGA.alias("k2")
    anggota = _fetch(session,
        select(*[ANGGOTA.c[c] for c in ac], RUTA.c.uid.label("ruta_uid"), kel2.c.uid.label("keluarga_uid"))
        .join(RUTA, ANGGOTA.c.ruta_id == RUTA.c.id).outerjoin(kel2, ANGGOTA.c.keluarga_id == kel2.c.id)
        .where(*conds).order_by(ANGGOTA.c.uid))
    sc = _columns(SUMBER)
    agg2 = ANGGOTA.alias("a2")
    sumber = _fetch(session,
        select(*[SUMBER.c[c] for c in sc], RUTA.c.uid.label("ruta_uid"), agg2.c.uid.label("anggota_uid"))
        .join(RUTA, SUMBER.c.ruta_id == RUTA.c.id).outerjoin(agg2, SUMBER.c.anggota_id == agg2.c.id)
        .where(*conds).order_by(RUTA.c.uid, SUMBER.c.id))
    if wanted is not None:
        ruta = [r for r in ruta if r["uid"] in wanted]
        keluarga, anggota, sumber = ([r for r in rows if r["ruta_uid"] in wanted]
                                     for rows in (keluarga, anggota, sumber))
    audit = _fetch(session, select(*[AUDIT.c[c] for c in _columns(AUDIT)]).where(AUDIT.c.id > audit_after_id)
                   .order_by(AUDIT.c.id))
    tables = {"ruta": ruta, "keluarga": keluarga, "anggota": anggota, "sumber_tag": sumber,
              "audit_log": audit, "tombstones": [dict(t) for t in tombstones]}
    att = dict(attachments or {})
    tables.update(_collect_musyawarah(session, musyawarah_uids, ba_pdf_uids, att))
    return Payload(tables=tables, attachments=att)


def _collect_musyawarah(session: Session, uids: Sequence[str] | None, pdf_uids: Collection[str] | None,
                        attachments: dict[str, bytes]) -> dict[str, list[dict[str, Any]]]:
    """The musyawarah tables (§5): the meeting, its whole participant list and decision list (a carried musyawarah
    always carries all its children), the metadata of every BA version; PDFs into ``attachments``."""
    conds = [] if uids is None else [MUSY.c.uid.in_(list(uids))]
    if uids is not None and not uids:
        return {"musyawarah": [], "musyawarah_peserta": [], "musyawarah_keputusan": [], "berita_acara_dokumen": []}
    musy = _fetch(session,
        select(*[MUSY.c[c] for c in _columns(MUSY)], TAHAP.c.tahun.label("tahap_tahun"),
               TAHAP.c.nomor.label("tahap_nomor"))
        .outerjoin(TAHAP, MUSY.c.tahap_id == TAHAP.c.id).where(*conds).order_by(MUSY.c.uid))
    peserta = _fetch(session,
        select(*[PESERTA.c[c] for c in _columns(PESERTA)], MUSY.c.uid.label("musyawarah_uid"))
        .join(MUSY, PESERTA.c.musyawarah_id == MUSY.c.id).where(*conds).order_by(MUSY.c.uid, PESERTA.c.no_urut))
    keputusan = _fetch(session,
        select(*[KEPUTUSAN.c[c] for c in _columns(KEPUTUSAN)], MUSY.c.uid.label("musyawarah_uid"),
               RUTA.c.uid.label("ruta_uid"))
        .join(MUSY, KEPUTUSAN.c.musyawarah_id == MUSY.c.id).join(RUTA, KEPUTUSAN.c.ruta_id == RUTA.c.id)
        .where(*conds).order_by(MUSY.c.uid, RUTA.c.uid))
    docs = _fetch(session,
        select(*[BA_DOC.c[c] for c in _columns(BA_DOC)], MUSY.c.uid.label("musyawarah_uid"))
        .join(MUSY, BA_DOC.c.musyawarah_id == MUSY.c.id).where(*conds).order_by(MUSY.c.uid, BA_DOC.c.version))
    wanted = [d["uid"] for d in docs if pdf_uids is None or d["uid"] in pdf_uids]
    for part in _chunks(wanted):
        for uid, pdf in session.execute(select(BA_DOC.c.uid, BA_DOC.c.pdf).where(BA_DOC.c.uid.in_(part))):
            attachments[ba_attachment_name(uid)] = bytes(pdf)
    return {"musyawarah": musy, "musyawarah_peserta": peserta, "musyawarah_keputusan": keputusan,
            "berita_acara_dokumen": docs}


def ba_attachment_name(doc_uid: str) -> str:
    """Name of a Berita Acara PDF inside ``attachments/`` (§5)."""
    return f"{doc_uid}.pdf"


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


_PLANS: dict[str, list[tuple[str, Any, bool]]] = {}


def _plan(table: Table) -> list[tuple[str, Any, bool]]:
    """Per column: (name, converter from JSON or None, skip when absent)."""
    plan = _PLANS.get(table.name)
    if plan is None:
        plan = []
        for c in table.columns:
            if c.name in _LOCAL:
                continue
            conv = dt.datetime.fromisoformat if isinstance(c.type, DateTime) else \
                dt.date.fromisoformat if isinstance(c.type, Date) else None
            plan.append((c.name, conv, c.name in ("created_at", "updated_at", "revision")))
        _PLANS[table.name] = plan
    return plan


def _to_db(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    get = row.get
    for name, conv, optional in _plan(table):
        if optional and name not in row:
            continue
        v = get(name)  # absent = null (nulls are not written)
        if v is not None and conv is not None:
            v = conv(v)
        out[name] = v
    return out


@dataclass
class UpsertStats:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    conflicts: int = 0


@dataclass
class Conflict:
    """An incoming row the store did not apply because it collides with another kelurahan's data (for review)."""

    entity: str
    uid: str
    reason: str  # uid_other_kelurahan / nik_other_kelurahan / nik_other_member
    incoming: dict[str, Any]
    nik: str | None = None
    other_uid: str | None = None
    other_kelurahan_kode: str | None = None


def _batch(session: Session) -> int:
    """IN-list size: PostgreSQL takes large lists; SQLite is kept well under its variable limit."""
    return 5000 if session.get_bind().dialect.name == "postgresql" else IN_BATCH


def _current(session: Session, table: Table, uids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Existing rows with these uids (all columns) plus ``_kel``: the kelurahan of the household they belong to."""
    if table is RUTA:
        base = select(*table.columns, RUTA.c.kelurahan_kode.label("_kel"))
    else:
        base = select(*table.columns, RUTA.c.kelurahan_kode.label("_kel")).join(RUTA, table.c.ruta_id == RUTA.c.id)
    out: dict[str, dict[str, Any]] = {}
    for part in _chunks(list(uids), _batch(session)):
        for r in session.execute(base.where(table.c.uid.in_(part))).mappings():
            out[r["uid"]] = dict(r)
    return out


def _apply_rows(session: Session, table: Table, rows: list[dict[str, Any]], current: Mapping[str, dict[str, Any]],
                stats: UpsertStats) -> dict[str, int]:
    """Insert new rows, update changed ones (only the changed columns); returns uid → id of every row."""
    ids = {uid: cur["id"] for uid, cur in current.items()}
    new_rows = []
    for r in rows:
        cur = current.get(r["uid"])
        if cur is None:
            new_rows.append(r)
            continue
        diff = {k: v for k, v in r.items() if cur.get(k) != v}
        if diff:
            session.execute(update(table).where(table.c.id == cur["id"]).values(**diff))
            stats.updated += 1
        else:
            stats.unchanged += 1
    if new_rows:
        # all rows of one executemany need the same keys
        keys = sorted({k for r in new_rows for k in r})
        new_rows = [{k: r.get(k) for k in keys} for r in new_rows]
        _bulk_insert(session, table, new_rows)
        for part in _chunks([r["uid"] for r in new_rows], _batch(session)):
            ids.update(session.execute(select(table.c.uid, table.c.id).where(table.c.uid.in_(part))).all())
        stats.inserted += len(new_rows)
    return ids


def _bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Many rows at once: PostgreSQL ``COPY … FROM STDIN`` (csv) on the session's own connection and transaction,
    about 5× faster than multi-row INSERT for 45-column rows; elsewhere an executemany INSERT."""
    if session.get_bind().dialect.name != "postgresql" or len(rows) < 100 or table is BA_DOC:
        session.execute(insert(table), rows)
        return
    import io

    cols = list(rows[0])
    buf = io.StringIO()
    buf.writelines("\t".join([_copy_value(r[c]) for c in cols]) + "\n" for r in rows)
    buf.seek(0)
    raw = session.connection().connection.dbapi_connection
    assert raw is not None
    with raw.cursor() as cur:
        cur.copy_expert(f'COPY {table.name} ({", ".join(chr(34) + c + chr(34) for c in cols)}) FROM STDIN', buf)


_COPY_ESCAPE = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copy_value(v: Any) -> str:
    """One field in PostgreSQL's COPY text format: ``\\N`` is NULL; backslash, tab, newline and CR escaped."""
    if v is None:
        return "\\N"
    if isinstance(v, bool):
        return "t" if v else "f"
    if isinstance(v, (int, float)):
        return str(v)
    return str(v).translate(_COPY_ESCAPE)


def _tahap_ids(session: Session, rows: Iterable[Mapping[str, Any]]) -> dict[tuple[int, int], int]:
    """Central tahap id for every (tahun, nomor) in the rows; a tahap the store does not know yet is created."""
    wanted = {(r["tahap_tahun"], r["tahap_nomor"]) for r in rows
              if r.get("tahap_tahun") is not None and r.get("tahap_nomor") is not None}
    if not wanted:
        return {}
    have = {(t, n): i for i, t, n in session.execute(select(TAHAP.c.id, TAHAP.c.tahun, TAHAP.c.nomor))}
    for tahun, nomor in sorted(wanted - set(have)):
        if not (isinstance(tahun, int) and isinstance(nomor, int)):
            raise _bad("tahap")
        have[(tahun, nomor)] = session.execute(insert(TAHAP).returning(TAHAP.c.id).values(
            tahun=tahun, nomor=nomor, nama=f"Tahap {nomor} {tahun}")).scalar_one()
    return have


def _apply_tombstones(session: Session, tombstones: list[dict[str, Any]], kelurahan_code: str,
                      stats: UpsertStats) -> None:
    """Deletions, only ever of rows of ``kelurahan_code``'s own households (a bundle cannot delete elsewhere)."""
    by_entity: dict[str, list[str]] = {}
    for tomb in tombstones:
        if tomb.get("entity") not in TOMBSTONE_ENTITIES or not isinstance(tomb.get("uid"), str):
            raise _bad("tombstone")
        by_entity.setdefault(tomb["entity"], []).append(tomb["uid"])
    own = select(RUTA.c.id).where(RUTA.c.kelurahan_kode == kelurahan_code)
    for entity in ("anggota", "keluarga", "ruta"):
        table = TOMBSTONE_ENTITIES[entity]
        scope = table.c.kelurahan_kode == kelurahan_code if table is RUTA else table.c.ruta_id.in_(own)
        for part in _chunks(by_entity.get(entity, []), _batch(session)):
            if table is RUTA:  # a household is only deleted at the kelurahan once it has no decision any more
                session.execute(delete(KEPUTUSAN).where(KEPUTUSAN.c.ruta_id.in_(
                    select(RUTA.c.id).where(RUTA.c.uid.in_(part), scope))))
            res = session.execute(delete(table).where(table.c.uid.in_(part), scope))
            stats.deleted += res.rowcount or 0


def _split_by_owner(entity: str, rows: list[tuple[dict[str, Any], dict[str, Any]]], cur: dict[str, dict[str, Any]],
                    kelurahan_code: str, conflicts: list[Conflict]) -> tuple[list[dict[str, Any]], set[str]]:
    """Rows this kelurahan may write, and the uids it may not: a uid the store already holds for another kelurahan
    is never overwritten but listed as a conflict for review."""
    accepted: list[dict[str, Any]] = []
    skipped: set[str] = set()
    for raw, row in rows:
        have = cur.get(row["uid"])
        if have is not None and have["_kel"] != kelurahan_code:
            conflicts.append(Conflict(entity, row["uid"], "uid_other_kelurahan", dict(raw),
                                      other_uid=row["uid"], other_kelurahan_kode=have["_kel"]))
            skipped.add(row["uid"])
        else:
            accepted.append(row)
    return accepted, skipped


def upsert_payload(session: Session, payload: Payload, kelurahan_code: str,
                   conflicts: list[Conflict] | None = None) -> UpsertStats:
    """Insert or update every row by ``uid``; apply tombstones. Same payload twice → second run changes nothing.

    Scope: every household must belong to ``kelurahan_code`` (the signer's kelurahan), and families, members and
    tags may only hang under such households — a bundle cannot write or delete another kelurahan's rows. Rows that
    collide with another kelurahan's data (same uid, or a member's NIK held elsewhere) are not applied: they are
    appended to ``conflicts`` for review and the store keeps its row. The audit segment is the caller's."""
    t = payload.tables
    conflicts = conflicts if conflicts is not None else []
    stats = UpsertStats()
    try:
        _apply_tombstones(session, t.get("tombstones", []), kelurahan_code, stats)
        tahap = _tahap_ids(session, t.get("ruta", []))

        # households
        ruta_rows = []
        for raw in t.get("ruta", []):
            row = _to_db(RUTA, raw)
            if row.get("kelurahan_kode") != kelurahan_code or not isinstance(row.get("uid"), str):
                raise BundleError("kelurahan_mismatch", reason="payload_row")
            row["tahap_id"] = tahap.get((raw.get("tahap_tahun"), raw.get("tahap_nomor")))
            ruta_rows.append((raw, row))
        cur = _current(session, RUTA, [row["uid"] for _, row in ruta_rows])
        accepted, skipped_ruta = _split_by_owner("ruta", ruta_rows, cur, kelurahan_code, conflicts)
        ruta_ids = _apply_rows(session, RUTA, accepted, cur, stats)
        # households referenced but not carried: only this kelurahan's own
        needed = {r["ruta_uid"] for name in ("keluarga", "anggota", "sumber_tag") for r in t.get(name, [])
                  if r.get("ruta_uid") not in skipped_ruta}
        missing = sorted(needed - set(ruta_ids))
        for part in _chunks(missing, _batch(session)):
            ruta_ids.update(session.execute(select(RUTA.c.uid, RUTA.c.id).where(
                RUTA.c.uid.in_(part), RUTA.c.kelurahan_kode == kelurahan_code)).all())
        if needed - set(ruta_ids):
            raise BundleError("kelurahan_mismatch", reason="foreign_household")

        # families
        kel_rows = []
        for raw in t.get("keluarga", []):
            if raw["ruta_uid"] in skipped_ruta:
                continue
            row = _to_db(KELUARGA, raw)
            row["ruta_id"] = ruta_ids[raw["ruta_uid"]]
            kel_rows.append((raw, row))
        cur = _current(session, KELUARGA, [row["uid"] for _, row in kel_rows])
        accepted, skipped_kel = _split_by_owner("keluarga", kel_rows, cur, kelurahan_code, conflicts)
        kel_ids = _apply_rows(session, KELUARGA, accepted, cur, stats)
        kel_needed = {r["keluarga_uid"] for r in t.get("anggota", []) if r.get("keluarga_uid")} - skipped_kel
        own = select(RUTA.c.id).where(RUTA.c.kelurahan_kode == kelurahan_code)
        for part in _chunks(sorted(kel_needed - set(kel_ids)), _batch(session)):
            kel_ids.update(session.execute(select(KELUARGA.c.uid, KELUARGA.c.id).where(
                KELUARGA.c.uid.in_(part), KELUARGA.c.ruta_id.in_(own))).all())
        if kel_needed - set(kel_ids):
            raise BundleError("kelurahan_mismatch", reason="foreign_family")

        agg_ids = _upsert_members(session, t.get("anggota", []), kelurahan_code, ruta_ids, kel_ids, skipped_ruta,
                                  conflicts, stats)
        _upsert_sumber(session, [r for r in t.get("sumber_tag", []) if r.get("ruta_uid") not in skipped_ruta],
                       ruta_ids, agg_ids, stats)
        _upsert_musyawarah(session, payload, kelurahan_code, skipped_ruta, conflicts, stats)
        stats.conflicts = len(conflicts)
        return stats
    except BundleError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _bad("row") from exc


def _upsert_members(session: Session, rows: list[dict[str, Any]], kelurahan_code: str, ruta_ids: Mapping[str, int],
                    kel_ids: Mapping[str, int], skipped_ruta: set[str], conflicts: list[Conflict],
                    stats: UpsertStats) -> dict[str, int]:
    prepared = []
    for raw in rows:
        if raw["ruta_uid"] in skipped_ruta:
            continue
        row = _to_db(ANGGOTA, raw)
        row["ruta_id"] = ruta_ids[raw["ruta_uid"]]
        row["keluarga_id"] = kel_ids.get(raw["keluarga_uid"]) if raw.get("keluarga_uid") else None
        prepared.append((raw, row))
    incoming_uids = {row["uid"] for _, row in prepared}
    niks = [row["nik"] for _, row in prepared if row.get("nik")]
    if len(set(niks)) != len(niks):
        raise _bad("nik_twice")
    cur = _current(session, ANGGOTA, sorted(incoming_uids))
    # who holds the incoming NIKs now (uid, kelurahan)
    holders: dict[str, tuple[str, str]] = {}
    for part in _chunks(niks, _batch(session)):
        for nik, uid, kel in session.execute(
                select(ANGGOTA.c.nik, ANGGOTA.c.uid, RUTA.c.kelurahan_kode).join(RUTA, ANGGOTA.c.ruta_id == RUTA.c.id)
                .where(ANGGOTA.c.nik.in_(part))):
            holders[nik] = (uid, kel)
    accepted = []
    for raw, row in prepared:
        have = cur.get(row["uid"])
        if have is not None and have["_kel"] != kelurahan_code:
            conflicts.append(Conflict("anggota", row["uid"], "uid_other_kelurahan", dict(raw), nik=row.get("nik"),
                                      other_uid=row["uid"], other_kelurahan_kode=have["_kel"]))
            continue
        holder = holders.get(row.get("nik")) if row.get("nik") else None
        if holder is not None and holder[0] != row["uid"]:
            other_uid, other_kel = holder
            if other_kel != kelurahan_code:
                conflicts.append(Conflict("anggota", row["uid"], "nik_other_kelurahan", dict(raw), nik=row["nik"],
                                          other_uid=other_uid, other_kelurahan_kode=other_kel))
                continue
            if other_uid not in incoming_uids:  # same kelurahan, holder not changed by this bundle: stale store
                conflicts.append(Conflict("anggota", row["uid"], "nik_other_member", dict(raw), nik=row["nik"],
                                          other_uid=other_uid, other_kelurahan_kode=other_kel))
                continue
        accepted.append(row)
    # A NIK may move between members of this kelurahan inside one bundle: release changed NIKs first so the unique
    # index never sees two holders mid-way (PostgreSQL checks it per statement).
    moving = [cur[r["uid"]]["id"] for r in accepted
              if r["uid"] in cur and cur[r["uid"]]["nik"] is not None and cur[r["uid"]]["nik"] != r.get("nik")]
    for part in _chunks(moving, _batch(session)):
        session.execute(update(ANGGOTA).where(ANGGOTA.c.id.in_(part)).values(nik=None))
    return _apply_rows(session, ANGGOTA, accepted, cur, stats)


def _upsert_sumber(session: Session, rows: list[dict[str, Any]], ruta_ids: Mapping[str, int],
                   agg_ids: Mapping[str, int], stats: UpsertStats) -> None:
    """Source tags have no uid: identity is (household, member, source, ref)."""
    if not rows:
        return
    ids = sorted({ruta_ids[r["ruta_uid"]] for r in rows})
    have = set()
    for part in _chunks(ids, _batch(session)):
        have.update(session.execute(select(SUMBER.c.ruta_id, SUMBER.c.anggota_id, SUMBER.c.sumber, SUMBER.c.ref)
                                    .where(SUMBER.c.ruta_id.in_(part))).all())
    new = []
    for r in rows:
        if r.get("anggota_uid") and r["anggota_uid"] not in agg_ids:
            continue  # the member is in conflict (not applied): its tag waits with it
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
        keys = sorted({k for r in new for k in r})
        _bulk_insert(session, SUMBER, [{k: r.get(k) for k in keys} for r in new])
        stats.inserted += len(new)


def _upsert_musyawarah(session: Session, payload: Payload, kelurahan_code: str, skipped_ruta: set[str],
                       conflicts: list[Conflict], stats: UpsertStats) -> None:
    """Musyawarah by ``uid`` (only of ``kelurahan_code``); for every carried musyawarah its participant list (by
    ``no_urut``) and decision list (by household) are replaced by the carried ones; BA documents by ``uid``, their
    PDF from ``attachments/<uid>.pdf`` checked against the row's ``sha256`` (a row whose PDF is not carried must
    already be in the store with that hash)."""
    t = payload.tables
    m_rows, p_rows, k_rows, d_rows = (t.get(n, []) for n in ("musyawarah", "musyawarah_peserta",
                                                             "musyawarah_keputusan", "berita_acara_dokumen"))
    if not (m_rows or p_rows or k_rows or d_rows):
        return
    tahap = _tahap_ids(session, m_rows)
    prepared = []
    for raw in m_rows:
        row = _to_db(MUSY, raw)
        if row.get("kelurahan_kode") != kelurahan_code or not isinstance(row.get("uid"), str):
            raise BundleError("kelurahan_mismatch", reason="payload_row")
        row["tahap_id"] = tahap.get((raw.get("tahap_tahun"), raw.get("tahap_nomor")))
        prepared.append((raw, row))
    cur: dict[str, dict[str, Any]] = {}
    for part in _chunks([row["uid"] for _, row in prepared], _batch(session)):
        for r in session.execute(select(*MUSY.columns, MUSY.c.kelurahan_kode.label("_kel"))
                                 .where(MUSY.c.uid.in_(part))).mappings():
            cur[r["uid"]] = dict(r)
    accepted, skipped = _split_by_owner("musyawarah", prepared, cur, kelurahan_code, conflicts)
    musy_ids = _apply_rows(session, MUSY, accepted, cur, stats)
    carried = {row["uid"] for row in accepted}
    # musyawarah referenced by BA rows but not carried: only this kelurahan's own
    needed = {r["musyawarah_uid"] for r in (*p_rows, *k_rows, *d_rows)} - skipped
    for part in _chunks(sorted(needed - set(musy_ids)), _batch(session)):
        musy_ids.update(session.execute(select(MUSY.c.uid, MUSY.c.id).where(
            MUSY.c.uid.in_(part), MUSY.c.kelurahan_kode == kelurahan_code)).all())
    if needed - set(musy_ids):
        raise BundleError("kelurahan_mismatch", reason="foreign_musyawarah")
    if (({r["musyawarah_uid"] for r in p_rows} | {r["musyawarah_uid"] for r in k_rows}) - skipped) - carried:
        raise _bad("musyawarah_children")  # children travel only with their musyawarah
    carried_ids = sorted(musy_ids[u] for u in carried)

    # participants: identity (musyawarah, no_urut)
    have_p: dict[tuple[int, int], dict[str, Any]] = {}
    for part in _chunks(carried_ids, _batch(session)):
        for r in session.execute(select(*PESERTA.columns).where(PESERTA.c.musyawarah_id.in_(part))).mappings():
            have_p[(r["musyawarah_id"], r["no_urut"])] = dict(r)
    _replace_children(session, PESERTA, [r for r in p_rows if r["musyawarah_uid"] not in skipped], musy_ids,
                      have_p, lambda row: (row["musyawarah_id"], row["no_urut"]), stats)

    # decisions: identity (musyawarah, household); the household must be this kelurahan's
    k_keep = [r for r in k_rows if r["musyawarah_uid"] not in skipped and r.get("ruta_uid") not in skipped_ruta]
    ruta_ids: dict[str, int] = {}
    for part in _chunks(sorted({r["ruta_uid"] for r in k_keep}), _batch(session)):
        ruta_ids.update(session.execute(select(RUTA.c.uid, RUTA.c.id).where(
            RUTA.c.uid.in_(part), RUTA.c.kelurahan_kode == kelurahan_code)).all())
    if {r["ruta_uid"] for r in k_keep} - set(ruta_ids):
        raise BundleError("kelurahan_mismatch", reason="foreign_household")
    have_k: dict[tuple[int, int], dict[str, Any]] = {}
    for part in _chunks(carried_ids, _batch(session)):
        for r in session.execute(select(*KEPUTUSAN.columns).where(KEPUTUSAN.c.musyawarah_id.in_(part))).mappings():
            have_k[(r["musyawarah_id"], r["ruta_id"])] = dict(r)
    _replace_children(session, KEPUTUSAN, k_keep, musy_ids, have_k,
                      lambda row: (row["musyawarah_id"], row["ruta_id"]), stats,
                      extra=lambda raw, row: row.__setitem__("ruta_id", ruta_ids[raw["ruta_uid"]]))

    # Berita Acara documents: identity uid; the PDF bytes must match the signed hash
    d_keep = [r for r in d_rows if r["musyawarah_uid"] not in skipped]
    have_d: dict[str, dict[str, Any]] = {}
    for part in _chunks([r["uid"] for r in d_keep], _batch(session)):
        for r in session.execute(select(*BA_DOC.columns, MUSY.c.kelurahan_kode.label("_kel"))
                                 .join(MUSY, BA_DOC.c.musyawarah_id == MUSY.c.id)
                                 .where(BA_DOC.c.uid.in_(part))).mappings():
            have_d[r["uid"]] = dict(r)
    docs = []
    for raw in d_keep:
        row = _to_db(BA_DOC, raw)
        row["musyawarah_id"] = musy_ids[raw["musyawarah_uid"]]
        have = have_d.get(row["uid"])
        if have is not None and (have["_kel"] != kelurahan_code or have["musyawarah_id"] != row["musyawarah_id"]):
            raise BundleError("kelurahan_mismatch", reason="foreign_document")
        pdf = payload.attachments.get(ba_attachment_name(row["uid"]))
        if pdf is not None:
            if not isinstance(row.get("sha256"), str) or hashlib.sha256(pdf).hexdigest() != row["sha256"]:
                raise _bad("attachment_hash")
            row["pdf"] = pdf
        elif have is None or have["sha256"] != row.get("sha256"):
            raise _bad("attachment_missing")
        docs.append(row)
    _apply_rows(session, BA_DOC, docs, have_d, stats)


def _replace_children(session: Session, table: Table, rows: list[dict[str, Any]], musy_ids: Mapping[str, int],
                      have: dict[tuple[int, int], dict[str, Any]], key: Any, stats: UpsertStats,
                      extra: Any = None) -> None:
    """Upsert ``rows`` by ``key``; delete the stored rows of the same musyawarah that the bundle no longer has."""
    seen = set()
    new_rows = []
    for raw in rows:
        row = _to_db(table, raw)
        row["musyawarah_id"] = musy_ids[raw["musyawarah_uid"]]
        if extra is not None:
            extra(raw, row)
        k = key(row)
        if k in seen:
            raise _bad("duplicate_row")
        seen.add(k)
        cur = have.get(k)
        if cur is None:
            new_rows.append(row)
            continue
        diff = {c: v for c, v in row.items() if cur.get(c) != v}
        if diff:
            session.execute(update(table).where(table.c.id == cur["id"]).values(**diff))
            stats.updated += 1
        else:
            stats.unchanged += 1
    gone = [cur["id"] for k, cur in have.items() if k not in seen]
    for part in _chunks(gone, _batch(session)):
        stats.deleted += session.execute(delete(table).where(table.c.id.in_(part))).rowcount or 0
    if new_rows:
        keys = sorted({k for r in new_rows for k in r})
        session.execute(insert(table), [{k: r.get(k) for k in keys} for r in new_rows])
        stats.inserted += len(new_rows)
