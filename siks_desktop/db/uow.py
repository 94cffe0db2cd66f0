"""Unit of work: one Session per use case, committed or rolled back as a whole."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker


class UnitOfWorkFactory:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)

    @contextmanager
    def __call__(self) -> Iterator[Session]:
        """``with uow() as s: ...`` commits on success and rolls back on any exception."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit: never commits."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()
