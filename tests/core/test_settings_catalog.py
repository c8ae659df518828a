"""One declaration per office setting (core/settings_catalog.py) drives the checks, the command line and the window."""

from __future__ import annotations

import json

import pytest

from core.errors import UserError
from core.office import DEFAULT_SETTINGS, current_settings, get_setting, save_settings, set_setting
from core.satisfaction.evaluation import TOTAL_POINTS, grade_bands
from core.satisfaction.figures import DEFAULT_FIELD_TARGETS, targets
from core.settings_catalog import GROUPS, SETTINGS, check_setting, declared, stored_keys, unknown_setting
from core.text import fold
from tests.databases import cli

VI_MARKS = set("ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")

#: For every declared key, values its check must refuse and a piece of the message.
BAD = {
    "targets.on_time_rate": [
        (1.5, "từ 0 đến 1"),
        (-0.1, "từ 0 đến 1"),
        ("0.9", "từ 0 đến 1"),
        (True, "từ 0 đến 1"),
        (float("nan"), "từ 0 đến 1"),
    ],
    "targets.online_rate": [(2, "từ 0 đến 1")],
    "targets.digitized_rate": [(None, "từ 0 đến 1")],
    "targets.online_payment_rate": [([0.5], "từ 0 đến 1")],
    "targets.apology_coverage": [(float("inf"), "từ 0 đến 1")],
    "targets.satisfaction_rate": [(1.01, "từ 0 đến 1")],
    "satisfaction_field_targets": [({"Đất đai": 1.2}, "từ 0 đến 1"), ([0.9], "lĩnh vực")],
    "evaluation_grades": [
        ([], "Thang xếp loại"),
        ([{"min": 15, "label": "A"}, {"min": 3, "label": "B"}], "mức cuối"),
        ([{"min": 20, "label": "A"}, {"min": 0, "label": "B"}], "tối đa"),
        ([{"min": 9, "label": "A"}, {"min": 12, "label": "B"}, {"min": 0, "label": "C"}], "cao xuống"),
        ([{"min": 9, "label": " "}, {"min": 0, "label": "C"}], "tên"),
        ("Tốt", "Thang xếp loại"),
    ],
    "report_period": [("weekly", "decree09"), (1, "decree09")],
    "idle_lock_minutes": [(-1, "từ 0"), (481, "đến 480"), (1.5, "từ 0"), ("15", "từ 0"), (True, "từ 0")],
    "report_due_day": [(0, "từ 1 đến 28"), (29, "từ 1 đến 28"), (5.0, "từ 1 đến 28"), (True, "từ 1 đến 28")],
    "report_recipient": [(12, "chuỗi chữ"), (["UBND"], "chuỗi chữ")],
    "signers.receiver_title": [("x" * 201, "200 ký tự")],
    "signers.chairman_title": [("x" * 201, "200 ký tự")],
    "signers.chairman_prefix": [("x" * 201, "200 ký tự")],
    "signers.chairman_name": [("x" * 201, "200 ký tự")],
    "office_week": [([], "0 = thứ Hai"), ([0, 9], "0 = thứ Hai"), ([True], "0 = thứ Hai"), ("0,1", "0 = thứ Hai")],
    "same_day_cutoff": [("3pm", "HH:MM"), ("25:00", "HH:MM"), ("7:30", "HH:MM"), (1500, "HH:MM")],
    "backup_second_folder": [
        ("/không/có/thư/mục/này", "không tồn tại"),
        (0, "không tồn tại"),
        ("a\x00b", "không tồn tại"),
    ],
    "scan_folder": [
        ("/không/có/máy/quét", "không tồn tại"),
        (["C:/Scan"], "không tồn tại"),
        ("a\x00b", "không tồn tại"),
    ],
    "csv_separator": [("|", "tab"), (" ;", "tab"), (0, "tab")],
}


def _check_one(key: str, value):
    """The check of one declared key (a part of a table is checked inside its table)."""
    name, _, part = key.partition(".")
    return check_setting(name, {part: value} if part else value)


