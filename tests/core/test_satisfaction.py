"""Satisfaction figures against a hand count on a constructed register (docs/rules.md §5), and the xlsx export."""

import datetime as dt

import openpyxl
import pytest

from core.models import Dossier, Rating
from core.satisfaction.figures import month_period, satisfaction_figures, set_field_targets
from core.satisfaction.workbook import write_xlsx

D = dt.datetime
#: (field, handler, channel, rated at, level, comment): nine ratings, seven of them in March–April 2025.
REGISTER = [
    ("Hộ tịch", "Lan", "direct", D(2025, 3, 3, 9), 3, ""),
    ("Hộ tịch", "Lan", "online", D(2025, 3, 10, 9), 2, ""),
    ("Hộ tịch", "Minh", "direct", D(2025, 3, 20, 9), 1, "Chờ lâu"),
    ("Đất đai", "Minh", "direct", D(2025, 3, 25, 9), 3, ""),
    ("Đất đai", "Minh", "postal", D(2025, 4, 2, 9), 2, ""),
    ("Đất đai", "", "online", D(2025, 4, 15, 9), 3, ""),
    ("Chứng thực", "Lan", "online", D(2025, 4, 30, 23, 59), 1, ""),
    ("Chứng thực", "Lan", "direct", D(2025, 5, 1, 0, 0), 3, ""),  # after the period
    ("Hộ tịch", "Lan", "direct", D(2025, 2, 28, 23, 59), 1, "Tháng trước"),  # before it
]
SINCE, UNTIL = dt.date(2025, 3, 1), dt.date(2025, 4, 30)


@pytest.fixture
def register(office_database):
    with office_database.transaction() as s:
        for n, (field, handler, channel, at, level, comment) in enumerate(REGISTER, start=1):
            dossier = Dossier(
                code=f"H40-{n:04d}",
                unit_code="H40",
                field=field,
                procedure_name=f"Thủ tục {n}",
                applicant_name="Người dân",
                handler=handler,
                channel=channel,
                received_at=at - dt.timedelta(days=3),
                due_at=at,
                result_at=at,
                returned_at=at,
            )
            s.add(dossier)
            s.flush()
            s.add(Rating(dossier_id=dossier.id, at=at, level=level, comment=comment, entered_by="citizen"))
    return office_database


def _counts(row):
    c = row.counts
    return row.label, c.total, c.dissatisfied, c.satisfied, c.very_satisfied


def test_figures_match_the_hand_count(register):
    with register.session() as s:
        f = satisfaction_figures(s, SINCE, UNTIL)
    # counted by hand from REGISTER: 7 ratings in the period, 2 không hài lòng, 2 hài lòng, 3 rất hài lòng
    assert _counts(f.total) == ("Tổng cộng", 7, 2, 2, 3)
    assert f.total.rate == pytest.approx(5 / 7) and f.total.target == 0.95 and f.total.meets is False
    assert [_counts(r) for r in f.by_field] == [
        ("Chứng thực", 1, 1, 0, 0),
        ("Đất đai", 3, 0, 1, 2),
        ("Hộ tịch", 3, 1, 1, 1),
    ]
    assert [r.target for r in f.by_field] == [0.95, 0.90, 0.95]  # land: 90% (district plan)
    assert [r.rate for r in f.by_field] == [0.0, 1.0, pytest.approx(2 / 3)]
    assert [r.meets for r in f.by_field] == [False, True, False]
    assert [_counts(r) for r in f.by_officer] == [
        ("Bộ phận Một cửa", 1, 0, 0, 1),
        ("Lan", 3, 1, 1, 1),
        ("Minh", 3, 1, 1, 1),
    ]
    assert [_counts(r) for r in f.by_channel] == [
        ("Trực tiếp", 3, 1, 0, 2),
        ("Dịch vụ bưu chính", 1, 0, 1, 0),
        ("Trực tuyến", 3, 1, 1, 1),
    ]
    assert [_counts(r) for r in f.by_month] == [("03/2025", 4, 1, 1, 2), ("04/2025", 3, 1, 1, 1)]
    assert f.by_month[0].rate == 0.75
    assert [(d.code, d.comment, d.officer) for d in f.dissatisfied] == [
        ("H40-0003", "Chờ lâu", "Minh"),
        ("H40-0007", "", "Lan"),
    ]


