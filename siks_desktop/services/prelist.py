"""Prelist import (issue 4): P3KE, KJP Plus, KJMU, stunting and DTKS workbooks into households and members.

``preview`` shows the layout found and the first rows with their problems; ``import_file`` reads the whole sheet
(streaming, see io/prelist/reader.py), validates every row, merges people already in the database by NIK (their new
source becomes a ``sumber_tag`` — ``rows_merged`` — instead of a duplicate person), groups new people into keluarga
and ruta as the source allows, and writes everything in **one transaction**: a crash, a cancel or a bad file leaves
the database exactly as it was. ``dry_run`` does all of it but the writing.

Speed (200k rows, docs/prelist.md "Speed"): rows are parsed once (io/prelist/rows.py: per-value caches, rules
cached per NIK/KK prefix) into compact ``PersonRow`` objects; calamine's parsed sheet is dropped before the database
phase; NIK, KK and IDBDT lookups go to the database in batches of 900; inserts are ``executemany`` of positional
tuples through one prebuilt statement per table (``db.bulk.BulkWriter``), with ids assigned here (the write lock is taken first
by the ``import_batch`` row, so no other writer can take the same ids) and the search index triggers suspended
(``search_index.bulk_load``: the new rows are indexed in one statement at the end, inside the same transaction).
One audit entry per file names the batch; every row the file added carries the batch uid in ``sumber_tag.batch``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence

from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import Session

from ..db.models import Anggota, Keluarga, Ruta, Setting, SumberTag, Tahap
from ..db.models_prelist import ImportBatch
from ..db.bulk import BulkWriter
from ..db.search_index import bulk_load
from ..errors import SiksError
from ..io.prelist.presets import Preset, preset as make_preset
from ..io.prelist.reader import Layout, PrelistFileError, SheetReader, skip_kind
from ..io.prelist.report import RowProblem, write_error_report
from ..io.prelist.rows import PersonRow, RowParser
from ..jobs import CancelToken, Progress, no_progress
from ..reference import known_nik_prefix
from . import audit
from .base import AreaService

WRITE_ROLES = ("operator",)
LOOKUP_BATCH = 900  # bound parameters per IN (...) query: safe on every SQLite build and on PostgreSQL
INSERT_BATCH = 5000
READ_PROGRESS_EVERY = 2000
KELURAHAN_KEY = "kelurahan_kode"
TAHAP_KEY = "tahap_aktif"


@dataclass(frozen=True)
class Preview:
    """What the wizard's second and third steps show: layout, mapping, first rows and their problems."""

    sheet: str
    sheet_names: tuple[str, ...]
    header_row: int
    mapping: dict[str, str]  # field → header text found
    unmapped: tuple[str, ...]  # header texts that matched no field
    rows: tuple[dict[str, Any], ...]  # first rows, normalised ({"row": n, "nik": ..., ...}); None for rejected
    problems: tuple[RowProblem, ...]
    last_row: int


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    sha256: str
    source: str
    sheet: str
    header_row: int
    rows_read: int
    rows_imported: int
    rows_merged: int
    rows_unchanged: int
    rows_rejected: int
    rows_skipped: int
    households_created: int
    errors: tuple[RowProblem, ...]
    warnings: tuple[RowProblem, ...]
    dry_run: bool
    batch_id: int | None = None
    batch_uid: str | None = None
    already_imported: int | None = None  # id of an earlier batch with the same sha256 and source
    mapping: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """The ``import-prelist --json`` object (cli.md: rows_read, rows_imported, rows_merged, rows_rejected,
        errors as {row, field, code}; the other keys are additions)."""
        return {
            "rows_read": self.rows_read, "rows_imported": self.rows_imported, "rows_merged": self.rows_merged,
            "rows_rejected": self.rows_rejected,
            "errors": [p.as_dict() for p in self.errors],
            "warnings": [p.as_dict() for p in self.warnings],
            "rows_unchanged": self.rows_unchanged, "rows_skipped": self.rows_skipped,
            "households_created": self.households_created, "dry_run": self.dry_run,
            "batch_id": self.batch_id, "batch_uid": self.batch_uid, "already_imported": self.already_imported,
            "file_name": self.file_name, "sha256": self.sha256, "source": self.source, "sheet": self.sheet,
            "header_row": self.header_row, "mapping": self.mapping,
        }

    def write_error_report(self, path: str | Path) -> Path:
        return write_error_report(path, self.errors + self.warnings, file_name=self.file_name, source=self.source)


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _lookup(conn: Connection, sql_in: str, values: Sequence[Any], stmt: Any) -> Any:
    """Rows of ``sql_in`` + ``(?, ?, ...)`` for ``values``: straight through the driver on SQLite (one IN query per
    ~900 values; the Core statement's per-query compilation and result processing cost more than the lookup),
    the Core ``stmt`` elsewhere."""
    if conn.dialect.name == "sqlite":
        return conn.exec_driver_sql(sql_in + "(" + ",".join("?" * len(values)) + ")", tuple(values)).all()
    return conn.execute(stmt).all()


