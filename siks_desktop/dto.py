"""Frozen data transfer objects: what services return. No ORM object or Session ever leaves the core."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Generic, Mapping, TypeVar

T = TypeVar("T")


def frozen_map(values: Mapping[str, Any] | None = None) -> Mapping[str, Any]:
    return MappingProxyType(dict(values or {}))


@dataclass(frozen=True)
class UserDTO:
    id: int
    username: str
    nama_lengkap: str
    role: str
    kelurahan_kode: str | None = None
    aktif: bool = True


SYSTEM_USER = UserDTO(id=0, username="system", nama_lengkap="Sistem", role="admin")


@dataclass(frozen=True)
class FamilyDTO:
    """Keluarga: ``nomor_urut`` (NUK) links members to it."""

    nomor_urut: int
    no_kk: str | None = None
    id: int | None = None
    uid: str | None = None


@dataclass(frozen=True)
class MemberDTO:
    """ART: ``values`` holds the instrument's ART variables by name (see domain.instrument.ART_VARS)."""

    values: Mapping[str, Any] = field(default_factory=frozen_map)
    id: int | None = None
    uid: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", frozen_map(self.values))

    @property
    def nik(self) -> str | None:
        return self.values.get("nik")

    @property
    def nama(self) -> str:
        return self.values.get("nama") or ""

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)


@dataclass(frozen=True)
class SourceTagDTO:
    sumber: str
    desil: int | None = None
    ref: str | None = None
    member_uid: str | None = None


@dataclass(frozen=True)
class HouseholdDTO:
    """Ruta with its keluarga and ART. ``values`` holds the ruta variables (domain.instrument.RUTA_VARS)."""

    kelurahan_kode: str
    values: Mapping[str, Any] = field(default_factory=frozen_map)
    families: tuple[FamilyDTO, ...] = ()
    members: tuple[MemberDTO, ...] = ()
    sources: tuple[SourceTagDTO, ...] = ()
    id: int | None = None
    uid: str | None = None
    tahap_id: int | None = None
    idbdt: str | None = None
    jenis: str = "perbaikan"
    record_state: str = "draf"
    revision: int = 0
    updated_at: dt.datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", frozen_map(self.values))
        object.__setattr__(self, "families", tuple(self.families))
        object.__setattr__(self, "members", tuple(self.members))
        object.__setattr__(self, "sources", tuple(self.sources))

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)


@dataclass(frozen=True)
class HouseholdRow:
    """One line of the household list (what a table row shows), built with one query per page."""

    id: int
    uid: str
    no_kk: str | None
    nama_krt: str | None
    nik_krt: str | None
    alamat: str | None
    rt: str | None
    rw: str | None
    status_verval: int | None
    record_state: str
    jenis: str
    tahap_id: int | None
    sources: tuple[str, ...]
    member_count: int


@dataclass(frozen=True)
class Page(Generic[T]):
    items: tuple[T, ...]
    total: int
    offset: int
    limit: int


@dataclass(frozen=True)
class HouseholdQuery:
    """Search and filters of the household list. ``text`` matches NIK/No KK (digits) or name/address (words).
    ``status``: a status_ruta code, or 0 for "belum diverval" (no status yet)."""

    text: str = ""
    status: int | None = None
    source: str | None = None
    rw: str | None = None
    rt: str | None = None
    tahap_id: int | None = None
    record_state: str | None = None
    sort: str = "id"
    descending: bool = False


@dataclass(frozen=True)
class Counts:
    households: int
    members: int
    by_status: Mapping[int | None, int]
    by_source: Mapping[str, int]
    by_tahap: Mapping[int | None, int]
    by_state: Mapping[str, int]


@dataclass(frozen=True)
class ChangeSet:
    """What a mutation changed, so screens refresh only what they show."""

    entity: str
    ids: tuple[int, ...]
    kind: str  # created / updated / deleted


@dataclass(frozen=True)
class SaveResult:
    household: HouseholdDTO
    warnings: tuple[Any, ...]  # domain.rules.Problem with severity "warning" (or errors on a draft)
    change: ChangeSet


@dataclass(frozen=True)
class AuditVerifyResult:
    valid: bool
    entries: int
    first_broken: int | None


@dataclass(frozen=True)
class KelurahanInfo:
    kelurahan_code: str
    kelurahan_name: str
    kecamatan_code: str
    kecamatan_name: str
    kota_code: str
    kota_name: str
    provinsi_name: str


@dataclass(frozen=True)
class TahapDTO:
    id: int
    tahun: int
    nomor: int
    nama: str
    pengolahan_data: dt.date | None
    verval_mulai: dt.date | None
    verval_selesai: dt.date | None
    pengolahan_hasil: dt.date | None
    input_mulai: dt.date | None
    input_selesai: dt.date | None
