"""Importing a register kept elsewhere (all rows or none) and exporting ours in the same layout."""

import csv
import datetime as dt
import io

import pytest
from sqlmodel import func, select

from core.dossiers import intake
from core.errors import UserError
from core.models import Apology, Dossier, Rating
from core.procedures import save_procedure
from core.register import REGISTER_COLUMNS, export_register, import_register
from tests.fakes import as_tester
from tests.spreadsheets import HYPERLINK, formula_cells, sharing_violation, to_cp1258

HEADER = (
    "code,procedure_code,field,applicant_name,id_number,phone,channel,received_at,due_at,result_at,"
    "returned_at,stopped_at,digitized,fee,paid_online,apology_at,new_due_at,rating"
)
NOW = dt.datetime(2025, 12, 31, 12)


@pytest.fixture
def desk(office_database):
    with office_database.transaction() as session:
        save_procedure(
            session,
            {"code": "T-2D", "name": "Thủ tục hai ngày", "field": "Hộ tịch", "duration_unit": "day", "duration": 2},
        )
    return office_database


def write(path, *lines, header=HEADER):
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return path


def run_import(database, path):
    with database.transaction() as session:
        return import_register(session, path, now=NOW)


def dossier_count(database):
    with database.session() as session:
        return session.exec(select(func.count()).select_from(Dossier)).one()


def test_import_fills_codes_due_dates_ratings_and_apologies(desk, tmp_path):
    path = write(
        tmp_path / "so.csv",
        ",T-2D,Hộ tịch,Lê Văn Bình,,,direct,2025-03-03 09:00,,2025-03-04 10:00,2025-03-05 08:00,,1,0,0,,,3",
        "H40.25.12-250303-0007,,Chứng thực,Phạm Thị Cúc,,0912345678,online,2025-03-03 10:00,"
        "2025-03-03 17:00,,,,0,10000,1,2025-03-03 16:00,2025-03-05 17:00,",
        ",,Đất đai,Hoàng Văn Dũng,,,postal,2025-03-03 11:00,2025-03-20 11:00,,,2025-03-10 09:00,0,0,0,,,",
    )
    assert run_import(desk, path) == 3
    with desk.session() as session:
        rows = {d.applicant_name: d for d in session.exec(select(Dossier))}
        assert rows["Lê Văn Bình"].due_at == dt.datetime(2025, 3, 5, 9)  # from the procedure and calendar
        assert rows["Lê Văn Bình"].code == "H40.25.12-250303-0008"  # after the imported 0007
        assert rows["Lê Văn Bình"].status == "returned"
        assert rows["Hoàng Văn Dũng"].status == "stopped"
        assert rows["Phạm Thị Cúc"].paid_online and rows["Phạm Thị Cúc"].fee == 10000
        # an imported register keeps its digitised flag as recorded (issue 16): reported apart from files
        assert (rows["Lê Văn Bình"].digitized, rows["Lê Văn Bình"].digitized_source) == (True, "recorded")
        assert {d.digitized_source for d in rows.values()} == {"recorded"}
        rating = session.exec(select(Rating)).one()
        assert rating.level == 3 and rating.at == dt.datetime(2025, 3, 5, 8)
        apology = session.exec(select(Apology)).one()
        assert apology.new_due_at == dt.datetime(2025, 3, 5, 17)
        dossier, _ = intake(
            session, procedure_code="T-2D", applicant_name="Mới", received_at=dt.datetime(2025, 3, 3, 15), now=NOW
        )
        assert rows["Hoàng Văn Dũng"].code == "H40.25.12-250303-0009"
        assert dossier.code == "H40.25.12-250303-0010"  # the counter moved past every imported number


