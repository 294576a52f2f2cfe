"""The arrows point down: only ui/ imports Qt, and domain/ imports nothing else of ours."""

from __future__ import annotations

import ast
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


def test_store_and_services_do_not_import_ui():
    for under in ("store", "services", "domain"):
        for path in modules(under):
            assert not any(n.startswith("agent_desktop.ui") for n in imports_of(path)), path
