"""The papers panel: thumbnails per component and for the result, "chưa có tệp", Attach…, drag and drop."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.attachments import panel as panel_module
from desktop.attachments.data import PaperFile, Slot
from desktop.attachments.panel import PapersPanel
from desktop.attachments.thumbs_model import PAPER_ROLE, SLOT_ROLE
from tests.paper_files import jpeg_bytes, scanned_pdf

SLOTS = [
    Slot(0, "Tờ khai đăng ký khai sinh theo mẫu quy định tại Thông tư số 04/2020/TT-BTP"),
    Slot(1, "Giấy chứng sinh"),
    Slot(2, "Giấy tờ chứng minh nơi cư trú (nếu có)", required=False),
    Slot(None, "Kết quả"),
]
AT = dt.datetime(2026, 3, 2, 9, 30)


def _paper(id_: int, component: int | None, name: str, pages: int = 1) -> PaperFile:
    return PaperFile(
        id_,
        component,
        component is None,
        name,
        "application/pdf",
        pages,
        52_000,
        "Trần Thị Mai",
        AT,
        jpeg_bytes(dpi=20),
    )


PAPERS = [_paper(1, 0, "to-khai.pdf", 3), _paper(2, 0, "to-khai-trang-4.pdf"), _paper(3, None, "giay-khai-sinh.pdf")]


@pytest.fixture
def panel(qtbot) -> PapersPanel:
    widget = PapersPanel()
    widget.resize(1000, 420)
    qtbot.addWidget(widget)
    widget.set_papers(SLOTS, PAPERS)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _files(tmp_path, *names: str) -> list[str]:
    paths = []
    for name in names:
        path = tmp_path / name
        path.write_bytes(scanned_pdf(1, dpi=20) if name.endswith(".pdf") else b"something")
        paths.append(str(path))
    return paths


def _drop(widget, point: QPointF, paths: list[str]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(p) for p in paths])
    enter = QDragEnterEvent(
        point.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)


def _row_point(panel: PapersPanel, row: int) -> QPointF:
    panel.view.doItemsLayout()  # the icons are laid out lazily
    assert panel.view.visualRect(panel.model.index(row)).isValid()
    return QPointF(panel.view.visualRect(panel.model.index(row)).center())


def test_each_component_shows_its_files_or_says_it_has_none(panel) -> None:
    model = panel.model
    texts = [model.index(row).data() for row in range(model.rowCount())]
    assert len(texts) == 5  # two files of component 1, two empty components, the result's file
    assert texts[0].startswith("1. Tờ khai đăng ký khai sinh") and "…" in texts[0] and "3 trang" in texts[0]
    assert "to-khai-trang-4.pdf" in texts[1] and "1 trang" in texts[1]
    assert texts[2] == "2. Giấy chứng sinh\nchưa có tệp"
    assert texts[3].endswith("chưa có tệp") and texts[4].startswith("Kết quả\ngiay-khai-sinh.pdf")
    assert model.index(2).data(Qt.ItemDataRole.ForegroundRole).name() == "#9a5b00"  # a needed one stands out
    assert model.index(3).data(Qt.ItemDataRole.ForegroundRole).name() == "#6b6b6b"
    assert "Trần Thị Mai đính kèm lúc 09:30 02/03/2026" in model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Thông tư số 04/2020/TT-BTP" in model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert not model.index(0).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "1/3 thành phần đã có tệp" in panel.title.text()
    assert [panel.target.itemText(n) for n in range(panel.target.count())][-1] == "Kết quả"


def test_a_file_dropped_on_a_component_goes_to_that_component(panel, tmp_path) -> None:
    asked = []
    panel.attach_requested.connect(lambda paths, slot: asked.append((paths, slot)))
    paths = _files(tmp_path, "giay-chung-sinh.pdf", "trang-2.PDF")
    _drop(panel.view.viewport(), _row_point(panel, 2), paths)
    assert asked == [(paths, SLOTS[1])]
    assert "Đang đính kèm 2 tệp vào 2. Giấy chứng sinh" in panel.message.text()


def test_a_file_dropped_between_icons_goes_to_the_chosen_place(panel, tmp_path) -> None:
    asked = []
    panel.attach_requested.connect(lambda paths, slot: asked.append((paths, slot)))
    panel.choose_slot(SLOTS[3])
    corner = QPointF(panel.view.viewport().width() - 3, panel.view.viewport().height() - 3)
    assert not panel.view.indexAt(corner.toPoint()).isValid()
    paths = _files(tmp_path, "ket-qua.pdf")
    _drop(panel.view.viewport(), corner, paths)
    _drop(panel, QPointF(5, 5), paths)  # on the panel's title line
    assert asked == [(paths, SLOTS[3]), (paths, SLOTS[3])]


def test_anything_but_pdf_jpeg_png_is_refused_in_one_line(panel, tmp_path) -> None:
    asked = []
    panel.attach_requested.connect(lambda paths, slot: asked.append(paths))
    _drop(panel.view.viewport(), _row_point(panel, 2), _files(tmp_path, "to-khai.pdf", "don.docx"))
    assert asked == []
    assert panel.message.text() == "Chưa đính kèm: don.docx không phải tệp PDF, JPEG hoặc PNG."
    (tmp_path / "thu-muc.pdf").mkdir()  # a folder named like a file
    _drop(panel.view.viewport(), _row_point(panel, 2), [str(tmp_path / "thu-muc.pdf")])
    assert asked == [] and "không phải tệp đọc được" in panel.message.text()


def test_a_drag_without_files_is_not_taken(panel) -> None:
    mime = QMimeData()
    mime.setText("không phải tệp")
    enter = QDragEnterEvent(
        _row_point(panel, 0).toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel.view.viewport(), enter)
    assert not enter.isAccepted()


def test_attach_button_picks_several_files_for_the_chosen_place(panel, tmp_path, monkeypatch) -> None:
    paths = _files(tmp_path, "a.pdf", "b.pdf")
    starts = []
    monkeypatch.setattr(panel_module, "ask_files", lambda parent, start="": starts.append(start) or paths)
    asked = []
    panel.attach_requested.connect(lambda p, slot: asked.append((p, slot)))
    panel.scan_start = str(tmp_path)
    panel.view.setCurrentIndex(panel.model.index(3))  # choosing an icon chooses its place
    assert panel.current_slot() == SLOTS[2]
    panel.attach_button.click()
    assert asked == [(paths, SLOTS[2])] and starts == [str(tmp_path)]
    monkeypatch.setattr(panel_module, "ask_files", lambda parent, start="": [])
    panel.attach_button.click()
    assert len(asked) == 1


def test_double_click_or_enter_opens_a_file_and_print_takes_the_chosen_ones(panel, qtbot) -> None:
    opened, printed = [], []
    panel.open_requested.connect(opened.append)
    panel.print_requested.connect(printed.append)
    panel.view.doubleClicked.emit(panel.model.index(4))
    panel.view.doubleClicked.emit(panel.model.index(2))  # an empty place opens nothing
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(1))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert opened == [PAPERS[2], PAPERS[1]]
    panel.print_button.click()
    assert printed == [[PAPERS[1]]]
    panel.view.clearSelection()
    panel.print_button.click()
    assert printed[-1] == PAPERS
    assert panel.model.index(0).data(PAPER_ROLE) == PAPERS[0] and panel.model.index(2).data(SLOT_ROLE) == SLOTS[1]


def test_a_dossier_without_files_has_an_empty_place_each_and_nothing_to_open(panel) -> None:
    panel.set_papers(SLOTS, [])
    assert [panel.model.index(r).data().split("\n")[1] for r in range(4)] == ["chưa có tệp"] * 4
    assert not panel.open_button.isEnabled() and not panel.print_button.isEnabled()
    assert "0/3 thành phần" in panel.title.text()
    panel.set_papers([], [])
    assert not panel.attach_button.isEnabled()


def test_a_file_without_a_picture_still_looks_like_a_file(panel) -> None:
    """A caller who may not see personal data gets no thumbnail: the icon is a page marked PDF, not the empty
    place of a missing file."""
    blind = [PaperFile(9, 1, False, "a.pdf", "application/pdf", 1, 10, "x", AT, b"")]
    panel.set_papers(SLOTS, blind)
    icon = panel.model.index(1).data(Qt.ItemDataRole.DecorationRole)
    empty = panel.model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert icon.pixmap(90, 120).toImage() != empty.pixmap(90, 120).toImage()
    assert panel.model.index(1).data().endswith("a.pdf\n1 trang")
