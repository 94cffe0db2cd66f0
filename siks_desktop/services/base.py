"""What every area service shares: the unit of work, the acting user, the clock, role checks."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Iterable

from ..db.uow import UnitOfWorkFactory
from ..dto import UserDTO
from ..errors import PermissionDenied


@dataclass(frozen=True)
class Context:
    uow: UnitOfWorkFactory
    actor: UserDTO
    today: Callable[[], dt.date]


class AreaService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    @property
    def actor(self) -> UserDTO:
        return self.ctx.actor

    def require(self, roles: Iterable[str], action: str) -> None:
        """Raise PermissionDenied unless the acting user has one of ``roles`` (admin always may)."""
        allowed = set(roles) | {"admin"}
        if self.actor.role not in allowed:
            raise PermissionDenied(action=action, role=self.actor.role)
