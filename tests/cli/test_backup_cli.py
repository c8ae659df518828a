"""``motcua backup``: exit 0 with the paths, exit 2 with one Vietnamese line for a bad file, a wrong key,
a missing folder or a PostgreSQL database."""

from __future__ import annotations

import base64

import keyring
from keyring.backends import fail

from core.security.data_key import key_fingerprint
from core.security.key_store import KEY_FILE_NAME, PassphraseKeyFile, UnsealedKeyFile
from core.storage import default_data_dir as data_dir
from tests.fakes import TEST_KEY

TEST_PRINT = key_fingerprint(TEST_KEY)


def one_line(err: str) -> bool:
    return err.count("\n") == 1 and err.startswith("motcua: ") and "Traceback" not in err


def test_create_list_verify_restore(run, tmp_path):
    code, out, _ = run("backup", "create")
    assert code == 0 and "integrity_check ok" in out
    path = out.split()[0]
    assert path.startswith(str(tmp_path / "backups")) and path.endswith(".mcbk")
    code, out, _ = run("backup", "list")
    assert code == 0 and path in out
    code, out, _ = run("backup", "verify", path)
    assert code == 0 and "Bản sao lưu tốt" in out
    code, out, _ = run("backup", "restore", path)
    assert code == 0 and "truoc-khoi-phuc" in out
    assert run("check")[0] == 0
    code, out, _ = run("backup", "create", "--out", str(tmp_path))
    assert code == 0 and out.startswith(str(tmp_path / "cli-"))


def test_bad_file_wrong_key_missing_folder_exit_2(run, tmp_path):
    (tmp_path / "notes.txt").write_text("không phải bản sao lưu")
    code, _, err = run("backup", "verify", str(tmp_path / "notes.txt"))
    assert code == 2 and one_line(err) and "không phải bản sao lưu" in err
    code, _, err = run("backup", "restore", str(tmp_path / "missing.mcbk"))
    assert code == 2 and one_line(err) and "Không có tệp" in err
    code, _, err = run("backup", "create", "--out", str(tmp_path / "usb"))
    assert code == 2 and one_line(err) and "không tồn tại" in err
    code, _, err = run("backup", "folder", str(tmp_path / "usb"))
    assert code == 2 and one_line(err)

    path = run("backup", "create")[1].split()[0]
    keyring.set_password("motcua", "office-data-key", base64.b64encode(bytes(range(1, 33))).decode())
    code, _, err = run("backup", "verify", path)  # another office's key: which key the backup needs
    assert code == 2 and one_line(err) and "khoá khác" in err and TEST_PRINT in err
    code, _, err = run("backup", "create")  # a desk with a key that does not open this database writes nothing
    assert code == 2 and one_line(err) and "không phải khoá" in err and TEST_PRINT in err
    code, _, err = run("backup", "restore", path)
    assert code == 2 and one_line(err) and "không phải khoá" in err


def test_a_missing_second_folder_is_reported_after_the_first_copy(run, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert run("backup", "folder", str(usb))[0] == 0
    code, out, _ = run("backup", "create")
    assert code == 0 and str(usb) in out
    usb.rename(tmp_path / "usb-out")
    code, out, err = run("backup", "create")
    assert code == 2 and str(tmp_path / "backups") in out and one_line(err) and "USB" in err
    code, out, _ = run("backup", "folder", "--clear")
    assert code == 0 and "Không có thư mục" in out


def test_without_a_credential_store_the_passphrase_file_is_used(run, tmp_path, monkeypatch):
    run("late")  # the office's database, made on a desk that had the key
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv("MOTCUA_KEY_PASSPHRASE", "mật khẩu của xã")
    code, _, err = run("backup", "create")  # the key file is empty: locked, never a new key
    assert code == 2 and one_line(err) and "key recover" in err
    PassphraseKeyFile(data_dir() / KEY_FILE_NAME, "mật khẩu của xã").write_key(TEST_KEY)  # the key brought in
    code, out, _ = run("backup", "create")
    assert code == 0
    code, status, _ = run("key", "status")
    assert code == 0 and "khoá bằng mật khẩu" in status
    monkeypatch.delenv("MOTCUA_KEY_PASSPHRASE")
    code, _, err = run("backup", "create")  # the sealed file needs its passphrase
    assert code == 2 and one_line(err) and "MOTCUA_KEY_PASSPHRASE" in err
    monkeypatch.setenv("MOTCUA_KEY_PASSPHRASE", "mật khẩu của xã")
    monkeypatch.setenv("MOTCUA_KEY_PASSPHRASE", "mật khẩu sai rồi")
    code, _, err = run("backup", "verify", out.split()[0])
    assert code == 2 and one_line(err) and "không đúng" in err


def test_postgresql_backups_are_the_servers_job(run, postgres_server):
    url = postgres_server.new_database()
    try:
        code, _, err = run("backup", "create", db_target=url)
        assert code == 2 and one_line(err) and "pg_dump" in err
    finally:
        postgres_server.drop_database(url)


def test_without_a_credential_store_or_passphrase_the_key_file_is_unsealed_and_says_so(run, monkeypatch):
    run("late")
    keyring.set_keyring(fail.Keyring())
    monkeypatch.delenv("MOTCUA_KEY_PASSPHRASE", raising=False)
    UnsealedKeyFile(data_dir() / KEY_FILE_NAME).put_key(TEST_KEY)
    code, out, _ = run("backup", "create")
    assert code == 0
    code, status, _ = run("key", "status")
    assert code == 0 and "CHƯA có mật khẩu" in status and "motcua key seal" in status
    monkeypatch.setenv("MOTCUA_KEY_PASSPHRASE", "mật khẩu của xã")
    code, sealed, _ = run("key", "seal")
    assert code == 0 and "khoá bằng mật khẩu" in sealed
    code, _, _ = run("backup", "verify", out.split()[0])  # the same key, now sealed
    assert code == 0
    monkeypatch.setenv("MOTCUA_KEY_PASSPHRASE", "mật khẩu sai rồi")
    code, _, err = run("backup", "verify", out.split()[0])
    assert code == 2 and one_line(err) and "không đúng" in err
