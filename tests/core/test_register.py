"""Importing a register kept elsewhere (all rows or none) and exporting ours in the same layout."""

from tests.fakes import as_tester
import csv
import datetime as dt

import pytest
from sqlmodel import func, select

from core.dossiers import intake
from core.errors import UserError
from core.models import Apology, Dossier, Rating
from core.procedures import save_procedure
from core.register import REGISTER_COLUMNS, export_register, import_register

HEADER = ("code,procedure_code,field,applicant_name,id_number,phone,channel,received_at,due_at,result_at,"
          "returned_at,stopped_at,digitized,fee,paid_online,apology_at,new_due_at,rating")
NOW = dt.datetime(2025, 12, 31, 12)


@pytest.fixture
def desk(office_database):
    with office_database.transaction() as session:
        save_procedure(session, {"code": "T-2D", "name": "Thủ tục hai ngày", "field": "Hộ tịch",
                                 "duration_unit": "day", "duration": 2})
    return office_database


def write(path, *lines, header=HEADER):
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return path


def run_import(database, path):
    with database.transaction() as session:
        return import_register(session, path, actor="test", now=NOW)


def dossier_count(database):
    with database.session() as session:
        return session.exec(select(func.count()).select_from(Dossier)).one()


def test_import_fills_codes_due_dates_ratings_and_apologies(desk, tmp_path):
    path = write(tmp_path / "so.csv",
                 ",T-2D,Hộ tịch,Lê Văn Bình,,,direct,2025-03-03 09:00,,2025-03-04 10:00,2025-03-05 08:00,,1,0,0,,,3",
                 "H40.25.12-250303-0007,,Chứng thực,Phạm Thị Cúc,,0912345678,online,2025-03-03 10:00,"
                 "2025-03-03 17:00,,,,0,10000,1,2025-03-03 16:00,2025-03-05 17:00,",
                 ",,Đất đai,Hoàng Văn Dũng,,,postal,2025-03-03 11:00,2025-03-20 11:00,,,2025-03-10 09:00,0,0,0,,,")
    assert run_import(desk, path) == 3
    with desk.session() as session:
        rows = {d.applicant_name: d for d in session.exec(select(Dossier))}
        assert rows["Lê Văn Bình"].due_at == dt.datetime(2025, 3, 5, 9)  # from the procedure and calendar
        assert rows["Lê Văn Bình"].code == "H40.25.12-250303-0008"  # after the imported 0007
        assert rows["Lê Văn Bình"].status == "returned"
        assert rows["Hoàng Văn Dũng"].status == "stopped"
        assert rows["Phạm Thị Cúc"].paid_online and rows["Phạm Thị Cúc"].fee == 10000
        rating = session.exec(select(Rating)).one()
        assert rating.level == 3 and rating.at == dt.datetime(2025, 3, 5, 8)
        apology = session.exec(select(Apology)).one()
        assert apology.new_due_at == dt.datetime(2025, 3, 5, 17)
        dossier, _ = intake(session, procedure_code="T-2D", applicant_name="Mới", received_at=dt.datetime(
            2025, 3, 3, 15), now=NOW)
        assert rows["Hoàng Văn Dũng"].code == "H40.25.12-250303-0009"
        assert dossier.code == "H40.25.12-250303-0010"  # the counter moved past every imported number


@pytest.mark.parametrize("line, where", [
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
])
def test_a_bad_row_names_line_and_column_and_nothing_is_written(desk, tmp_path, line, where):
    good = "X-1,T-2D,Hộ tịch,Người tốt,,,direct,2025-03-03 08:00,,,,,0,0,0,,,"
    with pytest.raises(UserError) as error:
        run_import(desk, write(tmp_path / "so.csv", good, line))
    assert str(error.value).startswith(where)
    assert dossier_count(desk) == 0


def test_header_problems_are_refused(desk, tmp_path):
    with pytest.raises(UserError, match="Cột \"ghi_chu\""):
        run_import(desk, write(tmp_path / "a.csv", "x", header=HEADER + ",ghi_chu"))
    with pytest.raises(UserError, match="Thiếu cột bắt buộc \"channel\""):
        run_import(desk, write(tmp_path / "b.csv", "Hộ tịch,A,2025-03-03 09:00,2025-03-04 09:00",
                               header="field,applicant_name,received_at,due_at"))
    with pytest.raises(UserError, match=r"\.csv hoặc \.xlsx"):
        run_import(desk, write(tmp_path / "c.txt.json", "x"))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_round_trips(desk, tmp_path, suffix):
    source = write(tmp_path / "in.csv",
                   "H40.25.12-250303-0001,T-2D,Hộ tịch,Nguyễn Thị Ánh,040190012345,0912345678,online,"
                   "2025-03-03 09:00,2025-03-05 09:00,2025-03-04 15:00,2025-03-05 08:00,,1,8000,1,,,2",
                   "H40.25.12-250303-0002,T-2D,Hộ tịch,Đặng Văn Đức,,,direct,2025-03-03 10:00,2025-03-05 10:00,"
                   ",,,0,0,0,2025-03-04 16:00,2025-03-07 10:00,")
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
        save_procedure(session, {"code": "T-2D", "name": "Thủ tục hai ngày", "field": "Hộ tịch",
                                 "duration_unit": "day", "duration": 2})
    run_import(copy, exported)
    again = tmp_path / "again.csv"
    with copy.session() as session:
        export_register(session, again)
    first = tmp_path / "first.csv"
    with desk.session() as session:
        export_register(session, first)
    assert again.read_text(encoding="utf-8-sig") == first.read_text(encoding="utf-8-sig")
    with first.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == REGISTER_COLUMNS
    assert rows[0]["applicant_name"] == "Nguyễn Thị Ánh" and rows[0]["rating"] == "2"
    assert rows[1]["apology_at"] == "2025-03-04 16:00" and rows[1]["new_due_at"] == "2025-03-07 10:00"
    copy.close()
