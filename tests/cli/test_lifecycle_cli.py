"""``motcua dossiers ACTION CODE`` and ``motcua slip``: a dossier followed from intake to return and rating,
and the slips of dossiers not accepted, from the command line alone (the same core services as the window)."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def office(run):
    assert run("init", "--unit-code", "H40.25.12", "--office-name", "UBND xã Hoa Thành", "--place", "Hoa Thành")[0] == 0
    return run


def _intake(run) -> str:
    code, out, err = run("intake", "--procedure", "HT-01", "--applicant", "Nguyễn Văn An")
    assert code == 0, err
    return out.strip()


def _history(run, code: str) -> list[dict]:
    status, out, err = run("dossiers", "history", code, "--json")
    assert status == 0, err
    return json.loads(out)["events"]


def test_a_dossier_from_intake_to_return_and_rating(office, tmp_path):
    run = office
    code = _intake(run)
    status, out, err = run("dossiers", "handover", code, "--to", "Phạm Văn Xử", "--note", "hồ sơ đủ")
    assert status == 0 and code in out, err
    status, out, err = run(
        "dossiers",
        "supplement",
        code,
        "--reason",
        "Thiếu giấy chứng sinh",
        "--item",
        "Giấy chứng sinh",
        "--item",
        "Tờ khai",
    )
    assert status == 0 and code in out, err
    assert run("dossiers", "resume", code)[0] == 0
    assert run("dossiers", "result", code, "--note", "đã ký")[0] == 0
    status, out, err = run("dossiers", "return", code, "--collected-by", "Nguyễn Thị Bình")
    assert status == 0 and code in out, err
    assert run("rate", "--dossier", code, "--level", "3")[0] == 0
    events = _history(run, code)
    assert [e["kind"] for e in events] == [
        "received",
        "handed_over",
        "supplement_requested",
        "resumed",
        "result_ready",
        "returned",
        "rated",
    ]
    assert all(
        e["actor"] == "Người kiểm thử" and e["at"] for e in events
    )  # the account's full name, as the window shows
    assert events[1]["detail"]["to"] == "Phạm Văn Xử"
    assert events[2]["detail"]["items"] == ["Giấy chứng sinh", "Tờ khai"]
    assert events[5]["detail"]["collected_by"] == "Nguyễn Thị Bình"
    assert run("print", "control-sheet", "--dossier", code, "--out", str(tmp_path / "pk.pdf"))[0] == 0


def test_withdraw_and_stop_then_the_stop_notice_prints(office, tmp_path):
    run = office
    first, second = _intake(run), _intake(run)
    status, _, err = run("dossiers", "withdraw", first)
    assert status == 2 and "thiếu tham số bắt buộc: --reason" in err and err.count("\n") == 1  # the help says so
    status, _, err = run("dossiers", "withdraw", first, "--reason", "  ")
    assert status == 2 and "Cần ghi lý do dừng giải quyết." in err and err.count("\n") == 1  # core's message
    assert run("dossiers", "withdraw", first, "--reason", "Công dân xin rút")[0] == 0
    assert run("dossiers", "stop", second, "--reason", "Không thuộc thẩm quyền", "--kind", "refused")[0] == 0
    assert _history(run, first)[-1]["detail"] == {"kind": "withdrawn", "reason": "Công dân xin rút"}
    assert _history(run, second)[-1]["detail"]["kind"] == "refused"
    assert run("print", "stop", "--dossier", first, "--out", str(tmp_path / "dung.pdf"))[0] == 0
    status, _, err = run("dossiers", "result", first)
    assert status == 2 and "đã dừng/rút" in err


@pytest.mark.parametrize(
    "args, message",
    [
        (["handover", "{code}", "--to", " "], "Chưa ghi người hoặc cơ quan nhận hồ sơ."),
        (["handover", "{code}"], "thiếu tham số bắt buộc: --to"),
        (["supplement", "{code}", "--reason", ""], "Cần ghi lý do yêu cầu bổ sung."),
        (["supplement", "{code}"], "thiếu tham số bắt buộc: --reason"),
        (["resume", "{code}"], "Hồ sơ không ở trạng thái chờ bổ sung."),
        (["return", "{code}"], "Hồ sơ chưa có kết quả để trả."),
        (["result", "H40.25.12-990101-0001"], "H40.25.12-990101-0001"),
    ],
)
def test_refused_steps_say_the_windows_message(office, args, message):
    code = _intake(office)
    status, _, err = office("dossiers", *[a.format(code=code) for a in args])
    assert status == 2 and message in err and err.count("\n") == 1


def test_a_supplement_slip_and_a_refusal_slip_are_recorded_and_print(office, tmp_path):
    run = office
    status, out, err = run(
        "slip",
        "supplement",
        "--procedure",
        "HT-01",
        "--applicant",
        "Lê Thị Cúc",
        "--reason",
        "Thiếu giấy tờ",
        "--item",
        "Giấy chứng sinh",
        "--item",
        "CCCD của cha",
    )
    assert status == 0, err
    number = out.strip()
    assert number.startswith("PBS-") and number.endswith("-0001")
    assert run("print", "supplement", "--slip", number, "--out", str(tmp_path / "bs.pdf"))[0] == 0
    status, out, err = run(
        "slip",
        "refusal",
        "--procedure",
        "HT-01",
        "--applicant",
        "Lê Thị Cúc",
        "--reason",
        "Không thuộc thẩm quyền của xã",
    )
    assert status == 0 and out.strip().startswith("PTC-"), err
    assert run("print", "refusal", "--slip", out.strip(), "--out", str(tmp_path / "tc.pdf"))[0] == 0
    status, _, err = run("slip", "refusal", "--procedure", "HT-01", "--applicant", "Lê Thị Cúc")
    assert status == 2 and "Phiếu từ chối cần ghi rõ lý do từ chối." in err


def test_the_actions_are_in_help(capsys):
    from cli.main import main

    assert main(["dossiers", "--help"]) == 0
    out = capsys.readouterr().out
    for action in ("handover", "supplement", "resume", "result", "return", "withdraw", "stop", "history"):
        assert action in out
    assert main(["slip", "--help"]) == 0
    assert "PBS-" in capsys.readouterr().out
