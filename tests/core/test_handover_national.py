"""The hand-over list in the national portal's terms: the mapping file, each state's code, dates, steps."""

import datetime as dt
import json

import openpyxl
import pytest

from core.dossiers import get_dossier
from core.errors import UserError
from core.handover.export import export_handover
from core.handover.mode import set_outage
from core.handover.national import STATES, load_layout, national_records, state_of
from core.lifecycle import hand_over, record_result, record_return, request_supplement, stop
from core.resources import resource_path
from core.security.access import AccessDenied, Caller, Role
from tests.core.test_handover import NOW, accept
from tests.fakes import TESTER

D = dt.datetime
NATIONAL = {
    "received": "2",
    "processing": "4",
    "waiting": "5",
    "result_ready": "9",
    "returned": "10",
    "withdrawn": "7",
    "stopped": "8",
    "refused": "3",
}


@pytest.fixture
def eight(office_database):
    """Eight dossiers accepted during an outage, each then taken to one of our states."""
    with office_database.transaction() as session:
        set_outage(session, True, at=D(2025, 10, 6, 7, 45))
    codes = [accept(office_database, f"Người Thứ {i}", "", "HT-07" if i == 1 else "HT-01", 8 + i) for i in range(8)]
    at = D(2025, 10, 6, 16, 5)
    with office_database.transaction() as session:
        hand_over(session, codes[1], to="Công chức Tư pháp", at=at)
        request_supplement(session, codes[2], reason="Thiếu giấy khai sinh bản sao", at=at)
        record_result(session, codes[3], at=at)
        record_result(session, codes[4], at=at)
        record_return(session, codes[4], at=D(2025, 10, 6, 16, 30, 0))
        for code, kind in ((codes[5], "withdrawn"), (codes[6], "stopped"), (codes[7], "refused")):
            stop(session, code, kind=kind, reason="Lý do thử", at=at)
    return office_database, codes


def test_the_bundled_mapping_loads_and_covers_every_state():
    layout = load_layout()
    assert layout.states == NATIONAL and set(layout.status_codes) == {str(n) for n in range(1, 11)}
    assert layout.fields["code"] == "MaHoSo" and layout.fields["status"] == "TrangThaiHoSo"
    assert layout.strftime == "%Y%m%d%H%M%S" and set(layout.states) == set(STATES)


def test_each_dossier_state_maps_to_its_national_code_with_dates_and_steps(eight):
    database, codes = eight
    with database.session() as session:
        records = national_records(session)
        assert [state_of(get_dossier(session, c)) for c in (codes[0], codes[2], codes[5])] == [
            "received",
            "waiting",
            "withdrawn",
        ]
    assert [r["MaHoSo"] for r in records] == codes
    assert [r["TrangThaiHoSo"] for r in records] == [
        NATIONAL[s]
        for s in ("received", "processing", "waiting", "result_ready", "returned", "withdrawn", "stopped", "refused")
    ]
    first = records[0]
    assert first["NgayTiepNhan"] == "20251006080000" and len(first["NgayHenTra"]) == 14
    assert first["MaTTHC"] == "1.001193" and first["ChuHoSo"] == "Người Thứ 0" and first["LoaiDoiTuong"] == "1"
    assert first["DanhSachLePhi"] == [] and records[1]["DanhSachLePhi"] == [
        {"TenPhiLePhi": "Phí, lệ phí", "MaPhiLePhi": "", "HinhThucThu": "1", "Gia": "15000", "LoaiPhiLePhi": "1"}
    ]
    assert first["HinhThuc"] == "0" and first["KenhThucHien"] == "1" and first["HoSoCoThanhPhanSoHoa"] == "0"
    assert first["QuaTrinhXuLy"] == [
        {
            "MaHoSo": codes[0],
            "NguoiXuLy": TESTER.name,  # the account that accepted it
            "ThoiDiemXuLy": "20251006080000",
            "NoiDungXuLy": "Tiếp nhận hồ sơ",
            "TrangThai": "2",
        }
    ]
    handed = records[1]["QuaTrinhXuLy"][-1]
    assert handed["TrangThai"] == "4" and handed["ThoiDiemXuLy"] == "20251006160500"
    assert "Công chức Tư pháp" in handed["NoiDungXuLy"]
    assert [s["TrangThai"] for s in records[4]["QuaTrinhXuLy"]] == ["2", "9", "10"]
    assert records[4]["NgayTra"] == "20251006163000" and records[0]["NgayTra"] == ""
    assert records[5]["QuaTrinhXuLy"][-1]["NoiDungXuLy"] == "Công dân xin rút hồ sơ: Lý do thử"


