"""CCCD, phone and address encrypted at rest, found by keyed hash, masked for roles that need not see them."""

from __future__ import annotations

import sqlite3

import pytest

from core.dossiers import DossierFilter, get_dossier, intake, list_rows
from core.errors import UserError
from core.office import init_office
from core.security.access import Caller, Role
from core.security.data_key import open_office_data as open_personal_data
from core.security.key_store import MemoryKeyStore
from core.security.protect import LOCKED, Cipher, mask_address, mask_id_number, mask_phone
from tests.databases import new_database
from tests.fakes import TEST_KEY, as_tester

CCCD, PHONE, ADDRESS = "040090012345", "0912345678", "Xóm 3, xã Hoa Thành"


@pytest.fixture
def office(tmp_path):
    database = new_database(tmp_path / "office.db")
    with database.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành", place="Hoa Thành")
        code = intake(
            session,
            procedure_code="HT-01",
            applicant_name="Nguyễn Văn An",
            id_number=CCCD,
            phone=PHONE,
            address=ADDRESS,
        )[0].code
    yield database, code, tmp_path / "office.db"
    database.close()


def test_the_file_holds_no_clear_personal_data(office):
    database, code, path = office
    raw = sqlite3.connect(path).execute("SELECT id_number, phone, address, id_number_hash FROM dossier").fetchone()
    assert all(value.startswith("enc1:") for value in raw[:3]) and len(raw[3]) == 32
    wal = path.with_name(path.name + "-wal")
    blob = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    for secret in (CCCD, PHONE, "Xóm 3"):
        assert secret.encode() not in blob
    with database.session() as session:
        dossier = get_dossier(session, code)
        assert (dossier.id_number, dossier.phone, dossier.address) == (CCCD, PHONE, ADDRESS)


def test_exact_cccd_and_phone_search_work_through_the_keyed_hash(office):
    database, code, _ = office
    with database.session() as session:
        for query in (CCCD, PHONE, "+84912345678", "091 234 5678"):
            assert [r.code for r in list_rows(session, DossierFilter(search=query))] == [code], query
        assert list_rows(session, DossierFilter(search="040090012346")) == []


def test_without_the_key_values_read_locked_and_writes_are_refused(office):
    database, code, _ = office
    database.unlock(None)
    with database.session() as session:
        assert get_dossier(session, code).id_number == LOCKED
    with pytest.raises(UserError, match="Chưa mở khoá dữ liệu cá nhân"), database.transaction() as session:
        intake(session, procedure_code="HT-01", applicant_name="Lê Thị Bình", id_number="040190012345")
    database.unlock(Cipher(TEST_KEY))


def test_another_offices_key_leaves_the_database_locked(office):
    database, code, _ = office
    protection = open_personal_data(database, MemoryKeyStore(b"x" * 32))
    assert not protection.unlocked and "key import" in protection.message
    with database.session() as session:
        assert get_dossier(session, code).phone == LOCKED
    assert open_personal_data(database, MemoryKeyStore(TEST_KEY)).unlocked


def test_clear_values_from_an_older_database_are_encrypted_when_first_unlocked(office):
    database, code, path = office
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE dossier SET phone = '0987654321', phone_hash = ''")
    database.unlock(None)
    with sqlite3.connect(path) as raw:
        raw.execute("DELETE FROM setting WHERE key = 'protection.complete'")
    assert open_personal_data(database, MemoryKeyStore(TEST_KEY)).unlocked
    phone = sqlite3.connect(path).execute("SELECT phone FROM dossier").fetchone()[0]
    assert phone.startswith("enc1:")
    with database.session() as session:
        assert [r.code for r in list_rows(session, DossierFilter(search="0987654321"))] == [code]


def test_masks_keep_only_what_identifies_nobody():
    assert mask_id_number(CCCD) == "040•••••••45"
    assert mask_phone(PHONE) == "091•••••78"
    assert mask_address(ADDRESS) == "…, xã Hoa Thành"
    assert mask_id_number("") == "" and mask_id_number(LOCKED) == LOCKED


def test_roles_without_personal_data_see_it_masked(office):
    from core.dossiers import applicant_of

    database, code, _ = office
    leader = as_tester(database, Caller("chutich", frozenset({Role.LEADER})))
    with leader.session() as session:
        shown = applicant_of(session, get_dossier(session, code))
    assert (shown.id_number, shown.phone, shown.address) == ("040•••••••45", "091•••••78", "…, xã Hoa Thành")
    with database.session() as session:
        assert applicant_of(session, get_dossier(session, code)).id_number == CCCD
