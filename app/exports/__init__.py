"""Documents Cercle writes: minutes (ODT, PDF, Markdown), rosters (PDF, iCalendar), reports (CSV, PDF)."""