def test_the_province_corrects_names_codes_and_date_format_in_the_data_file(eight, tmp_path):
    database, codes = eight
    data = json.loads(resource_path("handover", "national.json").read_text(encoding="utf-8"))
    data["fields"]["code"], data["states"]["received"], data["date_format"] = "SoHoSo", "4", "dd/MM/yyyy HH:mm"
    path = tmp_path / "national.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with database.session() as session:
        first = national_records(session, load_layout(path))[0]
    assert first["SoHoSo"] == codes[0] and first["TrangThaiHoSo"] == "4" and first["NgayTiepNhan"] == "06/10/2025 08:00"


@pytest.mark.parametrize(
    "damage, why",
    [
        (lambda d: "{ not json", "không đọc được JSON"),
        (lambda d: d["states"].pop("waiting") and d, 'thiếu "waiting"'),
        (lambda d: d["states"].update(waiting="42") or d, 'mã "42"'),
        (lambda d: d["fields"].update(status="Trạng thái hồ sơ") or d, "fields.status"),
        (lambda d: d.update(date_format="yyyy-MM-dd hh:mm") or d, "date_format"),
        (lambda d: d["fields"].update(due_at="MaHoSo") or d, "trùng"),
    ],
)
def test_a_damaged_mapping_file_is_refused_in_one_line(tmp_path, damage, why):
    data = json.loads(resource_path("handover", "national.json").read_text(encoding="utf-8"))
    broken = damage(data)
    path = tmp_path / "national.json"
    path.write_text(broken if isinstance(broken, str) else json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_layout(path)
    message = str(caught.value)
    assert why in message and "\n" not in message and "bị hỏng" in message


def test_the_national_files_read_back_and_never_carry_a_live_formula(office_database, tmp_path):
    from tests.spreadsheets import HYPERLINK, formula_cells

    with office_database.transaction() as session:
        set_outage(session, True, at=D(2025, 10, 6, 7, 45))
    code = accept(office_database, HYPERLINK, "040090012345", "HT-01", 8)
    with office_database.session() as session:
        assert export_handover(session, tmp_path / "q.xlsx", now=NOW, layout="national") == 1
        assert export_handover(session, tmp_path / "q.json", now=NOW, layout="national") == 1
        with pytest.raises(UserError, match=r"\.json hoặc \.xlsx"):
            export_handover(session, tmp_path / "q.csv", layout="national")
        with pytest.raises(UserError, match="office hoặc national"):
            export_handover(session, tmp_path / "q.json", layout="tinh")
    assert formula_cells(tmp_path / "q.xlsx") == []
    book = openpyxl.load_workbook(tmp_path / "q.xlsx")
    assert book.sheetnames == ["HoSo", "QuaTrinhXuLy"]
    rows = list(book["HoSo"].values)
    record = dict(zip(rows[0], rows[1]))
    assert record["MaHoSo"] == code and record["ChuHoSo"] == HYPERLINK and record["SoGiayToChuHoSo"] == "040090012345"
    assert record["NgayTiepNhan"] == "20251006080000" and record["TrangThaiHoSo"] == "2"
    assert list(book["QuaTrinhXuLy"].values)[0] == ("MaHoSo", "NguoiXuLy", "ThoiDiemXuLy", "NoiDungXuLy", "TrangThai")
    data = json.loads((tmp_path / "q.json").read_text(encoding="utf-8"))
    assert data["format"] == "motcua-handover-national/1" and data["exported_at"] == "20251006173000"
    assert data["dossiers"][0]["SoGiayToChuHoSo"] == "040090012345" and data["count"] == 1


def test_the_national_export_asks_the_same_permission_as_the_office_layout(office_database, tmp_path):
    officer = office_database.as_caller(Caller("lan", frozenset({Role.OFFICER}), "Lan"))
    with officer.session() as session:
        for layout in ("office", "national"):
            with pytest.raises(AccessDenied):
                export_handover(session, tmp_path / "x.json", layout=layout)
    assert not (tmp_path / "x.json").exists()
