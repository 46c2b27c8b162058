"""Before the window opens on Linux: does Qt's X11 plugin find the system libraries it needs?

When it does not, Qt stops with "xcb-cursor0 or libxcb-cursor0 is needed", whatever is really missing. Cercle
asks ``ldd`` what the plugin lacks and names the packages to install, for Debian/Ubuntu and for Fedora.
"""

import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

# Library (soname) -> (Debian/Ubuntu package, Fedora package).
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
}
NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
EXIT_CODE = 3


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries ``ldd`` could not find, each once, in its order."""
    return list(dict.fromkeys(NOT_FOUND.findall(ldd_output)))


def packages_for(missing: list[str]) -> tuple[list[str], list[str]]:
    """The Debian/Ubuntu and the Fedora packages that provide ``missing``.

    The other xcb libraries (libxcb-randr.so.0...) come from Debian's package of the same name and Fedora's
    libxcb; anything else is named as it is.
    """
    debian: list[str] = []
    fedora: list[str] = []
    for library in missing:
        if library in PACKAGES:
            deb, rpm = PACKAGES[library]
        elif match := re.fullmatch(r"lib(xcb-[\w-]+)\.so\.(\d+)", library):
            deb, rpm = f"lib{match[1]}{match[2]}", "libxcb"
        else:
            deb = rpm = library
        debian += [deb] if deb not in debian else []
        fedora += [rpm] if rpm not in fedora else []
    return debian, fedora


def message(missing: list[str]) -> str:
    """What a person reads in the terminal: in French and in English (no translation is loaded yet)."""
    debian, fedora = packages_for(missing)
    return "\n".join([
        (
            "cercle: la fenêtre ne peut pas s'ouvrir : il manque au système des bibliothèques X11 "
            f"({', '.join(missing)}). Installez-les, puis relancez Cercle."
        ),
        (
            "cercle: the window cannot open: the system lacks X11 libraries "
            f"({', '.join(missing)}). Install them, then start Cercle again."
        ),
        f"  Debian, Ubuntu: sudo apt install {' '.join(debian)}",
        f"  Fedora:         sudo dnf install {' '.join(fedora)}",
    ])


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will open the window through X11 (xcb): Linux, a display, no other platform asked for."""
    if not platform.startswith("linux") or not environ.get("DISPLAY"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "")
    if asked:
        return asked.split(";")[0].split(":")[0] == "xcb"
    return not (environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY"))


def xcb_plugin() -> Path | None:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def ldd(path: Path) -> str:
    """``ldd``'s report on ``path``; empty when ldd cannot say (then Qt's own message is all there is)."""
    import subprocess  # here: a start that paints its window without X11 (Windows, macOS, Wayland) needs none

    try:
        return subprocess.run(["ldd", str(path)], capture_output=True, text=True, timeout=10, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def window_problem(environ: Mapping[str, str] = os.environ) -> str | None:
    """The message naming the packages to install, when the X11 window cannot open; None when it can."""
    if not uses_xcb(environ):
        return None
    plugin = xcb_plugin()
    missing = missing_libraries(ldd(plugin)) if plugin else []
    return message(missing) if missing else None
