"""Hand-over to the provincial system: states at intake, the list, exports, reconciliation, report uploads."""

import csv
import datetime as dt
import json
import unicodedata

import openpyxl
import pytest
from sqlmodel import select

from core.documents import render_bytes, text_of
from core.documents.forms_handover import handover_list
from core.dossiers import get_dossier, intake
from core.errors import UserError
from core.handover.export import EXPORT_COLUMNS, export_handover
from core.handover.mapping import guess_mapping, parse_day, stored_mapping
from core.handover.mode import get_mode, initial_state, outage_periods, set_mode, set_outage
from core.handover.queue import count_pending, mark_entered, mark_pending, pending_rows
from core.handover.reconcile import levenshtein, names_close, reconcile
from core.models import DossierEvent
from core.register import import_register
from core.report_uploads import expect_upload, pending_uploads, record_report_upload
from core.security.access import acting_as
from tests.fakes import TESTER

D = dt.datetime
DAY = dt.date(2025, 10, 6)  # a Monday
NOW = D(2025, 10, 6, 17, 30)

#: A day of outage at the desk: (applicant, CCCD, procedure, hour).
PEOPLE = [
    ("Nguyễn Văn An", "040090012345", "HT-01", 8),  # matched by CCCD
    ("Trần Thị Bình", "", "HT-07", 9),  # matched by name + procedure + date
    ("Lê Hoàng Cường", "", "CT-03", 10),  # misspelt in the provincial file
    ("Phạm Thị Dung", "", "HT-03", 11),  # NFD-encoded in the provincial file
    ("Hoàng Văn Em", "", "HT-07", 14),  # never entered: unmatched on our side
    ("Đỗ Thị Giang", "001185004321", "HT-08", 15),  # entered twice in the province: a double entry
]


def accept(database, name, id_number, procedure, hour, day=DAY):
    with database.transaction() as session:
        dossier, _ = intake(
            session,
            procedure_code=procedure,
            applicant_name=name,
            id_number=id_number,
            phone="0912345678",
            address="Xóm 3, Hoa Thành",
            received_at=D(day.year, day.month, day.day, hour),
            now=NOW,
            fee=None,
            payment_method="cash",
        )
    return dossier.code


@pytest.fixture
def outage_day(office_database):
    """Outage mode switched on at 07:45, six dossiers accepted, switched off at 16:00."""
    with office_database.transaction() as session:
        set_outage(session, True, at=D(2025, 10, 6, 7, 45))
    codes = [accept(office_database, *person) for person in PEOPLE]
    with office_database.transaction() as session:
        set_outage(session, False, at=D(2025, 10, 6, 16, 0))
    return office_database, codes


def provincial_file(tmp_path, codes, suffix=".csv"):
    """What the province's export looks like after the clerk keyed the day (its own column names)."""
    nfd = unicodedata.normalize("NFD", "Phạm Thị Dung")
    rows = [
        ["HS-0001", "040090012345", "Nguyễn Văn An", "1.001193", "06/10/2025 08:05"],
        ["HS-0002", "", "TRẦN THỊ BÌNH", "Cấp Giấy xác nhận tình trạng hôn nhân", "06/10/2025"],
        ["HS-0003", "", "Lê Hoàng Cuờng", "CT-03", "2025-10-06 10:20"],  # misspelt (uờ)
        ["HS-0004", "", nfd, "1.000656", "06/10/2025"],  # NFD marks
        ["HS-0005", "", "Vũ Văn Khách", "1.001193", "06/10/2025"],  # entered online: not ours
        ["HS-0006", "001185004321", "Đỗ Thị Giang", "2.000635", "06/10/2025"],
        ["HS-0007", "001185004321", "Đỗ Thị Giang", "2.000635", "06/10/2025"],  # the same dossier again
        ["HS-0008", "", "Trần Thị Bình", "1.001193", "07/10/2025"],  # other procedure, other day
    ]
    header = ["Số hồ sơ", "Số CCCD", "Họ và tên", "Mã thủ tục", "Ngày tiếp nhận"]
    path = tmp_path / f"tinh{suffix}"
    if suffix == ".csv":
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([header, *rows])
    else:
        book = openpyxl.Workbook()
        book.active.append(header)
        for row in rows:
            book.active.append(row)
        book.save(path)
    return path


