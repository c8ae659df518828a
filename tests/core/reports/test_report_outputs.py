"""The outputs of the monthly report: the xlsx read back, the PDF's text, submissions and the CLI."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from core.documents import text_of
from core.lifecycle import record_result
from core.office import set_setting
from core.reports import (
    monthly_report,
    pdf_bytes,
    report_document,
    signer_of,
    status,
    submissions,
    submit,
    verify,
    xlsx_bytes,
)
from tests.core.reports.conftest import at
from tests.databases import cli


@pytest.fixture
def sqlite_register(register_database):
    if not register_database.url.startswith("sqlite"):
        pytest.skip("the files are the same on both databases")
    return register_database


def test_xlsx_is_the_II06a_layout(sqlite_register):
    with sqlite_register.session() as session:
        data = xlsx_bytes(monthly_report(session, "2025-03", "calendar"), recipient="UBND huyện Yên Thành")
    sheet = load_workbook(io.BytesIO(data)).active
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A6:A8", "B6:B8", "C6:F6", "G6:J6", "K6:M6", "D7:F7", "C7:C8", "G7:G8", "K7:K8"} <= merged
    assert sheet["C6"].value == "Số hồ sơ nhận giải quyết" and sheet["G6"].value == "Số hồ sơ đã giải quyết"
    assert sheet["K6"].value == "Số hồ sơ đang giải quyết" and sheet["H7"].value == "Trước hạn"
    assert [sheet.cell(9, c).value for c in range(1, 14)] == [f"({n})" for n in range(1, 14)]
    assert sheet["A1"].value == "Biểu số II.06a/VPCP/KSTT"
    assert sheet["D2"].value == "Kỳ báo cáo: Tháng 03/2025 (Từ ngày 01/03/2025 đến ngày 31/03/2025)"
    assert sheet["K1"].value == "Đơn vị báo cáo: UBND xã Hoa Thành"
    assert sheet["K2"].value == "Đơn vị nhận báo cáo: UBND huyện Yên Thành"
    assert sheet["K4"].value == "Đơn vị tính: Số hồ sơ TTHC"
    rows = [[sheet.cell(r, c).value for c in range(1, 14)] for r in range(10, 14)]
    assert rows[0] == [1, "Chứng thực", 4, 0, 2, 2, 3, 0, 2, 1, 1, 0, 1]
    assert rows[2] == [3, "Hộ tịch", 6, 2, 2, 2, 4, 1, 2, 1, 2, 1, 1]
    assert rows[3] == [None, "Tổng cộng", 12, 2, 5, 5, 8, 1, 5, 2, 4, 1, 3]
    for column in range(3, 14):
        assert rows[3][column - 1] == sum(r[column - 1] for r in rows[:3])


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_pdf_text_for_the_chairman(sqlite_register, tmp_path):
    with sqlite_register.transaction() as session:
        set_setting(
            session,
            "signers",
            {"chairman_prefix": "TM. ỦY BAN NHÂN DÂN", "chairman_title": "CHỦ TỊCH", "chairman_name": "Phan Văn Tuyên"},
        )
        report = monthly_report(session, "2025-03", "calendar")
        signer = signer_of(session)
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(pdf_bytes(report, signer, day=dt.date(2025, 4, 3)))
    text = " ".join(
        subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "UBND XÃ HOA THÀNH",
        "BÁO CÁO",
        "Hoa Thành, ngày 03 tháng 4 năm 2025",
        "(Từ ngày 01/03/2025 đến ngày 31/03/2025)",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Phan Văn Tuyên",
        "PHỤ LỤC",
        "Chưa xin lỗi",
        "Tỷ lệ hồ sơ giải quyết đúng hạn, trước hạn",
        "75% (6/8)",
        "Chưa đạt",
        "≥ 97%",
        "Tổng cộng 12 2 5 5 8 1 5 2 4 1 3",
        # the register's dossiers keep recorded flags: said under the KPIs (issue 16)
        "Tỷ lệ số hóa theo sổ đã ghi: 3/7 hồ sơ",
    ):
        assert expected in text, expected
    document = report_document(report, signer)
    assert "H3" in text_of(document) and "Đã xin lỗi ngày 11/03/2025" in text_of(document)


def test_zero_denominators_print_a_dash(office_database):
    with office_database.session() as session:
        document = report_document(monthly_report(session, "2025-03"), signer_of(session))
    text = text_of(document)
    kpi_lines = [line for line in text.splitlines() if line.startswith(tuple(f"{n} | Tỷ lệ" for n in range(1, 7)))]
    assert len(kpi_lines) == 6
    assert all(line.split(" | ")[2].startswith("— (") and line.endswith("| —") for line in kpi_lines)
    assert "— (không có hồ sơ để tính) | ≥ 97% | —" in kpi_lines[0]
    assert "Trong kỳ không có hồ sơ quá hạn." in text


def test_submit_freezes_and_a_change_makes_a_revision(register_database):
    with register_database.transaction() as session:
        first = submit(session, "2025-03", period="calendar")
        assert first.revision == 1 and verify(first) and len(first.checksum) == 64
        assert submit(session, "2025-03", period="calendar").id == first.id  # nothing changed
        frozen = (first.checksum, json.dumps(first.figures, sort_keys=True))
    with register_database.transaction() as session:
        record_result(session, "H4", at=at("2025-03-28 10:00"))  # pending on time → early
    with register_database.transaction() as session:
        now = status(session, "2025-03", "calendar")
        assert now.submitted and now.changed
        changed = {(c.field, c.column): (c.before, c.after) for c in now.changes}
        assert changed[("Hộ tịch", "resolved_early")] == (1, 2)
        assert changed[("Hộ tịch", "pending_on_time")] == (1, 0)
        assert changed[("Tổng cộng", "resolved_total")] == (8, 9)
        second = submit(session, "2025-03", period="calendar")
        assert second.revision == 2 and second.changes
        assert {"field": "Hộ tịch", "column": "resolved_early", "before": 1, "after": 2} in second.changes
    with register_database.session() as session:
        one, two = submissions(session, "2025-03", "calendar")
        assert (one.checksum, json.dumps(one.figures, sort_keys=True)) == frozen and verify(one)
        assert two.figures["totals"]["resolved_early"] == 2
        assert not status(session, "2025-03", "calendar").changed


def test_an_unfinished_period_cannot_be_submitted(office_database):
    from core.errors import UserError

    with office_database.transaction() as session, pytest.raises(UserError, match="chưa kết thúc"):
        submit(session, "2025-03", at=dt.datetime(2025, 3, 31, 16, 0))


def test_cli_json_shape_files_and_exit_codes(sqlite_register, tmp_path, capsys):
    db = sqlite_register.url.removeprefix("sqlite:///")
    sqlite_register.close()

    def run(*args):
        code = cli(list(args), db)
        out, err = capsys.readouterr()
        return code, out, err

    code, out, _ = run("report", "monthly", "--month", "2025-03", "--period", "calendar", "--format", "json")
    data = json.loads(out)
    assert code == 0 and list(data) == [
        "unit",
        "period",
        "rows",
        "totals",
        "kpis",
        "ratings",
        "late_dossiers",
        "digitized_sources",
    ]  # docs/cli.md's keys, then the one issue 16 added
    assert list(data["rows"][0]) == [
        "field",
        "received_total",
        "received_online",
        "received_direct",
        "carried_over",
        "resolved_total",
        "resolved_early",
        "resolved_on_time",
        "resolved_late",
        "pending_total",
        "pending_on_time",
        "pending_late",
        "stopped",
    ]
    assert list(data["kpis"]) == [
        "on_time_rate",
        "online_rate",
        "digitized_rate",
        "online_payment_rate",
        "apology_coverage",
        "satisfaction_rate",
    ]
    for fmt, magic in (("xlsx", b"PK"), ("pdf", b"%PDF"), ("json", b"{")):
        out_file = tmp_path / f"r.{fmt}"
        assert run("report", "monthly", "--month", "2025-03", "--format", fmt, "--out", str(out_file))[0] == 0
        assert out_file.read_bytes().startswith(magic)
    code, _, err = run("report", "monthly", "--month", "2025-13", "--format", "json")
    assert code == 2 and "không hợp lệ" in err and err.count("\n") == 1
    code, _, err = run("report", "monthly", "--month", "2025-03", "--format", "pdf")
    assert code == 2 and "--out" in err
    code, _, err = run("report", "submit", "--month", "2025-03", "--by", "Chủ tịch")  # no free-text submitter
    assert code == 2 and "--by" in err
    code, out, _ = run("report", "submit", "--month", "2025-03")
    assert code == 0 and "lần 1" in out and "SHA-256" in out
    assert "không thay đổi" in run("report", "submit", "--month", "2025-03")[1]


def test_a_field_imported_as_a_formula_is_text_in_the_II06a_xlsx(sqlite_register, tmp_path):
    """Issue 13: a procedure imported with the field ``=cmd|' /C calc'!A0`` landed as a live formula in a cell
    of column B of Biểu II.06a."""
    from core.dossiers import intake
    from core.procedures import import_catalog
    from tests.spreadsheets import CALC, formula_cells

    catalog = tmp_path / "danh-muc.csv"
    catalog.write_text(
        'code,name,field,duration_unit,duration\r\nX-1,Thủ tục lạ,"' + CALC.replace('"', '""') + '",day,2\r\n',
        encoding="utf-8",
    )
    with sqlite_register.transaction() as session:
        assert import_catalog(session, catalog) == 1
        intake(
            session,
            procedure_code="X-1",
            applicant_name="Nguyễn Văn An",
            received_at=at("2025-03-12 09:00"),
            now=at("2025-04-01 08:00"),
        )
    with sqlite_register.session() as session:
        data = xlsx_bytes(monthly_report(session, "2025-03", "calendar"))
    path = tmp_path / "bieu.xlsx"
    path.write_bytes(data)
    assert formula_cells(path) == []
    sheet = load_workbook(path).active
    cells = [sheet.cell(row, 2) for row in range(10, 16) if sheet.cell(row, 2).value == CALC]
    assert len(cells) == 1 and cells[0].data_type == "s" and cells[0].quotePrefix


def test_the_cli_report_held_open_exits_2_in_one_line_and_keeps_the_old_file(
    sqlite_register, tmp_path, capsys, monkeypatch
):
    """Issue 14: re-saving the monthly xlsx (or PDF) while Excel (or Acrobat) holds it."""
    import os

    from core import files
    from tests.spreadsheets import leftovers, sharing_violation

    db = sqlite_register.url.removeprefix("sqlite:///")
    sqlite_register.close()
    cli(["report", "monthly", "--month", "2025-03"], db)  # opened once before the fault
    capsys.readouterr()
    monkeypatch.setattr(files, "RETRY_SECONDS", 0.1)
    monkeypatch.setattr(os, "replace", sharing_violation)
    folder = tmp_path / "out"
    folder.mkdir()
    for fmt in ("xlsx", "pdf", "json"):
        target = folder / f"bao-cao.{fmt}"
        target.write_bytes(b"the old file")
        code = cli(["report", "monthly", "--month", "2025-03", "--format", fmt, "--out", str(target)], db)
        _, err = capsys.readouterr()
        assert code == 2 and err.count("\n") == 1 and f"bao-cao.{fmt}" in err and "đang mở" in err
        assert target.read_bytes() == b"the old file"
    assert leftovers(folder, "bao-cao.xlsx", "bao-cao.pdf", "bao-cao.json") == []  # no .part


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_the_annex_starts_on_a_page_of_its_own(office_database, tmp_path):
    from tests.core.reports.conftest import add_dossier

    if not office_database.url.startswith("sqlite"):
        pytest.skip("the file is the same on both databases")
    with office_database.transaction() as session:  # a short report: the signature leaves room on its page
        add_dossier(session, "H3", "Hộ tịch", "direct", "2025-03-10 10:00", "2025-03-12 10:00", "2025-03-12 16:00")
        set_setting(
            session,
            "signers",
            {"chairman_prefix": "TM. ỦY BAN NHÂN DÂN", "chairman_title": "CHỦ TỊCH", "chairman_name": "Phan Văn Tuyên"},
        )
        report = monthly_report(session, "2025-03", "calendar")
        signer = signer_of(session)
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(pdf_bytes(report, signer, day=dt.date(2025, 4, 3)))
    sheets = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")[:-1]
    signed = next(i for i, sheet in enumerate(sheets) if "Phan Văn Tuyên" in sheet)
    annex = next(i for i, sheet in enumerate(sheets) if "PHỤ LỤC" in sheet)
    assert annex == signed + 1, sheets
    assert sheets[annex].split("PHỤ LỤC")[0].strip() in ("", str(annex + 1))  # only the page number above it
