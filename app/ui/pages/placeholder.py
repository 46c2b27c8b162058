"""A page whose area is being built: it says what it will hold, so nobody thinks it is broken."""

from PySide6.QtWidgets import QLabel

from app.ui.pages.base import Page


class UpcomingPage(Page):
    def __init__(self, workspace, title: str, description: str, parent=None) -> None:
        super().__init__(workspace, title, parent)
        text = QLabel(description)
        text.setWordWrap(True)
        text.setObjectName("upcoming")
        self.body.addWidget(text)
        self.body.addStretch(1)
