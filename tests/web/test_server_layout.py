"""How `newsld serve` spreads HTTP processes, request threads and query workers."""

from __future__ import annotations

import pytest

from newsld.settings import load_settings
from newsld.web.server import MIN_THREADS, server_layout


@pytest.mark.parametrize(
    ("workers", "processes", "cpus", "expected"),
    [
        (4, 0, 2, (2, 2)),  # the default: one process per core, the workers shared out
        (4, 0, 8, (2, 2)),  # by default two workers a process: one runaway query never starves a process
        (2, 0, 2, (1, 2)),
        (1, 0, 2, (1, 1)),
        (5, 2, 2, (2, 3)),  # an odd count is rounded up: no process is left without a worker
        (4, 1, 2, (1, 4)),  # one process holds every worker
        (2, 9, 2, (2, 1)),  # more processes than workers asked: one worker each
    ],
)
def test_processes_and_their_share_of_the_workers(workers, processes, cpus, expected) -> None:
    layout = server_layout(load_settings(env={}, workers=workers, processes=processes), cpus=cpus)
    assert (layout.processes, layout.workers_per_process) == expected


def test_every_process_has_threads_to_spare_for_slow_uploads_and_pages() -> None:
    layout = server_layout(load_settings(env={}, workers=16, processes=1), cpus=2)
    assert layout.threads >= 4 * layout.workers_per_process
    assert server_layout(load_settings(env={}, workers=1), cpus=1).threads == MIN_THREADS
