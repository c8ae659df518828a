"""``motcua handover``: list, export, print, mark, reconcile, mode, outage, report uploads; exit 2 on bad input."""

import csv
import json

import pytest


@pytest.fixture
def outage(run):
    """An office, outage mode on, two dossiers accepted meanwhile."""
    assert run("init", "--unit-code", "H40.25.12", "--office-name", "UBND xã Hoa Thành")[0] == 0
    assert run("handover", "outage", "on")[1].startswith("Đang mất mạng từ")
    codes = []
    for name, number, hour in (("Nguyễn Văn An", "040090012345", "08:00"), ("Trần Thị Bình", "", "09:00")):
        code, out, err = run(
            "intake",
            "--procedure",
            "HT-01",
            "--applicant",
            name,
            "--id-number",
            number,
            "--received",
            f"2025-10-06 {hour}",
        )
        assert code == 0, err
        codes.append(out.strip())
    assert run("handover", "outage", "off")[1].strip() == "Đã tắt chế độ mất mạng"
    return codes


def test_list_export_and_print(run, outage, tmp_path):
    code, out, _ = run("handover", "list")
    assert code == 0 and out.splitlines()[0] == "2 hồ sơ chờ nhập vào hệ thống tỉnh"
    assert outage[0] in out.splitlines()[1] and outage[1] in out.splitlines()[2]
    data = json.loads(run("handover", "list", "--json")[1])
    assert data["count"] == 2 and [d["code"] for d in data["dossiers"]] == outage
    assert run("handover", "export", str(tmp_path / "ds.csv"))[0] == 0
    with (tmp_path / "ds.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert [r["code"] for r in rows] == outage and rows[0]["national_procedure_code"] == "1.001193"
    assert run("handover", "export", str(tmp_path / "ds.json"))[0] == 0
    assert json.loads((tmp_path / "ds.json").read_text(encoding="utf-8"))["count"] == 2
    code, out, _ = run("handover", "print", "--out", str(tmp_path / "ds.pdf"))
    assert code == 0 and (tmp_path / "ds.pdf").read_bytes().startswith(b"%PDF")


def test_export_in_the_national_portals_terms(run, outage, tmp_path):
    import openpyxl

    code, out, _ = run("handover", "export", str(tmp_path / "qg.json"), "--layout", "national")
    assert code == 0 and out.strip() == f"Đã xuất 2 hồ sơ chờ nhập (mẫu Cổng DVC quốc gia) ra {tmp_path / 'qg.json'}"
    data = json.loads((tmp_path / "qg.json").read_text(encoding="utf-8"))
    first = data["dossiers"][0]
    assert [d["MaHoSo"] for d in data["dossiers"]] == outage and first["TrangThaiHoSo"] == "2"
    assert first["NgayTiepNhan"] == "20251006080000" and first["QuaTrinhXuLy"][0]["TrangThai"] == "2"
    assert run("handover", "export", str(tmp_path / "qg.xlsx"), "--layout", "national")[0] == 0
    book = openpyxl.load_workbook(tmp_path / "qg.xlsx")
    rows = list(book["HoSo"].values)
    assert rows[0][0] == "MaHoSo" and [r[0] for r in rows[1:]] == outage
    assert [r[0] for r in list(book["QuaTrinhXuLy"].values)[1:]] == outage
    code, _, err = run("handover", "export", str(tmp_path / "qg.csv"), "--layout", "national")
    assert code == 2 and ".json hoặc .xlsx" in err and err.count("\n") == 1 and not (tmp_path / "qg.csv").exists()
    code, _, err = run("handover", "export", str(tmp_path / "x.json"), "--layout", "tinh")
    assert code == 2 and not (tmp_path / "x.json").exists()


def test_a_damaged_national_mapping_is_one_line_and_no_file(run, outage, tmp_path, monkeypatch):
    from core.resources import resource_dir

    shipped = resource_dir()
    corrected = tmp_path / "resources"
    (corrected / "handover").mkdir(parents=True)
    for entry in shipped.iterdir():
        if entry.name != "handover":
            (corrected / entry.name).symlink_to(entry)
    (corrected / "handover" / "national.json").write_text('{"format": "motcua-handover-layout/1"}', encoding="utf-8")
    monkeypatch.setenv("MOTCUA_RESOURCES", str(corrected))
    code, _, err = run("handover", "export", str(tmp_path / "qg.xlsx"), "--layout", "national")
    assert code == 2 and "bị hỏng" in err and "national.json" in err and err.count("\n") == 1
    assert not (tmp_path / "qg.xlsx").exists()


def test_reconcile_marks_matches_and_remembers_the_mapping(run, outage, tmp_path):
    path = tmp_path / "tinh.csv"
    path.write_text(
        "STT,Mã HS tỉnh,Người nộp,Ngày nhận\n1,T-01,NGUYEN VAN AN,06/10/2025\n2,T-02,Ngô Văn Lạ,06/10/2025\n",
        encoding="utf-8",
    )
    code, _, err = run("handover", "reconcile", str(path))
    assert code == 2 and "Chưa chọn cột cho" in err and err.count("\n") == 1
    maps = ["--map", "province_code=Mã HS tỉnh", "--map", "applicant_name=Người nộp", "--map", "received_at=Ngày nhận"]
    code, out, _ = run("handover", "reconcile", str(path), *maps, "--dry-run", "--json")
    assert code == 0 and [m["code"] for m in json.loads(out)["marked"]] == [outage[0]]
    assert run("handover", "list", "--json")[1].count('"code"') == 2  # the dry run wrote nothing
    code, out, _ = run("handover", "reconcile", str(path), *maps)
    assert code == 0 and "Đã ghi nhận đã nhập: 1" in out and "T-02" in out and outage[1] in out
    data = json.loads(run("handover", "reconcile", str(path), "--json")[1])  # mapping remembered
    assert data["already"][0]["code"] == outage[0] and data["unmatched_ours"][0]["code"] == outage[1]


def test_mark_mode_and_uploads(run, outage):
    assert run("handover", "mark", outage[1], "T-77")[0] == 0
    code, _, err = run("handover", "mark", outage[0], "T-77")
    assert code == 2 and "đã ghi cho hồ sơ" in err
    assert run("handover", "mode", "offline-first")[0] == 0
    code, out, _ = run("intake", "--procedure", "HT-01", "--applicant", "Lê Văn Mới", "--received", "2025-10-07 08:00")
    assert out.strip() in run("handover", "list")[1]
    assert run("handover", "uploads")[1].strip() == "0 báo cáo tháng chờ tải lên"
    code, out, _ = run("handover", "uploaded", "2025-09", "--note", "cổng tỉnh")
    assert code == 0 and out.startswith("Báo cáo tháng 2025-09: đã tải lên")


@pytest.mark.parametrize(
    "args, message",
    [
        (["handover", "mode", "sometimes"], "lựa chọn"),
        (["handover", "outage", "maybe"], "lựa chọn"),
        (["handover", "export", "ds.pdf"], ".csv, .xlsx hoặc .json"),
        (["handover", "reconcile", "khong-co.csv"], "Không tìm thấy tệp"),
        (["handover", "reconcile", "x.csv", "--map", "sai"], "TRƯỜNG=CỘT"),
        (["handover", "mark", "KHONG-CO", "T-1"], "Không tìm thấy hồ sơ"),
        (["handover", "uploaded", "2025-13"], "không hợp lệ"),
    ],
)
def test_bad_input_exits_2_with_one_vietnamese_line(run, outage, args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.csv").write_text("a\n1\n", encoding="utf-8")
    code, _, err = run(*args)
    assert code == 2 and message in err and err.count("\n") == 1 and "Traceback" not in err
