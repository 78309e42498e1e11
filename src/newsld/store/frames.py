"""Length-prefixed frames between the query service and its workers, over the worker's stdin/stdout.

A frame is a 4-byte big-endian length and that many bytes. The service reads with a deadline (``select``)
so that a worker stuck in a query never blocks it; the worker reads and writes blocking. A pipe carries one
frame at a time (a request, then its answer), so a reader may take whatever is there: a small answer is one
``select`` and one ``read``.
"""

from __future__ import annotations

import os
import select
import struct
import time
from collections.abc import Callable

HEADER = struct.Struct(">I")
GREEDY_READ = 1 << 16  # the pipe's buffer: a typical answer, whole


def write_frame(fd: int, payload: bytes) -> None:
    data = HEADER.pack(len(payload)) + payload
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def read_frame_blocking(fd: int) -> bytes | None:
    """The next frame, or None at end of input (the service closed the pipe)."""
    header = _read_blocking(fd, HEADER.size)
    if header is None:
        return None
    payload = _read_blocking(fd, HEADER.unpack(header)[0])
    if payload is None:
        raise EOFError("the pipe closed in the middle of a frame")
    return payload


def _read_blocking(fd: int, size: int) -> bytes | None:
    chunks = bytearray()
    while len(chunks) < size:
        chunk = os.read(fd, size - len(chunks))
        if not chunk:
            return None
        chunks += chunk
    return chunks


def read_frame_until(fd: int, deadline: float, every: float, check: Callable[[], None]) -> bytes:
    """The next frame, waiting until ``deadline`` (time.monotonic) and calling ``check`` every ``every`` s.

    Raises TimeoutError past the deadline and EOFError when the worker's end closed (it died); ``check``
    raises to give up early (the memory watch).
    """
    start = _read_until(fd, HEADER.size, deadline, every, check, greedy=True)
    size = HEADER.unpack_from(start)[0]
    payload = start[HEADER.size:]
    if len(payload) < size:
        payload += _read_until(fd, size - len(payload), deadline, every, check)
    return bytes(payload)


def _read_until(fd: int, size: int, deadline: float, every: float, check: Callable[[], None],
                greedy: bool = False) -> bytearray:
    """At least ``size`` bytes (exactly ``size`` unless ``greedy``: then whatever the first reads bring)."""
    chunks = bytearray()
    while len(chunks) < size:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        ready, _, _ = select.select([fd], [], [], min(every, remaining))
        if not ready:
            check()
            continue
        try:
            chunk = os.read(fd, GREEDY_READ if greedy else min(size - len(chunks), 1 << 20))
        except BlockingIOError:  # readiness seen by select was taken by another reader: wait again, to the deadline
            continue
        if not chunk:
            raise EOFError("the worker closed its output")
        chunks += chunk
    return chunks
