"""The first run of a new office (issue 8): the office, its signers and hours, the admin, optional imports.

`set_up_office` does it all in one transaction, as the program itself (there is no account yet to act
as): a wrong unit code, a bad hours text, a weak password or a bad line in an imported file leaves
nothing written, and the message says what to fix. It is refused once any account exists.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from core.errors import UserError
from core.office import DEFAULT_SETTINGS, init_office, set_setting
from core.office_calendar import set_hours
from core.procedures import import_catalog
from core.register import import_register
from core.security.access import Caller, acting_as, system_caller
from core.security.accounts import create_first_admin, has_accounts, sign_in

__all__ = ["DEFAULT_HOURS", "FirstRun", "needs_first_run", "set_up_office"]

DEFAULT_HOURS = "07:30-11:30,13:30-17:00"


@dataclass
class FirstRun:
    """What the wizard asks. Empty optional paths import nothing."""

    unit_code: str
    office_name: str
    place: str
    parent_name: str
    admin_username: str
    admin_full_name: str
    admin_password: str
    chairman_name: str = ""
    chairman_title: str = DEFAULT_SETTINGS["signers"]["chairman_title"]
    chairman_prefix: str = DEFAULT_SETTINGS["signers"]["chairman_prefix"]
    receiver_title: str = DEFAULT_SETTINGS["signers"]["receiver_title"]
    hours: str = DEFAULT_HOURS
    admin_title: str = ""
    admin_roles: tuple[str, ...] = ("admin",)
    catalog_file: Path | None = None
    register_file: Path | None = None
    imported: dict[str, int] = field(default_factory=dict)


def needs_first_run(database) -> bool:
    with database.as_caller(system_caller()).session() as session:
        return not has_accounts(session)


def set_up_office(database, values: FirstRun) -> Caller:
    """Set the office up and return its admin, logged in. All of it lands, or none."""
    with database.as_caller(system_caller()).transaction() as session:
        if has_accounts(session):
            raise UserError("Cơ quan đã được cài đặt (đã có tài khoản).", "The office is set up already.")
        init_office(
            session,
            unit_code=values.unit_code,
            name=values.office_name,
            place=values.place,
            parent_name=values.parent_name,
        )
        set_setting(
            session,
            "signers",
            {
                "receiver_title": values.receiver_title.strip(),
                "chairman_title": values.chairman_title.strip(),
                "chairman_prefix": values.chairman_prefix.strip(),
                "chairman_name": values.chairman_name.strip(),
            },
        )
        set_hours(session, values.hours or DEFAULT_HOURS)
        create_first_admin(
            session,
            username=values.admin_username,
            full_name=values.admin_full_name,
            password=values.admin_password,
            title=values.admin_title,
            roles=values.admin_roles,
        )
        if values.catalog_file:
            values.imported["catalog"] = _imported(
                lambda: import_catalog(session, Path(values.catalog_file)), values.catalog_file
            )
        if values.register_file:
            with acting_as(session, values.admin_username):  # the new admin's register: his name on its events
                values.imported["register"] = _imported(
                    lambda: import_register(session, Path(values.register_file)), values.register_file
                )
    return sign_in(database, values.admin_username, values.admin_password)


def _imported(run, path) -> int:
    try:
        return run()
    except UserError as error:
        raise UserError(
            f"{Path(path).name}: {error.message('vi')}", f"{Path(path).name}: {error.message('en')}"
        ) from None
