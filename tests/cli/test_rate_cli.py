"""``motcua rate`` and ``motcua satisfaction``: the cli contract (exit 2 and one Vietnamese line when refused)."""

import datetime as dt
import json

import pytest

from core.dossiers import intake
from core.lifecycle import record_result, record_return
from core.office import init_office
from tests.databases import cli, new_database

D = dt.datetime


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.db"
    database = new_database(path)
    with database.transaction() as s:
        init_office(s, unit_code="H40", name="UBND xã Hoa Thành")
        codes = []
        for n in range(2):
            dossier, _ = intake(
                s,
                procedure_code="HT-01",
                applicant_name="Lê Thị Hoa",
                received_at=D(2025, 3, 3, 9 + n),
                now=D(2025, 3, 3, 9 + n),
            )
            codes.append(dossier.code)
        record_result(s, codes[0], at=D(2025, 3, 3, 14))
        record_return(s, codes[0], at=D(2025, 3, 3, 15))
    database.close()
    return str(path), codes


@pytest.fixture
def run(db, capsys):
    def invoke(*args):
        code = cli(list(args), db[0])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_rate_then_refuse_a_second_rating(run, db):
    returned, pending = db[1]
    assert run("rate", "--dossier", returned, "--level", "3", "--comment", "Tận tình") == (
        0,
        f"{returned}: Rất hài lòng\n",
        "",
    )
    for args, words in (
        (["--dossier", returned, "--level", "2"], "đã được đánh giá"),
        (["--dossier", pending, "--level", "2"], "chưa trả kết quả"),
        (["--dossier", returned, "--level", "5"], "không hợp lệ"),
        (["--dossier", "KHONG-CO", "--level", "1"], "Không tìm thấy"),
    ):
        code, out, err = run("rate", *args)
        assert code == 2 and out == "" and words in err and err.count("\n") == 1, (args, err)
    assert run("rate", "--dossier", returned, "--level", "2", "--reason", "bấm nhầm")[0] == 0


def test_satisfaction_json_and_xlsx(run, db, tmp_path):
    returned = db[1][0]
    run("rate", "--dossier", returned, "--level", "1", "--comment", "Chờ lâu")
    # the CLI rates "now": ask for the current month
    month = f"{dt.date.today():%Y-%m}"
    code, out, _ = run("satisfaction", "--month", month, "--json", "--xlsx", str(tmp_path / "f.xlsx"))
    data = json.loads(out)
    assert code == 0 and data["total"]["ratings"] == 1 and data["total"]["rate"] == 0.0
    assert data["dissatisfied"][0]["comment"] == "Chờ lâu" and (tmp_path / "f.xlsx").exists()
    code, _, err = run("satisfaction", "--month", "2025-13")
    assert code == 2 and "YYYY-MM" in err