@pytest.mark.parametrize(
    "line, where",
    [
        (",T-2D,Hộ tịch,A,,,direct,2025-02-30 09:00,,,,,0,0,0,,,", "Dòng 3, cột received_at"),
        (",T-2D,Hộ tịch,A,,,fax,2025-03-03 09:00,,,,,0,0,0,,,", "Dòng 3, cột channel"),
        (",NO-SUCH,Hộ tịch,A,,,direct,2025-03-03 09:00,,,,,0,0,0,,,", "Dòng 3, cột procedure_code"),
        (",T-2D,Hộ tịch,A,,,direct,2025-03-03 09:00,,,,,2,0,0,,,", "Dòng 3, cột digitized"),
        (",T-2D,Hộ tịch,A,,,direct,2025-03-03 09:00,,,,,0,-5,0,,,", "Dòng 3, cột fee"),
        (",T-2D,Hộ tịch,A,,,direct,2025-03-03 09:00,,,,,0,0,0,,,4", "Dòng 3, cột rating"),
        (",T-2D,Hộ tịch,A,,,direct,2025-03-03 09:00,,,,,0,0,0,,,2", "Dòng 3, cột rating"),
        (",T-2D,Hộ tịch,A,12345,,direct,2025-03-03 09:00,,,,,0,0,0,,,", "Dòng 3, cột id_number"),
        (",T-2D,Hộ tịch,,,,direct,2025-03-03 09:00,,,,,0,0,0,,,", "Dòng 3, cột applicant_name"),
        (",T-2D,Hộ tịch,A,,,direct,2025-03-03 09:00,2025-03-01 09:00,,,,0,0,0,,,", "Dòng 3, cột due_at"),
        (",T-2D,Hộ tịch,A,,,direct,2025-03-03 09:00,,2025-03-02 09:00,,,0,0,0,,,", "Dòng 3, cột result_at"),
        ("X-1,T-2D,Hộ tịch,A,,,direct,2025-03-03 09:00,,,,,0,0,0,,,", "Dòng 3, cột code"),
    ],
)
def test_a_bad_row_names_line_and_column_and_nothing_is_written(desk, tmp_path, line, where):
    good = "X-1,T-2D,Hộ tịch,Người tốt,,,direct,2025-03-03 08:00,,,,,0,0,0,,,"
    with pytest.raises(UserError) as error:
        run_import(desk, write(tmp_path / "so.csv", good, line))
    assert str(error.value).startswith(where)
    assert dossier_count(desk) == 0


def test_header_problems_are_refused(desk, tmp_path):
    with pytest.raises(UserError, match='Cột "ghi_chu"'):
        run_import(desk, write(tmp_path / "a.csv", "x", header=HEADER + ",ghi_chu"))
    with pytest.raises(UserError, match='Thiếu cột bắt buộc "channel"'):
        run_import(
            desk,
            write(
                tmp_path / "b.csv",
                "Hộ tịch,A,2025-03-03 09:00,2025-03-04 09:00",
                header="field,applicant_name,received_at,due_at",
            ),
        )
    with pytest.raises(UserError, match=r"\.csv hoặc \.xlsx"):
        run_import(desk, write(tmp_path / "c.txt.json", "x"))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_round_trips(desk, tmp_path, suffix):
    source = write(
        tmp_path / "in.csv",
        "H40.25.12-250303-0001,T-2D,Hộ tịch,Nguyễn Thị Ánh,040190012345,0912345678,online,"
        "2025-03-03 09:00,2025-03-05 09:00,2025-03-04 15:00,2025-03-05 08:00,,1,8000,1,,,2",
        "H40.25.12-250303-0002,T-2D,Hộ tịch,Đặng Văn Đức,,,direct,2025-03-03 10:00,2025-03-05 10:00,"
        ",,,0,0,0,2025-03-04 16:00,2025-03-07 10:00,",
    )
    run_import(desk, source)
    exported = tmp_path / f"out{suffix}"
    with desk.session() as session:
        assert export_register(session, exported) == 2
    other = tmp_path / "other.db"
    from core.bootstrap import prepare_database
    from core.office import init_office
    from core.storage import open_database

    copy = as_tester(open_database(other))
    prepare_database(copy)
    with copy.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành")
        save_procedure(
            session,
            {"code": "T-2D", "name": "Thủ tục hai ngày", "field": "Hộ tịch", "duration_unit": "day", "duration": 2},
        )
    run_import(copy, exported)
    again = tmp_path / "again.csv"
    with copy.session() as session:
        export_register(session, again)
    first = tmp_path / "first.csv"
    with desk.session() as session:
        export_register(session, first)
    assert again.read_text(encoding="utf-8-sig") == first.read_text(encoding="utf-8-sig")
    with first.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))  # the default separator, for Excel in Vietnamese
    assert list(rows[0]) == REGISTER_COLUMNS
    assert rows[0]["applicant_name"] == "Nguyễn Thị Ánh" and rows[0]["rating"] == "2"
    assert rows[0]["id_number"] == '="040190012345"' and rows[0]["phone"] == '="0912345678"'  # zeros kept
    assert rows[1]["apology_at"] == "2025-03-04 16:00" and rows[1]["new_due_at"] == "2025-03-07 10:00"
    copy.close()


