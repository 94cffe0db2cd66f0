"""What every page of a logged-in window shares: the services bound to the user, the runner, preferences,
the kelurahan and tahap of this database, the drafts folder. Loaded once after login (on the worker)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from siks_desktop.dto import KelurahanInfo, TahapDTO
from siks_desktop.services import Services

from .drafts import DraftStore
from .prefs import Prefs
from .tasks import Runner


@dataclass
class AppContext:
    services: Services
    runner: Runner
    prefs: Prefs
    drafts: DraftStore
    kelurahan: KelurahanInfo | None
    tahap: TahapDTO | None
    tahaps: tuple[TahapDTO, ...]

    @property
    def today(self) -> dt.date:
        return self.services.ctx.today()

    def tahap_name(self, tahap_id: int | None) -> str:
        for t in self.tahaps:
            if t.id == tahap_id:
                return t.nama
        return "" if tahap_id is None else str(tahap_id)


def load_session_info(services: Services) -> tuple[KelurahanInfo | None, TahapDTO | None, tuple[TahapDTO, ...]]:
    """Worker-thread part of building an AppContext."""
    return services.settings.kelurahan(), services.settings.active_tahap(), services.settings.tahap_list()


def days_left(tahap: TahapDTO | None, today: dt.date) -> int | None:
    """Days until the end of the tahap's input window (else its verval window)."""
    if tahap is None:
        return None
    end = tahap.input_selesai or tahap.verval_selesai
    return (end - today).days if end else None
