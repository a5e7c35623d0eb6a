"""Pausing the cycle collector while a document is built: off inside the block, then as
it was before (on or off), also when the block raises; and what is marked long-lived
frozen at the end, what an earlier block froze given back first."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from jxeditor.storage.gc_pause import kept_long, paused_gc


@pytest.fixture(autouse=True)
def restore_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if enabled:
        gc.enable()
    else:
        gc.disable()


def test_off_inside_and_back_on_after() -> None:
    gc.enable()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_left_off_when_it_was_off() -> None:
    gc.disable()
    with paused_gc():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_back_on_after_an_error() -> None:
    gc.enable()
    with pytest.raises(ValueError), paused_gc():
        raise ValueError("reading failed")
    assert gc.isenabled()


def test_nested_pauses_restore_the_outer_state() -> None:
    gc.enable()
    with paused_gc():
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_kept_long_freezes_only_what_is_marked_long_lived() -> None:
    gc.enable()
    with kept_long():
        assert not gc.isenabled()
        kept = [object() for _ in range(10)]
    assert gc.isenabled() and gc.get_freeze_count() == 0  # not marked: nothing frozen
    with kept_long() as long_lived:
        kept.append([])  # a tracked object, alive after the block
        long_lived()
    assert gc.isenabled() and gc.get_freeze_count() > 0
    with kept_long():  # the next block gives back what the last one froze
        assert gc.get_freeze_count() == 0
    assert gc.get_freeze_count() == 0
    with pytest.raises(ValueError), kept_long() as long_lived:
        long_lived()
        raise ValueError("a block that fails")
    assert gc.isenabled() and gc.get_freeze_count() > 0
