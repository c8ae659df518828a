"""A row's digest is the same however it is computed: the shortcut for rows of plain values changes nothing."""

import hashlib

from core.security.row_digests import digest


def _by_the_definition(values, version=2):
    def plain(value):
        if isinstance(value, memoryview):
            value = bytes(value)
        if isinstance(value, (bytes, bytearray)):
            return "sha256:" + hashlib.sha256(value).hexdigest()
        return value

    if version >= 2:
        values = tuple(plain(v) for v in values)
    return hashlib.sha256(repr(values).encode()).hexdigest()[:20]


class _Text(str):
    """A str subclass: not one of the plain types, so digested the long way, with the same result."""


def test_every_kind_of_row_digests_as_defined():
    rows = [
        (1, "H40.25.12-260916-0313", "2026-09-16", None, 0, 1.5, True, "enc1:Dw5VnBYX"),
        (2, b"\x00file bytes", memoryview(b"more"), bytearray(b"x"), "Nguyễn"),
        (3, _Text("a"), None),
        (),
    ]
    for row in rows:
        assert digest(row) == _by_the_definition(row)
        assert digest(row, 1) == _by_the_definition(row, 1)
        assert digest(list(row)) == _by_the_definition(list(row))
        assert digest(list(row), 1) == _by_the_definition(list(row), 1)
    assert digest((1, b"a")) != digest((1, "a"))  # a file's bytes never digest like text
