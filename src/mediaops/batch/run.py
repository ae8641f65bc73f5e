"""Screening every row of an input in order, in one process or several (``--jobs``).

One output row per input row, in input order. With ``--jobs N`` the rows are
screened in N worker processes a chunk at a time and written back in order
(:func:`_in_workers`); the workers ignore Ctrl-C (the run's own process
decides), and an interrupted run kills them at once, so no worker prints a
traceback and no worker outlives the run.
"""

from __future__ import annotations

import contextlib
import gc
import signal
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from mediaops.messages import Lang, tr

from .columns import ColumnMap
from .read import Row
from .screen import Result, Screener
from .write import Tally, Writer

#: Allocations between two collections of young objects while a list is screened (Python's
#: default is 700). A row makes many short-lived objects, freed as they go, while the
#: memos hold many that live on: with the default, the collector took about a tenth of a
#: run's time on a list of distinct rows (CSV and JSON Lines) and found little garbage.
YOUNG_COLLECTION = 10_000


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """The garbage collector run every :data:`YOUNG_COLLECTION` allocations, then as before."""
    threshold = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


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


def no_applicant(row: Row) -> str | None:
    """The catalogue key of what a row that holds no applicant is, written through as it is
    with that summary: a totals row (合计), a line under the list (填表人:…, 注:…), a line
    the form had numbered in advance that nobody used; else None."""
    if row.totals:
        return "batch.totals_row"
    if row.footer:
        return "batch.footer_row"
    if row.unused:
        return "batch.unused_row"
    return None


def screen_row(screener: Screener, row: Row) -> Result:
    """One row's result: an error row, a JSON Lines object, or a sheet's cells."""
    if row.error is not None:
        return screener.error(row.error.format(screener.lang))
    if (key := no_applicant(row)) is not None:  # written through as it is
        return Result(None, None, tr(key, screener.lang), not_screened=True)
    if row.document is not None:
        return screener.screen_document(row.document)
    result = screener.screen_cells(row.cells or [])
    # an ID card's number Excel stored as a number (its last digits gone), a note right of
    # the table (not read), an id merged over several lines: said
    notes = (
        *screener.id_number_warnings(row.cells or [], row.values),
        *(m.format(screener.lang) for m in (row.outside, row.shared) if m is not None),
    )
    if notes:
        return replace(result, warnings=(*result.warnings, *notes))
    return result


def row_id(row: Row, id_columns: Sequence[int] = ()) -> str:
    """The row's id as written, without the spaces around it: the first cell of
    ``id_columns`` (the id column, then the name column: :meth:`ColumnMap.naming`) that is
    not blank, or a JSON Lines object's ``id``, or without one, or with one blank, its key
    named as a sheet's id or name column (``编号``, ``姓名``); "" where there is none. A
    row holding no applicant (a totals row, 合计 under 姓名) is named by its id cell alone."""
    if row.document is not None:
        ident = row.document.get("id")
        if isinstance(ident, str):
            ident = ident.strip()  # as a cell's id is read
        if ident is None or ident == "":
            # 编号 or 姓名 as a sheet names them: the id, as a sheet's would be (a blank id
            # is none, as a blank 编号 key gives way to 姓名)
            from .columns import id_of_keys

            ident = id_of_keys(row.document)
            if ident is None:
                return ""
        if isinstance(ident, str):
            return ident
        from mediaops.report.json import dumps

        return dumps(ident)  # as the row wrote it: true, 12, {"no":3} (not Python's True)
    cells = row.cells or []
    if no_applicant(row) is not None:  # 合计 under 姓名 is no name: only the id cell
        id_columns = id_columns[:1]
    # a blank id cell gives way to the name, as a blank "id" does in JSON Lines
    texts = (cells[i].strip() for i in id_columns if i < len(cells))
    return next((text for text in texts if text), "")


