"""The Ratings page: figures with the rate against its target, export, the evaluation sheet, paper surveys."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from core.dossiers import intake
from core.lifecycle import hand_over, record_result, record_return
from core.models import SurveyResponse
from core.satisfaction.ratings import rate
from desktop.ratings.page import RatingsPage
from tests.fakes import TESTER

NOW = dt.datetime.now().replace(second=0, microsecond=0)


@pytest.fixture
def codes(office_database) -> list[str]:
    """Three returned dossiers rated 3, 2 and 1 (the last with a comment)."""
    made = []
    with office_database.transaction() as s:
        for n, level in enumerate((3, 2, 1)):
            at = NOW - dt.timedelta(minutes=40 - n)
            dossier, _ = intake(s, procedure_code="HT-01", applicant_name="Lê Thị Hoa", received_at=at, now=NOW)
            hand_over(s, dossier.code, to="Công chức Tư pháp – Hộ tịch", at=at)
            record_result(s, dossier.code, at=at)
            record_return(s, dossier.code, at=at)
            rate(s, dossier.code, level=level, comment="Chờ lâu" if level == 1 else "", at=at)
            made.append(dossier.code)
    return made


@pytest.fixture
def shown() -> list[tuple[str, bytes, str]]:
    return []


@pytest.fixture
def page(qtbot, ops, settle, codes, shown) -> RatingsPage:
    widget = RatingsPage(
        ops, today=NOW.date(), show_pdf=lambda parent, data, title, name: shown.append((title, data, name))
    )
    qtbot.addWidget(widget)
    widget.resize(1150, 650)
    widget.show()
    settle()
    return widget


def test_figures_show_the_rate_against_the_target(page, settle, tmp_path) -> None:
    figures = page.figures
    model = figures.models["by_field"]
    assert model.rowCount() == 1
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells == ["Hộ tịch", "3", "1", "1", "1", "66,7%", "95,0%", "Chưa đạt"]
    assert "66,7%" in figures.summary.text() and "95,0%" in figures.summary.text()
    assert figures.dissatisfied.rowCount() == 1 and figures.dissatisfied.index(0, 5).data() == "Chờ lâu"
    figures.ask_path = lambda parent, name: str(tmp_path / name)
    path = figures.export()
    settle()
    book = openpyxl.load_workbook(path)
    assert list(book["Theo cán bộ"].iter_rows(min_row=3, values_only=True))[0][:5] == (
        "Công chức Tư pháp – Hộ tịch",
        3,
        1,
        1,
        1,
    )


def test_evaluation_sheet_is_scored_saved_and_printed(page, settle, codes, shown) -> None:
    editor = page.evaluation
    page.tabs.setCurrentWidget(editor)
    editor.open_code(codes[0])
    settle()
    assert editor.table.rowCount() == 9
    for row in range(9):
        editor.table.cellWidget(row, editor.SELF).setValue(2 if row < 7 else 1)
    assert "16/18" in editor.totals.text() and "Xuất sắc" in editor.totals.text()
    editor.save(then_print=True)
    settle()
    assert editor.sheet.total("self") == 16 and editor.sheet.saved
    title, data, name = shown[-1]
    assert data.startswith(b"%PDF") and name == f"bang-danh-gia-{codes[0]}.pdf" and codes[0] in title


def test_a_survey_is_set_up_and_forms_keyed_with_digits(qtbot, page, settle, database) -> None:
    page.setup.create_survey()
    settle()
    settle()
    assert page.setup.questions.rowCount() == 10 and page.setup.name.text() == "Đợt khảo sát 1"
    form = page.transcription
    page.tabs.setCurrentWidget(form)
    settle()
    assert form.form_no.text() == "1" and form.grid.questions
    qtbot.keyClicks(form.grid, "4545454504")  # ten answers; the last is left blank
    qtbot.keyClick(form.grid, Qt.Key.Key_Return)
    settle()
    assert form.form_no.text() == "2" and form.grid.answers() == [None] * 10  # ready for the next form
    qtbot.keyClicks(form.grid, "5")
    qtbot.keyClick(form.grid, Qt.Key.Key_Up)
    qtbot.keyClicks(form.grid, "3")
    assert form.grid.answers()[0] == 3
    with database.session() as s:
        response = s.exec(select(SurveyResponse)).one()
    assert response.keyed_by == TESTER.name and response.form_no == "1"
    assert response.answers["1.1"] == 4 and response.answers["5.1"] is None and response.answers["5.2"] == 4


def test_the_figures_start_on_the_whole_current_month(qtbot, ops) -> None:
    """Not today alone (on the 1st the range was one day): the month from its first to its last day."""
    from desktop.ratings.figures_view import FiguresView

    for today, last in ((dt.date(2026, 4, 1), dt.date(2026, 4, 30)), (dt.date(2026, 2, 17), dt.date(2026, 2, 28))):
        view = FiguresView(ops, today=today)
        qtbot.addWidget(view)
        assert view.period() == (today.replace(day=1), last)
        view.set_period(dt.date(2026, 1, 1), dt.date(2026, 1, 2))
        view.month_button.click()
        assert view.period() == (today.replace(day=1), last)
