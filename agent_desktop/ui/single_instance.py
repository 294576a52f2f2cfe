"""One running window per user and data folder: later `pop` commands hand their number to it.

The protocol is one JSON line from the client, `{"pop": "<number>"}`, answered by one line,
`ok`, after which the server closes the connection. The socket is private to the user.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QLockFile, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

# A pop message is a phone number in a small JSON object; anything longer is not ours.
MAX_LINE = 4096
# A client that connects and says nothing is dropped after this long.
IDLE_MS = 5000
_SLICE_MS = 10
_USER_ONLY = QLocalServer.SocketOption.UserAccessOption
_CONNECTED = QLocalSocket.LocalSocketState.ConnectedState


def server_name(data_dir: str | os.PathLike, user: str) -> str:
    """A socket name for this data folder and operating-system user.

    Hashed, so that any folder path gives a short name valid on every platform, and two users
    (or two data folders) on one machine never reach each other's window.
    """
    folder = str(Path(data_dir).expanduser().resolve())
    digest = hashlib.sha256(f"{folder}\0{user}".encode()).hexdigest()[:24]
    return f"agent-desktop-{digest}"


@contextmanager
def core_application() -> Iterator[QCoreApplication]:
    """The running Qt application, or a QCoreApplication for the duration of the block.

    One made here is shut down afterwards, so the process can still create a QApplication for
    the window when no running window took the pop.
    """
    existing = QCoreApplication.instance()
    if existing is not None:
        yield existing
        return
    app = QCoreApplication([])
    try:
        yield app
    finally:
        app.shutdown()


class SingleInstance(QObject):
    """Listens for pop requests from later `agent-desktop pop` processes."""

    sig_pop = Signal(str)
    """Emitted on the GUI thread with the number another process asked this window to pop."""

    server_name = staticmethod(server_name)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(_USER_ONLY)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytearray] = {}
        # Until the window exists (start-up dialogs run the event loop), the newest pop.
        self._delivering = False
        self._early: str | None = None

    def deliver_to(self, slot) -> None:
        """Send pops to `slot` from now on, and the newest one received before, if any: that
        caller may still be on the line; earlier ones have been answered by someone else."""
        self.sig_pop.connect(slot)
        self._delivering = True
        if self._early is not None:
            number, self._early = self._early, None
            QTimer.singleShot(0, lambda: slot(number))

    def keep(self, number: str) -> None:
        """A pop asked for before the window exists (on this process's own command line)."""
        if not self._delivering:
            self._early = number

    def listen(self) -> bool:
        """Start serving; False when another window already serves this name.

        A socket file left by a crashed window is removed, under a lock file so that two
        windows starting together cannot remove each other's fresh socket.
        """
        if self._server.isListening():
            return True
        lock = QLockFile(os.path.join(QDir.tempPath(), f"{self.name}.lock"))
        lock.setStaleLockTime(10_000)
        locked = lock.tryLock(2000)
        try:
            # Probe first: with socket options set, Qt's listen() on Unix replaces an existing
            # socket file, live or not, and would silently steal a running window's pops.
            if _answers(self.name):
                return False
            if self._server.listen(self.name):
                return True
            QLocalServer.removeServer(self.name)
            return self._server.listen(self.name)
        finally:
            if locked:
                lock.unlock()

    def close(self) -> None:
        self._server.close()
        for socket in list(self._buffers):
            socket.disconnect(self)
            socket.abort()
        self._buffers.clear()

    def is_listening(self) -> bool:
        return self._server.isListening()

    # --- server side ---

    def _accept(self) -> None:
        # Slots find their socket through sender(): a closure or a bound method of the socket's
        # Python wrapper can outlive that wrapper, and Qt then calls into freed memory.
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(self._on_disconnected)
            idle = QTimer(socket)
            idle.setSingleShot(True)
            idle.timeout.connect(self._on_idle)
            idle.start(IDLE_MS)
            if socket.bytesAvailable():
                self._read(socket)

    def _on_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _on_disconnected(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._buffers.pop(socket, None)
            socket.deleteLater()

    def _on_idle(self) -> None:
        timer = self.sender()
        socket = timer.parent() if timer is not None else None
        if isinstance(socket, QLocalSocket):
            socket.abort()

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer += bytes(socket.readAll().data())
        if b"\n" not in buffer:
            if len(buffer) > MAX_LINE:
                socket.abort()
            return
        line = bytes(buffer.split(b"\n", 1)[0])
        self._buffers[socket] = bytearray()
        number = _pop_number(line)
        socket.write(b"ok\n" if number is not None else b"error\n")
        socket.flush()
        socket.disconnectFromServer()
        if number is not None:
            self.keep(number)
            self.sig_pop.emit(number)

    # --- client side ---

    @staticmethod
    def send_pop(name: str, number: str, timeout_ms: int = 2000) -> bool:
        """Hand `number` to the window serving `name`; True once it acknowledged.

        Blocking, for the short-lived `pop` process; never call it on the thread of the window
        it is talking to, which could then not answer.
        """
        deadline = time.monotonic() + timeout_ms / 1000

        def left() -> int:
            return max(0, int((deadline - time.monotonic()) * 1000))

        socket = QLocalSocket()
        try:
            socket.connectToServer(name)
            if not socket.waitForConnected(left()):
                return False
            socket.write(json.dumps({"pop": number}).encode() + b"\n")
            socket.flush()
            answer = bytearray()
            while b"\n" not in answer and len(answer) <= MAX_LINE:
                if not socket.bytesAvailable():
                    if not left() or socket.state() != _CONNECTED:
                        return False
                    # PySide holds the GIL while a socket waits, and a window in this same
                    # process (tests, benchmarks) needs it to answer: look without waiting,
                    # then sleep, which lets it go. In 10 ms slices it still starved the
                    # window for seconds.
                    if not socket.waitForReadyRead(0):
                        time.sleep(_SLICE_MS / 1000)
                answer += bytes(socket.readAll().data())
            return answer.split(b"\n", 1)[0].strip() == b"ok"
        finally:
            socket.abort()


def _answers(name: str) -> bool:
    probe = QLocalSocket()
    probe.connectToServer(name)
    alive = probe.waitForConnected(500)
    probe.abort()
    return alive


def _pop_number(line: bytes) -> str | None:
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        log.warning("ignored a malformed pop message")
        return None
    number = message.get("pop") if isinstance(message, dict) else None
    if not isinstance(number, str) or len(number) > 100:
        log.warning("ignored a pop message without a number")
        return None
    return number
