"""Messages between the query service and its workers (newsld.store.frames), over real pipes."""

from __future__ import annotations

import contextlib
import os
import threading

import pytest

from newsld.store import frames
from newsld.store.frames import LENGTHS, read_first_message, read_message, write_message


@pytest.fixture
def pipe():
    reader, writer = os.pipe()
    yield reader, writer
    for fd in (reader, writer):
        with contextlib.suppress(OSError):  # a test may have closed it
            os.close(fd)


def _write_in_thread(fd: int, header: object, body: bytes) -> threading.Thread:
    """A message larger than the pipe's buffer blocks its writer until the reader reads: write it beside."""
    thread = threading.Thread(target=write_message, args=(fd, header, body))
    thread.start()
    return thread


def test_a_request_comes_back_as_it_was_sent(pipe) -> None:
    reader, writer = pipe
    request = {"query": "ASK { ?s ?p \"é\\n\" }", "results_format": "json", "graph_format": None,
               "default_graphs": ("http://a.example/g",), "named_graphs": (), "row_limit": 10000}
    write_message(writer, request)
    assert read_message(reader) == (request, b"")


def test_an_answer_body_larger_than_the_pipe_comes_back_whole(pipe) -> None:
    reader, writer = pipe
    body = bytes(range(256)) * 3000  # 768 KB, newlines and all: the body is never parsed
    header = {"ok": True, "kind": "results", "format_key": "json", "truncated": False}
    thread = _write_in_thread(writer, header, body)
    got = read_message(reader)
    thread.join()
    assert got == (header, body)
    assert type(got[1]) is bytes  # what the WSGI layer sends


def test_a_closed_pipe_before_a_message_is_none_and_inside_one_is_eof(pipe) -> None:
    reader, writer = pipe
    os.write(writer, LENGTHS.pack(2, 100) + b"\x00")  # announces 102 bytes, sends 1
    os.close(writer)
    with pytest.raises(EOFError):
        read_message(reader)
    other_reader, other_writer = os.pipe()
    os.close(other_writer)
    try:
        assert read_message(other_reader) is None
    finally:
        os.close(other_reader)


def test_a_write_cut_short_by_a_signal_is_finished(pipe, monkeypatch) -> None:
    reader, writer = pipe
    real_writev = os.writev

    def cut_short(fd: int, parts: list[bytes]) -> int:
        return real_writev(fd, [b"".join(parts)[:5]])  # what a signal arriving mid-write leaves

    monkeypatch.setattr(frames.os, "writev", cut_short)
    write_message(writer, {"ok": False, "message": "x" * 50}, b"body")
    assert read_message(reader) == ({"ok": False, "message": "x" * 50}, b"body")


def test_the_first_message_is_awaited_with_a_deadline(pipe) -> None:
    reader, writer = pipe
    with pytest.raises(TimeoutError):
        read_first_message(reader, 0.05)
    write_message(writer, {"ready": True, "pid": 1})
    assert read_first_message(reader, 1.0) == ({"ready": True, "pid": 1}, b"")
