"""``motcua print``: exit 0 with a PDF, exit 2 with one Vietnamese line and no file."""

from __future__ import annotations

import pytest

from tests.databases import cli


@pytest.fixture
def run(printable, capsys):
    database, made = printable

    def invoke(*args):
        code = cli(list(args), database.url)
        out, err = capsys.readouterr()
        return code, out, err

    return invoke, made


def test_print_each_kind(run, tmp_path):
    invoke, made = run
    p = made["nd118-2025"]
    for kind, option, reference in [
        ("receipt", "--dossier", p.code),
        ("control-sheet", "--dossier", p.code),
        ("apology", "--dossier", p.code),
        ("stop", "--dossier", p.stopped),
        ("supplement", "--slip", p.supplement),
        ("refusal", "--dossier", p.refusal),
        ("evaluation", "--dossier", p.code),
    ]:
        target = tmp_path / f"{kind}.pdf"
        code, out, err = invoke("print", kind, option, reference, "--out", str(target))
        assert (code, err) == (0, ""), kind
        assert target.read_bytes().startswith(b"%PDF") and out.strip() == str(target)
    code, _, err = invoke(
        "print", "register", "--from", "2025-01-01", "--to", "2025-12-31", "--out", str(tmp_path / "so.pdf")
    )
    assert (code, err) == (0, "") and (tmp_path / "so.pdf").exists()


@pytest.mark.parametrize(
    "args, message",
    [
        (["receipt", "--dossier", "H40.25.12-990101-0001"], "Không tìm thấy hồ sơ"),
        (["letter", "--dossier", "X"], "lựa chọn 'letter' không hợp lệ"),
        (["receipt"], "Cần mã hồ sơ"),
        (["receipt", "--slip", "PBS-2025-0001"], "in theo mã hồ sơ"),
        (["supplement", "--slip", "PTC-2025-0001"], "không hợp lệ"),
        (["register", "--from", "2025-01-01"], "Sổ theo dõi cần --from NGÀY và --to NGÀY"),
    ],
)
def test_print_refusals(run, tmp_path, args, message):
    invoke, _ = run
    target = tmp_path / "x.pdf"
    code, out, err = invoke("print", *args, "--out", str(target))
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1
    assert not target.exists()


def test_print_wrong_state(run, tmp_path):
    invoke, made = run
    code, _, err = invoke("print", "stop", "--dossier", made["nd118-2025"].code, "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and "chưa dừng giải quyết" in err
    code, _, err = invoke("print", "apology", "--dossier", made["nd61-2018"].stopped, "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and "chưa có văn bản xin lỗi" in err


def test_a_pdf_a_reader_holds_open_exits_2_in_one_line_and_leaves_no_part_file(run, tmp_path, monkeypatch):
    """Issue 14: Acrobat locks the PDF it shows; the command said nothing useful and left ``*.part`` behind."""
    import os

    from core import files
    from tests.spreadsheets import leftovers, sharing_violation

    invoke, made = run
    invoke("print", "receipt", "--dossier", made["nd118-2025"].code, "--out", str(tmp_path / "first.pdf"))
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "giay-tiep-nhan.pdf"
    target.write_bytes(b"%PDF the receipt the reader shows")
    monkeypatch.setattr(files, "RETRY_SECONDS", 0.1)
    monkeypatch.setattr(os, "replace", sharing_violation)
    for args in (
        ["receipt", "--dossier", made["nd118-2025"].code],
        ["register", "--from", "2025-01-01", "--to", "2025-12-31"],
    ):
        code, out, err = invoke("print", *args, "--out", str(target))
        assert code == 2 and out == "" and err.count("\n") == 1 and "giay-tiep-nhan.pdf" in err and "đóng" in err
        assert target.read_bytes() == b"%PDF the receipt the reader shows"
        assert leftovers(folder, target.name) == []
