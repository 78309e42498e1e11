"""Messages between the query service and its workers, over the worker's stdin/stdout.

A message is a header (a small dict of str, int, bool, None, lists and tuples) and a body (bytes, empty for a
request): two 4-byte big-endian lengths, the header in ``marshal``'s format, then the body. Both ends are
processes of the same interpreter (the service starts its workers with ``sys.executable``) and nothing else
writes these pipes, so marshal's version-bound format is safe here; it reads and writes a header about five
times faster than JSON, which a query pays four times (request and answer, each written and read). The body
is written after the header in the same ``writev`` and read back with one copy: an answer of tens of
kilobytes is not joined or sliced again on either side.

Both ends read and write blocking: a worker stuck in a query is killed by the service's watchdog, which ends
the service's read. A pipe carries one message at a time (a request, then its answer), so a reader may take
whatever is there: a small message is one ``read``. Only a worker's first message (it is ready) is awaited
with a deadline (``select``).
"""

from __future__ import annotations

import marshal
import os
import select
import struct

LENGTHS = struct.Struct(">II")  # header bytes, body bytes
GREEDY_READ = 1 << 16  # the pipe's buffer: a typical answer, whole


def write_message(fd: int, header: object, body: bytes = b"") -> None:
    encoded = marshal.dumps(header)
    _write_all(fd, [LENGTHS.pack(len(encoded), len(body)), encoded, body])


def _write_all(fd: int, parts: list[bytes]) -> None:
    """One ``writev``; a blocking pipe takes it whole unless a signal cut it short, and then the rest follows."""
    written = os.writev(fd, parts)
    if written == sum(len(part) for part in parts):
        return
    rest = memoryview(b"".join(parts))[written:]
    while rest:
        rest = rest[os.write(fd, rest):]


def read_message(fd: int) -> tuple[object, bytes] | None:
    """The next message's header and body, or None when the pipe closed before one began; EOFError when it
    closed inside one."""
    start = os.read(fd, GREEDY_READ)
    if not start:
        return None
    while len(start) < LENGTHS.size:
        start += _more(fd, GREEDY_READ)
    header_size, body_size = LENGTHS.unpack_from(start)
    body_at = LENGTHS.size + header_size
    end = body_at + body_size
    whole = start if len(start) >= end else _read_rest(fd, start, end)
    view = memoryview(whole)
    return marshal.loads(view[LENGTHS.size:body_at]), bytes(view[body_at:end])  # the body's one copy


def _read_rest(fd: int, start: bytes, end: int) -> bytearray:
    """The message of ``end`` bytes that ``start`` begins, read into one buffer (no chunks joined)."""
    whole = bytearray(end)
    whole[: len(start)] = start
    view = memoryview(whole)
    filled = len(start)
    while filled < end:
        got = os.readv(fd, [view[filled:]])
        if not got:
            raise EOFError("the pipe closed in the middle of a message")
        filled += got
    return whole


def _more(fd: int, size: int) -> bytes:
    chunk = os.read(fd, size)
    if not chunk:
        raise EOFError("the pipe closed in the middle of a message")
    return chunk


def read_first_message(fd: int, timeout_s: float) -> tuple[object, bytes]:
    """A worker's first message (it is ready), waited for at most ``timeout_s``: TimeoutError past it, EOFError
    when the worker ended first. The message is small, written at once (a pipe write under PIPE_BUF is never
    split), so once the pipe is readable the blocking read takes it whole."""
    ready, _, _ = select.select([fd], [], [], timeout_s)
    if not ready:
        raise TimeoutError
    message = read_message(fd)
    if message is None:
        raise EOFError("the worker closed its output")
    return message
