"""The one facade the window, the CLI and Dinsos batch jobs use: ``Services(engine, actor)``."""
from __future__ import annotations

import datetime as dt
from typing import Callable

from sqlalchemy import Engine

from ..db.uow import UnitOfWorkFactory
from ..dto import SYSTEM_USER, UserDTO
from .accounts import AccountService
from .audit import AuditService
from .base import Context
from .bundles import BundleService
from .central import CentralService
from .households import HouseholdService
from .kota import KotaService
from .musyawarah import MusyawarahService
from .prelist import PrelistService
from .settings import SettingsService


class Services:
    """Area services sharing one unit-of-work factory and one acting user."""

    def __init__(self, engine: Engine, actor: UserDTO = SYSTEM_USER,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self.engine = engine
        self.ctx = Context(uow=UnitOfWorkFactory(engine), actor=actor, today=today)
        self.accounts = AccountService(self.ctx)
        self.audit = AuditService(self.ctx)
        self.households = HouseholdService(self.ctx)
        self.settings = SettingsService(self.ctx)
        self.musyawarah = MusyawarahService(self.ctx)
        self.prelist = PrelistService(self.ctx)
        self.bundles = BundleService(self.ctx)
        self.central = CentralService(self.ctx)
        self.kota = KotaService(self.ctx)

    @property
    def actor(self) -> UserDTO:
        return self.ctx.actor

    def as_user(self, actor: UserDTO) -> Services:
        """The same database seen by another acting user (after a login)."""
        return Services(self.engine, actor, self.ctx.today)

    def login(self, username: str, password: str) -> Services:
        return self.as_user(self.accounts.authenticate(username, password))
