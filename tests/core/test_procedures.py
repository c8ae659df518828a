"""The procedure catalog: the bundled list, accent-blind search, import and export."""

import pytest
from sqlmodel import select

from core.errors import UserError
from core.models import Procedure
from core.procedures import (
    COMPONENT_KINDS,
    export_catalog,
    import_catalog,
    list_procedures,
    procedure_duration,
    search_procedures,
)
from core.text import fold

FIELDS = {
    "Hộ tịch",
    "Chứng thực",
    "Đất đai",
    "Bảo trợ xã hội",
    "Người có công",
    "Thi đua – khen thưởng",
    "Nuôi con nuôi",
}


def test_bundled_catalog_is_realistic(database):
    with database.session() as session:
        procedures = list_procedures(session)
    assert len(procedures) >= 40
    assert {p.field for p in procedures} >= FIELDS
    for p in procedures:
        assert p.components, p.code
        assert all(c["kind"] in COMPONENT_KINDS and c["count"] >= 1 for c in p.components)
        assert p.sources.get("duration"), p.code  # every processing time says where it comes from
        procedure_duration(p)
    birth = next(p for p in procedures if p.name == "Đăng ký khai sinh")
    assert birth.duration_unit == "same_day"


def test_search_ignores_accents_and_case(database):
    with database.session() as session:
        for query in ("khai sinh", "khai sinh".upper(), "Khai Sinh", "đăng ký khai sinh", "dang ky khai sinh"):
            names = [p.name for p in search_procedures(session, query)]
            assert "Đăng ký khai sinh" in names, query
        assert all(
            "kết hôn" in fold(p.name).replace("ket hon", "kết hôn") or "ket hon" in p.name_key
            for p in search_procedures(session, "ket hon")
        )


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_import_round_trip(database, tmp_path, suffix):
    path = tmp_path / f"catalog{suffix}"
    with database.session() as session:
        before = {
            p.code: (p.name, p.duration_unit, p.duration, p.fee, p.components, p.sources)
            for p in list_procedures(session)
        }
        assert export_catalog(session, path) == len(before)
    with database.transaction() as session:
        for procedure in session.exec(select(Procedure)):
            session.delete(procedure)
    with database.transaction() as session:
        assert import_catalog(session, path) == len(before)
    with database.session() as session:
        after = {
            p.code: (p.name, p.duration_unit, p.duration, p.fee, p.components, p.sources)
            for p in list_procedures(session)
        }
    assert after == before


def test_bad_catalog_row_is_refused_whole(database, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "code,name,field,duration_unit,duration,fee\n"
        "NEW-1,Thủ tục mới,Hộ tịch,day,3,0\n"
        "NEW-2,Thủ tục lỗi,Hộ tịch,week,3,0\n",
        encoding="utf-8",
    )
    with pytest.raises(UserError) as error, database.transaction() as session:
        import_catalog(session, path)
    assert str(error.value).startswith("Dòng 3, cột duration_unit")
    with database.session() as session:
        assert session.exec(select(Procedure).where(Procedure.code == "NEW-1")).first() is None


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_catalog_field_typed_as_a_formula_never_runs_and_comes_back(database, tmp_path, suffix):
    """Issue 13: the catalog export neutralises formula-like text; importing the export gives it back."""
    import csv

    from core.procedures import save_procedure
    from tests.spreadsheets import CALC, HYPERLINK, formula_cells

    with database.transaction() as session:
        save_procedure(
            session,
            {
                "code": "X-1",
                "name": HYPERLINK,
                "field": CALC,
                "duration_unit": "day",
                "duration": 2,
                "fee_note": "-",
                "result": "@kết quả",
            },
        )
    path = tmp_path / f"catalog{suffix}"
    with database.session() as session:
        export_catalog(session, path)
    if suffix == ".xlsx":
        assert formula_cells(path) == []
    else:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            cells = [cell for record in csv.reader(handle, delimiter=";") for cell in record]
        assert "'" + CALC in cells and "'" + HYPERLINK in cells and "'-" in cells and "'@kết quả" in cells
        assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
    with database.transaction() as session:
        for procedure in session.exec(select(Procedure)):
            session.delete(procedure)
    with database.transaction() as session:
        import_catalog(session, path)
    with database.session() as session:
        back = session.exec(select(Procedure).where(Procedure.code == "X-1")).one()
        assert (back.name, back.field, back.fee_note, back.result) == (HYPERLINK, CALC, "-", "@kết quả")
