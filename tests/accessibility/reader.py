"""Read Cercle's window the way a screen reader does, over AT-SPI: run with Debian's python3 (pyatspi)
inside ``dbus-run-session``: ``reader.py OUTPUT WINDOW-COMMAND…``. Writes one JSON object to OUTPUT: for each page, the
nodes shown, with their role, name, description, interfaces, states and path."""

import json
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

SHOWN = pyatspi.STATE_SHOWING
MAX_CHILDREN = 400  # a long table: its first rows tell as much as all of them


def node(accessible, path: str) -> dict:
    states = accessible.getState()
    found = {
        "path": path,
        "role": accessible.getRoleName(),
        "name": accessible.name or "",
        "description": accessible.description or "",
        "interfaces": sorted(pyatspi.utils.listInterfaces(accessible)),
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        "enabled": states.contains(pyatspi.STATE_ENABLED),
    }
    found["labelled_by"] = [target.name for relation in accessible.getRelationSet()
                            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
                            for target in (relation.getTarget(i) for i in range(relation.getNTargets()))
                            if target is not None]
    if found["role"] == "combo box":  # its choices, to tell a name from a value
        found["choices"] = [item.name for list_ in accessible for item in list_ if item is not None][:50]
    if "Text" in found["interfaces"]:
        text = accessible.queryText()
        found["text"] = text.getText(0, min(text.characterCount, 200))
    return found


def walk(accessible, path: str, into: list) -> None:
    if accessible is None or not accessible.getState().contains(SHOWN):
        return
    into.append(node(accessible, path))
    here = f"{path}/{accessible.getRoleName()}"
    for index in range(min(accessible.childCount, MAX_CHILDREN)):
        walk(accessible.getChildAtIndex(index), f"{here}[{index}]", into)


def read_page(application, attempts: int = 3) -> list:
    """The shown nodes of every window; read again when a node vanished under the reader (a refresh)."""
    for attempt in range(attempts):
        nodes: list = []
        try:
            for index in range(application.childCount):
                walk(application.getChildAtIndex(index), "", nodes)
            return nodes
        except GLib.GError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.5)
    return []


def cercle(pid: int, timeout: float = 60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for application in pyatspi.Registry.getDesktop(0):
            if application is not None and application.get_process_id() == pid:
                return application
        time.sleep(0.2)
    raise SystemExit("Cercle never appeared on the accessibility bus")


def main() -> None:
    output, command = sys.argv[1], sys.argv[2:]
    window = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    pages = {}
    application = None
    for line in window.stdout:
        line = line.strip()
        if line == "done":
            break
        if not line.startswith("page "):
            continue
        application = application or cercle(window.pid)
        pages[line.removeprefix("page ")] = read_page(application)
        window.stdin.write("next\n")
        window.stdin.flush()
    window.wait(timeout=30)
    with open(output, "w", encoding="utf-8") as file:
        json.dump(pages, file, ensure_ascii=False)


if __name__ == "__main__":
    main()
