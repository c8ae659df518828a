"""Bad files and misuse: each refused with one Vietnamese line, nothing half-stored (issue 16 §2)."""

from __future__ import annotations

import hashlib
import os

import pytest
from sqlmodel import func, select

from core import attachments
from core.attachments import FilesLocked, attach, attach_path, open_file, thumbnail
from core.dossiers import intake
from core.errors import UserError
from core.file_store import MissingBlob, store_for
from core.lifecycle import stop
from core.limits import MAX_ATTACHMENT_BYTES
from core.models import AttachedFile, AttachmentBlob
from core.procedures import save_procedure
from tests.core.attachments_helpers import image, pdf

COMPONENTS = [
    {"name": "Tờ khai", "kind": "bản chính", "count": 1},
    {"name": "Giấy khai sinh", "kind": "bản sao", "count": 1},
]


@pytest.fixture
def desk(office_database):
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
    return office_database


@pytest.fixture
def code(desk):
    with desk.transaction() as session:
        dossier, _ = intake(session, procedure_code="T-3D", applicant_name="Nguyễn Văn An")
    return dossier.code


def stored(database) -> tuple[int, int]:
    """(attachment rows, blobs) in the database and its store."""
    with database.session() as session:
        rows = session.exec(select(func.count()).select_from(AttachedFile)).one()
        blobs = len(list(store_for(session).names()))
    return rows, blobs


def refused(database, code, name, data, match, **where):
    before = stored(database)
    with pytest.raises(UserError, match=match) as caught, database.transaction() as session:
        attach(session, code, name, data, **where)
    assert "\n" not in str(caught.value)
    assert stored(database) == before
    return str(caught.value)


def test_content_must_match_its_extension(desk, code):
    refused(desk, code, "to-khai.pdf", image("PNG"), r"không phải PDF", component=0)
    refused(desk, code, "anh.jpg", pdf(), r"không phải ảnh JPEG", component=0)
    refused(desk, code, "anh.png", image("JPEG"), r"không phải ảnh PNG", component=0)
    refused(desk, code, "ghi-chu.txt", b"hello", r"chỉ nhận PDF, JPEG", component=0)
    refused(desk, code, "rong.pdf", b"", r"rỗng", component=0)


