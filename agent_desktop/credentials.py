"""The central server's password: in the operating system's credential store, or in memory.

keyring talks to the platform's store (Windows Credential Locker, macOS Keychain, the Secret
Service on Linux). Where no usable store exists (a headless or locked-down desktop), keyring's
fail backend raises NoKeyringError and its null backend silently drops what it is given; both
count as "no store" here, and so does any backend that keeps passwords in a file of its own
(keyrings.alt, keyrings.cryptfile): the plaintext ones leave the password readable, and the
encrypted ones ask for their own master password on the terminal, which a desktop window has
not got (the prompt aborts the connection, or hangs it). Then the password lives only in this
process's memory (`SessionPasswords`) and is asked for again next session, in the window. It
is never written to a file and never logged: log lines name the key, never the value.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from agent_desktop.settings import (
    CENTRAL_DATABASE,
    CENTRAL_HOST,
    CENTRAL_PORT,
    CENTRAL_USERNAME,
    Settings,
)

if TYPE_CHECKING:
    import keyring.backend

SERVICE = "agent-desktop"

log = logging.getLogger(__name__)


def make_key(username: str, host: str, port: int, database: str) -> str:
    """The credential store's name for one login on one server: `user@host:port/database`."""
    return f"{username}@{host}:{port}/{database}"


def credential_key(settings: Settings) -> str | None:
    """The key for the configured central server, or None when the embedded database is used."""
    host = settings.get(CENTRAL_HOST).strip()
    if not host:
        return None
    return make_key(
        settings.get(CENTRAL_USERNAME).strip(),
        host,
        settings.get(CENTRAL_PORT),
        settings.get(CENTRAL_DATABASE).strip(),
    )


def hidden(url: str) -> str:
    """`url` fit to show or log: the password replaced by ***."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "the configured database"


def scrub(text: str, password: str | None) -> str:
    """`text` with any copy of `password` (as typed or URL-quoted) replaced by ***."""
    if not password:
        return text
    from urllib.parse import quote, quote_plus

    for form in sorted(
        {password, quote(password, safe=""), quote_plus(password)}, key=len, reverse=True
    ):
        text = text.replace(form, "***")
    return text


#: Packages whose backends keep passwords in a file of their own, plain or behind a master
#: password asked for on the terminal; neither is a credential store the desktop may use.
_FILE_KEYRING_PACKAGES = ("keyrings.alt", "keyrings.cryptfile")


def _needs_no_terminal(backend: keyring.backend.KeyringBackend) -> bool:
    """False for a backend that writes passwords to its own file or prompts for a password."""
    for cls in type(backend).__mro__:
        module = cls.__module__ or ""
        if any(module == p or module.startswith(p + ".") for p in _FILE_KEYRING_PACKAGES):
            return False
    # A master password of its own is asked for with getpass, on the terminal.
    return not any(hasattr(backend, name) for name in ("_unlock", "_get_new_password"))


def _is_chain(backend: keyring.backend.KeyringBackend) -> bool:
    import keyring.backends.chainer

    return isinstance(backend, keyring.backends.chainer.ChainerBackend)


def _usable(backend: keyring.backend.KeyringBackend) -> bool:
    """False for keyring's fail and null backends, file backends, backends that prompt on a
    terminal, and chains with none of their own that is usable."""
    return _safe_backend(backend) is not None


def _safe_backend(
    backend: keyring.backend.KeyringBackend,
) -> keyring.backend.KeyringBackend | None:
    """The backend to use: `backend` itself when it keeps passwords without a terminal, the
    first such backend of a chain (a chain would go on to ask the others, which may prompt),
    or None."""
    import keyring.backends.fail
    import keyring.backends.null

    if _is_chain(backend):
        for child in getattr(backend, "backends", None) or ():
            if not _is_chain(child) and _safe_backend(child) is not None:
                return child
        return None
    if isinstance(backend, keyring.backends.fail.Keyring | keyring.backends.null.Keyring):
        return None
    if not _needs_no_terminal(backend):
        return None
    try:
        priority = backend.priority
    except Exception:  # a backend that cannot work here says so by raising
        return None
    return backend if priority is None or priority >= 0 else None


class SessionPasswords:
    """Passwords kept in this process's memory only, for when no credential store is usable."""

    def __init__(self) -> None:
        self._passwords: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self._passwords.get(key)

    def set(self, key: str, password: str) -> None:
        self._passwords[key] = password

    def forget(self, key: str) -> None:
        self._passwords.pop(key, None)

    def clear(self) -> None:
        self._passwords.clear()

    def __repr__(self) -> str:  # never show the values, even in a traceback
        return f"SessionPasswords(keys={sorted(self._passwords)!r})"


# One per process, so every CredentialStore made without one shares this session's passwords.
_THIS_SESSION = SessionPasswords()


class CredentialStore:
    """`get`, `set`, `delete` and `available` for passwords, under the service "agent-desktop".

    `set` writes only to the system's credential store; `keep_for_session` keeps a password in
    memory. `get` looks in the store first, then in this session's memory.
    """

    def __init__(self, session: SessionPasswords | None = None, service: str = SERVICE):
        self.session = _THIS_SESSION if session is None else session
        self.service = service

    def _backend(self) -> keyring.backend.KeyringBackend | None:
        """keyring's backend when it keeps passwords without a terminal; else None."""
        import keyring  # loaded when a password is wanted, not at start-up

        try:
            return _safe_backend(keyring.get_keyring())
        except Exception as exc:  # keyring's own configuration can be broken
            log.warning("credential store unusable: %s", type(exc).__name__)
            return None

    def available(self) -> bool:
        """True when keyring has a backend that really keeps passwords, with no terminal."""
        return self._backend() is not None

    def get(self, key: str) -> str | None:
        import keyring.errors

        if (store := self._backend()) is not None:
            try:
                password = store.get_password(self.service, key)
            except keyring.errors.KeyringError as exc:
                log.warning(
                    "credential store could not be read for %s: %s", key, type(exc).__name__
                )
            else:
                if password is not None:
                    return password
        return self.session.get(key)

    def set(self, key: str, password: str) -> bool:
        """Save `password` in the system's credential store; False when there is none."""
        import keyring.errors

        if (store := self._backend()) is None:
            log.info("no credential store: the password for %s is kept for this session only", key)
            return False
        try:
            store.set_password(self.service, key, password)
        except keyring.errors.KeyringError as exc:
            log.warning("credential store refused the password for %s: %s", key, type(exc).__name__)
            return False
        log.info("password for %s saved in the credential store", key)
        return True

    def keep_for_session(self, key: str, password: str) -> None:
        self.session.set(key, password)

    def stored(self, key: str) -> bool:
        """True when the system's credential store (not this session) holds a password."""
        import keyring.errors

        if (store := self._backend()) is None:
            return False
        try:
            return store.get_password(self.service, key) is not None
        except keyring.errors.KeyringError:
            return False

    def delete(self, key: str) -> None:
        """Forget the password for `key` in the credential store and in this session."""
        import keyring.errors

        self.session.forget(key)
        if (store := self._backend()) is None:
            return
        try:
            store.delete_password(self.service, key)
        except keyring.errors.PasswordDeleteError:
            pass  # there was none
        except keyring.errors.KeyringError as exc:
            log.warning("credential store could not forget %s: %s", key, type(exc).__name__)
        else:
            log.info("password for %s removed from the credential store", key)
