"""Who may do what: roles, permissions and the check every core service makes (issue 7).

A `Caller` (the logged-in account, or the program itself) travels with the
session: `core.storage.Database` puts it in ``session.info["caller"]``. Each public service is
declared with `requires`, which checks the caller's roles *before* the service runs, so the rule
holds for the GUI, the CLI and any script alike. A session without a caller is refused.

An account may hold several roles (in a small commune one person is both desk clerk and admin).
"""

from __future__ import annotations

import contextlib
import enum
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from core.errors import UserError

__all__ = [
    "GRANTS",
    "PERMISSION_NAMES",
    "ROLE_NAMES",
    "SERVICES",
    "AccessDenied",
    "Caller",
    "Permission",
    "Role",
    "acting_as",
    "acting_name",
    "allowed",
    "caller_of",
    "check",
    "requires",
    "system_caller",
]


class Role(str, enum.Enum):
    CLERK = "clerk"  # cán bộ một cửa: receives, returns, prints, asks for ratings
    OFFICER = "officer"  # cán bộ xử lý: handles dossiers handed over to him
    LEADER = "leader"  # chủ tịch / lãnh đạo: reports, apologies, overrides, the audit trail
    ADMIN = "admin"  # quản trị: accounts, settings, catalog, calendar, imports, backups, the data key
    BACKUP = "backup"  # sao lưu tự động: only backups (the account of a scheduled task)


ROLE_NAMES = {
    Role.CLERK: "Cán bộ một cửa",
    Role.OFFICER: "Cán bộ xử lý",
    Role.LEADER: "Lãnh đạo (Chủ tịch)",
    Role.ADMIN: "Quản trị hệ thống",
    Role.BACKUP: "Sao lưu tự động",
}


class Permission(str, enum.Enum):
    VIEW = "view"  # dossier lists, boards, reports, settings and catalog read-only
    VIEW_PERSONAL = "view_personal"  # CCCD, phone and address unmasked
    INTAKE = "intake"  # accept a dossier, guidance and refusal slips, correct an intake
    PROCESS = "process"  # hand-over, supplement request, resume, result, stop
    RETURN = "return"  # return the result to the citizen
    PRINT = "print"  # print a form with a citizen's personal data (logged)
    EXPORT_PERSONAL = "export_personal"  # the register and hand-over files (logged)
    APOLOGY = "apology"  # issue an apology letter with a new appointment
    OVERRIDE = "override"  # a second re-appointment, a rating correction
    RATE = "rate"  # record ratings and survey answers
    EVALUATE = "evaluate"  # the nine-indicator evaluation sheet
    REPORT = "report"  # submit the monthly report, record its upload
    HANDOVER = "handover"  # hand-over to the provincial system: marks, reconciliation, outage
    SETTINGS = "settings"  # office, signers, targets, surveys, hand-over mode
    CATALOG = "catalog"  # procedures
    CALENDAR = "calendar"  # holidays, swaps, office hours
    IMPORT = "import"  # a register kept elsewhere
    ACCOUNTS = "accounts"  # accounts and roles
    AUDIT = "audit"  # read and verify the audit trail
    BACKUP = "backup"  # create, verify and restore backups
    KEYS = "keys"  # export, import and seal the office data key, print its recovery sheet


PERMISSION_NAMES = {
    Permission.VIEW: "xem hồ sơ và báo cáo",
    Permission.VIEW_PERSONAL: "xem CCCD, điện thoại, địa chỉ",
    Permission.INTAKE: "tiếp nhận hồ sơ",
    Permission.PROCESS: "chuyển xử lý, bổ sung, ghi kết quả, dừng",
    Permission.RETURN: "trả kết quả",
    Permission.PRINT: "in phiếu có thông tin cá nhân",
    Permission.EXPORT_PERSONAL: "xuất tệp có thông tin cá nhân",
    Permission.APOLOGY: "lập phiếu xin lỗi",
    Permission.OVERRIDE: "duyệt ngoại lệ (hẹn lại lần hai, sửa đánh giá)",
    Permission.RATE: "ghi đánh giá",
    Permission.EVALUATE: "chấm phiếu đánh giá",
    Permission.REPORT: "nộp báo cáo tháng",
    Permission.HANDOVER: "chuyển hệ thống tỉnh",
    Permission.SETTINGS: "sửa cài đặt",
    Permission.CATALOG: "sửa danh mục thủ tục",
    Permission.CALENDAR: "sửa lịch làm việc",
    Permission.IMPORT: "nhập sổ hồ sơ",
    Permission.ACCOUNTS: "quản lý tài khoản",
    Permission.AUDIT: "xem nhật ký kiểm tra",
    Permission.BACKUP: "sao lưu và khôi phục",
    Permission.KEYS: "xuất, nhận hoặc đặt mật khẩu cho khoá dữ liệu của cơ quan",
}

