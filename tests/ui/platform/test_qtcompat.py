"""The binding work-arounds: :func:`emit` delivers the signal's arguments like
``signal.emit`` and leaves the reference count of ``True`` where it was, however often it
is called; void calls no longer take ``None`` away (pinned when the binding has the bug)."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QObject, Signal

from ui.platform import qtcompat
from ui.platform.qtcompat import emit


class Sender(QObject):
    plain = Signal()
    carrying = Signal(object, int)


def test_emit_delivers_the_arguments(qapp: Any) -> None:
    sender = Sender()
    heard: list[tuple[object, ...]] = []
    sender.plain.connect(lambda: heard.append(()))
    sender.carrying.connect(lambda a, b: heard.append((a, b)))
    emit(sender.plain)
    emit(sender.carrying, "项目", 3)
    assert heard == [(), ("项目", 3)]


def test_many_emits_leave_true_as_it_was(qapp: Any) -> None:
    sender = Sender()
    sender.plain.connect(lambda: None)
    emit(sender.plain)  # any first-call caching done
    before = sys.getrefcount(True)
    for _ in range(5_000):
        emit(sender.plain)
    assert abs(sys.getrefcount(True) - before) < 50


def test_many_void_calls_leave_none_alive(qapp: Any) -> None:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(5_000):
        probe.setObjectName("probe")
    after = sys.getrefcount(None)
    if qtcompat.VOID_CALL_STEALS_NONE:  # the bug is there: None was pinned far above
        assert after > 1 << 39
    else:
        assert abs(after - before) < 5_000


def test_the_detections_are_booleans() -> None:
    assert isinstance(qtcompat.EMIT_STEALS_TRUE, bool)
    assert isinstance(qtcompat.VOID_CALL_STEALS_NONE, bool)
