"""The desk's witness file of the audit trail: written whole after every commit, never a side file left."""

import os

import pytest

from core.security.protect import Cipher
from core.security.trail_witness import read_witness_file, write_witness_file

KEY = Cipher(b"k" * 32)


def test_the_first_witness_makes_its_folder_and_a_removed_folder_is_made_again(tmp_path):
    path = tmp_path / "nhat-ky" / "office.json"
    write_witness_file(path, KEY, "db1", 3, "a" * 64)
    assert read_witness_file(path, KEY).seq == 3
    path.unlink()
    path.parent.rmdir()
    write_witness_file(path, KEY, "db1", 4, "b" * 64)
    assert read_witness_file(path, KEY).seq == 4
    assert sorted(os.listdir(path.parent)) == ["office.json"]


def test_a_witness_that_cannot_replace_the_old_one_leaves_no_side_file(tmp_path):
    path = tmp_path / "office.json"
    path.mkdir()  # something that is not a file stands where the witness goes
    (path / "inside").write_text("x")
    with pytest.raises(OSError):
        write_witness_file(path, KEY, "db1", 5, "c" * 64)
    assert sorted(os.listdir(tmp_path)) == ["office.json"]
