"""The template the tests copy their databases from (tests/databases.py) is what a fresh build makes: the same
schema and the same rows in every table, its own database id, a trail that verifies and the desk's witness."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from core.bootstrap import prepare_database
from core.models import AuditHead
from core.security import audit_check
from core.security.accounts import create_first_admin
from core.security.protect import Cipher
from core.security.trail_witness import read_witness_file
from core.storage import open_database
from tests.databases import cli, ensure_tester, new_database, template_file
from tests.fakes import TEST_KEY, TESTER, TESTER_PASSWORD, as_tester

#: Columns a copy may differ in from a fresh build, and why: the trail's first event names a random database id,
#: every link signs its moment and the link before it, and the head repeats the last link and the id; the shipped
#: procedures are stamped with the moment they were saved (the template's, earlier in the session: nothing reads
#: it but the digests); the tester's account (the command line's template) has a salted password hash and the
#: moment the template was made. The trail's digests of the rows holding those differ with them (both trails
#: are verified against their rows instead).
VARYING = {
    "auditevent": {"at", "hash", "prev_hash"},
    "audithead": {"hash", "database_id"},
    "procedure": {"updated_at"},
    "user": {"password_hash", "created_at"},
}


def _contents(path: Path) -> dict[str, object]:
    """Schema, settings and every row of every table of the SQLite file at ``path``, read as SQLite stores them."""
    connection = sqlite3.connect(path)
    try:
        schema = sorted(connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
        pragmas = {
            name: connection.execute(f"PRAGMA {name}").fetchone()[0]
            for name in (
                "journal_mode",
                "user_version",
                "application_id",
                "page_size",
                "auto_vacuum",
                "encoding",
                "foreign_keys",
            )
        }
        tables = {}
        for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            cursor = connection.execute(f'SELECT * FROM "{name}"')
            columns = [d[0] for d in cursor.description]
            rows = []
            for row in cursor:
                values = dict(zip(columns, row))
                for column in VARYING.get(name, ()):
                    values[column] = "varies"
                if name == "auditevent":
                    detail = json.loads(values["detail"])
                    if values["seq"] == 1:
                        assert len(detail.pop("database_id")) == 32
                    for table, ops in detail.get("rows", {}).items():
                        for entry in ops.get("insert", []) + ops.get("update", []) if table in VARYING else ():
                            entry[1] = "varies"
                    values["detail"] = detail
                rows.append(values)
            tables[name] = (columns, sorted(rows, key=repr))
    finally:
        connection.close()
    return {"schema": schema, "pragmas": pragmas, "tables": tables}


def _head(database) -> tuple[int, str, str]:
    with database.session() as session:
        row = session.get(AuditHead, 1)
        return row.seq, row.hash, row.database_id


def _verified(database) -> audit_check.AuditReport:
    with database.session() as session:
        return audit_check.verify(session)


def test_a_copy_of_the_template_is_a_fresh_database_with_its_own_identity(tmp_path):
    fresh = as_tester(open_database(tmp_path / "fresh" / "office.db"))
    prepare_database(fresh)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    copy, other = new_database(tmp_path / "a" / "office.db"), new_database(tmp_path / "b" / "office.db")
    try:
        heads = {name: _head(db) for name, db in (("fresh", fresh), ("copy", copy), ("other", other))}
        for database in (fresh, copy, other):
            report = _verified(database)
            assert report.ok, report.problems
            assert report.witnesses_checked == 1  # the desk's witness file was there and signed with the key
            seq, mac, database_id = _head(database)
            witness = read_witness_file(database.witness_file, Cipher(TEST_KEY))
            assert (witness.seq, witness.mac, witness.database_id) == (seq, mac, database_id)
            assert report.head.seq == seq == 2 and report.head.database_id == database_id
    finally:
        for database in (fresh, copy, other):
            database.close()
    ids = {head[2] for head in heads.values()}
    connection = sqlite3.connect(template_file())
    template_id = connection.execute("SELECT database_id FROM audithead").fetchone()[0]
    connection.close()
    assert len(ids) == 3 and template_id not in ids  # no two databases share an id, nor the template's

    _assert_same(tmp_path / "fresh" / "office.db", tmp_path / "a" / "office.db")


def _assert_same(fresh: Path, copy: Path) -> dict[str, object]:
    made, copied = _contents(fresh), _contents(copy)
    assert copied["schema"] == made["schema"] and copied["pragmas"] == made["pragmas"]
    assert copied["tables"].keys() == made["tables"].keys()
    for name, (columns, rows) in made["tables"].items():
        assert copied["tables"][name] == (columns, rows), name
    # the comparison saw the shipped data, not two empty files
    assert len(made["tables"]["procedure"][1]) > 10 and len(made["tables"]["calendarday"][1]) > 10
    assert made["pragmas"]["journal_mode"] == "wal"
    return made


def test_the_command_lines_database_is_the_fresh_one_with_the_testers_account(tmp_path, capsys):
    fresh = as_tester(open_database(tmp_path / "fresh.db"))
    prepare_database(fresh)
    with fresh.transaction() as session:  # what the command line's database got before the template
        create_first_admin(
            session,
            username=TESTER.name,
            full_name=TESTER.full_name,
            password=TESTER_PASSWORD,
            roles=[r.value for r in TESTER.roles],
        )
    fresh.close()
    ensure_tester(tmp_path / "copy.db")
    made = _assert_same(tmp_path / "fresh.db", tmp_path / "copy.db")
    assert [row["username"] for row in made["tables"]["user"][1]] == [TESTER.name]
    for name in ("copy.db", "fresh.db"):  # the tester signs in with the password; the trail and the witness agree
        assert cli(["audit", "verify"], tmp_path / name) == 0, capsys.readouterr()


def test_a_copy_never_replaces_a_database_a_test_made(tmp_path):
    target = tmp_path / "office.db"
    target.write_bytes(b"the test's own file")
    with pytest.raises(FileExistsError):
        new_database(target)
    assert target.read_bytes() == b"the test's own file"


def test_a_copy_into_a_missing_folder_is_built_as_open_database_builds_it(tmp_path):
    database = new_database(tmp_path / "new folder" / "office.db")
    try:
        assert _verified(database).ok
        assert database.revision() is not None
    finally:
        database.close()
