"""Scanned papers at intake: held per component (checked at once), attached with the dossier in one
transaction; a bad file refuses the whole intake and loses nothing the clerk typed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from core.attachments import digitised_components, files_of
from core.dossiers import list_dossiers
from core.procedures import save_procedure
from desktop.intake.data import ProcedureChoice
from desktop.intake.page import IntakePage
from tests.fakes import TESTER
from tests.paper_files import jpeg_bytes, scanned_pdf

NOW = dt.datetime(2025, 7, 7, 10, 0)
COMPONENTS = (
    {"name": "Tờ khai chứng thực", "kind": "bản chính", "count": 1},
    {"name": "Giấy khai sinh", "kind": "bản sao", "count": 1},
)


@pytest.fixture
def page(qtbot, office_database, ops, settle) -> IntakePage:
    with office_database.transaction() as session:
        save_procedure(
            session,
            {
                "code": "T-3D",
                "name": "Thủ tục thử ba ngày",
                "field": "Chứng thực",
                "duration_unit": "day",
                "duration": 3,
                "components": list(COMPONENTS),
            },
        )
    widget = IntakePage(ops, clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_procedure(
        ProcedureChoice("T-3D", "Thủ tục thử ba ngày", "Chứng thực", 0, "", "3 ngày làm việc", COMPONENTS)
    )
    widget.applicant.name.setText("Nguyễn Thị Hoà")
    widget.applicant.id_number.setText("001090012345")
    settle()
    yield widget
    settle()


def _dossiers(database):
    with database.session() as session:
        return list_dossiers(session)


def _drop_on_row(page: IntakePage, row: int, paths) -> None:
    view = page.pane.view
    point = QPointF(view.visualRect(view.model().index(row, 0)).center())
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


def test_the_digitised_box_is_a_fact_of_the_files_held(page, tmp_path, settle) -> None:
    model = page.checklist
    assert not model.flags(model.index(0, model.DIGITIZED)) & Qt.ItemFlag.ItemIsUserCheckable
    scan = tmp_path / "to-khai.pdf"
    scan.write_bytes(scanned_pdf(1, dpi=20))
    _drop_on_row(page, 0, [scan])
    settle()
    assert model.index(0, model.DIGITIZED).data() == "✓ 1 tệp" and model.rows[0].submitted
    assert model.index(1, model.DIGITIZED).data() == "—"


def test_a_bad_file_is_said_at_once_and_not_held(page, tmp_path, settle) -> None:
    fake = tmp_path / "giay-khai-sinh.pdf"
    fake.write_bytes(jpeg_bytes(dpi=20))  # a photo named .pdf
    page.pane.files_chosen.emit(1, [str(fake)])
    settle()
    assert "giay-khai-sinh.pdf" in page.error.text() and "không phải PDF" in page.error.text()
    assert page.checklist.rows[1].files == ()
    page.pane.files_chosen.emit(1, [str(tmp_path / "don.docx")])
    assert page.error.text() == "Chưa đính kèm: don.docx không phải tệp PDF, JPEG hoặc PNG."


def test_accepting_attaches_the_held_files_in_the_same_operation(page, office_database, tmp_path, settle) -> None:
    first, second = tmp_path / "to-khai.pdf", tmp_path / "khai-sinh.jpg"
    first.write_bytes(scanned_pdf(2, dpi=20))
    second.write_bytes(jpeg_bytes(dpi=30))
    page.pane.files_chosen.emit(0, [str(first)])
    page.pane.files_chosen.emit(1, [str(second)])
    settle()
    page.save()
    settle()
    [dossier] = _dossiers(office_database)
    with office_database.session() as session:
        stored = files_of(session, dossier.code)
        assert [(f.component, f.file_name, f.pages, f.attached_by) for f in stored] == [
            (0, "to-khai.pdf", 2, TESTER.name),
            (1, "khai-sinh.jpg", 1, TESTER.name),
        ]
        assert digitised_components(session, dossier.code) == [True, True]
    assert page.checklist.rows == [] and page.banner.isVisible()


def test_a_file_spoiled_after_it_was_held_refuses_the_whole_intake_and_keeps_the_form(
    page, office_database, tmp_path, settle
) -> None:
    """Attack: the file changes on disk between the check and Save (a scanner overwriting it, a swapped USB
    stick). Core checks again: nothing is accepted, no dossier, no file stored, and the clerk loses nothing."""
    scan = tmp_path / "to-khai.pdf"
    scan.write_bytes(scanned_pdf(1, dpi=20))
    page.pane.files_chosen.emit(0, [str(scan)])
    settle()
    page.checklist.tick_all()
    scan.write_bytes(b"%PDF-1.4 hong")
    page.save()
    settle()
    assert _dossiers(office_database) == []
    assert "to-khai.pdf" in page.error.text() and "hỏng" in page.error.text()
    assert page.applicant.name.text() == "Nguyễn Thị Hoà" and page.checklist.rows[0].files == (str(scan),)
    assert page.intake_actions.primary.isEnabled()
    scan.write_bytes(scanned_pdf(1, dpi=20))  # put right: the same form goes through
    page.save()
    settle()
    assert len(_dossiers(office_database)) == 1


def test_a_new_scan_is_offered_for_a_component_and_moved_aside_once_accepted(
    qtbot, page, office_database, tmp_path, settle
) -> None:
    from core.office import set_setting
    from desktop.attachments.scan_folder import ATTACHED_FOLDER

    scans = tmp_path / "Máy quét"
    scans.mkdir()
    with office_database.transaction() as session:
        set_setting(session, "scan_folder", str(scans))
    page.hide()
    page.show()  # the page reads the setting when it comes forward
    settle()
    assert page.scans.folder == scans.resolve()
    (scans / "scan0001.pdf").write_bytes(scanned_pdf(1, dpi=20))
    page.scans.rescan()
    page.scans.rescan()
    assert page.scan_bar.isVisible()
    assert [a.text() for a in page.scan_bar.menu.actions()] == ["1. Tờ khai chứng thực", "2. Giấy khai sinh"]
    page.scan_bar.menu.actions()[1].trigger()
    settle()
    assert page.checklist.rows[1].files == (str(scans.resolve() / "scan0001.pdf"),)
    page.checklist.tick_all()
    page.save()
    settle()
    [dossier] = _dossiers(office_database)
    with office_database.session() as session:
        assert [(f.component, f.file_name) for f in files_of(session, dossier.code)] == [(1, "scan0001.pdf")]
    assert (scans / ATTACHED_FOLDER / "scan0001.pdf").exists() and not (scans / "scan0001.pdf").exists()
    assert page.scan_bar.isHidden()
