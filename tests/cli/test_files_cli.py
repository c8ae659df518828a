"""Files at the command line (issues 13, 14): exports held open by Excel exit 2 in one line with nothing
half-written, the CSV separator setting, imports refused in one line."""

from __future__ import annotations

import csv
import json
import os
import zipfile

import pytest

from core import files
from tests.spreadsheets import HYPERLINK, leftovers, sharing_violation


@pytest.fixture
def office(run):
    assert run("init", "--unit-code", "H40.25.12", "--office-name", "UBND xã Hoa Thành")[0] == 0
    code, out, _ = run(
        "intake",
        "--procedure",
        "HT-01",
        "--applicant",
        HYPERLINK,
        "--received",
        "2025-03-03 09:00",
        "--id-number",
        "040090012345",
    )
    assert code == 0
    return out.strip()


@pytest.mark.parametrize("command", [["dossiers", "export"], ["procedures", "export"]])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_excel_holds_open_exits_2_and_keeps_the_old_file(run, office, tmp_path, monkeypatch, command, suffix):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"xuat{suffix}"
    target.write_bytes(b"the file Excel shows")
    monkeypatch.setattr(files, "RETRY_SECONDS", 0.1)
    monkeypatch.setattr(os, "replace", sharing_violation)
    code, out, err = run(*command, str(target))
    assert code == 2 and out == "" and err.count("\n") == 1
    assert f"xuat{suffix}" in err and "Excel" in err and "đóng" in err
    assert target.read_bytes() == b"the file Excel shows" and leftovers(folder, target.name) == []


def test_the_csv_separator_is_a_setting(run, office, tmp_path):
    assert json.loads(run("settings", "show", "--json")[1])["csv_separator"] == ";"
    for value, separator in ((",", ","), ("tab", "\t"), ("\t", "\t"), (";", ";")):
        code, out, _ = run("settings", "set", "csv_separator", value)
        assert code == 0, value
        path = tmp_path / "so.csv"
        assert run("dossiers", "export", str(path))[0] == 0
        with path.open(encoding="utf-8-sig", newline="") as handle:
            header, row = list(csv.reader(handle, delimiter=separator))
        assert header[0] == "code" and row[4] == "'" + HYPERLINK and row[5] == '="040090012345"'
    code, _, err = run("settings", "set", "csv_separator", "|")
    assert code == 2 and "csv_separator" in err and err.count("\n") == 1


def test_a_zip_bomb_import_exits_2_in_one_line(run, office, tmp_path):
    path = tmp_path / "so.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            for _ in range(600):
                member.write(b" " * (1 << 20))
    code, _, err = run("dossiers", "import", str(path))
    assert code == 2 and err.count("\n") == 1 and "bom nén" in err
