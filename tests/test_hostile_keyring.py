"""A credential store that would ask on a terminal, or write a file, is no store at all: the
window asks for the password instead, and nothing prompts, hangs or writes a password."""

from __future__ import annotations

import getpass

import keyring
import keyring.backend
import keyring.backends.chainer
import keyring.errors
import pytest
from keyrings.alt.file import EncryptedKeyring, PlaintextKeyring

from agent_desktop.credentials import CredentialStore, SessionPasswords
from tests.test_connection import MemoryKeyring

KEY = "dowen@central.example:5432/agent_desktop"


@pytest.fixture
def prompts(monkeypatch):
    """Every terminal prompt for a password; the test fails on any."""
    asked: list[str] = []

    def ask(prompt="Password: ", stream=None):
        asked.append(prompt)
        return "master password"

    monkeypatch.setattr(getpass, "getpass", ask)
    return asked


@pytest.fixture
def installed(monkeypatch):
    previous = keyring.get_keyring()

    def install(backend):
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


def file_backends(tmp_path):
    encrypted, plain = EncryptedKeyring(), PlaintextKeyring()
    encrypted.file_path = str(tmp_path / "crypted_pass.cfg")
    plain.file_path = str(tmp_path / "keyring_pass.cfg")
    return {"encrypted": encrypted, "plaintext": plain}


@pytest.mark.parametrize("kind", ["encrypted", "plaintext"])
def test_a_file_keyring_is_not_a_credential_store(tmp_path, prompts, installed, kind):
    backend = installed(file_backends(tmp_path)[kind])
    assert backend.priority > 0  # keyring itself would use it
    store = CredentialStore(SessionPasswords())
    assert not store.available()
    assert store.set(KEY, "s3cret") is False  # the window then asks each session
    store.keep_for_session(KEY, "s3cret")
    assert store.get(KEY) == "s3cret"
    assert not store.stored(KEY)
    store.delete(KEY)
    assert store.get(KEY) is None
    assert prompts == []
    assert list(tmp_path.iterdir()) == []  # no password written to a file


def test_a_chain_uses_only_its_backend_that_needs_no_terminal(
    tmp_path, prompts, installed, monkeypatch
):
    memory = MemoryKeyring()
    backends = file_backends(tmp_path)
    chain = [backends["encrypted"], memory, backends["plaintext"]]
    monkeypatch.setattr(keyring.backends.chainer.ChainerBackend, "backends", chain)
    installed(keyring.backends.chainer.ChainerBackend())
    store = CredentialStore(SessionPasswords())
    assert store.available()
    assert store.set(KEY, "s3cret") is True
    assert store.get(KEY) == "s3cret" and store.stored(KEY)
    assert store.get("nobody@central.example:5432/agent_desktop") is None
    store.delete(KEY)
    assert memory.passwords == {}
    assert prompts == []
    assert list(tmp_path.iterdir()) == []


def test_a_chain_of_file_keyrings_only_is_no_store(tmp_path, prompts, installed, monkeypatch):
    monkeypatch.setattr(
        keyring.backends.chainer.ChainerBackend, "backends", list(file_backends(tmp_path).values())
    )
    installed(keyring.backends.chainer.ChainerBackend())
    store = CredentialStore(SessionPasswords())
    assert not store.available()
    assert store.get(KEY) is None
    assert prompts == []
