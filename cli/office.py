"""How a command reaches the office: its database (``--db``, ``--demo`` or the default), the office key on
this desk, the account it acts for, one transaction per writing command, and JSON output.

Shared by every ``cli/*_cmd.py`` module and ``cli/commands.py``; it imports the database layer only inside
the functions that open a database, so ``--version`` and ``--help`` never load it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

TYPE_CHECKING = False  # typing.TYPE_CHECKING without loading typing (it costs the command line 2 ms)
if TYPE_CHECKING:  # the database layer is loaded by the commands that open a database, never by --help
    from sqlmodel import Session

    from core.storage import Database

USER_ENV, PASSWORD_ENV = "MOTCUA_USER", "MOTCUA_PASSWORD"
#: `target_database`'s key store for the office in memory that holds only the shipped data (already open).
SHIPPED = object()


def key_store(*, required: bool = False, prompt: bool = True):
    """This machine's office key store for the command line: the credential store (with the key file behind
    it), else the key file (its passphrase from ``MOTCUA_KEY_PASSPHRASE`` or asked on a terminal; an
    unsealed file if none was ever set). None, with the reason on stderr, when it cannot be opened
    (``prompt`` False: never ask, e.g. for ``due``)."""
    from getpass import getpass

    from core.errors import UserError
    from core.security.key_store import (
        KEY_FILE_NAME,
        PASSPHRASE_ENV,
        UnsealedKeyFile,
        choose_key_store,
        system_keyring_available,
    )
    from core.storage import default_data_dir

    folder = default_data_dir()
    passphrase = None
    sealed = (folder / KEY_FILE_NAME).exists() and not UnsealedKeyFile.holds(folder / KEY_FILE_NAME)
    if sealed and not system_keyring_available() and not os.environ.get(PASSPHRASE_ENV):
        if not prompt:
            return None
        if sys.stdin.isatty():
            passphrase = getpass("Mật khẩu tệp khoá dữ liệu: ")
    try:
        return choose_key_store(folder, passphrase, allow_unsealed=True)
    except UserError as error:
        if required:
            raise
        if prompt:
            print(f"motcua: {error}", file=sys.stderr)
        return None


def signed_in(args: argparse.Namespace, database: Database):
    """The account the command acts for: ``--user`` or ``MOTCUA_USER``, its password from ``MOTCUA_PASSWORD``
    or asked on a terminal. There is no account-less default: refused with one line."""
    from getpass import getpass

    from core.errors import UserError
    from core.security.access import system_caller
    from core.security.accounts import has_accounts, sign_in

    user = getattr(args, "user", None) or os.environ.get(USER_ENV)
    if not user:
        with database.as_caller(system_caller()).session() as session:
            any_account = has_accounts(session)
        if not any_account:
            raise UserError(
                "Cơ sở dữ liệu này chưa có tài khoản nào: hãy khai báo cơ quan và tài khoản quản trị đầu "
                'tiên (motcua init --unit-code MÃ --office-name "TÊN").',
                "This database has no account yet: run motcua init first.",
            )
        raise UserError(
            f"Lệnh này cần đăng nhập: thêm --user TÊN (hoặc biến {USER_ENV}); mật khẩu trong biến "
            f"{PASSWORD_ENV} hoặc nhập khi được hỏi.",
            f"This command needs an account: --user NAME (or {USER_ENV}), password in {PASSWORD_ENV}.",
        )
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise UserError(
                f"Cần mật khẩu của tài khoản {user}: đặt biến môi trường {PASSWORD_ENV}.",
                f"The password of {user} is needed ({PASSWORD_ENV}).",
            )
        password = getpass(f"Mật khẩu của {user}: ")
    return sign_in(database, user, password)


def target_database(
    args: argparse.Namespace, *, writes: bool = False, shipped: bool = False
) -> tuple[Database, object]:
    """The database the command works on and the key store that opens it (None: this desk's store;
    `SHIPPED`: the shipped data in memory, already open and acting as the program).

    ``--demo``: the demo office (created on first use) with its own key. Otherwise ``--db`` (or the default):
    a command that writes creates it when needed; one that only reads refuses a database that does not
    exist and creates nothing, except ``shipped`` commands (``due``, ``calendar show``), which then read
    the shipped calendar from an office in memory."""
    from core.errors import UserError
    from core.storage import missing_database, open_database, require_database

    if getattr(args, "demo", False):
        if getattr(args, "db", None):
            raise UserError(
                "--demo và --db không dùng cùng nhau: --demo đã chọn cơ quan mẫu.",
                "--demo and --db cannot be used together: --demo chooses the demo office.",
            )
        from core.demo import demo_key_store, open_demo_database

        return open_demo_database(), demo_key_store()
    target = getattr(args, "db", None)
    if not writes:
        if shipped and missing_database(target) is not None:
            from core.bootstrap import open_shipped_office

            return open_shipped_office(), SHIPPED
        require_database(target)
    return open_database(target), None


def shipped_only(args: argparse.Namespace) -> bool:
    """A ``shipped`` command (``due``, ``calendar show``) on a database file that does not exist: it reads the
    shipped calendar (core/shipped_calendar.py), the very tables a new database starts with, without opening one.
    A URL or ``--demo`` goes the way of `target_database`."""
    from core.places import database_file

    if getattr(args, "demo", False):
        return False
    path = database_file(getattr(args, "db", None))
    return path is not None and not path.exists()


def open_office(
    args: argparse.Namespace,
    *,
    public: bool = False,
    setup: bool = False,
    writes: bool = False,
    keys=None,
    shipped: bool = False,
) -> Database:
    """The database of the command: opened, its office key opened on this desk, prepared, acting for its caller.

    ``public``: a command that reads nothing personal and writes nothing (``due``, ``calendar show``,
    ``procedures list``) needs no account. ``setup``: a command that sets a new office up (``init``,
    ``demo``, the first ``users add``) needs none while the database has no account at all. ``writes``: on a
    desk without the office key the command is refused at once with the one line saying how to bring it
    (a reading command goes on, saying the data is locked)."""
    from core.bootstrap import prepare_database, warn_about
    from core.errors import UserError
    from core.security.access import system_caller
    from core.security.accounts import has_accounts
    from core.security.data_key import open_office_data

    database, own_keys = target_database(args, writes=writes, shipped=shipped)
    try:
        if own_keys is SHIPPED:  # the shipped calendar in memory, open and prepared: nothing to bring
            return database
        store = (
            keys
            if keys is not None
            else own_keys
            if own_keys is not None
            else key_store(prompt=not public, required=writes)
        )
        protection = open_office_data(database, store)
        if not protection.unlocked and writes:
            raise UserError(protection.message, protection.message)
        if not protection.unlocked and not public:
            print(f"motcua: {protection.message}", file=sys.stderr)
        prepare_database(database)
        if not public:
            for line in warn_about(database):
                print(f"motcua: {line}", file=sys.stderr)
        if public:
            caller = system_caller()  # only the calendar and the catalog are read
        else:
            with database.as_caller(system_caller()).session() as session:
                first = setup and not has_accounts(session)
            caller = system_caller() if first else signed_in(args, database)
        database = database.as_caller(caller)
    except BaseException:
        database.close()
        raise
    return database


@contextmanager
def office_database(args: argparse.Namespace, **how) -> Iterator[Database]:
    database = open_office(args, **how)
    try:
        yield database
    finally:
        database.close()


@contextmanager
def writing(args: argparse.Namespace, **how) -> Iterator[Session]:
    """One transaction for the whole command: all of it lands, or none."""
    with office_database(args, writes=True, **how) as database, database.transaction() as session:
        yield session


@contextmanager
def reading(args: argparse.Namespace, **how) -> Iterator[Session]:
    with office_database(args, **how) as database, database.session() as session:
        yield session


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def moment_text(value: dt.datetime | None) -> str | None:
    return f"{value:%Y-%m-%d %H:%M}" if value else None
