"""The command-line contract of docs/cli.md: outputs, JSON shapes, exit codes, one-line Vietnamese errors."""

import json

import pytest

from cli.main import main


def test_due_examples_of_the_rules(run):
    assert run("due", "--received", "2025-01-24 10:00", "--days", "3")[1].splitlines()[-1] == "2025-02-05 10:00"
    assert run("due", "--received", "2025-03-03 10:00", "--hours", "8")[1].splitlines()[-1] == "2025-03-04 10:30"
    assert run("due", "--received", "2025-03-03 15:00", "--same-day")[1].splitlines()[-1] == "2025-03-04 17:00"
    assert (
        run("due", "--received", "2025-03-03 15:00", "--same-day", "--cutoff", "16:00")[1].splitlines()[-1]
        == "2025-03-03 17:00"
    )


def test_due_prints_why_then_the_moment_alone_on_the_last_line(run):
    code, out, _ = run("due", "--received", "2025-04-25 09:00", "--days", "2")
    lines = out.splitlines()
    assert code == 0 and lines[-1] == "2025-04-28 09:00"
    assert lines[0] == "Tiếp nhận: 09:00 ngày 25/04/2025."
    assert any(line.startswith("Không tính 27/04/2025: ") for line in lines)
    assert "Hẹn trả kết quả: 09:00 ngày 28/04/2025." in lines


