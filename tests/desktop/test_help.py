"""The Help menu: F1 opens the user guide (resources/guide) with its screenshots; About; the guide's contents."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.office import init_office
from desktop.app import Built
from desktop.help import GuideWindow, app_version, guide_path, slug

#: The sections issue 8 asks the guide for (words each section's heading must hold).
REQUIRED_SECTIONS = [
    "Bắt đầu",
    "Cài đặt",
    "Lần chạy đầu",
    "Đăng nhập",
    "Tiếp nhận hồ sơ và in giấy tiếp nhận",
    "Theo dõi hồ sơ",
    "Chuyển xử lý",
    "Yêu cầu bổ sung",
    "Có kết quả",
    "Trả kết quả",
    "Lấy ý kiến đánh giá",
    "Hồ sơ trễ hạn và phiếu xin lỗi",
    "Báo cáo tháng",
    "Sao lưu và khôi phục",
    "Khi mất mạng",
    "Chuyển hệ thống tỉnh",
    "Phím tắt",
    "Câu hỏi thường gặp",
]
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
ANCHOR_LINK = re.compile(r"\]\(#([^)]+)\)")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


@pytest.fixture(scope="module")
def markdown() -> str:
    return guide_path().read_text(encoding="utf-8")


@pytest.fixture
def built(open_window, database) -> Built:
    with database.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành")
    return open_window(database, today=dt.date(2026, 4, 2))


def test_f1_opens_the_guide_at_its_first_heading(qtbot, built: Built, markdown: str) -> None:
    window = built.window
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.help_menu.guide
    assert isinstance(guide, GuideWindow)
    qtbot.waitUntil(guide.isVisible)
    first = next(line[2:].strip() for line in markdown.splitlines() if line.startswith("# "))
    assert guide.headings()[0] == (1, first) == (1, "Hướng dẫn sử dụng Một Cửa")
    assert guide.browser.verticalScrollBar().value() == 0
    qtbot.keyClick(window, Qt.Key.Key_F1)  # a second F1 brings the same window forward
    assert window.help_menu.guide is guide


def test_the_menu_is_in_vietnamese(built: Built) -> None:
    menu = built.window.help_menu
    assert menu.menu.title() == "Trợ giúp"
    assert menu.guide_action.text() == "Hướng dẫn sử dụng"
    assert menu.guide_action.shortcut().toString() == "F1"
    assert menu.about_action.text() == "Giới thiệu"


def test_about_shows_the_version_and_the_database(built: Built, database) -> None:
    box = built.window.help_menu.show_about()
    assert app_version() in box.text()
    assert str(database.path) in box.text()
    assert "Cơ sở dữ liệu" in box.text()
    box.close()


def test_every_image_of_the_guide_exists(qtbot, markdown: str) -> None:
    folder = guide_path().parent
    written = IMAGE.findall(markdown)
    assert len(written) >= 15
    assert all((folder / name).is_file() for name in written), [n for n in written if not (folder / n).is_file()]
    guide = GuideWindow()
    qtbot.addWidget(guide)
    assert guide.image_names() == written  # the window shows each one, and no other
    unused = {p.name for p in (folder / "images").glob("*.png")} - {Path(n).name for n in written}
    assert not unused, f"screenshots the guide does not show: {sorted(unused)}"


def test_screenshots_shrink_to_the_window(qtbot) -> None:
    guide = GuideWindow()
    qtbot.addWidget(guide)
    guide.resize(700, 500)
    guide.show()
    qtbot.waitExposed(guide)
    guide.fit_images()
    block, widths = guide.document().begin(), []
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fmt = iterator.fragment().charFormat()
            if fmt.isImageFormat():
                widths.append(fmt.toImageFormat().width())
            iterator += 1
        block = block.next()
    assert widths and all(0 < width <= guide.browser.viewport().width() for width in widths)


def test_every_required_section_is_there(markdown: str) -> None:
    headings = [_fold(line.lstrip("#").strip()) for line in markdown.splitlines() if line.startswith("#")]
    missing = [s for s in REQUIRED_SECTIONS if not any(_fold(s) in heading for heading in headings)]
    assert missing == []


def test_the_table_of_contents_leads_to_headings(qtbot, markdown: str) -> None:
    targets = ANCHOR_LINK.findall(markdown)
    headings = {slug(line.lstrip("#").strip()) for line in markdown.splitlines() if line.startswith("#")}
    assert len(targets) >= 10 and set(targets) <= headings
    guide = GuideWindow()
    qtbot.addWidget(guide)
    guide.resize(900, 500)
    guide.show()
    qtbot.waitExposed(guide)
    from PySide6.QtCore import QUrl

    guide.browser.anchorClicked.emit(QUrl("#" + targets[-1]))  # the last section: far down
    assert guide.browser.verticalScrollBar().value() > 0


def test_docs_point_to_the_guide() -> None:
    pointer = Path(__file__).resolve().parents[2] / "docs" / "huong-dan-su-dung.md"
    target = re.search(r"\]\(([^)]+)\)", pointer.read_text(encoding="utf-8")).group(1)
    assert (pointer.parent / target).resolve() == guide_path().resolve()
