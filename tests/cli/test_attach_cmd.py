"""``motcua attach`` and ``motcua files`` (issue 16 §2): from the command line alone, the same core services as
the window; a bad file is one line and exit code 2, nothing stored."""

from __future__ import annotations

import json

import pytest

from tests.core.attachments_helpers import image, pdf


@pytest.fixture
def office(run):
    assert run("init", "--unit-code", "H40.25.12", "--office-name", "UBND xã Hoa Thành")[0] == 0
    return run


@pytest.fixture
def code(office) -> str:
    status, out, err = office("intake", "--procedure", "HT-01", "--applicant", "Nguyễn Văn An")
    assert status == 0, err
    return out.strip()


def _files(run, code: str) -> dict:
    status, out, err = run("files", code, "--json")
    assert status == 0, err
    return json.loads(out)


def test_attach_components_and_result_then_list_them(office, code, tmp_path):
    run = office
    form, birth = tmp_path / "to-khai.pdf", tmp_path / "giay chung sinh.jpg"
    form.write_bytes(pdf(3, text="Tờ khai"))
    birth.write_bytes(image("JPEG"))
    status, out, err = run("attach", code, str(form), "--component", "1")
    assert status == 0, err
    assert 'đã đính kèm "to-khai.pdf" (3 trang' in out and "thành phần 1 «Tờ khai" in out
    assert run("attach", code, str(birth), "--component", "2")[0] == 0
    result = tmp_path / "ket-qua.pdf"
    result.write_bytes(pdf(1, text="Giấy khai sinh"))
    assert run("attach", code, str(result), "--result")[0] == 0
    data = _files(run, code)
    assert [(f["component"], f["file_name"], f["pages"], f["result"]) for f in data["files"]] == [
        (1, "to-khai.pdf", 3, False),
        (2, "giay chung sinh.jpg", 1, False),
        (None, "ket-qua.pdf", 1, True),
    ]
    assert data["files"][0]["attached_by"] == "kiemthu" and len(data["files"][0]["sha256"]) == 64
    assert [c["digitized"] for c in data["components"]][:2] == [True, True] and data["digitized"] is False
    status, out, _ = run("files", code)
    assert status == 0 and "to-khai.pdf" in out and "Kết quả" in out and "Đã số hóa 2/" in out
    history = json.loads(run("dossiers", "history", code, "--json")[1])["events"]
    assert [e["kind"] for e in history].count("attached") == 3


@pytest.mark.parametrize(
    "name,content,match",
    [
        ("anh.pdf", image("PNG"), "không phải PDF"),
        ("mat-khau.pdf", pdf(password="bimat"), "mật khẩu"),
        ("hong.pdf", b"%PDF-1.4\n" + b"x" * 500, "bị hỏng"),
        ("ghi-chu.txt", b"hello", "chỉ nhận PDF, JPEG"),
    ],
)
def test_bad_files_are_one_line_and_nothing_is_stored(office, code, tmp_path, name, content, match):
    path = tmp_path / name
    path.write_bytes(content)
    status, out, err = office("attach", code, str(path), "--component", "1")
    assert status == 2 and match in err and err.count("\n") == 1 and out == ""
    assert _files(office, code)["files"] == []


def test_wrong_places_and_the_same_file_twice(office, code, tmp_path):
    path = tmp_path / "to-khai.pdf"
    path.write_bytes(pdf())
    status, _, err = office("attach", code, str(path), "--component", "9")
    assert status == 2 and "không có thành phần số 9" in err
    status, _, err = office("attach", code, str(path))
    assert status == 2 and "hãy chọn thành phần" in err
    status, _, err = office("attach", code, str(path), "--component", "0")
    assert status == 2 and "số thứ tự thành phần" in err
    status, _, err = office("attach", code, str(path), "--component", "1", "--result")
    assert status == 2
    assert office("attach", code, str(path), "--component", "1")[0] == 0
    status, _, err = office("attach", code, str(path), "--component", "2")
    assert status == 2 and "đã được đính kèm" in err and err.count("\n") == 1
    status, _, err = office("attach", code, str(tmp_path / "khong-co.pdf"), "--component", "2")
    assert status == 2 and "Không tìm thấy tệp" in err
    status, _, err = office("files", "KHONG-CO-MA")
    assert status == 2 and "Không tìm thấy hồ sơ" in err


def test_no_files_yet(office, code):
    status, out, _ = office("files", code)
    assert status == 0 and "chưa có tệp đính kèm" in out