def test_password_protected_and_broken_pdfs_are_refused(desk, code):
    refused(desk, code, "mat-khau.pdf", pdf(password="bimat"), r"bảo vệ bằng mật khẩu", component=0)
    good = pdf(3)
    refused(desk, code, "hong.pdf", b"%PDF-1.7\n" + os.urandom(2000), r"bị hỏng", component=0)
    refused(desk, code, "cat-ngang.pdf", good[: len(good) // 3], r"bị hỏng", component=0)


def test_damaged_and_oversized_images_are_refused(desk, code):
    jpeg = image("JPEG", (1200, 1600))
    refused(desk, code, "cat.jpg", jpeg[: len(jpeg) // 2], r"bị hỏng", component=0)
    bomb = image("PNG", (10_000, 10_000), mode="1")  # ~15 KB on disk, 100 million pixels once unpacked
    assert len(bomb) < 100_000
    refused(desk, code, "bom.png", bomb, r"điểm ảnh", component=0)


def test_a_200_mb_photo_is_refused_before_it_is_read(desk, code, tmp_path, monkeypatch):
    photo = tmp_path / "anh-dien-thoai.jpg"
    with open(photo, "wb") as stream:
        stream.write(b"\xff\xd8\xff\xe0")
        stream.truncate(200 * 1024 * 1024)  # sparse: nothing is really written

    def no_reading(*_args, **_kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(attachments, "open", no_reading, raising=False)
    before = stored(desk)
    with pytest.raises(UserError, match=r"200 MB, vượt giới hạn 50 MB"), desk.transaction() as session:
        attach_path(session, code, photo, component=0)
    assert stored(desk) == before
    refused(desk, code, "to.pdf", b"%PDF-" + bytes(MAX_ATTACHMENT_BYTES), r"vượt giới hạn 50 MB", component=0)


def test_the_same_file_twice_on_one_dossier_names_where_it_is(desk, code):
    data = pdf(2)
    with desk.transaction() as session:
        attach(session, code, "to-khai.pdf", data, component=0)
    message = refused(desk, code, "to-khai-lan-2.pdf", data, r"đã được đính kèm", component=1)
    assert "thành phần 1 «Tờ khai»" in message and "to-khai.pdf" in message
    refused(desk, code, "ket-qua.pdf", data, r"đã được đính kèm", result=True)


def test_components_out_of_range_and_results_of_stopped_dossiers(desk, code):
    refused(desk, code, "a.pdf", pdf(), r"không có thành phần số 3", component=2)
    refused(desk, code, "a.pdf", pdf(), r"không có thành phần số 0", component=-1)
    refused(desk, code, "a.pdf", pdf(), r"hãy chọn thành phần \(1–2\) hoặc kết quả")
    refused(desk, code, "a.pdf", pdf(), r"không vào cả hai", component=0, result=True)
    refused(desk, "KHONG-CO", "a.pdf", pdf(), r"Không tìm thấy hồ sơ", component=0)
    with desk.transaction() as session:
        stop(session, code, kind="withdrawn", reason="Công dân xin rút")
    refused(desk, code, "ket-qua.pdf", pdf(), r"đã dừng/rút", result=True)


def test_a_desk_without_the_office_key_cannot_attach_or_open(desk, code):
    with desk.transaction() as session:
        done = attach(session, code, "to-khai.pdf", pdf(), component=0)
    desk.unlock(None)
    try:
        before = stored(desk)
        with pytest.raises(FilesLocked, match="Chưa mở khoá"), desk.transaction() as session:
            attach(session, code, "giay.pdf", pdf(text="khác"), component=1)
        assert stored(desk) == before
        with desk.session() as session, pytest.raises(FilesLocked):
            open_file(session, done.id)
    finally:
        from core.security.protect import Cipher
        from tests.fakes import TEST_KEY

        desk.unlock(Cipher(TEST_KEY))


def test_a_tampered_blob_is_one_line_never_wrong_bytes(desk, code):
    data = pdf(2)
    with desk.transaction() as session:
        done = attach(session, code, "to-khai.pdf", data, component=0)
        blob = session.get(AttachedFile, done.id).blob
        store = store_for(session)
        sealed = bytearray(store.get(blob))
    sealed[-5] ^= 0xFF  # one bit of the ciphertext flipped
    with desk.transaction() as session:
        store_for(session).put(blob, bytes(sealed), replace=True)
    with desk.session() as session, pytest.raises(UserError, match=r"không khớp với bản đã lưu") as caught:
        open_file(session, done.id)
    assert "\n" not in str(caught.value)


def test_a_blob_swapped_for_another_files_blob_is_refused(desk, code):
    with desk.transaction() as session:
        one = attach(session, code, "to-khai.pdf", pdf(1, text="một"), component=0)
        two = attach(session, code, "khai-sinh.pdf", pdf(1, text="hai"), component=1)
        rows = session.get(AttachedFile, one.id), session.get(AttachedFile, two.id)
        store = store_for(session)
        other = store.get(rows[1].blob)
        store.put(rows[0].blob, other, replace=True)  # a valid blob, under another file's name
    with desk.session() as session, pytest.raises(UserError, match=r"không khớp"):
        open_file(session, one.id)


def test_a_missing_blob_says_to_restore(desk, code):
    with desk.transaction() as session:
        done = attach(session, code, "to-khai.pdf", pdf(), component=0)
        blob = session.get(AttachedFile, done.id).blob
    if desk.is_sqlite:
        store_path = store_for(desk.session()).path(blob)
        store_path.unlink()
    else:
        with desk.transaction() as session:
            session.delete(session.get(AttachmentBlob, blob))
    with desk.session() as session, pytest.raises(MissingBlob, match="khôi phục từ bản sao lưu"):
        open_file(session, done.id)
    with desk.session() as session:
        assert attachments.digitised_components(session, code) == [False, False]


def test_blob_names_and_contents_reveal_nothing(desk, code):
    data = pdf(2, text="Giấy tờ mẫu")
    with desk.transaction() as session:
        done = attach(session, code, "to-khai.pdf", data, component=0)
        row = session.get(AttachedFile, done.id)
        store = store_for(session)
        assert hashlib.sha256(data).hexdigest() not in {row.blob, row.thumbnail_blob}
        sealed = store.get(row.blob)
        assert data[:200] not in sealed and b"%PDF" not in sealed
        assert b"\xff\xd8\xff" not in store.get(row.thumbnail_blob)[:16]
        assert thumbnail(session, done.id).startswith(b"\xff\xd8\xff")


def test_a_rolled_back_intake_leaves_no_row(desk):
    before = stored(desk)
    with pytest.raises(RuntimeError), desk.transaction() as session:
        dossier, _ = intake(session, procedure_code="T-3D", applicant_name="Trần Thị Bình")
        attach(session, dossier.code, "to-khai.pdf", pdf(), component=0)
        raise RuntimeError("the window closed")
    rows, _blobs = stored(desk)
    assert rows == before[0]  # at most an orphan encrypted blob on a SQLite desk, never a row without its file


def test_unknown_attachment_ids(desk, code):
    with desk.session() as session:
        for bad in (999, "1; drop table attachment", None):
            with pytest.raises(UserError, match="Không có tệp đính kèm"):
                open_file(session, bad)


def test_the_database_check_names_files_whose_blob_is_gone(desk, code):
    from core.bootstrap import check_database

    with desk.transaction() as session:
        done = attach(session, code, "to-khai.pdf", pdf(), component=0)
        blob = session.get(AttachedFile, done.id).blob
    assert not any("tệp đính kèm" in p for p in check_database(desk).problems)
    if desk.is_sqlite:
        store_for(desk.session()).path(blob).unlink()
    else:
        with desk.transaction() as session:
            session.delete(session.get(AttachmentBlob, blob))
    [problem] = [p for p in check_database(desk).problems if "tệp đính kèm" in p]
    assert f"to-khai.pdf ({code})" in problem and "khôi phục" in problem
