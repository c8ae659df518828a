"""The office key store: the credential store (a fake one here), the passphrase file, the in-memory fake."""

from __future__ import annotations

import os
import stat

import keyring
import pytest
from keyring.backends import fail

from core.errors import UserError
from core.security.key_store import (
    KEY_FILE_NAME,
    KEY_SIZE,
    DeskKeyStore,
    KeyringKeyStore,
    KeyStore,
    MemoryKeyStore,
    PassphraseKeyFile,
    choose_key_store,
    office_key,
)
from tests.fakes import MemoryKeyring


def test_tests_never_reach_the_real_credential_store():
    assert isinstance(keyring.get_keyring(), MemoryKeyring)


def test_the_credential_store_is_used_when_there_is_one(tmp_path):
    keyring.get_keyring().passwords.clear()  # a desk whose store holds no office key yet
    store = choose_key_store(tmp_path)
    assert isinstance(store, DeskKeyStore) and isinstance(store.primary, KeyringKeyStore)
    assert isinstance(store, KeyStore)
    assert store.get_key() is None
    key = store.create_key()
    assert len(key) == KEY_SIZE and store.create_key() == key and KeyringKeyStore().get_key() == key
    assert keyring.get_keyring().passwords  # kept by the (fake) credential store, not in a file
    assert list(tmp_path.iterdir()) == []
    assert "kho khoá của hệ điều hành" in store.describe()


@pytest.fixture
def no_credential_store(monkeypatch):
    keyring.set_keyring(fail.Keyring())
    monkeypatch.delenv("MOTCUA_KEY_PASSPHRASE", raising=False)


def test_without_a_credential_store_a_passphrase_file_keeps_the_key(tmp_path, no_credential_store, monkeypatch):
    with pytest.raises(UserError, match="MOTCUA_KEY_PASSPHRASE"):
        choose_key_store(tmp_path)  # no passphrase given: a clear message, not a terminal prompt
    store = choose_key_store(tmp_path, "mật khẩu dài đủ")
    assert isinstance(store, PassphraseKeyFile) and "mật khẩu" in store.describe()
    key = store.create_key()
    path = tmp_path / KEY_FILE_NAME
    assert key not in path.read_bytes() and stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert PassphraseKeyFile(path, "mật khẩu dài đủ").get_key() == key
    monkeypatch.setenv("MOTCUA_KEY_PASSPHRASE", "mật khẩu dài đủ")
    assert choose_key_store(tmp_path).get_key() == key


def test_a_wrong_passphrase_is_refused(tmp_path, no_credential_store):
    PassphraseKeyFile(tmp_path / KEY_FILE_NAME, "đúng mật khẩu").create_key()
    with pytest.raises(UserError, match="không đúng"):
        PassphraseKeyFile(tmp_path / KEY_FILE_NAME, "sai mật khẩu").get_key()
    with pytest.raises(UserError, match="không đúng"):
        PassphraseKeyFile(tmp_path / KEY_FILE_NAME, "sai mật khẩu").create_key()  # never a second key


def test_a_short_passphrase_and_a_damaged_file_are_refused(tmp_path):
    with pytest.raises(UserError, match="ít nhất 8"):
        PassphraseKeyFile(tmp_path / "k", "ngắn").create_key()
    (tmp_path / "k").write_text("{không phải json")
    with pytest.raises(UserError, match="bị hỏng"):
        PassphraseKeyFile(tmp_path / "k", "đủ dài rồi").get_key()


def test_the_in_memory_fake_and_a_missing_key():
    store = MemoryKeyStore()
    assert isinstance(store, KeyStore)
    with pytest.raises(UserError, match="chưa có khoá"):
        office_key(store)
    assert office_key(store, create=True) == office_key(store)


# -- Windows' Credential Manager failing (issue 14, point 1), simulated --------------------------------------
class PyWinTypesError(Exception):
    """What keyring's Windows backend raises: ``pywintypes.error(code, function, text)``, no KeyringError."""


class FailingKeyring(MemoryKeyring):
    """A credential store that refuses every call, as CredRead/CredWrite do with error 1312 under Task
    Scheduler, in some RDP sessions, or under a policy forbidding stored credentials."""

    def get_password(self, service, username):
        raise PyWinTypesError(1312, "CredRead", "A specified logon session does not exist.")

    def set_password(self, service, username, password):
        raise PyWinTypesError(1312, "CredWrite", "A specified logon session does not exist.")


@pytest.fixture
def failing_store(monkeypatch):
    keyring.set_keyring(FailingKeyring())
    monkeypatch.delenv("MOTCUA_KEY_PASSPHRASE", raising=False)


def test_a_credential_store_that_raises_anything_falls_back_to_the_key_file(tmp_path, failing_store):
    store = choose_key_store(tmp_path, allow_unsealed=True)
    assert store.get_key() is None  # no crash: the failure is noted and the key file is tried
    key = store.create_key()
    assert (tmp_path / KEY_FILE_NAME).exists() and store.get_key() == key
    said = store.describe()
    assert "1312" in said and "tệp" in said and "\n" not in said


def test_a_key_kept_in_the_file_while_the_store_failed_is_found_once_it_works(tmp_path, failing_store):
    key = choose_key_store(tmp_path, allow_unsealed=True).create_key()
    keyring.set_keyring(MemoryKeyring())  # the store works again, but holds nothing
    assert choose_key_store(tmp_path, allow_unsealed=True).get_key() == key


def test_a_failing_store_in_the_window_asks_for_the_key_files_passphrase(tmp_path, failing_store):
    store = choose_key_store(tmp_path)  # the window: no unsealed file is made silently
    with pytest.raises(UserError, match="mật khẩu"):
        store.create_key()
    sealed = choose_key_store(tmp_path, "mật khẩu dài đủ")
    key = sealed.create_key()
    assert PassphraseKeyFile(tmp_path / KEY_FILE_NAME, "mật khẩu dài đủ").get_key() == key


def test_a_damaged_value_in_the_store_is_one_line_not_a_traceback(tmp_path):
    keyring.set_password("motcua", "office-data-key", "không phải base64!")
    store = choose_key_store(tmp_path, allow_unsealed=True)
    assert store.get_key() is None or isinstance(store.get_key(), bytes)
    assert "\n" not in store.describe()