def test_a_period_without_ratings_has_no_rate(register):
    with register.session() as s:
        f = satisfaction_figures(s, dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    assert f.total.counts.total == 0 and f.total.rate is None and f.total.meets is None and f.by_field == ()


def test_per_field_targets_are_data(register):
    with register.transaction() as s:
        set_field_targets(s, {"hộ tịch": 0.6})  # matched without regard to case
    with register.session() as s:
        f = satisfaction_figures(s, SINCE, UNTIL)
    assert [(r.label, r.target, r.meets) for r in f.by_field] == [
        ("Chứng thực", 0.95, False),
        ("Đất đai", 0.95, True),
        ("Hộ tịch", 0.6, True),
    ]


def test_month_period():
    assert month_period("2025-02") == (dt.date(2025, 2, 1), dt.date(2025, 2, 28))
    assert month_period("2024-12") == (dt.date(2024, 12, 1), dt.date(2024, 12, 31))


def test_xlsx_reads_back(register, tmp_path):
    with register.session() as s:
        path = write_xlsx(satisfaction_figures(s, SINCE, UNTIL), tmp_path / "hai-long.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [
        "Tổng hợp",
        "Theo lĩnh vực",
        "Theo cán bộ",
        "Theo hình thức",
        "Theo tháng",
        "Không hài lòng",
    ]
    rows = list(book["Theo lĩnh vực"].iter_rows(min_row=3, values_only=True))
    assert rows[1] == ("Đất đai", 3, 0, 1, 2, 1.0, 0.9, "Đạt")
    assert rows[0][5:] == (0.0, 0.95, "Chưa đạt")
    assert book["Theo lĩnh vực"]["F3"].number_format == "0.0%"
    total = list(book["Tổng hợp"].iter_rows(min_row=3, values_only=True))[0]
    assert total[:5] == ("Tổng cộng", 7, 2, 2, 3) and total[5] == pytest.approx(5 / 7)
    unhappy = list(book["Không hài lòng"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[4], r[6]) for r in unhappy] == [("H40-0003", "Minh", "Chờ lâu"), ("H40-0007", "Lan", None)]


def test_a_comment_typed_as_a_formula_is_text_and_a_held_file_is_kept(office_database, tmp_path, monkeypatch):
    """Issues 13 and 14: a citizen's comment "=HYPERLINK(…)" stays text; a workbook Excel holds open is not
    replaced, one line says so, and no side file is left."""
    import os

    from core import files
    from core.files import FileInUse
    from tests.spreadsheets import HYPERLINK, formula_cells, leftovers, sharing_violation

    at = D(2025, 3, 20, 9)
    with office_database.transaction() as s:
        dossier = Dossier(
            code="H40-0001",
            unit_code="H40",
            field="Hộ tịch",
            procedure_name="Thủ tục",
            applicant_name="Người dân",
            handler="-Lan",
            channel="direct",
            received_at=at,
            due_at=at,
            result_at=at,
            returned_at=at,
        )
        s.add(dossier)
        s.flush()
        s.add(Rating(dossier_id=dossier.id, at=at, level=1, comment=HYPERLINK, entered_by="citizen"))
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "hai-long.xlsx"
    with office_database.session() as s:
        figures = satisfaction_figures(s, SINCE, UNTIL)
    write_xlsx(figures, path)
    assert formula_cells(path) == []
    unhappy = openpyxl.load_workbook(path)["Không hài lòng"]
    assert unhappy["G2"].value == HYPERLINK and unhappy["E2"].value == "-Lan"
    path.write_bytes(b"the file Excel shows")
    monkeypatch.setattr(files, "RETRY_SECONDS", 0.1)
    monkeypatch.setattr(os, "replace", sharing_violation)
    with pytest.raises(FileInUse, match="hai-long.xlsx"):
        write_xlsx(figures, path)
    assert path.read_bytes() == b"the file Excel shows" and leftovers(path.parent, "hai-long.xlsx") == []