P = Permission
#: What each role may do. A caller may do what any of its roles may.
GRANTS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: frozenset(
        {
            P.VIEW,
            P.VIEW_PERSONAL,
            P.INTAKE,
            P.PROCESS,
            P.RETURN,
            P.PRINT,
            P.EXPORT_PERSONAL,
            P.APOLOGY,
            P.RATE,
            P.EVALUATE,
            P.REPORT,
            P.HANDOVER,
        }
    ),
    Role.OFFICER: frozenset({P.VIEW, P.VIEW_PERSONAL, P.PROCESS, P.PRINT, P.EVALUATE}),
    Role.LEADER: frozenset({P.VIEW, P.APOLOGY, P.OVERRIDE, P.EVALUATE, P.REPORT, P.AUDIT}),
    Role.ADMIN: frozenset(
        {
            P.VIEW,
            P.EXPORT_PERSONAL,
            P.SETTINGS,
            P.CATALOG,
            P.CALENDAR,
            P.IMPORT,
            P.ACCOUNTS,
            P.AUDIT,
            P.BACKUP,
            P.OVERRIDE,
            P.KEYS,
        }
    ),
    Role.BACKUP: frozenset({P.BACKUP}),
}


@dataclass(frozen=True)
class Caller:
    """Who is acting: an account (``user_id``), the machine's operator, or the program itself."""

    name: str  # the login, written into events and the audit trail
    roles: frozenset[Role] = field(default_factory=frozenset)
    full_name: str = ""
    user_id: int | None = None
    kind: str = "account"  # account | system
    must_change_password: bool = False  # set by an admin: the owner chooses his own before working

    def can(self, permission: Permission) -> bool:
        return any(permission in GRANTS[role] for role in self.roles)

    @property
    def label(self) -> str:
        return self.full_name or self.name


def system_caller() -> Caller:
    """The program's own work (bootstrap, migrations' data steps, automatic backups)."""
    return Caller("hệ thống", frozenset(Role), "Chương trình Một Cửa", kind="system")


class AccessDenied(UserError):
    """The caller's roles do not allow this."""

    def __init__(self, caller: Caller | None, permission: Permission) -> None:
        what = PERMISSION_NAMES[permission]
        if caller is None:
            super().__init__(f"Chưa đăng nhập: không được {what}.", f"Not logged in: cannot {permission.value}.")
        else:
            roles = ", ".join(ROLE_NAMES[r] for r in sorted(caller.roles)) or "chưa có vai trò"
            super().__init__(
                f"Tài khoản {caller.name} ({roles}) không được {what}.",
                f"Account {caller.name} may not {permission.value}.",
            )
        self.permission = permission


def caller_of(session: Any) -> Caller | None:
    return session.info.get("caller")


def acting_name(session: Any) -> str:
    """Who acts, as events, rows (``created_by``, ``*_by``) and the audit trail name him: the caller's login
    (``hệ thống`` for the program itself); without a caller, the login being tried, if any."""
    caller = caller_of(session)
    return caller.name if caller is not None else session.info.get("actor", "")


@contextlib.contextmanager
def acting_as(session: Any, caller: Caller | str) -> Iterator[Caller]:
    """The session acts for ``caller`` during the block, then for its own caller again. A name stands for an
    account of that login with the current caller's roles (the demo's invented clerks, tests' several people)."""
    before = caller_of(session)
    if isinstance(caller, str):
        caller = Caller(caller, before.roles if before is not None else frozenset())
    session.info["caller"] = caller
    try:
        yield caller
    finally:
        session.info["caller"] = before


def allowed(session: Any, permission: Permission) -> bool:
    caller = caller_of(session)
    return caller is not None and caller.can(permission)


def check(session: Any, permission: Permission) -> Caller:
    """The session's caller if it may do ``permission``; else `AccessDenied`."""
    caller = caller_of(session)
    if caller is None or not caller.can(permission):
        raise AccessDenied(caller, permission)
    return caller


#: Every service declared with `requires`: ``"module.name" -> (function, permissions)`` (for tests).
SERVICES: dict[str, tuple[Callable[..., Any], tuple[Permission, ...]]] = {}

F = TypeVar("F", bound=Callable[..., Any])


def requires(*permissions: Permission) -> Callable[[F], F]:
    """Declare a service: its first argument is the session, whose caller needs every permission."""

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def checked(session, *args, **kwargs):
            for permission in permissions:
                check(session, permission)
            info = session.info
            depth = info.get("depth", 0)
            if depth == 0 and permissions != (Permission.VIEW,):  # the trail names the service a client called
                info.setdefault("calls", []).append(fn.__name__)
            info["depth"] = depth + 1
            try:
                return fn(session, *args, **kwargs)
            finally:
                info["depth"] = depth

        checked.permissions = permissions  # type: ignore[attr-defined]
        SERVICES[f"{fn.__module__}.{fn.__qualname__}"] = (checked, permissions)
        return checked  # type: ignore[return-value]

    return decorate
