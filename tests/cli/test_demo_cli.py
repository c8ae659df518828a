"""The global ``--demo`` (the demo office and its own key) and read commands on a database that does not exist."""

from __future__ import annotations

import json

import pytest

from cli.main import main


def _run(capsys, *args: str):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_before_or_after_the_command_uses_the_demo_office_and_its_key(capsys, monkeypatch, tmp_path):
    from core.demo import DEMO_PASSWORD
    from core.storage import default_data_dir

    monkeypatch.setenv("MOTCUA_USER", "motcua")
    monkeypatch.setenv("MOTCUA_PASSWORD", DEMO_PASSWORD)
    code, out, err = _run(capsys, "--demo", "late", "--json", "--all")
    assert code == 0, err
    assert "[đã mã hoá]" not in out and "key import" not in err
    assert (default_data_dir() / "demo.db").exists() and not (default_data_dir() / "motcua.db").exists()
    export = tmp_path / "so.xlsx"
    code, out, err = _run(capsys, "dossiers", "export", str(export), "--demo")
    assert code == 0 and " 0 hồ sơ" not in out, err
    code, out, err = _run(
        capsys,
        "--demo",
        "intake",
        "--procedure",
        "HT-01",
        "--applicant",
        "Nguyễn Văn An",
        "--id-number",
        "040090012345",
    )
    assert code == 0, err
    dossier = out.strip()
    receipt = tmp_path / "gtn.pdf"
    code, _, err = _run(capsys, "--demo", "print", "receipt", "--dossier", dossier, "--out", str(receipt))
    assert code == 0 and receipt.stat().st_size > 1000, err
    monkeypatch.delenv("MOTCUA_USER")
    code, _, err = _run(capsys, "--demo", "late")
    assert code == 2 and "--user" in err and err.count("\n") == 1


def test_demo_and_db_together_are_refused(capsys, tmp_path):
    code, _, err = _run(capsys, "--demo", "--db", str(tmp_path / "x.db"), "late")
    assert code == 2 and "--demo" in err and err.count("\n") == 1
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize("args", [["key", "status"], ["users", "list"], ["users", "rescue", "quantri"]])
def test_the_demo_key_and_accounts_are_not_managed_from_the_command_line(capsys, args):
    from core.storage import default_data_dir

    code, out, err = _run(capsys, "--demo", *args)
    assert code == 2 and "--demo" in err and err.count("\n") == 1 and out == ""
    assert not (default_data_dir() / "demo.db").exists()


def test_gui_demo_still_parses(monkeypatch):
    import desktop.app

    seen = {}
    monkeypatch.setattr(desktop.app, "run", lambda **kw: seen.update(kw) or 0)
    assert main(["gui", "--demo"]) == 0 and seen["demo"] is True
    assert main(["--demo", "gui"]) == 0 and seen["demo"] is True
    assert main(["gui"]) == 0 and seen["demo"] is False


@pytest.mark.parametrize(
    "args",
    [
        ["report", "monthly", "--month", "2025-05", "--format", "json"],
        ["dossiers", "export", "{tmp}/so.csv"],
        ["late"],
        ["procedures", "list"],
        ["check"],
        ["print", "receipt", "--dossier", "X", "--out", "{tmp}/a.pdf"],
    ],
)
def test_a_read_command_on_a_missing_database_exits_2_and_creates_nothing(capsys, tmp_path, args):
    target = tmp_path / "nope" / "x.db"
    code, out, err = _run(capsys, "--db", str(target), *[a.format(tmp=tmp_path) for a in args])
    assert code == 2 and err.count("\n") == 1 and str(target) in err
    assert "Không có cơ sở dữ liệu" in err
    assert not (tmp_path / "nope").exists()


def test_the_default_database_missing_is_refused_too(capsys):
    from core.storage import default_data_dir

    code, _, err = _run(capsys, "dossiers", "export", "so.csv")
    assert code == 2 and "motcua.db" in err and not (default_data_dir() / "motcua.db").exists()


def test_due_and_calendar_show_use_the_shipped_calendar_on_a_missing_database(capsys, tmp_path):
    target = tmp_path / "nope" / "x.db"
    code, out, err = _run(capsys, "--db", str(target), "due", "--received", "2025-04-29 09:00", "--days", "1")
    assert code == 0, err
    assert out.strip().splitlines()[-1] == "2025-05-05 09:00"
    code, out, err = _run(capsys, "--db", str(target), "calendar", "show", "2025", "--json")
    assert code == 0, err
    assert "2025-05-02" in {d["date"] for d in json.loads(out)["days_off"]}
    code, out, _ = _run(capsys, "--db", str(target), "due", "--received", "2025-03-03 09:00", "--procedure", "HT-01")
    assert code == 0
    assert not (tmp_path / "nope").exists()


def test_a_write_command_still_creates_the_database(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("MOTCUA_NEW_PASSWORD", "Mat-khau-that-dai-2025")
    target = tmp_path / "new" / "x.db"
    code, _, err = _run(capsys, "--db", str(target), "init", "--unit-code", "H40.25.12", "--office-name", "UBND xã A")
    assert code == 0, err
    assert target.exists()


@pytest.mark.slow
def test_the_readme_demo_block_runs_as_written(tmp_path):
    """README's "The demo from the command line" runs line by line (bash -e), each `motcua` this checkout's."""
    import os
    import re
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## The demo from the command line.*?```sh\n(.*?)```", readme, re.S).group(1)
    assert "--demo" in block
    script = block.replace(".venv/bin/motcua", f"{sys.executable} -m cli.main")
    env = {**os.environ, "PYTHONPATH": str(root)}
    env.pop("MOTCUA_DB", None)
    done = subprocess.run(
        ["bash", "-e", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "phieu-bo-sung.pdf").exists() and (tmp_path / "bao-cao.pdf").exists()
    assert done.stdout.splitlines()[-1] == "2025-04-28 09:00"
