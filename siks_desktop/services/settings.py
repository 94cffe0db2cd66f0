"""Settings of one database: the kelurahan it is bound to, the tahap schedule and the active tahap."""
from __future__ import annotations

from sqlalchemy import select

from ..db.models import Setting, Tahap
from ..dto import KelurahanInfo, TahapDTO
from ..reference import kelurahan as find_kelurahan
from ..reference import lineage
from . import audit
from .base import AreaService

KELURAHAN_KEY = "kelurahan_kode"
TAHAP_KEY = "tahap_aktif"


def kelurahan_info(code: str) -> KelurahanInfo:
    """Names of a kelurahan and its parents; raises UnknownRegion for a code that is not a kelurahan/desa."""
    kel = find_kelurahan(code)
    chain = {r.tingkat: r for r in lineage(kel.kode)}
    kec, kota, prov = chain["kecamatan"], chain["kabkota"], chain["provinsi"]
    return KelurahanInfo(kelurahan_code=kel.kode, kelurahan_name=kel.nama, kecamatan_code=kec.kode,
                         kecamatan_name=kec.nama, kota_code=kota.kode, kota_name=kota.nama, provinsi_name=prov.nama)


def _tahap_dto(t: Tahap) -> TahapDTO:
    return TahapDTO(id=t.id, tahun=t.tahun, nomor=t.nomor, nama=t.nama, pengolahan_data=t.pengolahan_data,
                    verval_mulai=t.verval_mulai, verval_selesai=t.verval_selesai, pengolahan_hasil=t.pengolahan_hasil,
                    input_mulai=t.input_mulai, input_selesai=t.input_selesai)


class SettingsService(AreaService):
    def get(self, key: str) -> str | None:
        with self.ctx.uow.read() as s:
            row = s.get(Setting, key)
            return row.value if row else None

    def set(self, key: str, value: str, *, reason: str | None = None) -> None:
        self.require([], "settings.set")
        with self.ctx.uow() as s:
            row = s.get(Setting, key)
            old = row.value if row else None
            if row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value
            audit.append(s, username=self.actor.username, action="setting.set", entity="setting", entity_id=key,
                         changes={key: (old, value)}, reason=reason)

    def bind_kelurahan(self, code: str) -> KelurahanInfo:
        """Bind this workstation database to one kelurahan/desa (``siks init``)."""
        info = kelurahan_info(code)
        self.set(KELURAHAN_KEY, info.kelurahan_code, reason="init")
        return info

    def kelurahan(self) -> KelurahanInfo | None:
        code = self.get(KELURAHAN_KEY)
        return kelurahan_info(code) if code else None

    def tahap_list(self) -> tuple[TahapDTO, ...]:
        with self.ctx.uow.read() as s:
            return tuple(_tahap_dto(t) for t in s.scalars(select(Tahap).order_by(Tahap.tahun, Tahap.nomor)))

    def active_tahap(self) -> TahapDTO | None:
        """The tahap set as active; else the one whose schedule contains today; else the latest."""
        tahaps = self.tahap_list()
        chosen = self.get(TAHAP_KEY)
        if chosen:
            for t in tahaps:
                if str(t.id) == chosen:
                    return t
        today = self.ctx.today()
        for t in tahaps:
            start = t.pengolahan_data or t.verval_mulai
            end = t.input_selesai or t.verval_selesai
            if start and end and start <= today <= end:
                return t
        return tahaps[-1] if tahaps else None
