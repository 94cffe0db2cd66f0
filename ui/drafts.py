"""Autosaved drafts of the household form: one JSON file per household, so a crash or a power cut loses at most
the field being typed. Written atomically (temp file + rename); removed after a successful save.

The folder is per database (a hash of its path) under the user data dir. Drafts hold personal data in plain JSON,
like the database file itself; they live in the user's own profile.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from siks_desktop.dto import FamilyDTO, HouseholdDTO, MemberDTO, SourceTagDTO

VERSION = 1


def _encode(value: Any) -> Any:
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and "$date" in value:
        return dt.date.fromisoformat(value["$date"])
    return value


def _values(mapping: Any) -> dict[str, Any]:
    return {k: _encode(v) for k, v in dict(mapping).items()}


def _unvalues(mapping: dict[str, Any]) -> dict[str, Any]:
    return {k: _decode(v) for k, v in mapping.items()}


def household_to_json(hh: HouseholdDTO) -> dict[str, Any]:
    return {
        "kelurahan_kode": hh.kelurahan_kode, "values": _values(hh.values),
        "families": [{"nomor_urut": f.nomor_urut, "no_kk": f.no_kk, "id": f.id, "uid": f.uid} for f in hh.families],
        "members": [{"values": _values(m.values), "id": m.id, "uid": m.uid} for m in hh.members],
        "sources": [{"sumber": s.sumber, "desil": s.desil, "ref": s.ref, "member_uid": s.member_uid}
                    for s in hh.sources],
        "id": hh.id, "uid": hh.uid, "tahap_id": hh.tahap_id, "idbdt": hh.idbdt, "jenis": hh.jenis,
        "record_state": hh.record_state, "revision": hh.revision,
    }


def household_from_json(data: dict[str, Any]) -> HouseholdDTO:
    return HouseholdDTO(
        kelurahan_kode=data["kelurahan_kode"], values=_unvalues(data.get("values", {})),
        families=tuple(FamilyDTO(**f) for f in data.get("families", [])),
        members=tuple(MemberDTO(values=_unvalues(m["values"]), id=m.get("id"), uid=m.get("uid"))
                      for m in data.get("members", [])),
        sources=tuple(SourceTagDTO(**s) for s in data.get("sources", [])),
        id=data.get("id"), uid=data.get("uid"), tahap_id=data.get("tahap_id"), idbdt=data.get("idbdt"),
        jenis=data.get("jenis", "perbaikan"), record_state=data.get("record_state", "draf"),
        revision=data.get("revision", 0))


class DraftStore:
    def __init__(self, root: Path, database: str) -> None:
        digest = hashlib.sha1(str(database).encode("utf-8")).hexdigest()[:12]
        self.folder = Path(root) / "drafts" / digest

    def path(self, household_id: int | None) -> Path:
        return self.folder / (f"ruta-{household_id}.json" if household_id is not None else "ruta-baru.json")

    def save(self, household_id: int | None, hh: HouseholdDTO, *, member_index: int | None = None) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.path(household_id)
        tmp = target.with_suffix(".tmp")
        payload = {"version": VERSION, "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
                   "member_index": member_index, "household": household_to_json(hh)}
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(payload, fh, ensure_ascii=False)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        return target

    def load(self, household_id: int | None) -> tuple[HouseholdDTO, dt.datetime] | None:
        target = self.path(household_id)
        try:
            data = json.loads(target.read_text(encoding="utf-8"))
            return household_from_json(data["household"]), dt.datetime.fromisoformat(data["saved_at"])
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError):  # a half-written or foreign file: keep it aside, never crash
            target.rename(target.with_suffix(".rusak"))
            return None

    def exists(self, household_id: int | None) -> bool:
        return self.path(household_id).exists()

    def remove(self, household_id: int | None) -> None:
        self.path(household_id).unlink(missing_ok=True)
