"""Scanned papers and results kept with the dossier: stored, listed, opened, counted as digitised (issue 16 §2)."""

from __future__ import annotations

import hashlib
import io

import pytest
from sqlmodel import select

from core.attachments import attach, digitised_components, files_of, open_file, thumbnail
from core.dossiers import get_dossier, intake
from core.file_store import FolderStore, TableStore, blob_folder, store_for
from core.lifecycle import record_result
from core.models import AttachedFile, Dossier, DossierEvent
from core.security.audit_check import verify
from tests.core.attachments_helpers import image, pdf
from tests.core.test_attachments_attacks import code, desk  # noqa: F401  (fixtures)


def test_attach_list_open_and_thumbnail(desk, code):  # noqa: F811
    form, card = pdf(3, text="Tờ khai"), image("JPEG", (900, 1200))
    with desk.transaction() as session:
        first = attach(session, code, r"C:\Quet\to-khai.pdf", form, component=0)
        second = attach(session, code, "giay-khai-sinh.jpg", card, component=1)
        png = attach(session, code, "ket-qua.png", image("PNG", (800, 600)), result=True)
    assert (first.file_name, first.media_type, first.pages, first.size) == (
        "to-khai.pdf",
        "application/pdf",
        3,
        len(form),
    )
    assert first.sha256 == hashlib.sha256(form).hexdigest() and first.attached_by == "kiemthu"
    assert (second.media_type, second.pages, png.is_result, png.component) == ("image/jpeg", 1, True, None)
    with desk.session() as session:
        listed = files_of(session, code)
        assert [a.id for a in listed] == [first.id, second.id, png.id]
        assert open_file(session, first.id) == form and open_file(session, second.id) == card
        from PIL import Image

        small = Image.open(io.BytesIO(thumbnail(session, first.id)))
        assert small.format == "JPEG" and small.size[0] == 200 and small.size[1] > 250  # an A4 page, portrait
        assert Image.open(io.BytesIO(thumbnail(session, second.id))).size == (200, 267)


def test_a_component_is_digitised_by_its_file_and_the_dossier_by_all(desk, code):  # noqa: F811
    with desk.session() as session:
        dossier = get_dossier(session, code)
        assert (dossier.digitized, dossier.digitized_source) == (False, "files")
        assert [c["digitized"] for c in dossier.components] == [False, False]
        assert digitised_components(session, code) == [False, False]
    with desk.transaction() as session:
        attach(session, code, "to-khai.pdf", pdf(), component=0)
    with desk.session() as session:
        assert digitised_components(session, code) == [True, False]
        assert get_dossier(session, code).digitized is False
    with desk.transaction() as session:
        attach(session, code, "ket-qua.pdf", pdf(text="Kết quả"), result=True)
    with desk.session() as session:
        assert get_dossier(session, code).digitized is False  # the result is no component
    with desk.transaction() as session:
        attach(session, code, "khai-sinh.png", image("PNG"), component=1)
    with desk.session() as session:
        dossier = get_dossier(session, code)
        assert dossier.digitized is True and [c["digitized"] for c in dossier.components] == [True, True]


def test_intake_ignores_ticked_boxes_and_attaches_in_the_same_transaction(desk):  # noqa: F811
    ticked = [{"name": "Tờ khai", "kind": "bản chính", "count": 1, "digitized": True}]
    with desk.transaction() as session:
        dossier, _ = intake(session, procedure_code="T-3D", applicant_name="Lê Văn Cường", components=ticked)
        assert dossier.digitized is False and dossier.components[0]["digitized"] is False
        attach(session, dossier.code, "to-khai.pdf", pdf())  # a single component: it
        assert dossier.digitized is True
        code_ = dossier.code
    with desk.session() as session:
        assert get_dossier(session, code_).digitized is True


def test_the_history_gets_an_attached_event(desk, code):  # noqa: F811
    with desk.transaction() as session:
        attach(session, code, "to-khai.pdf", pdf(2), component=0)
    with desk.session() as session:
        dossier = get_dossier(session, code)
        event = session.exec(
            select(DossierEvent).where(DossierEvent.dossier_id == dossier.id, DossierEvent.kind == "attached")
        ).one()
    assert event.actor == "kiemthu"
    assert event.detail["file_name"] == "to-khai.pdf" and event.detail["component"] == "thành phần 1 «Tờ khai»"
    assert event.detail["pages"] == 2 and event.detail["index"] == 1


def test_the_same_file_on_two_dossiers_is_stored_once(desk, code):  # noqa: F811
    data = pdf(1, text="Giấy ủy quyền")
    with desk.transaction() as session:
        other, _ = intake(session, procedure_code="T-3D", applicant_name="Phạm Thị Dung")
        a = attach(session, code, "uy-quyen.pdf", data, component=0)
        b = attach(session, other.code, "uy-quyen.pdf", data, component=0)
        assert len(list(store_for(session).names())) == 2  # the file and its thumbnail, once
    with desk.session() as session:
        assert open_file(session, a.id) == open_file(session, b.id) == data


