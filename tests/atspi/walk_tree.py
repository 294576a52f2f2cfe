"""Print one application's AT-SPI tree as JSON; run by the system Python, which has pyatspi.

Usage: /usr/bin/python3 walk_tree.py APPLICATION_NAME [--max-children N] [--max-nodes N]

Prints {"found": false, "applications": [...]} while the application is not on the bus, else
{"found": true, "nodes": [...], ...}: for each object its path (child indexes from the
application), role, name, description, states, interfaces, its text when it has the Text
interface, and for tables the cells of their first rows. Only the standard library and
pyatspi are used, so that it runs outside the project's virtual environment.
"""

import argparse
import json
import sys

try:
    import pyatspi
except ImportError as exc:  # the caller turns this into "install python3-pyatspi"
    print(json.dumps({"error": f"pyatspi cannot be imported: {exc}"}))
    sys.exit(3)

TABLE_ROWS = 8  # rows of each table read cell by cell, through the Table interface
MAX_DEPTH = 60


def states_of(obj):
    return sorted(pyatspi.stateToString(s) or str(s) for s in obj.getState().getStates())


def text_of(obj):
    try:
        text = obj.queryText()
    except NotImplementedError:
        return None
    return text.getText(0, -1)


def summary(obj):
    """What a screen reader reads of one object: role, name, description, text, states."""
    return {
        "role": obj.getRoleName(),
        "name": obj.name or "",
        "description": obj.description or "",
        "text": text_of(obj),
        "states": states_of(obj),
    }


def table_of(obj):
    try:
        table = obj.queryTable()
    except NotImplementedError:
        return None
    rows, columns = table.nRows, table.nColumns
    headers = []
    # Qt logs "invalid index" for each header of a tree that has no rows.
    for column in range(columns if rows else 0):
        header = table.getColumnHeader(column)
        headers.append(summary(header) if header is not None else None)
    cells = []
    for row in range(min(rows, TABLE_ROWS)):
        line = []
        for column in range(columns):
            cell = table.getAccessibleAt(row, column)
            line.append(summary(cell) if cell is not None else None)
        cells.append(line)
    return {"rows": rows, "columns": columns, "headers": headers, "cells": cells}


def find_application(name):
    desktop = pyatspi.Registry.getDesktop(0)
    names = []
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is None:
            continue
        names.append(app.name)
        if app.name == name:
            return app, names
    return None, names


def walk(app, max_children, max_nodes):
    """Depth first, in child order; beyond `max_children` a node's children are only
    checked for the focused state (a table may hold thousands of cells, one of them current)."""
    nodes, capped, stack = [], [], [(app, [], [])]
    while stack and len(nodes) < max_nodes:
        obj, path, where = stack.pop()
        try:
            node = summary(obj)
            count = obj.childCount
            node.update(
                path="/".join(map(str, path)) or ".",
                where=" > ".join(where),
                child_count=count,
                interfaces=sorted(obj.get_interfaces()),
                attributes=obj.getAttributes() or [],
            )
            node["table"] = table_of(obj)
        except Exception as exc:  # an object that went away mid-walk is reported, not fatal
            nodes.append(
                {"path": "/".join(map(str, path)), "where": " > ".join(where), "error": str(exc)}
            )
            continue
        nodes.append(node)
        if len(path) >= MAX_DEPTH:
            continue
        label = f"{node['role']} {node['name']!r}" if node["name"] else node["role"]
        children = []
        for index in range(count):
            child = obj.getChildAtIndex(index)
            if child is None:
                continue
            if index < max_children:
                children.append((child, [*path, index], [*where, label]))
            elif child.getState().contains(pyatspi.STATE_FOCUSED):
                capped.append(
                    {
                        **summary(child),
                        "path": "/".join(map(str, [*path, index])),
                        "where": " > ".join([*where, label]),
                    }
                )
        stack.extend(reversed(children))
    return nodes, capped, bool(stack)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("application")
    parser.add_argument("--max-children", type=int, default=30)
    parser.add_argument("--max-nodes", type=int, default=3000)
    args = parser.parse_args()
    # A hung application must not hang the walker: every call gives up after 5 s.
    pyatspi.setTimeout(5000, 15000)
    app, names = find_application(args.application)
    if app is None:
        print(json.dumps({"found": False, "applications": names}))
        return
    nodes, capped, cut = walk(app, args.max_children, args.max_nodes)
    print(
        json.dumps(
            {
                "found": True,
                "application": args.application,
                "pid": app.get_process_id(),
                "nodes": nodes,
                "focused_beyond_cap": capped,
                "cut_short": cut,
            }
        )
    )


if __name__ == "__main__":
    main()