def test_every_default_setting_is_declared_with_its_default() -> None:
    assert stored_keys() == set(DEFAULT_SETTINGS)
    for setting in SETTINGS:
        name, part = setting.stored_key, setting.part
        assert setting.default == (DEFAULT_SETTINGS[name][part] if part else DEFAULT_SETTINGS[name]), setting.key
    assert len({s.key for s in SETTINGS}) == len(SETTINGS)


def test_every_declaration_speaks_vietnamese_and_has_a_group() -> None:
    for setting in SETTINGS:
        assert setting.group in GROUPS, setting.key
        assert VI_MARKS & set(setting.label.lower()), setting.key
        assert VI_MARKS & set(setting.help.lower()), setting.key
        assert setting.label_en and setting.help_en and fold(setting.label_en) == setting.label_en.lower(), setting.key
        assert setting.text("vi") == (setting.label, setting.help)
        assert setting.text("en") == (setting.label_en, setting.help_en)
        if setting.kind == "choice":
            assert setting.default in [value for value, _, _ in setting.choices]


def test_no_setting_for_the_command_line_login() -> None:
    assert not any("cli_login" in s.key or "security" in s.key for s in SETTINGS)
    with pytest.raises(UserError, match="Không sửa được"):
        check_setting("security", {"cli_login": True})


def test_every_declared_key_has_bad_examples() -> None:
    assert set(BAD) == {s.key for s in SETTINGS}


@pytest.mark.parametrize("key, value, words", [(k, v, w) for k, cases in BAD.items() for v, w in cases])
def test_each_check_refuses_a_bad_value_in_one_vietnamese_line(key, value, words) -> None:
    with pytest.raises(UserError) as caught:
        _check_one(key, value)
    message = caught.value.message("vi")
    assert words in message and "\n" not in message
    assert VI_MARKS & set(message.lower())


def test_each_default_passes_its_own_check() -> None:
    for name in stored_keys():
        assert check_setting(name, DEFAULT_SETTINGS[name]) == DEFAULT_SETTINGS[name], name


def test_checks_normalise() -> None:
    assert check_setting("office_week", [4, 0, 0, 1]) == [0, 1, 4]
    assert check_setting("csv_separator", "\t") == "tab"
    assert check_setting("targets", {"on_time_rate": 1})["on_time_rate"] == 1.0
    assert check_setting("targets", {"on_time_rate": 0.9})["online_rate"] == 0.75  # the rest from the defaults
    assert check_setting("signers", {"chairman_name": "  Nguyễn  Văn Hùng "})["chairman_name"] == "Nguyễn Văn Hùng"
    assert check_setting("evaluation_grades", [[15, "Xuất sắc"], {"min": 0, "label": "Yếu"}]) == [
        {"min": 15.0, "label": "Xuất sắc"},
        {"min": 0.0, "label": "Yếu"},
    ]
    assert check_setting("backup_second_folder", "") == ""
    assert declared("report_due_day").minimum == 1 and declared("report_due_day").maximum == 28
    assert declared("evaluation_grades").maximum == TOTAL_POINTS


def test_the_scan_folder_is_off_by_default_and_must_exist(tmp_path) -> None:
    scans = tmp_path / "Máy quét"
    assert declared("scan_folder").default == "" and declared("scan_folder").kind == "folder"
    with pytest.raises(UserError, match="không tồn tại"):
        check_setting("scan_folder", str(scans))
    scans.mkdir()
    assert check_setting("scan_folder", str(scans / ".." / "Máy quét")) == str(scans.resolve())
    assert check_setting("scan_folder", "") == ""


def test_defaults_are_what_the_services_use(database) -> None:
    with database.session() as session:
        assert targets(session).by_field == DEFAULT_FIELD_TARGETS
        assert grade_bands(session)[0] == (15, "Xuất sắc")
        values = current_settings(session)
    assert values["targets.on_time_rate"] == 0.97 and values["report_due_day"] == 5
    assert set(values) == {s.key for s in SETTINGS}