def screen_rows(
    rows: Iterable[Row],
    screener: Screener,
    writer: Writer,
    tally: Tally,
    *,
    id_columns: Sequence[int] = (),
    jobs: int = 1,
    setup: Setup | None = None,
    tick: Callable[[int], None] | None = None,
    chunk: int = 2000,
) -> None:
    """Screen every row in input order, writing one result per row."""
    levels = writer.levels
    if jobs <= 1 or setup is None:
        with fewer_collections():
            for n, row in enumerate(rows, 1):
                result = screen_row(screener, row)
                tally.add(result, levels)
                writer.write(row, row_id(row, id_columns), result)
                if tick is not None and n % 500 == 0:
                    tick(n)
        return
    done = 0
    # closed at once when the loop ends early (a failed write, a signal): the workers go too
    with contextlib.closing(_in_workers(rows, jobs, setup, chunk)) as screened:
        for batch, results in screened:
            for row, result in zip(batch, results, strict=True):
                tally.add(result, levels)
                writer.write(row, row_id(row, id_columns), result)
            done += len(batch)
            if tick is not None:
                tick(done)


def _in_workers(
    rows: Iterable[Row], jobs: int, setup: Setup, chunk: int
) -> Generator[tuple[list[Row], list[Result]], None, None]:
    """Each chunk of rows with its results, in input order, screened in ``jobs`` processes.

    Each worker has a pipe of its own, shared with no other process: a worker
    that dies, or is killed with the run's process group (a terminal that
    closes sends SIGHUP to all), holds no lock that the run would then wait
    for. A thread reads the input and deals the chunks out in turn, at most two
    per worker ahead of the results, which are read back in the same turn; on
    any exception (a signal, Ctrl-C, a failed write, an input error) the
    workers are killed at once.
    """
    import multiprocessing
    import queue
    import threading

    ctx = multiprocessing.get_context()
    workers = []
    for _ in range(jobs):
        ours, theirs = ctx.Pipe()
        process = ctx.Process(target=_serve, args=(theirs, setup), daemon=True)
        process.start()
        theirs.close()
        workers.append((process, ours))
    dealt: queue.Queue[tuple[int, list[Row]] | None] = queue.Queue()
    ahead = threading.Semaphore(2 * jobs)
    stop = threading.Event()
    failed: list[BaseException] = []

    def deal() -> None:
        try:
            for n, batch in enumerate(_chunks(rows, chunk)):
                while not ahead.acquire(timeout=0.2):
                    if stop.is_set():
                        return
                if stop.is_set():
                    return
                turn = n % jobs
                dealt.put((turn, batch))
                workers[turn][1].send(batch)
        except BaseException as exc:  # an input error, or a worker gone: the run says which
            failed.append(exc)
        finally:
            dealt.put(None)

    dealer = threading.Thread(target=deal, name="mediaops-input", daemon=True)
    dealer.start()
    try:
        while (item := dealt.get()) is not None:
            turn, batch = item
            results = workers[turn][1].recv()
            ahead.release()
            yield batch, results
        if failed:
            raise failed[0]
        for _, conn in workers:
            conn.send(None)  # the end: each worker returns
        for process, _ in workers:
            process.join()
    except BaseException:
        stop.set()
        for process, _ in workers:
            process.kill()  # at once: no worker finishes its chunk, none is left behind
        for process, _ in workers:
            process.join()
        raise
    finally:
        for _, conn in workers:
            conn.close()


def _chunks(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    batch: list[Row] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _serve(conn: Any, setup: Setup) -> None:
    """A worker: screen each chunk received, send back its results, until told to end."""
    # Ctrl-C reaches every process of the terminal: the run's own process
    # decides, and stops the workers; SIGTERM and SIGHUP end a worker at once
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is not None:
            signal.signal(sig, signal.SIG_DFL)
    screener = make_screener(setup)
    gc.set_threshold(YOUNG_COLLECTION, *gc.get_threshold()[1:])  # the worker only screens
    while True:
        try:
            batch = conn.recv()
        except EOFError:  # the run is gone
            return
        if batch is None:
            return
        conn.send([screen_row(screener, row) for row in batch])