def test_outage_only_marks_just_the_dossiers_accepted_during_the_outage(office_database):
    with office_database.session() as session:
        assert get_mode(session).mode == "outage-only"
    before = accept(office_database, "Trước Mất Mạng", "", "HT-01", 7)
    with office_database.transaction() as session:
        state = set_outage(session, True, at=D(2025, 10, 6, 8, 0))
    assert state.outage_on and state.outage_by == TESTER.name and state.outage_since == D(2025, 10, 6, 8, 0)
    during = accept(office_database, "Trong Mất Mạng", "", "HT-01", 9)
    with office_database.transaction() as session:
        with acting_as(session, "lan"):  # another clerk switches it off
            set_outage(session, False, at=D(2025, 10, 6, 10, 0))
        assert initial_state(session, D(2025, 10, 6, 9, 30)) == "pending"  # keyed late, accepted during it
        assert initial_state(session, D(2025, 10, 6, 10, 0)) == "not_needed"
        assert outage_periods(session) == [
            {"from": "2025-10-06 08:00", "from_by": TESTER.name, "to": "2025-10-06 10:00", "to_by": "lan"}
        ]
    after = accept(office_database, "Sau Mất Mạng", "", "HT-01", 11)
    with office_database.session() as session:
        states = {code: get_dossier(session, code).handover for code in (before, during, after)}
    assert states == {before: "not_needed", during: "pending", after: "not_needed"}


def test_offline_first_puts_every_new_dossier_on_the_list(office_database):
    with office_database.transaction() as session:
        mode = set_mode(session, "offline-first", at=D(2025, 10, 1, 7, 0))
        assert (mode.mode, mode.mode_by, mode.mode_at) == ("offline-first", TESTER.name, D(2025, 10, 1, 7, 0))
        with pytest.raises(UserError, match="offline-first hoặc outage-only"):
            set_mode(session, "sometimes")
    codes = [
        accept(office_database, "Người Số Một", "", "HT-01", 8),
        accept(office_database, "Người Số Hai", "", "HT-03", 9),
    ]
    with office_database.session() as session:
        assert [r.code for r in pending_rows(session)] == codes and count_pending(session) == 2


def test_imported_register_dossiers_need_no_handover(office_database, tmp_path):
    path = tmp_path / "so.csv"
    path.write_text(
        "field,applicant_name,channel,received_at,procedure_code\n"
        "Hộ tịch,Nguyễn Văn Cũ,direct,2025-03-03 08:00,HT-01\n",
        encoding="utf-8",
    )
    with office_database.transaction() as session:
        set_mode(session, "offline-first")
        import_register(session, path, now=NOW)
    with office_database.session() as session:
        assert count_pending(session) == 0


def test_the_list_is_oldest_first_and_marking_records_who_and_when(outage_day):
    database, codes = outage_day
    with database.transaction() as session:
        assert [r.code for r in pending_rows(session)] == codes and count_pending(session) == 6
        dossier = mark_entered(session, codes[4], " HS-9999 ", at=D(2025, 10, 7, 8, 0))
        assert (dossier.handover, dossier.province_code, dossier.handover_by) == ("entered", "HS-9999", TESTER.name)
        assert mark_entered(session, codes[4], "HS-9999").handover_at == D(2025, 10, 7, 8, 0)
        with pytest.raises(UserError, match="đã nhập lên hệ thống tỉnh với mã HS-9999"):
            mark_entered(session, codes[4], "HS-1234")
        with pytest.raises(UserError, match="đã ghi cho hồ sơ"):
            mark_entered(session, codes[3], "HS-9999")
        with pytest.raises(UserError, match="Chưa nhập mã"):
            mark_entered(session, codes[3], "  ")
        assert count_pending(session) == 5
        events = session.exec(select(DossierEvent).where(DossierEvent.kind == "handover_entered")).all()
        assert [(e.actor, e.detail) for e in events] == [(TESTER.name, {"province_code": "HS-9999", "how": "hand"})]
        mark_pending(session, codes[4], reason="nhầm mã")
        assert count_pending(session) == 6 and get_dossier(session, codes[4]).province_code == ""


