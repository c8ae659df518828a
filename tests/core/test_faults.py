"""Faults: a SQLite file on a network share, a full disk, a read-only database file."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import unicodedata

import pytest
from sqlalchemy import event

import core.storage
from cli.main import main
from core.dossiers import intake
from core.errors import UserError
from core.office import init_office
from core.storage import network_share, open_database
from tests.databases import new_database
from tests.fakes import as_tester

NOW = dt.datetime(2025, 11, 6, 10, 0)
MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
//nas/motcua /mnt/office cifs rw,relatime,vers=3.0 0 0
/dev/sdb1 /mnt/office/local ext4 rw 0 0
server:/export /srv/nfs\\040share nfs4 rw 0 0
me@host:/home /home/me/remote fuse.sshfs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.fixture
def mounts(tmp_path, monkeypatch):
    def use(text: str) -> None:
        (tmp_path / "mounts").write_text(text)
        monkeypatch.setattr(core.storage, "PROC_MOUNTS", tmp_path / "mounts")

    use(MOUNTS)
    return use


def test_network_shares_are_recognised(mounts):
    assert network_share("/mnt/office/data/motcua.db") == "cifs"
    assert network_share("/mnt/office") == "cifs"
    assert network_share("/mnt/office/local/motcua.db") is None  # a local disk mounted inside the share
    assert network_share("/mnt/officepc/motcua.db") is None
    assert network_share("/srv/nfs share/motcua.db") == "nfs4"
    assert network_share("/home/me/remote/a.db") == "fuse.sshfs"
    assert network_share("/tmp/a.db") is None


def test_a_database_on_a_network_share_is_refused_unless_allowed(tmp_path, mounts):
    mounts(MOUNTS + f"//nas/share {tmp_path / 'share'} smb3 rw 0 0\n")
    with pytest.raises(UserError, match="ổ mạng \\(smb3\\).*PostgreSQL"):
        as_tester(open_database(tmp_path / "share" / "motcua.db"))
    assert not (tmp_path / "share").exists()  # refused before anything was created
    as_tester(open_database(tmp_path / "share" / "motcua.db", allow_network_share=True)).close()
    code = main(["check", "--db", str(tmp_path / "share" / "motcua.db")])
    assert code == 2


@pytest.mark.parametrize(
    ("variable", "folder"),
    [
        ("OneDrive", "OneDrive"),
        ("OneDriveCommercial", "OneDrive - UBND xã Hoa Thành"),
        ("", "Dropbox"),
        ("", "Drive của tôi"),
        ("", unicodedata.normalize("NFD", "Drive của tôi")),
    ],
)
def test_a_database_in_a_synced_folder_is_refused_untouched(tmp_path, monkeypatch, variable, folder):
    """Windows 10/11 move Documents and Desktop into OneDrive: a copy of motcua.db put there is uploaded and
    replaced by the sync while SQLite writes beside it (its -wal file), which loses commits or corrupts it."""
    for name in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        monkeypatch.delenv(name, raising=False)
    if variable:
        monkeypatch.setenv(variable, str(tmp_path / folder))
    path = tmp_path / folder / "Tài liệu" / "motcua.db"
    with pytest.raises(UserError, match="đồng bộ.*ổ đĩa của máy"):
        as_tester(open_database(path))
    assert not path.parent.exists()  # refused before anything was created
    path.parent.mkdir(parents=True)
    new_database(tmp_path / "office.db").close()
    shutil.copy(tmp_path / "office.db", path)
    before = path.read_bytes()
    with pytest.raises(UserError, match="đồng bộ"):
        as_tester(open_database(path))
    assert path.read_bytes() == before and sorted(p.name for p in path.parent.iterdir()) == ["motcua.db"]
    assert main(["check", "--db", str(path)]) == 2


def test_a_folder_only_named_like_a_sync_service_is_not_refused(tmp_path, monkeypatch):
    monkeypatch.delenv("OneDrive", raising=False)
    as_tester(open_database(tmp_path / "Sao lưu OneDrive cũ" / "motcua.db")).close()
    as_tester(open_database(tmp_path / "OneDrive2" / "motcua.db")).close()


@pytest.fixture
def office(tmp_path):
    database = new_database(tmp_path / "office.db")
    with database.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành")
    yield database
    database.close()


def accept(database, name: str = "Nguyễn Văn An"):
    with database.transaction() as session:
        return intake(session, procedure_code="BTXH-01", applicant_name=name, address="x" * 2000, now=NOW)[0]


def dossiers_in(database) -> int:
    with database.engine.connect() as connection:
        return connection.exec_driver_sql("SELECT count(*) FROM dossier").scalar()


def test_a_full_disk_gives_a_clear_message_and_writes_nothing(office):
    accept(office)

    def disk_full(connection, _record):  # the file may not grow by a single page
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages}")

    office.engine.dispose()
    event.listen(office.engine, "connect", disk_full)
    with pytest.raises(UserError, match="ổ đĩa đã đầy.*chưa được ghi") as caught:
        for n in range(200):
            accept(office, f"Người thứ {n}")
    assert "\n" not in str(caught.value)
    written = dossiers_in(office)
    event.remove(office.engine, "connect", disk_full)
    office.engine.dispose()
    assert dossiers_in(office) == written  # what was refused left no trace


def test_a_read_only_database_gives_a_clear_message(office):
    accept(office)
    office.close()
    read_only = as_tester(open_database(f"sqlite:///file:{office.path}?mode=ro&uri=true"))
    with pytest.raises(UserError, match="chỉ cho phép đọc.*chưa được ghi"):
        accept(read_only)
    assert dossiers_in(read_only) == 1
    read_only.close()


@pytest.fixture
def locked_file(office):
    """The database file made read-only for this process: chmod, or for root (whom chmod does not stop)
    the immutable attribute."""
    accept(office)
    office.close()
    path = office.path
    if os.geteuid() != 0:
        path.chmod(0o444)
        yield path
        path.chmod(0o644)
        return
    if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
        pytest.skip("running as root without chattr: a read-only file cannot be made here")
    try:
        yield path
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_read_only_database_file_on_the_command_line(locked_file, capsys):
    code = main(
        [
            "intake",
            "--procedure",
            "BTXH-01",
            "--applicant",
            "Trần Văn Bình",
            "--received",
            "2025-11-06 09:00",
            "--db",
            str(locked_file),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and "chỉ cho phép đọc" in err and err.count("\n") == 1 and "Traceback" not in err
