"""Bulk inserts for big jobs (demo generation, prelist import): positional tuples, one statement per table.

On SQLite the statement goes straight to the driver: SQLAlchemy's per-row parameter processing costs more than
SQLite itself on 200k rows (~2.5×, profiled). Rows must then already be in SQLite's storage form for dates, exactly
as SQLAlchemy's SQLite types store them (``2023-07-17``, ``2023-07-16 08:00:00.000000``): convert single values with
``day``/``stamp`` (identities elsewhere) or whole rows with ``convert_dates``. Other dialects take the Core path.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from sqlalchemy import Connection, Date, DateTime, insert


def iso_day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def sqlite_stamp(value: dt.datetime | None) -> str | None:
    return None if value is None else value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _same(value: Any) -> Any:
    return value


def _storage(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return sqlite_stamp(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class BulkWriter:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"
        self._sql: dict[str, str] = {}
        self.day: Callable[[Any], Any] = iso_day if self.sqlite else _same
        self.stamp: Callable[[Any], Any] = sqlite_stamp if self.sqlite else _same

    def convert_dates(self, table: Any, cols: tuple[str, ...], rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        """Rows with date/datetime objects → SQLite storage form (unchanged on other dialects)."""
        if not self.sqlite:
            return rows
        dates = [i for i, name in enumerate(cols) if isinstance(table.c[name].type, (Date, DateTime))]
        if not dates:
            return rows
        out = []
        for row in rows:
            values = list(row)
            for i in dates:
                values[i] = _storage(values[i])
            out.append(tuple(values))
        return out

    def write(self, table: Any, cols: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if not self.sqlite:
            self.conn.execute(insert(table), [dict(zip(cols, row, strict=True)) for row in rows])
            return
        sql = self._sql.get(table.name)
        if sql is None:
            quote = self.conn.dialect.identifier_preparer
            sql = self._sql[table.name] = (f"INSERT INTO {quote.format_table(table)} "
                                           f"({', '.join(quote.quote(c) for c in cols)}) "
                                           f"VALUES ({', '.join('?' * len(cols))})")
        self.conn.exec_driver_sql(sql, rows)  # type: ignore[arg-type]
