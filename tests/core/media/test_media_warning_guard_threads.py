"""The decompression-bomb guard holds while several threads decode at once.

Intake decodes photos on several threads (``humdoc.core.convert_ahead``). Python's warning
filters belong to the process, so a guard that saved and restored them per block would, when
one thread's block ends, lift the guard from another thread still decoding: a bomb's warning
there would no longer be an error. These tests interleave two real threads' guarded blocks in the
worst order and check the guard still holds, and that the filters are restored after the last.
"""

from __future__ import annotations

import threading
import warnings

import pytest
from PIL import Image

from humdoc.core.media._imaging import guarded_warnings


def _bomb_warning() -> None:
    warnings.warn("too many pixels", Image.DecompressionBombWarning, stacklevel=1)


def test_a_block_that_ends_first_does_not_lift_the_guard_of_another_thread() -> None:
    before = list(warnings.filters)
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[str] = []

    def first() -> None:
        with guarded_warnings():
            first_in.set()
            second_in.wait(10)
        first_out.set()

    def second() -> None:
        first_in.wait(10)
        with guarded_warnings():
            second_in.set()
            first_out.wait(10)  # the first thread's block has ended; this one is still inside
            try:
                _bomb_warning()
            except Image.DecompressionBombWarning:
                seen.append("raised")
            else:
                seen.append("not raised")

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert seen == ["raised"]
    assert list(warnings.filters) == before  # restored once the last block ended


def test_nested_blocks_on_one_thread_restore_the_filters_once_left() -> None:
    before = list(warnings.filters)
    with guarded_warnings():
        with guarded_warnings():
            pass
        with pytest.raises(Image.DecompressionBombWarning):
            _bomb_warning()
    assert list(warnings.filters) == before
