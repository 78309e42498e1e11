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


def read_first_frame(fd: int, timeout_s: float) -> bytes:
    """A worker's first frame (it is ready), waited for at most ``timeout_s``: TimeoutError past it, EOFError when
    the worker ended first. The frame is small, written at once (a pipe write under PIPE_BUF is never split), so
    once the pipe is readable the blocking read takes it whole."""
    ready, _, _ = select.select([fd], [], [], timeout_s)
    if not ready:
        raise TimeoutError
    frame = read_frame(fd)
    if frame is None:
        raise EOFError("the worker closed its output")
    return frame
