"""Length-prefixed frames between the query service and its workers, over the worker's stdin/stdout.

A frame is a 4-byte big-endian length and that many bytes. Both ends read and write blocking: a worker stuck
in a query is killed by the service's watchdog, which ends the service's read. A pipe carries one frame at a
time (a request, then its answer), so a reader may take whatever is there: a small frame is one ``read``.
Only a worker's first frame (it is ready) is awaited with a deadline (``select``).
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


def read_frame(fd: int) -> bytes | None:
    """The next frame, or None when the pipe closed before one began; EOFError when it closed inside one."""
    start = os.read(fd, GREEDY_READ)
    if not start:
        return None
    while len(start) < HEADER.size:
        start += _more(fd, GREEDY_READ)
    size = HEADER.unpack_from(start)[0]
    payload = bytearray(start[HEADER.size:])
    while len(payload) < size:
        payload += _more(fd, min(size - len(payload), 1 << 20))
    return bytes(payload)


def _more(fd: int, size: int) -> bytes:
    chunk = os.read(fd, size)
    if not chunk:
        raise EOFError("the pipe closed in the middle of a frame")
    return chunk


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
