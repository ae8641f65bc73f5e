"""Screening every row of an input in order, in one process or several (``--jobs``).

One output row per input row, in input order. With ``--jobs N`` the rows are
screened in N worker processes a chunk at a time and written back in order;
the workers ignore Ctrl-C (the run's own process decides), and an
interrupted run stops them at once, so no worker prints a traceback and no
worker outlives the run.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from mediaops.messages import Lang

from .columns import ColumnMap
from .read import Row
from .screen import Result, Screener
from .write import Tally, Writer


@dataclass(frozen=True, slots=True)
class Setup:
    """What a worker needs to screen as the run does."""

    rules_path: str | None
    edition: str | None
    as_of: date
    lang: Lang
    strict: bool
    json: bool
    columns: ColumnMap | None


def make_screener(setup: Setup) -> Screener:
    """The screener of a run (in the run's process or a worker's)."""
    from mediaops.rules import load_ruleset

    rules = load_ruleset(
        None if setup.rules_path is None else Path(setup.rules_path), edition=setup.edition
    )
    return Screener(
        rules,
        setup.columns,
        as_of=setup.as_of,
        lang=setup.lang,
        strict=setup.strict,
        json=setup.json,
    )


def screen_row(screener: Screener, row: Row) -> Result:
    """One row's result: an error row, a JSON Lines object, or a sheet's cells."""
    if row.error is not None:
        return screener.error(row.error.format(screener.lang))
    if row.document is not None:
        return screener.screen_document(row.document)
    return screener.screen_cells(row.cells or [])


def row_id(row: Row, id_index: int | None) -> str:
    """The row's id as written (its ``id`` column, or a JSON Lines object's ``id``)."""
    if row.document is not None:
        ident = row.document.get("id")
        return "" if ident is None else str(ident)
    if id_index is None or row.cells is None or id_index >= len(row.cells):
        return ""
    return row.cells[id_index].strip()


def screen_rows(
    rows: Iterable[Row],
    screener: Screener,
    writer: Writer,
    tally: Tally,
    *,
    id_index: int | None,
    jobs: int = 1,
    setup: Setup | None = None,
    tick: Callable[[int], None] | None = None,
    chunk: int = 2000,
) -> None:
    """Screen every row in input order, writing one result per row."""
    levels = writer.levels
    if jobs <= 1 or setup is None:
        for n, row in enumerate(rows, 1):
            result = screen_row(screener, row)
            tally.add(result, levels)
            writer.write(row, row_id(row, id_index), result)
            if tick is not None and n % 500 == 0:
                tick(n)
        return
    import multiprocessing
    from collections import deque

    done = 0
    sent: deque[list[Row]] = deque()  # the chunks in the order imap hands them out

    def chunks() -> Iterator[list[Row]]:
        for batch in _chunks(rows, chunk):
            sent.append(batch)
            yield batch

    pool = multiprocessing.get_context().Pool(jobs, _init_worker, (setup,))
    try:
        for results in pool.imap(_work, chunks()):
            batch = sent.popleft()
            for row, result in zip(batch, results, strict=True):
                tally.add(result, levels)
                writer.write(row, row_id(row, id_index), result)
            done += len(batch)
            if tick is not None:
                tick(done)
        pool.close()
    except BaseException:
        pool.terminate()  # at once: no worker finishes its chunk, none is left behind
        raise
    finally:
        pool.join()


def _chunks(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    batch: list[Row] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


_WORKER: dict[str, Any] = {}


def _init_worker(setup: Setup) -> None:
    # Ctrl-C reaches every process of the terminal: the run's own process
    # decides, and stops the workers; SIGTERM and SIGHUP end a worker at once
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is not None:
            signal.signal(sig, signal.SIG_DFL)
    _WORKER["screener"] = make_screener(setup)


def _work(rows: list[Row]) -> list[Result]:
    screener: Screener = _WORKER["screener"]
    return [screen_row(screener, row) for row in rows]