# == issue 13: a name typed as a formula never runs; issue 14: CSV as Excel in Vietnamese saves it ==========
@pytest.fixture
def hostile_names(desk):
    with desk.transaction() as session:
        for n, name in enumerate([HYPERLINK, "-Nguyễn Văn An", "@Lê Thị Bình", "+84 Trần Cúc"]):
            intake(
                session,
                procedure_code="T-2D",
                applicant_name=name,
                id_number="040190012345",
                phone="0912345678",
                received_at=dt.datetime(2025, 3, 3, 9 + n),
                now=NOW,
            )
    return desk


def test_a_name_typed_as_a_formula_is_text_in_the_register_xlsx(hostile_names, tmp_path):
    path = tmp_path / "so.xlsx"
    with hostile_names.session() as session:
        export_register(session, path)
    assert formula_cells(path) == []
    import openpyxl

    sheet = openpyxl.load_workbook(path).active
    column = REGISTER_COLUMNS.index("applicant_name") + 1
    cell = sheet.cell(2, column)
    assert cell.value == HYPERLINK and cell.data_type == "s" and cell.quotePrefix
    assert sheet.cell(2, REGISTER_COLUMNS.index("id_number") + 1).value == "040190012345"  # text: zero kept


def test_a_name_typed_as_a_formula_is_neutralised_in_the_register_csv_and_read_back(hostile_names, tmp_path):
    path = tmp_path / "so.csv"
    with hostile_names.session() as session:
        export_register(session, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        records = list(csv.reader(handle, delimiter=";"))
    names = [r[REGISTER_COLUMNS.index("applicant_name")] for r in records[1:]]
    assert names == ["'" + HYPERLINK, "'-Nguyễn Văn An", "'@Lê Thị Bình", "'+84 Trần Cúc"]
    assert all(
        not cell.startswith(("=", "+", "-", "@", "\t", "\r")) or cell in ('="040190012345"', '="0912345678"')
        for record in records
        for cell in record
    )
    copy = _another_office(tmp_path / "other.db")  # the same file read back: the original names, the zeros
    assert run_import(copy, path) == 4
    with copy.session() as session:
        dossiers = session.exec(select(Dossier).order_by(Dossier.received_at)).all()
        assert [d.applicant_name for d in dossiers] == [HYPERLINK, "-Nguyễn Văn An", "@Lê Thị Bình", "+84 Trần Cúc"]
        assert {(d.id_number, d.phone) for d in dossiers} == {("040190012345", "0912345678")}
    copy.close()


def _another_office(path):
    from core.bootstrap import prepare_database
    from core.office import init_office
    from core.storage import open_database

    copy = as_tester(open_database(path))
    prepare_database(copy)
    with copy.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành")
        save_procedure(
            session,
            {"code": "T-2D", "name": "Thủ tục hai ngày", "field": "Hộ tịch", "duration_unit": "day", "duration": 2},
        )
    return copy


def _excel_vietnamese(path, rows, *, encoding="utf-8-sig", separator=";"):
    """A register as Excel under a Vietnamese regional format re-saves it: ``;``, dd/mm/yyyy H:MM, plain digits."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=separator, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


RESAVED = [
    [
        "code",
        "procedure_code",
        "field",
        "applicant_name",
        "id_number",
        "phone",
        "channel",
        "received_at",
        "due_at",
        "result_at",
        "returned_at",
        "digitized",
        "fee",
        "paid_online",
        "rating",
    ],
    [
        "H40.25.12-250303-0001",
        "T-2D",
        "Hộ tịch",
        "Nguyễn Thị Ánh",
        "040190012345",
        "0912345678",
        "online",
        "03/03/2025 9:00",
        "05/03/2025 9:00",
        "04/03/2025 15:00",
        "05/03/2025 8:00",
        "1",
        "8.000",
        "1",
        "2",
    ],
    ["", "T-2D", "Hộ tịch", "Đặng Văn Đức", "", "", "direct", "03/03/2025", "", "", "", "0", "0", "0", ""],
]


@pytest.mark.parametrize(
    "name, encoding, separator", [("so.csv", "utf-8-sig", ";"), ("so.csv", "utf-8", ","), ("so.txt", "utf-16", "\t")]
)
def test_a_register_excel_re_saved_in_vietnamese_is_imported(desk, tmp_path, name, encoding, separator):
    path = _excel_vietnamese(tmp_path / name, RESAVED, encoding=encoding, separator=separator)
    assert run_import(desk, path) == 2
    with desk.session() as session:
        first, second = session.exec(select(Dossier).order_by(Dossier.code)).all()
        assert first.received_at == dt.datetime(2025, 3, 3, 9) and first.returned_at == dt.datetime(2025, 3, 5, 8)
        assert first.id_number == "040190012345" and first.fee == 8000 and first.applicant_name == "Nguyễn Thị Ánh"
        assert second.received_at == dt.datetime(2025, 3, 3) and second.due_at.date() == dt.date(2025, 3, 5)


def test_a_register_saved_as_ansi_by_a_vietnamese_windows_is_imported(desk, tmp_path):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(RESAVED)
    path = tmp_path / "so-ansi.csv"
    path.write_bytes(to_cp1258(buffer.getvalue()))
    assert run_import(desk, path) == 2
    with desk.session() as session:
        assert {d.applicant_name for d in session.exec(select(Dossier))} == {"Nguyễn Thị Ánh", "Đặng Văn Đức"}


@pytest.mark.parametrize("moment, message", [("31/02/2025 9:00", "không hợp lệ"), ("03/03/25 9:00", "hai chữ số")])
def test_an_impossible_or_ambiguous_date_is_refused_with_its_line(desk, tmp_path, moment, message):
    rows = [list(r) for r in RESAVED]
    rows[2][7] = moment
    with pytest.raises(UserError) as caught:
        run_import(desk, _excel_vietnamese(tmp_path / "so.csv", rows))
    assert str(caught.value).startswith("Dòng 3, cột received_at") and message in str(caught.value)
    assert dossier_count(desk) == 0


@pytest.mark.parametrize("setting, separator", [(",", ","), ("tab", "\t")])
def test_the_export_uses_the_separator_the_office_chose(desk, tmp_path, setting, separator):
    from core.office import set_setting

    run_import(desk, _excel_vietnamese(tmp_path / "in.csv", RESAVED))
    with desk.transaction() as session:
        set_setting(session, "csv_separator", setting)
    with desk.session() as session:
        export_register(session, tmp_path / "out.csv")
    assert (tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()[0] == separator.join(REGISTER_COLUMNS)


def test_a_register_file_excel_holds_open_is_not_replaced(desk, tmp_path, monkeypatch):
    import os

    from core import files
    from core.files import FileInUse

    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "so.xlsx"
    target.write_bytes(b"the file Excel shows")
    monkeypatch.setattr(files, "RETRY_SECONDS", 0.1)
    monkeypatch.setattr(os, "replace", sharing_violation)
    with desk.session() as session, pytest.raises(FileInUse) as caught:
        export_register(session, target)
    assert "so.xlsx" in str(caught.value) and "\n" not in str(caught.value)
    assert target.read_bytes() == b"the file Excel shows" and [p.name for p in target.parent.iterdir()] == ["so.xlsx"]
