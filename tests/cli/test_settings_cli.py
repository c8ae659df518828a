"""motcua settings: the admin edits the targets, signers and report period; bad values exit 2."""

import json

import pytest

from tests.fakes import as_tester


def test_set_a_target_and_read_it_back(run):
    assert run("settings", "set", "targets.on_time_rate", "0.98")[0] == 0
    assert run("settings", "set", "report_period", "decree09")[0] == 0
    assert run("settings", "set", "signers.chairman_name", "Nguyễn Văn Hùng")[0] == 0
    values = json.loads(run("settings", "show", "--json")[1])
    assert values["targets"]["on_time_rate"] == 0.98 and values["targets"]["online_rate"] == 0.75
    assert values["report_period"] == "decree09"
    assert values["signers"]["chairman_name"] == "Nguyễn Văn Hùng"


@pytest.mark.parametrize(
    "key, value, message",
    [
        ("targets.on_time_rate", "1.5", "từ 0 đến 1"),
        ("targets.speed", "0.5", "các khóa được phép"),
        ("report_period", "weekly", "decree09"),
        ("report_due_day", "31", "từ 1 đến 28"),
        ("office_week", "[0, 9]", "0 = thứ Hai"),
        ("same_day_cutoff", "3pm", "HH:MM"),
        ("handover_mapping", "{}", "Không sửa được"),
    ],
)
def test_bad_values_exit_2_and_change_nothing(run, key, value, message):
    before = run("settings", "show", "--json")[1]
    code, _, err = run("settings", "set", key, value)
    assert code == 2 and message in err and err.count("\n") == 1
    assert run("settings", "show", "--json")[1] == before


def test_the_report_follows_the_edited_target(run, cli_db):
    from core.reports import monthly_report
    from core.storage import open_database

    run("init", "--unit-code", "H40.25.12", "--office-name", "UBND xã Hoa Thành")
    assert run("settings", "set", "targets.on_time_rate", "0.9")[0] == 0
    database = as_tester(open_database(cli_db))
    with database.session() as session:
        assert monthly_report(session, "2025-03").kpis["on_time_rate"].target == 0.9
    database.close()


def test_the_help_names_every_setting_from_its_declaration(run):
    from core.settings_catalog import SETTINGS

    code, out, _ = run("settings", "set", "--help")
    assert code == 0
    for setting in SETTINGS:
        assert setting.key in out and setting.label in out, setting.key


def test_show_names_each_setting(run):
    out = run("settings", "show")[1]
    assert "report_due_day = 5" in out and "Hạn nộp báo cáo" in out
