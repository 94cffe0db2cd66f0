"""Presentation layer of SIKS Desktop: the only package that imports PySide6 (architecture.md property 1).

Python 3.11 guard: PySide6 6.12 (abi3 wheels built for 3.12+, where None/True/False are immortal, PEP 683) returns
``None`` from void methods, and bools, without taking a reference. On 3.11 every such call drops one reference and
after enough calls the interpreter aborts ("none_dealloc" / "bool_dealloc"). Until the project runs on 3.12+ (or a
fixed PySide6), we give these three singletons a huge reference count once, which is what 3.12 does by design.
Checked by tests/ui/test_runtime.py.
"""
from __future__ import annotations

import ctypes
import sys

if sys.version_info < (3, 12) and not getattr(sys, "_siks_immortal", False):
    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40
    sys._siks_immortal = True  # type: ignore[attr-defined]
