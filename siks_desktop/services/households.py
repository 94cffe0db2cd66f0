"""Households (ruta) with their families (keluarga) and members (ART): save, verval result, delete, search, counts.

One unit of work per call; every mutation is validated with domain.rules, audited in the same transaction and
reported as a ChangeSet.
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping, Sequence

from sqlalchemy import and_, exists, func, literal_column, or_, select, table, union
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from ..db.search_index import MIN_FRAGMENT, fts_phrase
from ..db.models_musyawarah import MusyawarahKeputusan
from ..db.models import Anggota, Keluarga, Ruta, SumberTag, Tombstone, Wilayah
from ..domain import instrument, rules
from ..domain.codelists import RECORD_KINDS, RECORD_STATES, SOURCES, codelist
from ..dto import (ChangeSet, Counts, FamilyDTO, HouseholdDTO, HouseholdQuery, HouseholdRow, MemberDTO, Page,
                   SaveResult, SourceTagDTO)
from ..errors import Conflict, NotFound, SiksError, ValidationFailed
from ..reference import known_nik_prefix
from . import audit
from .base import AreaService

RUTA_COLS: tuple[str, ...] = tuple(v.name for v in instrument.RUTA_VARS if v.name != "kelurahan_kode")
ART_COLS: tuple[str, ...] = tuple(v.name for v in instrument.ART_VARS if v.stored_as is None)
ART_VALUE_KEYS = frozenset(ART_COLS) | {"nomor_urut_keluarga"}
WRITE_ROLES = ("operator",)
MAX_PAGE = 1000


# ---------- ORM → DTO ----------

def household_dto(r: Ruta) -> HouseholdDTO:
    nuk = {k.id: k.nomor_urut for k in r.keluarga}
    members = []
    for a in r.anggota:
        values = {c: getattr(a, c) for c in ART_COLS}
        values["nomor_urut_keluarga"] = nuk.get(a.keluarga_id) if a.keluarga_id is not None else None
        members.append(MemberDTO(values=values, id=a.id, uid=a.uid))
    uid_by_member = {a.id: a.uid for a in r.anggota}
    return HouseholdDTO(
        kelurahan_kode=r.kelurahan_kode, values={c: getattr(r, c) for c in RUTA_COLS},
        families=tuple(FamilyDTO(k.nomor_urut, k.no_kk, k.id, k.uid) for k in r.keluarga),
        members=tuple(members),
        sources=tuple(SourceTagDTO(t.sumber, t.desil, t.ref, uid_by_member.get(t.anggota_id)) for t in r.sumber),
        id=r.id, uid=r.uid, tahap_id=r.tahap_id, idbdt=r.idbdt, jenis=r.jenis, record_state=r.record_state,
        revision=r.revision, updated_at=r.updated_at)


def _load(s: Session, household_id: int) -> Ruta:
    r = s.scalar(select(Ruta).where(Ruta.id == household_id).options(
        selectinload(Ruta.keluarga), selectinload(Ruta.anggota), selectinload(Ruta.sumber)))
    if r is None:
        raise NotFound("household_not_found", "Rumah tangga tidak ditemukan.", id=household_id)
    return r


def _contains(column: Any, text: str, dialect: str) -> Any:
    """Case-insensitive substring match. SQLite's LIKE already ignores ASCII case (and ILIKE would wrap both sides
    in lower(), twice as slow on a million names); PostgreSQL needs ILIKE."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = f"%{escaped}%"
    return column.ilike(pattern, escape="\\") if dialect == "postgresql" else column.like(pattern, escape="\\")


def _check_keys(values: Mapping[str, Any], allowed: Iterable[str], level: str) -> None:
    unknown = sorted(set(values) - set(allowed))
    if unknown:
        raise SiksError("unknown_field", f"Variabel tidak dikenal pada tingkat {level}: {', '.join(unknown)}.")


def _member_dicts(hh: HouseholdDTO) -> list[dict[str, Any]]:
    return [dict(m.values) for m in hh.members]


