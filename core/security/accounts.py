"""Accounts: logins with argon2 password hashes, roles, and a lockout after repeated failures (issue 7).

The first account is made by the first run (`create_first_admin`, allowed only while there is no
account at all); after that only an admin manages accounts. `login` (or `sign_in`, its own transaction) is the one
way in: it turns a login and a password into a `Caller`, counts failures and locks the account for
`LOCKOUT_MINUTES` after `MAX_FAILURES` wrong passwords in a row. Every attempt is in the audit
trail. Passwords are never stored or logged, only their argon2id hashes.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from dataclasses import dataclass
from functools import cache

from sqlalchemy import func
from sqlmodel import Session, select

from core.errors import UserError
from core.models import User
from core.security import audit
from core.security.access import ROLE_NAMES, Caller, Permission, Role, requires
from core.security.protect import Cipher
from core.text import clean, nfc

__all__ = [
    "LOCKOUT_MINUTES",
    "MAX_FAILURES",
    "MIN_PASSWORD",
    "Account",
    "LoginFailed",
    "caller_for",
    "caller_title",
    "change_password",
    "create_first_admin",
    "create_user",
    "full_name_of",
    "has_accounts",
    "list_users",
    "login",
    "rescue_admin",
    "reset_password",
    "set_active",
    "set_roles",
    "sign_in",
    "sign_out",
]

MAX_FAILURES = 5
LOCKOUT_MINUTES = 15
MIN_PASSWORD = 8
_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,59}$")


@cache
def _argon2():
    """argon2id with the library's recommended parameters, loaded on first use (not needed to start)."""
    from argon2 import PasswordHasher

    return PasswordHasher()