def test_due_json_shape(run):
    code, out, _ = run("due", "--received", "2025-04-29 09:00", "--days", "1", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["received"] == "2025-04-29 09:00" and data["start"] == "2025-04-29 09:00"
    assert data["due"] == "2025-05-05 09:00"
    assert [s["date"] for s in data["skipped"]] == [
        "2025-04-30",
        "2025-05-01",
        "2025-05-02",
        "2025-05-03",
        "2025-05-04",
    ]
    assert all(s["reason"] for s in data["skipped"])


@pytest.mark.parametrize(
    "args, message",
    [
        (["due", "--received", "2025-02-30 10:00", "--days", "1"], "không tồn tại"),
        (["due", "--received", "2025-03-03 10:00", "--days", "-2"], "số âm"),
        (["due", "--received", "2025-03-03 10:00"], "cần một trong các tham số"),
        (["due", "--received", "2025-03-03 10:00", "--procedure", "KHONG"], "Không có thủ tục"),
        (["calendar", "set", "2025-13-01", "off"], "không hợp lệ"),
        (["calendar", "hours", "25:00-11:00"], "HH:MM"),
        (["intake", "--procedure", "HT-01", "--applicant", "A"], "motcua init"),
        (["init", "--unit-code", "có dấu", "--office-name", "X"], "Mã đơn vị"),
    ],
)
def test_bad_input_exits_2_with_one_vietnamese_line(run, args, message):
    code, out, err = run(*args)
    assert code == 2
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_english_messages_on_request(run):
    code, _, err = run("due", "--received", "2025-03-03 10:00", "--procedure", "NOPE", "--lang", "en")
    assert code == 2 and "No procedure" in err


def test_calendar_show_json_lists_weekday_days_off_and_worked_weekend_days(run):
    data = json.loads(run("calendar", "show", "2025", "--json")[1])
    days_off = {d["date"] for d in data["days_off"]}
    assert data["year"] == 2025
    assert "2025-05-02" in days_off and "2025-01-25" not in days_off  # Saturday: not an office-week day
    assert [d["date"] for d in data["extra_working_days"]] == ["2025-04-26"]


def test_calendar_set_import_and_hours(run, tmp_path):
    assert run("calendar", "set", "2025-03-04", "off", "--reason", "Bầu cử")[0] == 0
    assert run("due", "--received", "2025-03-03 10:00", "--days", "1")[1].splitlines()[-1] == "2025-03-05 10:00"
    assert run("calendar", "set", "2025-03-04", "default")[0] == 0
    assert run("due", "--received", "2025-03-03 10:00", "--days", "1")[1].splitlines()[-1] == "2025-03-04 10:00"
    csv_file = tmp_path / "days.csv"
    csv_file.write_text("date,kind,reason\n2025-03-08,working,Làm bù\n2025-03-09,sometimes,x\n", encoding="utf-8")
    code, _, err = run("calendar", "import", str(csv_file))
    assert code == 2 and "Dòng 3, cột kind" in err
    assert json.loads(run("calendar", "show", "2025", "--json")[1])["extra_working_days"][0]["date"] == "2025-04-26"
    assert run("calendar", "hours", "08:00-12:00,13:00-17:00", "--from", "2025-06-01")[0] == 0
    assert run("due", "--received", "2025-06-02 07:00", "--hours", "1")[1].splitlines()[-1] == "2025-06-02 09:00"


def test_init_intake_export_import_check(run, tmp_path):
    assert run("init", "--unit-code", "H40.25.12", "--office-name", "UBND xã Hoa Thành", "--place", "Hoa Thành")[0] == 0
    code, out, _ = run(
        "intake",
        "--procedure",
        "HT-01",
        "--applicant",
        "Nguyễn Văn An",
        "--received",
        "2025-03-03 09:00",
        "--id-number",
        "040090012345",
    )
    assert code == 0 and out.strip() == "H40.25.12-250303-0001"
    exported = tmp_path / "so.xlsx"
    assert run("dossiers", "export", str(exported))[0] == 0
    code, _, err = run("dossiers", "import", str(exported))
    assert code == 2 and "đã có trong cơ sở dữ liệu" in err  # the same codes again: refused whole
    assert run("check")[0] == 0


def test_procedures_list_json(run):
    data = json.loads(run("procedures", "list", "--json")[1])
    assert len(data) >= 40
    found = json.loads(run("procedures", "list", "--json", "--search", "khai sinh")[1])
    assert "Đăng ký khai sinh" in [p["name"] for p in found]


def test_version_and_help(capsys):
    assert main(["--version"]) == 0 and "motcua" in capsys.readouterr().out
    assert main(["--help"]) == 0
    assert "lịch làm việc" in capsys.readouterr().out


def test_a_database_held_by_another_writer_is_one_vietnamese_line_and_exit_2(run, cli_db, monkeypatch):
    """Another desk (or a sqlite3 shell) holds the write lock: wait a while, then one line, exit 2."""
    import sqlite3

    import core.storage

    assert run("init", "--unit-code", "H40.25.12", "--office-name", "UBND xã Hoa Thành")[0] == 0
    monkeypatch.setattr(core.storage, "BUSY_TIMEOUT_MS", 300)
    holder = sqlite3.connect(cli_db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code, _, err = run("intake", "--procedure", "HT-01", "--applicant", "Nguyễn Văn An")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 2 and err.count("\n") == 1 and "đang ghi" in err and "locked" not in err
    code, _, err = run(
        "intake", "--procedure", "HT-01", "--applicant", "Nguyễn Văn An", "--received", "2025-11-06 09:00"
    )
    assert code == 0, err


def _parsers(parser):
    import argparse

    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                yield from _parsers(sub)


def test_help_has_no_english_argparse_words_and_every_option_says_what_it_is(capsys):
    from cli.main import build_parser

    for words in (["--help"], ["report", "monthly", "--help"], ["dossiers", "--help"], ["calendar", "show", "--help"]):
        assert main(words) == 0
        out = capsys.readouterr().out
        for english in ("usage:", "positional arguments", "options:", "show this help message and exit"):
            assert english not in out, (words, english)
    assert "show program's version" not in (main(["--help"]), capsys.readouterr().out)[1]
    parser = build_parser()
    missing = [
        f"{p.prog} {'/'.join(a.option_strings) or a.dest}"
        for p in _parsers(parser)
        for a in p._actions
        if a.option_strings and not a.help
    ]
    assert missing == []


def test_calendar_show_needs_a_year_that_is_a_number(run):
    code, _, err = run("calendar", "show", "abc")
    assert code == 2 and err.count("\n") == 1 and "invalid" not in err
    assert "phải là một số" in err


@pytest.mark.parametrize(
    "args, english",
    [
        (["due", "--received", "2025-02-30 10:00", "--days", "1"], "does not exist"),
        (["calendar", "set", "2025-13-01", "off"], "does not exist"),
        (["calendar", "show", "abc"], "must be a number"),
        (["due", "--received", "2025-03-03 10:00", "--days", "x"], "not a whole number"),
        (["report", "monthly", "--month", "2025-13"], "invalid month"),
    ],
)
def test_argument_errors_in_english_with_lang_en(run, args, english):
    for where in (["--lang", "en", *args], [*args, "--lang", "en"], [*args, "--lang=en"]):
        code, _, err = run(*where)
        assert code == 2 and english in err and err.count("\n") == 1, (where, err)
        assert not any(c in err for c in "ăâđêôơưạảấầẩẫậ"), err


@pytest.mark.parametrize(
    "args",
    [
        ["report", "monthly", "--month", "2025-05", "--format", "pdf", "--out", "/khong-co/thu-muc/x.pdf"],
        ["dossiers", "export", "/khong-co/thu-muc/so.csv"],
        ["print", "receipt", "--dossier", "{code}", "--out", "/khong-co/thu-muc/gtn.pdf"],
    ],
)
def test_writing_into_a_folder_that_does_not_exist_is_one_vietnamese_line(run, args):
    assert run("init", "--unit-code", "H40.25.12", "--office-name", "UBND xã Hoa Thành")[0] == 0
    code = run("intake", "--procedure", "HT-01", "--applicant", "Nguyễn Văn An")[1].strip()
    status, _, err = run(*[a.format(code=code) for a in args])
    assert status == 2 and err.count("\n") == 1 and "Thư mục /khong-co/thu-muc không tồn tại" in err, err