def _uids(n: int) -> Iterator[str]:
    """n random 32-hex uids from one urandom call (uuid4().hex per row costs ~0.3 s on 200k rows)."""
    blob = os.urandom(16 * n).hex() if n else ""
    for i in range(n):
        yield blob[32 * i: 32 * i + 32]


@dataclass
class _Plan:
    """What the database pass decided: new households, merges, counts."""

    merges: list[tuple[PersonRow, int, int]] = field(default_factory=list)  # (person, anggota_id, ruta_id)
    unchanged: int = 0
    groups: dict[tuple[str, str], list[PersonRow]] = field(default_factory=dict)
    existing_ruta: dict[tuple[str, str], int] = field(default_factory=dict)  # group key → ruta id in the database
    existing_kk: dict[str, tuple[int, int]] = field(default_factory=dict)  # no_kk → (keluarga id, ruta id)

    @property
    def new_people(self) -> int:
        return sum(len(g) for g in self.groups.values())

    @property
    def new_households(self) -> int:
        return sum(1 for k in self.groups if k not in self.existing_ruta)


class PrelistService(AreaService):
    # ---------- reading ----------
    def _parser(self, layout: Layout, source: str, kelurahan_kode: str | None) -> RowParser:
        return RowParser(layout, source, today=self.ctx.today(), kelurahan_kode=kelurahan_kode,
                         known_prefix=known_nik_prefix)

    def _settings(self) -> tuple[str | None, int | None]:
        with self.ctx.uow.read() as s:
            kel = s.get(Setting, KELURAHAN_KEY)
            tahap = s.get(Setting, TAHAP_KEY)
            tahap_id = int(tahap.value) if tahap and tahap.value.isdigit() else None
            if tahap_id is None:
                today = self.ctx.today()
                rows = s.execute(select(Tahap.id, Tahap.pengolahan_data, Tahap.verval_mulai, Tahap.input_selesai,
                                        Tahap.verval_selesai).order_by(Tahap.tahun, Tahap.nomor)).all()
                for tid, p, v, i, vs in rows:
                    start, end = p or v, i or vs
                    if start and end and start <= today <= end:
                        tahap_id = tid
                if tahap_id is None and rows:
                    tahap_id = rows[-1][0]
            return (kel.value if kel else None), tahap_id

    def preview(self, path: str | Path, source: str, sheet: str | None = None,
                mapping: Mapping[str, object] | None = None, *, limit: int = 20) -> Preview:
        """Layout, mapping and the first ``limit`` data rows normalised, with their problems (nothing written)."""
        p = make_preset(source, mapping)
        kel, _ = self._settings()
        reader, layout = _open(_existing(path), sheet, p)
        with reader:
            parser = self._parser(layout, source, kel)
            header_keys = frozenset(p.keys())
            rows: list[dict[str, Any]] = []
            problems: list[RowProblem] = []
            for number, row in reader.data_rows(layout):
                if skip_kind(row, layout, header_keys):
                    continue
                person, found = parser.parse(number, row)
                problems.extend(found)
                rows.append({"row": number, **({k: getattr(person, k) for k in PersonRow.__slots__}
                                               if person else {"rejected": True})})
                if len(rows) >= limit:
                    break
        return Preview(sheet=layout.sheet, sheet_names=layout.sheet_names, header_row=layout.header_row,
                       mapping=layout.mapping, unmapped=layout.unmapped, rows=tuple(rows),
                       problems=tuple(problems), last_row=layout.last_row)

    def _read(self, reader: SheetReader, layout: Layout, p: Preset, source: str, kel: str | None,
              progress: Progress, cancel: CancelToken
              ) -> tuple[list[PersonRow], list[RowProblem], list[RowProblem], int, int]:
        parser = self._parser(layout, source, kel)
        header_keys = frozenset(p.keys())
        people: list[PersonRow] = []
        errors: list[RowProblem] = []
        warnings: list[RowProblem] = []
        rejected = skipped = 0
        total = max(layout.last_row - layout.header_row, 1)
        for i, (number, row) in enumerate(reader.data_rows(layout), 1):
            if i % READ_PROGRESS_EVERY == 0:
                cancel.check()
                progress(i, total, "baca")
            if skip_kind(row, layout, header_keys):
                skipped += 1
                continue
            person, found = parser.parse(number, row)
            if person is None:
                rejected += 1
                for prob in found:
                    (errors if prob.severity == "error" else warnings).append(prob)
            else:
                people.append(person)
                warnings.extend(found)
        progress(total, total, "baca")
        return people, errors, warnings, rejected, skipped

    # ---------- planning (database reads only) ----------
    def _plan(self, s: Session, people: list[PersonRow], source: str) -> _Plan:
        plan = _Plan()
        found: dict[str, tuple[int, int]] = {}
        conn = s.connection()
        niks = [p.nik for p in people]
        for chunk in _chunks(niks, LOOKUP_BATCH):
            for nik, aid, rid in _lookup(conn, "SELECT nik, id, ruta_id FROM anggota WHERE nik IN ", chunk,
                                         select(Anggota.nik, Anggota.id, Anggota.ruta_id)
                                         .where(Anggota.nik.in_(chunk))):
                found[nik] = (aid, rid)
        tagged: set[int] = set()
        ids = [aid for aid, _ in found.values()]
        for chunk in _chunks(ids, LOOKUP_BATCH):
            tagged.update(s.scalars(select(SumberTag.anggota_id).where(SumberTag.anggota_id.in_(chunk),
                                                                       SumberTag.sumber == source)))
        for person in people:
            hit = found.get(person.nik)
            if hit is None:
                key = ("idbdt", person.idbdt) if person.idbdt else (
                    ("kk", person.no_kk) if person.no_kk else ("row", str(person.row)))
                plan.groups.setdefault(key, []).append(person)
            elif hit[0] in tagged:
                plan.unchanged += 1
            else:
                plan.merges.append((person, hit[0], hit[1]))
                tagged.add(hit[0])
        kks = sorted({p.no_kk for g in plan.groups.values() for p in g if p.no_kk})
        for chunk in _chunks(kks, LOOKUP_BATCH):
            for no_kk, kid, rid in s.execute(select(Keluarga.no_kk, Keluarga.id, Keluarga.ruta_id)
                                             .where(Keluarga.no_kk.in_(chunk)).order_by(Keluarga.id)):
                plan.existing_kk.setdefault(no_kk, (kid, rid))
        idbdts = sorted({k[1] for k in plan.groups if k[0] == "idbdt"})
        for chunk in _chunks(idbdts, LOOKUP_BATCH):
            for idbdt, rid in s.execute(select(Ruta.idbdt, Ruta.id).where(Ruta.idbdt.in_(chunk)).order_by(Ruta.id)):
                plan.existing_ruta.setdefault(("idbdt", idbdt), rid)
        for key in plan.groups:
            if key[0] == "kk" and key[1] in plan.existing_kk:
                plan.existing_ruta[key] = plan.existing_kk[key[1]][1]
        return plan

    # ---------- the use case ----------
    def import_file(self, path: str | Path, source: str, *, sheet: str | None = None,
                    mapping: Mapping[str, object] | None = None, dry_run: bool = False,
                    progress: Progress = no_progress, cancel: CancelToken | None = None) -> ImportResult:
        """Import one prelist workbook as one unit of work (see the module docstring)."""
        if not dry_run:
            self.require(WRITE_ROLES, "prelist.import")
        cancel = cancel or CancelToken()
        file = _existing(path)
        p = make_preset(source, mapping)
        kel, tahap_id = self._settings()
        if kel is None:
            raise SiksError("not_bound", "Basis data belum diikat ke kelurahan/desa; jalankan `siks init` dahulu.")
        digest = file_sha256(file)
        reader, layout = _open(file, sheet, p)
        with reader:
            people, errors, warnings, rejected, skipped = self._read(reader, layout, p, source, kel, progress,
                                                                     cancel)
        cancel.check()
        base = dict(file_name=file.name, sha256=digest, source=source, sheet=layout.sheet,
                    header_row=layout.header_row, rows_read=len(people) + rejected, rows_rejected=rejected,
                    rows_skipped=skipped, errors=tuple(errors), warnings=tuple(warnings), dry_run=dry_run,
                    mapping=layout.mapping)
        with (self.ctx.uow.read() if dry_run else self.ctx.uow()) as s:
            earlier = s.scalar(select(ImportBatch.id).where(ImportBatch.sha256 == digest,
                                                            ImportBatch.source == source).order_by(ImportBatch.id))
            batch: ImportBatch | None = None
            if not dry_run:
                # The batch row first: it takes SQLite's write lock, so the ids assigned below stay ours.
                batch = ImportBatch(uid=next(_uids(1)), username=self.actor.username, file_name=file.name[:255],
                                    sha256=digest, source=source, sheet=layout.sheet[:120],
                                    header_row=layout.header_row)
                s.add(batch)
                s.flush()
            plan = self._plan(s, people, source)
            counts = dict(rows_imported=plan.new_people, rows_merged=len(plan.merges), rows_unchanged=plan.unchanged,
                          households_created=plan.new_households)
            if dry_run or batch is None:
                return ImportResult(**base, **counts, already_imported=earlier)
            if not plan.merges and not plan.groups:
                # The same file again (or nothing valid): nothing is added, not even a batch row.
                s.rollback()
                return ImportResult(**base, **counts, already_imported=earlier)
            self._write(s, plan, batch.uid, source, kel, tahap_id, progress, cancel)
            for k, v in counts.items():
                setattr(batch, k, v)
            batch.rows_read, batch.rows_rejected = base["rows_read"], rejected
            audit.append(s, username=self.actor.username, action="prelist.import", entity="import_batch",
                         entity_id=batch.id,
                         changes={"source": (None, source), "sha256": (None, digest),
                                  "rows_read": (None, base["rows_read"]), "rows_rejected": (None, rejected),
                                  **{k: (None, v) for k, v in counts.items()}},
                         reason=f"impor prelist {file.name}"[:500])
            cancel.check()
            batch_id, batch_uid = batch.id, batch.uid
        return ImportResult(**base, **counts, batch_id=batch_id, batch_uid=batch_uid, already_imported=earlier)

    # ---------- writing ----------
    def _write(self, s: Session, plan: _Plan, batch_uid: str, source: str, kel: str, tahap_id: int | None,
               progress: Progress, cancel: CancelToken) -> None:
        conn = s.connection()
        writer = BulkWriter(conn)
        next_id = {t: (conn.scalar(select(func.max(m.id))) or 0) + 1
                   for t, m in (("ruta", Ruta), ("keluarga", Keluarga), ("anggota", Anggota), ("tag", SumberTag))}
        now = writer.stamp(dt.datetime.now(dt.timezone.utc).replace(tzinfo=None))
        existing_rids = sorted(set(plan.existing_ruta.values()))
        max_no: dict[int, int] = {}
        max_nuk: dict[int, int] = {}
        for chunk in _chunks(existing_rids, LOOKUP_BATCH):
            max_no.update(conn.execute(select(Anggota.ruta_id, func.max(Anggota.no_urut))
                                       .where(Anggota.ruta_id.in_(chunk)).group_by(Anggota.ruta_id)).all())
            max_nuk.update(conn.execute(select(Keluarga.ruta_id, func.max(Keluarga.nomor_urut))
                                        .where(Keluarga.ruta_id.in_(chunk)).group_by(Keluarga.ruta_id)).all())
        # KKs already in those households, so a DTKS household's second KK joins them instead of repeating
        kk_in_ruta: dict[tuple[int, str], int] = {}
        for chunk in _chunks(existing_rids, LOOKUP_BATCH):
            for rid, no_kk, kid in conn.execute(select(Keluarga.ruta_id, Keluarga.no_kk, Keluarga.id)
                                                .where(Keluarga.ruta_id.in_(chunk), Keluarga.no_kk.is_not(None))):
                kk_in_ruta.setdefault((rid, no_kk), kid)
        total = plan.new_people + len(plan.merges)
        uid_iter = _uids(plan.new_people * 2 + len(plan.groups))  # anggota + keluarga + ruta
        ruta_rows: list[tuple[Any, ...]] = []
        kel_rows: list[tuple[Any, ...]] = []
        art_rows: list[tuple[Any, ...]] = []
        tag_rows: list[tuple[Any, ...]] = []
        done = 0
        jenis = "perbaikan" if source == "dtks" else "usulan_baru"
        day = writer.day
        tag_id = next_id["tag"]

        def flush(final: bool = False) -> None:
            nonlocal done
            if not final and len(art_rows) + len(tag_rows) < INSERT_BATCH:
                return
            cancel.check()
            writer.write(Ruta.__table__, RUTA_COLS, ruta_rows)
            writer.write(Keluarga.__table__, KELUARGA_COLS, kel_rows)
            writer.write(Anggota.__table__, ANGGOTA_COLS, art_rows)
            writer.write(SumberTag.__table__, TAG_COLS, tag_rows)
            done += len(tag_rows)  # one source tag per person, new or merged
            for rows in (ruta_rows, kel_rows, art_rows, tag_rows):
                rows.clear()
            progress(min(done, total), total, "tulis")

        # The FTS triggers are suspended and the new rows indexed in one statement at the end, inside this
        # transaction (db/search_index.py): per-row trigram triggers cost more than the inserts themselves.
        with bulk_load(conn):
            for person, aid, rid in plan.merges:
                tag_rows.append((tag_id, rid, aid, source, person.desil, person.ref, batch_uid, now))
                tag_id += 1
                flush()
            ruta_next, kel_next, art_next = next_id["ruta"], next_id["keluarga"], next_id["anggota"]
            for key, members in plan.groups.items():
                rid = plan.existing_ruta.get(key)
                new_ruta = rid is None
                if rid is None:
                    rid = ruta_next
                    ruta_next += 1
                no = max_no.get(rid, 0)
                nuk_max = max_nuk.get(rid, 0)
                by_kk = key[0] != "idbdt"
                head = first = None
                for m in members:
                    kid = None
                    no_kk = m.no_kk
                    if no_kk:
                        kid = kk_in_ruta.get((rid, no_kk))
                        if kid is None:
                            kid = kel_next
                            kel_next += 1
                            nuk_max += 1
                            kel_rows.append((kid, next(uid_iter), rid, nuk_max, no_kk))
                            kk_in_ruta[(rid, no_kk)] = kid
                    no += 1
                    aid = art_next
                    art_next += 1
                    hub_kk = m.hub_kk
                    hub_krt = m.hub_krt if m.hub_krt is not None else (hub_kk if by_kk else None)
                    art_rows.append((aid, next(uid_iter), rid, kid, m.idartbdt, no if no < 32767 else 32767, m.nama,
                                     m.nik, hub_krt, hub_kk, m.jenis_kelamin, m.tempat_lahir, day(m.tanggal_lahir),
                                     m.nama_ibu_kandung))
                    tag_rows.append((tag_id, rid, aid, source, m.desil, m.ref, batch_uid, now))
                    tag_id += 1
                    if head is None and (m.hub_krt or hub_kk) == 1:
                        head = m  # nama_krt: the first member who heads the household or the family
                    if first is None and (m.alamat or m.rt or m.rw):
                        first = m  # the address: the first member who has one
                if new_ruta:
                    first = first or members[0]
                    ruta_rows.append((rid, next(uid_iter), kel, tahap_id, key[1] if not by_kk else None, jenis,
                                      "draf", 1, now, now, first.alamat, first.rt, first.rw,
                                      head.nama if head else None))
                max_no[rid] = no
                max_nuk[rid] = nuk_max
                flush()
            flush(final=True)
        if conn.dialect.name == "postgresql":  # ids were assigned here: move the sequences past them
            for table in ("ruta", "keluarga", "anggota", "sumber_tag"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                  f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"))


RUTA_COLS = ("id", "uid", "kelurahan_kode", "tahap_id", "idbdt", "jenis", "record_state", "revision", "created_at",
             "updated_at", "alamat", "rt", "rw", "nama_krt")
KELUARGA_COLS = ("id", "uid", "ruta_id", "nomor_urut", "no_kk")
ANGGOTA_COLS = ("id", "uid", "ruta_id", "keluarga_id", "idartbdt", "no_urut", "nama", "nik", "hub_krt", "hub_kk",
                "jenis_kelamin", "tempat_lahir", "tanggal_lahir", "nama_ibu_kandung")
TAG_COLS = ("id", "ruta_id", "anggota_id", "sumber", "desil", "ref", "batch", "created_at")


def _open(file: Path, sheet: str | None, p: Preset) -> tuple[SheetReader, Layout]:
    """The named sheet, or else the first visible sheet whose header matches (a "Petunjuk" sheet in front of the
    data is common)."""
    reader = SheetReader(file, sheet)
    try:
        return reader, reader.layout(p)
    except PrelistFileError as first:
        reader.close()
        if sheet is not None or first.code != "header_not_found":
            raise
        for name in reader.sheet_names:
            if name == reader.sheet_name:
                continue
            other = SheetReader(file, name)
            try:
                return other, other.layout(p)
            except PrelistFileError:
                other.close()
        raise first


def _existing(path: str | Path) -> Path:
    file = Path(path)
    if not file.is_file():
        raise SiksError("file_not_found", "Berkas prelist tidak ditemukan.")
    return file


def load_mapping(path: str | Path) -> dict[str, object]:
    from ..io.prelist.presets import load_mapping as _load

    return _load(path)


__all__ = ["PrelistService", "Preview", "ImportResult", "RowProblem", "load_mapping"]
