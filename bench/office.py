"""The benchmarks' databases: opened as the program itself with a fixed benchmark key.

The key is not secret (the register is invented); it lets the benchmarks measure the real write path,
personal-data encryption and audit trail included.
"""

from __future__ import annotations

from core.security.access import system_caller
from core.security.protect import Cipher
from core.storage import Database, open_database

BENCH_KEY = b"motcua benchmark key, not secret"


def office_database(target, **options) -> Database:
    database = open_database(target, caller=system_caller(), **options)
    database.unlock(Cipher(BENCH_KEY))
    return database
