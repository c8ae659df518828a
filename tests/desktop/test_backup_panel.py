"""Settings → Sao lưu: back up now, check, restore (which first backs up what it replaces)."""

from __future__ import annotations

from unittest.mock import patch

from core.dossiers import count_dossiers, intake
from core.office import init_office
from core.security.key_store import MemoryKeyStore
from desktop.backup.panel import BackupPanel
from tests.fakes import TEST_KEY


def test_back_up_check_and_restore(qtbot, database, ops, settle):
    with database.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành", place="Hoa Thành")
        intake(session, procedure_code="HT-01", applicant_name="Nguyễn Văn An", id_number="040090012345")
    panel = BackupPanel(ops, database, MemoryKeyStore(TEST_KEY))
    qtbot.addWidget(panel)
    assert "bộ nhớ" in panel.key_store.text()  # the panel says where the data key is kept
    panel.create_button.click()
    settle()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    assert "kiểm tra" in panel.message.text().lower() or "Đã sao lưu" in panel.message.text()
    with database.transaction() as session:  # a mistake after the backup
        intake(session, procedure_code="HT-01", applicant_name="Lê Thị Bình")
    panel.table.selectRow(0)
    panel.check.click()
    settle()
    assert "tốt" in panel.message.text() or "hợp lệ" in panel.message.text()
    with (
        patch("desktop.backup.panel.confirm", return_value=True),
        qtbot.waitSignal(panel.restored, timeout=15_000) as restored,
    ):
        panel.restore.click()
    settle()
    assert restored.args[0].endswith(".mcbk")  # what was replaced, backed up first
    with database.session() as session:
        assert count_dossiers(session) == 1


def test_without_a_key_the_panel_says_so(qtbot, database, ops, settle):
    panel = BackupPanel(ops, database, None)
    qtbot.addWidget(panel)
    settle()
    assert not panel.create_button.isEnabled() and "khoá" in panel.message.text()


def test_a_backup_of_another_office_asks_yes_or_no_before_it_replaces_the_data(qtbot, database, ops, settle, tmp_path):
    """Issue 13: a file of another office put among this office's backups is not restored on a single click."""
    import shutil

    from core.backups.archive import create_backup
    from core.bootstrap import prepare_database
    from core.storage import open_database
    from tests.fakes import as_tester

    keys = MemoryKeyStore(TEST_KEY)
    with database.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành")
        intake(session, procedure_code="HT-01", applicant_name="Nguyễn Văn An")
    [ours] = create_backup(database, keys).copies
    other = as_tester(open_database(tmp_path / "khac" / "khac.db"))
    prepare_database(other)
    with other.transaction() as session:
        init_office(session, unit_code="H40.25.99", name="UBND xã Khác")
    [theirs] = create_backup(other, keys).copies
    other.close()
    shutil.copy(theirs, ours)  # someone copied it there, under this office's name
    panel = BackupPanel(ops, database, keys)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    panel.table.selectRow(0)
    asked: list[str] = []

    def no(parent, title, text):
        asked.append(text)
        return len(asked) == 1  # yes to "restore a backup?", no to "another office's?"

    with patch("desktop.backup.panel.confirm", side_effect=no):
        panel.restore.click()
        settle()
    assert len(asked) == 2 and "UBND xã Khác" in asked[1] and "UBND xã Khác" in panel.message.text()
    with database.session() as session:
        assert count_dossiers(session) == 1  # nothing replaced
    with patch("desktop.backup.panel.confirm", return_value=True), qtbot.waitSignal(panel.restored, timeout=15_000):
        panel.restore.click()
    settle()
    with database.session() as session:
        assert count_dossiers(session) == 0  # the other office's data, as asked twice
