"""``motcua late`` and ``motcua apology``: outputs, JSON shape, the refused second re-appointment (exit 2)."""

import json

import pytest


@pytest.fixture
def dossier(run):
    assert run("init", "--unit-code", "H40.25.12", "--office-name", "UBND xã Hoa Thành")[0] == 0
    # HT-07: 3 working days; accepted Mon 03/03/2025 09:00 → due Thu 06/03/2025 09:00
    code, out, _ = run("intake", "--procedure", "HT-07", "--applicant", "Lê Thị Hoa", "--received", "2025-03-03 09:00")
    assert code == 0
    return out.strip()


def test_late_lists_due_soon_and_late_dossiers_with_their_apology_state(run, dossier):
    code, out, _ = run("late", "--json", "--at", "2025-03-05 09:00")
    data = json.loads(out)
    assert code == 0 and data["at"] == "2025-03-05 09:00"
    assert data["counts"] == {"due_today": 0, "due_soon": 1, "late": 0, "waiting": 0, "todo": 0}
    [row] = data["dossiers"]
    assert row["code"] == dossier and row["state"] == "due_soon" and row["due_at"] == "2025-03-06 09:00"
    assert row["warn_from"] == "2025-03-05 09:00" and row["apology"] is False and row["apology_state"] == "none"
    assert data["apology_coverage"] is None
    data = json.loads(run("late", "--json", "--at", "2025-03-07 09:00")[1])
    assert data["todo"] == [dossier] and data["dossiers"][0]["state"] == "late"
    assert data["apology_coverage"] == 0.0
    code, out, _ = run("late", "--at", "2025-03-07 09:00")
    assert code == 0 and "Quá hạn: 1" in out and dossier in out and "chưa xin lỗi" in out and "0%" in out


def test_apology_once_then_a_second_is_refused_with_exit_2(run, dossier):
    code, out, err = run(
        "apology",
        "--dossier",
        dossier,
        "--reason",
        "Chờ xác minh",
        "--fault",
        "own",
        "--new-due",
        "2025-03-11 09:00",
        "--at",
        "2025-03-05 10:00",
    )
    assert (code, err) == (0, "") and "09:00 ngày 11/03/2025" in out
    data = json.loads(run("late", "--json", "--at", "2025-03-07 09:00")[1])
    row = data["dossiers"][0]
    assert row["state"] == "late" and row["due_at"] == "2025-03-06 09:00"  # the statutory due moment stays
    assert row["apology_state"] == "issued" and row["new_due_at"] == "2025-03-11 09:00"
    assert data["todo"] == [] and data["apology_coverage"] == 1.0
    code, out, err = run(
        "apology", "--dossier", dossier, "--reason", "Vẫn chờ", "--fault", "external", "--at", "2025-03-10 10:00"
    )
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "chỉ được hẹn lại một lần" in err
    code, out, _ = run(
        "apology",
        "--dossier",
        dossier,
        "--reason",
        "Vẫn chờ",
        "--fault",
        "external",
        "--admin-override",
        "Chủ tịch đồng ý",
        "--at",
        "2025-03-10 10:00",
        "--json",
    )
    assert code == 0 and json.loads(out)["new_due_at"] == "2025-03-13 09:00"


def test_apology_refusals_are_one_line(run, dossier):
    code, _, err = run(
        "apology",
        "--dossier",
        dossier,
        "--reason",
        "x",
        "--fault",
        "own",
        "--new-due",
        "2025-03-08 09:00",
        "--at",
        "2025-03-05 10:00",
    )
    assert code == 2 and "giờ làm việc" in err and len(err.strip().splitlines()) == 1
    code, _, err = run("apology", "--dossier", "KHONG-CO", "--reason", "x", "--fault", "own")
    assert code == 2 and "Không tìm thấy hồ sơ" in err
    code, _, err = run("apology", "--dossier", dossier, "--reason", "x", "--fault", "citizen")
    assert code == 2 and "lựa chọn" in err
