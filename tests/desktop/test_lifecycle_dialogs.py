"""A dossier's life through the page's dialogs: every step an event, refusals shown as core says them."""

from __future__ import annotations

import datetime as dt

import pytest

from core.dossiers import get_dossier, intake
from core.lifecycle import timeline
from desktop.dossiers.detail import DossierDetailPage
from tests.fakes import TESTER


class _Output:
    def __init__(self) -> None:
        self.shown: list[tuple[str, bytes, str]] = []

    def show(self, parent, title: str, data: bytes, name: str) -> str:
        self.shown.append((title, data, name))
        return ""


@pytest.fixture
def code(office_database) -> str:
    with office_database.transaction() as session:
        dossier, _ = intake(
            session,
            procedure_code="BTXH-04",
            applicant_name="Nguyễn Thị Hường",
            phone="0912345678",
            now=dt.datetime.now().replace(second=0, microsecond=0),
        )  # steps are stamped by minute
        return dossier.code


@pytest.fixture
def output() -> _Output:
    return _Output()


@pytest.fixture
def page(qtbot, ops, settle, code, output) -> DossierDetailPage:
    widget = DossierDetailPage(ops, output=output)
    qtbot.addWidget(widget)
    widget.resize(1150, 650)
    widget.show()
    widget.load(code)
    settle()
    return widget


def _step(page, settle, action: str, **values: str) -> list[str]:
    """Open the dialog of ``action``, fill it, press OK; returns what the dialog showed as refusal."""
    dialog = page.open_action(action)
    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    for key, value in values.items():
        widget = dialog.inputs.get(key) or getattr(dialog, key)
        if hasattr(widget, "setPlainText"):
            widget.setPlainText(value)
        elif hasattr(widget, "findData"):
            widget.setCurrentIndex(widget.findData(value))
        else:
            widget.setText(value)
    dialog.ok_button.click()
    settle()
    if accepted:
        return []
    message = [dialog.error.text()]
    dialog.reject()
    return message


def _kinds(database, code: str) -> list[str]:
    with database.session() as session:
        return [e.kind for e in timeline(session, code)]


def test_the_whole_life_through_the_dialogs(page, settle, database, code) -> None:
    enabled = {a for a, b in page.action_buttons.items() if b.isEnabled()}
    assert enabled == {"hand_over", "supplement", "result", "stop", "correct"}
    assert _step(page, settle, "hand_over", to="Công chức LĐTBXH Lê Văn Bình") == []
    assert page.facts["handler"].text() == "Công chức LĐTBXH Lê Văn Bình"
    assert _step(page, settle, "supplement", reason="Thiếu giấy xác nhận", items="Giấy xác nhận cư trú\nẢnh 4x6") == []
    assert page.detail.status == "waiting" and page.action_buttons["resume"].isEnabled()
    assert not page.action_buttons["result"].isEnabled()
    assert "đang chờ" in page.pauses.text()
    assert _step(page, settle, "resume") == []
    assert _step(page, settle, "result", note="Giấy xác nhận số 15") == []
    assert page.action_buttons["return"].isEnabled() and not page.action_buttons["supplement"].isEnabled()
    assert _step(page, settle, "return", collected_by="Trần Văn Hòa") == []
    assert "Đánh giá" in page.status_line.text() and "Trần Văn Hòa" in page.status_line.text()
    kinds = ["received", "handed_over", "supplement_requested", "resumed", "result_ready", "returned"]
    assert _kinds(database, code) == kinds
    assert page.timeline.kinds() == kinds
    steps = page.timeline.texts(page.timeline.WHAT)
    assert steps[:2] == ["Tiếp nhận hồ sơ", "Chuyển xử lý"]
    details = page.timeline.texts(page.timeline.DETAIL)
    assert "Ảnh 4x6" in details[2] and "Trần Văn Hòa" in details[5]
    assert set(page.timeline.texts(page.timeline.WHO)) == {TESTER.name}  # the session's caller did every step
    assert page.state.text() == "<b>Đã trả kết quả</b>"
    assert {a for a, b in page.action_buttons.items() if b.isEnabled()} == {"correct"}


