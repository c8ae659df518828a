"""The database file: created at head, upgraded without losing data, SQLite set up for safety."""

import shutil
import sqlite3

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel, select

from core import storage
from core.bootstrap import check_database
from core.db_errors import database_error_reason
from core.errors import UserError
from core.models import Dossier, Procedure
from core.security.protect import Protected
from core.storage import _alembic_config, head_revision, missing_database, open_database
from tests.fakes import as_tester


def test_new_database_is_created_at_head(tmp_path):
    db = as_tester(open_database(tmp_path / "new.db"))
    assert db.revision() == head_revision()
    assert list(tmp_path.glob("*.truoc-nang-cap-*")) == []  # nothing to copy aside for a new file
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                # protected columns stay VARCHAR on SQLite (migration 0009: rebuilding ``dossier`` would drop the
                # name index's triggers, and SQLite enforces no length); every other type must match
                "compare_type": lambda _context, _column, _inspected_column, _inspected_type, metadata_type: (
                    False if isinstance(metadata_type, Protected) else None
                ),
                # the FTS5 name index (migration 0004) is SQLite's own, not a model table
                "include_name": lambda name, kind, _parent: not (kind == "table" and name.startswith("dossier_search")),
            },
        )
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == []  # the migrations build exactly the models' schema
    db.close()


def test_sqlite_is_set_up_for_safety(tmp_path):
    db = as_tester(open_database(tmp_path / "safe.db"))
    with db.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") >= 5000
    db.close()


def test_a_bulk_write_cache_is_given_back_when_the_connection_returns(tmp_path):
    """An import writes with a large page cache; the pooled connection must not keep it (memory) afterwards."""
    from core.storage import BULK_CACHE_KIB, bulk_write_cache

    db = as_tester(open_database(tmp_path / "cache.db"))
    with db.session(write=True) as session:
        raw = session.connection().connection.dbapi_connection
        default = session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
        bulk_write_cache(session)
        bulk_write_cache(session)  # twice: the size to go back to is still the default
        assert session.connection().exec_driver_sql("PRAGMA cache_size").scalar() == -BULK_CACHE_KIB
        session.commit()
    with db.session() as session:
        again = session.connection()
        assert again.connection.dbapi_connection is raw  # the same pooled connection
        assert again.exec_driver_sql("PRAGMA cache_size").scalar() == default
    db.close()


def _database_at_first_revision(path):
    """A database as release 0001 made it, with a procedure and a dossier in it."""
    db = as_tester(open_database(path, migrate=False))
    config = _alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO procedure (code, national_code, name, field, duration_unit, duration, cutoff, fee, "
            "fee_note, result, components, sources, active) VALUES ('HT-01', '1.001193', 'Đăng ký khai sinh', "
            "'Hộ tịch', 'same_day', 0, '15:00', 0, '', '', '[]', '{}', 1)"
        )
        connection.exec_driver_sql(
            "INSERT INTO dossier (code, unit_code, procedure_code, procedure_name, field, profile, applicant_name, "
            "id_number, phone, address, email, channel, received_at, due_at, duration_unit, duration, stop_kind, "
            "digitized, fee, paid_online, status, origin, created_by) VALUES ('H40-250303-0001', 'H40', 'HT-01', "
            "'Đăng ký khai sinh', 'Hộ tịch', 'nd61-2018', 'Đỗ Thị Hường', '', '', '', '', 'direct', "
            "'2025-03-03 09:00:00', '2025-03-03 17:00:00', 'same_day', 0, '', 1, 0, 0, 'received', 'intake', '')"
        )
    db.close()


