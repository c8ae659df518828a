"""Tables read and written for a person (issues 13 and 14): formulas never run, files that cannot lie or hang,
CSV as Excel under a Vietnamese regional format writes and reads it. Qt-free, no database."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import os
import subprocess
import sys
import textwrap
import time
import unicodedata
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import files, tabular
from core.errors import UserError
from core.file_dates import _ISO_MOMENT, FIRST_YEAR, LAST_YEAR, parse_day, parse_moment
from core.files import FileInUse
from core.limits import MAX_IMPORT_BYTES
from core.tabular import (
    csv_digits,
    csv_text,
    from_csv,
    guard_workbook,
    read_table,
    write_table,
)
from tests.spreadsheets import CALC, HYPERLINK, sharing_violation, to_cp1258
from tests.spreadsheets import formula_cells as formulas

ROOT = Path(__file__).resolve().parents[2]
PAYLOADS = [HYPERLINK, CALC, "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "'=1+1", "''-1"]


# == formula injection (issue 13) =============================================================================
@given(st.text(max_size=30))
def test_what_a_csv_cell_protects_comes_back_exactly(text):
    assert from_csv(csv_text(text)) == text
    written = csv_text(text)
    assert not str(written).startswith(tabular.FORMULA_STARTS)


@given(st.text(alphabet="0123456789", min_size=1, max_size=12))
def test_validated_digits_keep_their_zeros_and_come_back(digits):
    assert csv_digits(digits) == f'="{digits}"' and from_csv(csv_digits(digits)) == digits


def test_only_digits_are_written_as_a_formula():
    assert csv_digits("0401900123 45") == "0401900123 45"
    assert csv_digits('1") & HYPERLINK("x') == '1") & HYPERLINK("x'
    assert csv_digits("=1+1") == "'=1+1" and csv_digits("") == ""
    assert csv_digits("٠١٢") == "٠١٢"  # digits of another script are not the program's validated digits


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_formula_text_is_written_as_text_and_numbers_stay_numbers(tmp_path, suffix):
    path = tmp_path / f"bang{suffix}"
    rows = [[payload, -5, 1.5, "0912345678"] for payload in PAYLOADS]
    write_table(path, ["name", "number", "rate", "phone"], rows, digits=["phone"])
    if suffix == ".xlsx":
        assert formulas(path) == []
        sheet = openpyxl.load_workbook(path).active
        for line, payload in enumerate(PAYLOADS, start=2):
            cell = sheet.cell(line, 1)
            assert cell.value == payload.replace("\r", "\n") and cell.data_type == "s"  # XML keeps no lone \r
            if payload.startswith(tabular.FORMULA_STARTS):
                assert cell.quotePrefix  # Excel shows it as text, and keeps it text when edited
            assert sheet.cell(line, 2).value == -5 and sheet.cell(line, 2).data_type == "n"
            assert sheet.cell(line, 4).value == "0912345678"
    else:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            records = list(csv.reader(handle, delimiter=";"))
        for record in records[1:]:
            assert not record[0].startswith(tabular.FORMULA_STARTS)
            assert record[1] == "-5" and record[3] == '="0912345678"'
    table = read_table(path)
    assert [values["name"] for _, values in table.rows] == [p.strip() for p in PAYLOADS]  # as written, trimmed
    assert {values["phone"] for _, values in table.rows} == {"0912345678"}


def test_guard_workbook_turns_every_formula_like_cell_into_text(tmp_path):
    book = openpyxl.Workbook()
    book.active["B11"] = CALC
    book.create_sheet("Khác")["A1"] = HYPERLINK
    guard_workbook(book)
    book.save(tmp_path / "b.xlsx")
    assert formulas(tmp_path / "b.xlsx") == []
    assert openpyxl.load_workbook(tmp_path / "b.xlsx").active["B11"].value == CALC


# == separators, encodings, dates (issue 14, point 6) =========================================================
ROWS = [["Nguyễn Thị Ánh", "040190012345", "03/03/2025 9:00"], ["Đặng Văn Đức", "0912345678", "2025-03-04 10:30"]]


def excel_csv(path: Path, rows: list[list[str]], *, separator: str, encoding: str) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=separator, lineterminator="\r\n").writerows(rows)
    text = buffer.getvalue()
    if encoding == "cp1258":
        data = to_cp1258(text)
    elif encoding == "utf-16":
        data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    else:
        data = text.encode(encoding)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "name, separator, encoding",
    [
        ("excel-csv-utf8.csv", ";", "utf-8-sig"),  # Excel "CSV UTF-8", Vietnamese regional format
        ("excel-csv-ansi.csv", ";", "cp1258"),  # Excel "CSV (Comma delimited)" on a Vietnamese Windows
        ("excel-unicode-text.txt", "\t", "utf-16"),  # Excel "Unicode Text": UTF-16LE with BOM, tabs
        ("other-tool.csv", ",", "utf-8"),  # UTF-8 without BOM, commas
        ("tabs.csv", "\t", "utf-8"),
    ],
)
def test_each_way_excel_saves_a_csv_is_read(tmp_path, name, separator, encoding):
    path = excel_csv(tmp_path / name, [["Họ tên", "CCCD", "Ngày"], *ROWS], separator=separator, encoding=encoding)
    table = read_table(path)
    assert table.header == ["Họ tên", "CCCD", "Ngày"]
    assert [list(values.values()) for _, values in table.rows] == ROWS
    assert all(unicodedata.is_normalized("NFC", v) for _, values in table.rows for v in values.values())


def test_the_windows_1258_file_really_has_combining_tone_marks(tmp_path):
    assert to_cp1258("Nguyễn") == b"Nguy\xea\xde" + b"n"  # ê + combining tilde, as Windows writes it


def test_a_damaged_utf8_file_is_refused_not_read_as_ansi(tmp_path):
    path = tmp_path / "hong.csv"
    path.write_bytes("Họ tên;CCCD\nNguyễn Thị Ánh;1\n".encode() + b"\xff\xfe\x81 tail\n")
    with pytest.raises(UserError, match="UTF-8"):
        read_table(path)


def test_a_utf8_file_cut_inside_a_letter_is_refused_not_read_as_ansi(tmp_path):
    path = tmp_path / "cut.csv"
    path.write_bytes("date,kind,reason\n2025-11-15,working,Là".encode()[:-1])  # "à" cut in half
    with pytest.raises(UserError, match="UTF-8"):
        read_table(path)


def test_utf16_without_bom_is_refused_in_one_line(tmp_path):
    path = tmp_path / "u16.csv"
    path.write_bytes("a,b\n1,2\n".encode("utf-16-le"))
    with pytest.raises(UserError, match="NUL") as caught:
        read_table(path)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "text, moment",
    [
        ("2025-03-03 09:00", dt.datetime(2025, 3, 3, 9)),
        ("2025-03-03", dt.datetime(2025, 3, 3)),
        ("03/03/2025", dt.datetime(2025, 3, 3)),
        ("3/3/2025 9:05", dt.datetime(2025, 3, 3, 9, 5)),
        ("31/12/2025 17:30", dt.datetime(2025, 12, 31, 17, 30)),
        ("31/12/2025 17:30:00", dt.datetime(2025, 12, 31, 17, 30)),
        ("04/03/2025 2:30 CH", dt.datetime(2025, 3, 4, 14, 30)),
        ("04/03/2025 12:10 SA", dt.datetime(2025, 3, 4, 0, 10)),
        ("", None),
    ],
)
def test_moments_as_iso_or_as_excel_writes_them_in_vietnamese(text, moment):
    assert parse_moment(text) == moment


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2025",
        "13/13/2025",
        "03/04/25",
        "2025/03/04",
        "03-04-2025 9:00",
        "3/3/2025 25:00",
        "3/3/2025 13:00 CH",
        "ngày 3",
        "2025-3-4",
    ],
)
def test_ambiguous_or_invalid_moments_are_refused_in_one_line(text):
    with pytest.raises(UserError) as caught:
        parse_moment(text, column="received_at")
    assert caught.value.where == "received_at" and "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "text",
    [
        "2025-03-03 09:00",
        "2025-02-30 09:00",
        "1899-12-31 23:59",
        "2200-01-01 00:00",
        "2025-03-03 24:00",
        "2025-03-03 09:60",
        "２０２５-03-03 09:00",
        "2025-03-03T09:00",
        "2025-03-03 9:000",
        "2025-03-0309:00",
        " 2025-03-03 09:00 ",
        "2025-03-03 09:00:30",
        "0000-01-01 00:00",
        "2025-13-03 09:00",
        "2025-03-03 0a:00",
    ],
)
def test_the_direct_reading_of_the_exports_moments_agrees_with_the_patterns(text):
    """``YYYY-MM-DD HH:MM`` is read without the patterns; whatever the text, the result (or the refusal,
    word for word) is the one the patterns give."""

    def by_the_patterns(value):
        value = value.strip()
        match = _ISO_MOMENT.fullmatch(value)
        if match is None:
            return "other"
        parts = [int(part or 0) for part in match.groups()]
        if not FIRST_YEAR <= parts[0] <= LAST_YEAR:
            return "year"
        try:
            return dt.datetime(*parts)
        except ValueError:
            return "invalid"

    expected = by_the_patterns(text)
    try:
        got = parse_moment(text, column="received_at")
    except UserError as error:
        got = "year" if "nằm ngoài" in error.vi else "invalid" if "không hợp lệ" in error.vi else error.vi
        assert error.where == "received_at"
    if expected == "other":
        assert got == "invalid"
    else:
        assert got == expected


def test_a_day_accepts_an_excel_date_cell_but_not_a_time():
    assert parse_day("20/11/2025") == parse_day("2025-11-20 00:00") == dt.date(2025, 11, 20)
    with pytest.raises(UserError, match="không phải một ngày"):
        parse_day("20/11/2025 08:00")


@pytest.mark.parametrize("setting, separator", [(None, ";"), (";", ";"), (",", ","), ("tab", "\t")])
def test_the_separator_setting_chooses_the_csv_separator(tmp_path, setting, separator):
    path = tmp_path / "x.csv"
    write_table(path, ["a", "b"], [["Hà Nội", 1]], separator=setting)
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8) and data.decode("utf-8-sig") == f"a{separator}b\r\nHà Nội{separator}1\r\n"
    assert read_table(path).rows == [(2, {"a": "Hà Nội", "b": "1"})]


# == imports that cannot lie or hang (issue 13) ===============================================================
def xlsx_with_rows(path: Path, rows: int) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["field", "applicant_name", "channel", "received_at", "due_at"])
    for n in range(rows):
        sheet.append(["Hộ tịch", f"Người số {n + 1}", "direct", "2025-03-03 09:00", "2025-03-05 09:00"])
    book.save(path)
    return path


def rewrite_member(path: Path, name: str, change) -> None:
    with zipfile.ZipFile(path) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            archive.writestr(info, change(data) if info.filename == name else data)


def test_a_stale_dimension_does_not_drop_rows(tmp_path):
    path = xlsx_with_rows(tmp_path / "so.xlsx", 50)
    rewrite_member(
        path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(b'<dimension ref="A1:E51"', b'<dimension ref="A1:J2"')
    )
    with zipfile.ZipFile(path) as archive:
        assert b'<dimension ref="A1:J2"' in archive.read("xl/worksheets/sheet1.xml")
    table = read_table(path)
    assert len(table.rows) == 50 and table.rows[-1] == (
        51,
        {
            "field": "Hộ tịch",
            "applicant_name": "Người số 50",
            "channel": "direct",
            "received_at": "2025-03-03 09:00",
            "due_at": "2025-03-05 09:00",
        },
    )


@pytest.fixture(scope="module")
def zip_bomb(tmp_path_factory) -> Path:
    """A 4–5 MB xlsx whose worksheet unpacks to 1 GiB (the shape of issue 13's bomb), built in about a second."""
    path = tmp_path_factory.mktemp("bomb") / "bom.xlsx"
    xlsx_with_rows(path, 1)
    with zipfile.ZipFile(path) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for info, data in members:
            if info.filename != "xl/worksheets/sheet1.xml":
                archive.writestr(info, data)
                continue
            head, tail = data.split(b"</sheetData>")
            with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
                member.write(head)
                blank = b" " * (1 << 20)
                for _ in range(1024):
                    member.write(blank)
                member.write(b"</sheetData>" + tail)
    assert path.stat().st_size < 8 * 1024 * 1024
    return path


PROBE = textwrap.dedent("""
    import sys, time
    from pathlib import Path

    def peak_kib():  # VmHWM: this process's own peak (ru_maxrss may keep the parent's across exec)
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])

    import openpyxl
    from core.errors import UserError
    from core.tabular import read_table
    before, started = peak_kib(), time.monotonic()
    try:
        table = read_table(Path(sys.argv[1]))
        outcome = "read %d rows" % len(table.rows)
    except UserError as error:
        outcome = "refused: " + str(error)
    print(outcome)
    print(time.monotonic() - started)
    print((peak_kib() - before) / 1024)
""")


def probe(path: Path, timeout: float = 60) -> tuple[str, float, float]:
    """(outcome, seconds, extra peak MB) of reading ``path`` in a fresh interpreter."""
    if not Path("/proc/self/status").exists():
        pytest.skip("needs /proc to measure the peak memory")
    try:
        done = subprocess.run(
            [sys.executable, "-c", PROBE, str(path)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"reading {path.name} still ran after {timeout} s")
    assert done.returncode == 0, done.stderr
    outcome, seconds, megabytes = done.stdout.splitlines()[-3:]
    return outcome, float(seconds), float(megabytes)


def test_a_zip_bomb_is_refused_at_once_and_unpacks_nothing(zip_bomb):
    outcome, seconds, megabytes = probe(zip_bomb)
    print(
        f"zip bomb ({zip_bomb.stat().st_size / 1e6:.1f} MB → 1 GiB): {outcome!r} in {seconds:.3f} s, "
        f"+{megabytes:.1f} MB peak"
    )
    assert outcome.startswith("refused: ") and "bom nén" in outcome and "\n" not in outcome
    assert seconds < 5 and megabytes < 200


def test_a_register_with_too_many_rows_is_refused_quickly_in_little_memory(tmp_path):
    path = tmp_path / "so-300000.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("field,applicant_name,channel,received_at,due_at\r\n")
        line = "Hộ tịch,Nguyễn Văn An,direct,2025-03-03 09:00,2025-03-05 09:00\r\n"
        for _ in range(30):
            handle.write(line * 10_000)
    assert path.stat().st_size < MAX_IMPORT_BYTES  # within the size limit: the rows are what is too many
    outcome, seconds, megabytes = probe(path)
    print(
        f"300,000-row CSV ({path.stat().st_size / 1e6:.1f} MB): {outcome!r} in {seconds:.3f} s, "
        f"+{megabytes:.1f} MB peak"
    )
    assert outcome.startswith("refused: ") and "100.000 dòng" in outcome
    assert seconds < 5 and megabytes < 50


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "lon.csv"
    with path.open("wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)  # sparse: nothing to read would be fast enough anyway
    monkeypatch.setattr(tabular, "_read_csv", lambda _: pytest.fail("the file was read"))
    with pytest.raises(UserError, match="quá lớn") as caught:
        read_table(path)
    assert "64 MB" in str(caught.value)


def test_more_rows_than_the_limit_are_refused_in_xlsx_too(tmp_path, monkeypatch):
    path = xlsx_with_rows(tmp_path / "so.xlsx", 12)
    monkeypatch.setattr(tabular, "MAX_IMPORT_ROWS", 10)
    with pytest.raises(UserError, match="hơn 10 dòng"):
        read_table(path)
    monkeypatch.setattr(tabular, "MAX_IMPORT_ROWS", 12)
    assert len(read_table(path).rows) == 12


def test_blank_rows_do_not_count_toward_the_limit(tmp_path, monkeypatch):
    path = tmp_path / "so.csv"
    path.write_text("a,b\n" + "1,2\n,\n\n" * 5, encoding="utf-8")
    monkeypatch.setattr(tabular, "MAX_IMPORT_ROWS", 5)
    assert len(read_table(path).rows) == 5


@pytest.mark.parametrize(
    "limit, value, message",
    [
        ("MAX_XLSX_UNPACKED_BYTES", 5_000, "giải nén ra"),
        ("MAX_XLSX_MEMBERS", 3, "thành phần"),
    ],
)
def test_an_archive_too_big_when_unpacked_or_too_many_members_is_refused(tmp_path, monkeypatch, limit, value, message):
    path = xlsx_with_rows(tmp_path / "so.xlsx", 3)
    monkeypatch.setattr(tabular, limit, value)
    monkeypatch.setattr("openpyxl.load_workbook", lambda *a, **k: pytest.fail("openpyxl opened the file"))
    with pytest.raises(UserError, match=message):
        read_table(path)


def test_a_member_packed_too_tightly_is_refused(tmp_path):
    path = xlsx_with_rows(tmp_path / "so.xlsx", 1)
    rewrite_member(
        path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(b"</sheetData>", b"</sheetData>" + b" " * (4 << 20))
    )
    with pytest.raises(UserError, match="nén .* lần"):
        read_table(path)


def test_what_is_not_an_archive_is_refused_in_one_line(tmp_path):
    path = tmp_path / "so.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UserError, match="Không mở được tệp Excel"):
        read_table(path)


# == written whole (issue 14, point 3) ========================================================================
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_table_excel_holds_open_gives_one_line_and_keeps_the_old_file(tmp_path, monkeypatch, suffix):
    target = tmp_path / f"so{suffix}"
    target.write_bytes(b"old")
    monkeypatch.setattr(files, "RETRY_SECONDS", 0.2)
    monkeypatch.setattr(os, "replace", sharing_violation)
    started = time.monotonic()
    with pytest.raises(FileInUse) as caught:
        write_table(target, ["a"], [["1"]])
    assert time.monotonic() - started >= 0.2
    assert "Excel" in str(caught.value) and "\n" not in str(caught.value)
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == [target.name]
