"""A dossier's scanned papers on its page, against a real database: attach by drop and from the scan folder,
refusals in one line with nothing stored, the viewer, printing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from core.attachments import digitised_components, files_of, open_file
from core.dossiers import get_dossier, intake
from core.models import AuditEvent
from core.office import set_setting
from core.procedures import save_procedure
from core.security.audit_check import verify
from desktop.attachments import printing
from desktop.attachments.scan_folder import ATTACHED_FOLDER
from desktop.dossiers.detail import DossierDetailPage
from tests.fakes import TESTER
from tests.paper_files import jpeg_bytes, scanned_pdf

COMPONENTS = [
    {"name": "Tờ khai chứng thực", "kind": "bản chính", "count": 1},
    {"name": "Giấy khai sinh", "kind": "bản sao", "count": 1},
]


@pytest.fixture
def code(office_database) -> str:
    with office_database.transaction() as session:
        save_procedure(
            session,
            {
                "code": "T-3D",
                "name": "Thủ tục thử ba ngày",
                "field": "Chứng thực",
                "duration_unit": "day",
                "duration": 3,
                "components": COMPONENTS,
            },
        )
        dossier, _ = intake(session, procedure_code="T-3D", applicant_name="Nguyễn Văn An")
    return dossier.code


@pytest.fixture
def page(qtbot, code, ops, settle) -> DossierDetailPage:
    widget = DossierDetailPage(ops)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load(code)
    settle()
    yield widget
    settle()


def _drop_on(page: DossierDetailPage, row: int, paths: list) -> None:
    view = page.papers.panel.view
    view.doItemsLayout()
    point = QPointF(view.visualRect(view.model().index(row)).center())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    QApplication.sendEvent(
        view.viewport(),
        QDragEnterEvent(
            point.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        ),
    )
    QApplication.sendEvent(
        view.viewport(),
        QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
    )


def _files(database, code):
    with database.session() as session:
        return files_of(session, code)


def test_a_scan_dropped_on_a_component_is_stored_shown_and_counted(
    page, code, office_database, tmp_path, settle
) -> None:
    panel = page.papers.panel
    assert [panel.model.index(r).data().split("\n")[1] for r in range(3)] == ["chưa có tệp"] * 3
    scan = tmp_path / "giấy khai sinh.pdf"
    scan.write_bytes(scanned_pdf(3, dpi=40))
    _drop_on(page, 1, [scan])
    settle()
    [stored] = _files(office_database, code)
    assert (stored.component, stored.pages, stored.attached_by, stored.file_name) == (
        1,
        3,
        TESTER.name,
        "giấy khai sinh.pdf",
    )
    assert panel.message.text() == "Đã đính kèm 1 tệp vào 2. Giấy khai sinh."
    assert panel.model.index(1).data() == "2. Giấy khai sinh\ngiấy khai sinh.pdf\n3 trang"
    assert not panel.model.index(1).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "1/2 thành phần đã có tệp" in panel.title.text()
    assert scan.exists()  # a file from elsewhere than the scan folder is left where it was
    assert "Đính kèm giấy tờ đã quét" in [page.timeline.item(r, 2).text() for r in range(page.timeline.rowCount())]
    with office_database.session() as session:
        assert digitised_components(session, code) == [False, True]
        assert not get_dossier(session, code).digitized


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("to-khai.pdf", jpeg_bytes(dpi=20), "không phải PDF"),
        ("co-mat-khau.pdf", scanned_pdf(1, dpi=20, password="1234"), "mật khẩu"),
        ("hong.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "bị hỏng"),
    ],
)
def test_a_bad_file_is_one_line_and_nothing_is_stored(
    page, code, office_database, tmp_path, settle, name, data, said
) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "tot.pdf"
    good.write_bytes(scanned_pdf(1, dpi=20))
    _drop_on(page, 0, [good, bad])  # all or none: the good one is not kept either
    settle()
    message = page.papers.panel.message.text()
    assert said in message and name in message and "\n" not in message
    assert _files(office_database, code) == []
    assert page.papers.panel.attach_button.isEnabled()


def test_the_same_file_twice_is_refused(page, code, office_database, tmp_path, settle) -> None:
    scan = tmp_path / "a.pdf"
    scan.write_bytes(scanned_pdf(1, dpi=20))
    _drop_on(page, 0, [scan])
    settle()
    _drop_on(page, 2, [scan])
    settle()
    assert "đã được đính kèm" in page.papers.panel.message.text()
    assert len(_files(office_database, code)) == 1


def test_a_file_opens_in_the_viewer_and_prints(page, code, office_database, tmp_path, settle, monkeypatch) -> None:
    data = scanned_pdf(3, dpi=30)
    scan = tmp_path / "ket-qua.pdf"
    scan.write_bytes(data)
    _drop_on(page, 2, [scan])  # the result
    settle()
    panel = page.papers.panel
    panel.view.doubleClicked.emit(panel.model.index(2))
    settle()
    viewer = page.papers.viewer
    assert viewer is not None and viewer.viewer.pages() == 3 and viewer.viewer.data == data
    assert viewer.windowTitle() == f"ket-qua.pdf — {code}"
    viewer.accept()
    out = tmp_path / "in.pdf"

    def printer(parent):
        made = QPrinter(QPrinter.PrinterMode.HighResolution)
        made.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        made.setOutputFileName(str(out))
        made.setResolution(72)
        return made

    monkeypatch.setattr(printing, "ask_printer", printer)
    panel.print_button.click()
    settle()
    assert panel.message.text() == "Đã in 3 trang." and out.stat().st_size > 0
    with office_database.session() as session:  # a print of personal papers leaves its trace in the trail
        last = session.exec(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        [paper] = files_of(session, code)
        assert (last.action, last.detail) == ("in giấy tờ đính kèm", {"dossier": code, "files": [paper.id]})
        assert verify(session).ok


def test_the_scan_folder_offers_new_files_and_moves_them_aside(page, code, office_database, tmp_path, settle) -> None:
    scans = tmp_path / "May quet"
    scans.mkdir()
    (scans / "cu.pdf").write_bytes(scanned_pdf(1, dpi=20, password=None))  # there before: not new
    with office_database.transaction() as session:
        set_setting(session, "scan_folder", str(scans))
    page.reload()
    settle()
    watcher = page.papers.scans
    assert watcher.folder == scans.resolve() and page.papers.panel.scan_start == str(scans.resolve())
    data = scanned_pdf(2, dpi=20)
    (scans / "scan0001.pdf").write_bytes(data)
    watcher.rescan()
    watcher.rescan()
    bar = page.papers.scan_bar
    assert bar.isVisible() and bar.label.text() == "Có 1 tệp mới từ máy quét: scan0001.pdf"
    assert [a.text() for a in bar.menu.actions()] == ["1. Tờ khai chứng thực", "2. Giấy khai sinh", "Kết quả"]
    bar.menu.actions()[0].trigger()
    settle()
    [stored] = _files(office_database, code)
    assert stored.component == 0 and stored.file_name == "scan0001.pdf"
    with office_database.session() as session:
        assert open_file(session, stored.id) == data
    assert not (scans / "scan0001.pdf").exists()
    assert (scans / ATTACHED_FOLDER / "scan0001.pdf").read_bytes() == data
    assert (scans / "cu.pdf").exists() and bar.isHidden()