def test_upgrade_keeps_data_and_copies_the_file_aside_first(tmp_path):
    path = tmp_path / "old.db"
    _database_at_first_revision(path)
    db = as_tester(open_database(path, backup_dir=tmp_path / "copies"))
    assert db.revision() == head_revision()
    with db.session() as session:
        dossier = session.exec(select(Dossier)).one()
        assert dossier.applicant_name == "Đỗ Thị Hường"
        assert dossier.applicant_key == "do thi huong"  # filled by the migration
        # a dossier from before attachments keeps its ticked flag as recorded (revision 0011): old months keep
        # their digitised rate
        assert (dossier.digitized, dossier.digitized_source) == (True, "recorded")
        assert session.exec(select(Procedure)).one().name_key == "dang ky khai sinh"
    copies = list((tmp_path / "copies").glob("old.truoc-nang-cap-0001-*.db"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("SELECT applicant_name FROM dossier").fetchone() == ("Đỗ Thị Hường",)
    assert check_database(db).problems == []
    db.close()


def test_opening_again_changes_nothing(tmp_path):
    as_tester(open_database(tmp_path / "a.db")).close()
    as_tester(open_database(tmp_path / "a.db")).close()
    assert list(tmp_path.glob("*.truoc-nang-cap-*")) == []


def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE accounts (id INTEGER)")
    with pytest.raises(UserError, match="không phải cơ sở dữ liệu Một Cửa"):
        as_tester(open_database(path))
    with sqlite3.connect(path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"accounts"}


def test_unwritable_folder_gives_a_clear_message(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="Không tạo được thư mục dữ liệu"):
        as_tester(open_database(blocker / "sub" / "office.db"))


@pytest.mark.parametrize("folder", ["Tải về%20mới", "Sao lưu 50%25", "Hồ sơ 100%", "Phòng #1 @xã", "Hỏi?đáp"])
def test_a_folder_with_url_characters_opens_the_file_it_names(tmp_path, folder):
    """Folder names may hold % # @ (on Linux also ?): a copy saved from a browser is "Tải về%20mới". The file
    opened is the one named, never the one a URL decoding of its path makes up ("Tải về mới": a new, empty
    office beside the real one), and a command that only reads finds it."""
    path = tmp_path / folder / "motcua.db"
    db = as_tester(open_database(path))
    assert db.path == path
    with db.transaction() as session:
        session.add(Procedure(code="HT-01", name="Đăng ký khai sinh", field="Hộ tịch", duration=3))
    db.close()
    assert [child.name for child in tmp_path.iterdir()] == [folder]
    assert path.exists() and missing_database(path) is None
    again = as_tester(open_database(path))
    with again.session() as session:
        assert [p.code for p in session.exec(select(Procedure)).all()] == ["HT-01"]
    again.close()


def test_the_program_folder_may_hold_a_percent_sign(tmp_path, monkeypatch):
    """A portable copy unpacked into "Phần mềm 100%": Alembic's configuration reads % as interpolation."""
    folder = tmp_path / "Phần mềm 100%" / "migrations"
    shutil.copytree(storage.MIGRATIONS, folder)
    monkeypatch.setattr(storage, "MIGRATIONS", folder)
    assert ScriptDirectory.from_config(_alembic_config()).get_current_head() == head_revision()
    db = as_tester(open_database(tmp_path / "office.db"))
    assert db.revision() == head_revision()
    db.close()


def test_an_unreachable_server_is_named_without_its_password(tmp_path):
    """The message of a server that cannot be reached is shown to the clerk and logged: it names the server and
    why in Vietnamese, never the password written in --db / MOTCUA_DB."""
    with pytest.raises(UserError) as refused:
        open_database("postgresql+psycopg://motcua:mat-khau-bi-mat@127.0.0.1:1/motcua")
    message = str(refused.value)
    assert "mat-khau-bi-mat" not in message and "127.0.0.1" in message
    assert "không kết nối được máy chủ cơ sở dữ liệu" in message and "Hãy kiểm tra mạng" in message


def test_a_password_with_an_at_sign_is_never_shown_in_part():
    """A password typed with an unescaped ``@`` splits the URL at the wrong place: what follows it would be taken
    for the server's name and shown. The clerk is told how to write it, and sees no part of it."""
    with pytest.raises(UserError) as refused:
        open_database("postgresql+psycopg://motcua:Mk@2025#xa@10.0.0.5:1/motcua")
    message = str(refused.value)
    assert "2025#xa" not in message and "Mk" not in message
    assert "%40" in message


def test_an_unknown_server_name_is_told_in_vietnamese():
    unknown = Exception("failed to resolve host 'may-chu-xa': [Errno -2] Name or service not known")
    assert database_error_reason(unknown)[0] == "không tìm thấy máy chủ cơ sở dữ liệu theo tên đã ghi"


def test_a_refused_password_is_told_as_such_not_as_an_unreachable_server():
    refused = Exception(
        'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  password authentication '
        'failed for user "motcua"'
    )
    assert database_error_reason(refused)[0] == "máy chủ cơ sở dữ liệu từ chối tên đăng nhập hoặc mật khẩu"


def test_head_constant_is_alembics_head():
    from alembic.script import ScriptDirectory

    assert ScriptDirectory.from_config(_alembic_config()).get_current_head() == head_revision()


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.db"
    as_tester(open_database(path)).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(UserError, match="phiên bản Một Cửa mới hơn"):
        as_tester(open_database(path))
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)
    assert list(tmp_path.glob("*.truoc-nang-cap-*")) == []
