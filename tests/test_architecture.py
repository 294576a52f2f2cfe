"""The arrows point down: only ui/ imports Qt, and domain/ imports nothing else of ours."""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "agent_desktop"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def modules(under: str = "") -> list[Path]:
    return sorted((PACKAGE / under).rglob("*.py"))


def test_only_ui_and_the_composition_root_import_qt():
    allowed = {PACKAGE / "app.py"}
    for path in modules():
        if "ui" in path.relative_to(PACKAGE).parts or path in allowed:
            continue
        qt = {name for name in imports_of(path) if name.split(".")[0] in {"PySide6", "shiboken6"}}
        assert not qt, f"{path.relative_to(PACKAGE)} imports {qt}"


def test_domain_imports_neither_qt_nor_sqlalchemy_nor_the_rest_of_the_package():
    for path in modules("domain"):
        for name in imports_of(path):
            root = name.split(".")[0]
            assert root not in {"PySide6", "sqlalchemy", "alembic", "psycopg"}, (path, name)
            if name.startswith("agent_desktop."):
                assert name.startswith("agent_desktop.domain"), (path, name)


def test_the_window_reaches_data_only_through_the_services_and_sync():
    """ui/ imports neither store/ nor SQLAlchemy: every read and write of the window goes
    through services/ and sync/ (the data gateway), off the GUI thread."""
    for path in modules("ui"):
        for name in imports_of(path):
            assert not name.startswith("agent_desktop.store"), (path.name, name)
            assert name.split(".")[0] not in {"sqlalchemy", "psycopg", "alembic"}, (path.name, name)


#: The sign-in and session steps run before (or between) gateways: they open databases and
#: ask who is signing in. The sync controller drives the replica's sync itself.
SESSION_PLUMBING = {"sign_in.py", "desk_session.py", "connection_dialog.py", "sync_controller.py"}


def imported_names(path: Path) -> list[tuple[str, str]]:
    """(module, name) for every `from module import name` in `path`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.module, alias.name)
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module
        for alias in node.names
    ]


def test_the_window_reads_and_writes_only_through_its_gateway():
    """Panels call no use case around the gateway: from services/ they take values and types
    (and the gateway itself), never a function that would need a database; and only the sync
    controller knows sync/ is there."""
    for path in modules("ui"):
        if path.name in SESSION_PLUMBING:
            continue
        for module, name in imported_names(path):
            assert not module.startswith("agent_desktop.sync"), (path.name, module)
            if module.startswith("agent_desktop.services") and module != (
                "agent_desktop.services.gateway"
            ):
                value = getattr(importlib.import_module(module), name)
                assert not inspect.isfunction(value), f"{path.name} calls {module}.{name}"


def test_the_gateway_has_both_implementations():
    from agent_desktop.services.gateway import DeskData, Local
    from agent_desktop.sync.desktop import Synced

    wanted = {n for n in vars(DeskData) if not n.startswith("_")} | set(DeskData.__annotations__)
    assert {"load_card", "queue_snapshot", "record_outreach", "finish_work"} <= wanted
    for implementation in (Local, Synced):
        missing = sorted(name for name in wanted if not hasattr(implementation, name))
        assert not missing, (implementation.__name__, missing)
        assert implementation.synced is (implementation is Synced)


def test_store_and_services_do_not_import_ui():
    for under in ("store", "services", "domain"):
        for path in modules(under):
            assert not any(n.startswith("agent_desktop.ui") for n in imports_of(path)), path
