"""Accounts and roles (operator, lurah, kecamatan, dinsos, admin) with argon2id password hashes."""
from __future__ import annotations

import os
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from ..db.models import User
from ..domain.codelists import ROLES
from ..dto import UserDTO
from ..errors import AuthenticationFailed, Conflict, NotFound, SiksError
from ..reference import normalize_code
from . import audit
from .base import AreaService

MIN_PASSWORD = 8


@lru_cache(maxsize=1)
def hasher() -> PasswordHasher:
    if os.environ.get("SIKS_FAST_HASH") == "1":  # tests only: argon2's real cost is ~0.1 s per hash
        return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    return PasswordHasher()  # argon2id, 64 MiB, t=3, p=4


def _dto(u: User) -> UserDTO:
    return UserDTO(id=u.id, username=u.username, nama_lengkap=u.nama_lengkap, role=u.role,
                   kelurahan_kode=u.kelurahan_kode, aktif=u.aktif)


class AccountService(AreaService):
    def add(self, username: str, role: str, password: str, *, nama_lengkap: str = "",
            kelurahan_kode: str | None = None) -> UserDTO:
        self.require([], "users.add")
        username = username.strip().lower()
        if not username or not username.replace(".", "").replace("_", "").replace("-", "").isalnum():
            raise SiksError("bad_username", "Nama pengguna hanya boleh huruf, angka, titik, garis bawah, tanda hubung.")
        if role not in ROLES:
            raise SiksError("bad_role", f"Peran tidak dikenal; pilih salah satu: {', '.join(ROLES)}.", role=role)
        if len(password) < MIN_PASSWORD:
            raise SiksError("weak_password", f"Kata sandi minimal {MIN_PASSWORD} karakter.")
        kode = normalize_code(kelurahan_kode) if kelurahan_kode else None
        with self.ctx.uow() as s:
            if s.scalar(select(User.id).where(User.username == username)) is not None:
                raise Conflict("user_exists", "Nama pengguna sudah dipakai.")
            user = User(username=username, role=role, nama_lengkap=nama_lengkap.strip(),
                        password_hash=hasher().hash(password), kelurahan_kode=kode)
            s.add(user)
            s.flush()
            audit.append(s, username=self.actor.username, action="user.add", entity="pengguna", entity_id=user.id,
                         changes={"username": (None, username), "role": (None, role)})
            return _dto(user)

    def list(self) -> tuple[UserDTO, ...]:
        with self.ctx.uow.read() as s:
            return tuple(_dto(u) for u in s.scalars(select(User).order_by(User.username)))

    def authenticate(self, username: str, password: str) -> UserDTO:
        """Check a login. The same error for an unknown user and a wrong password (no user enumeration)."""
        with self.ctx.uow() as s:
            user = s.scalar(select(User).where(User.username == username.strip().lower()))
            ok = False
            if user is not None and user.aktif:
                try:
                    ok = hasher().verify(user.password_hash, password)
                except (VerificationError, InvalidHashError):
                    ok = False
            if not ok:
                audit.append(s, username=username.strip().lower()[:60] or "?", action="login.failed",
                             entity="pengguna", entity_id=user.id if user else None)
                s.commit()
                raise AuthenticationFailed()
            assert user is not None
            if hasher().check_needs_rehash(user.password_hash):
                user.password_hash = hasher().hash(password)
            audit.append(s, username=user.username, action="login", entity="pengguna", entity_id=user.id)
            return _dto(user)

    def set_password(self, username: str, new_password: str) -> None:
        if self.actor.username != username:
            self.require([], "users.set_password")
        if len(new_password) < MIN_PASSWORD:
            raise SiksError("weak_password", f"Kata sandi minimal {MIN_PASSWORD} karakter.")
        with self.ctx.uow() as s:
            user = s.scalar(select(User).where(User.username == username))
            if user is None:
                raise NotFound("user_not_found", "Pengguna tidak ditemukan.")
            user.password_hash = hasher().hash(new_password)
            audit.append(s, username=self.actor.username, action="user.password", entity="pengguna",
                         entity_id=user.id)

    def set_active(self, username: str, aktif: bool) -> None:
        self.require([], "users.set_active")
        with self.ctx.uow() as s:
            user = s.scalar(select(User).where(User.username == username))
            if user is None:
                raise NotFound("user_not_found", "Pengguna tidak ditemukan.")
            old = user.aktif
            user.aktif = aktif
            audit.append(s, username=self.actor.username, action="user.active", entity="pengguna",
                         entity_id=user.id, changes={"aktif": (old, aktif)})
