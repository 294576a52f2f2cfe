"""The real window on a private X display and D-Bus session with the AT-SPI registry."""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WALKER = Path(__file__).with_name("walk_tree.py")
SYSTEM_PYTHON = "/usr/bin/python3"
APPLICATION = "agent-desktop"  # QApplication.applicationName(), the name on the bus
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
REGISTRY = "/usr/libexec/at-spi2-registryd"
INSTALL = (
    "apt-get install xvfb xauth xdotool dbus-daemon dbus-bin at-spi2-core python3-pyatspi "
    "libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 "
    "libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1 libxcb-randr0 libxcb-sync1 "
    "libxcb-xfixes0 libxcb-shm0 (.ci/run does)"
)
# Marks every process this session starts, so that stop() can find one that left the
# process group it was started in.
TOKEN_VARIABLE = "AGENT_DESKTOP_A11Y_SESSION"


class SetupFailed(RuntimeError):
    """The bus, the display or the window could not be brought up: says what to install."""


def missing_tools() -> list[str]:
    """What this machine lacks for the session, each with the Debian package that brings it."""
    missing = [
        f"{tool} ({package})"
        for tool, package in (
            ("Xvfb", "xvfb"),
            ("xdotool", "xdotool"),
            ("dbus-daemon", "dbus-daemon"),
            ("dbus-send", "dbus-bin"),
        )
        if shutil.which(tool) is None
    ]
    missing += [
        f"{path} (at-spi2-core)" for path in (LAUNCHER, REGISTRY) if not os.access(path, os.X_OK)
    ]
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        missing.append(f"{SYSTEM_PYTHON} (python3)")
    else:
        probe = subprocess.run(
            [SYSTEM_PYTHON, "-I", "-c", "import pyatspi"], capture_output=True, timeout=30
        )
        if probe.returncode != 0:
            missing.append(f"pyatspi for {SYSTEM_PYTHON} (python3-pyatspi)")
    return missing


def _read_line(stream, timeout: float, what: str) -> str:
    """One line from a child's pipe, waiting at most `timeout` seconds for it."""
    deadline = time.monotonic() + timeout
    data = b""
    fd = stream.fileno()
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            raise SetupFailed(f"{what} did not answer within {timeout:.0f} s")
        chunk = os.read(fd, 4096)
        if not chunk:
            raise SetupFailed(f"{what} exited before answering")
        data += chunk
    return data.decode().strip()


