"""On a Linux desktop that lacks libraries of Qt's X11 plugin, `cercle` names the packages to install."""

import os
import subprocess
import sys

import pytest

from app import platform_check

LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd0b5f5000)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f5a1c000000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007fbbdd774000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-randr.so.0 => /lib/x86_64-linux-gnu/libxcb-randr.so.0 (0x00007fbbdd753000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
"""


def test_ldd_output_gives_each_missing_library_once():
    assert platform_check.missing_libraries(LDD_OUTPUT) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert platform_check.missing_libraries(LDD_OUTPUT.replace("not found", "/lib/found.so")) == []


def test_missing_libraries_are_named_as_debian_and_fedora_packages():
    missing = ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-image.so.0",
               "libxcb-render-util.so.0", "libxkbcommon-x11.so.0", "libxcb-randr.so.0", "libxcb-shape.so.0"]
    debian, fedora = platform_check.packages_for(missing)
    assert debian == ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
                      "libxkbcommon-x11-0", "libxcb-randr0", "libxcb-shape0"]
    assert fedora == ["xcb-util-cursor", "xcb-util-wm", "xcb-util-keysyms", "xcb-util-image", "xcb-util-renderutil",
                      "libxkbcommon-x11", "libxcb"]
    text = platform_check.message(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in text
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms" in text
    assert "il manque" in text and "the system lacks" in text


@pytest.mark.parametrize(("environ", "platform", "xcb"), [
    ({"DISPLAY": ":0"}, "linux", True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({}, "linux", False),
    ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"DISPLAY": ":0"}, "win32", False),
])
def test_the_check_runs_only_when_qt_would_open_the_window_through_x11(environ, platform, xcb):
    assert platform_check.uses_xcb(environ, platform) is xcb


def test_cercle_names_the_packages_this_computer_lacks_instead_of_qts_message(tmp_path):
    plugin = platform_check.xcb_plugin()
    missing = platform_check.missing_libraries(platform_check.ldd(plugin)) if plugin else []
    if not sys.platform.startswith("linux") or not missing:
        pytest.skip("Qt's X11 plugin finds all its libraries on this computer")
    environ = {key: value for key, value in os.environ.items() if not key.startswith(("QT_", "WAYLAND"))}
    environ.update(DISPLAY=":99", CERCLE_DATA_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "app"], env=environ, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == platform_check.EXIT_CODE
    assert f"sudo apt install {' '.join(platform_check.packages_for(missing)[0])}" in done.stderr
    assert "xcb-cursor0 or libxcb-cursor0 is needed" not in done.stderr
