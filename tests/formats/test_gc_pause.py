"""Pausing the cycle collector while a document is built: off inside the block, then as
it was before (on or off), also when the block raises."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from jxeditor.formats.gc_pause import paused_gc


@pytest.fixture(autouse=True)
def restore_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
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
