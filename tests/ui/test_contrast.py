"""Every text colour of the window reads at 4.5:1 at least on its background (WCAG 2.1 AA): the style
sheet's own pairs, its text on the window's palette, and the colours the pages paint themselves."""

import re

import pytest
from PySide6.QtGui import QColor, QPalette

from app import paths
from app.domain.members import PALETTE
from app.exports.roster import contrast_ratio
from tests.ui.test_keyboard import demo  # noqa: F401 - the demo centre in the real window

AA = 4.5
RULE = re.compile(r"([^{}]+)\{([^}]*)\}")


def declared(body: str, name: str) -> str | None:
    found = re.search(rf"(?:^|[;\s]){name}\s*:\s*(#[0-9a-fA-F]{{6}})", body)
    return found.group(1) if found else None


def style_rules() -> dict[str, dict[str, str | None]]:
    """Each rule of cercle.qss: its selector -> its text colour and its background (None when not set)."""
    text = re.sub(r"/\*.*?\*/", "", (paths.resource_dir() / "styles" / "cercle.qss").read_text(encoding="utf-8"),
                  flags=re.DOTALL)
    return {selector.strip(): {"color": declared(body, "color"),
                               "background": declared(body, "background") or declared(body, "background-color"),
                               "selection-color": declared(body, "selection-color"),
                               "selection-background": declared(body, "selection-background-color")}
            for selector, body in RULE.findall(text)}


def style_pairs(window: str, base: str) -> list[tuple[str, str, str]]:
    """(where, text, background): a rule without a background of its own is read on the background of the
    rule it refines (``#sidebar::item`` on ``#sidebar``), else on the window and in a field."""
    rules = style_rules()
    pairs = []
    for selector, colours in rules.items():
        if colours["selection-color"]:
            pairs.append((selector + " selected", colours["selection-color"], colours["selection-background"]))
        if not colours["color"]:
            continue
        backgrounds = [colours["background"]] if colours["background"] else [
            rule["background"] for other, rule in rules.items()
            if rule["background"] and selector.startswith(other.split("::")[0]) and other != selector] or [window, base]
        pairs += [(selector, colours["color"], background) for background in backgrounds[:2]]
    return pairs


def test_the_style_sheet_is_read(qapp):
    rules = style_rules()
    assert rules["QLabel#pageTitle"]["color"] == "#1f3a4d"
    assert rules["QListWidget#sidebar"]["background"] == "#1f3a4d"
    assert ("QListWidget#sidebar::item:selected", "#ffffff", "#3d6e8f") in style_pairs("#efefef", "#ffffff")
    assert ("QLabel#errorLabel", "#b00020", "#ffffff") in style_pairs("#efefef", "#ffffff")


def test_every_text_of_the_style_sheet_reads_at_4_5_to_1(qapp):
    palette = qapp.palette()
    window, base = palette.color(QPalette.ColorRole.Window).name(), palette.color(QPalette.ColorRole.Base).name()
    pairs = style_pairs(window, base)
    faint = [(where, text, background, round(contrast_ratio(text, background), 2))
             for where, text, background in pairs if contrast_ratio(text, background) < AA]
    assert len(pairs) > 10 and faint == []


@pytest.mark.parametrize("text", [pytest.param(c, id=c) for c in PALETTE])
def test_names_read_on_every_background_of_a_reception_cell(text):
    from app.ui.pages.reception import CHOSEN, MINE, OPEN_SOON

    for background in ("#ffffff", MINE.name(), OPEN_SOON.name(), CHOSEN.name()):
        assert contrast_ratio(text, background) >= AA, background


def test_the_colours_the_pages_paint_read_at_4_5_to_1(qapp):
    from app.ui.application import PLACEHOLDER
    from app.ui.pages import hours, my_week, reception

    palette = qapp.palette()
    window, base = palette.color(QPalette.ColorRole.Window).name(), palette.color(QPalette.ColorRole.Base).name()
    cells = ("#ffffff", reception.MINE.name(), reception.OPEN_SOON.name(), reception.CHOSEN.name())
    pairs = [(colour.name(), background) for colour in (reception.RED, reception.MUTED) for background in cells]
    pairs += [(colour.name(), background) for colour in (my_week.LATE, my_week.PAST) for background in (window, base)]
    pairs += [("#202020", colour.name()) for colour in (hours.RESTING, hours.BEHIND, hours.SLIGHTLY_BEHIND,
                                                       hours.ON_TARGET)]
    pairs.append((PLACEHOLDER, base))
    faint = [(text, background) for text, background in pairs if contrast_ratio(text, background) < AA]
    assert faint == []


def test_the_window_hints_in_a_readable_grey(qapp):
    from app.ui.application import PLACEHOLDER, load_style

    stylesheet, palette = qapp.styleSheet(), qapp.palette()
    try:
        load_style(qapp)
        assert qapp.palette().color(QPalette.ColorRole.PlaceholderText) == QColor(PLACEHOLDER)
    finally:
        qapp.setStyleSheet(stylesheet)
        qapp.setPalette(palette)


def test_the_workshops_month_reads_at_4_5_to_1(qapp):
    from app.ui.month_calendar import OTHER_MONTH
    from app.ui.pages.workshops import MARKED_DAY

    assert contrast_ratio(OTHER_MONTH, "#ffffff") >= AA and contrast_ratio("#202020", MARKED_DAY) >= AA


def test_no_text_is_greyed_by_disabling_its_label(qtbot, demo):  # noqa: F811 - the fixture
    """A disabled label is painted in the palette's disabled grey (about 2.8:1): a hint uses #hint."""
    from PySide6.QtWidgets import QLabel

    from app.ui.mainwindow import PAGE_KEYS

    for key in PAGE_KEYS:
        demo.window.page(key)
    greyed = [label.text()[:40] for label in demo.window.findChildren(QLabel)
              if label.text().strip() and not label.isEnabledTo(demo.window)
              and not (label.buddy() and not label.buddy().isEnabledTo(demo.window))]
    assert greyed == []
