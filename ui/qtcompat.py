"""Work-arounds for bugs of the Qt binding, in one place.

PySide6 6.12.0 (with Python 3.11, where ``True`` is not immortal) returns ``True`` from
``SignalInstance.emit()`` without taking a reference: every signal emitted from Python
takes one reference from ``True``, and after a few thousand emits the interpreter
aborts ("bool_dealloc: deallocating True or False"). :func:`emit` emits and gives the
reference back when (and only when) the binding in use has the bug, which is detected
once at import time.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal

_py_incref = ctypes.pythonapi.Py_IncRef
_py_incref.argtypes = [ctypes.py_object]
_py_incref.restype = None


class _Probe(QObject):
    ping = Signal()


def _emit_steals_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    stolen = before - sys.getrefcount(True)
    for _ in range(max(stolen, 0)):
        _py_incref(True)
    return stolen >= 8


EMIT_STEALS_TRUE = _emit_steals_true()


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, repairing the reference count of ``True`` if needed."""
    result = signal.emit(*args)
    if EMIT_STEALS_TRUE and result is True:
        _py_incref(True)
