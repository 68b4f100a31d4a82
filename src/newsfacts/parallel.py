"""Many articles on many cores: a process pool behind :func:`newsfacts.pipeline.process_many`.

    records → chunks → worker processes (process + render) → results, in input order

Workers are started with ``spawn`` (the same on Linux, macOS and Windows, and safe with the
threads a progress bar starts), build their plugin manager once in :func:`_init_worker`, and
send back what the caller's ``render`` made of each article (a JSON line, table rows):
strings pickle far cheaper than :class:`Article` trees, and rendering in the worker keeps the
parent's work, the only serial part, small. ``jobs=1`` runs the very same functions in-process,
so the output is byte-identical whatever the number of jobs. So does an input that fits in
one chunk: starting workers would cost more than the work (and, there, a crashing plugin
takes the run down with it, as with ``jobs=1``).

At most ``window`` chunks are in flight, so memory stays flat however long the input.

A worker that dies (a segfault, ``os._exit`` in a plugin) breaks the whole pool. The chunks
that were in flight are then redone in a fresh one-worker pool, first a chunk at a time and,
for a chunk that kills its worker again, a record at a time: only the record that kills a
worker on its own becomes an error record, naming its input.

``NEWSFACTS_EXTRA_PLUGINS=pkg.mod,other.mod`` registers those modules as plugins next to the
entry points, in the parent and in every worker (tests use it to load a plugin that is not
installed as a distribution; the variable reaches spawned workers through the environment).
"""

from __future__ import annotations

import importlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from multiprocessing import get_context
from typing import Final, Generic, TypeVar, cast

import attrs

from newsfacts.models import Article, ErrorRecord
from newsfacts.pipeline import process_many
from newsfacts.plugins import PluginManager, get_plugin_manager, make_plugin_manager
from newsfacts.records import InputRecord, RawPage, record_id

T = TypeVar("T")
Item = InputRecord | ErrorRecord | RawPage
Render = Callable[[Article | ErrorRecord], T]

EXTRA_PLUGINS_VAR: Final = "NEWSFACTS_EXTRA_PLUGINS"
#: Records per task: big enough that pickling and queueing cost little next to extraction
#: (a few milliseconds an article), small enough that the workers share the tail evenly.
DEFAULT_CHUNK_SIZE: Final = 64
#: Chunks in flight per worker: one being worked on, one queued, one being collected.
WINDOW_PER_JOB: Final = 3


@attrs.frozen(slots=True)
class Result(Generic[T]):
    """One output record: what ``render`` made of it, and what the run summary counts."""

    payload: T
    error: str | None = None
    actors: int = 0
    meetings: int = 0
    statements: int = 0


def default_jobs() -> int:
    """All the cores this process may use."""
    count = getattr(os, "process_cpu_count", os.cpu_count)()  # process_cpu_count is 3.13+
    return max(1, count or 1)


def plugin_manager() -> PluginManager:
    """The process-wide plugin manager, plus the modules named in ``NEWSFACTS_EXTRA_PLUGINS``."""
    global _extra_pm
    names = [n.strip() for n in os.environ.get(EXTRA_PLUGINS_VAR, "").split(",") if n.strip()]
    if not names:
        return get_plugin_manager()
    if _extra_pm is None or _extra_pm[0] != names:
        _extra_pm = (names, make_plugin_manager(plugins=[importlib.import_module(n) for n in names]))
    return _extra_pm[1]


_extra_pm: tuple[list[str], PluginManager] | None = None


