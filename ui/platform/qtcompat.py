"""Work-arounds for bugs of the Qt binding, in one place.

PySide6 6.12.0 (with Python 3.11, where ``True`` is not immortal) returns ``True`` from
``SignalInstance.emit()`` without taking a reference: every signal emitted from Python
takes one reference from ``True``, and after a few thousand emits the interpreter
aborts ("bool_dealloc: deallocating True or False"). :func:`emit` emits and gives the
reference back when (and only when) the binding in use has the bug, which is detected
once at import time.

The same binding also returns ``None`` from every *void* method (``setText()``,
``setEnabled()``, …) without taking a reference: each call from Python takes one
reference from ``None``, and after some thousands of calls (about a hundred project
switches in the window) the interpreter aborts ("none_dealloc"). Repairing each call is
impossible, so when the bug is detected at import time, ``None``, ``True`` and ``False``
are pinned: their reference counts are raised by 2**40, which no session can use up.
They are never deallocated anyway (Python 3.12 makes them immortal for this reason).
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

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


def _void_call_steals_none() -> bool:
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= 8


def _pin(obj: object, amount: int = 1 << 40) -> None:
    """Adds ``amount`` to the reference count of an object that must never go away
    (CPython before 3.12 keeps it in the first field of the object)."""
    ctypes.c_ssize_t.from_address(id(obj)).value += amount


VOID_CALL_STEALS_NONE = (
    sys.implementation.name == "cpython" and sys.version_info < (3, 12) and _void_call_steals_none()
)
if VOID_CALL_STEALS_NONE:
    for _singleton in (None, True, False):
        _pin(_singleton)


def emit(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``, repairing the reference count of ``True`` if needed."""
    result: object = signal.emit(*args)  # type: ignore[func-returns-value]  # PySide6 declares emit() -> None; it returns a bool
    if EMIT_STEALS_TRUE and result is True:
        _py_incref(True)
