"""Cercle: the internal coordination of a self-managed community health centre."""

__version__ = "0.1.0"