def extract(
    items: Iterable[Item],
    render: Render[T],
    *,
    jobs: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[Result[T]]:
    """Process ``items`` on ``jobs`` processes and yield one :class:`Result` per item, in order.

    ``render`` turns each article or error record into what the caller writes; with
    ``jobs > 1`` it must be picklable (a module-level function, or a ``functools.partial``
    of one).
    """
    chunk_size = max(1, chunk_size)
    it = iter(items)
    first = list(islice(it, chunk_size))
    if jobs <= 1 or len(first) < chunk_size:
        # An input that fits in one chunk stays in-process: starting workers (a second or so)
        # would cost more than the work, and one chunk cannot be shared anyway.
        pm = plugin_manager()
        for item in chain(first, it):
            yield _result(item_to_output(item, pm), render)
        return
    yield from _Pool(render, jobs, chunk_size).run(chain(first, it))


def item_to_output(item: Item, pm: PluginManager) -> Article | ErrorRecord:
    """One record through the pipeline (an error record passes through, a page is parsed first)."""
    return next(iter(process_many([_parsed(item)], pm)))


def _parsed(item: Item) -> InputRecord | ErrorRecord:
    if isinstance(item, RawPage):
        from newsfacts.io.html import resolve_page  # the html extra, needed only for pages

        return resolve_page(item)
    return item


def _result(output: Article | ErrorRecord, render: Render[T]) -> Result[T]:
    if isinstance(output, ErrorRecord):
        return Result(render(output), error=output.error)
    return Result(
        render(output), actors=len(output.actors), meetings=len(output.meetings), statements=len(output.statements)
    )


# -- the worker side: module-level, so that spawned processes can find them ----------------------

_worker_render: Render[object] | None = None


def _init_worker(render: Render[object]) -> None:
    global _worker_render
    _worker_render = render
    plugin_manager()  # load plugins now, once, rather than inside the first chunk


def _work(chunk: list[Item]) -> list[Result[object]]:
    assert _worker_render is not None, "worker used before _init_worker"
    pm = plugin_manager()
    return [_result(out, _worker_render) for out in process_many(map(_parsed, chunk), pm)]


# -- the parent side ------------------------------------------------------------------------------


@attrs.define
class _Pool(Generic[T]):
    render: Render[T]
    jobs: int
    chunk_size: int
    executor: ProcessPoolExecutor | None = None

    def run(self, items: Iterable[Item]) -> Iterator[Result[T]]:
        pending: deque[tuple[list[Item], Future[list[Result[T]]]]] = deque()
        window = self.jobs * WINDOW_PER_JOB
        it = iter(items)
        try:
            while True:
                while len(pending) < window and (chunk := list(islice(it, self.chunk_size))):
                    pending.append((chunk, self._submit(self.jobs, chunk)))
                if not pending:
                    return
                chunk, future = pending.popleft()
                try:
                    results = future.result()
                except BrokenProcessPool:
                    yield from self._recover([(chunk, future), *pending])
                    pending.clear()
                    continue
                yield from results
        finally:
            self._close()

    def _submit(self, workers: int, chunk: list[Item]) -> Future[list[Result[T]]]:
        # the workers render with the same ``self.render`` (see initargs), so T is right
        return cast("Future[list[Result[T]]]", self._pool(workers).submit(_work, chunk))

    def _pool(self, workers: int) -> ProcessPoolExecutor:
        if self.executor is None:
            self.executor = ProcessPoolExecutor(
                max_workers=workers, mp_context=get_context("spawn"), initializer=_init_worker, initargs=(self.render,)
            )
        return self.executor

    def _close(self) -> None:
        if self.executor is not None:
            # cancel_futures: a consumer that stops early (``| head``) must not wait for the rest
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None

    def _recover(self, broken: list[tuple[list[Item], Future[list[Result[T]]]]]) -> Iterator[Result[T]]:
        """Redo the chunks a dead worker took down with it; results that did arrive are kept."""
        self._close()
        for chunk, future in broken:
            if future.done() and not future.cancelled() and future.exception() is None:
                yield from future.result()
                continue
            try:
                yield from self._submit(1, chunk).result()
            except BrokenProcessPool:
                self._close()
                yield from self._one_by_one(chunk)
        self._close()  # the main loop starts a full-size pool again

    def _one_by_one(self, chunk: list[Item]) -> Iterator[Result[T]]:
        for item in chunk:
            try:
                (result,) = self._submit(1, [item]).result()
            except BrokenProcessPool:
                self._close()
                result = _result(_crashed(item), self.render)
            yield result


def _crashed(item: Item) -> ErrorRecord:
    if isinstance(item, ErrorRecord):  # cannot happen (error records are never processed), but stay total
        return item
    where = item.source or "input"
    return ErrorRecord(
        id=item.id if isinstance(item, RawPage) else record_id(item),
        error=f"{where}: the worker process died while extracting this record (a crash in a plugin or a library)",
        source=item.source,
        line=None if isinstance(item, RawPage) else item.line,
    )
