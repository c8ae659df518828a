"""Settings → Khoá dữ liệu: the recovery sheet, a copy for another desk, and bringing the key to a locked desk.

The attacks first: a desk without the key stays locked rather than making a new one; a key that is not the
office's (another office's file, another sheet's groups) is refused and the desk keeps what it had; a clerk
cannot take or bring the key; every action is in the trail."""

from __future__ import annotations

import secrets

import pytest

import desktop.backup.key_panel as key_panel
from core.dossiers import intake
from core.office import init_office
from core.security.access import AccessDenied, Caller, Role
from core.security.audit_check import events
from core.security.data_key import bring_key, key_fingerprint, open_office_data
from core.security.key_store import MemoryKeyStore
from core.security.recovery import encode_key
from core.storage import open_database
from desktop.backup.key_panel import KeyPanel
from desktop.operations import Operations
from tests.fakes import TEST_KEY, TESTER


@pytest.fixture
def office(database):
    """An office whose data uses the test key (recorded), with one dossier holding a CCCD."""
    assert open_office_data(database, MemoryKeyStore(TEST_KEY)).unlocked
    with database.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành")
        intake(session, procedure_code="HT-01", applicant_name="Nguyễn Văn An", id_number="040090012345")
    return database


@pytest.fixture
def second_desk(office, tmp_path):
    """The same database opened on a desk whose key store is empty (a new Windows profile): locked."""
    store = MemoryKeyStore()
    database = open_database(tmp_path / "t.db")
    protection = open_office_data(database, store)
    assert not protection.unlocked and key_fingerprint(TEST_KEY) in protection.message
    assert store.key is None  # never a new key for data that has one
    yield database.as_caller(TESTER), store
    database.close()


def _actions(database, action):
    with database.session() as session:
        return [e for e in events(session, action=action)]


def test_the_admin_prints_the_sheet_and_copies_the_key_for_another_desk(
    qtbot, office, ops, settle, tmp_path, monkeypatch
):
    shown: list[tuple[bytes, str]] = []
    monkeypatch.setattr(key_panel, "show_sheet", lambda parent, data, fingerprint: shown.append((data, fingerprint)))
    panel = KeyPanel(ops, office, MemoryKeyStore(TEST_KEY))
    qtbot.addWidget(panel)
    settle()
    fingerprint = key_fingerprint(TEST_KEY)
    assert panel.status.text().count(fingerprint) == 2 and panel.sheet.isEnabled()
    panel.sheet.click()
    settle()
    [(data, printed)] = shown
    assert data.startswith(b"%PDF") and printed == fingerprint and "tủ" in panel.message.text()
    target = tmp_path / "khoa.mckey"
    monkeypatch.setattr(key_panel, "ask_export_path", lambda parent: str(target))
    monkeypatch.setattr(key_panel, "ask_passphrase", lambda *a, **k: "mật khẩu tệp khoá")
    panel.export.click()
    settle()
    assert target.is_file() and TEST_KEY not in target.read_bytes() and fingerprint in panel.message.text()
    assert _actions(office, "in phiếu khôi phục khoá") and _actions(office, "xuất khoá dữ liệu")


def test_a_locked_desk_takes_the_office_key_from_the_file_and_nothing_else(
    qtbot, second_desk, office, tmp_path, monkeypatch
):
    database, store = second_desk
    ops = Operations(database, show_error=lambda text: None)
    try:
        from core.security.data_key import export_key

        good, stranger = tmp_path / "khoa.mckey", tmp_path / "la.mckey"
        export_key(office, MemoryKeyStore(TEST_KEY), good, "mật khẩu tệp khoá")
        other = open_database(tmp_path / "khac.db")  # another office's database and key
        other_key = secrets.token_bytes(32)
        assert open_office_data(other, MemoryKeyStore(other_key)).unlocked
        export_key(other.as_caller(TESTER), MemoryKeyStore(other_key), stranger, "mật khẩu tệp khoá")
        other.close()
        panel = KeyPanel(ops, database, store)
        qtbot.addWidget(panel)
        qtbot.waitUntil(ops.is_idle)
        assert not panel.sheet.isEnabled() and not panel.export.isEnabled()  # nothing to print on a locked desk
        monkeypatch.setattr(key_panel, "ask_passphrase", lambda *a, **k: "mật khẩu tệp khoá")
        monkeypatch.setattr(key_panel, "ask_key_file", lambda parent: str(stranger))
        panel.import_file.click()
        qtbot.waitUntil(lambda: panel.message.text() != "")
        qtbot.waitUntil(ops.is_idle)
        assert "không phải khoá của cơ sở dữ liệu này" in panel.message.text() and store.key is None
        monkeypatch.setattr(key_panel, "ask_passphrase", lambda *a, **k: "sai mật khẩu")
        monkeypatch.setattr(key_panel, "ask_key_file", lambda parent: str(good))
        panel.import_file.click()
        qtbot.waitUntil(ops.is_idle)
        assert store.key is None and panel.message.text()
        monkeypatch.setattr(key_panel, "ask_passphrase", lambda *a, **k: "mật khẩu tệp khoá")
        with qtbot.waitSignal(panel.key_brought, timeout=10_000) as brought:
            panel.import_file.click()
        qtbot.waitUntil(ops.is_idle)
        assert brought.args == [key_fingerprint(TEST_KEY)] and store.key == TEST_KEY and database.unlocked
        assert _actions(database, "nhận khoá từ tệp")
    finally:
        ops.shutdown()


def test_a_locked_desk_takes_the_key_typed_from_the_recovery_sheet(qtbot, second_desk, monkeypatch):
    database, store = second_desk
    ops = Operations(database, show_error=lambda text: None)
    try:
        panel = KeyPanel(ops, database, store)
        qtbot.addWidget(panel)
        monkeypatch.setattr(
            key_panel, "ask_recovery_groups", lambda parent: " ".join(encode_key(secrets.token_bytes(32)))
        )
        panel.recover.click()
        qtbot.waitUntil(lambda: "không phải khoá" in panel.message.text())
        assert store.key is None
        monkeypatch.setattr(key_panel, "ask_recovery_groups", lambda parent: "\n".join(encode_key(TEST_KEY)).lower())
        with qtbot.waitSignal(panel.key_brought, timeout=10_000):
            panel.recover.click()
        qtbot.waitUntil(ops.is_idle)
        assert store.key == TEST_KEY and _actions(database, "nhận khoá từ phiếu khôi phục")
    finally:
        ops.shutdown()


def test_the_recovery_dialog_names_a_mistyped_group(qtbot):
    dialog = key_panel.RecoveryDialog()
    qtbot.addWidget(dialog)
    groups = encode_key(TEST_KEY)
    groups[3] = groups[3][:-1] + ("A" if groups[3][-1] != "A" else "B")
    dialog.groups.setPlainText(" ".join(groups))
    dialog.ok_button.click()
    assert dialog.result() != dialog.DialogCode.Accepted and "4" in dialog.message.text()


def test_a_clerk_cannot_bring_or_take_the_key(second_desk):
    database, store = second_desk
    clerk = database.as_caller(Caller("lan", frozenset({Role.CLERK}), "Trần Thị Lan"))
    with pytest.raises(AccessDenied):
        bring_key(clerk, store, TEST_KEY, how="nhận khoá từ tệp")
    assert store.key is None