class HouseholdService(AreaService):
    # ---------- reading ----------
    def get(self, household_id: int) -> HouseholdDTO:
        with self.ctx.uow.read() as s:
            return household_dto(_load(s, household_id))

    def validate(self, hh: HouseholdDTO) -> tuple[rules.Problem, ...]:
        """All problems of a record as the form would show them (errors and warnings), without saving."""
        return tuple(rules.check_household(
            dict(hh.values), [{"nomor_urut": f.nomor_urut, "no_kk": f.no_kk} for f in hh.families],
            _member_dicts(hh), today=self.ctx.today(), known_prefix=known_nik_prefix,
            final=hh.record_state == "final"))

    # ---------- writing ----------
    def save(self, hh: HouseholdDTO, *, reason: str | None = None) -> SaveResult:
        """Create (``hh.id is None``) or update a household with its families and members as one unit."""
        self.require(WRITE_ROLES, "households.save")
        _check_keys(hh.values, RUTA_COLS, "ruta")
        for m in hh.members:
            _check_keys(m.values, ART_VALUE_KEYS, "art")
        if hh.record_state not in RECORD_STATES:
            raise SiksError("bad_state", "Status rekaman tidak dikenal.", state=hh.record_state)
        if hh.jenis not in RECORD_KINDS:
            raise SiksError("bad_kind", "Jenis rekaman tidak dikenal.", kind=hh.jenis)
        problems = self.validate(hh)
        errors = tuple(p for p in problems if p.severity == "error")
        if errors and hh.record_state == "final":
            raise ValidationFailed(errors)
        # A draft may keep open problems, but never values the database cannot hold honestly.
        blocking = tuple(p for p in errors if p.code in {"too_long", "code_unknown", "nik_format"})
        if blocking:
            raise ValidationFailed(blocking)
        with self.ctx.uow() as s:
            if s.get(Wilayah, hh.kelurahan_kode) is None:
                raise SiksError("unknown_region", "Kode kelurahan tidak dikenal.", kode=hh.kelurahan_kode)
            creating = hh.id is None
            if creating:
                r = Ruta(kelurahan_kode=hh.kelurahan_kode, revision=1)
                s.add(r)
                changes: dict[str, tuple[Any, Any]] = {}
            else:
                assert hh.id is not None
                r = _load(s, hh.id)
                if hh.revision and hh.revision != r.revision:
                    raise Conflict("stale", "Data ini sudah diubah orang lain; buka ulang lalu ulangi perubahan.")
                changes = {}
                if r.kelurahan_kode != hh.kelurahan_kode:
                    changes["kelurahan_kode"] = (r.kelurahan_kode, hh.kelurahan_kode)
                    r.kelurahan_kode = hh.kelurahan_kode
                r.revision += 1
            for attr in ("tahap_id", "idbdt", "jenis", "record_state"):
                old, new = getattr(r, attr), getattr(hh, attr)
                if old != new:
                    changes[attr] = (old, new)
                    setattr(r, attr, new)
            for col in RUTA_COLS:
                new = hh.values.get(col, getattr(r, col) if not creating else None)
                old = getattr(r, col)
                if old != new:
                    changes[col] = (old, new)
                    setattr(r, col, new)
            s.flush()
            self._sync_families(s, r, hh.families, changes)
            self._sync_members(s, r, hh.members, changes)
            if creating:
                for t in hh.sources:
                    if t.sumber not in SOURCES:
                        raise SiksError("bad_source", "Sumber data tidak dikenal.", source=t.sumber)
                    s.add(SumberTag(ruta_id=r.id, sumber=t.sumber, desil=t.desil, ref=t.ref))
            try:
                s.flush()
            except IntegrityError as exc:  # raced with another writer on the NIK unique index
                raise Conflict("nik_duplicate", "NIK sudah terdaftar pada rumah tangga lain.") from exc
            audit.append(s, username=self.actor.username, action="ruta.create" if creating else "ruta.update",
                         entity="ruta", entity_id=r.id, changes=changes, reason=reason)
            s.flush()
            s.expire(r)
            saved = household_dto(_load(s, r.id))
        warnings = tuple(p for p in problems if p.severity == "warning" or hh.record_state != "final")
        return SaveResult(saved, warnings, ChangeSet("ruta", (saved.id or 0,), "created" if creating else "updated"))

    def _sync_families(self, s: Session, r: Ruta, families: Sequence[FamilyDTO],
                       changes: dict[str, tuple[Any, Any]]) -> None:
        nuks = [f.nomor_urut for f in families]
        if len(set(nuks)) != len(nuks):
            raise SiksError("family_duplicate", "Nomor urut keluarga ganda dalam satu rumah tangga.")
        existing = {k.uid: k for k in r.keluarga}
        keep: set[str] = set()
        for f in families:
            k = existing.get(f.uid) if f.uid else None
            if k is None:
                k = next((x for x in r.keluarga if x.nomor_urut == f.nomor_urut and x.uid not in keep), None)
            if k is None:
                k = Keluarga(nomor_urut=f.nomor_urut, no_kk=f.no_kk)
                r.keluarga.append(k)
                changes[f"keluarga[{f.nomor_urut}]"] = (None, f.no_kk)
            else:
                if (k.nomor_urut, k.no_kk) != (f.nomor_urut, f.no_kk):
                    changes[f"keluarga[{f.nomor_urut}]"] = (k.no_kk, f.no_kk)
                k.nomor_urut, k.no_kk = f.nomor_urut, f.no_kk
            s.flush()
            keep.add(k.uid)
        for k in list(r.keluarga):
            if k.uid not in keep:
                changes[f"keluarga[{k.nomor_urut}]"] = (k.no_kk, None)
                s.add(Tombstone(entity="keluarga", uid=k.uid))
                r.keluarga.remove(k)
        s.flush()

    def _sync_members(self, s: Session, r: Ruta, members: Sequence[MemberDTO],
                      changes: dict[str, tuple[Any, Any]]) -> None:
        by_nuk = {k.nomor_urut: k for k in r.keluarga}
        niks = [m.nik for m in members if m.nik]
        if len(set(niks)) != len(niks):
            raise Conflict("nik_duplicate_in_household", "Dua ART dalam rumah tangga ini memakai NIK yang sama.")
        if niks:
            taken = set(s.scalars(select(Anggota.nik).where(Anggota.nik.in_(niks), Anggota.ruta_id != r.id)))
            if taken:
                index = next(i for i, m in enumerate(members) if m.nik in taken)
                raise Conflict("nik_duplicate", f"NIK ART no. {index + 1} sudah terdaftar pada rumah tangga lain.",
                               member=index + 1)
        existing = {a.uid: a for a in r.anggota}
        before = {a.uid: {c: getattr(a, c) for c in ART_COLS} | {"nomor_urut_keluarga": a.keluarga.nomor_urut
                                                                  if a.keluarga else None}
                  for a in r.anggota}
        # Clear NIKs first so moving a NIK between two members never trips the unique index mid-flush.
        for a in r.anggota:
            a.nik = None
        s.flush()
        keep: set[str] = set()
        for i, m in enumerate(members):
            found = existing.get(m.uid) if m.uid else None
            a = found if found is not None else Anggota(no_urut=i + 1, nama=m.nama)
            if found is None:
                r.anggota.append(a)
            for col in ART_COLS:
                setattr(a, col, m.values.get(col))
            a.no_urut = m.values.get("no_urut") or (i + 1)
            a.nama = m.nama
            nuk = m.values.get("nomor_urut_keluarga")
            a.keluarga = by_nuk.get(nuk) if nuk is not None else None
            s.flush()
            old = before.get(a.uid, {})
            new = {c: getattr(a, c) for c in ART_COLS} | {"nomor_urut_keluarga": nuk}
            label = f"art[{a.uid[:8]}]"
            for col, value in new.items():
                if old.get(col) != value:
                    changes[f"{label}.{col}"] = (old.get(col), value)
            keep.add(a.uid)
        for a in list(r.anggota):
            if a.uid not in keep:
                changes[f"art[{a.uid[:8]}]"] = ("ada", None)
                s.add(Tombstone(entity="anggota", uid=a.uid))
                r.anggota.remove(a)
        s.flush()

    def record_verval(self, household_id: int, *, status_verval: int, member_status: Mapping[int, int] | None = None,
                      blok2: Mapping[str, Any] | None = None, reason: str | None = None) -> SaveResult:
        """Record the result of a home visit: ruta status (II.5), per-ART keberadaan (IV.24), Blok II fields."""
        self.require(WRITE_ROLES, "households.record_verval")
        if status_verval not in codelist("status_ruta"):
            raise SiksError("code_unknown", "II.5 Hasil verivali: kode tidak ada dalam daftar.", value=status_verval)
        for status in (member_status or {}).values():
            if status not in codelist("status_art"):
                raise SiksError("code_unknown", "IV.24 Keberadaan ART: kode tidak ada dalam daftar.", value=status)
        allowed_blok2 = {v.name for v in instrument.RUTA_VARS if v.block == "II"}
        _check_keys(blok2 or {}, allowed_blok2, "Blok II")
        current = self.get(household_id)
        values = dict(current.values) | dict(blok2 or {}) | {"status_verval": status_verval}
        members = []
        for m in current.members:
            if m.id is not None and member_status and m.id in member_status:
                members.append(MemberDTO(values=dict(m.values) | {"status_art": member_status[m.id]}, id=m.id,
                                         uid=m.uid))
            else:
                members.append(m)
        unknown = set(member_status or {}) - {m.id for m in current.members}
        if unknown:
            raise NotFound("member_not_found", "ART tidak ditemukan pada rumah tangga ini.")
        updated = HouseholdDTO(**{**current.__dict__, "values": values, "members": tuple(members)})
        return self.save(updated, reason=reason or "hasil verval")

    def delete(self, household_id: int, *, reason: str) -> ChangeSet:
        self.require(WRITE_ROLES, "households.delete")
        if not reason or not reason.strip():
            raise SiksError("reason_required", "Alasan penghapusan wajib diisi.")
        with self.ctx.uow() as s:
            r = _load(s, household_id)
            decided = s.scalar(select(func.count()).select_from(MusyawarahKeputusan)
                               .where(MusyawarahKeputusan.ruta_id == r.id))
            if decided:  # the Berita Acara's BNBA must keep pointing at it
                raise Conflict("household_in_musyawarah", "Rumah tangga ini sudah diputuskan dalam musyawarah; "
                               "tandai sebagai usulan hapus lewat musyawarah, bukan dihapus.", count=decided)
            s.add(Tombstone(entity="ruta", uid=r.uid))
            audit.append(s, username=self.actor.username, action="ruta.delete", entity="ruta", entity_id=r.id,
                         changes={"ruta": (r.uid, None), "anggota": (len(r.anggota), 0)}, reason=reason.strip())
            s.delete(r)
        return ChangeSet("ruta", (household_id,), "deleted")

    # ---------- search and counts ----------
    def search(self, query: HouseholdQuery = HouseholdQuery(), *, offset: int = 0, limit: int = 100,
               with_total: bool = True) -> Page[HouseholdRow]:
        limit = max(1, min(limit, MAX_PAGE))
        with self.ctx.uow.read() as s:
            where = self._conditions(query, s.get_bind().dialect.name)
            ids_q = select(Ruta.id).where(*where)
            total = s.scalar(select(func.count()).select_from(ids_q.subquery())) if with_total else -1
            order = {"id": Ruta.id, "alamat": Ruta.alamat, "rw": Ruta.rw, "rt": Ruta.rt, "status": Ruta.status_verval,
                     "nama_krt": Ruta.nama_krt, "state": Ruta.record_state}.get(query.sort, Ruta.id)
            ordering = [order.desc() if query.descending else order.asc(), Ruta.id]
            ids = [i for (i,) in s.execute(ids_q.order_by(*ordering).offset(offset).limit(limit))]
            return Page(tuple(self._rows(s, ids)), int(total or 0), offset, limit)

    def page_full(self, query: HouseholdQuery = HouseholdQuery(), *, after_id: int = 0,
                  limit: int = 500) -> tuple[HouseholdDTO, ...]:
        """Whole households (members, families, sources) in id order after ``after_id``: for exports and scripts."""
        limit = max(1, min(limit, MAX_PAGE))
        with self.ctx.uow.read() as s:
            ids = select(Ruta.id).where(*self._conditions(query, s.get_bind().dialect.name), Ruta.id > after_id).order_by(Ruta.id).limit(limit)
            rows = s.scalars(select(Ruta).where(Ruta.id.in_(ids)).order_by(Ruta.id).options(
                selectinload(Ruta.keluarga), selectinload(Ruta.anggota), selectinload(Ruta.sumber))).all()
            return tuple(household_dto(r) for r in rows)

    def _conditions(self, q: HouseholdQuery, dialect: str) -> list[Any]:
        where: list[Any] = []
        needle = " ".join(q.text.split())
        if needle:
            digits = needle.replace(" ", "")
            if digits.isdigit():
                upper = digits[:-1] + chr(ord(digits[-1]) + 1)  # index-friendly prefix range on NIK / No KK
                where.append(Ruta.id.in_(union(
                    select(Anggota.ruta_id).where(Anggota.nik >= digits, Anggota.nik < upper),
                    select(Keluarga.ruta_id).where(Keluarga.no_kk >= digits, Keluarga.no_kk < upper),
                    select(Ruta.id).where(Ruta.idbdt == digits))))
            elif dialect == "sqlite" and len(needle) >= MIN_FRAGMENT:
                phrase = fts_phrase(needle)  # trigram index (db/search_index.py): ~10 ms on a million names
                where.append(Ruta.id.in_(union(
                    select(Anggota.ruta_id).where(Anggota.id.in_(
                        select(literal_column("rowid")).select_from(table("anggota_fts"))
                        .where(literal_column("anggota_fts").op("MATCH")(phrase)))),
                    select(literal_column("rowid")).select_from(table("ruta_fts"))
                    .where(literal_column("ruta_fts").op("MATCH")(phrase)))))
            else:
                where.append(Ruta.id.in_(union(
                    select(Ruta.id).where(or_(_contains(Ruta.alamat, needle, dialect),
                                              _contains(Ruta.nama_krt, needle, dialect))),
                    select(Anggota.ruta_id).where(_contains(Anggota.nama, needle, dialect)))))
        if q.status is not None:
            where.append(Ruta.status_verval.is_(None) if q.status == 0 else Ruta.status_verval == q.status)
        if q.source:
            where.append(exists().where(SumberTag.ruta_id == Ruta.id, SumberTag.sumber == q.source))
        if q.rw:
            where.append(Ruta.rw == q.rw)
        if q.rt:
            where.append(Ruta.rt == q.rt)
        if q.tahap_id is not None:
            where.append(Ruta.tahap_id == q.tahap_id)
        if q.record_state:
            where.append(Ruta.record_state == q.record_state)
        return where

    def _rows(self, s: Session, ids: list[int]) -> list[HouseholdRow]:
        if not ids:
            return []
        base = {r.id: r for r in s.execute(select(
            Ruta.id, Ruta.uid, Ruta.nama_krt, Ruta.alamat, Ruta.rt, Ruta.rw, Ruta.status_verval, Ruta.record_state,
            Ruta.jenis, Ruta.tahap_id).where(Ruta.id.in_(ids)))}
        counts = dict(s.execute(select(Anggota.ruta_id, func.count()).where(Anggota.ruta_id.in_(ids))
                                .group_by(Anggota.ruta_id)).all())
        krt = {rid: (nama, nik) for rid, nama, nik in s.execute(
            select(Anggota.ruta_id, Anggota.nama, Anggota.nik).where(Anggota.ruta_id.in_(ids), Anggota.hub_krt == 1))}
        kk: dict[int, str | None] = {}
        for rid, no_kk in s.execute(select(Keluarga.ruta_id, Keluarga.no_kk).where(Keluarga.ruta_id.in_(ids))
                                    .order_by(Keluarga.ruta_id, Keluarga.nomor_urut)):
            kk.setdefault(rid, no_kk)
        sources: dict[int, set[str]] = {}
        for rid, src in s.execute(select(SumberTag.ruta_id, SumberTag.sumber).where(SumberTag.ruta_id.in_(ids))
                                  .distinct()):
            sources.setdefault(rid, set()).add(src)
        rows = []
        for i in ids:
            b = base[i]
            nama_krt, nik_krt = krt.get(i, (None, None))
            rows.append(HouseholdRow(id=b.id, uid=b.uid, no_kk=kk.get(i), nama_krt=nama_krt or b.nama_krt,
                                     nik_krt=nik_krt, alamat=b.alamat, rt=b.rt, rw=b.rw, status_verval=b.status_verval,
                                     record_state=b.record_state, jenis=b.jenis, tahap_id=b.tahap_id,
                                     sources=tuple(sorted(sources.get(i, ()))), member_count=int(counts.get(i, 0))))
        return rows

    def count_members(self, query: HouseholdQuery = HouseholdQuery()) -> int:
        """Jiwa in the households a query selects (the "… jiwa" under a filtered list)."""
        with self.ctx.uow.read() as s:
            where = self._conditions(query, s.get_bind().dialect.name)
            if not where:
                return int(s.scalar(select(func.count()).select_from(Anggota)) or 0)
            ids = select(Ruta.id).where(*where)
            return int(s.scalar(select(func.count()).select_from(Anggota).where(Anggota.ruta_id.in_(ids))) or 0)

    def counts(self, *, tahap_id: int | None = None) -> Counts:
        """Totals for Beranda: households and members by verval status, record state, source and tahap."""
        with self.ctx.uow.read() as s:
            cond = [Ruta.tahap_id == tahap_id] if tahap_id is not None else []
            by_status: dict[int | None, int] = {}
            by_state: dict[str, int] = {}
            households = 0
            for status, state, n in s.execute(select(Ruta.status_verval, Ruta.record_state, func.count())
                                              .where(*cond).group_by(Ruta.status_verval, Ruta.record_state)):
                by_status[status] = by_status.get(status, 0) + n
                by_state[state] = by_state.get(state, 0) + n
                households += n
            if cond:
                members = s.scalar(select(func.count()).select_from(Anggota).join(Ruta, Ruta.id == Anggota.ruta_id)
                                   .where(*cond)) or 0
            else:
                members = s.scalar(select(func.count()).select_from(Anggota)) or 0
            by_tahap = dict(s.execute(select(Ruta.tahap_id, func.count()).group_by(Ruta.tahap_id)).all())
            source_q = select(SumberTag.sumber, func.count(func.distinct(SumberTag.ruta_id)))
            if cond:
                source_q = source_q.join(Ruta, Ruta.id == SumberTag.ruta_id).where(*cond)
            by_source = dict(s.execute(source_q.group_by(SumberTag.sumber)).all())
            return Counts(households, int(members), by_status, by_source, by_tahap, by_state)

    def rw_rt(self) -> tuple[tuple[str, str], ...]:
        """Distinct (RW, RT) pairs, for the list's filters."""
        with self.ctx.uow.read() as s:
            return tuple((str(rw), str(rt)) for rw, rt in s.execute(
                select(Ruta.rw, Ruta.rt).where(and_(Ruta.rw.is_not(None), Ruta.rt.is_not(None))).distinct()
                .order_by(Ruta.rw, Ruta.rt)))

