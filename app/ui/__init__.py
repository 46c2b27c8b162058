"""The Qt Widgets interface: main window, one page per area, dialogs, Qt models over the services."""
