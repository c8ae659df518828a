"""The command line run in-process on a database file of the test's own."""

from __future__ import annotations

import pytest

from tests.databases import cli


@pytest.fixture
def cli_db(tmp_path) -> str:
    return str(tmp_path / "cli.db")


@pytest.fixture
def run(cli_db, capsys):
    """``run(*args)`` → (exit code, stdout, stderr) of ``motcua *args --db <the test's file>``;
    ``db_target=`` points one call elsewhere."""

    def invoke(*args: str, db_target: str | None = None):
        code = cli(list(args), db_target or cli_db)
        out, err = capsys.readouterr()
        return code, out, err

    return invoke