def test_export_layouts_read_back(outage_day, tmp_path):
    database, codes = outage_day
    with database.session() as session:
        for suffix in (".csv", ".xlsx", ".json"):
            assert export_handover(session, tmp_path / f"out{suffix}", now=NOW) == 6
        with pytest.raises(UserError, match=".csv, .xlsx hoặc .json"):
            export_handover(session, tmp_path / "out.pdf")
    with (tmp_path / "out.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))  # the default separator, for Excel in Vietnamese
    assert list(rows[0]) == EXPORT_COLUMNS and [r["code"] for r in rows] == codes
    first = rows[0]
    assert (first["national_procedure_code"], first["procedure_code"], first["id_number"]) == (
        "1.001193",
        "HT-01",
        '="040090012345"',
    )  # Excel keeps the leading zero
    assert first["received_at"] == "2025-10-06 08:00" and first["channel"] == "direct"
    assert first["phone"] == '="0912345678"' and first["payment_method"] == "cash" and first["paid_online"] == "0"
    assert "(bản" in first["components"] and " x1" in first["components"]
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    values = list(sheet.values)
    assert list(values[0]) == EXPORT_COLUMNS and [v[0] for v in values[1:]] == codes
    assert values[3][EXPORT_COLUMNS.index("national_procedure_code")] in (None, "")  # CT-03: no national code
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert data["format"] == "motcua-handover/1" and data["count"] == 6 and data["unit"]["code"] == "H40.25.12"
    record = data["dossiers"][1]
    assert set(record) == set(EXPORT_COLUMNS) and record["applicant_name"] == "Trần Thị Bình"
    assert record["fee"] == 15000 and record["paid_online"] is False and isinstance(record["components"], list)
    assert record["components"][0].keys() == {"name", "kind", "count", "digitized"}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_reconciliation_marks_the_right_dossiers_and_lists_the_rest(outage_day, tmp_path, suffix):
    database, codes = outage_day
    path = provincial_file(tmp_path, codes, suffix)
    with database.transaction() as session:
        result = reconcile(session, path, at=D(2025, 10, 7, 9, 0))
    marked = {m.code: (m.province_code, m.how) for m in result.marked}
    assert marked == {
        codes[0]: ("HS-0001", "cccd"),
        codes[1]: ("HS-0002", "name"),
        codes[2]: ("HS-0003", "name"),
        codes[3]: ("HS-0004", "name"),
    }
    assert [(d.code, d.province_codes) for d in result.doubles] == [(codes[5], ("HS-0006", "HS-0007"))]
    assert [r.code for r in result.unmatched_ours] == [codes[4]]
    assert sorted((u.province_code, u.reason) for u in result.unmatched_theirs) == [
        ("HS-0005", "none"),
        ("HS-0008", "none"),
    ]
    with database.session() as session:
        assert [r.code for r in pending_rows(session)] == [codes[4], codes[5]]  # the double is never merged
        assert get_dossier(session, codes[3]).province_code == "HS-0004"
        assert stored_mapping(session) == {
            "province_code": "Số hồ sơ",
            "id_number": "Số CCCD",
            "applicant_name": "Họ và tên",
            "procedure": "Mã thủ tục",
            "received_at": "Ngày tiếp nhận",
        }
    with database.transaction() as session:  # the same file again: nothing new, nothing lost
        again = reconcile(session, path)
    assert again.marked == [] and {m.code for m in again.already} == set(codes[:4])
    assert len(again.doubles) == 1 and [r.code for r in again.unmatched_ours] == [codes[4]]


def test_a_second_code_for_an_entered_dossier_is_a_double_entry(outage_day, tmp_path):
    database, codes = outage_day
    with database.transaction() as session:
        mark_entered(session, codes[0], "HS-0100")
    path = tmp_path / "p.csv"
    path.write_text("Mã hồ sơ,CCCD\nHS-0001,040090012345\n", encoding="utf-8")
    with database.transaction() as session:
        result = reconcile(session, path)
    assert [(d.code, d.province_codes) for d in result.doubles] == [(codes[0], ("HS-0001", "HS-0100"))]
    assert result.marked == []


def test_mapping_is_checked_remembered_and_dry_runs_change_nothing(outage_day, tmp_path):
    database, codes = outage_day
    path = tmp_path / "p.csv"
    path.write_text("Cột A,Cột B,Cột C\nHS-1,Nguyễn Văn An,06/10/2025\n", encoding="utf-8")
    with database.transaction() as session:
        with pytest.raises(UserError, match="Chưa chọn cột cho: Mã hồ sơ trên hệ thống tỉnh"):
            reconcile(session, path)
        with pytest.raises(UserError, match='không có cột "Cột Z"'):
            reconcile(session, path, mapping={"province_code": "Cột Z"})
        mapping = {"province_code": "Cột A", "applicant_name": "Cột B", "received_at": "Cột C"}
        preview = reconcile(session, path, mapping=mapping, apply=False)
        assert [m.code for m in preview.marked] == [codes[0]] and count_pending(session) == 6
        assert stored_mapping(session) == {}
        reconcile(session, path, mapping=mapping)
        assert count_pending(session) == 5 and stored_mapping(session) == mapping
        assert reconcile(session, path).mapping == mapping  # remembered


def test_names_dates_and_guesses():
    assert levenshtein("nguyen van an", "nguyen van anh") == 1
    assert names_close("Lê Hoàng Cường", "Le Hoang Cuong") and names_close("Lê Hoàng Cường", "Lê Hoàng Cuờng")
    assert names_close(unicodedata.normalize("NFD", "Phạm Thị Dung"), "PHẠM THỊ DUNG")
    assert not names_close("Lê Văn An", "Lê Văn Anh Tú") and not names_close("An", "Ba")
    assert parse_day("06/10/2025 08:05") == dt.date(2025, 10, 6) == parse_day("2025-10-06")
    assert parse_day("hôm qua") is None and parse_day("31/02/2025") is None
    assert guess_mapping(["Mã hồ sơ", "Họ tên", "Số CCCD", "Khác"]) == {
        "province_code": "Mã hồ sơ",
        "id_number": "Số CCCD",
        "applicant_name": "Họ tên",
    }


def test_the_desk_list_prints_every_pending_dossier(outage_day):
    database, codes = outage_day
    with database.session() as session:
        document = handover_list(session, today=dt.date(2025, 10, 7))
        pdf = render_bytes(document)
    text = text_of(document)
    assert "DANH SÁCH HỒ SƠ CHỜ NHẬP VÀO HỆ THỐNG CỦA TỈNH" in text and "Tổng số: 6 hồ sơ" in text
    assert all(code in text for code in codes) and "040090012345" not in text and "040*******45" in text
    assert pdf.startswith(b"%PDF")


def test_report_uploads_stay_pending_until_recorded(database):
    with database.transaction() as session:
        expect_upload(session, "2025-09")
        expect_upload(session, "2025-09")
        assert pending_uploads(session) == ["2025-09"]
        assert pending_uploads(session, submitted=["2025-10", "2025-09"]) == ["2025-09", "2025-10"]
        row = record_report_upload(session, "2025-09", D(2025, 10, 3, 9, 0))
        assert (row.actor, row.uploaded_at) == (TESTER.name, D(2025, 10, 3, 9, 0))
        assert pending_uploads(session) == [] and pending_uploads(session, submitted=["2025-09"]) == []
        with pytest.raises(UserError, match="đã ghi nhận tải lên"):
            record_report_upload(session, "2025-09", D(2025, 10, 4, 9, 0))
        with pytest.raises(UserError, match="không hợp lệ"):
            record_report_upload(session, "2025-13", D(2025, 10, 4, 9, 0))


def test_a_new_revision_of_an_uploaded_report_goes_back_on_the_list(database):
    with database.transaction() as session:
        expect_upload(session, "2025-09")
        with acting_as(session, "lan"):
            record_report_upload(session, "2025-09", D(2025, 10, 3, 9, 0))
        expect_upload(session, "2025-09")  # the same revision again: nothing changes
        assert pending_uploads(session) == []
        row = expect_upload(session, "2025-09", revision=2)
        assert pending_uploads(session) == ["2025-09"] and row.uploaded_at is None
        assert "Bản trước đã tải lên lúc 09:00 03/10/2025 (lan)" in row.note
        with acting_as(session, "mai"):
            assert record_report_upload(session, "2025-09", D(2025, 10, 6, 8, 0)).actor == "mai"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_name_typed_as_a_formula_never_runs_in_the_handover_export(office_database, tmp_path, suffix):
    """Issue 13: an applicant named ``=HYPERLINK(…&F2…)`` became a live link carrying the CCCD beside it."""
    from tests.spreadsheets import HYPERLINK, formula_cells

    with office_database.transaction() as session:
        set_outage(session, True, at=D(2025, 10, 6, 7, 45))
    accept(office_database, HYPERLINK, "040090012345", "HT-01", 8)
    path = tmp_path / f"ds{suffix}"
    with office_database.session() as session:
        assert export_handover(session, path, now=NOW) == 1
    column = EXPORT_COLUMNS.index("applicant_name")
    if suffix == ".xlsx":
        assert formula_cells(path) == []
        assert openpyxl.load_workbook(path).active.cell(2, column + 1).value == HYPERLINK
    else:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            record = list(csv.reader(handle, delimiter=";"))[1]
        assert record[column] == "'" + HYPERLINK
        assert record[EXPORT_COLUMNS.index("id_number")] == '="040090012345"'


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".json"])
def test_a_handover_file_held_open_is_kept_and_no_side_file_is_left(outage_day, tmp_path, monkeypatch, suffix):
    import os

    from core import files
    from core.files import FileInUse
    from tests.spreadsheets import leftovers, sharing_violation

    database, _ = outage_day
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / f"ds{suffix}"
    target.write_bytes(b"the old list")
    monkeypatch.setattr(files, "RETRY_SECONDS", 0.1)
    monkeypatch.setattr(os, "replace", sharing_violation)
    with database.session() as session, pytest.raises(FileInUse, match=f"ds\\{suffix}"):
        export_handover(session, target, now=NOW)
    assert target.read_bytes() == b"the old list" and leftovers(target.parent, target.name) == []
