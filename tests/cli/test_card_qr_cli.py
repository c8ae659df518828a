"""``motcua intake --card-qr TEXT``: the applicant from the CCCD's QR code (issue 16). Synthetic cards only."""

from __future__ import annotations

import pytest

from tests.fakes import as_tester

CARD = "001090012345|123456789|Nguyễn Văn Thử|15031990|Nam|Thôn Mẫu, Xã Thử Nghiệm, Hà Nội|20052021"
GARBLED = CARD.translate(str.maketrans({"1": "ă", "2": "â", "3": "ê", "4": "ô", "0": "đ"}))


@pytest.fixture
def office(run):
    assert run("init", "--unit-code", "H40.25.12", "--office-name", "UBND xã Hoa Thành")[0] == 0


def _applicant(cli_db: str, code: str):
    from core.dossiers import applicant_of, get_dossier
    from core.storage import open_database

    database = as_tester(open_database(cli_db))
    try:
        with database.session() as session:
            return applicant_of(session, get_dossier(session, code))
    finally:
        database.close()


def test_the_card_fills_name_number_and_address(run, cli_db, office) -> None:
    code, out, err = run("intake", "--procedure", "HT-01", "--card-qr", CARD + "\r\n", "--phone", "0912345678")
    assert code == 0, err
    applicant = _applicant(cli_db, out.strip())
    assert (applicant.name, applicant.id_number, applicant.address) == (
        "Nguyễn Văn Thử",
        "001090012345",
        "Thôn Mẫu, Xã Thử Nghiệm, Hà Nội",
    )
    assert applicant.phone == "0912345678"


def test_typed_values_that_agree_are_taken(run, office) -> None:
    code, _, err = run(
        "intake",
        "--procedure",
        "HT-01",
        "--card-qr",
        CARD,
        "--applicant",
        "Nguyễn Văn Thử",
        "--id-number",
        "001090012345",
    )
    assert code == 0, err


@pytest.mark.parametrize(
    "args, says",
    [
        (["--card-qr", CARD, "--applicant", "Lê Văn Khác"], "không khớp"),
        (["--card-qr", CARD, "--id-number", "001090012346"], "không khớp"),
        (["--card-qr", CARD, "--address", "Nơi khác"], "không khớp"),
        (["--card-qr", GARBLED], "Unikey"),
        (["--card-qr", "001090012345|Nguyễn Văn Thử"], "7 trường"),
        ([], "họ tên"),
    ],
)
def test_refused_in_one_line_and_nothing_written(run, office, args, says) -> None:
    code, _, err = run("intake", "--procedure", "HT-01", *args)
    assert code == 2 and err.count("\n") == 1 and says in err, err
    code, out, _ = run("intake", "--procedure", "HT-01", "--applicant", "Ai Đó")
    assert out.strip().endswith("-0001")  # the refused intake took no number


def test_help_names_the_option(run) -> None:
    code, out, _ = run("intake", "--help")
    assert code == 0 and "--card-qr" in out and "CCCD" in out
