"""Every word the interface translates is written where pyside6-lupdate can find it.

lupdate reads the source, not the running program: words passed to tr() or translate() in a
variable are never extracted, so they stay English in Welsh however complete the .ts looks.
And pyside6-lupdate marks a plural only in tr(): translate() with a count gives a message with
one form, and with an expression for the count (`status.waiting`) no message at all.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "agent_desktop" / "ui"


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_tr_and_translate_are_given_literal_words_and_plurals_go_through_tr():
    problems = []
    for path in sorted(UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = getattr(func, "attr", None) or getattr(func, "id", None)
            where = f"{path.name}:{node.lineno}"
            if name == "tr" and node.args and not _literal(node.args[0]):
                problems.append(f"{where}: tr() of words in a variable")
            if name == "translate" and len(node.args) >= 2:
                if not all(_literal(arg) for arg in node.args[:2]):
                    problems.append(f"{where}: translate() of a context or words in a variable")
                if len(node.args) >= 4:
                    problems.append(f"{where}: a plural through translate(): use self.tr()")
    assert problems == []
