"""Cercle read the way a screen reader reads it: the real window under Xvfb, over the AT-SPI bus.

``reader.py`` runs with the system's Python and pyatspi (Debian's ``python3-pyatspi``), inside its own
D-Bus session, and walks every page of the demo centre (``window.py``) as Orca would find it. The test
fails on a control a screen reader cannot name: unnamed, named by its value, a table that is not a table,
an unnamed cell. Skipped, with the reason, on a machine without those packages (``.ci/run`` installs them).
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import platform_check

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
NAMED_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "password text",
    "spin button", "slider", "page tab", "page tab list", "table", "tree table", "list", "tree",
    "split pane", "unknown", "progress bar", "table cell",
}


def missing_tools() -> str | None:
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
    if probe.returncode != 0:
        return "python3-pyatspi is not installed"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "at-spi2-core is not installed"
    plugin = platform_check.xcb_plugin()
    missing = platform_check.missing_libraries(platform_check.ldd(plugin)) if plugin else ["Qt's xcb plugin"]
    if missing:
        return f"Qt's X11 window needs {', '.join(missing)}"
    return None


pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or missing_tools() is not None,
    reason=f"needs the AT-SPI bus under Xvfb: {missing_tools()}")


@pytest.fixture(scope="module")
def display():
    """A virtual screen of 1280×800, on a display number Xvfb picks itself."""
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as numbers:
        number = numbers.readline().strip()
    yield f":{number}"
    xvfb.terminate()
    xvfb.wait()


@pytest.fixture(scope="module")
def pages(display, tmp_path_factory) -> dict[str, list[dict]]:
    """Every page's shown accessible nodes, as the screen reader found them."""
    folder = tmp_path_factory.mktemp("screen-reader")
    output = folder / "tree.json"
    environment = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                       CERCLE_DATA_DIR=str(folder / "data"))
    environment.pop("DBUS_SESSION_BUS_ADDRESS", None)
    command = ["dbus-run-session", "--", SYSTEM_PYTHON, str(HERE / "reader.py"), str(output),
               sys.executable, "-m", "tests.accessibility.window"]
    log = folder / "reader.log"
    with log.open("w") as messages:  # a file, not a pipe: the bus's daemons outlive the reader and hold it
        result = subprocess.run(command, env=environment, cwd=HERE.parent.parent, stdout=messages,
                                stderr=subprocess.STDOUT, timeout=240, check=False)
    assert result.returncode == 0 and output.exists(), log.read_text(errors="replace")[-3000:]
    return json.loads(output.read_text(encoding="utf-8"))


def where(page: str, node: dict) -> str:
    return f"{page}: {node['role']} at …{node['path'][-70:]}"


def test_every_page_is_read(pages):
    assert {"my_week", "reception", "decisions:1", "workshops:3", "meetings:3", "hours:2", "team:1", "settings"} \
        <= set(pages)
    assert all(len(nodes) > 20 for nodes in pages.values())


def test_every_control_and_cell_has_a_name(pages):
    unnamed = [where(page, node) for page, nodes in pages.items() for node in nodes
               if node["role"] in NAMED_ROLES and not node["name"].strip()]
    assert not unnamed, "\n".join(unnamed)


def test_a_combo_box_is_labelled_by_its_purpose_not_its_value(pages):
    """On Linux Qt names a combo box by its current value, whatever its accessible name: what it is for
    is read from the label whose buddy it is (the "labelled by" relation)."""
    unlabelled = [f"{where(page, node)} showing {node['name']!r}" for page, nodes in pages.items()
                  for node in nodes if node["role"] == "combo box"
                  and not any(label.strip() and label not in node["choices"] for label in node["labelled_by"])]
    assert not unlabelled, "\n".join(unlabelled)


def test_a_table_is_a_table(pages):
    not_tables = [where(page, node) for page, nodes in pages.items() for node in nodes
                  if node["role"] in ("table", "tree table") and "Table" not in node["interfaces"]]
    assert not not_tables, "\n".join(not_tables)