class DesktopSession:
    """Xvfb, a private session bus (which starts the AT-SPI bus launcher and registry on
    demand), and `python -m agent_desktop` on Qt's xcb platform with accessibility on.

    Nothing here touches the caller's own session bus or display: the private addresses are
    set only in the children's environment. `stop()` ends every process it started, by
    process group and by the token in their environment.
    """

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="agent-desktop-a11y-"))
        self.token = uuid.uuid4().hex
        self.env: dict[str, str] = {}
        self.processes: list[subprocess.Popen] = []
        self.app: subprocess.Popen | None = None
        for name in ("data", "config", "log", "runtime", "xdg-config", "xdg-cache", "xdg-data"):
            (self.root / name).mkdir(mode=0o700)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    # --- starting -------------------------------------------------------------------------

    def start(self) -> None:
        missing = missing_tools()
        if missing:
            raise SetupFailed(
                "the accessibility bus test needs "
                + ", ".join(missing)
                + f"; install with: {INSTALL}"
            )
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("DBUS_", "AT_SPI", "QT_", "XDG_", "AGENT_DESKTOP_"))
            and k not in ("DISPLAY", "WAYLAND_DISPLAY", "NO_AT_BRIDGE", "XAUTHORITY")
        }
        env.update(
            {
                TOKEN_VARIABLE: self.token,
                # The AT-SPI bus socket goes under XDG_RUNTIME_DIR (else ~/.cache/at-spi/bus,
                # which a developer's own session may be using).
                "XDG_RUNTIME_DIR": str(self.root / "runtime"),
                "XDG_CONFIG_HOME": str(self.root / "xdg-config"),
                "XDG_CACHE_HOME": str(self.root / "xdg-cache"),
                "XDG_DATA_HOME": str(self.root / "xdg-data"),
                "AGENT_DESKTOP_DATA_DIR": str(self.root / "data"),
                "AGENT_DESKTOP_CONFIG_DIR": str(self.root / "config"),
                "AGENT_DESKTOP_LOG_DIR": str(self.root / "log"),
                "PYTHONPATH": os.pathsep.join(
                    p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p
                ),
            }
        )
        self.env = env
        env["DISPLAY"] = self._start_xvfb()
        env["DBUS_SESSION_BUS_ADDRESS"] = self._start_bus()
        self._start_accessibility_bus()

    def _spawn(
        self, argv: list[str], log: str, env: dict[str, str] | None = None, **kwargs
    ) -> subprocess.Popen:
        with open(self.root / log, "ab") as out:
            proc = subprocess.Popen(
                argv,
                env=env or self.env,
                stdin=subprocess.DEVNULL,
                stdout=kwargs.pop("stdout", out),
                stderr=out,
                start_new_session=True,
                cwd=self.root,
                **kwargs,
            )
        self.processes.append(proc)
        return proc

    def _start_xvfb(self) -> str:
        read, write = os.pipe()
        try:
            self._spawn(
                [
                    "Xvfb",
                    "-displayfd",
                    str(write),
                    "-screen",
                    "0",
                    "1440x900x24",
                    "-nolisten",
                    "tcp",
                    "-noreset",
                ],
                "xvfb.log",
                pass_fds=(write,),
            )
            os.close(write)
            with os.fdopen(read, "rb", buffering=0) as stream:
                return ":" + _read_line(stream, 15, "Xvfb")
        except SetupFailed as exc:
            raise SetupFailed(f"{exc}: {self.log_tail('xvfb.log')}") from None

    def _start_bus(self) -> str:
        proc = self._spawn(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            "dbus.log",
            stdout=subprocess.PIPE,
        )
        try:
            return _read_line(proc.stdout, 15, "dbus-daemon")
        except SetupFailed as exc:
            raise SetupFailed(f"{exc}: {self.log_tail('dbus.log')}") from None
        finally:
            proc.stdout.close()

    def _start_accessibility_bus(self) -> None:
        """Ask the session bus for the AT-SPI bus, which starts at-spi-bus-launcher: Qt only
        waits for that name to appear, it never starts it."""
        deadline = time.monotonic() + 20
        while True:
            ask = subprocess.run(
                [
                    "dbus-send",
                    "--session",
                    "--print-reply",
                    "--reply-timeout=5000",
                    "--dest=org.a11y.Bus",
                    "/org/a11y/bus",
                    "org.a11y.Bus.GetAddress",
                ],
                env=self.env,
                capture_output=True,
                text=True,
                timeout=30,
            )
            if ask.returncode == 0 and "unix:" in ask.stdout:
                return
            if time.monotonic() > deadline:
                raise SetupFailed(
                    "the AT-SPI bus did not start (org.a11y.Bus.GetAddress: "
                    f"{ask.stderr.strip()}); install at-spi2-core"
                )
            time.sleep(0.2)

    def start_window(self, *args: str) -> None:
        """`python -m agent_desktop ARGS` on Qt's xcb platform, which brings the AT-SPI bridge
        (the offscreen platform has none)."""
        env = {
            **self.env,
            "QT_QPA_PLATFORM": "xcb",
            # Without a desktop's accessibility setting the bridge stays off.
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        }
        self.app = self._spawn(
            [sys.executable, "-m", "agent_desktop", *args], "window.log", env=env
        )

    # --- talking to the window ------------------------------------------------------------

    def walk(self, *, max_children: int = 30, max_nodes: int = 3000) -> dict:
        """The window's accessibility tree as the walker printed it."""
        self.check_window_alive()
        try:
            proc = subprocess.run(
                # -I: the system Python must not see the project's PYTHONPATH or site.
                [
                    SYSTEM_PYTHON,
                    "-I",
                    str(WALKER),
                    APPLICATION,
                    f"--max-children={max_children}",
                    f"--max-nodes={max_nodes}",
                ],
                env=self.env,
                capture_output=True,
                text=True,
                timeout=90,
            )
        except subprocess.TimeoutExpired:
            raise AssertionError(
                "the AT-SPI walker ran over 90 s: the window stopped "
                f"answering? {self.log_tail('window.log')}"
            ) from None
        try:
            tree = json.loads(proc.stdout)
        except json.JSONDecodeError:
            raise AssertionError(
                f"the AT-SPI walker failed (exit {proc.returncode}): {proc.stderr.strip()[-2000:]}"
            ) from None
        if "error" in tree:
            raise SetupFailed(f"{tree['error']}; install with: {INSTALL}")
        return tree

    def wait_for(
        self, what: str, found: Callable[[dict], bool], timeout: float = 30, **walk
    ) -> dict:
        """Walk the tree until `found(tree)`; fails after `timeout` seconds naming `what`."""
        deadline = time.monotonic() + timeout
        tree: dict = {}
        while True:
            tree = self.walk(**walk)
            if tree.get("found") and found(tree):
                return tree
            if time.monotonic() > deadline:
                seen = (
                    f"the applications on the bus were {tree.get('applications')}"
                    if not tree.get("found")
                    else f"{len(tree['nodes'])} objects"
                )
                raise AssertionError(
                    f"{what} did not happen within {timeout:.0f} s ({seen}); "
                    f"window log: {self.log_tail('window.log')}"
                )
            time.sleep(0.3)

    def check_window_alive(self) -> None:
        if self.app is not None and self.app.poll() is not None:
            log = self.log_tail("window.log")
            hint = (
                f"; QT_DEBUG_PLUGINS=1 names the missing library; {INSTALL}"
                if "platform plugin" in log
                else ""
            )
            raise AssertionError(f"the window exited with {self.app.returncode}: {log}{hint}")

    def command(self, *args: str, timeout: float = 30) -> subprocess.CompletedProcess:
        """`python -m agent_desktop ARGS` with the window's folders (e.g. a screen pop)."""
        proc = subprocess.Popen(
            [sys.executable, "-m", "agent_desktop", *args],
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
            cwd=self.root,
        )
        self.processes.append(proc)
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self._end(proc)
            raise AssertionError(
                f"agent_desktop {' '.join(args)} ran over {timeout:.0f} s"
            ) from None
        return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)

    def xdotool(self, *args: str) -> str:
        try:
            proc = subprocess.run(
                ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=20
            )
        except subprocess.TimeoutExpired:  # --sync waits for ever for a window that never comes
            raise AssertionError(f"xdotool {' '.join(args)} ran over 20 s") from None
        if proc.returncode != 0:
            raise AssertionError(f"xdotool {' '.join(args)} failed: {proc.stderr.strip()}")
        return proc.stdout

    def log_tail(self, name: str, chars: int = 3000) -> str:
        path = self.root / name
        text = path.read_text(errors="replace") if path.exists() else ""
        return text[-chars:].strip() or "(empty)"

    # --- stopping -------------------------------------------------------------------------

    def _end(self, proc: subprocess.Popen) -> None:
        """End `proc`'s process group: politely, then for certain."""
        for sig, wait in ((signal.SIGTERM, 5), (signal.SIGKILL, 5)):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, sig)
            try:
                proc.wait(timeout=wait)
                break
            except subprocess.TimeoutExpired:
                continue
        # Services started on demand by dbus-daemon outlive it for a moment; their group is
        # the daemon's, so send the group a KILL whether or not its leader is gone.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)

    def _marked(self) -> list[int]:
        """Processes that carry this session's token, wherever they went."""
        marker = f"{TOKEN_VARIABLE}={self.token}".encode()
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                if marker in (entry / "environ").read_bytes().split(b"\0"):
                    found.append(int(entry.name))
            except OSError:
                continue
        return found

    def stop(self) -> None:
        # The window first, so that it does not see its bus vanish; Xvfb last.
        for proc in [p for p in self.processes if p is self.app] + list(
            reversed([p for p in self.processes if p is not self.app])
        ):
            self._end(proc)
        for pid in self._marked():
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
        shutil.rmtree(self.root, ignore_errors=True)
