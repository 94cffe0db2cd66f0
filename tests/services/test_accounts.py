from __future__ import annotations

import pytest

from siks_desktop.errors import AuthenticationFailed, Conflict, SiksError


def test_login_and_roles(services) -> None:  # type: ignore[no-untyped-def]
    op = services.login("Operator", "rahasia-123")
    assert (op.actor.username, op.actor.role, op.actor.kelurahan_kode) == ("operator", "operator", "31.71.01.1001")


@pytest.mark.parametrize("username,password", [("operator", "salah-sandi"), ("tidakada", "rahasia-123"), ("", "")])
def test_bad_login_gives_one_error_for_both_cases(services, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(AuthenticationFailed) as err:
        services.login(username, password)
    assert err.value.code == "auth_failed"


def test_failed_logins_are_audited(services) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(AuthenticationFailed):
        services.login("operator", "salah-sandi")
    assert services.audit.recent(1)[0]["action"] == "login.failed"
    assert services.audit.verify().valid


def test_password_is_hashed_with_argon2id(services, engine) -> None:  # type: ignore[no-untyped-def]
    with engine.connect() as c:
        stored = c.exec_driver_sql("SELECT password_hash FROM pengguna WHERE username='operator'").scalar_one()
    assert stored.startswith("$argon2id$") and "rahasia" not in stored


@pytest.mark.parametrize("name,role,password,code", [
    ("baru", "raja", "rahasia-123", "bad_role"),
    ("baru", "operator", "pendek", "weak_password"),
    ("nama dengan spasi", "operator", "rahasia-123", "bad_username"),
])
def test_add_user_rejects_bad_input(services, name: str, role: str, password: str, code: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SiksError) as err:
        services.accounts.add(name, role, password)
    assert err.value.code == code


def test_duplicate_user(services) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(Conflict):
        services.accounts.add("operator", "operator", "rahasia-123")


def test_deactivated_user_cannot_log_in(services) -> None:  # type: ignore[no-untyped-def]
    services.accounts.set_active("lurah", False)
    with pytest.raises(AuthenticationFailed):
        services.login("lurah", "rahasia-123")
