"""Presentation layer of SIKS Desktop: the only package that imports PySide6 (architecture.md property 1)."""
