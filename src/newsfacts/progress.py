"""What ``newsfacts extract`` tells a person on stderr while it runs and when it is done.

A progress bar (tqdm, with articles per second) only when stderr is a terminal: a log file
or a CI job gets no carriage-return noise. The one-line summary is always written, unless
``--quiet``.
"""

from __future__ import annotations

import importlib
import sys
import time
from typing import IO, Any

from newsfacts.parallel import Result


class Progress:
    """Counts results as they are written; shows a bar when asked to."""

    __slots__ = ("_bar", "actors", "articles", "errors", "meetings", "started", "statements", "stream")

    def __init__(self, stream: IO[str] = sys.stderr, *, bar: bool = False) -> None:
        self.stream = stream
        self.articles = self.errors = self.actors = self.meetings = self.statements = 0
        self.started = time.perf_counter()
        self._bar: Any = None
        if bar:
            try:  # imported by name: tqdm ships no type information
                tqdm = importlib.import_module("tqdm").tqdm
            except ImportError:  # a missing bar is no reason to fail the run
                return
            self._bar = tqdm(unit=" articles", file=stream, dynamic_ncols=True, smoothing=0.05, mininterval=0.25)

    def update(self, result: Result[Any]) -> None:
        if result.error is not None:
            self.errors += 1
            self.note(f"newsfacts: {result.error}")
        else:
            self.articles += 1
            self.actors += result.actors
            self.meetings += result.meetings
            self.statements += result.statements
        if self._bar is not None:
            self._bar.update(1)

    def note(self, message: str) -> None:
        """A line on stderr that does not break the bar."""
        if self._bar is not None:
            self._bar.write(message, file=self.stream)
        else:
            print(message, file=self.stream)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def summary(self) -> str:
        seconds = time.perf_counter() - self.started
        facts = self.meetings + self.statements + self.actors
        rate = (self.articles + self.errors) / seconds if seconds > 0 else 0.0
        return (
            f"newsfacts: {self.articles:,} articles, {self.errors:,} errors, {facts:,} facts "
            f"({self.meetings:,} meetings, {self.statements:,} statements, {self.actors:,} actors) "
            f"in {seconds:.1f} s ({rate:,.0f} records/s)"
        )