def test_the_store_follows_the_database(desk, code):  # noqa: F811
    with desk.transaction() as session:
        attach(session, code, "to-khai.pdf", pdf(), component=0)
    with desk.session() as session:
        store = store_for(session)
        if desk.is_sqlite:
            assert isinstance(store, FolderStore) and store.root == blob_folder(desk.path)
            assert store.root.name == "office.files" and len(list(store.root.glob("??/*"))) == 2
        else:
            assert isinstance(store, TableStore) and len(list(store.names())) == 2


def test_the_result_goes_to_a_dossier_being_handled_or_with_a_result(desk, code):  # noqa: F811
    with desk.transaction() as session:
        attach(session, code, "du-thao.pdf", pdf(text="Dự thảo"), result=True)
        record_result(session, code)
        attach(session, code, "ket-qua.pdf", pdf(text="Kết quả"), result=True)
    with desk.session() as session:
        assert [a.is_result for a in files_of(session, code)] == [True, True]


def test_the_audit_trail_covers_attachments(desk, code):  # noqa: F811
    with desk.transaction() as session:
        done = attach(session, code, "to-khai.pdf", pdf(), component=0)
    with desk.session() as session:
        assert verify(session).ok
    with desk.engine.begin() as connection:  # the recorded SHA-256 changed behind the program's back
        connection.execute(AttachedFile.__table__.update().where(AttachedFile.id == done.id).values(sha256="0" * 64))
    with desk.session() as session:
        report = verify(session)
    assert not report.ok and any("attachment" in problem for problem in report.problems)


def test_old_and_imported_dossiers_keep_their_recorded_flag(desk, code):  # noqa: F811
    with desk.transaction() as session:
        dossier = session.exec(select(Dossier).where(Dossier.code == code)).one()
        dossier.digitized_source, dossier.digitized = "recorded", True
        session.add(dossier)
    with desk.transaction() as session:
        attach(session, code, "to-khai.pdf", pdf(), component=0)
    with desk.session() as session:
        dossier = get_dossier(session, code)
        assert dossier.digitized is True and dossier.components[0]["digitized"] is True


@pytest.mark.parametrize("pages", [1, 4])
def test_multi_page_files_count_their_pages(desk, code, pages):  # noqa: F811
    with desk.transaction() as session:
        done = attach(session, code, "nhieu-trang.pdf", pdf(pages), component=0)
    assert done.pages == pages


def test_the_monthly_digitised_rate_moves_with_the_files(desk, code):  # noqa: F811
    from core.reports import monthly_report

    with desk.session() as session:
        month = f"{get_dossier(session, code).received_at:%Y-%m}"
        before = monthly_report(session, month, "calendar")
    assert before.kpis["digitized_rate"].rate == 0 and before.digitized_note() == ""
    with desk.transaction() as session:
        attach(session, code, "to-khai.pdf", pdf(), component=0)
        attach(session, code, "khai-sinh.jpg", image(), component=1)
    with desk.session() as session:
        after = monthly_report(session, month, "calendar")
    assert after.kpis["digitized_rate"].rate == 1
    assert after.to_json()["digitized_sources"]["files"] == {"accepted": 1, "digitized": 1}


def test_a_scanners_pdf_and_a_drawn_pdf_both_get_a_thumbnail(desk, code):  # noqa: F811
    from PIL import Image

    from bench.attach import scanned_pdf

    with desk.transaction() as session:
        scanned = attach(session, code, "quet.pdf", scanned_pdf(2), component=0)
        drawn = attach(session, code, "ve.pdf", pdf(1, text="Văn bản"), component=1)
    with desk.session() as session:
        for done in (scanned, drawn):
            small = Image.open(io.BytesIO(thumbnail(session, done.id)))
            assert small.size[0] == 200 and 280 <= small.size[1] <= 285  # A4 portrait
            assert small.convert("L").getextrema()[0] < 100  # something dark was drawn: not a blank page


def test_a_lost_thumbnail_is_made_again_from_its_file(desk, code):  # noqa: F811
    with desk.transaction() as session:
        done = attach(session, code, "to-khai.pdf", pdf(2), component=0)
        row = session.get(AttachedFile, done.id)
        store = store_for(session)
        first = thumbnail(session, done.id)
    if desk.is_sqlite:
        store.path(row.thumbnail_blob).unlink()  # a power cut before the thumbnail reached the disk
    else:
        with desk.transaction() as session:
            store_for(session).put(row.thumbnail_blob, b"MCF1" + bytes(40), replace=True)
    with desk.session() as session:
        again = thumbnail(session, done.id)
    assert again[:3] == b"\xff\xd8\xff" and len(again) == len(first)
    if desk.is_sqlite:
        assert store.has(row.thumbnail_blob)