def test_a_correction_reprints_the_receipt_as_a_new_version(page, settle, database, code, output) -> None:
    assert page.facts["receipt"].text() == "bản số 1"
    assert _step(page, settle, "correct", field="applicant_name", value="Nguyễn Thị Hương", reason="Gõ nhầm dấu") == []
    with database.session() as session:
        assert get_dossier(session, code).receipt_version == 2
    assert page.facts["receipt"].text() == "bản số 2"
    assert page.timeline.kinds()[-1] == "corrected"
    assert "Nguyễn Thị Hường" in page.timeline.texts(page.timeline.DETAIL)[-1]
    assert [name for _, _, name in output.shown] == [f"giay-tiep-nhan-{code}-v2.pdf"]
    assert output.shown[0][1].startswith(b"%PDF")


def test_a_choice_field_is_corrected_from_its_list(page, settle, database, code) -> None:
    assert _step(page, settle, "correct", field="delivery", choice="postal", reason="Công dân đổi ý") == []
    assert "Qua dịch vụ bưu chính" in page.facts["channel"].text()


def test_refused_steps_show_the_core_message(page, settle, database, code) -> None:
    assert _step(page, settle, "hand_over", to="") == ["Chưa ghi người hoặc cơ quan nhận hồ sơ."]
    assert _step(page, settle, "correct", field="applicant_name", value="Ai đó", reason="") == [
        "Cần ghi lý do sửa thông tin."
    ]
    assert _step(page, settle, "return") == ["Hồ sơ chưa có kết quả để trả."]  # the button is only a hint
    assert _kinds(database, code) == ["received"]


def test_a_stopped_dossier_offers_its_stop_notice(page, settle, output, code) -> None:
    assert not page.document_buttons["stop"].isEnabled()
    assert _step(page, settle, "stop", kind="withdrawn", reason="Công dân xin rút") == []
    assert page.document_buttons["stop"].isEnabled()
    assert "Công dân xin rút hồ sơ: Công dân xin rút" in page.timeline.texts(page.timeline.DETAIL)[-1]
    page.document_buttons["stop"].click()
    page.document_buttons["control-sheet"].click()
    settle()
    assert [name for _, _, name in output.shown] == [f"thong-bao-dung-{code}.pdf", f"phieu-kiem-soat-{code}.pdf"]


def test_the_default_output_previews_the_receipt(qtbot, ops, settle, code) -> None:
    from desktop.widgets.pdf_preview import PdfPreviewDialog

    page = DossierDetailPage(ops)
    qtbot.addWidget(page)
    page.load(code)
    settle()
    page.document_buttons["receipt"].click()
    settle()
    dialogs = page.findChildren(PdfPreviewDialog)
    assert len(dialogs) == 1 and dialogs[0].windowTitle() == f"Giấy tiếp nhận hồ sơ và hẹn trả kết quả — {code}"
    dialogs[0].close()


def test_save_as_over_a_pdf_a_reader_holds_open_shows_one_line_in_the_message_box(qtbot, tmp_path, monkeypatch) -> None:
    """Issue 14: a reprint saved over the PDF Acrobat shows: the message box says so; the old PDF is kept."""
    import os

    from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

    from core import files
    from desktop.lifecycle.documents import SaveAsOutput
    from tests.spreadsheets import leftovers, sharing_violation

    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "giay-tiep-nhan.pdf"
    target.write_bytes(b"%PDF the one Acrobat shows")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF (*.pdf)"))
    monkeypatch.setattr(files, "RETRY_SECONDS", 0.1)
    real_replace = os.replace
    monkeypatch.setattr(os, "replace", sharing_violation)
    assert SaveAsOutput().show(parent, "Giấy tiếp nhận", b"%PDF new", target.name) == ""
    boxes = [b for b in parent.findChildren(QMessageBox) if b.objectName() == "errorMessage"]
    assert len(boxes) == 1 and "giay-tiep-nhan.pdf" in boxes[0].text() and "\n" not in boxes[0].text()
    boxes[0].close()
    assert target.read_bytes() == b"%PDF the one Acrobat shows" and leftovers(tmp_path, target.name) == []
    monkeypatch.setattr(os, "replace", real_replace)  # the reader closed it: saved
    assert SaveAsOutput().show(parent, "Giấy tiếp nhận", b"%PDF new", target.name).endswith(str(target))
    assert target.read_bytes() == b"%PDF new"
