"""The citizen's rating window, driven by key presses: 1/2/3, Ctrl for the clerk, and two presses from return."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from sqlmodel import select

from core.dossiers import intake
from core.lifecycle import hand_over, record_result, record_return
from core.models import Rating
from core.satisfaction.ratings import RatingPrompt
from desktop.ratings.desk import RatingDesk, place_window
from desktop.ratings.rating_window import RatingWindow
from tests.fakes import TESTER

PROMPT = RatingPrompt("H40-250303-0001", "Đăng ký khai sinh", "Công chức Tư pháp – Hộ tịch")


@pytest.fixture
def window(qtbot) -> RatingWindow:
    widget = RatingWindow(PROMPT)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.mark.parametrize("key, level", [(Qt.Key.Key_1, 1), (Qt.Key.Key_2, 2), (Qt.Key.Key_3, 3)])
def test_keys_1_2_3_choose_as_the_citizen(qtbot, window, key, level) -> None:
    with qtbot.waitSignal(window.chosen) as blocker:
        qtbot.keyClick(window, key)
    assert blocker.args == [level, "citizen"]
    qtbot.keyClick(window, Qt.Key.Key_3)  # a second press does nothing: the desk records once
    assert not any(b.isEnabled() for b in window.buttons.values())


def test_ctrl_or_the_switch_records_the_clerk(qtbot, window) -> None:
    with qtbot.waitSignal(window.chosen) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [2, "clerk"]
    other = RatingWindow(PROMPT)
    qtbot.addWidget(other)
    other.by_clerk.setChecked(True)
    with qtbot.waitSignal(other.chosen) as blocker:
        qtbot.mouseClick(other.buttons[3], Qt.MouseButton.LeftButton)
    assert blocker.args == [3, "clerk"]


def test_it_shows_only_the_procedure_and_the_officer(window) -> None:
    texts = " ".join(label.text() for label in window.findChildren(QLabel))
    assert "Đăng ký khai sinh" in texts and "Công chức Tư pháp – Hộ tịch" in texts
    assert "Hài lòng" in window.buttons[2].text() and "Rất hài lòng" in window.buttons[3].text()  # Vietnamese
    assert PROMPT.code not in texts
    assert min(b.minimumHeight() for b in window.buttons.values()) >= 200  # big, for a finger


def test_full_screen_on_the_second_screen_only(qtbot) -> None:
    widget = RatingWindow(PROMPT)
    qtbot.addWidget(widget)
    screen = QApplication.primaryScreen()
    assert place_window(widget, home=screen, screens=[screen]) is False and not widget.isFullScreen()


@pytest.fixture
def returned(office_database) -> str:
    now = dt.datetime.now().replace(second=0, microsecond=0)
    with office_database.transaction() as s:
        dossier, _ = intake(
            s,
            procedure_code="HT-01",
            applicant_name="Nguyễn Thị Hường",
            received_at=now - dt.timedelta(minutes=30),
            now=now,
        )
        hand_over(s, dossier.code, to="Công chức Tư pháp – Hộ tịch", at=now - dt.timedelta(minutes=20))
        record_result(s, dossier.code, at=now - dt.timedelta(minutes=10))
    return dossier.code


def _rating(database) -> Rating | None:
    with database.session() as s:
        return s.exec(select(Rating)).first()


def test_the_desk_records_the_key_and_the_comment(qtbot, ops, settle, office_database, returned) -> None:
    with office_database.transaction() as s:
        record_return(s, returned)
    desk = RatingDesk(ops)
    desk.open_for(returned)
    settle()
    window = desk.window
    qtbot.addWidget(window)
    assert window.isVisible() and window.officer.text().endswith("Công chức Tư pháp – Hộ tịch")
    qtbot.keyClick(window, Qt.Key.Key_1)
    settle()
    rating = _rating(office_database)
    assert (rating.level, rating.entered_by, rating.actor) == (1, "citizen", TESTER.name)
    assert window.pages.currentIndex() == 1 and "Không hài lòng" in window.your_choice.text()
    window.comment.insert("Phải chờ lâu")  # QTest types ASCII only
    qtbot.keyClick(window.comment, Qt.Key.Key_Return)
    settle()
    assert _rating(office_database).comment == "Phải chờ lâu"
    desk.open_for(returned)  # already rated: nothing opens again
    settle()
    assert desk.window is window


def test_two_key_presses_from_return_to_rating(qtbot, open_window, office_database, returned) -> None:
    built = open_window(office_database)
    idle = lambda: qtbot.waitUntil(built.ops.is_idle, timeout=10_000)
    built.dossiers.open_dossier(returned)
    idle()
    dialog = built.dossiers.detail.open_action("return")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # press 1: the clerk confirms the return
    idle()
    qtbot.waitUntil(
        lambda: any(isinstance(w, RatingWindow) and w.isVisible() for w in QApplication.topLevelWidgets()),
        timeout=10_000,
    )
    idle()
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RatingWindow) and w.isVisible())
    qtbot.keyClick(window, Qt.Key.Key_3)  # press 2: the citizen rates
    idle()
    rating = _rating(office_database)
    assert rating is not None and (rating.level, rating.entered_by) == (3, "citizen")
    window.close()
