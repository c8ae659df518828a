"""New office databases for the tests, copied from one prepared template file instead of built from nothing.

Building a SQLite office database runs every Alembic migration and loads the shipped calendar and catalog
(0.35–1 s); copying a prepared file takes milliseconds. The template is built once per test process (each
xdist worker has its own) in a temporary folder: migrated, prepared by `core.bootstrap.prepare_database`
as the tester with the test office key (`tests.fakes.TEST_KEY`), checkpointed so the whole database is in
the one file, then closed.

Each copy is given what a new database of its own would have had (`_own_identity`): a new database id in
the trail's first event and head, its trail's links signed again at the time of the copy (the same key),
and the desk's witness file (`core.security.trail_witness`) for the copy's path in the test's data folder. So two
databases of one test never share an id, and `audit verify` reads the witness a fresh build would have
written. tests/test_databases.py compares a copy with a freshly built database (schema and every row of
every table) so the template cannot drift from what `open_database` + `prepare_database` make.

A test that needs another key, no key, or an older schema still builds its database itself with
`open_database`; only the plain case is copied.
"""

from __future__ import annotations

import atexit
import datetime as dt
import os
import shutil
import tempfile
import uuid
from pathlib import Path

from sqlalchemy import select, update

from cli.main import main
from core.bootstrap import prepare_database
from core.models import AuditEvent, AuditHead
from core.security import audit_chain
from core.security.accounts import create_first_admin, has_accounts
from core.security.protect import Cipher
from core.security.trail_witness import write_witness_file
from core.storage import Database, open_database
from tests.fakes import TEST_KEY, TESTER, TESTER_PASSWORD, as_tester

__all__ = ["cli", "ensure_tester", "new_database", "template_file"]

_templates: dict[bool, Path] = {}


def template_file(*, with_tester: bool = False) -> Path:
    """The prepared template of this process (built on first use, removed when the process ends); ``with_tester``:
    the one that also holds the tester's account, as `ensure_tester` makes it for the command line."""
    path = _templates.get(with_tester)
    if path is None or not path.exists():
        folder = Path(tempfile.mkdtemp(prefix="motcua-template-"))
        atexit.register(shutil.rmtree, folder, True)
        path = _templates[with_tester] = _build(folder / "template.db", with_tester)
    return path


def _build(path: Path, with_tester: bool) -> Path:
    # the template's own witness file goes beside it, never into the data folder of the test that asked first
    previous = os.environ.get("MOTCUA_DATA_DIR")
    os.environ["MOTCUA_DATA_DIR"] = str(path.parent / "data")
    try:
        database = as_tester(open_database(path))
        try:
            prepare_database(database)
            if with_tester:
                _add_tester(database)
            with database.engine.connect() as connection:
                busy, _, _ = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
                assert busy == 0, "the template's write-ahead log could not be checkpointed"
        finally:
            database.close()
    finally:
        if previous is None:
            os.environ.pop("MOTCUA_DATA_DIR", None)
        else:
            os.environ["MOTCUA_DATA_DIR"] = previous
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "the template is not whole in its file"
    return path


def _add_tester(database: Database) -> None:
    with database.transaction() as session:
        if not has_accounts(session):
            create_first_admin(
                session,
                username=TESTER.name,
                full_name=TESTER.full_name,
                password=TESTER_PASSWORD,
                roles=[r.value for r in TESTER.roles],
            )


def new_database(target: str | os.PathLike[str], *, with_tester: bool = False) -> Database:
    """What ``as_tester(open_database(target))`` followed by ``prepare_database`` gives for a new SQLite file at
    ``target`` (and, ``with_tester``, the tester's account), copied from the template: open, acting as the
    tester, the test key unlocked."""
    target = Path(target)
    if target.exists() or Path(f"{target}-wal").exists():
        raise FileExistsError(target)  # a copy never replaces a database a test made
    if not target.parent.is_dir():  # open_database would make the folder (and restrict it): build it that way
        database = as_tester(open_database(target))
        prepare_database(database)
        if with_tester:
            _add_tester(database)
        return database
    shutil.copyfile(template_file(with_tester=with_tester), target)
    database = as_tester(open_database(target))  # at the newest revision already: nothing is migrated
    try:
        _own_identity(database)
    except BaseException:
        database.close()
        raise
    return database


def _own_identity(database: Database) -> None:
    """A new database id, the trail signed again now, and this desk's witness of its head."""
    events, head = AuditEvent.__table__, AuditHead.__table__
    cipher = Cipher(TEST_KEY)
    database_id = uuid.uuid4().hex
    now = dt.datetime.now().replace(microsecond=0)  # as `core.security.audit.write_chain` stamps a commit's events
    previous, seq = audit_chain.GENESIS, 0
    with database.engine.begin() as connection:
        rows = connection.execute(
            select(events.c.id, events.c.seq, events.c.actor, events.c.action, events.c.detail).order_by(events.c.seq)
        ).all()
        for row in rows:
            detail = {**row.detail, "database_id": database_id} if row.seq == 1 else row.detail
            link = {
                "seq": row.seq,
                "at": now,
                "actor": row.actor,
                "action": row.action,
                "detail": detail,
                "prev_hash": previous,
            }
            mac = audit_chain.mac_link(cipher, link)
            values = {"at": now, "prev_hash": previous, "hash": mac}
            if row.seq == 1:
                values["detail"] = detail
            connection.execute(update(events).where(events.c.id == row.id).values(**values))
            previous, seq = mac, row.seq
        connection.execute(update(head).where(head.c.id == 1).values(seq=seq, hash=previous, database_id=database_id))
    witness = database.witness_file
    if witness is not None:
        write_witness_file(witness, cipher, database_id, seq, previous)


# -- the command line on a test database ----------------------------------------------------------------
_ready: set[str] = set()


def ensure_tester(target: str | os.PathLike[str]) -> None:
    """The command line acts for an account: give the database at ``target`` the tester's account (every
    role) when it has no account yet, and sign the command line in as it (``MOTCUA_USER``/``MOTCUA_PASSWORD``,
    set for every test by tests/conftest.py). A new SQLite file is copied from the template with the account."""
    key = str(target)
    if key in _ready and ("://" in key or os.path.exists(key)):
        return
    if "://" not in key and not os.path.exists(key) and not os.path.exists(f"{key}-wal"):
        new_database(key, with_tester=True).close()
    else:
        database = as_tester(open_database(target))
        try:
            prepare_database(database)
            _add_tester(database)
        finally:
            database.close()
    _ready.add(key)


def cli(args: list[str], target: str | os.PathLike[str] | None = None) -> int:
    """``motcua *args`` run in-process, signed in as the tester on ``target`` (its account made if needed)."""
    if target is not None:
        ensure_tester(target)
        args = ["--db", str(target), *args]
    return main(args)
