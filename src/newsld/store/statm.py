"""How much memory a process holds, from ``/proc/<pid>/statm`` (the one measure the query service's watchdog, a
worker's retirement and a worker's data limit all use)."""

from __future__ import annotations

import os

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
RESIDENT, DATA = 1, 5  # fields of statm, counted in pages: resident set, private writable data


def statm_bytes(statm: str | bytes, field: int) -> int:
    """Bytes of ``field`` in the text of a statm file."""
    return int(statm.split()[field]) * PAGE_SIZE