def test_save_settings_stores_every_change_or_none(database, tmp_path) -> None:
    with database.transaction() as session:
        save_settings(
            session,
            {
                "targets.on_time_rate": 0.9,
                "report_due_day": 10,
                "backup_second_folder": str(tmp_path),
                "signers.chairman_name": "Lê Văn Hùng",
            },
        )
    with database.session() as session:
        assert get_setting(session, "targets")["on_time_rate"] == 0.9
        assert get_setting(session, "targets")["online_rate"] == 0.75
        assert get_setting(session, "report_due_day") == 10
        assert get_setting(session, "backup_second_folder") == str(tmp_path.resolve())
        assert get_setting(session, "signers")["chairman_title"] == "CHỦ TỊCH"
    with pytest.raises(UserError, match="từ 1 đến 28"), database.transaction() as session:
        save_settings(session, {"targets.on_time_rate": 0.5, "report_due_day": 31})
    with database.session() as session:
        assert get_setting(session, "targets")["on_time_rate"] == 0.9
        assert get_setting(session, "report_due_day") == 10


def test_set_setting_checks_declared_keys(database) -> None:
    with pytest.raises(UserError, match="HH:MM"), database.transaction() as session:
        set_setting(session, "same_day_cutoff", "3pm")
    with database.transaction() as session:
        set_setting(session, "handover_mapping", {"x": "y"})  # not declared: kept as given
        set_setting(session, "office_week", [5, 0])
    with database.session() as session:
        assert get_setting(session, "office_week") == [0, 5]


CASES = [
    ("targets.on_time_rate", "0.98"),
    ("targets.on_time_rate", "1.5"),
    ("targets.speed", "0.5"),
    ("report_due_day", "12"),
    ("report_due_day", "31"),
    ("report_period", "decree09"),
    ("same_day_cutoff", "16:30"),
    ("same_day_cutoff", "4pm"),
    ("office_week", "[0,1,2,3,4,5]"),
    ("csv_separator", "tab"),
    ("csv_separator", "|"),
    ("evaluation_grades", '[[16, "Xuất sắc"], [0, "Yếu"]]'),
    ("evaluation_grades", '[[16, "Xuất sắc"]]'),
    ("backup_second_folder", "/không/có"),
    ("satisfaction_field_targets.Đất đai", "0.8"),
    ("signers.stamp", "x"),
    ("security.cli_login", "true"),
    ("cli_login", "true"),
]


@pytest.mark.parametrize("key, raw", CASES)
def test_the_command_line_and_core_agree(tmp_path, capsys, key, raw) -> None:
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        value = raw
    name, _, part = key.partition(".")
    try:
        whole = {**(DEFAULT_SETTINGS.get(name) or {}), part: value} if part else value
        expected, refusal = check_setting(name, whole), None
    except UserError as error:
        expected, refusal = None, error.message("vi")
    if name not in stored_keys():  # the command line names the key as typed
        refusal = unknown_setting(key).message("vi")
    code = cli(["settings", "set", key, raw], tmp_path / "office.db")
    out, err = capsys.readouterr()
    if refusal is None:
        assert code == 0, err
        shown = json.loads(cli(["settings", "show", "--json"], tmp_path / "office.db") == 0 and capsys.readouterr().out)
        assert shown[name] == expected
    else:
        assert code == 2 and err == f"motcua: {refusal}\n"


def test_settings_show_lists_every_declared_setting(tmp_path, capsys) -> None:
    assert cli(["settings", "show", "--json"], tmp_path / "office.db") == 0
    assert set(json.loads(capsys.readouterr().out)) == stored_keys()


def test_a_setting_written_in_the_same_transaction_is_read_back_whatever_wrote_it(office_database) -> None:
    """The once-per-transaction read of the settings (issue 17's speed-up) never hides a write made after it,
    even once the written row has left the session's weakly held identity map."""
    import gc

    from core.models import Setting
    from core.office import get_setting, set_setting

    with office_database.transaction() as session:
        assert get_setting(session, "handover_outages") in (None, [])  # the read that fills the cache
        set_setting(session, "handover_outages", [{"from": "2025-10-06 07:45", "to": None}])
        gc.collect()
        assert get_setting(session, "handover_outages") == [{"from": "2025-10-06 07:45", "to": None}]
        session.merge(Setting(key="report_recipient", value="UBND huyện"))  # a write that bypasses set_setting
        session.flush()
        gc.collect()
        assert get_setting(session, "report_recipient") == "UBND huyện"
        got = get_setting(session, "handover_outages")
        got.append({"from": "x"})  # what a caller gets is its own copy
        assert len(get_setting(session, "handover_outages")) == 1