def _verify(password_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _argon2().verify(password_hash, password or "")
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class Account:
    """An account as the screens show it (never its hash)."""

    id: int
    username: str
    full_name: str
    title: str
    roles: tuple[Role, ...]
    active: bool
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None
    must_change_password: bool

    @property
    def role_names(self) -> str:
        return ", ".join(ROLE_NAMES[r] for r in self.roles)


def _account(user: User) -> Account:
    assert user.id is not None, "a stored account"
    return Account(
        user.id,
        user.username,
        user.full_name,
        user.title,
        _roles(user.roles),
        user.active,
        user.locked_until,
        user.last_login_at,
        user.must_change_password,
    )


def _roles(values) -> tuple[Role, ...]:
    roles = []
    for value in values or ():
        try:
            roles.append(Role(value))
        except ValueError:
            raise UserError(
                f'Vai trò "{value}" không có: chọn trong clerk, officer, leader, admin.', f'Unknown role "{value}".'
            ) from None
    return tuple(sorted(set(roles), key=list(Role).index))


def caller_for(user: User) -> Caller:
    return Caller(
        user.username,
        frozenset(_roles(user.roles)),
        user.full_name,
        user.id,
        must_change_password=user.must_change_password,
    )


def _now(at: dt.datetime | None) -> dt.datetime:
    return (at or dt.datetime.now()).replace(microsecond=0)


def _check_password(password: str, username: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise UserError(f"Mật khẩu cần ít nhất {MIN_PASSWORD} ký tự.", f"A password needs {MIN_PASSWORD}+ characters.")
    if password.lower() == username.lower():
        raise UserError("Mật khẩu không được trùng tên đăng nhập.", "The password cannot be the login.")


def _new_user(
    session: Session, *, username: str, full_name: str, password: str, roles, title: str, at: dt.datetime | None
) -> User:
    login = clean(username).lower()
    if not _LOGIN.match(login):
        raise UserError(
            f'Tên đăng nhập "{username}" không hợp lệ: 2–60 chữ thường không dấu, số, dấu chấm, '
            "gạch ngang hoặc gạch dưới (ví dụ: nguyenvanan).",
            f'Invalid login "{username}".',
        )
    if session.exec(select(User).where(User.username == login)).first():
        raise UserError(f'Tên đăng nhập "{login}" đã có.', f'The login "{login}" exists already.')
    roles = _roles(roles)
    if not roles:
        raise UserError("Cần chọn ít nhất một vai trò.", "Choose at least one role.")
    _check_password(password, login)
    user = User(
        username=login,
        full_name=clean(full_name),
        title=clean(title),
        roles=[r.value for r in roles],
        password_hash=_argon2().hash(password),
        created_at=_now(at),
    )
    session.add(user)
    session.flush()
    return user


def has_accounts(session: Session) -> bool:
    """True once the first run made the admin (no permission needed: the login screen asks it)."""
    return bool(session.exec(select(func.count()).select_from(User)).one())


def create_first_admin(
    session: Session,
    *,
    username: str,
    full_name: str,
    password: str,
    roles=(Role.ADMIN,),
    title: str = "",
    at: dt.datetime | None = None,
) -> Account:
    """The first account, made by the first run: refused once any account exists."""
    if has_accounts(session):
        raise UserError("Đã có tài khoản: tài khoản quản trị đầu tiên chỉ tạo được một lần.", "Accounts exist already.")
    roles = tuple(roles)
    if Role.ADMIN not in _roles(roles):
        roles = (*roles, Role.ADMIN)
    session.info.setdefault("calls", []).append("create_first_admin")
    return _account(
        _new_user(session, username=username, full_name=full_name, password=password, roles=roles, title=title, at=at)
    )


@requires(Permission.ACCOUNTS)
def create_user(
    session: Session,
    *,
    username: str,
    full_name: str,
    password: str,
    roles,
    title: str = "",
    at: dt.datetime | None = None,
) -> Account:
    user = _new_user(
        session, username=username, full_name=full_name, password=password, roles=roles, title=title, at=at
    )
    user.must_change_password = True  # the admin chose it: the owner sets his own at first login
    return _account(user)


def caller_title(session: Session, caller: Caller) -> tuple[str, str]:
    """(full name, title) of the account acting, as printed under a signature or on a submission."""
    user = session.get(User, caller.user_id) if caller.user_id else None
    if user is None:
        return caller.label, ""
    return user.full_name or user.username, user.title


@requires(Permission.VIEW)
def full_name_of(session: Session, login: str) -> str:
    """The full name of the account ``login`` as printed under a signature; the login itself when the account
    is gone or has no name; "" for no login (a dossier brought in by an import)."""
    login = clean(login)
    if not login:
        return ""
    user = session.exec(select(User).where(User.username == login.lower())).first()
    return nfc(clean(user.full_name)) if user is not None and clean(user.full_name) else login


@requires(Permission.ACCOUNTS)
def list_users(session: Session) -> list[Account]:
    return [_account(u) for u in session.exec(select(User).order_by(User.username))]


def _get(session: Session, username: str) -> User:
    user = session.exec(select(User).where(User.username == clean(username).lower())).first()
    if user is None:
        raise UserError(f'Không có tài khoản "{username}".', f'No account "{username}".')
    return user


def _keep_an_admin(session: Session, user: User, roles: tuple[Role, ...], active: bool) -> None:
    if Role.ADMIN in _roles(user.roles) and (Role.ADMIN not in roles or not active):
        admins = [u for u in session.exec(select(User).where(User.active)) if Role.ADMIN in _roles(u.roles)]
        if len(admins) <= 1:
            raise UserError(
                "Đây là tài khoản quản trị cuối cùng: không bỏ được vai trò quản trị hay khoá nó.",
                "This is the last admin account.",
            )


@requires(Permission.ACCOUNTS)
def set_roles(session: Session, username: str, roles) -> Account:
    user, roles = _get(session, username), _roles(roles)
    if not roles:
        raise UserError("Cần chọn ít nhất một vai trò.", "Choose at least one role.")
    _keep_an_admin(session, user, roles, user.active)
    user.roles = [r.value for r in roles]
    session.add(user)
    return _account(user)


@requires(Permission.ACCOUNTS)
def set_active(session: Session, username: str, active: bool) -> Account:
    """Disable an account (it can no longer log in; its name stays on every event) or enable it again."""
    user = _get(session, username)
    _keep_an_admin(session, user, _roles(user.roles), active)
    user.active = active
    if active:
        user.failed_logins, user.locked_until = 0, None
    session.add(user)
    return _account(user)


@requires(Permission.ACCOUNTS)
def reset_password(session: Session, username: str, password: str) -> Account:
    """An admin sets a new password (the owner must change it at the next login); unlocks the account."""
    user = _get(session, username)
    _check_password(password, user.username)
    user.password_hash, user.must_change_password = _argon2().hash(password), True
    user.failed_logins, user.locked_until = 0, None
    session.add(user)
    return _account(user)


def change_password(session: Session, username: str, old: str, new: str) -> Account:
    """The owner changes his own password (needs the old one, so no permission beyond knowing it)."""
    user = _get(session, username)
    if not _verify(user.password_hash, old):
        raise UserError("Mật khẩu hiện tại không đúng.", "The current password is wrong.")
    _check_password(new, user.username)
    if new == old:
        raise UserError("Mật khẩu mới phải khác mật khẩu cũ.", "The new password must differ.")
    user.password_hash, user.must_change_password = _argon2().hash(new), False
    session.add(user)
    session.info.setdefault("calls", []).append("change_password")
    return _account(user)


class LoginFailed(UserError):
    """A refused login; the failure has been counted (commit the session)."""


@cache
def _dummy_hash() -> str:
    """A hash no password matches, checked for unknown logins so they take as long as real ones."""

    return _argon2().hash(secrets.token_hex(16))


def login(
    session: Session, username: str, password: str, *, at: dt.datetime | None = None, record: bool = True
) -> Caller:
    """Check a login. Failures are counted on the account and logged; the caller commits either way.

    Every attempt costs one password check, whether the account exists, is disabled or is locked, so
    the time taken tells nothing; the password is checked before anything about the account is said.
    ``record`` False (a desk without the office key, which cannot write) checks without counting.
    Returns the `Caller`; raises `LoginFailed` (after updating the counters) when refused.
    """
    now = _now(at)
    login_name = clean(username).lower()
    session.info.setdefault("actor", login_name[:60])  # the trail names who tried, even before a caller exists
    session.info.setdefault("calls", []).append("login")
    user = session.exec(select(User).where(User.username == login_name)).first()
    wrong = LoginFailed("Tên đăng nhập hoặc mật khẩu không đúng.", "Wrong login or password.")
    note = audit.note if record else (lambda *_a, **_k: None)
    if user is None:
        _verify(_dummy_hash(), password)
        note(session, "đăng nhập sai", login=login_name[:60], reason="không có tài khoản")
        raise wrong
    right = _verify(user.password_hash, password)
    locked = bool(user.locked_until and user.locked_until > now)
    if not right:
        reason = "sai mật khẩu"
        if user.active and not locked and record:
            user.failed_logins += 1
            if user.failed_logins >= MAX_FAILURES:
                user.locked_until = now + dt.timedelta(minutes=LOCKOUT_MINUTES)
                user.failed_logins = 0
                reason = f"sai mật khẩu {MAX_FAILURES} lần: tạm khoá {LOCKOUT_MINUTES} phút"
            session.add(user)
        note(session, "đăng nhập sai", login=user.username, reason=reason)
        if user.locked_until and user.locked_until > now and not locked:
            raise LoginFailed(
                f"Sai mật khẩu {MAX_FAILURES} lần: tài khoản tạm khoá {LOCKOUT_MINUTES} phút "
                f"(đến {user.locked_until:%H:%M}).",
                f"Locked for {LOCKOUT_MINUTES} minutes after {MAX_FAILURES} failures.",
            )
        raise wrong
    if not user.active:
        note(session, "đăng nhập bị từ chối", login=user.username, reason="tài khoản đã khoá")
        raise LoginFailed("Tài khoản này đã bị khoá bởi quản trị.", "This account is disabled.")
    if locked:
        note(session, "đăng nhập bị từ chối", login=user.username, reason="đang tạm khoá")
        raise LoginFailed(
            f"Tài khoản tạm khoá vì nhập sai mật khẩu {MAX_FAILURES} lần: thử lại sau "
            f"{user.locked_until:%H:%M}, nhờ quản trị mở khoá, hoặc dùng phiếu khôi phục khoá "
            "(motcua users rescue).",
            f"Locked after {MAX_FAILURES} failures until {user.locked_until:%H:%M}.",
        )
    if record:
        if _argon2().check_needs_rehash(user.password_hash):
            user.password_hash = _argon2().hash(password)
        user.failed_logins, user.locked_until, user.last_login_at = 0, None, now
        session.add(user)
    note(session, "đăng nhập", login=user.username)
    return caller_for(user)


def sign_in(database, username: str, password: str, *, at: dt.datetime | None = None) -> Caller:
    """`login` in its own transaction, committed even when the login is refused (the failure counts).

    On a desk without the office key nothing can be written: the password is checked all the same, and
    the attempt is not counted (the desk can do nothing but read, or bring the key)."""
    if not database.unlocked:
        with database.as_caller(None).session() as session:
            return login(session, username, password, at=at, record=False)
    failure: LoginFailed | None = None
    with database.as_caller(None).transaction() as session:
        session.info[audit.CLOCK_TOLERANT] = True  # a desk whose clock is behind can still sign in (and read)
        try:
            caller = login(session, username, password, at=at)
        except LoginFailed as error:
            failure = error
    if failure is not None:
        raise failure
    return caller


def sign_out(database, caller: Caller, *, idle_minutes: int = 0) -> None:
    """The end of ``caller``'s work on this desk, in the trail as "đăng xuất": he logged out, or the desk
    locked itself after ``idle_minutes`` without use. A desk without the office key writes nothing."""
    if not database.unlocked or caller is None or caller.kind != "account":
        return
    detail = {"login": caller.name}
    if idle_minutes:
        detail["reason"] = f"khoá vì không dùng {idle_minutes} phút"
    with database.as_caller(caller).session() as session:
        audit.note(session, "đăng xuất", **detail)


def rescue_admin(session: Session, username: str, password: str, office_key: bytes) -> Account:
    """The recovery sheet's way back in: an admin account enabled, unlocked and given a new password that
    its owner changes at the next login. Whoever holds the office key (typed from the sheet kept in the
    office safe) may do it; nobody can lock the last admin out for good."""
    from core.security.protected_rows import key_id

    if key_id(session) != Cipher(office_key).key_id:
        raise UserError(
            "Khoá trên phiếu không phải khoá của cơ sở dữ liệu này: không mở được tài khoản quản trị.",
            "The sheet's key is not this database's key.",
        )
    user = _get(session, username)
    if Role.ADMIN not in _roles(user.roles):
        raise UserError(f"Tài khoản {user.username} không phải tài khoản quản trị.", f"{user.username} is no admin.")
    _check_password(password, user.username)
    user.password_hash, user.must_change_password = _argon2().hash(password), True
    user.active, user.failed_logins, user.locked_until = True, 0, None
    session.add(user)
    session.info.setdefault("calls", []).append("rescue_admin")
    audit.note(session, "mở lại tài khoản quản trị bằng phiếu khôi phục khoá", login=user.username)
    return _account(user)
