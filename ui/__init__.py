"""Presentation layer of SIKS Desktop: the only package that imports PySide6 (architecture.md property 1).

PySide6 is pinned below 6.12 on Python 3.11 (pyproject.toml): 6.12 aborts the process there; see
tests/ui/test_runtime.py.
"""
